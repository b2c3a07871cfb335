// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "icalendarparser.h"

#include "timeutil.h"

#include <QDateTime>
#include <QHash>
#include <QIODevice>
#include <QSet>
#include <QTimeZone>

#include <libical/ical.h>

#include <memory>

namespace Eventdesk::Feeds {

using namespace Core;

namespace {

constexpr qint64 icalCap = 64LL * 1024 * 1024;
constexpr qint64 dayMs = 24LL * 3600 * 1000;
constexpr int maxIterations = 1000000;

struct CalendarDeleter
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};

QString text(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

const char *tzidOf(icalproperty *property)
{
    if (!property)
        return nullptr;
    icalparameter *p = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER);
    return p ? icalparameter_get_tzid(p) : nullptr;
}

// A libical time, in the zone named by tzid, as UTC milliseconds.
std::optional<qint64> toUtcMs(icaltimetype t, const char *tzid, icalcomponent *calendar)
{
    if (icaltime_is_null_time(t) || !icaltime_is_valid_time(t))
        return std::nullopt;
    const QDate date(t.year, t.month, t.day);
    const QTime time = t.is_date ? QTime(0, 0) : QTime(t.hour, t.minute, t.second);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    if (t.is_date || icaltime_is_utc(t) || !tzid)
        return QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch();
    if (calendar) {
        if (icaltimezone *zone = icalcomponent_get_timezone(calendar, tzid))
            return qint64(icaltime_as_timet_with_zone(t, zone)) * 1000;
    }
    const QTimeZone zone {QByteArray(tzid)};
    if (!zone.isValid())
        return std::nullopt;
    return QDateTime(date, time, zone).toMSecsSinceEpoch();
}

QString occurrenceKey(const QString &uid, qint64 startMs)
{
    return uid + u'/'
        + QDateTime::fromMSecsSinceEpoch(startMs, QTimeZone::utc())
              .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

} // namespace

Result<void> ICalendarParser::parse(QIODevice &input, FeedSink &sink, const ParseOptions &options)
{
    const qint64 cap = qMin(options.maxBytes, icalCap);
    QByteArray data = input.read(cap + 1);
    if (data.size() > cap)
        return Error::make(ErrorKind::TooLarge, QStringLiteral("too_large"),
            QStringLiteral("iCalendar documents are limited to %1 bytes.").arg(cap));
    if (!data.trimmed().startsWith("BEGIN:VCALENDAR") || !data.contains("END:VCALENDAR"))
        return Error::make(ErrorKind::Invalid, QStringLiteral("malformed"),
            QStringLiteral("Not an iCalendar document (BEGIN:VCALENDAR ... END:VCALENDAR)."));
    if (data.contains('\0'))
        return Error::make(ErrorKind::Invalid, QStringLiteral("malformed"),
            QStringLiteral("The document contains NUL bytes."));
    std::unique_ptr<icalcomponent, CalendarDeleter> root(icalparser_parse_string(data.constData()));
    data.clear();
    if (!root || icalcomponent_isa(root.get()) != ICAL_VCALENDAR_COMPONENT)
        return Error::make(ErrorKind::Invalid, QStringLiteral("malformed"),
            QStringLiteral("libical could not read a VCALENDAR from the document."));
    icalcomponent *calendar = root.get();

    qint64 windowStart = options.windowStart;
    qint64 windowEnd = options.windowEnd;
    if (windowEnd <= windowStart) {
        windowStart = nowMsecs() - 365 * dayMs;
        windowEnd = nowMsecs() + 730 * dayMs;
    }

    // Overrides (RECURRENCE-ID) replace the occurrence they name.
    QHash<QString, QSet<qint64>> overridden;
    for (icalcomponent *c = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); c;
         c = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        icalproperty *rid = icalcomponent_get_first_property(c, ICAL_RECURRENCEID_PROPERTY);
        if (rid && icalcomponent_get_uid(c)) {
            if (auto ms = toUtcMs(icalproperty_get_recurrenceid(rid), tzidOf(rid), calendar))
                overridden[text(icalcomponent_get_uid(c))].insert(*ms);
        }
    }

