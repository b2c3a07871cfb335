// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http.h"
#include "router.h"

#include <QJsonValue>
#include <QSet>

#include <optional>

namespace Eventdesk::Api {

// Request-level checks that run before any handler: DNS rebinding (Host), cross-site requests
// from browsers (Origin) and the body's media type and syntax. Size limits are enforced earlier,
// on the socket, by ConnectionGuard, so an oversized body is never buffered.
class RequestGuard
{
public:
    // Hosts the server answers to, without port: 127.0.0.1, localhost, [::1] and the bind address.
    void setPort(quint16 port) { m_port = port; }
    void addAllowedHost(const QByteArray &host) { m_hosts.insert(host.toLower()); }
    void addAllowedOrigin(const QByteArray &origin) { m_origins.insert(origin.toLower()); }
    QList<QByteArray> allowedOrigins() const;

    std::optional<Response> checkHeaders(const Request &request) const;
    bool isAllowedOrigin(const QByteArray &origin) const;

    // For Body::Json routes: 415 unless Content-Type is JSON, 400 for malformed JSON or a body
    // that is not an object or array. An empty body is read as an empty object.
    static std::optional<Response> parseJsonBody(const Request &request, QJsonValue *out);
    // 415 unless Content-Type is application/json or +json.
    static std::optional<Response> checkJsonMediaType(const Request &request);

private:
    bool isAllowedHost(const QByteArray &hostHeader) const;
    quint16 m_port = 0;
    QSet<QByteArray> m_hosts {"127.0.0.1", "localhost", "[::1]"};
    QSet<QByteArray> m_origins;
};

} // namespace Eventdesk::Api
