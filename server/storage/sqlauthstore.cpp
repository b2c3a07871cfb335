// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlauthstore.h"

namespace Eventdesk::SqlStores {

template class AuthSql<Storage::SqliteBackend>;

} // namespace Eventdesk::SqlStores
