// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "result.h"

#include <QByteArray>
#include <QMetaType>
#include <QSet>

#include <optional>

// The events store's SQL once for both backends: Storage::SqliteEventStore and
// PgStorage::PgEventStore read the same columns with the same readers and build their lists,
// counts and calendar reads with the same builders; a Dialect holds the few fragments that
// differ (FTS5 against tsvector, COLLATE NOCASE against its PostgreSQL twin). Statement is
// SqliteStatement or PgStatement (the same reading and binding API).
namespace Eventdesk::SqlStores::EventSql {

struct Dialect
{
    // The text filter on e against :q; the second walks the order's index and tests each row
    // (many matches) where the planner would otherwise start from the matches and sort them.
    QByteArray textMatch;
    QByteArray textMatchAsFilter;
    // The title sort's column, and the keyset key compared with it (folded the same way).
    QByteArray titleColumn;
    QByteArray titleKey;
};

// The columns readEvent() reads (":viewer": who asks whether they joined).
inline const QByteArray eventColumns = QByteArrayLiteral(
    "SELECT e.id, e.title, e.description, e.starts_at, e.ends_at, e.location, e.category, "
    "e.owner_id, u.email, e.source, e.external_id, e.min_price, e.max_price, e.sold_out, "
    "e.participant_count, e.version, e.created_at, e.updated_at, "
    "EXISTS (SELECT 1 FROM participants p WHERE p.event_id = e.id AND p.user_id = :viewer), "
    "u.display_name "
    "FROM events e LEFT JOIN users u ON u.id = e.owner_id ");

template<typename Statement> Core::Event readEvent(const Statement &s)
{
    Core::Event e;
    e.id = s.integer(0);
    e.title = s.text(1);
    e.description = s.text(2);
    e.startsAt = s.integer(3);
    e.endsAt = s.optionalInteger(4);
    e.location = s.text(5);
    e.category = s.text(6);
    e.ownerId = s.isNull(7) ? 0 : s.integer(7);
    if (!s.isNull(8))
        e.ownerHandle = s.text(8).section(u'@', 0, 0);
    e.source = s.text(9);
    e.externalId = s.text(10);
    e.minPrice = s.optionalReal(11);
    e.maxPrice = s.optionalReal(12);
    e.soldOut = s.integer(13) != 0;
    e.participantCount = s.integer(14);
    e.version = s.integer(15);
    e.createdAt = s.integer(16);
    e.updatedAt = s.integer(17);
    e.joined = s.integer(18) != 0;
    e.ownerName = s.isNull(19) ? QString() : s.text(19);
    return e;
}

// What a calendar paints (overlapping()): the columns of the events_calendar index.
inline const QByteArray calendarColumns
    = QByteArrayLiteral("SELECT e.id, e.title, e.starts_at, e.ends_at, e.location, e.owner_id, "
                        "e.source, e.sold_out, e.participant_count, e.version FROM events e ");

template<typename Statement> Core::Event readCalendarEvent(const Statement &s)
{
    Core::Event e;
    e.id = s.integer(0);
    e.title = s.text(1);
    e.startsAt = s.integer(2);
    e.endsAt = s.optionalInteger(3);
    e.location = s.text(4);
    e.ownerId = s.isNull(5) ? 0 : s.integer(5);
    e.source = s.text(6);
    e.soldOut = s.integer(7) != 0;
    e.participantCount = s.integer(8);
    e.version = s.integer(9);
    return e;
}

inline const QByteArray commentColumns = QByteArrayLiteral(
    "SELECT c.id, c.event_id, c.author_id, u.email, c.author_name, c.body, c.source, "
    "c.created_at, c.updated_at, u.display_name FROM comments c LEFT JOIN users u ON u.id = "
    "c.author_id ");

template<typename Statement> Core::Comment readComment(const Statement &s)
{
    Core::Comment c;
    c.id = s.integer(0);
    c.eventId = s.integer(1);
    c.authorId = s.isNull(2) ? 0 : s.integer(2);
    c.authorName = s.isNull(3) ? s.text(4) : s.text(3).section(u'@', 0, 0);
    c.authorDisplayName = s.isNull(9) || s.text(9).isEmpty() ? c.authorName : s.text(9);
    c.body = s.text(5);
    c.source = s.text(6);
    c.createdAt = s.integer(7);
    c.updatedAt = s.integer(8);
    return c;
}

// The statements that are the same on both backends.
inline constexpr const char *updateEventSql
    = "UPDATE events SET title = :title, description = :description, starts_at = :starts, "
      "ends_at = :ends, location = :location, category = :category, "
      "version = version + 1, updated_at = :now WHERE id = :id AND version = :version";
inline constexpr const char *removeEventSql
    = "DELETE FROM events WHERE id = :id AND version = :version";
inline constexpr const char *eventExistsSql = "SELECT 1 FROM events WHERE id = :id";
inline constexpr const char *joinSql
    = "INSERT INTO participants (event_id, user_id, joined_at) VALUES (:event, :user, :now) "
      "ON CONFLICT DO NOTHING";
inline constexpr const char *withdrawSql
    = "DELETE FROM participants WHERE event_id = :event AND user_id = :user";
inline constexpr const char *participantCountSql
    = "SELECT participant_count FROM events WHERE id = :id";
inline constexpr const char *longestSpanSql
    = "SELECT max(coalesce(ends_at, starts_at) - starts_at) FROM events";
inline constexpr const char *joinedInRangeSql
    = "SELECT p.event_id FROM participants p JOIN events e ON e.id = p.event_id "
      "WHERE p.user_id = :viewer AND e.starts_at >= :lo AND e.starts_at < :hi";
inline constexpr const char *insertCommentSql
    = "INSERT INTO comments (event_id, author_id, body, source, created_at, updated_at) "
      "VALUES (:event, :author, :body, 'local', :now, :now)";
inline constexpr const char *updateCommentSql
    = "UPDATE comments SET body = :body, updated_at = :now WHERE id = :id";
inline constexpr const char *removeCommentSql = "DELETE FROM comments WHERE id = :id";
inline const QByteArray commentsPageSql = commentColumns
    + "WHERE c.event_id = :event AND (c.created_at, c.id) > (:created, :id) "
      "ORDER BY c.created_at, c.id LIMIT :limit";

// Binds the values of insertEventSql / updateEventSql that a draft gives.
template<typename Statement> void bindDraft(Statement &s, const Core::EventDraft &draft)
{
    s.bind(":title", draft.title);
    s.bind(":description", draft.description);
    s.bind(":starts", draft.startsAt);
    s.bind(":ends", draft.endsAt);
    s.bind(":location", draft.location);
    s.bind(":category", draft.category);
}
inline constexpr const char *insertEventSql
    = "INSERT INTO events (title, description, starts_at, ends_at, location, category, "
      "owner_id, source, created_at, updated_at) VALUES (:title, :description, :starts, "
      ":ends, :location, :category, :owner, 'local', :now, :now)";

inline Core::Error notFound(qint64 id)
{
    return Core::Error::notFound(QStringLiteral("There is no event %1.").arg(id));
}

inline Core::Error unknownAccount(qint64 id)
{
    return Core::Error::make(Core::ErrorKind::Unauthorized, QStringLiteral("unauthorized"),
        QStringLiteral("The account %1 does not exist.").arg(id));
}

inline Core::Error changedMeanwhile(qint64 id, std::optional<qint64> version = std::nullopt)
{
    return Core::Error::make(Core::ErrorKind::PreconditionFailed,
        QStringLiteral("precondition_failed"),
        version
            ? QStringLiteral("Event %1 changed meanwhile (now version %2).").arg(id).arg(*version)
            : QStringLiteral("Event %1 changed meanwhile.").arg(id));
}

// FTS5's query for free text: "word"* "other"*, every run of letters, digits and marks a word
// matched by prefix; empty when the text holds no word (then nothing can match, on either
// backend: PostgreSQL's eventdesk_search_query() splits the same way).
inline QByteArray ftsQuery(const QString &text)
{
    QByteArray out;
    QString word;
    auto flush = [&] {
        if (word.isEmpty())
            return;
        out += (out.isEmpty() ? "\"" : " \"") + word.toUtf8() + "\"*";
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.isMark())
            word += c;
        else
            flush();
    }
    flush();
    return out;
}

