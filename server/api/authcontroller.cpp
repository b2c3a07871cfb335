// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "authcontroller.h"

#include "bearerauth.h"
#include "problem.h"
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

std::optional<Response> notAnObject(const Request &request)
{
    if (request.json.isObject())
        return std::nullopt;
    return problem(
        400, QStringLiteral("invalid_body"), QStringLiteral("The body must be a JSON object."));
}

Response sessionResponse(const Core::AuthSession &session, int status)
{
    Response response = Response::json(AuthJson::session(session), status);
    response.withHeader("Cache-Control", "no-store"); // the token is shown once
    return response;
}

} // namespace

QJsonObject AuthJson::user(const Core::User &user)
{
    return QJsonObject {{QStringLiteral("id"), user.id}, {QStringLiteral("email"), user.email},
        {QStringLiteral("display_name"), user.displayName},
        {QStringLiteral("handle"), user.handle()},
        {QStringLiteral("role"), Core::roleName(user.role)},
        {QStringLiteral("created_at"), Core::toRfc3339(user.createdAt)}};
}

QJsonObject AuthJson::session(const Core::AuthSession &session)
{
    QJsonObject json {{QStringLiteral("token"), session.token},
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("expires_at"), Core::toRfc3339(session.expiresAt)},
        {QStringLiteral("user"), user(session.user)}};
    if (!session.deviceCredential.isEmpty())
        json.insert(QStringLiteral("device_credential"), session.deviceCredential);
    return json;
}

AuthController::AuthController(Core::AuthService &auth)
    : m_auth(auth)
{ }

void AuthController::registerRoutes(Router &router, const ServerContext &context)
{
    m_workers = context.workers;
    /// Creates an account and its first token. The password is hashed on a worker thread.
    router.addAsync(
        Method::Post, QStringLiteral("/api/v1/auth/signup"),
        [this](const Request &r, Responder s) { signup(r, std::move(s)); }, Body::Json);
    /// Exchanges e-mail and password for a bearer token; throttled after repeated failures.
    router.addAsync(
        Method::Post, QStringLiteral("/api/v1/auth/login"),
        [this](const Request &r, Responder s) { login(r, std::move(s)); }, Body::Json);
    /// Revokes the bearer token of this request.
    router.add(Method::Post, QStringLiteral("/api/v1/auth/logout"),
        [this](const Request &r) { return logout(r); });
    /// Revokes every token of the authenticated user (all devices).
    router.add(Method::Post, QStringLiteral("/api/v1/auth/logout-all"),
        [this](const Request &r) { return logoutAll(r); });
    /// The authenticated user.
    router.add(
        Method::Get, QStringLiteral("/api/v1/auth/me"), [this](const Request &r) { return me(r); });
}

void AuthController::runSlow(std::function<Response()> work, Responder responder) const
{
    auto task
        = [work = std::move(work), responder = std::move(responder)] { responder.send(work()); };
    if (m_workers)
        m_workers->start(std::move(task));
    else
        task();
}

void AuthController::signup(const Request &request, Responder responder) const
{
    if (auto refused = notAnObject(request)) {
        responder.send(std::move(*refused));
        return;
    }
    const QJsonObject body = request.json.toObject();
    QList<Core::FieldError> errors;
    const QString email = stringField(body, "email", &errors);
    const QString password = stringField(body, "password", &errors);
    const QString displayName = stringField(body, "display_name", &errors);
    const QString invite = stringField(body, "invite", &errors);
    if (!errors.isEmpty()) {
        responder.send(problem(422, QStringLiteral("validation_failed"),
            QStringLiteral("Some fields need attention."), errors));
        return;
    }
    const Core::SignupRequest call {
        email, password, displayName, invite, request.remoteAddress.toString(), Core::Via::Api};
    Core::AuthService &auth = m_auth;
    runSlow(
        [&auth, call] {
            auto session = auth.signup(call);
            return session ? sessionResponse(*session, 201) : problem(session.error());
        },
        std::move(responder));
}

void AuthController::login(const Request &request, Responder responder) const
{
    if (auto refused = notAnObject(request)) {
        responder.send(std::move(*refused));
        return;
    }
    const QJsonObject body = request.json.toObject();
    QList<Core::FieldError> errors;
    const QString email = stringField(body, "email", &errors);
    const QString password = stringField(body, "password", &errors);
    const QString device = stringField(body, "device_credential", &errors);
    if (!errors.isEmpty()) {
        responder.send(problem(422, QStringLiteral("validation_failed"),
            QStringLiteral("Some fields need attention."), errors));
        return;
    }
    const Core::LoginRequest call {
        email, password, request.remoteAddress.toString(), device, Core::Via::Api};
    Core::AuthService &auth = m_auth;
    runSlow(
        [&auth, call] {
            auto session = auth.login(call);
            return session ? sessionResponse(*session, 200) : problem(session.error());
        },
        std::move(responder));
}

Response AuthController::logout(const Request &request) const
{
    if (auto user = requireUser(m_auth, request); !user)
        return problem(user.error());
    if (auto done = m_auth.logout(request.bearerToken()); !done)
        return problem(done.error());
    return Response::noContent();
}

Response AuthController::logoutAll(const Request &request) const
{
    auto user = requireUser(m_auth, request);
    if (!user)
        return problem(user.error());
    auto revoked = m_auth.logoutAll(user->id);
    if (!revoked)
        return problem(revoked.error());
    return Response::json(QJsonObject {{QStringLiteral("revoked"), *revoked}});
}

Response AuthController::me(const Request &request) const
{
    auto user = requireUser(m_auth, request);
    if (!user)
        return problem(user.error());
    Response response = Response::json(AuthJson::user(*user));
    response.withHeader("Cache-Control", "no-store");
    return response;
}

} // namespace Eventdesk::Api
