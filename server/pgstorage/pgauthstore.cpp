// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgauthstore.h"

namespace Eventdesk::SqlStores {

template class AuthSql<PgStorage::PgBackend>;

} // namespace Eventdesk::SqlStores
