// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "problem.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Eventdesk::Api {

using Core::ErrorKind;

namespace {

// The codes of Invalid errors that are about the request's shape, not its fields' rules.
bool isMalformedRequest(const QString &code)
{
    static const QStringList codes {QStringLiteral("invalid_query"),
        QStringLiteral("malformed_json"), QStringLiteral("invalid_body"),
        QStringLiteral("invalid_batch"), QStringLiteral("empty_body"),
        // GET /search, in its provider's codes
        QStringLiteral("missing_parameter"), QStringLiteral("invalid_parameter"),
        QStringLiteral("invalid_range")};
    return codes.contains(code);
}

} // namespace

Core::Error badRequest(const QString &code, const QString &message, QList<Core::FieldError> fields)
{
    Q_ASSERT(isMalformedRequest(code));
    return Core::Error::invalid(code, message, std::move(fields));
}

int httpStatus(const Core::Error &error)
{
    switch (error.kind) {
    case ErrorKind::Invalid:
        return isMalformedRequest(error.code) ? 400 : 422;
    case ErrorKind::NotFound:
        return 404;
    case ErrorKind::Conflict:
        return 409;
    case ErrorKind::Unauthorized:
        return 401;
    case ErrorKind::Forbidden:
        return 403;
    case ErrorKind::PreconditionFailed:
        return 412;
    case ErrorKind::RateLimited:
        return 429;
    case ErrorKind::TooLarge:
        return 413;
    case ErrorKind::Unsupported:
        return 415;
    case ErrorKind::Unavailable:
        return 503;
    case ErrorKind::Internal:
        break;
    }
    return 500;
}

QString reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QStringLiteral("OK");
    case 201:
        return QStringLiteral("Created");
    case 202:
        return QStringLiteral("Accepted");
    case 204:
        return QStringLiteral("No Content");
    case 304:
        return QStringLiteral("Not Modified");
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 408:
        return QStringLiteral("Request Timeout");
    case 409:
        return QStringLiteral("Conflict");
    case 411:
        return QStringLiteral("Length Required");
    case 412:
        return QStringLiteral("Precondition Failed");
    case 413:
        return QStringLiteral("Content Too Large");
    case 415:
        return QStringLiteral("Unsupported Media Type");
    case 421:
        return QStringLiteral("Misdirected Request");
    case 422:
        return QStringLiteral("Unprocessable Content");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 431:
        return QStringLiteral("Request Header Fields Too Large");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 500:
        return QStringLiteral("Internal Server Error");
    default:
        return status < 400 ? QStringLiteral("OK") : QStringLiteral("Error");
    }
}

QByteArray problemType(const QString &code)
{
    return "urn:eventdesk:problem:" + code.toUtf8();
}

Response problem(
    int status, const QString &code, const QString &detail, const QList<Core::FieldError> &fields)
{
    QJsonObject body {{QStringLiteral("type"), QString::fromUtf8(problemType(code))},
        {QStringLiteral("title"), reasonPhrase(status)}, {QStringLiteral("status"), status},
        {QStringLiteral("code"), code}, {QStringLiteral("detail"), detail}};
    if (!fields.isEmpty()) {
        QJsonArray errors;
        for (const auto &field : fields)
            errors.append(QJsonObject {{QStringLiteral("field"), field.field},
                {QStringLiteral("message"), field.message}});
        body.insert(QStringLiteral("errors"), errors);
    }
    return Response {status, QByteArrayLiteral("application/problem+json"),
        QJsonDocument(body).toJson(QJsonDocument::Compact), {}};
}

Response problem(const Core::Error &error)
{
    const int status = httpStatus(error);
    Response response = problem(status, error.code, error.message, error.fields);
    if (status == 401)
        response.withHeader("WWW-Authenticate", "Bearer realm=\"eventdesk\"");
    if (status == 429 || (status == 503 && error.retryAfterSeconds > 0))
        response.withHeader("Retry-After", QByteArray::number(qMax(1, error.retryAfterSeconds)));
    return response;
}

} // namespace Eventdesk::Api
