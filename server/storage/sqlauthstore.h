// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "authsql.h"
#include "database.h"
#include "sqlitestatement.h"

namespace Eventdesk::Storage {

// SQLite for the accounts store written once in SqlStores::AuthSql.
struct SqliteBackend
{
    using Database = Storage::Database;
    using Connection = sqlite3;
    using Statement = SqliteStatement;
    static sqlite3 *handle(Database &database) { return database.handle(); }
    template<typename Work> static auto inTransaction(sqlite3 *db, Work &&work)
    {
        return Storage::inTransaction(db, std::forward<Work>(work));
    }
    // The smaller and the larger of two values (SqlStores::FeedSql).
    static constexpr const char *least = "min";
    static constexpr const char *greatest = "max";
    // BEGIN IMMEDIATE already lets one writer at a time decide.
    static Core::Result<void> lockAccounts(sqlite3 *) { return {}; }
};

// Accounts and tokens (migrations 0001 and 0003); roles, invites, instance settings and devices
// (0004).
class SqlAuthStore : public SqlStores::AuthSql<SqliteBackend>
{
public:
    using AuthSql::AuthSql;
};

} // namespace Eventdesk::Storage

namespace Eventdesk::SqlStores {
// Compiled once, in sqlauthstore.cpp.
extern template class AuthSql<Storage::SqliteBackend>;
} // namespace Eventdesk::SqlStores
