// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionguard.h"
#include "httpframing.h"
#include "httpserveradapter.h"
#include "problem.h"

#include <QElapsedTimer>
#include <QQueue>
#include <QSocketNotifier>
#include <QTcpSocket>
#include <QVarLengthArray>

#include <cerrno>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <map>
#include <optional>
#include <set>

namespace Eventdesk::Api {

// Follows one connection: frames its byte stream as it arrives (before Qt HttpServer reads it),
// stops Qt at a refused request or after the last one, and writes the answers in request order.
//
// Qt reads inside its own readyRead handler, at most one request per call (it re-emits readyRead
// when bytes remain). The watcher has one handler before Qt's (frames the fresh bytes, and stops
// Qt once it has read up to where it must stop) and one after it (notes what Qt left unread, so
// the next call knows which bytes are fresh).
class ConnectionWatcher : public QObject
{
public:
    ConnectionWatcher(ConnectionGuard *guard, QTcpSocket *socket)
        : QObject(socket)
        , m_guard(guard)
        , m_socket(socket)
        , m_framer(FramingLimits {guard->m_limits.maxBodyBytes, guard->m_limits.maxHeaderBytes})
    {
        m_guard->m_watchers.insert(socket, this);
        m_activity.start();
        m_requestStart.start();
        connect(socket, &QTcpSocket::readyRead, this, &ConnectionWatcher::beforeHttpServer);
        connect(socket, &QTcpSocket::bytesWritten, this, [this] { m_activity.restart(); });
    }
    ~ConnectionWatcher() override
    {
        if (m_guard)
            m_guard->m_watchers.remove(m_socket);
    }

    // After the HTTP server connected its own handler.
    void connectAfterHttpServer()
    {
        connect(m_socket, &QTcpSocket::readyRead, this, [this] {
            m_unread = m_socket->bytesAvailable();
            checkStop(); // Qt may have just read up to where it must stop
        });
    }

    void forgetGuard() { m_guard = nullptr; }

    ConnectionGuard::Ticket takeRequest()
    {
        if (m_framed.isEmpty())
            return {};
        return m_framed.dequeue();
    }

    void answer(qint64 sequence, QByteArray wire)
    {
        if (sequence < m_nextToWrite || m_closed)
            return;
        if (sequence == m_nextToWrite) {
            // Its turn (the usual case): written at once, without queueing it first.
            writeNext(wire);
        } else {
            m_ready.emplace(sequence, std::move(wire));
        }
        flush();
    }

    void checkTimeouts()
    {
        const ConnectionLimits &limits = m_guard->m_limits;
        if (m_draining) {
            if (m_activity.hasExpired(2000))
                m_socket->abort();
            return;
        }
        const bool waitingForAnswers = m_nextToWrite < m_nextSequence;
        const bool fresh = m_nextSequence == 0; // accepted, no request yet
        if (m_framer.inHeaders() && (fresh || !m_framer.idle())
            && m_requestStart.hasExpired(limits.headerTimeoutMs) && !waitingForAnswers) {
            refuse(problem(408, QStringLiteral("request_timeout"),
                       QStringLiteral("The request headers did not arrive in time.")),
                m_framer.idle());
        } else if (!waitingForAnswers && m_activity.hasExpired(limits.idleTimeoutMs)
            && m_socket->bytesToWrite() == 0) {
            m_socket->disconnectFromHost();
        }
    }

private:
    void beforeHttpServer()
    {
        m_activity.restart();
        if (m_draining) {
            drain();
            return;
        }
        const qint64 available = m_socket->bytesAvailable();
        const qint64 fresh = available - m_unread;
        if (fresh > 0) {
            m_arrived += fresh;
            if (m_stopAt < 0) {
                // The HTTP server reads inside a transaction after us; everything from the
                // current position on is unread, and the last `fresh` bytes are new. (Most
                // requests fit the stack buffer: no allocation per request.)
                QVarLengthArray<char, 4096> unread(available);
                const qint64 peeked = m_socket->peek(unread.data(), available);
                if (peeked > 0)
                    frame(QByteArrayView(unread.data(), peeked)
                              .sliced(qMax<qint64>(0, peeked - fresh)));
            }
        }
        m_unread = available;
        checkStop();
    }

    void frame(QByteArrayView data)
    {
        while (!data.isEmpty() && m_stopAt < 0) {
            switch (m_framer.next(data)) {
            case HttpFramer::Step::NeedMore:
                return;
            case HttpFramer::Step::Head: {
                const RequestHead &head = m_framer.head();
                const qint64 sequence = m_nextSequence++;
                m_framed.enqueue({sequence, head.keepAlive});
                m_lastKeepAlive = head.keepAlive;
                if (!head.keepAlive)
                    m_finalSequence = sequence;
                if (head.contentLength == 0) {
                    requestDone();
                } else if (head.expectContinue) {
                    m_continueWanted.insert(sequence);
                    flush();
                }
                break;
            }
            case HttpFramer::Step::RequestDone:
                requestDone();
                break;
            case HttpFramer::Step::Refused: {
                const RequestHead &head = m_framer.head();
                m_refusal = problem(head.status, QString::fromLatin1(head.code), head.detail);
                m_stopAt = m_requestEnd; // Qt still answers the complete requests before it
                return;
            }
            }
        }
    }

