// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collectorsql.h"
#include "sqlauthstore.h"

namespace Eventdesk::Storage {

// The collector's tables on SQLite (migration 0030): apps, queries, types and settings are
// SqlStores::CollectorSql, shared with PostgreSQL; the ingest is SQLite's own. write() runs in
// one transaction with one prepared statement per row (compiled once per connection), and
// tunes the writer's connection (synchronous, cache, WAL bound) from the CollectorConfig.
class SqliteCollectorStore : public SqlStores::CollectorSql<SqliteBackend>
{
public:
    using CollectorSql::CollectorSql;

    Core::Result<QList<Core::WriteResult>> write(
        const QList<Core::PendingEvent> &events, const QList<Core::PendingError> &errors) override;

    Core::Result<int> checkpoint() override;
};

} // namespace Eventdesk::Storage

namespace Eventdesk::SqlStores {
// Compiled once, in sqlitecollectorstore.cpp.
extern template class CollectorSql<Storage::SqliteBackend>;
} // namespace Eventdesk::SqlStores
