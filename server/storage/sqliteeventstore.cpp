// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteeventstore.h"
#include "database.h"
#include "eventsql.h"
#include "sqlitestatement.h"

#include <QSet>

namespace Eventdesk::Storage {

using namespace Eventdesk::Core;

namespace {

namespace EventSql = SqlStores::EventSql;

// FTS5 and COLLATE NOCASE (server/storage/migrations/0010).
const EventSql::Dialect dialect {
    // "+e.id" keeps the planner from driving the query by the matches (and then sorting them
    // all); it tests membership while walking the order's index instead.
    "e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH :q) ",
    "+e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH :q) ",
    "e.title COLLATE NOCASE",
    ":key",
};

void bindFilters(SqliteStatement &s, const EventQuery &query, qint64 pivot)
{
    EventSql::bindFilters(s, query, pivot,
        query.text.trimmed().isEmpty() ? QByteArray() : SqliteEventStore::ftsQuery(query.text));
}

} // namespace

SqliteEventStore::SqliteEventStore(Database &database)
    : m_database(database)
{ }

QByteArray SqliteEventStore::ftsQuery(const QString &text)
{
    return EventSql::ftsQuery(text);
}

std::optional<std::pair<qint64, qint64>> SqliteEventStore::dataVersion()
{
    return m_database.dataVersion();
}

QByteArray SqliteEventStore::listSql(const EventQuery &query, const EventPosition &position,
    int bucket, bool textAsFilter, bool idsOnly)
{
    return EventSql::listSql(query, position, bucket, dialect, textAsFilter, idsOnly);
}

Result<QList<Event>> SqliteEventStore::list(
    const EventQuery &query, const EventPosition &position, int limit)
{
    QList<Event> rows;
    rows.reserve(limit);
    auto walked = walk(query, position, limit, false,
        [&rows](const SqliteStatement &s) { rows.append(EventSql::readEvent(s)); });
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
    if (EventSql::matchesNothing(query))
        return {}; // only punctuation: nothing can match
    // Few matches: fetch them by id and sort them. Many: walk the order's index and keep the
    // rows that match, stopping at the page's end (sorting 100,000 matches would take long).
    bool textAsFilter = false;
    if (!query.text.trimmed().isEmpty()) {
        SqliteStatement probe(db,
            "SELECT count(*) FROM (SELECT 1 FROM events_fts WHERE events_fts MATCH :q "
            "LIMIT :probe)");
        probe.bind(":q", ftsQuery(query.text));
        probe.bind(":probe", EventSql::manyMatches);
        if (probe.step() != SQLITE_ROW)
            return probe.error();
        textAsFilter = probe.integer(0) >= EventSql::manyMatches;
    }
    return EventSql::forEachBucket(
        query, position, limit, [&](int bucket, qint64 wanted) -> Result<qint64> {
            // Kept prepared (a list has a few shapes): preparing took 12 % of an uncached page.
            SqliteStatement s(m_database, listSql(query, position, bucket, textAsFilter, idsOnly));
            if (!s.isValid())
                return s.error();
            bindFilters(s, query, position.pivot);
            EventSql::bindPosition(s, query, position, bucket);
            s.bind(":limit", wanted); // -1: no limit
            qint64 taken = 0;
            int rc;
            while ((rc = s.step()) == SQLITE_ROW) {
                take(s);
                ++taken;
            }
            if (rc != SQLITE_DONE)
                return s.error();
            return taken;
        });
}

Result<qint64> SqliteEventStore::count(const EventQuery &query, qint64 pivot)
{
    if (EventSql::matchesNothing(query))
        return qint64(0);
    SqliteStatement s(m_database.handle(),
        "SELECT count(*) FROM events e " + EventSql::filterSql(query, dialect));
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
    return EventSql::overlappingSql(query, dialect);
}

Result<QList<Event>> SqliteEventStore::overlapping(
    const EventQuery &query, qint64 from, qint64 to, int limit)
{
    return EventSql::overlapping<SqliteStatement>(m_database.handle(), dialect, query, from, to,
        limit, query.text.trimmed().isEmpty() ? QByteArray() : ftsQuery(query.text));
}

Result<QStringList> SqliteEventStore::participantNames(qint64 eventId, int limit)
{
    SqliteStatement s(m_database.handle(),
        EventSql::participantNamesSql("substr(u.email, 1, instr(u.email, '@') - 1)"));
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
    SqliteStatement s(m_database.handle(), EventSql::eventColumns + "WHERE e.id = :id");
    if (!s.isValid())
        return s.error();
    s.bind(":id", id);
    s.bind(":viewer", viewerId);
    const int rc = s.step();
    if (rc == SQLITE_ROW)
        return EventSql::readEvent(s);
    if (rc == SQLITE_DONE)
        return EventSql::notFound(id);
    return s.error();
}

Result<Event> SqliteEventStore::insert(qint64 ownerId, const EventDraft &draft, qint64 now)
{
    sqlite3 *db = m_database.handle();
    qint64 id = 0;
    {
        SqliteStatement s(db, EventSql::insertEventSql);
        if (!s.isValid())
            return s.error();
        EventSql::bindDraft(s, draft);
        s.bind(":owner", ownerId);
        s.bind(":now", now);
        if (s.step() != SQLITE_DONE) {
            if (sqlite3_extended_errcode(db) == SQLITE_CONSTRAINT_FOREIGNKEY)
                return EventSql::unknownAccount(ownerId);
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
        SqliteStatement s(db, EventSql::updateEventSql);
        if (!s.isValid())
            return s.error();
        EventSql::bindDraft(s, draft);
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
        return EventSql::changedMeanwhile(id, current->version);
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
        SqliteStatement s(db, EventSql::removeEventSql);
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
        return EventSql::changedMeanwhile(id);
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
        SqliteStatement exists(db, EventSql::eventExistsSql);
        exists.bind(":id", eventId);
        const int rc = exists.step();
        if (rc == SQLITE_DONE)
            return EventSql::notFound(eventId);
        if (rc != SQLITE_ROW)
            return exists.error();
    }
    {
        SqliteStatement s(db, join ? EventSql::joinSql : EventSql::withdrawSql);
        if (!s.isValid())
            return s.error();
        s.bind(":event", eventId);
        s.bind(":user", userId);
        s.bindIfUsed(":now", now);
        if (s.step() != SQLITE_DONE) {
            if (sqlite3_extended_errcode(db) == SQLITE_CONSTRAINT_FOREIGNKEY)
                return EventSql::unknownAccount(userId);
            return s.error();
        }
    }
    Participation result {eventId, join, 0};
    {
        SqliteStatement s(db, EventSql::participantCountSql);
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
        SqliteStatement exists(db, EventSql::eventExistsSql);
        exists.bind(":id", eventId);
        if (exists.step() != SQLITE_ROW)
            return EventSql::notFound(eventId);
        SqliteStatement s(db, EventSql::insertCommentSql);
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
    SqliteStatement s(m_database.handle(), EventSql::commentColumns + "WHERE c.id = :id");
    if (!s.isValid())
        return s.error();
    s.bind(":id", id);
    const int rc = s.step();
    if (rc == SQLITE_ROW)
        return EventSql::readComment(s);
    if (rc == SQLITE_DONE)
        return Error::notFound(QStringLiteral("There is no comment %1.").arg(id));
    return s.error();
}

Result<Comment> SqliteEventStore::updateComment(qint64 id, const QString &body, qint64 now)
{
    {
        SqliteStatement s(m_database.handle(), EventSql::updateCommentSql);
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
    SqliteStatement s(m_database.handle(), EventSql::removeCommentSql);
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
    SqliteStatement s(m_database.handle(), EventSql::commentsPageSql);
    if (!s.isValid())
        return s.error();
    s.bind(":event", eventId);
    s.bind(":created", afterCreatedAt);
    s.bind(":id", afterId);
    s.bind(":limit", qint64(limit));
    QList<Comment> rows;
    int rc;
    while ((rc = s.step()) == SQLITE_ROW)
        rows.append(EventSql::readComment(s));
    if (rc != SQLITE_DONE)
        return s.error();
    return rows;
}

} // namespace Eventdesk::Storage
