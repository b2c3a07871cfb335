// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventjson.h"
#include "timeutil.h"

#include <QJsonValue>

namespace Eventdesk::Api {

using namespace Eventdesk::Core;

namespace {

void appendPrice(QByteArray &out, const std::optional<double> &price)
{
    if (price)
        out += QByteArray::number(*price, 'g', 15);
    else
        out += "null";
}

Error fieldError(const QString &field, const QString &message)
{
    return Error::invalid(QStringLiteral("validation_failed"),
        QStringLiteral("The body has invalid fields."), {{field, message}});
}

} // namespace

void appendEvent(QByteArray &out, const Event &e)
{
    out += "{\"id\":" + QByteArray::number(e.id) + ",\"title\":";
    appendJsonString(out, e.title);
    out += ",\"description\":";
    appendJsonString(out, e.description);
    out += ",\"starts_at\":";
    appendTimestamp(out, e.startsAt);
    out += ",\"ends_at\":";
    if (e.endsAt)
        appendTimestamp(out, *e.endsAt);
    else
        out += "null";
    out += ",\"location\":";
    appendJsonString(out, e.location);
    out += ",\"category\":";
    appendJsonString(out, e.category);
    out += ",\"owner\":";
    if (e.ownerId != 0)
        appendJsonString(out, e.ownerHandle);
    else
        out += "null";
    out += ",\"participant_count\":" + QByteArray::number(e.participantCount)
        + ",\"joined\":" + (e.joined ? "true" : "false") + ",\"source\":";
    appendJsonString(out, e.source);
    out += ",\"min_price\":";
    appendPrice(out, e.minPrice);
    out += ",\"max_price\":";
    appendPrice(out, e.maxPrice);
    out += ",\"sold_out\":";
    out += e.soldOut ? "true" : "false";
    out += ",\"editable\":";
    out += e.isImported() ? "false" : "true";
    out += ",\"version\":" + QByteArray::number(e.version) + '}';
}

QByteArray encodeEvent(const Event &event)
{
    QByteArray out;
    out.reserve(512 + event.description.size());
    appendEvent(out, event);
    return out;
}

QByteArray encodeEventPage(const EventPage &page)
{
    QByteArray out;
    out.reserve(64 + page.items.size() * 512);
    out += "{\"items\":[";
    bool first = true;
    for (const Event &event : page.items) {
        if (!first)
            out += ',';
        first = false;
        appendEvent(out, event);
    }
    out += "],\"next_cursor\":";
    if (page.nextCursor.isEmpty())
        out += "null";
    else
        appendJsonString(out, page.nextCursor);
    out += '}';
    return out;
}

QByteArray encodeParticipation(const Participation &p)
{
    return "{\"event_id\":" + QByteArray::number(p.eventId)
        + ",\"joined\":" + (p.joined ? "true" : "false")
        + ",\"participant_count\":" + QByteArray::number(p.participantCount) + '}';
}

void appendComment(QByteArray &out, const Comment &c)
{
    out += "{\"id\":" + QByteArray::number(c.id) + ",\"event_id\":" + QByteArray::number(c.eventId)
        + ",\"author\":";
    appendJsonString(out, c.authorName);
    out += ",\"body\":";
    appendJsonString(out, c.body);
    out += ",\"source\":";
    appendJsonString(out, c.source);
    out += ",\"created_at\":";
    appendTimestamp(out, c.createdAt);
    out += ",\"updated_at\":";
    appendTimestamp(out, c.updatedAt);
    out += '}';
}

QByteArray encodeComment(const Comment &comment)
{
    QByteArray out;
    appendComment(out, comment);
    return out;
}

QByteArray encodeCommentPage(const CommentPage &page)
{
    QByteArray out = "{\"items\":[";
    bool first = true;
    for (const Comment &comment : page.items) {
        if (!first)
            out += ',';
        first = false;
        appendComment(out, comment);
    }
    out += "],\"next_cursor\":";
    if (page.nextCursor.isEmpty())
        out += "null";
    else
        appendJsonString(out, page.nextCursor);
    out += '}';
    return out;
}

Result<EventDraft> decodeDraft(const QJsonObject &body, EventDraft base, bool partial)
{
    QList<FieldError> fields;
    auto text = [&](const QString &name, QString *target) {
        const QJsonValue value = body.value(name);
        if (value.isUndefined())
            return;
        if (!value.isString())
            fields.append({name, QStringLiteral("must be a string")});
        else
            *target = value.toString();
    };
    text(QStringLiteral("title"), &base.title);
    text(QStringLiteral("description"), &base.description);
    text(QStringLiteral("location"), &base.location);
    text(QStringLiteral("category"), &base.category);
    if (!partial && !body.contains(QStringLiteral("title")))
        fields.append({QStringLiteral("title"), QStringLiteral("is required")});

    const QJsonValue starts = body.value(QStringLiteral("starts_at"));
    if (starts.isUndefined()) {
        if (!partial)
            fields.append({QStringLiteral("starts_at"), QStringLiteral("is required")});
    } else if (const auto parsed
        = starts.isString() ? parseTimestamp(starts.toString()) : std::nullopt) {
        base.startsAt = parsed->toMSecsSinceEpoch();
    } else {
        fields.append({QStringLiteral("starts_at"),
            QStringLiteral("must be an RFC 3339 timestamp such as 2026-11-23T09:15:00Z")});
    }
    const QJsonValue ends = body.value(QStringLiteral("ends_at"));
    if (ends.isNull()) {
        base.endsAt.reset();
    } else if (!ends.isUndefined()) {
        if (const auto parsed = ends.isString() ? parseTimestamp(ends.toString()) : std::nullopt)
            base.endsAt = parsed->toMSecsSinceEpoch();
        else
            fields.append({QStringLiteral("ends_at"),
                QStringLiteral("must be an RFC 3339 timestamp or null")});
    }
    if (!fields.isEmpty())
        return Error::invalid(QStringLiteral("validation_failed"),
            QStringLiteral("The body has invalid fields."), fields);
    return base;
}

Result<QString> decodeCommentBody(const QJsonObject &body)
{
    const QJsonValue value = body.value(QStringLiteral("body"));
    if (value.isUndefined())
        return fieldError(QStringLiteral("body"), QStringLiteral("is required"));
    if (!value.isString())
        return fieldError(QStringLiteral("body"), QStringLiteral("must be a string"));
    return value.toString();
}

QByteArray eventETag(qint64 version)
{
    return '"' + QByteArray::number(version) + '"';
}

std::optional<QList<qint64>> parseIfMatch(const QByteArray &header)
{
    QList<qint64> versions;
    for (QByteArray part : header.split(',')) {
        part = part.trimmed();
        if (part == "*")
            return std::nullopt;
        if (part.startsWith("W/"))
            continue; // If-Match uses the strong comparison: a weak tag never matches
        if (part.size() < 3 || !part.startsWith('"') || !part.endsWith('"'))
            continue;
        bool ok = false;
        const qint64 version = part.mid(1, part.size() - 2).toLongLong(&ok);
        if (ok)
            versions.append(version);
    }
    return versions;
}

} // namespace Eventdesk::Api
