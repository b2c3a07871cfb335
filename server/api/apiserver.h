// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionguard.h"
#include "controller.h"
#include "requestguard.h"
#include "result.h"
#include "router.h"

#include <QHostAddress>
#include <QObject>
#include <QThreadPool>

#include <exception>
#include <memory>

class QThread;

namespace Eventdesk::Api {

class HttpServerAdapter;

struct ApiConfig
{
    QHostAddress bindAddress = QHostAddress::LocalHost;
    quint16 port = 8085; // 0 picks a free port (tests)
    ConnectionLimits limits;
    QList<QByteArray> allowedOrigins; // browser origins allowed besides the server's own
    QList<QByteArray> allowedHosts;   // extra Host names (e.g. this machine's name when bound wide)
    // Runs::Database routes run on a pool of their own (the database is another process).
    bool databaseOnWorkers = false;
};

// Owns the HTTP server and runs it on its own thread, so the window never waits for requests
// and requests never wait for the window. Controllers are registered before start() and then
// called on the API thread only.
class ApiServer : public QObject
{
    Q_OBJECT
public:
    explicit ApiServer(ApiConfig config, QObject *parent = nullptr);
    ~ApiServer() override;

    void addController(std::shared_ptr<Controller> controller);

    // Blocks until the server listens (returns the port) or failed (e.g. the port is taken).
    [[nodiscard]] Core::Result<quint16> start();
    void stop();

    bool isRunning() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QString baseUrl() const;
    const Router &router() const { return m_router; }
    QThread *thread() const { return m_thread.get(); }

Q_SIGNALS:
    void started(quint16 port);
    void stopped();

private:
    void dispatch(Request &&request, Responder responder);
    // The pipeline after matching: credentials, query names, body, then the handler (on the
    // worker pool for Runs::Worker routes, else on the calling thread).
    void proceed(const Route &route, Request &&request, const Responder &responder);
    Response decorate(Response response, const QByteArray &origin) const;
    static void run(const Handler &handler, const Request &request, const Responder &responder);
    static void failed(
        const Request &request, const std::exception &error, const Responder &responder);

    ApiConfig m_config;
    Router m_router;
    RequestGuard m_guard;
    QList<std::shared_ptr<Controller>> m_controllers;
    QThreadPool m_workers;
    QThreadPool m_databaseWorkers; // Runs::Database routes, with databaseOnWorkers
    std::unique_ptr<QThread> m_thread;
    HttpServerAdapter *m_adapter = nullptr; // lives on m_thread
    quint16 m_port = 0;
};

} // namespace Eventdesk::Api
