// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpserveradapter.h"
#include "connectionguard.h"
#include "problem.h"

#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpSocket>
#include <QThread>

namespace Eventdesk::Api {

namespace {

Method toMethod(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get:
        return Method::Get;
    case M::Head:
        return Method::Head;
    case M::Post:
        return Method::Post;
    case M::Put:
        return Method::Put;
    case M::Patch:
        return Method::Patch;
    case M::Delete:
        return Method::Delete;
    case M::Options:
        return Method::Options;
    default:
        return Method::Other;
    }
}

} // namespace

QByteArray toWire(const Response &response, bool headOnly, bool close)
{
    QByteArray wire;
    wire.reserve(192 + response.body.size());
    wire += "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status).toLatin1() + "\r\n";
    if (!response.contentType.isEmpty())
        wire += "Content-Type: " + response.contentType + "\r\n";
    for (const auto &[name, value] : response.headers)
        wire += name + ": " + value + "\r\n";
    if (response.contentType.startsWith("text/html")) {
        bool hasPolicy = false;
        for (const auto &header : response.headers)
            hasPolicy = hasPolicy
                || header.first.compare("content-security-policy", Qt::CaseInsensitive) == 0;
        if (!hasPolicy)
            wire += "Content-Security-Policy: frame-ancestors 'none'\r\n";
        wire += "X-Frame-Options: DENY\r\n";
    }
    if (response.status != 204 && response.status != 304)
        wire += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (close)
        wire += "Connection: close\r\n";
    wire += "\r\n";
    if (!headOnly && response.status != 204 && response.status != 304)
        wire += response.body;
    return wire;
}

HttpServerAdapter::HttpServerAdapter(Dispatch dispatch, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_dispatch(std::move(dispatch))
{ }

bool HttpServerAdapter::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Request ours;
    ours.method = toMethod(request.method());
    const QUrl url = request.url();
    ours.path = url.path(QUrl::FullyDecoded);
    ours.query = QUrlQuery(url);
    const auto headers = request.headers();
    ours.headers.reserve(headers.size());
    for (const auto &header : headers)
        ours.headers.append({header.first, header.second});
    ours.body = request.body();
    ours.remoteAddress = request.remoteAddress();

    const bool headOnly = ours.method == Method::Head;
    // The guard framed this request: its place in the connection's answer order, and whether it
    // is the last one (Connection: close, HTTP/1.0 without keep-alive).
    const ConnectionGuard::Ticket ticket
        = m_guard ? m_guard->takeRequest(socket) : ConnectionGuard::Ticket {};
    const bool close = ticket.sequence < 0
        ? ours.header("connection").compare("close", Qt::CaseInsensitive) == 0
        : !ticket.keepAlive;
    // The socket may be deleted (client gone) before a late answer: the QPointer, read only on
    // this thread, notices. Late answers are posted to the adapter, which outlives all background
    // work (ApiServer waits for its pool before deleting it).
    QPointer<QTcpSocket> guarded(socket);
    Responder responder([this, guarded, headOnly, close, sequence = ticket.sequence](
                            Response response) {
        auto write = [this, guarded, headOnly, close, sequence, response = std::move(response)] {
            QTcpSocket *target = guarded.data();
            if (!target || target->state() != QAbstractSocket::ConnectedState)
                return;
            if (sequence >= 0 && m_guard) {
                m_guard->answer(target, sequence, toWire(response, headOnly, close));
                return;
            }
            target->write(toWire(response, headOnly, close));
            if (close)
                target->disconnectFromHost();
        };
        if (QThread::currentThread() == thread())
            write();
        else
            QMetaObject::invokeMethod(this, std::move(write), Qt::QueuedConnection);
    });
    m_dispatch(std::move(ours), std::move(responder));
    return true;
}

void HttpServerAdapter::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Unreachable: handleRequest() answers every request (404/405 come from the Router).
    Q_UNUSED(request)
    socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
}

} // namespace Eventdesk::Api
