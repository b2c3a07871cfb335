// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendars.h"

namespace Eventdesk::Storage {

class Database;

// CalendarStore on SQLite (migration 0041).
class SqliteCalendarStore : public Core::CalendarStore
{
public:
    explicit SqliteCalendarStore(Database &database);

    Core::Result<Core::Calendar> createCalendar(
        qint64 ownerId, const QByteArray &tokenHash, qint64 now) override;
    Core::Result<QList<Core::Calendar>> calendars(qint64 ownerId) override;
    Core::Result<void> removeCalendar(qint64 id, qint64 ownerId) override;
    Core::Result<std::optional<qint64>> calendarOwner(
        const QByteArray &tokenHash, qint64 now) override;
    Core::Result<QList<Core::StoredEvent>> calendarEvents(qint64 userId) override;

private:
    Database &m_database;
};

} // namespace Eventdesk::Storage
