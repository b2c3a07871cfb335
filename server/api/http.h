// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace Eventdesk::Api {

// Request and response as the controllers see them: plain values with nothing of the Qt
// HttpServer version in them (that lives in HttpServerAdapter alone).
enum class Method { Get, Head, Post, Put, Patch, Delete, Options, Other };

QByteArray methodName(Method method);

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct Request
{
    Method method = Method::Get;
    QString path;
    QUrlQuery query;
    HeaderList headers; // names as sent
    QByteArray body;
    QHostAddress remoteAddress;
    QHash<QString, QString> params; // {name} segments of the matched route
    QJsonValue json;                // the parsed body of Body::Json routes (an object or an array)

    QByteArray header(QByteArrayView name) const; // case-insensitive, first match
    QString param(const QString &name) const { return params.value(name); }
    // A positive integer id from the path ("/events/{id}"); nullopt for anything else.
    std::optional<qint64> idParam(const QString &name = QStringLiteral("id")) const;
    QString queryValue(const QString &name) const
    {
        return query.queryItemValue(name, QUrl::FullyDecoded);
    }
    bool hasQuery(const QString &name) const { return query.hasQueryItem(name); }
    QByteArray bearerToken() const; // empty unless "Authorization: Bearer <token>"
};

struct Response
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    HeaderList headers;

    Response &withHeader(QByteArray name, QByteArray value)
    {
        headers.append({std::move(name), std::move(value)});
        return *this;
    }

    static Response json(const QJsonObject &object, int status = 200);
    static Response json(const QJsonArray &array, int status = 200);
    // Already-encoded JSON (the hand-written fast path of the list endpoints).
    static Response rawJson(QByteArray body, int status = 200);
    static Response noContent() { return Response {204, {}, {}, {}}; }
    static Response text(QByteArray body, QByteArray contentType, int status = 200)
    {
        return Response {status, std::move(contentType), std::move(body), {}};
    }
};

// Answers a request later, from any thread. The socket is guarded: when the client went away
// first, send() drops the answer instead of touching freed memory.
class Responder
{
public:
    using SendFunction = std::function<void(Response)>;
    explicit Responder(SendFunction send)
        : m_send(std::make_shared<SendFunction>(std::move(send)))
    { }
    void send(Response response) const
    {
        if (m_send && *m_send)
            (*m_send)(std::move(response));
    }

private:
    std::shared_ptr<SendFunction> m_send;
};

// A strong ETag for a body: "<first 24 hex digits of its SHA-1>".
QByteArray bodyETag(const QByteArray &body);
// Whether the request's If-None-Match names etag (or "*"): answer 304 then.
bool ifNoneMatch(const Request &request, const QByteArray &etag);

using Handler = std::function<Response(const Request &)>;
using AsyncHandler = std::function<void(const Request &, Responder)>;

} // namespace Eventdesk::Api
