// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "icalendarparser.h"

#include "icalendarstream.h"
#include "icalendarzones.h"
#include "timeutil.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QIODevice>
#include <QTimeZone>

#include <libical/ical.h>

#include <map>
#include <memory>
#include <vector>

namespace Eventdesk::Feeds {

using namespace Core;

namespace {

constexpr qint64 dayMs = 24LL * 3600 * 1000;
constexpr qint64 maxComponentBytes = 16LL * 1024 * 1024;
constexpr int maxIterations = 200000; // per RRULE: a rule that never matches stops here

struct ComponentDeleter
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

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

QString occurrenceKey(const QString &uid, qint64 startMs)
{
    return uid + u'/'
        + QDateTime::fromMSecsSinceEpoch(startMs, QTimeZone::utc())
              .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

// One VEVENT with its times resolved.
struct Event
{
    ComponentPtr component;
    icaltimetype start {};      // local, as written
    const char *tzid = nullptr; // of DTSTART
    qint64 startsAt = 0;        // UTC ms
    qint64 duration = 0;        // ms (0: a timed event without DTEND/DURATION, RFC 5545)
    std::optional<qint64> recurrenceId;
    icaltimetype ridLocal {};
    bool thisAndFuture = false;
    int sequence = 0;
    qint64 stamp = 0;
};

// What the expansion of one series keeps per occurrence (UTC start -> its own duration).
using Occurrences = std::map<qint64, qint64>;

class Expander
{
public:
    Expander(FeedSink &sink, const ParseOptions &options, ZoneResolver &zones, qint64 windowStart,
        qint64 windowEnd)
        : m_sink(sink)
        , m_options(options)
        , m_zones(zones)
        , m_windowStart(windowStart)
        , m_windowEnd(windowEnd)
    { }

    Result<void> group(const QString &uid, const QList<QByteArray> &texts);

private:
    std::optional<Event> read(const QString &uid, const QByteArray &raw);
    FeedItem itemOf(const Event &event, const QString &uid) const;
    Result<void> put(FeedItem item, qint64 startsAt, qint64 duration, const QString &key);
    bool expand(const Event &master, const QString &uid, Occurrences &out);
    bool expandRule(const Event &master, icalrecurrencetype rule, bool bounded, Occurrences &out,
        int &iterations);

    FeedSink &m_sink;
    const ParseOptions &m_options;
    ZoneResolver &m_zones;
    qint64 m_windowStart;
    qint64 m_windowEnd;
};

std::optional<Event> Expander::read(const QString &uid, const QByteArray &raw)
{
    ComponentPtr c(icalparser_parse_string(raw.constData()));
    if (!c || icalcomponent_isa(c.get()) != ICAL_VEVENT_COMPONENT) {
        m_sink.skipped({0, QStringLiteral("VEVENT %1: unreadable").arg(uid)});
        return std::nullopt;
    }
    Event e;
    icalproperty *startProperty = icalcomponent_get_first_property(c.get(), ICAL_DTSTART_PROPERTY);
    e.start = startProperty ? icalproperty_get_dtstart(startProperty) : icaltime_null_time();
    e.tzid = tzidOf(startProperty);
    const auto startsAt = m_zones.toUtc(e.start, e.tzid);
    if (!startsAt) {
        m_sink.skipped({0, QStringLiteral("VEVENT %1: missing or impossible DTSTART").arg(uid)});
        return std::nullopt;
    }
    e.startsAt = *startsAt;
    if (icalproperty *end = icalcomponent_get_first_property(c.get(), ICAL_DTEND_PROPERTY)) {
        const auto endsAt = m_zones.toUtc(icalproperty_get_dtend(end), tzidOf(end));
        if (!endsAt || *endsAt < e.startsAt) {
            m_sink.skipped({0, QStringLiteral("VEVENT %1: impossible DTEND").arg(uid)});
            return std::nullopt;
        }
        e.duration = *endsAt - e.startsAt;
    } else if (icalproperty *d
        = icalcomponent_get_first_property(c.get(), ICAL_DURATION_PROPERTY)) {
        e.duration
            = qMax(0LL, qint64(icaldurationtype_as_int(icalproperty_get_duration(d))) * 1000);
    } else if (e.start.is_date) {
        e.duration = dayMs; // RFC 5545 3.6.1: an all-day event without an end lasts the day
    }
    if (icalproperty *rid = icalcomponent_get_first_property(c.get(), ICAL_RECURRENCEID_PROPERTY)) {
        e.ridLocal = icalproperty_get_recurrenceid(rid);
        e.recurrenceId = m_zones.toUtc(e.ridLocal, tzidOf(rid));
        if (!e.recurrenceId) {
            m_sink.skipped({0, QStringLiteral("VEVENT %1: impossible RECURRENCE-ID").arg(uid)});
            return std::nullopt;
        }
        icalparameter *range = icalproperty_get_first_parameter(rid, ICAL_RANGE_PARAMETER);
        e.thisAndFuture = range && icalparameter_get_range(range) == ICAL_RANGE_THISANDFUTURE;
    }
    if (icalproperty *seq = icalcomponent_get_first_property(c.get(), ICAL_SEQUENCE_PROPERTY))
        e.sequence = icalproperty_get_sequence(seq);
    if (icalproperty *stamp = icalcomponent_get_first_property(c.get(), ICAL_DTSTAMP_PROPERTY))
        e.stamp = m_zones.toUtc(icalproperty_get_dtstamp(stamp), nullptr).value_or(0);
    e.component = std::move(c);
    return e;
}

FeedItem Expander::itemOf(const Event &event, const QString &uid) const
{
    FeedItem item;
    icalcomponent *c = event.component.get();
    item.title = text(icalcomponent_get_summary(c));
    if (item.title.isEmpty())
        item.title = uid;
    item.description = text(icalcomponent_get_description(c));
    item.location = text(icalcomponent_get_location(c));
    item.category = QStringLiteral("ical");
    return item;
}

Result<void> Expander::put(FeedItem item, qint64 startsAt, qint64 duration, const QString &key)
{
    item.externalId = key;
    item.startsAt = startsAt;
    item.endsAt = startsAt + duration;
    return m_sink.item(item);
}

// One RRULE, iterated in the local time of DTSTART. UNTIL is compared as an instant (a UTC
// UNTIL against each occurrence's UTC start); libical would compare it with the local time.
bool Expander::expandRule(
    const Event &master, icalrecurrencetype rule, bool bounded, Occurrences &out, int &iterations)
{
    std::optional<qint64> untilUtc;
    std::optional<icaltimetype> untilLocal;
    if (!icaltime_is_null_time(rule.until)) {
        if (icaltime_is_utc(rule.until) && !master.start.is_date)
            untilUtc = m_zones.toUtc(rule.until, nullptr);
        else
            untilLocal = rule.until;
        rule.until = icaltime_null_time();
    }
    icaltimetype start = master.start;
    if (!icaltime_is_utc(start))
        start.zone = nullptr;
    icalrecur_iterator *it = icalrecur_iterator_new(rule, start);
    if (!it)
        return false;
    if (!bounded && master.startsAt < m_windowStart - 2 * dayMs - master.duration) {
        // An endless series that began long ago: start iterating near the window.
        const qint64 from = m_windowStart - 2 * dayMs - master.duration;
        icaltimetype jump = icaltime_from_timet_with_zone(time_t(from / 1000), start.is_date,
            icaltime_is_utc(start) ? icaltimezone_get_utc_timezone() : nullptr);
        jump.is_date = start.is_date;
        if (!start.is_date) {
            jump.hour = start.hour; // keep the wall-clock time of the series
            jump.minute = start.minute;
            jump.second = start.second;
        }
        icalrecur_iterator_set_start(it, jump);
    }
    bool cut = false;
    int inWindow = 0;
    for (icaltimetype next = icalrecur_iterator_next(it); !icaltime_is_null_time(next);
         next = icalrecur_iterator_next(it)) {
        if (++iterations > maxIterations) {
            cut = true;
            break;
        }
        if (untilLocal && icaltime_compare(next, *untilLocal) > 0
            && !(untilLocal->is_date && icaltime_compare_date_only(next, *untilLocal) == 0))
            break;
        const auto at = m_zones.toUtc(next, master.tzid);
        if (!at)
            continue;
        if (untilUtc && *at > *untilUtc)
            break;
        if (!bounded) {
            if (*at >= m_windowEnd)
                break;
            if (*at + master.duration <= m_windowStart && *at < m_windowStart)
                continue;
            if (++inWindow > m_options.maxOccurrences) {
                cut = true;
                break;
            }
        } else if (int(out.size()) >= m_options.maxOccurrences && !out.count(*at)) {
            cut = true;
            break;
        }
        out.emplace(*at, master.duration);
    }
    icalrecur_iterator_free(it);
    return cut;
}

// All occurrences of a series: DTSTART, every RRULE, every RDATE (DATE, DATE-TIME, PERIOD),
// minus every EXDATE. Returns whether something was cut.
bool Expander::expand(const Event &master, const QString &uid, Occurrences &out)
{
    icalcomponent *c = master.component.get();
    bool bounded = true;
    for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_RRULE_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_RRULE_PROPERTY)) {
        const icalrecurrencetype rule = icalproperty_get_rrule(p);
        if (rule.count == 0 && icaltime_is_null_time(rule.until))
            bounded = false;
    }
    out.emplace(master.startsAt, master.duration);
    bool cut = false;
    int iterations = 0;
    for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_RRULE_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_RRULE_PROPERTY)) {
        const icalrecurrencetype rule = icalproperty_get_rrule(p);
        if (rule.freq == ICAL_NO_RECURRENCE) {
            m_sink.note({0, QStringLiteral("VEVENT %1: an unreadable RRULE was ignored").arg(uid)});
            continue;
        }
        cut = expandRule(master, rule, bounded, out, iterations) || cut;
    }
    for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_RDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_RDATE_PROPERTY)) {
        const icaldatetimeperiodtype rdate = icalproperty_get_rdate(p);
        const char *tzid = tzidOf(p);
        if (!icalperiodtype_is_null_period(rdate.period)) {
            const auto from = m_zones.toUtc(rdate.period.start, tzid);
            std::optional<qint64> to;
            if (!icaltime_is_null_time(rdate.period.end))
                to = m_zones.toUtc(rdate.period.end, tzid);
            else if (from)
                to = *from + qint64(icaldurationtype_as_int(rdate.period.duration)) * 1000;
            if (from && to && *to >= *from)
                out.insert_or_assign(*from, *to - *from);
        } else if (const auto at = m_zones.toUtc(rdate.time, tzid)) {
            out.emplace(*at, master.duration);
        }
    }
    if (!bounded) {
        // DTSTART and RDATEs of an endless series count within the window only, like its rules.
        for (auto i = out.begin(); i != out.end();) {
            const bool inside = i->first < m_windowEnd
                && (i->first >= m_windowStart || i->first + i->second > m_windowStart);
            i = inside ? std::next(i) : out.erase(i);
        }
    }
    for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_EXDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_EXDATE_PROPERTY)) {
        const icaltimetype ex = icalproperty_get_exdate(p);
        if (ex.is_date && !master.start.is_date) {
            // A DATE exclusion of a timed series removes that day's occurrences.
            for (auto i = out.begin(); i != out.end();) {
                const QDate day = QDateTime::fromMSecsSinceEpoch(
                    i->first, m_zones.zoneOf(master.tzid).value_or(QTimeZone::utc()))
                                      .date();
                i = day == QDate(ex.year, ex.month, ex.day) ? out.erase(i) : std::next(i);
            }
        } else if (const auto at = m_zones.toUtc(ex, tzidOf(p))) {
            out.erase(*at);
        }
    }
    return cut;
}