// A text filter that holds no word: the list is empty without asking the database.
inline bool matchesNothing(const Core::EventQuery &query)
{
    return !query.text.trimmed().isEmpty() && ftsQuery(query.text).isEmpty();
}

// The first participants' names (a display name, or the e-mail before '@': emailLocalPart is
// the backend's expression for it).
inline QByteArray participantNamesSql(const QByteArray &emailLocalPart)
{
    return "SELECT CASE WHEN u.display_name <> '' THEN u.display_name ELSE " + emailLocalPart
        + " END FROM participants p JOIN users u ON u.id = p.user_id WHERE p.event_id = :event "
          "ORDER BY p.joined_at, p.user_id LIMIT :limit";
}

// From this many text matches on, a list walks its order's index and tests each row; below,
// it reads the matches and sorts them.
inline constexpr qint64 manyMatches = 500;

inline bool byStart(const Core::EventQuery &query)
{
    return query.sort == Core::EventSort::Upcoming || query.sort == Core::EventSort::StartsAt;
}

// The filters shared by list() and count().
// Lists ordered by start time get their time bounds from timeRange() instead (timeBounds false).
inline QByteArray filterSql(const Core::EventQuery &query, const Dialect &dialect,
    bool textAsFilter = false, bool timeBounds = true)
{
    using When = Core::EventQuery::When;
    QByteArray where = "WHERE true ";
    if (timeBounds && query.from)
        where += "AND e.starts_at >= :from ";
    if (timeBounds && query.to)
        where += "AND e.starts_at <= :to ";
    if (!query.text.trimmed().isEmpty())
        where += "AND " + (textAsFilter ? dialect.textMatchAsFilter : dialect.textMatch);
    if (query.mine)
        where += "AND e.owner_id = :viewer ";
    if (query.joined)
        where += "AND e.id IN (SELECT event_id FROM participants WHERE user_id = :viewer) ";
    if (!query.source.isEmpty())
        where += "AND e.source = :source ";
    if (timeBounds && query.when == When::Upcoming)
        where += "AND e.starts_at >= :pivot ";
    else if (timeBounds && query.when == When::Past)
        where += "AND e.starts_at < :pivot ";
    return where;
}

