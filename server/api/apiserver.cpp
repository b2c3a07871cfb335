// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiserver.h"
#include "httpserveradapter.h"
#include "problem.h"

#include <QHostInfo>
#include <QNetworkInterface>
#include <QThread>

#include <exception>

namespace Eventdesk::Api {

namespace {

bool isWildcard(const QHostAddress &address)
{
    return address == QHostAddress::Any || address == QHostAddress::AnyIPv4
        || address == QHostAddress::AnyIPv6;
}

// How an address appears in a Host header: "192.168.1.5", "[fe80::1]" (no scope id).
QByteArray hostName(QHostAddress address)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        address.setScopeId(QString());
        return '[' + address.toString().toLatin1() + ']';
    }
    return address.toString().toLatin1();
}

} // namespace

ApiServer::ApiServer(ApiConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    for (const QByteArray &origin : std::as_const(m_config.allowedOrigins))
        m_guard.addAllowedOrigin(origin);
    for (const QByteArray &host : std::as_const(m_config.allowedHosts))
        m_guard.addAllowedHost(host);
    if (isWildcard(m_config.bindAddress)) {
        // Bound to every interface: clients on other machines address us by one of this
        // machine's addresses or by its name. Anything else is still refused (DNS rebinding).
        for (const QHostAddress &address : QNetworkInterface::allAddresses())
            m_guard.addAllowedHost(hostName(address));
        const QString name = QHostInfo::localHostName().toLower();
        if (!name.isEmpty()) {
            m_guard.addAllowedHost(name.toLatin1());
            m_guard.addAllowedHost(name.toLatin1() + ".local");
        }
    } else if (!m_config.bindAddress.isLoopback()) {
        m_guard.addAllowedHost(hostName(m_config.bindAddress));
    }
    m_workers.setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
    // Threads that mostly wait for the database server: more than the cores, so that one
    // process keeps several requests in flight; apart from m_workers, so that password hashing
    // never holds them up.
    m_databaseWorkers.setMaxThreadCount(qMax(4, 2 * QThread::idealThreadCount()));
}

ApiServer::~ApiServer()
{
    stop();
}

void ApiServer::addController(std::shared_ptr<Controller> controller)
{
    Q_ASSERT(!isRunning());
    m_router.setDefaultRuns(Runs::ApiThread);
    controller->registerRoutes(m_router, ServerContext {&m_workers});
    m_controllers.append(std::move(controller));
}

QString ApiServer::baseUrl() const
{
    QString host = m_config.bindAddress.toString();
    if (isWildcard(m_config.bindAddress))
        host = QStringLiteral("127.0.0.1");
    else if (m_config.bindAddress.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    return QStringLiteral("http://%1:%2").arg(host).arg(m_port);
}

Core::Result<quint16> ApiServer::start()
{
    if (isRunning())
        return m_port;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("eventdesk-api"));
    m_thread->start();

    QString failure;
    quint16 port = 0;
    // Create the TCP and HTTP servers on the API thread so their sockets belong to it.
    auto *starter = new QObject;
    starter->moveToThread(m_thread.get());
    QMetaObject::invokeMethod(
        starter,
        [this, &failure, &port, starter] {
            auto *guard = new ConnectionGuard(m_config.limits);
            if (!guard->listen(m_config.bindAddress, m_config.port)) {
                failure = guard->errorString();
                delete guard;
            } else {
                m_adapter = new HttpServerAdapter([this](Request &&request, Responder responder) {
                    dispatch(std::move(request), std::move(responder));
                });
                guard->setHttpServer(m_adapter);
                m_adapter->bind(guard); // reparents the guard to the adapter
                port = guard->serverPort();
            }
            delete starter;
        },
        Qt::BlockingQueuedConnection);
    if (port == 0) {
        m_thread->quit();
        m_thread->wait();
        m_thread.reset();
        return Core::Error::make(Core::ErrorKind::Unavailable, QStringLiteral("listen_failed"),
            QStringLiteral("Cannot listen on %1 port %2: %3")
                .arg(m_config.bindAddress.toString())
                .arg(m_config.port)
                .arg(failure));
    }
    m_port = port;
    m_guard.setPort(port);
    Q_EMIT started(port);
    return port;
}

void ApiServer::stop()
{
    if (!m_thread)
        return;
    // Background work answers through the adapter: let it finish before the adapter goes.
    m_workers.waitForDone();
    m_databaseWorkers.waitForDone();
    if (m_adapter) {
        QMetaObject::invokeMethod(
            m_adapter, [adapter = m_adapter] { delete adapter; }, Qt::BlockingQueuedConnection);
        m_adapter = nullptr;
    }
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
    const bool wasRunning = m_port != 0;
    m_port = 0;
    if (wasRunning)
        Q_EMIT stopped();
}