Result<void> Expander::group(const QString &uid, const QList<QByteArray> &texts)
{
    // Several versions of one event (or of one override): the highest SEQUENCE wins, then the
    // latest DTSTAMP, then the last in the file.
    std::optional<Event> master;
    std::map<qint64, Event> overrides;
    for (const QByteArray &raw : texts) {
        auto event = read(uid, raw);
        if (!event)
            continue;
        const auto newer = [&](const Event &old) {
            return event->sequence != old.sequence ? event->sequence > old.sequence
                                                   : event->stamp >= old.stamp;
        };
        if (!event->recurrenceId) {
            if (!master || newer(*master))
                master = std::move(event);
        } else {
            auto found = overrides.find(*event->recurrenceId);
            if (found == overrides.end())
                overrides.emplace(*event->recurrenceId, std::move(*event));
            else if (newer(found->second))
                found->second = std::move(*event);
        }
    }
    // An all-day series whose overrides name a date-time (Exchange writes
    // "RECURRENCE-ID;TZID=...:20200416T000000"): they replace that day's occurrence.
    if (master && master->start.is_date) {
        std::map<qint64, Event> byDay;
        for (auto &[rid, event] : overrides) {
            const icaltimetype r = event.ridLocal;
            const qint64 day = r.is_date
                ? rid
                : QDateTime(QDate(r.year, r.month, r.day), QTime(0, 0), QTimeZone::utc())
                      .toMSecsSinceEpoch();
            event.recurrenceId = day;
            byDay.insert_or_assign(day, std::move(event));
        }
        overrides = std::move(byDay);
    }

    icalcomponent *c = master ? master->component.get() : nullptr;
    const bool recurring = c
        && (icalcomponent_get_first_property(c, ICAL_RRULE_PROPERTY)
            || icalcomponent_get_first_property(c, ICAL_RDATE_PROPERTY));
    if (master && !recurring) {
        if (auto written = put(itemOf(*master, uid), master->startsAt, master->duration, uid);
            !written)
            return written;
    }
    if (master && recurring) {
        Occurrences occurrences;
        const bool cut = expand(*master, uid, occurrences);
        const FeedItem base = itemOf(*master, uid);
        std::vector<const Event *> future; // THISANDFUTURE overrides, in RECURRENCE-ID order
        for (const auto &[rid, event] : overrides) {
            if (event.thisAndFuture)
                future.push_back(&event);
        }
        for (const auto &[at, duration] : occurrences) {
            if (overrides.count(at))
                continue; // written with the overrides below
            const Event *changed = nullptr;
            for (const Event *f : future) {
                if (*f->recurrenceId <= at)
                    changed = f;
            }
            auto written = changed
                ? put(itemOf(*changed, uid), at + (changed->startsAt - *changed->recurrenceId),
                    changed->duration, occurrenceKey(uid, at))
                : put(base, at, duration, occurrenceKey(uid, at));
            if (!written)
                return written;
        }
        if (cut)
            m_sink.note({0,
                QStringLiteral("VEVENT %1: series cut after %2 occurrences")
                    .arg(uid)
                    .arg(occurrences.size())});
    }
    for (const auto &[rid, event] : overrides) {
        if (auto written
            = put(itemOf(event, uid), event.startsAt, event.duration, occurrenceKey(uid, rid));
            !written)
            return written;
    }
    return {};
}

