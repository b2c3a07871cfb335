// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace Eventdesk::Api {

QByteArray methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return "GET";
    case Method::Head:
        return "HEAD";
    case Method::Post:
        return "POST";
    case Method::Put:
        return "PUT";
    case Method::Patch:
        return "PATCH";
    case Method::Delete:
        return "DELETE";
    case Method::Options:
        return "OPTIONS";
    case Method::Other:
        break;
    }
    return "OTHER";
}

QByteArray Request::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

std::optional<qint64> Request::idParam(const QString &name) const
{
    bool ok = false;
    const qint64 id = param(name).toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

QByteArray Request::bearerToken() const
{
    const QByteArray value = header("authorization").trimmed();
    if (value.size() < 7 || value.left(7).compare("bearer ", Qt::CaseInsensitive) != 0)
        return {};
    return value.mid(7).trimmed();
}

Response Response::json(const QJsonObject &object, int status)
{
    return rawJson(QJsonDocument(object).toJson(QJsonDocument::Compact), status);
}

Response Response::json(const QJsonArray &array, int status)
{
    return rawJson(QJsonDocument(array).toJson(QJsonDocument::Compact), status);
}

Response Response::rawJson(QByteArray body, int status)
{
    return Response {status, QByteArrayLiteral("application/json"), std::move(body), {}};
}

QByteArray bodyETag(const QByteArray &body)
{
    return '"' + QCryptographicHash::hash(body, QCryptographicHash::Sha1).toHex().left(24) + '"';
}

bool ifNoneMatch(const Request &request, const QByteArray &etag)
{
    const QByteArray header = request.header("if-none-match");
    if (header.isEmpty())
        return false;
    for (const QByteArray &tag : header.split(',')) {
        const QByteArray trimmed = tag.trimmed();
        if (trimmed == "*" || trimmed == etag || trimmed == "W/" + etag)
            return true;
    }
    return false;
}

} // namespace Eventdesk::Api