Response ApiServer::decorate(Response response, const QByteArray &origin) const
{
    if (!origin.isEmpty() && m_guard.isAllowedOrigin(origin)) {
        response.withHeader("Access-Control-Allow-Origin", origin);
        response.withHeader("Vary", "Origin");
    }
    response.withHeader("X-Content-Type-Options", "nosniff");
    return response;
}

void ApiServer::dispatch(Request &&request, Responder responder)
{
    const QByteArray origin = request.header("origin");
    Responder decorated([this, origin, responder](Response response) {
        responder.send(decorate(std::move(response), origin));
    });

    if (auto refused = m_guard.checkHeaders(request)) {
        decorated.send(std::move(*refused));
        return;
    }
    Router::Match match = m_router.match(request.method, request.path);
    if (request.method == Method::Options && !match.route && !match.allowed.isEmpty()) {
        // CORS preflight from an allowed origin (others were refused above).
        QByteArray allow;
        for (Method method : std::as_const(match.allowed))
            allow += (allow.isEmpty() ? "" : ", ") + methodName(method);
        Response preflight = Response::noContent();
        preflight.withHeader("Allow", allow);
        preflight.withHeader("Access-Control-Allow-Methods", allow);
        preflight.withHeader(
            "Access-Control-Allow-Headers", "Authorization, Content-Type, If-Match, If-None-Match");
        preflight.withHeader("Access-Control-Max-Age", "600");
        decorated.send(std::move(preflight));
        return;
    }
    if (!match.route) {
        if (match.allowed.isEmpty()) {
            decorated.send(Core::Error::notFound(
                QStringLiteral("There is no resource at %1.").arg(request.path)));
            return;
        }
        QByteArray allow;
        for (Method method : std::as_const(match.allowed))
            allow += (allow.isEmpty() ? "" : ", ") + methodName(method);
        Response response = problem(405, QStringLiteral("method_not_allowed"),
            QStringLiteral("%1 is not allowed on %2; use %3.")
                .arg(QString::fromLatin1(methodName(request.method)), request.path,
                    QString::fromLatin1(allow)));
        response.withHeader("Allow", allow);
        decorated.send(std::move(response));
        return;
    }
    const Route &route = *match.route;
    request.params = std::move(match.params);
    // A Runs::Database route on a database in another process runs its whole pipeline on the
    // database pool: a signed-in caller's token check is a round trip to the database too. The
    // routes do not change once the server runs, so the pool may hold on to this one.
    if (route.policy.runs == Runs::Database && m_config.databaseOnWorkers
        && std::holds_alternative<Handler>(route.handler)) {
        m_databaseWorkers.start(
            [this, route = &route, request = std::move(request), decorated]() mutable {
                proceed(*route, std::move(request), decorated);
            });
        return;
    }
    proceed(route, std::move(request), decorated);
}

void ApiServer::proceed(const Route &route, Request &&request, const Responder &decorated)
{
    // The pipeline, in order: credentials before anything in the query or the body is read, so
    // an anonymous caller learns nothing from a broken body but "sign in" (401).
    if (auto allowed = m_router.authenticate(route, request); !allowed) {
        decorated.send(allowed.error());
        return;
    }
    if (auto known = Router::checkQueryNames(route, request); !known) {
        decorated.send(known.error());
        return;
    }
    if (route.policy.body == Body::Json) {
        if (auto refused = RequestGuard::parseJsonBody(request, &request.json)) {
            decorated.send(std::move(*refused));
            return;
        }
        if (!request.json.isObject()) {
            decorated.send(badRequest(
                QStringLiteral("invalid_body"), QStringLiteral("The body must be a JSON object.")));
            return;
        }
    }
    if (const auto *handler = std::get_if<Handler>(&route.handler)) {
        if (route.policy.runs == Runs::Worker) {
            m_workers.start([handler, request = std::move(request), decorated]() mutable {
                run(*handler, request, decorated);
            });
        } else {
            run(*handler, request, decorated);
        }
        return;
    }
    try {
        std::get<AsyncHandler>(route.handler)(request, decorated);
    } catch (const std::exception &error) {
        failed(request, error, decorated);
    }
}

void ApiServer::run(const Handler &handler, const Request &request, const Responder &responder)
{
    try {
        responder.send(handler(request));
    } catch (const std::exception &error) {
        failed(request, error, responder);
    }
}

void ApiServer::failed(
    const Request &request, const std::exception &error, const Responder &responder)
{
    // Our code throws nothing; this catches what Qt or the standard library might
    // (std::bad_alloc), so one request cannot take the process down.
    qWarning("ApiServer: %s %s failed: %s", methodName(request.method).constData(),
        qUtf8Printable(request.path), error.what());
    responder.send(
        Core::Error::internal(QStringLiteral("The server failed to handle this request.")));
}

} // namespace Eventdesk::Api
