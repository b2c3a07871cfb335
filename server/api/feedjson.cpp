// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedjson.h"

#include "timeutil.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace Eventdesk::Api {

using namespace Core;

namespace {

QJsonValue timeOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(toRfc3339(ms)) : QJsonValue();
}

} // namespace

QJsonObject feedToJson(const Feed &feed)
{
    return QJsonObject {
        {QStringLiteral("id"), feed.id},
        {QStringLiteral("name"), feed.name},
        {QStringLiteral("url"), feed.location},
        {QStringLiteral("format"), feedFormatName(feed.format)},
        {QStringLiteral("source"), feed.source},
        {QStringLiteral("interval_seconds"), feed.intervalSeconds},
        {QStringLiteral("enabled"), feed.enabled},
        {QStringLiteral("etag"), QString::fromLatin1(feed.etag)},
        {QStringLiteral("last_modified"), QString::fromLatin1(feed.lastModified)},
        {QStringLiteral("last_run_at"), timeOrNull(feed.lastRunAt)},
        {QStringLiteral("last_status"), feed.lastStatus},
        {QStringLiteral("last_error"), feed.lastError},
        {QStringLiteral("last_import_id"),
            feed.lastImportId ? QJsonValue(feed.lastImportId) : QJsonValue()},
        {QStringLiteral("next_run_at"), timeOrNull(feed.nextRunAt)},
        {QStringLiteral("created_at"), timeOrNull(feed.createdAt)},
        {QStringLiteral("updated_at"), timeOrNull(feed.updatedAt)},
    };
}

QJsonObject importToJson(const ImportRun &run)
{
    return QJsonObject {
        {QStringLiteral("id"), run.id},
        {QStringLiteral("feed_id"), run.feedId ? QJsonValue(run.feedId) : QJsonValue()},
        {QStringLiteral("source"), run.source},
        {QStringLiteral("format"), feedFormatName(run.format)},
        {QStringLiteral("status"), run.status},
        {QStringLiteral("added"), run.added},
        {QStringLiteral("updated"), run.updated},
        {QStringLiteral("unchanged"), run.unchanged},
        {QStringLiteral("skipped"), run.skipped},
        {QStringLiteral("error_code"), run.errorCode.isEmpty() ? QJsonValue() : run.errorCode},
        {QStringLiteral("errors"), QJsonArray::fromStringList(run.errors)},
        {QStringLiteral("bytes"), run.bytes},
        {QStringLiteral("started_at"), timeOrNull(run.startedAt)},
        {QStringLiteral("finished_at"), timeOrNull(run.finishedAt)},
        {QStringLiteral("timings"),
            QJsonObject {{QStringLiteral("fetch_ms"), run.fetchMs},
                {QStringLiteral("parse_ms"), run.parseMs},
                {QStringLiteral("commit_ms"), run.commitMs}}},
    };
}

Result<Feed> feedFromJson(const QJsonObject &body, Feed feed, bool creating)
{
    QList<FieldError> fields;
    static const QStringList known = {QStringLiteral("name"), QStringLiteral("url"),
        QStringLiteral("format"), QStringLiteral("interval_seconds"), QStringLiteral("enabled"),
        QStringLiteral("source")};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            fields.append({it.key(), QStringLiteral("unknown field")});
    }
    auto text = [&](const char *key, QString *out) {
        const QString k = QLatin1String(key);
        if (!body.contains(k))
            return;
        if (!body.value(k).isString())
            fields.append({k, QStringLiteral("must be a string")});
        else
            *out = body.value(k).toString().trimmed();
    };
    text("name", &feed.name);
    text("url", &feed.location);
    if (creating)
        text("source", &feed.source);
    else if (body.contains(QLatin1String("source")))
        fields.append({QStringLiteral("source"), QStringLiteral("cannot change after creation")});
    if (body.contains(QLatin1String("format"))) {
        const QString format = body.value(QLatin1String("format")).toString();
        feed.format = feedFormatFromName(format);
        if (feed.format == FeedFormat::Unknown && format != QLatin1String("auto"))
            fields.append(
                {QStringLiteral("format"), QStringLiteral("one of auto, provider, json, ical")});
    }
    if (body.contains(QLatin1String("interval_seconds"))) {
        const QJsonValue v = body.value(QLatin1String("interval_seconds"));
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != double(int(d)))
            fields.append(
                {QStringLiteral("interval_seconds"), QStringLiteral("must be an integer")});
        else
            feed.intervalSeconds = int(d);
    }
    if (body.contains(QLatin1String("enabled"))) {
        if (!body.value(QLatin1String("enabled")).isBool())
            fields.append({QStringLiteral("enabled"), QStringLiteral("must be true or false")});
        else
            feed.enabled = body.value(QLatin1String("enabled")).toBool();
    }
    if (creating) {
        if (!body.contains(QLatin1String("name")))
            fields.append({QStringLiteral("name"), QStringLiteral("required")});
        if (!body.contains(QLatin1String("url")))
            fields.append({QStringLiteral("url"), QStringLiteral("required")});
    }
    if (!fields.isEmpty())
        return Error::invalid(
            QStringLiteral("invalid_feed"), QStringLiteral("The feed has invalid fields."), fields);
    return feed;
}

