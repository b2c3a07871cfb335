// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "authsql.h"
#include "pgdatabase.h"
#include "pgstatement.h"

namespace Eventdesk::PgStorage {

// PostgreSQL for the accounts store written once in SqlStores::AuthSql
// (server/pgstorage/migrations/0001).
struct PgBackend
{
    using Database = PgDatabase;
    using Connection = PGconn;
    using Statement = PgStatement;
    static PGconn *handle(Database &database) { return database.handle(); }
    template<typename Work> static auto inTransaction(PGconn *connection, Work &&work)
    {
        return pgInTransaction(connection, std::forward<Work>(work));
    }
    // The smaller and the larger of two values (SqlStores::FeedSql).
    static constexpr const char *least = "LEAST";
    static constexpr const char *greatest = "GREATEST";
    // Several processes share the database: who is the first account, and who the last admin,
    // is decided under one transaction-scoped advisory lock (SQLite's BEGIN IMMEDIATE serialises
    // writers).
    static Core::Result<void> lockAccounts(PGconn *connection)
    {
        PgStatement s(connection, "SELECT pg_advisory_xact_lock(:key)");
        s.bind(":key", qint64(0x4576656e74757372)); // "Eventusr"
        if (auto done = s.exec(); !done)
            return done.error();
        return {};
    }
};

class PgAuthStore : public SqlStores::AuthSql<PgBackend>
{
public:
    using AuthSql::AuthSql;
};

} // namespace Eventdesk::PgStorage

namespace Eventdesk::SqlStores {
// Compiled once, in pgauthstore.cpp.
extern template class AuthSql<PgStorage::PgBackend>;
} // namespace Eventdesk::SqlStores
