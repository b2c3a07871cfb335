// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitecalendarstore.h"

namespace Eventdesk::SqlStores {

template class CalendarSql<Storage::SqliteBackend>;

} // namespace Eventdesk::SqlStores
