// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendarsql.h"
#include "pgauthstore.h"

namespace Eventdesk::PgStorage {

// CalendarStore on PostgreSQL (migration 0005), written once in SqlStores::CalendarSql.
class PgCalendarStore : public SqlStores::CalendarSql<PgBackend>
{
public:
    using CalendarSql::CalendarSql;
};

} // namespace Eventdesk::PgStorage

namespace Eventdesk::SqlStores {
// Compiled once, in pgcalendarstore.cpp.
extern template class CalendarSql<PgStorage::PgBackend>;
} // namespace Eventdesk::SqlStores
