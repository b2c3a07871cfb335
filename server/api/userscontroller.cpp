// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "userscontroller.h"

#include "authcontroller.h"
#include "timeutil.h"

#include <QJsonArray>

namespace Eventdesk::Api {

using namespace Core;

namespace {

Error fieldNeedsAttention(const QString &name, const QString &allowed)
{
    return Error::invalid(QStringLiteral("validation_failed"),
        QStringLiteral("Some fields need attention."), {{name, allowed}});
}

// The one string member `name` of the JSON object body (the pipeline checked it is an object).
Result<QString> onlyString(const Request &request, const QString &name, const QString &allowed)
{
    const QJsonObject body = request.json.toObject();
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

QJsonObject outboundJson(const OutboundSettings &settings)
{
    return {{QStringLiteral("private_destinations"), outboundPrivateName(settings.mode)},
        {QStringLiteral("private_allowed"), settings.privateAllowed},
        {QStringLiteral("set_by_flag"), settings.setByFlag}};
}

} // namespace

UsersController::UsersController(AuthService &auth)
    : m_auth(auth)
{ }

void UsersController::registerRoutes(Router &router, const ServerContext &)
{
    router.authenticateUsersWith(m_auth);
    router.setDefaultRuns(Runs::Database); // every route reads or writes the database
    const Policy admin {.access = Access::Admin};
    const Policy adminJson {.access = Access::Admin, .body = Body::Json};
    /// Every account of the instance (admins only).
    router.add(Method::Get, QStringLiteral("/api/v1/users"), admin,
        [this](const Request &r) { return list(r); });
    /// Changes an account's role (admins only); the last admin cannot be demoted.
    router.add(Method::Patch, QStringLiteral("/api/v1/users/{id:id}"), adminJson,
        [this](const Request &r) { return update(r); });
    /// Deletes an account and what it owns (admins only); the last admin cannot be deleted.
    router.add(Method::Delete, QStringLiteral("/api/v1/users/{id:id}"), admin,
        [this](const Request &r) { return remove(r); });
    /// Creates a single-use invite code for sign-up (admins only).
    router.add(Method::Post, QStringLiteral("/api/v1/invites"), admin,
        [this](const Request &r) { return createInvite(r); });
    /// Who may sign up: open, invite or closed (admins only).
    router.add(Method::Get, QStringLiteral("/api/v1/settings/registration"), admin,
        [this](const Request &r) { return registration(r); });
    /// Sets who may sign up (admins only; not while --registration fixes it).
    router.add(Method::Patch, QStringLiteral("/api/v1/settings/registration"), adminJson,
        [this](const Request &r) { return setRegistration(r); });
    /// Whether outbound requests (feeds, webhooks) may reach private addresses (admins only).
    router.add(Method::Get, QStringLiteral("/api/v1/settings/outbound"), admin,
        [this](const Request &r) { return outbound(r); });
    /// Sets it: auto, allow or deny (admins only; not while --outbound-private fixes it).
    router.add(Method::Patch, QStringLiteral("/api/v1/settings/outbound"), adminJson,
        [this](const Request &r) { return setOutbound(r); });
}

// The core services decide again (admin only, the last admin stays): the window calls them too.

Reply UsersController::list(const Request &request) const
{
    auto users = m_auth.users(Actor::api(request.caller()));
    if (!users)
        return users.error();
    QJsonArray items;
    for (const User &user : *users)
        items.append(AuthJson::user(user));
    return Response::json(QJsonObject {
        {QStringLiteral("items"), items}, {QStringLiteral("next_cursor"), QJsonValue()}});
}

Reply UsersController::update(const Request &request) const
{
    auto name = onlyString(request, QStringLiteral("role"), QStringLiteral("admin or member"));
    if (!name)
        return name.error();
    const auto role = roleFromName(*name);
    if (!role)
        return fieldNeedsAttention(QStringLiteral("role"), QStringLiteral("admin or member"));
    auto changed = m_auth.setRole(Actor::api(request.caller()), request.id(), *role);
    if (!changed)
        return changed.error();
    return Response::json(AuthJson::user(*changed));
}

Reply UsersController::remove(const Request &request) const
{
    if (auto removed = m_auth.deleteUser(Actor::api(request.caller()), request.id()); !removed)
        return removed.error();
    return Response::noContent();
}

Reply UsersController::createInvite(const Request &request) const
{
    auto invite = m_auth.createInvite(Actor::api(request.caller()));
    if (!invite)
        return invite.error();
    Response response = Response::json(QJsonObject {{QStringLiteral("code"), invite->code},
        {QStringLiteral("expires_at"), toRfc3339(invite->expiresAt)}});
    response.created();
    response.withHeader("Cache-Control", "no-store"); // the code is shown once
    return response;
}

Reply UsersController::registration(const Request &request) const
{
    auto settings = m_auth.registration(Actor::api(request.caller()));
    if (!settings)
        return settings.error();
    return Response::json(registrationJson(*settings));
}

Reply UsersController::setRegistration(const Request &request) const
{
    auto name
        = onlyString(request, QStringLiteral("mode"), QStringLiteral("open, invite or closed"));
    if (!name)
        return name.error();
    const auto mode = registrationModeFromName(*name);
    if (!mode)
        return fieldNeedsAttention(
            QStringLiteral("mode"), QStringLiteral("open, invite or closed"));
    auto settings = m_auth.setRegistration(Actor::api(request.caller()), *mode);
    if (!settings)
        return settings.error();
    return Response::json(registrationJson(*settings));
}

Reply UsersController::outbound(const Request &request) const
{
    auto settings = m_auth.outbound(Actor::api(request.caller()));
    if (!settings)
        return settings.error();
    return Response::json(outboundJson(*settings));
}

Reply UsersController::setOutbound(const Request &request) const
{
    const QString field = QStringLiteral("private_destinations");
    const QString allowed = QStringLiteral("auto, allow or deny");
    auto name = onlyString(request, field, allowed);
    if (!name)
        return name.error();
    const auto mode = outboundPrivateFromName(*name);
    if (!mode)
        return fieldNeedsAttention(field, allowed);
    auto settings = m_auth.setOutbound(Actor::api(request.caller()), *mode);
    if (!settings)
        return settings.error();
    return Response::json(outboundJson(*settings));
}

} // namespace Eventdesk::Api
