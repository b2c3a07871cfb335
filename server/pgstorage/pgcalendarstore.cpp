// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgcalendarstore.h"

namespace Eventdesk::SqlStores {

template class CalendarSql<PgStorage::PgBackend>;

} // namespace Eventdesk::SqlStores
