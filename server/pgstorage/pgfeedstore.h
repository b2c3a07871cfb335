// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedsql.h"
#include "pgauthstore.h"

namespace Eventdesk::PgStorage {

// Feeds, imports and the imported events on PostgreSQL (migrations 0003, and the feed columns of
// events in 0002): the feeds store written once in SqlStores::FeedSql, with
// - an import writer that stages a run's differences in a temporary table of its session and
//   writes them with the same set-based statements as SQLite's, all in one transaction (a run
//   that is not committed leaves nothing); imports of one source are serialised across processes
//   by a transaction-scoped advisory lock;
// - claimFeed(): a session advisory lock per feed, so a feed that one process is syncing is
//   skipped by the others' schedulers;
// - dataVersion(): the events' commit-time version (eventsDataVersion()), which moves with every
//   committed write to events of any process.
class PgFeedStore : public SqlStores::FeedSql<PgBackend>
{
public:
    using FeedSql::FeedSql;

    Core::Result<std::unique_ptr<Core::ImportWriter>> beginImport(const QString &source) override;
    Core::Result<std::unique_ptr<Core::FeedClaim>> claimFeed(qint64 feedId) override;
    std::optional<std::pair<qint64, qint64>> dataVersion() override;
};

} // namespace Eventdesk::PgStorage

namespace Eventdesk::SqlStores {
// Compiled once, in pgfeedstore.cpp.
extern template class FeedSql<PgStorage::PgBackend>;
} // namespace Eventdesk::SqlStores
