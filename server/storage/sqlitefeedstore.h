// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedsql.h"
#include "sqlauthstore.h"

namespace Eventdesk::Storage {

class Database;
class SqliteStatement;

// Reads an event row whose first eleven columns are id, uuid, source, external_id, title,
// description, location, starts_at, ends_at, min_price, max_price (the feed and calendar stores).
Core::StoredEvent readStoredEvent(const SqliteStatement &s);

// Feeds, imports and the imported events: the feeds store written once in SqlStores::FeedSql,
// with SQLite's own import writer: an import is the hot path (100,000 plans in one transaction,
// each compared before it is written).
class SqliteFeedStore : public SqlStores::FeedSql<SqliteBackend>
{
public:
    using FeedSql::FeedSql;

    Core::Result<std::unique_ptr<Core::ImportWriter>> beginImport(const QString &source) override;
    // PRAGMA data_version (commits of other connections and processes) and this connection's
    // total changes (its own writes).
    std::optional<std::pair<qint64, qint64>> dataVersion() override;
};

} // namespace Eventdesk::Storage

namespace Eventdesk::SqlStores {
// Compiled once, in sqlitefeedstore.cpp.
extern template class FeedSql<Storage::SqliteBackend>;
} // namespace Eventdesk::SqlStores
