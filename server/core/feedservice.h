// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actor.h"
#include "feedstore.h"
#include "feedtypes.h"
#include "result.h"

#include <QMutex>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;
class QTimer;
class QIODevice;

namespace Eventdesk::Core {

class ChangeHub;

struct ImportOptions
{
    FeedFormat format = FeedFormat::Unknown; // Unknown: sniffed from contentType and content
    QByteArray contentType;
    QString source; // empty: the format's name ("provider", "json", "ical")
    qint64 feedId = 0;
    qint64 importId = 0; // an already recorded (queued) run to fill in
    ParseOptions parse;
    // Called now and then from the importing thread with bytes read so far.
    std::function<void(qint64 bytesRead, int items)> progress;
};

// The first rows of a document, for the Import dialog.
struct FeedPreview
{
    FeedFormat format = FeedFormat::Unknown;
    QList<FeedItem> items;
    int comments = 0;
    QStringList issues;
    qint64 size = -1; // bytes, when known (files)
};

// Feeds, imports and the provider-compatible search. Thread-safe: the API thread, the GUI, the
// command line and the background sync thread call it; imports are serialized (one writer).
// After a committed write it notifies the ChangeHub (Feeds, Imports, Events).
class FeedService : public QObject
{
    Q_OBJECT
public:
    FeedService(FeedStore &store, const FeedFormats &formats, FeedFetcher &fetcher,
        ChangeHub &changes, QObject *parent = nullptr);
    ~FeedService() override;

    Result<QList<Feed>> feeds();
    Result<Feed> feed(qint64 id);
    // Validates name, location, format, interval; the first run is due at once.
    Result<Feed> createFeed(Feed feed);
    Result<Feed> updateFeed(const Feed &feed);
    Result<void> deleteFeed(qint64 id);

    Result<ImportRun> importRun(qint64 id);

    // -- the same with the caller's rights (issue 9); the API and the window use these. A feed
    // belongs to the account that made it; only its owner or an admin may change, sync or
    // delete it or read its runs. Over the API a location must be an http(s) URL: local paths
    // and file: URLs only from the window and the command line (the OS user), and syncing an
    // existing local feed over the API is refused without touching the file.
    Result<Feed> createFeed(const Actor &actor, Feed feed);
    Result<Feed> updateFeed(const Actor &actor, const Feed &feed);
    Result<void> deleteFeed(const Actor &actor, qint64 id);
    Result<qint64> requestSync(const Actor &actor, qint64 feedId);
    // A feed's run: its owner or an admin. A one-off run (no feed): any signed-in account.
    Result<ImportRun> importRun(const Actor &actor, qint64 id);
    // Validation shared by create and update, with the caller's channel.
    static Result<void> validateFeed(const Feed &feed, const Actor &actor);
    // True for an http(s) URL; false for paths, file: URLs and anything else.
    static bool isWebLocation(const QString &location);

    // Reads and writes one document in one transaction. A fatal problem rolls everything back
    // and the run is recorded as failed: the returned run says why (status "failed").
    ImportRun importDocument(QIODevice &input, const ImportOptions &options);
    // Fetches (conditional GET) and imports one feed, blocking: worker threads only.
    ImportRun syncFeed(
        qint64 feedId, qint64 importId = 0, const std::atomic<bool> *cancel = nullptr);
    // Fetches a location (URL or file) and imports it without a feed row (command line, dialog).
    ImportRun importLocation(const QString &location, const ImportOptions &options);

    // Reads (files) or fetches (URLs) a document and parses its first `rows` plans. Blocking.
    Result<FeedPreview> preview(const QString &location, FeedFormat format, int rows,
        const std::atomic<bool> *cancel = nullptr);

    // Records a queued run and hands the work to the background thread; returns its id at once.
    Result<qint64> requestSync(qint64 feedId);

    // Starts the background thread and its schedule (due feeds checked every checkMs).
    void startScheduler(int checkMs = 30000);
    void stopScheduler();

    Result<QList<StoredEvent>> search(const SearchWindow &window);
    // See FeedStore::dataVersion(): an answer of search() computed under this version is still
    // the answer while it is unchanged (on the same thread).
    std::optional<std::pair<qint64, qint64>> searchVersion();
    Result<QByteArray> exportICalendar(const SearchWindow &window, const QList<qint64> &ids = {});

    FeedFormat sniff(const QByteArray &contentType, const QByteArray &head) const
    {
        return m_formats.sniff(contentType, head);
    }
    const FeedFormats &formats() const { return m_formats; }

    // Fetch settings used by syncs (tests shorten the timeouts).
    void setFetchDefaults(const FetchRequest &defaults) { m_fetchDefaults = defaults; }

private:
    void runDue();
    Result<Feed> managedFeed(const Actor &actor, qint64 id);
    ImportRun fail(ImportRun run, const Error &error);
    ImportRun finish(ImportRun run);

    FeedStore &m_store;
    const FeedFormats &m_formats;
    FeedFetcher &m_fetcher;
    ChangeHub &m_changes;
    QMutex m_importMutex;
    FetchRequest m_fetchDefaults;
    std::unique_ptr<QThread> m_thread;
    QObject *m_worker = nullptr; // lives on m_thread
    std::atomic<bool> m_stopping {false};
};

// The stable id of an imported plan in the provider-search contract: UUIDv5 of source + key.
QString planUuid(const QString &source, const QString &externalId);

} // namespace Eventdesk::Core
