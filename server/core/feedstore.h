// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedtypes.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>

namespace Eventdesk::Core {

struct Feed
{
    qint64 id = 0;
    QString name;
    QString location;                        // http(s) URL or file path
    FeedFormat format = FeedFormat::Unknown; // Unknown: sniffed on every run
    QString source;                          // the events' source; default "feed-<id>"
    int intervalSeconds = 3600;              // 0: manual only
    bool enabled = true;
    QByteArray etag;
    QByteArray lastModified;
    qint64 lastRunAt = 0;
    QString lastStatus; // "", "succeeded", "not_modified", "failed"
    QString lastError;
    qint64 lastImportId = 0;
    qint64 nextRunAt = 0;
    qint64 createdBy = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

// One run of an import, recorded whether it succeeded or not.
struct ImportRun
{
    qint64 id = 0;
    qint64 feedId = 0; // 0: a one-off import (command line, POST /imports, dialog)
    QString source;
    FeedFormat format = FeedFormat::Unknown;
    QString status; // "queued", "running", "succeeded", "not_modified", "failed"
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int skipped = 0;
    QStringList errors; // skipped elements and notes (capped); when failed, the reason first
    QString errorCode;  // failed runs: a stable code ("malformed", "unavailable", ...)
    qint64 bytes = 0;
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
    qint64 fetchMs = 0;
    qint64 parseMs = 0; // parse and write (they stream together)
    qint64 commitMs = 0;
};

enum class UpsertOutcome { Added, Updated, Unchanged };

// One atomic run: upserts compare and collect, commit() writes everything in one transaction
// (all or nothing); destroying the writer without commit() changes nothing. The outcome of each
// upsert is final when it returns (the counts), the writes happen at commit().
class ImportWriter
{
public:
    virtual ~ImportWriter() = default;
    virtual Result<UpsertOutcome> upsert(const FeedItem &item) = 0;
    // NotFound when the parent event is not in this source.
    virtual Result<UpsertOutcome> upsertComment(const FeedComment &comment) = 0;
    virtual Result<void> commit() = 0;
};

// A feed's scheduled sync, claimed by one process among those sharing the database; released
// when destroyed (on the thread that claimed it).
class FeedClaim
{
public:
    virtual ~FeedClaim() = default;
};

struct SearchWindow
{
    qint64 from = 0; // UTC ms, inclusive
    qint64 to = 0;   // UTC ms, inclusive
};

class FeedStore
{
public:
    virtual ~FeedStore() = default;
    virtual Result<QList<Feed>> feeds() = 0;
    virtual Result<Feed> feed(qint64 id) = 0;
    virtual Result<Feed> createFeed(const Feed &feed) = 0;
    virtual Result<Feed> updateFeed(const Feed &feed) = 0;
    virtual Result<void> deleteFeed(qint64 id) = 0;
    virtual Result<QList<Feed>> dueFeeds(qint64 now) = 0;

    virtual Result<qint64> createImport(const ImportRun &run) = 0;
    virtual Result<void> saveImport(const ImportRun &run) = 0;
    virtual Result<ImportRun> importRun(qint64 id) = 0;
    // Records the outcome of a run on its feed (status, validators, next run).
    virtual Result<void> recordFeedRun(const Feed &feed) = 0;

    virtual Result<std::unique_ptr<ImportWriter>> beginImport(const QString &source) = 0;

    // Claims the sync of a feed for this process: nullptr when another process (connection)
    // holds it, so the scheduler skips the feed. A database that one process owns (SQLite)
    // grants every claim.
    virtual Result<std::unique_ptr<FeedClaim>> claimFeed(qint64 feedId)
    {
        (void)feedId;
        return std::make_unique<FeedClaim>();
    }

    // Every plan that was ever online, starting within the window, in start order.
    virtual Result<QList<StoredEvent>> searchable(const SearchWindow &window) = 0;
    // Changes whenever what searchable() reads may have changed: a commit by any connection or
    // process, or a write through the calling thread's own connection. Comparable only between
    // calls on one thread. Empty when unknown (then nothing may be cached).
    virtual std::optional<std::pair<qint64, qint64>> dataVersion() { return std::nullopt; }
    // Events (any source) starting within the window, for the .ics export; ids empty: all.
    virtual Result<QList<StoredEvent>> eventsForExport(
        const SearchWindow &window, const QList<qint64> &ids)
        = 0;
};

} // namespace Eventdesk::Core
