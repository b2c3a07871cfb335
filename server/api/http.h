// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "user.h"

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
    QJsonValue json;                // the parsed body of Body::Json routes (always an object)
    // Who is calling, set by the pipeline from the route's Access before the handler runs:
    // the user of User and Admin routes (and of OptionalUser routes when a token was sent),
    // the app of AppKey routes.
    std::optional<Core::User> user;
    qint64 appId = 0;

    QByteArray header(QByteArrayView name) const; // case-insensitive, first match
    QString param(const QString &name) const { return params.value(name); }
    // A {name:id} path parameter; the router has checked it is a number from 1 to 2^63-1.
    qint64 id(const QString &name = QStringLiteral("id")) const;
    // The signed-in caller (User and Admin routes); 0 for anonymous callers of OptionalUser.
    const Core::User &caller() const { return *user; }
    qint64 userId() const { return user ? user->id : 0; }
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

    // Successful answers have names; errors are Core::Error values that problem() maps.
    static Response json(const QJsonObject &object);
    static Response json(const QJsonArray &array);
    // Already-encoded JSON (the hand-written fast path of the list endpoints).
    static Response rawJson(QByteArray body);
    static Response noContent();
    static Response notModified(QByteArray etag);
    static Response text(QByteArray body, QByteArray contentType)
    {
        return Response {200, std::move(contentType), std::move(body), {}};
    }
    // 201 with the new resource's Location; 202 (queued or stored later).
    Response &created(QByteArray location = {});
    Response &accepted();
};

// What a handler returns: the answer, or the error that problem() turns into one.
using Reply = Core::Result<Response>;

// Answers a request later, from any thread. The socket is guarded: when the client went away
// first, send() drops the answer instead of touching freed memory.
class Responder
{
public:
    using SendFunction = std::function<void(Response)>;
    explicit Responder(SendFunction send)
        : m_send(std::make_shared<SendFunction>(std::move(send)))
    { }
    void send(Reply reply) const; // an Error becomes its problem+json answer

private:
    std::shared_ptr<SendFunction> m_send;
};

// A strong ETag for a body: "<first 24 hex digits of its SHA-1>".
QByteArray bodyETag(const QByteArray &body);
// Whether the request's If-None-Match names etag (or "*"): answer 304 then.
bool ifNoneMatch(const Request &request, const QByteArray &etag);

using Handler = std::function<Reply(const Request &)>;
using AsyncHandler = std::function<void(const Request &, Responder)>;

} // namespace Eventdesk::Api
