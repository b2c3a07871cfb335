// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "router.h"
#include "actor.h"
#include "authservice.h"
#include "problem.h"

namespace Eventdesk::Api {

namespace {

// Decimal digits only, no sign, no leading zero, within qint64: what the stores' ids are.
bool isId(QStringView text)
{
    if (text.isEmpty() || text.size() > 19 || text.front() == u'0')
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    bool ok = false;
    return text.toLongLong(&ok) > 0 && ok;
}

Core::Error missingCredentials(const QString &code, const QString &message)
{
    return Core::Error::make(Core::ErrorKind::Unauthorized, code, message);
}

} // namespace

void Router::add(Method method, const QString &pattern, Policy policy, Handler handler)
{
    insert(Route {method, pattern, std::move(policy), std::move(handler), {}});
}

void Router::addAsync(Method method, const QString &pattern, Policy policy, AsyncHandler handler)
{
    insert(Route {method, pattern, std::move(policy), std::move(handler), {}});
}

void Router::insert(Route route)
{
    if (route.policy.runs == Runs::ApiThread)
        route.policy.runs = m_defaultRuns;
    QStringList normalized;
    for (const QString &part : route.pattern.split(u'/', Qt::SkipEmptyParts)) {
        Route::Segment segment {part, false, false};
        if (part.startsWith(u'{') && part.endsWith(u'}')) {
            segment.param = true;
            segment.text = part.mid(1, part.size() - 2);
            if (segment.text.endsWith(QLatin1String(":id"))) {
                segment.typedId = true;
                segment.text.chop(3);
            }
            normalized.append(u'{' + segment.text + u'}');
        } else {
            normalized.append(part);
        }
        route.segments.append(std::move(segment));
    }
    route.pattern = u'/' + normalized.join(u'/');
    Q_ASSERT_X(
        route.policy.access == Access::Anyone || route.policy.access == Access::AppKey || m_users,
        "Router::insert", "a route that reads user tokens needs authenticateUsersWith()");
    Q_ASSERT_X(route.policy.access != Access::AppKey || m_apps, "Router::insert",
        "an AppKey route needs authenticateAppsWith()");
    m_routes.append(std::move(route));
}

bool Router::matches(const Route &route, const Parts &parts, QHash<QString, QString> *params)
{
    if (route.segments.size() != parts.size())
        return false;
    // Last segment first: that is where routes differ ("/api/v1/" starts them all), so a route
    // that does not match is usually told after one comparison. The answer is the same.
    for (qsizetype i = parts.size() - 1; i >= 0; --i) {
        const Route::Segment &segment = route.segments.at(i);
        if (segment.param) {
            if (parts.at(i).isEmpty() || (segment.typedId && !isId(parts.at(i))))
                return false;
            if (params)
                params->insert(segment.text, parts.at(i).toString());
        } else if (segment.text != parts.at(i)) {
            return false;
        }
    }
    return true;
}

Router::Match Router::match(Method method, QStringView path) const
{
    Parts parts;
    for (QStringView part : path.tokenize(u'/', Qt::SkipEmptyParts))
        parts.append(part);
    // HEAD is served by the GET handler; the adapter drops the body.
    const Method wanted = method == Method::Head ? Method::Get : method;
    Match result;
    for (const Route &route : m_routes) {
        if (!matches(route, parts, nullptr))
            continue;
        if (route.method == wanted && !result.route) {
            result.route = &route;
            matches(route, parts, &result.params);
        } else if (!result.allowed.contains(route.method)) {
            result.allowed.append(route.method);
        }
    }
    return result;
}

Core::Result<void> Router::authenticate(const Route &route, Request &request) const
{
    const Access access = route.policy.access;
    if (access == Access::Anyone)
        return {};
    const QByteArray token = request.bearerToken();
    if (access == Access::AppKey) {
        // The collector answers a missing key like a wrong one (invalid_app_key).
        if (!m_apps)
            return Core::Error::internal(QStringLiteral("No app key authentication is set."));
        auto app = m_apps(token);
        if (!app)
            return app.error();
        request.appId = *app;
        return {};
    }
    if (token.isEmpty()) {
        // A header that is present but not a bearer token is wrong credentials, not none.
        if (access == Access::OptionalUser && request.header("authorization").isEmpty())
            return {};
        return missingCredentials(QStringLiteral("missing_token"),
            QStringLiteral("This request needs an \"Authorization: Bearer <token>\" header; "
                           "get a token from POST /api/v1/auth/login."));
    }
    if (!m_users)
        return Core::Error::internal(QStringLiteral("No user authentication is configured."));
    auto user = m_users->authenticate(token);
    if (!user)
        return user.error();
    // The core services' own check, so the route and the service refuse with one code.
    if (access == Access::Admin) {
        if (auto allowed = Core::requireAdmin(Core::Actor::api(*user)); !allowed)
            return allowed.error();
    }
    request.user = std::move(*user);
    return {};
}

Core::Result<void> Router::checkQueryNames(const Route &route, const Request &request)
{
    if (request.query.isEmpty())
        return {};
    QList<Core::FieldError> fields;
    for (const auto &item : request.query.queryItems(QUrl::FullyDecoded)) {
        if (!route.policy.query.contains(item.first))
            fields.append({item.first, QStringLiteral("is not a parameter of this route")});
    }
    if (fields.isEmpty())
        return {};
    return badRequest(QStringLiteral("invalid_query"),
        QStringLiteral("The query parameters are not valid."), fields);
}

} // namespace Eventdesk::Api
