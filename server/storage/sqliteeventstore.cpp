// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteeventstore.h"
#include "database.h"
#include "sqlitestatement.h"

#include <QSet>

namespace Eventdesk::Storage {

using namespace Eventdesk::Core;

namespace {

const QByteArray eventColumns = QByteArrayLiteral(
    "SELECT e.id, e.title, e.description, e.starts_at, e.ends_at, e.location, e.category, "
    "e.owner_id, u.email, e.source, e.external_id, e.min_price, e.max_price, e.sold_out, "
    "e.participant_count, e.version, e.created_at, e.updated_at, "
    "EXISTS (SELECT 1 FROM participants p WHERE p.event_id = e.id AND p.user_id = :viewer), "
    "u.display_name "
    "FROM events e LEFT JOIN users u ON u.id = e.owner_id ");

Event readEvent(const SqliteStatement &s)
{
    Event e;
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

const QByteArray commentColumns = QByteArrayLiteral(
    "SELECT c.id, c.event_id, c.author_id, u.email, c.author_name, c.body, c.source, "
    "c.created_at, c.updated_at, u.display_name FROM comments c LEFT JOIN users u ON u.id = "
    "c.author_id ");

Comment readComment(const SqliteStatement &s)
{
    Comment c;
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

Error notFound(qint64 id)
{
    return Error::notFound(QStringLiteral("There is no event %1.").arg(id));
}

// The filters shared by list() and count().
// Lists ordered by start time get their time bounds from timeRange() instead (timeBounds false).
QByteArray filterSql(const EventQuery &query, bool textAsFilter = false, bool timeBounds = true)
{
    QByteArray where = "WHERE 1 ";
    if (timeBounds && query.from)
        where += "AND e.starts_at >= :from ";
    if (timeBounds && query.to)
        where += "AND e.starts_at <= :to ";
    if (!query.text.trimmed().isEmpty())
        // "+e.id" keeps the planner from driving the query by the matches (and then sorting
        // them all); it tests membership while walking the order's index instead.
        where += (textAsFilter ? "AND +e.id" : "AND e.id")
            + QByteArray(" IN (SELECT rowid FROM events_fts WHERE events_fts MATCH :q) ");
    if (query.mine)
        where += "AND e.owner_id = :viewer ";
    if (query.joined)
        where += "AND e.id IN (SELECT event_id FROM participants WHERE user_id = :viewer) ";
    if (!query.source.isEmpty())
        where += "AND e.source = :source ";
    if (timeBounds && query.when == EventQuery::When::Upcoming)
        where += "AND e.starts_at >= :pivot ";
    else if (timeBounds && query.when == EventQuery::When::Past)
        where += "AND e.starts_at < :pivot ";
    return where;
}

bool byStart(const EventQuery &query)
{
    return query.sort == EventSort::Upcoming || query.sort == EventSort::StartsAt;
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

TimeRange timeRange(const EventQuery &query, const EventPosition &position, int bucket)
{
    TimeRange range {query.from, query.to};
    auto atLeast = [&](qint64 value) { range.lo = range.lo ? qMax(*range.lo, value) : value; };
    auto atMost = [&](qint64 value) { range.hi = range.hi ? qMin(*range.hi, value) : value; };
    bool descending = query.descending;
    if (query.sort == EventSort::Upcoming) {
        descending = bucket == 1;
        if (bucket == 0)
            atLeast(position.pivot);
        else
            atMost(position.pivot - 1);
    } else {
        if (query.when == EventQuery::When::Upcoming)
            atLeast(position.pivot);
        else if (query.when == EventQuery::When::Past)
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

// Every value filterSql() may ask for; the statement refuses to run if one it asks for is
// missing.
void bindFilters(SqliteStatement &s, const EventQuery &query, qint64 pivot)
{
    s.bindIfUsed(":viewer", query.viewerId);
    s.bindIfUsed(":from", query.from);
    s.bindIfUsed(":to", query.to);
    if (!query.text.trimmed().isEmpty())
        s.bindIfUsed(":q", SqliteEventStore::ftsQuery(query.text));
    s.bindIfUsed(":source", query.source);
    s.bindIfUsed(":pivot", pivot);
}

} // namespace

SqliteEventStore::SqliteEventStore(Database &database)
    : m_database(database)
{ }

QByteArray SqliteEventStore::ftsQuery(const QString &text)
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

std::optional<std::pair<qint64, qint64>> SqliteEventStore::dataVersion()
{
    return m_database.dataVersion();
}

QByteArray SqliteEventStore::listSql(const EventQuery &query, const EventPosition &position,
    int bucket, bool textAsFilter, bool idsOnly)
{
    QByteArray sql = (idsOnly ? QByteArray("SELECT e.id FROM events e ") : eventColumns)
        + filterSql(query, textAsFilter, !byStart(query));
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
        const QByteArray column
            = query.sort == EventSort::Title ? "e.title COLLATE NOCASE" : "e.participant_count";
        const QByteArray direction = query.descending ? " DESC" : "";
        // "col >= key AND (col > key OR id > id)": the first term is an index range (a row
        // value with a collation is not), the second skips the rows already seen.
        if (after) {
            const QByteArray op = query.descending ? "<" : ">";
            sql += "AND " + column + ' ' + op + "= :key AND (" + column + ' ' + op
                + " :key OR e.id " + op + " :id) ";
        }
        sql += "ORDER BY " + column + direction + ", e.id" + direction + ' ';
    }
    sql += "LIMIT :limit";
    return sql;
}

Result<QList<Event>> SqliteEventStore::list(
    const EventQuery &query, const EventPosition &position, int limit)
{
    QList<Event> rows;
    rows.reserve(limit);
    auto walked = walk(query, position, limit, false,
        [&rows](const SqliteStatement &s) { rows.append(readEvent(s)); });
    if (!walked)
        return walked.error();
    return rows;
}

Result<QList<qint64>> SqliteEventStore::listIds(
    const EventQuery &query, const EventPosition &position)
{
    QList<qint64> ids;
    auto walked = walk(
        query, position, -1, true, [&ids](const SqliteStatement &s) { ids.append(s.integer(0)); });
    if (!walked)
        return walked.error();
    return ids;
}

Result<void> SqliteEventStore::walk(const EventQuery &query, const EventPosition &position,
    qint64 limit, bool idsOnly, const std::function<void(const SqliteStatement &)> &take)
{
    sqlite3 *db = m_database.handle();
    if (!query.text.trimmed().isEmpty() && ftsQuery(query.text).isEmpty())
        return {}; // only punctuation: nothing can match
    // Few matches: fetch them by id and sort them. Many: walk the order's index and keep the
    // rows that match, stopping at the page's end (sorting 100,000 matches would take long).
    bool textAsFilter = false;
    if (!query.text.trimmed().isEmpty()) {
        SqliteStatement probe(db,
            "SELECT count(*) FROM (SELECT 1 FROM events_fts WHERE events_fts MATCH :q LIMIT 500)");
        probe.bind(":q", ftsQuery(query.text));
        if (probe.step() != SQLITE_ROW)
            return probe.error();
        textAsFilter = probe.integer(0) >= 500;
    }
    const bool bucketed = query.sort == EventSort::Upcoming;
    const int firstBucket = bucketed ? position.bucket : 0;
    const int lastBucket = bucketed ? 1 : 0;
    qint64 taken = 0;
    for (int bucket = firstBucket; bucket <= lastBucket && (limit < 0 || taken < limit); ++bucket) {
        if (bucketed && bucket == 0 && query.when == EventQuery::When::Past)
            continue;
        if (bucketed && bucket == 1 && query.when == EventQuery::When::Upcoming)
            continue;
        // Kept prepared (a list has a few shapes): preparing took 12 % of an uncached page.
        SqliteStatement s(m_database, listSql(query, position, bucket, textAsFilter, idsOnly));
        if (!s.isValid())
            return s.error();
        bindFilters(s, query, position.pivot);
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
        s.bind(":limit", limit < 0 ? qint64(-1) : limit - taken); // -1: no limit
        int rc;
        while ((rc = s.step()) == SQLITE_ROW) {
            take(s);
            ++taken;
        }
        if (rc != SQLITE_DONE)
            return s.error();
    }
    return {};
}

Result<qint64> SqliteEventStore::count(const EventQuery &query, qint64 pivot)
{
    if (!query.text.trimmed().isEmpty() && ftsQuery(query.text).isEmpty())
        return qint64(0);
    SqliteStatement s(m_database.handle(), "SELECT count(*) FROM events e " + filterSql(query));
    if (!s.isValid())
        return s.error();
    bindFilters(s, query, pivot);
    if (s.step() != SQLITE_ROW)
        return s.error();
    return s.integer(0);
}

QByteArray SqliteEventStore::overlappingSql(const EventQuery &query)
{
    // Every column here is in the events_calendar index (migration 0012): one index range.
    return "SELECT e.id, e.title, e.starts_at, e.ends_at, e.location, e.owner_id, e.source, "
           "e.sold_out, e.participant_count, e.version FROM events e "
        + filterSql(query, true, false)
        + "AND e.starts_at >= :lo AND e.starts_at < :hi "
          "AND (e.starts_at >= :from OR coalesce(e.ends_at, e.starts_at) > :from) "
          "ORDER BY e.starts_at, e.id LIMIT :limit";
}

Result<QList<Event>> SqliteEventStore::overlapping(
    const EventQuery &query, qint64 from, qint64 to, int limit)
{
    sqlite3 *db = m_database.handle();
    QList<Event> rows;
    if (!query.text.trimmed().isEmpty() && ftsQuery(query.text).isEmpty())
        return rows;
    // How far back an overlapping event can start: the longest span (events_span answers it
    // from the index). The start index then gives one range, [from - span, to).
    qint64 span = 0;
    {
        SqliteStatement s(db, "SELECT max(coalesce(ends_at, starts_at) - starts_at) FROM events");
        if (s.step() != SQLITE_ROW)
            return s.error();
        span = s.isNull(0) ? 0 : qMax<qint64>(0, s.integer(0));
    }
    EventQuery filters = query;
    filters.from.reset();
    filters.to.reset();
    filters.when = EventQuery::When::All;
    // Only what calendars paint: no description, no owner join, no per-row participation probe
    // (one query below reads the viewer's joined events of the range).
    SqliteStatement s(db, overlappingSql(filters));
    if (!s.isValid())
        return s.error();
    bindFilters(s, filters, 0);
    s.bind(":lo", from - span);
    s.bind(":hi", to);
    s.bind(":from", from);
    s.bind(":limit", qint64(limit));
    int rc;
    while ((rc = s.step()) == SQLITE_ROW) {
        Event e;
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
        e.joined = query.joined; // the joined filter leaves only joined events
        rows.append(std::move(e));
    }
    if (rc != SQLITE_DONE)
        return s.error();
    if (query.viewerId <= 0 || query.joined || rows.isEmpty())
        return rows;
    // The viewer's joined events in the same start range: one walk of participants_user.
    SqliteStatement joined(db,
        "SELECT p.event_id FROM participants p JOIN events e ON e.id = p.event_id "
        "WHERE p.user_id = :viewer AND e.starts_at >= :lo AND e.starts_at < :hi");
    if (!joined.isValid())
        return joined.error();
    joined.bind(":viewer", query.viewerId);
    joined.bind(":lo", from - span);
    joined.bind(":hi", to);
    QSet<qint64> ids;
    while ((rc = joined.step()) == SQLITE_ROW)
        ids.insert(joined.integer(0));
    if (rc != SQLITE_DONE)
        return joined.error();
    if (!ids.isEmpty()) {
        for (Event &e : rows)
            e.joined = ids.contains(e.id);
    }
    return rows;
}

Result<QStringList> SqliteEventStore::participantNames(qint64 eventId, int limit)
{
    SqliteStatement s(m_database.handle(),
        "SELECT CASE WHEN u.display_name <> '' THEN u.display_name "
        "ELSE substr(u.email, 1, instr(u.email, '@') - 1) END "
        "FROM participants p JOIN users u ON u.id = p.user_id WHERE p.event_id = :event "
        "ORDER BY p.joined_at, p.user_id LIMIT :limit");
    if (!s.isValid())
        return s.error();
    s.bind(":event", eventId);
    s.bind(":limit", qint64(limit));
    QStringList names;
    int rc;
    while ((rc = s.step()) == SQLITE_ROW)
        names.append(s.text(0));
    if (rc != SQLITE_DONE)
        return s.error();
    return names;
}

Result<Event> SqliteEventStore::find(qint64 id, qint64 viewerId)
{
    SqliteStatement s(m_database.handle(), eventColumns + "WHERE e.id = :id");
    if (!s.isValid())
        return s.error();
    s.bind(":id", id);
    s.bind(":viewer", viewerId);
    const int rc = s.step();
    if (rc == SQLITE_ROW)
        return readEvent(s);
    if (rc == SQLITE_DONE)
        return notFound(id);
    return s.error();
}

Result<Event> SqliteEventStore::insert(qint64 ownerId, const EventDraft &draft, qint64 now)
{
    sqlite3 *db = m_database.handle();
    qint64 id = 0;
    {
        SqliteStatement s(db,
            "INSERT INTO events (title, description, starts_at, ends_at, location, category, "
            "owner_id, source, created_at, updated_at) VALUES (:title, :description, :starts, "
            ":ends, :location, :category, :owner, 'local', :now, :now)");
        if (!s.isValid())
            return s.error();
        s.bind(":title", draft.title);
        s.bind(":description", draft.description);
        s.bind(":starts", draft.startsAt);
        s.bind(":ends", draft.endsAt);
        s.bind(":location", draft.location);
        s.bind(":category", draft.category);
        s.bind(":owner", ownerId);
        s.bind(":now", now);
        if (s.step() != SQLITE_DONE) {
            if (sqlite3_extended_errcode(db) == SQLITE_CONSTRAINT_FOREIGNKEY)
                return Error::make(ErrorKind::Unauthorized, QStringLiteral("unauthorized"),
                    QStringLiteral("The account %1 does not exist.").arg(ownerId));
            return s.error();
        }
        id = sqlite3_last_insert_rowid(db);
    }
    return find(id, ownerId);
}

Result<Event> SqliteEventStore::update(
    qint64 id, const EventDraft &draft, qint64 expectedVersion, qint64 now)
{
    sqlite3 *db = m_database.handle();
    SqliteTransaction transaction(db);
    if (!transaction.isActive())
        return Error::internal(transaction.errorMessage());
    {
        SqliteStatement s(db,
            "UPDATE events SET title = :title, description = :description, starts_at = :starts, "
            "ends_at = :ends, location = :location, category = :category, "
            "version = version + 1, updated_at = :now WHERE id = :id AND version = :version");
        if (!s.isValid())
            return s.error();
        s.bind(":title", draft.title);
        s.bind(":description", draft.description);
        s.bind(":starts", draft.startsAt);
        s.bind(":ends", draft.endsAt);
        s.bind(":location", draft.location);
        s.bind(":category", draft.category);
        s.bind(":now", now);
        s.bind(":id", id);
        s.bind(":version", expectedVersion);
        if (s.step() != SQLITE_DONE)
            return s.error();
    }
    if (sqlite3_changes(db) == 0) {
        auto current = find(id, 0);
        if (!current)
            return current;
        return Error::make(ErrorKind::PreconditionFailed, QStringLiteral("precondition_failed"),
            QStringLiteral("Event %1 changed meanwhile (now version %2).")
                .arg(id)
                .arg(current->version));
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return find(id, 0);
}

Result<void> SqliteEventStore::remove(qint64 id, qint64 expectedVersion)
{
    sqlite3 *db = m_database.handle();
    SqliteTransaction transaction(db);
    if (!transaction.isActive())
        return Error::internal(transaction.errorMessage());
    {
        SqliteStatement s(db, "DELETE FROM events WHERE id = :id AND version = :version");
        if (!s.isValid())
            return s.error();
        s.bind(":id", id);
        s.bind(":version", expectedVersion);
        if (s.step() != SQLITE_DONE)
            return s.error();
    }
    if (sqlite3_changes(db) == 0) {
        auto current = find(id, 0);
        if (!current)
            return current.error();
        return Error::make(ErrorKind::PreconditionFailed, QStringLiteral("precondition_failed"),
            QStringLiteral("Event %1 changed meanwhile.").arg(id));
    }
    return transaction.commit();
}

namespace {

Result<Participation> changeParticipation(
    sqlite3 *db, qint64 eventId, qint64 userId, qint64 now, bool join)
{
    SqliteTransaction transaction(db);
    if (!transaction.isActive())
        return Error::internal(transaction.errorMessage());
    {
        SqliteStatement exists(db, "SELECT 1 FROM events WHERE id = :id");
        exists.bind(":id", eventId);
        const int rc = exists.step();
        if (rc == SQLITE_DONE)
            return notFound(eventId);
        if (rc != SQLITE_ROW)
            return exists.error();
    }
    {
        SqliteStatement s(db,
            join ? QByteArray("INSERT OR IGNORE INTO participants (event_id, user_id, joined_at) "
                              "VALUES (:event, :user, :now)")
                 : QByteArray(
                     "DELETE FROM participants WHERE event_id = :event AND user_id = :user"));
        if (!s.isValid())
            return s.error();
        s.bind(":event", eventId);
        s.bind(":user", userId);
        s.bindIfUsed(":now", now);
        if (s.step() != SQLITE_DONE) {
            if (sqlite3_extended_errcode(db) == SQLITE_CONSTRAINT_FOREIGNKEY)
                return Error::make(ErrorKind::Unauthorized, QStringLiteral("unauthorized"),
                    QStringLiteral("The account %1 does not exist.").arg(userId));
            return s.error();
        }
    }
    Participation result {eventId, join, 0};
    {
        SqliteStatement s(db, "SELECT participant_count FROM events WHERE id = :id");
        s.bind(":id", eventId);
        if (s.step() != SQLITE_ROW)
            return s.error();
        result.participantCount = s.integer(0);
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return result;
}

} // namespace

Result<Participation> SqliteEventStore::join(qint64 eventId, qint64 userId, qint64 now)
{
    return changeParticipation(m_database.handle(), eventId, userId, now, true);
}

Result<Participation> SqliteEventStore::withdraw(qint64 eventId, qint64 userId)
{
    return changeParticipation(m_database.handle(), eventId, userId, 0, false);
}

Result<Comment> SqliteEventStore::insertComment(
    qint64 eventId, qint64 authorId, const QString &body, qint64 now)
{
    sqlite3 *db = m_database.handle();
    qint64 id = 0;
    {
        SqliteTransaction transaction(db);
        if (!transaction.isActive())
            return Error::internal(transaction.errorMessage());
        SqliteStatement exists(db, "SELECT 1 FROM events WHERE id = :id");
        exists.bind(":id", eventId);
        if (exists.step() != SQLITE_ROW)
            return notFound(eventId);
        SqliteStatement s(db,
            "INSERT INTO comments (event_id, author_id, body, source, created_at, updated_at) "
            "VALUES (:event, :author, :body, 'local', :now, :now)");
        if (!s.isValid())
            return s.error();
        s.bind(":event", eventId);
        s.bind(":author", authorId);
        s.bind(":body", body);
        s.bind(":now", now);
        if (s.step() != SQLITE_DONE)
            return s.error();
        id = sqlite3_last_insert_rowid(db);
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
    }
    return findComment(id);
}

Result<Comment> SqliteEventStore::findComment(qint64 id)
{
    SqliteStatement s(m_database.handle(), commentColumns + "WHERE c.id = :id");
    if (!s.isValid())
        return s.error();
    s.bind(":id", id);
    const int rc = s.step();
    if (rc == SQLITE_ROW)
        return readComment(s);
    if (rc == SQLITE_DONE)
        return Error::notFound(QStringLiteral("There is no comment %1.").arg(id));
    return s.error();
}

Result<Comment> SqliteEventStore::updateComment(qint64 id, const QString &body, qint64 now)
{
    {
        SqliteStatement s(m_database.handle(),
            "UPDATE comments SET body = :body, updated_at = :now WHERE id = :id");
        if (!s.isValid())
            return s.error();
        s.bind(":body", body);
        s.bind(":now", now);
        s.bind(":id", id);
        if (s.step() != SQLITE_DONE)
            return s.error();
    }
    return findComment(id);
}

Result<void> SqliteEventStore::removeComment(qint64 id)
{
    SqliteStatement s(m_database.handle(), "DELETE FROM comments WHERE id = :id");
    if (!s.isValid())
        return s.error();
    s.bind(":id", id);
    if (s.step() != SQLITE_DONE)
        return s.error();
    return {};
}

Result<QList<Comment>> SqliteEventStore::comments(
    qint64 eventId, qint64 afterCreatedAt, qint64 afterId, int limit)
{
    SqliteStatement s(m_database.handle(),
        commentColumns
            + "WHERE c.event_id = :event AND (c.created_at, c.id) > (:created, :id) "
              "ORDER BY c.created_at, c.id LIMIT :limit");
    if (!s.isValid())
        return s.error();
    s.bind(":event", eventId);
    s.bind(":created", afterCreatedAt);
    s.bind(":id", afterId);
    s.bind(":limit", qint64(limit));
    QList<Comment> rows;
    int rc;
    while ((rc = s.step()) == SQLITE_ROW)
        rows.append(readComment(s));
    if (rc != SQLITE_DONE)
        return s.error();
    return rows;
}

} // namespace Eventdesk::Storage