    void requestDone()
    {
        m_requestEnd = m_framer.offset();
        m_requestStart.restart();
        if (!m_lastKeepAlive)
            m_stopAt = m_requestEnd; // the connection ends with this request's answer
    }

    // Once the HTTP server has read everything before m_stopAt it must read nothing more.
    void checkStop()
    {
        if (m_stopAt < 0 || m_draining)
            return;
        const qint64 readByHttpServer = m_arrived - m_socket->bytesAvailable();
        if (readByHttpServer < m_stopAt)
            return;
        if (m_refusal) {
            const Response refusal = std::move(*m_refusal);
            m_refusal.reset();
            refuse(refusal, false);
        } else {
            stopHttpServer();
            m_draining = true;
            drain();
        }
    }

    void stopHttpServer()
    {
        if (m_guard && m_guard->m_httpServer)
            QObject::disconnect(
                m_socket, &QTcpSocket::readyRead, m_guard->m_httpServer.data(), nullptr);
    }

    // Answers in turn (after every earlier answer), then closes. When the client may still be
    // sending, closing would reset the connection and could destroy the answer in its receive
    // buffer: drain (discarding) until it stops, then close (checkTimeouts).
    void refuse(const Response &response, bool closeAtOnce)
    {
        stopHttpServer();
        m_draining = true;
        m_closeAtOnce = closeAtOnce;
        m_framed.clear();
        m_finalSequence = m_nextSequence++;
        answer(m_finalSequence, toWire(response, false, true));
        drain();
        QTimer::singleShot(30'000, m_socket, [socket = m_socket] { socket->abort(); });
    }

    void flush()
    {
        while (!m_closed) {
            const auto ready = m_ready.find(m_nextToWrite);
            if (ready == m_ready.end()) {
                // Its body is awaited: the interim answer, now that it is this request's turn.
                if (!m_continueWanted.empty() && m_continueWanted.erase(m_nextToWrite))
                    m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                return;
            }
            const QByteArray wire = std::move(ready->second);
            m_ready.erase(ready);
            writeNext(wire);
        }
    }

    // Writes the answer whose turn it is (m_nextToWrite) and moves the turn on.
    void writeNext(const QByteArray &wire)
    {
        m_socket->write(wire);
        if (!m_continueWanted.empty())
            m_continueWanted.erase(m_nextToWrite);
        if (m_nextToWrite++ == m_finalSequence) {
            m_closed = true;
            m_ready.clear();
            if (!m_draining || m_closeAtOnce)
                m_socket->disconnectFromHost();
        }
    }

    void drain()
    {
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        m_socket->skip(m_socket->bytesAvailable());
        m_unread = 0;
    }

    QPointer<ConnectionGuard> m_guard;
    QTcpSocket *m_socket;
    HttpFramer m_framer;
    qint64 m_arrived = 0;    // bytes received on the connection
    qint64 m_unread = 0;     // of those, left unread by the HTTP server when it last read
    qint64 m_requestEnd = 0; // stream offset after the last complete request
    qint64 m_stopAt = -1;    // the HTTP server reads nothing at or after this offset
    bool m_lastKeepAlive = true;
    qint64 m_finalSequence = -1; // the connection closes after this answer
    std::optional<Response> m_refusal;
    bool m_draining = false;
    bool m_closeAtOnce = false;
    bool m_closed = false;
    // Answer order: a sequence number per request, in stream order.
    QQueue<ConnectionGuard::Ticket> m_framed; // framed, not yet handed to the HTTP server
    qint64 m_nextSequence = 0;
    qint64 m_nextToWrite = 0;
    std::map<qint64, QByteArray> m_ready;
    std::set<qint64> m_continueWanted;
    QElapsedTimer m_activity;
    QElapsedTimer m_requestStart;
};

qint64 ConnectionGuard::raiseFileLimit()
{
    static const qint64 soft = [] {
        rlimit limit {};
        if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
            return qint64(1024);
        if (limit.rlim_cur != limit.rlim_max) {
            rlimit raised = limit;
            raised.rlim_cur = limit.rlim_max;
            if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
                limit = raised;
        }
        return limit.rlim_cur == RLIM_INFINITY ? std::numeric_limits<qint64>::max()
                                               : qint64(limit.rlim_cur);
    }();
    return soft;
}

ConnectionGuard::ConnectionGuard(ConnectionLimits limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
    // Every connection costs one descriptor; SQLite, the window and the fetcher need others.
    // Keep an eighth of the limit (at least 32) for them.
    const qint64 files = raiseFileLimit();
    const qint64 reserve = qMax<qint64>(32, files / 8);
    m_cap = int(qMax<qint64>(1, qMin<qint64>(m_limits.maxConnections, files - reserve)));
    m_sweepTimer.setInterval(qBound(20, m_limits.headerTimeoutMs / 4, 1000));
    connect(&m_sweepTimer, &QTimer::timeout, this, &ConnectionGuard::sweep);
    m_sweepTimer.start();
    m_spareDescriptor = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
}

ConnectionGuard::~ConnectionGuard()
{
    // Sockets (and their watchers) outlive this body: QTcpServer's destructor deletes pending
    // ones and QObject's the rest, after m_watchers is gone.
    for (ConnectionWatcher *watcher : std::as_const(m_watchers))
        watcher->forgetGuard();
    m_watchers.clear();
    if (m_spareDescriptor >= 0)
        ::close(m_spareDescriptor);
}

void ConnectionGuard::setHttpServer(HttpServerAdapter *server)
{
    m_httpServer = server;
    server->setGuard(this);
}

bool ConnectionGuard::listen(const QHostAddress &address, quint16 port)
{
    if (!QTcpServer::listen(address, port))
        return false;
    // Qt's own accept loop stays off; ours runs on the same listening socket.
    pauseAccepting();
    m_acceptNotifier = new QSocketNotifier(socketDescriptor(), QSocketNotifier::Read, this);
    connect(m_acceptNotifier, &QSocketNotifier::activated, this, &ConnectionGuard::acceptWaiting);
    return true;
}

void ConnectionGuard::acceptWaiting()
{
    for (int accepted = 0; accepted < 64; ++accepted) {
        const int descriptor = ::accept4(int(socketDescriptor()), nullptr, nullptr, SOCK_CLOEXEC);
        if (descriptor >= 0) {
            incomingConnection(descriptor);
            continue;
        }
        if (errno == EINTR || errno == ECONNABORTED)
            continue;
        if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM)
            refuseForLackOfDescriptors();
        return; // EAGAIN: nothing more waiting
    }
}

void ConnectionGuard::refuseForLackOfDescriptors()
{
    // The waiting connections stay in the kernel's queue and the listening socket stays
    // readable: accepting again at once would spin. Answer them 503 through the spare
    // descriptor, then pause until connections have had time to end.
    ++m_acceptPauses;
    Response busy = problem(503, QStringLiteral("too_many_connections"),
        QStringLiteral("The server is out of file descriptors."));
    busy.withHeader("Retry-After", "1");
    const QByteArray wire = toWire(busy, false, true);
    for (int refused = 0; refused < 64 && m_spareDescriptor >= 0; ++refused) {
        ::close(m_spareDescriptor);
        const int descriptor = ::accept4(int(socketDescriptor()), nullptr, nullptr, SOCK_CLOEXEC);
        if (descriptor >= 0) {
            // Read what the client sent already, so closing does not reset the connection (which
            // could destroy the answer before the client reads it).
            char discard[4096];
            (void)!::recv(descriptor, discard, sizeof discard, MSG_DONTWAIT);
            (void)!::send(
                descriptor, wire.constData(), size_t(wire.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
            ::shutdown(descriptor, SHUT_WR);
            ::close(descriptor);
        }
        m_spareDescriptor = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
        if (descriptor < 0)
            break;
    }
    m_acceptNotifier->setEnabled(false);
    QTimer::singleShot(m_limits.acceptPauseMs, this, [this] {
        if (m_acceptNotifier)
            m_acceptNotifier->setEnabled(true);
    });
}

void ConnectionGuard::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (m_watchers.size() >= m_cap) {
        Response busy = problem(503, QStringLiteral("too_many_connections"),
            QStringLiteral("The server has too many open connections."));
        busy.withHeader("Retry-After", "1");
        socket->write(toWire(busy, false, true));
        socket->disconnectFromHost();
        if (socket->state() == QAbstractSocket::UnconnectedState)
            socket->deleteLater();
        else
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        return;
    }
    // Connected before the HTTP server's own handler, so it sees every byte first.
    auto *watcher = new ConnectionWatcher(this, socket);
    addPendingConnection(socket); // the HTTP server takes it (and connects) right away
    watcher->connectAfterHttpServer();
}

ConnectionGuard::Ticket ConnectionGuard::takeRequest(QTcpSocket *socket)
{
    ConnectionWatcher *watcher = m_watchers.value(socket);
    return watcher ? watcher->takeRequest() : Ticket {};
}

void ConnectionGuard::answer(QTcpSocket *socket, qint64 sequence, QByteArray wire)
{
    if (ConnectionWatcher *watcher = m_watchers.value(socket))
        watcher->answer(sequence, std::move(wire));
}

void ConnectionGuard::sweep()
{
    const auto sockets = m_watchers.keys(); // a watcher may go while we iterate
    for (QTcpSocket *socket : sockets) {
        if (ConnectionWatcher *watcher = m_watchers.value(socket))
            watcher->checkTimeouts();
    }
}

} // namespace Eventdesk::Api
