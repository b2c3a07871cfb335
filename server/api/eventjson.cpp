// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventjson.h"
#include "timeutil.h"

#include <QJsonValue>

namespace Eventdesk::Api {

using namespace Eventdesk::Core;

void appendJsonString(QByteArray &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    const char *begin = utf8.constData();
    const char *run = begin;
    const char *end = begin + utf8.size();
    for (const char *p = begin; p != end; ++p) {
        const unsigned char c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        }
    }
    out.append(run, end - run);
    out += '"';
}

namespace {

void appendDigits(char *at, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        at[i] = char('0' + value % 10);
        value /= 10;
    }
}

void appendTime(QByteArray &out, qint64 msecs)
{
    // The same text as toRfc3339() ("2026-11-23T09:15:27.243Z") without QDateTime, which was a
    // tenth of an uncached list page. Civil date from days: H. Hinnant's days_from_civil inverse.
    if (msecs < -62135596800000LL || msecs > 253402300799999LL) {
        out += '"' + toRfc3339(msecs).toLatin1() + '"';
        return;
    }
    constexpr qint64 day = 86400000;
    qint64 days = msecs / day;
    qint64 rest = msecs % day;
    if (rest < 0) {
        rest += day;
        --days;
    }
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    const qint64 y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    char text[27] = "\"0000-00-00T00:00:00.000Z\"";
    appendDigits(text + 1, y, 4);
    appendDigits(text + 6, m, 2);
    appendDigits(text + 9, d, 2);
    appendDigits(text + 12, rest / 3600000, 2);
    appendDigits(text + 15, rest / 60000 % 60, 2);
    appendDigits(text + 18, rest / 1000 % 60, 2);
    appendDigits(text + 21, rest % 1000, 3);
    out.append(text, 26);
}

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

void appendTimestamp(QByteArray &out, qint64 msecsSinceEpoch)
{
    appendTime(out, msecsSinceEpoch);
}

void appendEvent(QByteArray &out, const Event &e)
{
    out += "{\"id\":" + QByteArray::number(e.id) + ",\"title\":";
    appendJsonString(out, e.title);
    out += ",\"description\":";
    appendJsonString(out, e.description);
    out += ",\"starts_at\":";
    appendTime(out, e.startsAt);
    out += ",\"ends_at\":";
    if (e.endsAt)
        appendTime(out, *e.endsAt);
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
    appendTime(out, c.createdAt);
    out += ",\"updated_at\":";
    appendTime(out, c.updatedAt);
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
