// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http.h"
#include "problem.h"

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

qint64 Request::id(const QString &name) const
{
    return param(name).toLongLong();
}

QByteArray Request::bearerToken() const
{
    const QByteArray value = header("authorization").trimmed();
    if (value.size() < 7 || value.left(7).compare("bearer ", Qt::CaseInsensitive) != 0)
        return {};
    return value.mid(7).trimmed();
}

Response Response::json(const QJsonObject &object)
{
    return rawJson(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Response Response::json(const QJsonArray &array)
{
    return rawJson(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

Response Response::rawJson(QByteArray body)
{
    return Response {200, QByteArrayLiteral("application/json"), std::move(body), {}};
}

Response Response::noContent()
{
    return Response {204, {}, {}, {}};
}

Response Response::notModified(QByteArray etag)
{
    Response response {304, {}, {}, {}};
    response.withHeader("ETag", std::move(etag));
    return response;
}

Response &Response::created(QByteArray location)
{
    status = 201;
    if (!location.isEmpty())
        withHeader("Location", std::move(location));
    return *this;
}

Response &Response::accepted()
{
    status = 202;
    return *this;
}

void Responder::send(Reply reply) const
{
    if (!m_send || !*m_send)
        return;
    (*m_send)(reply ? std::move(reply).value() : problem(reply.error()));
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
