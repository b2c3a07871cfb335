// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendarsql.h"
#include "sqlauthstore.h"

namespace Eventdesk::Storage {

// CalendarStore on SQLite (migration 0041), written once in SqlStores::CalendarSql.
class SqliteCalendarStore : public SqlStores::CalendarSql<SqliteBackend>
{
public:
    using CalendarSql::CalendarSql;
};

} // namespace Eventdesk::Storage

namespace Eventdesk::SqlStores {
// Compiled once, in sqlitecalendarstore.cpp.
extern template class CalendarSql<Storage::SqliteBackend>;
} // namespace Eventdesk::SqlStores