    int index = 0;
    for (icalcomponent *c = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); c;
         c = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        ++index;
        if (options.cancel && options.cancel->load())
            return Error::make(ErrorKind::Invalid, QStringLiteral("cancelled"),
                QStringLiteral("The import was cancelled."));
        const QString uid = text(icalcomponent_get_uid(c));
        if (uid.isEmpty() || uid.size() > 1000) {
            sink.skipped({0, QStringLiteral("VEVENT #%1 has no UID").arg(index)});
            continue;
        }
        icalproperty *startProperty = icalcomponent_get_first_property(c, ICAL_DTSTART_PROPERTY);
        const icaltimetype startTime
            = startProperty ? icalproperty_get_dtstart(startProperty) : icaltime_null_time();
        const char *tzid = tzidOf(startProperty);
        const auto startsAt = toUtcMs(startTime, tzid, calendar);
        if (!startsAt) {
            sink.skipped({0, QStringLiteral("VEVENT %1: missing or impossible DTSTART").arg(uid)});
            continue;
        }
        std::optional<qint64> duration;
        if (icalproperty *end = icalcomponent_get_first_property(c, ICAL_DTEND_PROPERTY)) {
            const auto endsAt = toUtcMs(icalproperty_get_dtend(end), tzidOf(end), calendar);
            if (!endsAt || *endsAt < *startsAt) {
                sink.skipped({0, QStringLiteral("VEVENT %1: impossible DTEND").arg(uid)});
                continue;
            }
            duration = *endsAt - *startsAt;
        } else if (icalproperty *d = icalcomponent_get_first_property(c, ICAL_DURATION_PROPERTY)) {
            duration = qint64(icaldurationtype_as_int(icalproperty_get_duration(d))) * 1000;
        } else if (startTime.is_date) {
            duration = dayMs;
        }

        FeedItem item;
        item.title = text(icalcomponent_get_summary(c));
        if (item.title.isEmpty())
            item.title = uid;
        item.description = text(icalcomponent_get_description(c));
        item.location = text(icalcomponent_get_location(c));
        item.category = QStringLiteral("ical");

        icalproperty *rid = icalcomponent_get_first_property(c, ICAL_RECURRENCEID_PROPERTY);
        icalproperty *rrule = icalcomponent_get_first_property(c, ICAL_RRULE_PROPERTY);
        if (rid) {
            const auto ridMs = toUtcMs(icalproperty_get_recurrenceid(rid), tzidOf(rid), calendar);
            if (!ridMs) {
                sink.skipped({0, QStringLiteral("VEVENT %1: impossible RECURRENCE-ID").arg(uid)});
                continue;
            }
            item.externalId = occurrenceKey(uid, *ridMs);
        } else if (!rrule) {
            item.externalId = uid;
        }
        if (!item.externalId.isEmpty()) {
            item.startsAt = startsAt;
            if (duration)
                item.endsAt = *startsAt + *duration;
            if (auto written = sink.item(item); !written)
                return written;
            continue;
        }

