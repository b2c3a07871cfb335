// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionguard.h"
#include "httpserveradapter.h"
#include "problem.h"

#include <QTcpSocket>

namespace Eventdesk::Api {

// Follows one connection's requests: header block, then Content-Length body bytes, repeat.
class ConnectionWatcher : public QObject
{
public:
    ConnectionWatcher(ConnectionGuard *guard, QTcpSocket *socket)
        : QObject(socket)
        , m_guard(guard)
        , m_socket(socket)
    {
        m_guard->m_watchers.insert(this);
        m_activity.start();
        m_requestStart.start();
        connect(socket, &QTcpSocket::readyRead, this, &ConnectionWatcher::onReadyRead);
        connect(socket, &QTcpSocket::bytesWritten, this, [this] { m_activity.restart(); });
    }
    ~ConnectionWatcher() override
    {
        if (m_guard)
            m_guard->m_watchers.remove(this);
    }

    void checkTimeouts()
    {
        const ConnectionLimits &limits = m_guard->m_limits;
        if (m_phase == Phase::Draining) {
            if (m_activity.hasExpired(2000))
                m_socket->abort();
            return;
        }
        if (m_phase == Phase::Headers && !m_header.isEmpty()
            && m_requestStart.hasExpired(limits.headerTimeoutMs)) {
            reject(problem(408, QStringLiteral("request_timeout"),
                QStringLiteral("The request headers did not arrive in time.")));
        } else if (m_activity.hasExpired(limits.idleTimeoutMs) && m_socket->bytesToWrite() == 0) {
            m_socket->disconnectFromHost();
        }
    }

private:
    enum class Phase { Headers, Body, Draining };

    void onReadyRead()
    {
        m_activity.restart();
        if (m_phase == Phase::Draining) {
            drain();
            return;
        }
        // The HTTP server reads inside a transaction after us; what is available from the
        // current position is exactly what arrived since it last read.
        const QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
        consume(QByteArrayView(fresh));
    }

    void consume(QByteArrayView data)
    {
        while (!data.isEmpty() && m_phase != Phase::Draining) {
            if (m_phase == Phase::Body) {
                const qint64 take = qMin<qint64>(m_bodyRemaining, data.size());
                m_bodyRemaining -= take;
                data = data.sliced(take);
                if (m_bodyRemaining == 0)
                    startRequest();
                continue;
            }
            // Headers: look for the blank line, also across reads.
            const qsizetype before = m_header.size();
            m_header.append(data.first(qMin<qsizetype>(data.size(), 4 * 1024 * 1024)));
            const qsizetype searchFrom = qMax<qsizetype>(0, before - 3);
            const qsizetype end = m_header.indexOf("\r\n\r\n", searchFrom);
            if (end < 0) {
                if (m_header.size() > m_guard->m_limits.maxHeaderBytes)
                    reject(problem(431, QStringLiteral("headers_too_large"),
                        QStringLiteral("The request headers exceed %1 bytes.")
                            .arg(m_guard->m_limits.maxHeaderBytes)));
                return;
            }
            const qsizetype headerLength = end + 4;
            if (headerLength > m_guard->m_limits.maxHeaderBytes) {
                reject(problem(431, QStringLiteral("headers_too_large"),
                    QStringLiteral("The request headers exceed %1 bytes.")
                        .arg(m_guard->m_limits.maxHeaderBytes)));
                return;
            }
            data = data.sliced(headerLength - before);
            const QByteArray block = m_header.left(headerLength);
            m_header.clear();
            if (!inspectHeaders(block))
                return;
        }
    }

    void startRequest()
    {
        m_phase = Phase::Headers;
        m_requestStart.restart();
    }

    // Returns false when the connection was rejected.
    bool inspectHeaders(const QByteArray &block)
    {
        qint64 contentLength = 0;
        bool expectContinue = false;
        // Every request passes here: read the lines in place, without copies.
        QByteArrayView rest(block);
        rest = rest.sliced(rest.indexOf('\n') + 1); // past the request line
        while (!rest.isEmpty()) {
            const qsizetype newline = rest.indexOf('\n');
            const QByteArrayView line = newline < 0 ? rest : rest.first(newline);
            rest = newline < 0 ? QByteArrayView() : rest.sliced(newline + 1);
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArrayView name = line.first(colon).trimmed();
            const QByteArrayView value = line.sliced(colon + 1).trimmed();
            if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
                bool ok = false;
                contentLength = value.toLongLong(&ok);
                if (!ok || contentLength < 0) {
                    reject(problem(400, QStringLiteral("bad_content_length"),
                        QStringLiteral("The Content-Length header is not a number.")));
                    return false;
                }
            } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
                reject(problem(411, QStringLiteral("length_required"),
                    QStringLiteral("Send the body with a Content-Length; chunked "
                                   "transfer encoding is not accepted.")));
                return false;
            } else if (name.compare("expect", Qt::CaseInsensitive) == 0
                && value.compare("100-continue", Qt::CaseInsensitive) == 0) {
                expectContinue = true;
            }
        }
        if (contentLength > m_guard->m_limits.maxBodyBytes) {
            reject(problem(413, QStringLiteral("payload_too_large"),
                QStringLiteral("The body is %1 bytes; the limit is %2 bytes.")
                    .arg(contentLength)
                    .arg(m_guard->m_limits.maxBodyBytes)));
            return false;
        }
        if (expectContinue && contentLength > 0)
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        if (contentLength > 0) {
            m_phase = Phase::Body;
            m_bodyRemaining = contentLength;
        } else {
            startRequest();
        }
        return true;
    }

    void reject(const Response &response)
    {
        m_phase = Phase::Draining;
        if (m_guard->m_httpServer)
            QObject::disconnect(
                m_socket, &QTcpSocket::readyRead, m_guard->m_httpServer.data(), nullptr);
        m_socket->write(toWire(response, false, true));
        drain();
        // Closing while the client still sends would reset the connection and could destroy
        // our answer in its receive buffer; drain (discarding) until it stops, then close.
        QTimer::singleShot(30'000, m_socket, [socket = m_socket] { socket->abort(); });
    }

    void drain()
    {
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        m_socket->skip(m_socket->bytesAvailable());
    }

    QPointer<ConnectionGuard> m_guard;
    QTcpSocket *m_socket;
    Phase m_phase = Phase::Headers;
    QByteArray m_header;
    qint64 m_bodyRemaining = 0;
    QElapsedTimer m_activity;
    QElapsedTimer m_requestStart;
};

ConnectionGuard::ConnectionGuard(ConnectionLimits limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
    m_sweepTimer.setInterval(1000);
    connect(&m_sweepTimer, &QTimer::timeout, this, &ConnectionGuard::sweep);
    m_sweepTimer.start();
}

void ConnectionGuard::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (m_watchers.size() >= m_limits.maxConnections) {
        Response busy = problem(503, QStringLiteral("too_many_connections"),
            QStringLiteral("The server has too many open connections."));
        busy.withHeader("Retry-After", "1");
        socket->write(toWire(busy, false, true));
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        return;
    }
    // Connected before the HTTP server's own handler, so it sees every byte first.
    new ConnectionWatcher(this, socket);
    addPendingConnection(socket);
}

void ConnectionGuard::sweep()
{
    const auto watchers = m_watchers; // a watcher may go while we iterate
    for (ConnectionWatcher *watcher : watchers)
        watcher->checkTimeouts();
}

} // namespace Eventdesk::Api
