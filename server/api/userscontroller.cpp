// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "userscontroller.h"

#include "authcontroller.h"
#include "bearerauth.h"
#include "problem.h"
#include "timeutil.h"

#include <QJsonArray>

namespace Eventdesk::Api {

using namespace Core;

namespace {

Response noSuchUser()
{
    return problem(Error::notFound(QStringLiteral("No such user.")));
}

// The one string member `name` of a JSON object body, or a problem.
Result<QString> onlyString(const Request &request, const QString &name, const QString &allowed)
{
    const QJsonObject body = request.json.toObject();
    if (!request.json.isObject())
        return Error::make(ErrorKind::Invalid, QStringLiteral("invalid_body"),
            QStringLiteral("The body must be a JSON object."));
    QList<FieldError> fields;
    for (auto it = body.begin(); it != body.end(); ++it)
        if (it.key() != name)
            fields.append({it.key(), QStringLiteral("Unknown field.")});
    if (!body.value(name).isString())
        fields.append({name, allowed});
    if (!fields.isEmpty())
        return Error::invalid(QStringLiteral("validation_failed"),
            QStringLiteral("Some fields need attention."), fields);
    return body.value(name).toString();
}

QJsonObject registrationJson(const RegistrationSettings &settings)
{
    return {{QStringLiteral("mode"), registrationModeName(settings.mode)},
        {QStringLiteral("set_by_flag"), settings.setByFlag}};
}

} // namespace

UsersController::UsersController(AuthService &auth)
    : m_auth(auth)
{ }

void UsersController::registerRoutes(Router &router, const ServerContext &)
{
    /// Every account of the instance (admins only).
    router.add(
        Method::Get, QStringLiteral("/api/v1/users"), [this](const Request &r) { return list(r); });
    /// Changes an account's role (admins only); the last admin cannot be demoted.
    router.add(
        Method::Patch, QStringLiteral("/api/v1/users/{id}"),
        [this](const Request &r) { return update(r); }, Body::Json);
    /// Deletes an account and what it owns (admins only); the last admin cannot be deleted.
    router.add(Method::Delete, QStringLiteral("/api/v1/users/{id}"),
        [this](const Request &r) { return remove(r); });
    /// Creates a single-use invite code for sign-up (admins only).
    router.add(Method::Post, QStringLiteral("/api/v1/invites"),
        [this](const Request &r) { return createInvite(r); });
    /// Who may sign up: open, invite or closed (admins only).
    router.add(Method::Get, QStringLiteral("/api/v1/settings/registration"),
        [this](const Request &r) { return registration(r); });
    /// Sets who may sign up (admins only; not while --registration fixes it).
    router.add(
        Method::Patch, QStringLiteral("/api/v1/settings/registration"),
        [this](const Request &r) { return setRegistration(r); }, Body::Json);
}

Result<Actor> UsersController::actor(const Request &request) const
{
    auto user = requireUser(m_auth, request);
    if (!user)
        return user.error();
    return Actor::api(*user);
}

Result<Actor> UsersController::admin(const Request &request) const
{
    // Checked before the body or the id is judged: a member learns nothing more than 403.
    auto who = actor(request);
    if (!who)
        return who;
    if (auto allowed = requireAdmin(*who); !allowed)
        return allowed.error();
    return who;
}

Response UsersController::list(const Request &request) const
{
    auto who = actor(request);
    if (!who)
        return problem(who.error());
    auto users = m_auth.users(*who);
    if (!users)
        return problem(users.error());
    QJsonArray items;
    for (const User &user : *users)
        items.append(AuthJson::user(user));
    return Response::json(QJsonObject {
        {QStringLiteral("items"), items}, {QStringLiteral("next_cursor"), QJsonValue()}});
}

Response UsersController::update(const Request &request) const
{
    auto who = admin(request);
    if (!who)
        return problem(who.error());
    const auto id = request.idParam();
    if (!id)
        return noSuchUser();
    auto name = onlyString(request, QStringLiteral("role"), QStringLiteral("admin or member"));
    if (!name)
        return problem(name.error());
    const auto role = roleFromName(*name);
    if (!role)
        return problem(Error::invalid(QStringLiteral("validation_failed"),
            QStringLiteral("Some fields need attention."),
            {{QStringLiteral("role"), QStringLiteral("admin or member")}}));
    auto changed = m_auth.setRole(*who, *id, *role);
    return changed ? Response::json(AuthJson::user(*changed)) : problem(changed.error());
}

Response UsersController::remove(const Request &request) const
{
    auto who = admin(request);
    if (!who)
        return problem(who.error());
    const auto id = request.idParam();
    if (!id)
        return noSuchUser();
    auto removed = m_auth.deleteUser(*who, *id);
    return removed ? Response::noContent() : problem(removed.error());
}

Response UsersController::createInvite(const Request &request) const
{
    auto who = actor(request);
    if (!who)
        return problem(who.error());
    auto invite = m_auth.createInvite(*who);
    if (!invite)
        return problem(invite.error());
    Response response
        = Response::json(QJsonObject {{QStringLiteral("code"), invite->code},
                             {QStringLiteral("expires_at"), toRfc3339(invite->expiresAt)}},
            201);
    response.withHeader("Cache-Control", "no-store"); // the code is shown once
    return response;
}

Response UsersController::registration(const Request &request) const
{
    auto who = actor(request);
    if (!who)
        return problem(who.error());
    auto settings = m_auth.registration(*who);
    return settings ? Response::json(registrationJson(*settings)) : problem(settings.error());
}

Response UsersController::setRegistration(const Request &request) const
{
    auto who = admin(request);
    if (!who)
        return problem(who.error());
    auto name
        = onlyString(request, QStringLiteral("mode"), QStringLiteral("open, invite or closed"));
    if (!name)
        return problem(name.error());
    const auto mode = registrationModeFromName(*name);
    if (!mode)
        return problem(Error::invalid(QStringLiteral("validation_failed"),
            QStringLiteral("Some fields need attention."),
            {{QStringLiteral("mode"), QStringLiteral("open, invite or closed")}}));
    auto settings = m_auth.setRegistration(*who, *mode);
    return settings ? Response::json(registrationJson(*settings)) : problem(settings.error());
}

} // namespace Eventdesk::Api
