// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendars.h"
#include "storedeventsql.h"

namespace Eventdesk::SqlStores {

// The calendar subscription store once, for every SQL backend (Backend as in AuthSql): the
// statements are the same on SQLite and PostgreSQL.
template<typename Backend> class CalendarSql : public Core::CalendarStore
{
public:
    using Database = typename Backend::Database;
    using Statement = typename Backend::Statement;

    explicit CalendarSql(Database &database)
        : m_database(database)
    { }

    Core::Result<Core::Calendar> createCalendar(
        qint64 ownerId, const QByteArray &tokenHash, qint64 now) override
    {
        Statement s(Backend::handle(m_database),
            "INSERT INTO calendars (owner_id, token_hash, created_at) VALUES (:owner, :hash, "
            ":now) RETURNING id");
        s.bind(":owner", ownerId);
        s.bindBlob(":hash", tokenHash); // a blob, as the tokens table keeps its hashes
        s.bind(":now", now);
        const auto row = s.next();
        if (!row)
            return row.error();
        return Core::Calendar {s.integer(0), ownerId, now, 0};
    }

    Core::Result<QList<Core::Calendar>> calendars(qint64 ownerId) override
    {
        Statement s(Backend::handle(m_database),
            "SELECT id, owner_id, created_at, last_used_at FROM calendars WHERE owner_id = :owner "
            "ORDER BY id");
        s.bind(":owner", ownerId);
        QList<Core::Calendar> rows;
        Core::Result<bool> row = false;
        while ((row = s.next()) && *row)
            rows.append({s.integer(0), s.integer(1), s.integer(2), s.integer(3)});
        if (!row)
            return row.error();
        return rows;
    }

    Core::Result<void> removeCalendar(qint64 id, qint64 ownerId) override
    {
        Statement s(Backend::handle(m_database),
            "DELETE FROM calendars WHERE id = :id AND owner_id = :owner");
        s.bind(":id", id);
        s.bind(":owner", ownerId);
        const auto changed = s.exec();
        if (!changed)
            return changed.error();
        if (*changed == 0)
            return Core::Error::notFound(QStringLiteral("There is no calendar %1.").arg(id));
        return {};
    }

    Core::Result<std::optional<qint64>> calendarOwner(
        const QByteArray &tokenHash, qint64 now) override
    {
        auto *db = Backend::handle(m_database);
        // Marked used at most once a minute: calendar apps poll, and a write per poll is waste.
        Statement touch(db,
            "UPDATE calendars SET last_used_at = :now WHERE token_hash = :hash "
            "AND last_used_at + 60000 < :now");
        touch.bindBlob(":hash", tokenHash);
        touch.bind(":now", now);
        if (auto done = touch.exec(); !done)
            return done.error();
        Statement s(db, "SELECT owner_id FROM calendars WHERE token_hash = :hash");
        s.bindBlob(":hash", tokenHash);
        const auto row = s.next();
        if (!row)
            return row.error();
        return *row ? std::optional<qint64>(s.integer(0)) : std::nullopt;
    }

    Core::Result<QList<Core::StoredEvent>> calendarEvents(qint64 userId) override
    {
        Statement s(Backend::handle(m_database),
            "SELECT " EVENTDESK_STORED_EVENT_COLUMNS ", e.version, e.updated_at FROM events e "
            "WHERE e.owner_id = :user OR e.id IN (SELECT event_id FROM participants "
            "WHERE user_id = :user) ORDER BY e.starts_at, e.id");
        s.bind(":user", userId);
        QList<Core::StoredEvent> rows;
        Core::Result<bool> row = false;
        while ((row = s.next()) && *row) {
            Core::StoredEvent e = readStoredEvent(s);
            e.version = s.integer(11);
            e.updatedAt = s.integer(12);
            rows.append(e);
        }
        if (!row)
            return row.error();
        return rows;
    }

private:
    Database &m_database;
};

} // namespace Eventdesk::SqlStores
