// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appscontroller.h"
#include "collector.h"
#include "trackjson.h"

#include <QJsonArray>

namespace Eventdesk::Api {

AppsController::AppsController(Core::Collector &collector, Core::AuthService &auth)
    : m_collector(collector)
    , m_auth(auth)
{ }

void AppsController::registerRoutes(Router &router, const ServerContext &)
{
    router.authenticateUsersWith(m_auth);
    router.setDefaultRuns(Runs::Database); // every route reads or writes the database
    /// The signed-in user's trusted apps (every app for admins; keys are never shown again,
    /// only their hint).
    router.add(Method::Get, QStringLiteral("/api/v1/apps"), {.access = Access::User},
        [this](const Request &r) { return list(r); });
    /// Creates a trusted app; the answer holds its key, shown this once.
    router.add(Method::Post, QStringLiteral("/api/v1/apps"),
        {.access = Access::User, .body = Body::Json},
        [this](const Request &r) { return create(r); });
    /// Revokes an app's key at once; its events stay.
    router.add(Method::Delete, QStringLiteral("/api/v1/apps/{id:id}"), {.access = Access::User},
        [this](const Request &r) { return revoke(r); });
}

Reply AppsController::list(const Request &request)
{
    auto apps = m_collector.apps(Core::Actor::api(request.caller()));
    if (!apps)
        return apps.error();
    QJsonArray items;
    for (const Core::App &app : std::as_const(*apps))
        items.append(TrackJson::encodeApp(app));
    return Response::json(QJsonObject {
        {QStringLiteral("items"), items}, {QStringLiteral("next_cursor"), QJsonValue()}});
}

Reply AppsController::create(const Request &request)
{
    const QJsonObject body = request.json.toObject();
    const QJsonValue name = body.value(QStringLiteral("name"));
    if (!name.isString())
        return Core::Error::invalid(QStringLiteral("invalid_app"),
            QStringLiteral("The app needs a name."),
            {{QStringLiteral("name"), QStringLiteral("must be a string")}});
    QStringList scopes {QStringLiteral("track")};
    if (body.contains(QStringLiteral("scopes"))) {
        scopes.clear();
        const QJsonValue given = body.value(QStringLiteral("scopes"));
        for (const QJsonValue &scope : given.toArray())
            scopes.append(scope.toString(QStringLiteral("?")));
        if (!given.isArray() || scopes.isEmpty())
            return Core::Error::invalid(QStringLiteral("invalid_app"),
                QStringLiteral("scopes must be a non-empty list."),
                {{QStringLiteral("scopes"), QStringLiteral("must be a list such as [\"track\"]")}});
    }
    auto created = m_collector.createApp(name.toString(), request.userId(), scopes);
    if (!created)
        return created.error();
    QJsonObject answer = TrackJson::encodeApp(created->app);
    answer.insert(QStringLiteral("key"), created->key);
    Response response = Response::json(answer);
    response.created("/api/v1/apps/" + QByteArray::number(created->app.id));
    response.withHeader("Cache-Control", "no-store");
    return response;
}

Reply AppsController::revoke(const Request &request)
{
    auto revoked = m_collector.revokeApp(Core::Actor::api(request.caller()), request.id());
    if (!revoked)
        return revoked.error();
    return Response::noContent();
}

} // namespace Eventdesk::Api