// One inclusive [lo, hi] range on starts_at for the lists ordered by it: from, to, the
// upcoming/past split and the keyset position folded together. SQLite takes a single lower and
// a single upper bound for an index range; given several (from and the split, say) it may pick
// the wrong one and walk a year of rows before the first it returns.
struct TimeRange
{
    std::optional<qint64> lo;
    std::optional<qint64> hi;
};

inline TimeRange timeRange(
    const Core::EventQuery &query, const Core::EventPosition &position, int bucket)
{
    using When = Core::EventQuery::When;
    TimeRange range {query.from, query.to};
    auto atLeast = [&](qint64 value) { range.lo = range.lo ? qMax(*range.lo, value) : value; };
    auto atMost = [&](qint64 value) { range.hi = range.hi ? qMin(*range.hi, value) : value; };
    bool descending = query.descending;
    if (query.sort == Core::EventSort::Upcoming) {
        descending = bucket == 1;
        if (bucket == 0)
            atLeast(position.pivot);
        else
            atMost(position.pivot - 1);
    } else {
        if (query.when == When::Upcoming)
            atLeast(position.pivot);
        else if (query.when == When::Past)
            atMost(position.pivot - 1);
    }
    if (position.started && position.bucket == bucket) {
        const qint64 key = position.key.toLongLong();
        if (descending)
            atMost(key);
        else
            atLeast(key);
    }
    return range;
}

