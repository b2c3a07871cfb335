// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http.h"

#include <QStringList>
#include <QVarLengthArray>

#include <functional>
#include <variant>

namespace Eventdesk::Core {
class AuthService;
}

namespace Eventdesk::Api {

// What a route expects in its body. Json routes get 415 for another Content-Type, 400 for
// malformed JSON and 400 for a value that is not an object, before their handler runs; the
// object is in Request::json. An empty body reads as {}. Any: the handler reads the bytes.
enum class Body { None, Json, Any };

// Who may call a route. The pipeline authenticates before it reads the query or the body, so a
// caller without credentials gets 401 whatever else is wrong with the request.
enum class Access {
    Anyone,       // no credentials read
    OptionalUser, // a bearer token is optional; a wrong one is still 401
    User,         // a signed-in user (401 otherwise)
    Admin,        // a signed-in admin (401 without a user, 403 for a member)
    AppKey,       // a trusted app's key as the bearer token (401 otherwise)
};

// Where the handler runs: on the API thread (fast work) or on the server's worker pool (work
// that waits for SQLite's writer or hashes passwords). Database: work that is mostly database
// reads and writes, run where the database is cheapest to wait for: on the API thread when it
// is in this process (SQLite: a read costs less than the hop to a worker), on the database pool
// when it is another process (PostgreSQL, ApiConfig::databaseOnWorkers: on the API thread every
// round trip would hold up every other request). The answer goes back in order either way.
enum class Runs { ApiThread, Worker, Database };

// A route's declared policies, checked by ApiServer::dispatch in this order: path parameters
// (part of matching: a malformed {id} is 404 like any unknown path), access, query parameter
// names, body.
struct Policy
{
    Access access = Access::Anyone;
    Body body = Body::None;
    Runs runs = Runs::ApiThread;
    // The accepted query parameters; any other is 400 invalid_query.
    QStringList query {};
};

struct Route
{
    Method method = Method::Get;
    QString pattern; // "/api/v1/events/{id}" (types stripped)
    Policy policy;
    std::variant<Handler, AsyncHandler> handler;
    struct Segment
    {
        QString text;         // the literal, or the parameter's name
        bool param = false;   // {name}: any non-empty segment
        bool typedId = false; // {name:id}: 1 to 2^63-1, decimal digits only
    };
    QList<Segment> segments;
};

// Matches method and path against the registered patterns. An unknown path is 404; a known
// path with another method is 405 with the Allow list. Patterns name their parameters with
// {name}, or {name:id} for a numeric id, which a path must satisfy to match.
class Router
{
public:
    void add(Method method, const QString &pattern, Policy policy, Handler handler);
    void addAsync(Method method, const QString &pattern, Policy policy, AsyncHandler handler);
    // Routes added from now on whose policy leaves `runs` at ApiThread run as `runs` says: a
    // controller whose every route reads or writes the database says Runs::Database once, at
    // the top of registerRoutes(). ApiServer resets it to ApiThread before each controller.
    void setDefaultRuns(Runs runs) { m_defaultRuns = runs; }

    // Who checks credentials: bearer tokens of users (User, Admin, OptionalUser routes) and
    // app keys (AppKey routes). Controllers that declare such routes set them when registering.
    using AppAuthenticator = std::function<Core::Result<qint64>(QByteArrayView key)>;
    void authenticateUsersWith(Core::AuthService &auth) { m_users = &auth; }
    void authenticateAppsWith(AppAuthenticator apps) { m_apps = std::move(apps); }
    // Fills request.user / request.appId as the route's Access asks, or says why not.
    Core::Result<void> authenticate(const Route &route, Request &request) const;
    // 400 invalid_query naming every parameter the route does not accept.
    static Core::Result<void> checkQueryNames(const Route &route, const Request &request);

    struct Match
    {
        const Route *route = nullptr;
        QHash<QString, QString> params;
        QList<Method> allowed; // filled when the path exists under other methods
    };
    Match match(Method method, QStringView path) const;

    const QList<Route> &routes() const { return m_routes; }

private:
    void insert(Route route);
    using Parts = QVarLengthArray<QStringView, 12>;
    static bool matches(const Route &route, const Parts &parts, QHash<QString, QString> *params);
    QList<Route> m_routes;
    Runs m_defaultRuns = Runs::ApiThread;
    Core::AuthService *m_users = nullptr;
    AppAuthenticator m_apps;
};

} // namespace Eventdesk::Api