void appendJsonString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            switch (c) {
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
                out += hex[u >> 4];
                out += hex[u & 15];
            }
        } else {
            out += c;
        }
    }
    out += '"';
}

namespace {

// Civil date from days since 1970-01-01 (H. Hinnant's algorithm): no QDateTime per row.
void civilFromDays(qint64 z, int *year, unsigned *month, unsigned *day)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 y = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *day = doy - (153 * mp + 2) / 5 + 1;
    *month = mp < 10 ? mp + 3 : mp - 9;
    *year = int(y + (*month <= 2));
}

void appendDigits(QByteArray &out, unsigned value, int width)
{
    char buffer[8];
    for (int i = width - 1; i >= 0; --i) {
        buffer[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(buffer, width);
}

// "YYYY-MM-DD","start_time":"HH:MM:SS" pieces of the contract, in UTC.
void appendDateAndTime(QByteArray &out, qint64 ms, const char *timeKey)
{
    qint64 days = ms / 86400000;
    qint64 rest = ms % 86400000;
    if (rest < 0) {
        rest += 86400000;
        --days;
    }
    int year;
    unsigned month, day;
    civilFromDays(days, &year, &month, &day);
    const unsigned seconds = unsigned(rest / 1000);
    out += '"';
    appendDigits(out, unsigned(qBound(0, year, 9999)), 4);
    out += '-';
    appendDigits(out, month, 2);
    out += '-';
    appendDigits(out, day, 2);
    out += "\",\"";
    out += timeKey;
    out += "\":\"";
    appendDigits(out, seconds / 3600, 2);
    out += ':';
    appendDigits(out, seconds / 60 % 60, 2);
    out += ':';
    appendDigits(out, seconds % 60, 2);
    out += '"';
}

void appendPrice(QByteArray &out, const std::optional<double> &price)
{
    if (price)
        out += QByteArray::number(*price, 'f', 2);
    else
        out += "null";
}

} // namespace

QByteArray searchResultJson(const QList<StoredEvent> &events)
{
    QByteArray out;
    out.reserve(64 + events.size() * 220);
    out += "{\"data\":{\"events\":[";
    bool first = true;
    for (const StoredEvent &e : events) {
        if (!first)
            out += ',';
        first = false;
        out += "{\"id\":\"";
        out += e.uuid.toLatin1();
        out += "\",\"title\":";
        appendJsonString(out, e.title);
        out += ",\"start_date\":";
        appendDateAndTime(out, e.startsAt, "start_time");
        out += ",\"end_date\":";
        appendDateAndTime(out, e.endsAt.value_or(e.startsAt), "end_time");
        out += ",\"min_price\":";
        appendPrice(out, e.minPrice);
        out += ",\"max_price\":";
        appendPrice(out, e.maxPrice);
        out += '}';
    }
    out += "]},\"error\":null}";
    return out;
}

QByteArray searchErrorJson(const QString &code, const QString &message)
{
    QByteArray out = "{\"data\":null,\"error\":{\"code\":";
    appendJsonString(out, code);
    out += ",\"message\":";
    appendJsonString(out, message);
    out += "}}";
    return out;
}

} // namespace Eventdesk::Api
