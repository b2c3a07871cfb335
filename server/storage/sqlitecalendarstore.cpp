// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitecalendarstore.h"
#include "database.h"
#include "sqlitefeedstore.h"
#include "sqlitestatement.h"

#include <sqlite3.h>

namespace Eventdesk::Storage {

using namespace Eventdesk::Core;

namespace {

Calendar readCalendar(const SqliteStatement &s)
{
    return {s.integer(0), s.integer(1), s.integer(2), s.integer(3)};
}

} // namespace

SqliteCalendarStore::SqliteCalendarStore(Database &database)
    : m_database(database)
{ }

Result<Calendar> SqliteCalendarStore::createCalendar(
    qint64 ownerId, const QByteArray &tokenHash, qint64 now)
{
    sqlite3 *db = m_database.handle();
    SqliteStatement s(db,
        "INSERT INTO calendars (owner_id, token_hash, created_at) VALUES (:owner, :hash, :now)");
    s.bind(":owner", ownerId);
    s.bindBlob(":hash", tokenHash); // a blob, as the tokens table keeps its hashes
    s.bind(":now", now);
    if (auto done = s.exec(); !done)
        return done.error();
    return Calendar {s.lastInsertId(), ownerId, now, 0};
}

Result<QList<Calendar>> SqliteCalendarStore::calendars(qint64 ownerId)
{
    SqliteStatement s(m_database.handle(),
        "SELECT id, owner_id, created_at, last_used_at FROM calendars WHERE owner_id = :owner "
        "ORDER BY id");
    if (!s.isValid())
        return s.error();
    s.bind(":owner", ownerId);
    QList<Calendar> rows;
    int rc;
    while ((rc = s.step()) == SQLITE_ROW)
        rows.append(readCalendar(s));
    if (rc != SQLITE_DONE)
        return s.error();
    return rows;
}

Result<void> SqliteCalendarStore::removeCalendar(qint64 id, qint64 ownerId)
{
    sqlite3 *db = m_database.handle();
    SqliteStatement s(db, "DELETE FROM calendars WHERE id = :id AND owner_id = :owner");
    if (!s.isValid())
        return s.error();
    s.bind(":id", id);
    s.bind(":owner", ownerId);
    if (s.step() != SQLITE_DONE)
        return s.error();
    if (sqlite3_changes(db) == 0)
        return Error::notFound(QStringLiteral("There is no calendar %1.").arg(id));
    return {};
}

Result<std::optional<qint64>> SqliteCalendarStore::calendarOwner(
    const QByteArray &tokenHash, qint64 now)
{
    sqlite3 *db = m_database.handle();
    // Marked used at most once a minute: calendar apps poll, and a write per poll is waste.
    SqliteStatement touch(db,
        "UPDATE calendars SET last_used_at = :now WHERE token_hash = :hash AND last_used_at < :now "
        "- 60000");
    touch.bindBlob(":hash", tokenHash);
    touch.bind(":now", now);
    if (auto done = touch.exec(); !done)
        return done.error();
    SqliteStatement s(db, "SELECT owner_id FROM calendars WHERE token_hash = :hash");
    s.bindBlob(":hash", tokenHash);
    const int rc = s.step();
    if (rc == SQLITE_ROW)
        return std::optional<qint64>(s.integer(0));
    if (rc == SQLITE_DONE)
        return std::optional<qint64>();
    return s.error();
}

Result<QList<StoredEvent>> SqliteCalendarStore::calendarEvents(qint64 userId)
{
    SqliteStatement s(m_database.handle(),
        "SELECT e.id, e.uuid, e.source, e.external_id, e.title, e.description, e.location, "
        "e.starts_at, e.ends_at, e.min_price, e.max_price, e.version, e.updated_at FROM events e "
        "WHERE e.owner_id = :user OR e.id IN (SELECT event_id FROM participants WHERE user_id = "
        ":user) ORDER BY e.starts_at, e.id");
    if (!s.isValid())
        return s.error();
    s.bind(":user", userId);
    QList<StoredEvent> rows;
    int rc;
    while ((rc = s.step()) == SQLITE_ROW) {
        StoredEvent e = readStoredEvent(s);
        e.version = s.integer(11);
        e.updatedAt = s.integer(12);
        rows.append(e);
    }
    if (rc != SQLITE_DONE)
        return s.error();
    return rows;
}

} // namespace Eventdesk::Storage
