// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "authcontroller.h"

#include "timeutil.h"

#include <QThreadPool>

namespace Eventdesk::Api {

namespace {

// Reads an optional string field; a present value of another JSON type is a field error.
QString stringField(const QJsonObject &body, const char *name, QList<Core::FieldError> *errors)
{
    const QString key = QString::fromLatin1(name);
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        errors->append({key, QStringLiteral("Must be a string.")});
        return {};
    }
    return value.toString();
}

Response sessionResponse(const Core::AuthSession &session)
{
    Response response = Response::json(AuthJson::session(session));
    response.withHeader("Cache-Control", "no-store"); // the token is shown once
    return response;
}

Core::Error fieldsNeedAttention(QList<Core::FieldError> errors)
{
    return Core::Error::invalid(QStringLiteral("validation_failed"),
        QStringLiteral("Some fields need attention."), std::move(errors));
}

} // namespace

QJsonObject AuthJson::user(const Core::User &user)
{
    return QJsonObject {{QStringLiteral("id"), user.id}, {QStringLiteral("email"), user.email},
        {QStringLiteral("display_name"), user.displayName},
        {QStringLiteral("handle"), user.handle()},
        {QStringLiteral("created_at"), Core::toRfc3339(user.createdAt)}};
}

QJsonObject AuthJson::session(const Core::AuthSession &session)
{
    return QJsonObject {{QStringLiteral("token"), session.token},
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("expires_at"), Core::toRfc3339(session.expiresAt)},
        {QStringLiteral("user"), user(session.user)}};
}

AuthController::AuthController(Core::AuthService &auth)
    : m_auth(auth)
{ }

void AuthController::registerRoutes(Router &router, const ServerContext &)
{
    router.authenticateUsersWith(m_auth);
    const Policy slow {.body = Body::Json, .runs = Runs::Worker};
    /// Creates an account and its first token. The password is hashed on a worker thread.
    router.add(Method::Post, QStringLiteral("/api/v1/auth/signup"), slow,
        [this](const Request &r) { return signup(r); });
    /// Exchanges e-mail and password for a bearer token; throttled after repeated failures.
    router.add(Method::Post, QStringLiteral("/api/v1/auth/login"), slow,
        [this](const Request &r) { return login(r); });
    /// Revokes the bearer token of this request.
    router.add(Method::Post, QStringLiteral("/api/v1/auth/logout"), {.access = Access::User},
        [this](const Request &r) { return logout(r); });
    /// Revokes every token of the authenticated user (all devices).
    router.add(Method::Post, QStringLiteral("/api/v1/auth/logout-all"), {.access = Access::User},
        [this](const Request &r) { return logoutAll(r); });
    /// The authenticated user.
    router.add(Method::Get, QStringLiteral("/api/v1/auth/me"), {.access = Access::User},
        [this](const Request &r) { return me(r); });
}

Reply AuthController::signup(const Request &request) const
{
    const QJsonObject body = request.json.toObject();
    QList<Core::FieldError> errors;
    const QString email = stringField(body, "email", &errors);
    const QString password = stringField(body, "password", &errors);
    const QString displayName = stringField(body, "display_name", &errors);
    if (!errors.isEmpty())
        return fieldsNeedAttention(std::move(errors));
    auto session = m_auth.signup(email, password, displayName);
    if (!session)
        return session.error();
    return sessionResponse(*session).created();
}

Reply AuthController::login(const Request &request) const
{
    const QJsonObject body = request.json.toObject();
    QList<Core::FieldError> errors;
    const QString email = stringField(body, "email", &errors);
    const QString password = stringField(body, "password", &errors);
    if (!errors.isEmpty())
        return fieldsNeedAttention(std::move(errors));
    auto session = m_auth.login(email, password, request.remoteAddress.toString());
    if (!session)
        return session.error();
    return sessionResponse(*session);
}

Reply AuthController::logout(const Request &request) const
{
    if (auto done = m_auth.logout(request.bearerToken()); !done)
        return done.error();
    return Response::noContent();
}

Reply AuthController::logoutAll(const Request &request) const
{
    auto revoked = m_auth.logoutAll(request.userId());
    if (!revoked)
        return revoked.error();
    return Response::json(QJsonObject {{QStringLiteral("revoked"), *revoked}});
}

Reply AuthController::me(const Request &request) const
{
    Response response = Response::json(AuthJson::user(request.caller()));
    response.withHeader("Cache-Control", "no-store");
    return response;
}

} // namespace Eventdesk::Api
