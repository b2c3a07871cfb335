// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QPointer>
#include <QSet>
#include <QTcpServer>
#include <QTimer>

class QTcpSocket;

namespace Eventdesk::Api {

class ConnectionWatcher;

struct ConnectionLimits
{
    qint64 maxBodyBytes = 1024 * 1024;
    qint64 maxHeaderBytes = 64 * 1024;
    int maxConnections = 1024;
    int idleTimeoutMs = 60'000;   // keep-alive connections with nothing to do
    int headerTimeoutMs = 10'000; // a request's headers must arrive within this (slow loris)
};

// The TCP server in front of Qt HttpServer 6.4, which buffers whole bodies and has no timeouts,
// connection cap or Expect: 100-continue. It follows the byte stream of every connection
// (without consuming it) and, before any body byte is buffered, answers
//   413 to a Content-Length over the limit, 411 to chunked bodies, 431 to huge headers,
//   100 Continue when a client asks for it, 503 beyond the connection cap, 408 on slow headers;
// rejected connections are drained and discarded, so memory never grows with what a client sends.
class ConnectionGuard : public QTcpServer
{
    Q_OBJECT
public:
    explicit ConnectionGuard(ConnectionLimits limits, QObject *parent = nullptr);

    // The object whose readyRead handlers must stop seeing a rejected connection.
    void setHttpServer(QObject *server) { m_httpServer = server; }
    int activeConnections() const { return int(m_watchers.size()); }
    const ConnectionLimits &limits() const { return m_limits; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    friend class ConnectionWatcher;
    void sweep();
    ConnectionLimits m_limits;
    QPointer<QObject> m_httpServer;
    QTimer m_sweepTimer;
    QSet<ConnectionWatcher *> m_watchers;
};

} // namespace Eventdesk::Api
