// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestguard.h"
#include "jsonview.h"
#include "problem.h"

#include <QJsonDocument>

namespace Eventdesk::Api {

bool RequestGuard::isAllowedHost(const QByteArray &hostHeader) const
{
    QByteArray host = hostHeader.trimmed().toLower();
    // Strip the port: "[::1]:8085" -> "[::1]", "localhost:8085" -> "localhost".
    const qsizetype colon = host.lastIndexOf(':');
    if (colon > 0 && host.indexOf(']', colon) < 0) {
        bool ok = false;
        const uint port = host.mid(colon + 1).toUInt(&ok);
        if (!ok || (m_port != 0 && port != m_port))
            return false;
        host.truncate(colon);
    }
    return m_hosts.contains(host);
}

bool RequestGuard::isAllowedOrigin(const QByteArray &origin) const
{
    const QByteArray lower = origin.trimmed().toLower();
    if (m_origins.contains(lower))
        return true;
    // The server's own pages (the /docs page) are same-origin.
    for (const QByteArray &host : m_hosts) {
        if (lower == "http://" + host + ':' + QByteArray::number(m_port))
            return true;
    }
    return false;
}

QList<QByteArray> RequestGuard::allowedOrigins() const
{
    return m_origins.values();
}

std::optional<Response> RequestGuard::checkHeaders(const Request &request) const
{
    const QByteArray host = request.header("host");
    if (host.isEmpty())
        return problem(
            400, QStringLiteral("host_required"), QStringLiteral("The Host header is required."));
    if (!isAllowedHost(host))
        return problem(421, QStringLiteral("host_not_allowed"),
            QStringLiteral("This server does not answer to the host '%1'.")
                .arg(QString::fromLatin1(host)));
    // Calendar feeds (/cal/) are read by calendar apps, which send no Origin; the token in the
    // path is the credential and nothing there changes state, so browsers' Origin rules do not
    // apply to them. The Host check above does.
    const QByteArray origin = request.header("origin");
    if (!origin.isEmpty() && !request.path.startsWith(QStringLiteral("/cal/"))
        && !isAllowedOrigin(origin))
        return problem(403, QStringLiteral("origin_not_allowed"),
            QStringLiteral("Requests from the origin '%1' are not allowed.")
                .arg(QString::fromLatin1(origin)));
    return std::nullopt;
}

std::optional<Response> RequestGuard::checkJsonMediaType(const Request &request)
{
    const QByteArray contentType = request.header("content-type");
    QByteArrayView mediaType(contentType);
    if (const qsizetype parameters = mediaType.indexOf(';'); parameters >= 0)
        mediaType = mediaType.first(parameters);
    mediaType = mediaType.trimmed();
    const bool json = mediaType.compare("application/json", Qt::CaseInsensitive) == 0
        || (mediaType.size() > 5 && mediaType.last(5).compare("+json", Qt::CaseInsensitive) == 0);
    if (!json)
        return problem(415, QStringLiteral("unsupported_media_type"),
            QStringLiteral("Send the body as application/json (got '%1').")
                .arg(QString::fromLatin1(contentType)));
    return std::nullopt;
}

std::optional<Response> RequestGuard::parseJsonBody(const Request &request, QJsonValue *out)
{
    if (request.body.trimmed().isEmpty()) {
        *out = QJsonObject();
        return std::nullopt;
    }
    if (auto refused = checkJsonMediaType(request))
        return refused;
    Core::JsonError error;
    const QJsonDocument document = Core::readJson(request.body, &error);
    if (!error.ok())
        return problem(400, QStringLiteral("malformed_json"),
            QStringLiteral("The body is not valid JSON: %1 at offset %2.")
                .arg(error.message)
                .arg(error.offset));
    *out = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    return std::nullopt;
}

} // namespace Eventdesk::Api
