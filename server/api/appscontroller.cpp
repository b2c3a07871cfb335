// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appscontroller.h"
#include "bearerauth.h"
#include "collector.h"
#include "problem.h"
#include "trackjson.h"

#include <QJsonArray>

namespace Eventdesk::Api {

AppsController::AppsController(Core::Collector &collector, Core::AuthService &auth)
    : m_collector(collector)
    , m_auth(auth)
{ }

void AppsController::registerRoutes(Router &router, const ServerContext &)
{
    /// The signed-in user's trusted apps (every app for admins; keys are never shown again,
    /// only their hint).
    router.add(
        Method::Get, QStringLiteral("/api/v1/apps"), [this](const Request &r) { return list(r); });
    /// Creates a trusted app; the answer holds its key, shown this once.
    router.add(
        Method::Post, QStringLiteral("/api/v1/apps"),
        [this](const Request &r) { return create(r); }, Body::Json);
    /// Revokes an app's key at once; its events stay.
    router.add(Method::Delete, QStringLiteral("/api/v1/apps/{id}"),
        [this](const Request &r) { return revoke(r); });
}

Response AppsController::list(const Request &request)
{
    auto user = requireUser(m_auth, request);
    if (!user)
        return problem(user.error());
    auto apps = m_collector.apps(Core::Actor::api(*user));
    if (!apps)
        return problem(apps.error());
    QJsonArray items;
    for (const Core::App &app : std::as_const(*apps))
        items.append(TrackJson::encodeApp(app));
    return Response::json(QJsonObject {
        {QStringLiteral("items"), items}, {QStringLiteral("next_cursor"), QJsonValue()}});
}

Response AppsController::create(const Request &request)
{
    auto user = requireUser(m_auth, request);
    if (!user)
        return problem(user.error());
    const QJsonObject body = request.json.toObject();
    const QJsonValue name = body.value(QStringLiteral("name"));
    if (!name.isString())
        return problem(422, QStringLiteral("invalid_app"), QStringLiteral("The app needs a name."),
            {{QStringLiteral("name"), QStringLiteral("must be a string")}});
    QStringList scopes {QStringLiteral("track")};
    if (body.contains(QStringLiteral("scopes"))) {
        scopes.clear();
        const QJsonValue given = body.value(QStringLiteral("scopes"));
        for (const QJsonValue &scope : given.toArray())
            scopes.append(scope.toString(QStringLiteral("?")));
        if (!given.isArray() || scopes.isEmpty())
            return problem(422, QStringLiteral("invalid_app"),
                QStringLiteral("scopes must be a non-empty list."),
                {{QStringLiteral("scopes"), QStringLiteral("must be a list such as [\"track\"]")}});
    }
    auto created = m_collector.createApp(name.toString(), user->id, scopes);
    if (!created)
        return problem(created.error());
    QJsonObject answer = TrackJson::encodeApp(created->app);
    answer.insert(QStringLiteral("key"), created->key);
    Response response = Response::json(answer, 201);
    response.withHeader("Location", "/api/v1/apps/" + QByteArray::number(created->app.id));
    response.withHeader("Cache-Control", "no-store");
    return response;
}

Response AppsController::revoke(const Request &request)
{
    auto user = requireUser(m_auth, request);
    if (!user)
        return problem(user.error());
    const auto id = request.idParam();
    if (!id)
        return problem(404, QStringLiteral("not_found"),
            QStringLiteral("There is no app %1.").arg(request.param(QStringLiteral("id"))));
    auto revoked = m_collector.revokeApp(Core::Actor::api(*user), *id);
    if (!revoked)
        return problem(revoked.error());
    return Response::noContent();
}

} // namespace Eventdesk::Api