        // A recurring master: expand over the window, minus EXDATEs and overrides.
        QSet<qint64> excluded = overridden.value(uid);
        for (icalproperty *ex = icalcomponent_get_first_property(c, ICAL_EXDATE_PROPERTY); ex;
             ex = icalcomponent_get_next_property(c, ICAL_EXDATE_PROPERTY)) {
            if (auto ms = toUtcMs(icalproperty_get_exdate(ex), tzidOf(ex), calendar))
                excluded.insert(*ms);
        }
        icalrecur_iterator *it = icalrecur_iterator_new(icalproperty_get_rrule(rrule), startTime);
        if (!it) {
            sink.skipped({0, QStringLiteral("VEVENT %1: unreadable RRULE").arg(uid)});
            continue;
        }
        int emitted = 0;
        int iterations = 0;
        bool truncated = false;
        for (icaltimetype next = icalrecur_iterator_next(it); !icaltime_is_null_time(next);
             next = icalrecur_iterator_next(it)) {
            if (++iterations > maxIterations) {
                truncated = true;
                break;
            }
            const auto at = toUtcMs(next, tzid, calendar);
            if (!at)
                continue;
            if (*at >= windowEnd)
                break;
            if (*at + duration.value_or(0) < windowStart || excluded.contains(*at))
                continue;
            if (emitted >= options.maxOccurrences) {
                truncated = true;
                break;
            }
            FeedItem occurrence = item;
            occurrence.externalId = occurrenceKey(uid, *at);
            occurrence.startsAt = *at;
            if (duration)
                occurrence.endsAt = *at + *duration;
            ++emitted;
            if (auto written = sink.item(occurrence); !written) {
                icalrecur_iterator_free(it);
                return written;
            }
        }
        icalrecur_iterator_free(it);
        if (truncated)
            sink.skipped({0,
                QStringLiteral("VEVENT %1: recurrence cut after %2 occurrences")
                    .arg(uid)
                    .arg(emitted)});
    }
    return {};
}

QByteArray exportICalendar(const QList<StoredEvent> &events)
{
    icaltimezone *utc = icaltimezone_get_utc_timezone();
    std::unique_ptr<icalcomponent, CalendarDeleter> calendar(
        icalcomponent_vanew(ICAL_VCALENDAR_COMPONENT, icalproperty_new_version("2.0"),
            icalproperty_new_prodid("-//Eventdesk//Eventdesk " EVENTDESK_VERSION "//EN"),
            icalproperty_new_calscale("GREGORIAN"), static_cast<void *>(nullptr)));
    const icaltimetype stamp = icaltime_from_timet_with_zone(time_t(nowMsecs() / 1000), 0, utc);
    for (const StoredEvent &e : events) {
        icalcomponent *event = icalcomponent_new_vevent();
        const QByteArray uid = e.uuid.isEmpty()
            ? QByteArray("event-" + QByteArray::number(e.id) + "@eventdesk")
            : QByteArray(e.uuid.toUtf8() + "@eventdesk");
        icalcomponent_add_property(event, icalproperty_new_uid(uid.constData()));
        if (e.updatedAt > 0) {
            const icaltimetype modified
                = icaltime_from_timet_with_zone(time_t(e.updatedAt / 1000), 0, utc);
            icalcomponent_add_property(event, icalproperty_new_dtstamp(modified));
            icalcomponent_add_property(event, icalproperty_new_lastmodified(modified));
        } else {
            icalcomponent_add_property(event, icalproperty_new_dtstamp(stamp));
        }
        if (e.version > 0)
            icalcomponent_add_property(event, icalproperty_new_sequence(int(e.version - 1)));
        icalcomponent_add_property(event,
            icalproperty_new_dtstart(
                icaltime_from_timet_with_zone(time_t(e.startsAt / 1000), 0, utc)));
        if (e.endsAt)
            icalcomponent_add_property(event,
                icalproperty_new_dtend(
                    icaltime_from_timet_with_zone(time_t(*e.endsAt / 1000), 0, utc)));
        icalcomponent_add_property(event, icalproperty_new_summary(e.title.toUtf8().constData()));
        if (!e.description.isEmpty())
            icalcomponent_add_property(
                event, icalproperty_new_description(e.description.toUtf8().constData()));
        if (!e.location.isEmpty())
            icalcomponent_add_property(
                event, icalproperty_new_location(e.location.toUtf8().constData()));
        icalcomponent_add_component(calendar.get(), event);
    }
    char *raw = icalcomponent_as_ical_string_r(calendar.get());
    QByteArray out(raw);
    free(raw);
    return out;
}

} // namespace Eventdesk::Feeds
