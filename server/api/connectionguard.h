// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>

class QSocketNotifier;
class QTcpSocket;

namespace Eventdesk::Api {

class ConnectionWatcher;
class HttpServerAdapter;

struct ConnectionLimits
{
    qint64 maxBodyBytes = 1024 * 1024;
    qint64 maxHeaderBytes = 64 * 1024;
    // Also kept below the process's file-descriptor limit (see ConnectionGuard::connectionCap).
    int maxConnections = 1024;
    int idleTimeoutMs = 60'000; // keep-alive connections with nothing to do
    // A request's head must be complete this long after the connection was accepted (or the
    // previous request ended): slow loris, and sockets that never send a byte.
    int headerTimeoutMs = 10'000;
    int acceptPauseMs = 200; // how long accepting pauses when the process is out of descriptors
};

// The TCP server in front of Qt HttpServer 6.4, which buffers whole bodies, reads header
// blocks leniently and has no timeouts, connection cap, Expect: 100-continue or answer order.
// It follows the byte stream of every connection with HttpFramer (without consuming it) and,
// before any body byte is buffered, refuses what Qt would read differently or should never
// buffer (400, 411, 413, 421, 431, 505; see httpframing.h); answers 503 beyond the connection
// cap, 408 on slow or missing headers, 100 Continue when asked. It also orders the answers of
// each connection (pipelined requests answered from worker threads leave in request order) and
// closes a connection after the answer to its last request (Connection: close, HTTP/1.0).
// Rejected connections are drained and discarded, so memory never grows with what a client sends.
class ConnectionGuard : public QTcpServer
{
    Q_OBJECT
public:
    explicit ConnectionGuard(ConnectionLimits limits, QObject *parent = nullptr);
    ~ConnectionGuard() override;

    // Listens like QTcpServer::listen, but accepts connections itself: Qt 6.4's accept loop
    // retries at once when accept() fails with EMFILE, spinning the thread while the process is
    // out of file descriptors. The guard then answers the waiting clients 503 (through a spare
    // descriptor kept for that) and pauses accepting for acceptPauseMs.
    bool listen(const QHostAddress &address = QHostAddress::Any, quint16 port = 0);

    // The HTTP server behind the guard: its readyRead handlers stop seeing a rejected connection,
    // and it hands its answers back through answer().
    void setHttpServer(HttpServerAdapter *server);
    int activeConnections() const { return int(m_watchers.size()); }
    const ConnectionLimits &limits() const { return m_limits; }
    // maxConnections, lowered to stay well below the soft RLIMIT_NOFILE (raised to the hard limit
    // when the first guard is made), so the cap answers 503 long before accept() fails.
    int connectionCap() const { return m_cap; }
    // Times accepting paused because accept() failed for lack of resources (EMFILE, ENFILE).
    int acceptPauses() const { return m_acceptPauses; }

    // For the HTTP server, on this thread. The request Qt hands over now is the oldest framed one
    // of the socket: its place in the answer order and whether the connection ends after it.
    struct Ticket
    {
        qint64 sequence = -1; // -1: a socket the guard does not know; write directly
        bool keepAlive = true;
    };
    Ticket takeRequest(QTcpSocket *socket);
    // Writes the answer for that place once every earlier answer is written (then closes the
    // connection if the request was its last).
    void answer(QTcpSocket *socket, qint64 sequence, QByteArray wire);

    // Raises the soft RLIMIT_NOFILE to the hard limit once per process; returns the soft limit.
    static qint64 raiseFileLimit();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    friend class ConnectionWatcher;
    void sweep();
    void acceptWaiting();
    void refuseForLackOfDescriptors();
    ConnectionLimits m_limits;
    int m_cap = 0;
    int m_acceptPauses = 0;
    QPointer<HttpServerAdapter> m_httpServer;
    QTimer m_sweepTimer;
    QSocketNotifier *m_acceptNotifier = nullptr;
    int m_spareDescriptor = -1;
    QHash<QTcpSocket *, ConnectionWatcher *> m_watchers;
};

} // namespace Eventdesk::Api
