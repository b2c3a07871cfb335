// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedstore.h"

namespace Eventdesk::Storage {

class Database;
class SqliteStatement;

// Reads an event row whose first eleven columns are id, uuid, source, external_id, title,
// description, location, starts_at, ends_at, min_price, max_price (the feed and calendar stores).
Core::StoredEvent readStoredEvent(const SqliteStatement &s);

// Feeds, imports and the imported events, on SQLite's own API: an import is the hot path
// (100,000 plans in one transaction, each compared before it is written).
class SqliteFeedStore : public Core::FeedStore
{
public:
    explicit SqliteFeedStore(Database &database)
        : m_database(database)
    { }

    Core::Result<QList<Core::Feed>> feeds() override;
    Core::Result<Core::Feed> feed(qint64 id) override;
    Core::Result<Core::Feed> createFeed(const Core::Feed &feed) override;
    Core::Result<Core::Feed> updateFeed(const Core::Feed &feed) override;
    Core::Result<void> deleteFeed(qint64 id) override;
    Core::Result<QList<Core::Feed>> dueFeeds(qint64 now) override;

    Core::Result<qint64> createImport(const Core::ImportRun &run) override;
    Core::Result<void> saveImport(const Core::ImportRun &run) override;
    Core::Result<Core::ImportRun> importRun(qint64 id) override;
    Core::Result<void> recordFeedRun(const Core::Feed &feed) override;

    Core::Result<std::unique_ptr<Core::ImportWriter>> beginImport(const QString &source) override;

    Core::Result<QList<Core::StoredEvent>> searchable(const Core::SearchWindow &window) override;
    // PRAGMA data_version (commits of other connections and processes) and this connection's
    // total changes (its own writes).
    std::optional<std::pair<qint64, qint64>> dataVersion() override;
    Core::Result<QList<Core::StoredEvent>> eventsForExport(
        const Core::SearchWindow &window, const QList<qint64> &ids) override;

private:
    Core::Result<QList<Core::Feed>> selectFeeds(const char *where, qint64 value);
    Database &m_database;
};

} // namespace Eventdesk::Storage
