// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trackjson.h"
#include "timeutil.h"

#include <QJsonArray>

namespace Eventdesk::Api::TrackJson {

QByteArray encodeEvent(const Core::TrackedEvent &event)
{
    QByteArray out;
    out.reserve(160 + event.data.size());
    out += "{\"id\":" + QByteArray::number(event.id)
        + ",\"app_id\":" + QByteArray::number(event.appId) + ",\"session_id\":";
    appendJsonString(out, event.sessionId);
    out += ",\"category\":";
    appendJsonString(out, event.category);
    out += ",\"name\":";
    appendJsonString(out, event.name);
    out += ",\"data\":" + (event.data.isEmpty() ? QByteArray("{}") : event.data);
    out += ",\"timestamp\":";
    appendTimestamp(out, event.occurredAt);
    out += ",\"received_at\":";
    appendTimestamp(out, event.receivedAt);
    out += ",\"event_id\":";
    if (event.clientEventId.isEmpty())
        out += "null";
    else
        appendJsonString(out, event.clientEventId);
    out += '}';
    return out;
}

QByteArray encodeReasons(const QList<Core::FieldError> &reasons)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < reasons.size(); ++i) {
        out += i ? ",{\"field\":" : "{\"field\":";
        appendJsonString(out, reasons.at(i).field);
        out += ",\"message\":";
        appendJsonString(out, reasons.at(i).message);
        out += '}';
    }
    out += ']';
    return out;
}

QByteArray encodeError(const Core::TrackingError &error)
{
    QByteArray out = "{\"id\":" + QByteArray::number(error.id)
        + ",\"app_id\":" + (error.appId ? QByteArray::number(error.appId) : QByteArray("null"))
        + ",\"received_at\":";
    appendJsonString(out, Core::toRfc3339(error.receivedAt));
    // The payload as sent, as a string: it may not even be an object.
    out += ",\"payload\":";
    appendJsonString(out, QString::fromUtf8(error.payload));
    out += ",\"reasons\":" + encodeReasons(error.reasons) + '}';
    return out;
}

QJsonObject encodeApp(const Core::App &app)
{
    return QJsonObject {{QStringLiteral("id"), app.id}, {QStringLiteral("name"), app.name},
        {QStringLiteral("key_hint"), app.keyHint},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(app.scopes)},
        {QStringLiteral("created_at"), Core::toRfc3339(app.createdAt)},
        {QStringLiteral("revoked_at"),
            app.revokedAt ? QJsonValue(Core::toRfc3339(app.revokedAt)) : QJsonValue()}};
}

QJsonObject encodeType(const Core::EventType &type)
{
    return QJsonObject {{QStringLiteral("category"), type.category},
        {QStringLiteral("name"), type.name}, {QStringLiteral("rules"), type.rules},
        {QStringLiteral("built_in"), type.builtIn}};
}

QByteArray encodeCursor(qint64 time, qint64 id)
{
    return QByteArray(QByteArray::number(time) + ':' + QByteArray::number(id))
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<std::pair<qint64, qint64>> decodeCursor(QStringView cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split(':');
    if (parts.size() != 2)
        return std::nullopt;
    bool timeOk = false;
    bool idOk = false;
    const qint64 time = parts.at(0).toLongLong(&timeOk);
    const qint64 id = parts.at(1).toLongLong(&idOk);
    if (!timeOk || !idOk)
        return std::nullopt;
    return std::pair(time, id);
}

} // namespace Eventdesk::Api::TrackJson
