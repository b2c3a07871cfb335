// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http.h"

#include <QAbstractHttpServer>
#include <QPointer>

#include <functional>

namespace Eventdesk::Api {

class ConnectionGuard;

// Every call that depends on the Qt HttpServer version (6.4 on Debian 12) lives in this file and
// its .cpp: how a request is read out of QHttpServerRequest, how an answer is written to the
// socket, and how a late answer finds a socket that may be gone. Moving to a newer Qt touches
// only these two files.
class HttpServerAdapter : public QAbstractHttpServer
{
    Q_OBJECT
public:
    // Called on the server's thread for every complete request. Answer through the Responder,
    // now or later, from any thread.
    using Dispatch = std::function<void(Request &&, Responder)>;

    explicit HttpServerAdapter(Dispatch dispatch, QObject *parent = nullptr);

    // The guard in front (ConnectionGuard::setHttpServer calls this): it says whether a request
    // is its connection's last, and writes the answers in request order.
    void setGuard(ConnectionGuard *guard) { m_guard = guard; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Dispatch m_dispatch;
    QPointer<ConnectionGuard> m_guard;
};

// Serialises a response to HTTP/1.1 wire format (used by the adapter and the connection guard).
// HTML answers also get frame-ancestors 'none' and X-Frame-Options: DENY (no clickjacking of
// the /docs page).
QByteArray toWire(const Response &response, bool headOnly, bool close);

} // namespace Eventdesk::Api