// The SQL of one bucket of a list: the query's rows after `position`, in its order.
inline QByteArray listSql(const Core::EventQuery &query, const Core::EventPosition &position,
    int bucket, const Dialect &dialect, bool textAsFilter, bool idsOnly)
{
    using Core::EventSort;
    QByteArray sql = (idsOnly ? QByteArray("SELECT e.id FROM events e ") : eventColumns)
        + filterSql(query, dialect, textAsFilter, !byStart(query));
    const bool after = position.started && position.bucket == bucket;
    if (byStart(query)) {
        const TimeRange range = timeRange(query, position, bucket);
        const bool descending = query.sort == EventSort::Upcoming ? bucket == 1 : query.descending;
        if (range.lo)
            sql += "AND e.starts_at >= :lo ";
        if (range.hi)
            sql += "AND e.starts_at <= :hi ";
        // The range already starts at the key; this skips the rows of equal start already seen.
        if (after)
            sql += descending ? "AND (e.starts_at < :key OR e.id < :id) "
                              : "AND (e.starts_at > :key OR e.id > :id) ";
        sql += descending ? "ORDER BY e.starts_at DESC, e.id DESC " : "ORDER BY e.starts_at, e.id ";
    } else {
        const bool title = query.sort == EventSort::Title;
        const QByteArray column = title ? dialect.titleColumn : "e.participant_count";
        const QByteArray key = title ? dialect.titleKey : ":key";
        const QByteArray direction = query.descending ? " DESC" : "";
        // "col >= key AND (col > key OR id > id)": the first term is an index range (a row
        // value with a collation is not), the second skips the rows already seen.
        if (after) {
            const QByteArray op = query.descending ? "<" : ">";
            sql += "AND " + column + ' ' + op + "= " + key + " AND (" + column + ' ' + op + ' '
                + key + " OR e.id " + op + " :id) ";
        }
        sql += "ORDER BY " + column + direction + ", e.id" + direction + ' ';
    }
    sql += "LIMIT :limit";
    return sql;
}

// The calendar's range read (overlapping()) without time bounds in the filters: [:lo, :hi) on
// the start, and what still runs at :from.
inline QByteArray overlappingSql(const Core::EventQuery &query, const Dialect &dialect)
{
    return calendarColumns + filterSql(query, dialect, true, false)
        + "AND e.starts_at >= :lo AND e.starts_at < :hi "
          "AND (e.starts_at >= :from OR coalesce(e.ends_at, e.starts_at) > :from) "
          "ORDER BY e.starts_at, e.id LIMIT :limit";
}

// Every value filterSql() may ask for (textValue: :q in the backend's form); the statement
// refuses to run if one it asks for is missing.
template<typename Statement, typename Text>
void bindFilters(Statement &s, const Core::EventQuery &query, qint64 pivot, const Text &textValue)
{
    s.bindIfUsed(":viewer", query.viewerId);
    s.bindIfUsed(":from", query.from);
    s.bindIfUsed(":to", query.to);
    if (!query.text.trimmed().isEmpty())
        s.bindIfUsed(":q", textValue);
    s.bindIfUsed(":source", query.source);
    s.bindIfUsed(":pivot", pivot);
}

// The values listSql() adds for one bucket: the time range and the keyset position.
template<typename Statement>
void bindPosition(
    Statement &s, const Core::EventQuery &query, const Core::EventPosition &position, int bucket)
{
    if (byStart(query)) {
        const TimeRange range = timeRange(query, position, bucket);
        if (range.lo)
            s.bind(":lo", *range.lo);
        if (range.hi)
            s.bind(":hi", *range.hi);
    }
    if (position.started && position.bucket == bucket) {
        if (position.key.typeId() == QMetaType::QString)
            s.bind(":key", position.key.toString());
        else
            s.bind(":key", position.key.toLongLong());
        s.bind(":id", position.id);
    }
}