// Where one VEVENT is: its bytes in the input, or (unseekable input) its text.
struct Member
{
    qint64 begin = 0;
    qint64 end = 0;
    QByteArray text;
};

struct Group
{
    QByteArray uid;
    std::vector<Member> members;
};

// A key for an event without UID, stable across exports of the same calendar: a hash of its
// content without DTSTAMP (which exporters set to the time of the export).
QByteArray derivedKey(const QByteArray &raw)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QByteArray &line : raw.split('\n')) {
        if (!line.startsWith("DTSTAMP"))
            hash.addData(line);
    }
    return "derived-" + hash.result().toHex().left(20);
}

} // namespace

Result<void> ICalendarParser::parse(QIODevice &input, FeedSink &sink, const ParseOptions &options)
{
    qint64 windowStart = options.windowStart;
    qint64 windowEnd = options.windowEnd;
    if (windowEnd <= windowStart) {
        windowStart = nowMsecs() - 365 * dayMs;
        windowEnd = nowMsecs() + 730 * dayMs;
    }
    ICalendarStream stream(input, options.maxBytes, qMin(maxComponentBytes, options.maxBytes));
    ZoneResolver zones;
    // Events are grouped by UID (versions, overrides) before they are expanded. From a seekable
    // input (a file, a fetched feed's temporary file) only where each event is in the input is
    // kept, and its bytes are read again when its group is expanded: memory holds an index of
    // the file, not the file. Otherwise the events' text is kept.
    const bool seekable = !input.isSequential();
    QHash<QByteArray, qsizetype> groupOf;
    std::vector<Group> groups;
    int derived = 0;
    ICalendarStream::Component component;
    for (;;) {
        if (options.cancel && options.cancel->load())
            return Error::make(ErrorKind::Invalid, QStringLiteral("cancelled"),
                QStringLiteral("The import was cancelled."));
        auto more = stream.next(component);
        if (!more)
            return more.error();
        if (!*more)
            break;
        if (component.text.contains('\0'))
            return Error::make(ErrorKind::Invalid, QStringLiteral("malformed"),
                QStringLiteral("The document contains NUL bytes."));
        if (component.name == "VTIMEZONE") {
            zones.addFileZone(component.text);
        } else if (component.name == "VEVENT") {
            QByteArray uid = component.uid;
            if (uid.isEmpty()) {
                ++derived;
                uid = derivedKey(component.text);
                while (groupOf.contains(uid))
                    uid += "+";
            } else if (uid.size() > 1000) {
                sink.skipped({0, QStringLiteral("a VEVENT has a UID over 1000 bytes")});
                continue;
            }
            Member member {component.begin, component.end, {}};
            if (!seekable)
                member.text = component.text;
            auto found = groupOf.constFind(uid);
            if (found == groupOf.cend()) {
                groupOf.insert(uid, qsizetype(groups.size()));
                groups.push_back(Group {uid, {std::move(member)}});
            } else {
                groups[size_t(*found)].members.push_back(std::move(member));
            }
        }
    }
    groupOf.clear();
    if (!stream.calendarZone().isEmpty())
        zones.setFloatingZone(stream.calendarZone());
    if (stream.mismatchedEnds() > 0)
        sink.note({0,
            QStringLiteral("%1 components ended with a misspelt END line")
                .arg(stream.mismatchedEnds())});
    if (stream.latin1Lines() > 0)
        sink.note({0,
            QStringLiteral("%1 lines were not UTF-8 and were read as Latin-1")
                .arg(stream.latin1Lines())});
    if (derived > 0)
        sink.note({0,
            QStringLiteral("%1 events had no UID: their key was derived from their content")
                .arg(derived)});

    Expander expander(sink, options, zones, windowStart, windowEnd);
    QList<QByteArray> texts;
    for (Group &group : groups) {
        if (options.cancel && options.cancel->load())
            return Error::make(ErrorKind::Invalid, QStringLiteral("cancelled"),
                QStringLiteral("The import was cancelled."));
        texts.clear();
        for (Member &member : group.members) {
            if (!seekable) {
                texts.append(std::move(member.text));
                continue;
            }
            // The same bytes again, through the same reader (unfolding, charset).
            if (!input.seek(member.begin))
                return Error::internal(QStringLiteral("Cannot seek in the document."));
            QBuffer bytes;
            bytes.setData(input.read(member.end - member.begin));
            bytes.open(QIODevice::ReadOnly);
            ICalendarStream again(bytes, options.maxBytes, maxComponentBytes);
            ICalendarStream::Component reread;
            if (auto got = again.next(reread); got && *got)
                texts.append(reread.text);
        }
        if (auto written = expander.group(QString::fromUtf8(group.uid), texts); !written)
            return written;
        group = {};
    }
    if (seekable)
        input.seek(stream.bytesRead()); // the caller reads the document's size from pos()
    return {};
}

QByteArray exportICalendar(const QList<StoredEvent> &events)
{
    icaltimezone *utc = icaltimezone_get_utc_timezone();
    ComponentPtr calendar(
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