// Whether list()/listIds() walk this bucket (an Upcoming list has two: upcoming, then past).
inline bool walksBucket(const Core::EventQuery &query, int bucket)
{
    if (query.sort != Core::EventSort::Upcoming)
        return true;
    if (bucket == 0 && query.when == Core::EventQuery::When::Past)
        return false;
    return !(bucket == 1 && query.when == Core::EventQuery::When::Upcoming);
}

// list() and listIds(): runs each bucket the query walks (an Upcoming list has two: upcoming,
// then past), from position's, while rows are wanted. run(bucket, wanted) reads at most
// `wanted` rows (-1: all) and answers how many it read.
template<typename Run>
Core::Result<void> forEachBucket(
    const Core::EventQuery &query, const Core::EventPosition &position, qint64 limit, Run &&run)
{
    const bool bucketed = query.sort == Core::EventSort::Upcoming;
    const int firstBucket = bucketed ? position.bucket : 0;
    const int lastBucket = bucketed ? 1 : 0;
    qint64 taken = 0;
    for (int bucket = firstBucket; bucket <= lastBucket && (limit < 0 || taken < limit); ++bucket) {
        if (!walksBucket(query, bucket))
            continue;
        const auto read = run(bucket, limit < 0 ? qint64(-1) : limit - taken);
        if (!read)
            return read.error();
        taken += *read;
    }
    return {};
}

// Hands each row of s to take; the statement's error, if any.
template<typename Statement, typename Take> Core::Result<void> eachRow(Statement &s, Take &&take)
{
    Core::Result<bool> row = false;
    while ((row = s.next()) && *row)
        take(s);
    if (!row)
        return row.error();
    return {};
}

// EventStore::overlapping() on either backend: db is the calling thread's connection,
// textValue :q in the backend's form. The events carry what calendars paint (no description,
// no owner join, no per-row participation probe: one query reads the viewer's joined events of
// the range).
template<typename Statement, typename Connection, typename Text>
Core::Result<QList<Core::Event>> overlapping(Connection *db, const Dialect &dialect,
    const Core::EventQuery &query, qint64 from, qint64 to, int limit, const Text &textValue)
{
    QList<Core::Event> rows;
    if (matchesNothing(query))
        return rows;
    // How far back an overlapping event can start: the longest span (events_span answers it
    // from the index). The start index then gives one range, [from - span, to).
    qint64 span = 0;
    {
        Statement s(db, longestSpanSql);
        const auto row = s.next();
        if (!row)
            return row.error();
        span = *row && !s.isNull(0) ? qMax<qint64>(0, s.integer(0)) : 0;
    }
    Core::EventQuery filters = query;
    filters.from.reset();
    filters.to.reset();
    filters.when = Core::EventQuery::When::All;
    Statement s(db, overlappingSql(filters, dialect));
    if (!s.isValid())
        return s.error();
    bindFilters(s, filters, 0, textValue);
    s.bind(":lo", from - span);
    s.bind(":hi", to);
    s.bind(":from", from);
    s.bind(":limit", qint64(limit));
    if (auto read = eachRow(s,
            [&](const Statement &row) {
                Core::Event e = readCalendarEvent(row);
                e.joined = query.joined; // the joined filter leaves only joined events
                rows.append(std::move(e));
            });
        !read)
        return read.error();
    if (query.viewerId <= 0 || query.joined || rows.isEmpty())
        return rows;
    // The viewer's joined events in the same start range: one walk of participants_user.
    Statement joined(db, joinedInRangeSql);
    if (!joined.isValid())
        return joined.error();
    joined.bind(":viewer", query.viewerId);
    joined.bind(":lo", from - span);
    joined.bind(":hi", to);
    QSet<qint64> ids;
    if (auto read = eachRow(joined, [&](const Statement &row) { ids.insert(row.integer(0)); });
        !read)
        return read.error();
    if (!ids.isEmpty()) {
        for (Core::Event &e : rows)
            e.joined = ids.contains(e.id);
    }
    return rows;
}

} // namespace Eventdesk::SqlStores::EventSql
