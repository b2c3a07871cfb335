// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collectortypes.h"
#include "result.h"

#include <optional>

namespace Eventdesk::Core {

// What the collector needs from storage. Every call uses the calling thread's connection, so
// the API thread, the writer thread and the GUI thread may call it at once.
class CollectorStore
{
public:
    virtual ~CollectorStore() = default;

    // -- apps
    virtual Result<App> insertApp(const App &app, const QByteArray &keyHash) = 0;
    virtual Result<QList<App>> apps(qint64 ownerId) = 0; // ownerId 0: all
    virtual Result<App> app(qint64 id) = 0;
    virtual Result<void> revokeApp(qint64 id, qint64 at) = 0;
    // The app with this key hash and its stored hash (for the constant-time comparison).
    virtual Result<std::optional<std::pair<App, QByteArray>>> appByKeyHash(
        const QByteArray &keyHash)
        = 0;

    // -- ingest: all of it in one transaction, committed durably before returning.
    // Returns one WriteResult per event, in order.
    virtual Result<QList<WriteResult>> write(
        const QList<PendingEvent> &events, const QList<PendingError> &errors)
        = 0;

    // Copies committed pages from the write-ahead log into the database file without blocking
    // the writer (called by the TrackWriter's checkpoint thread). Returns the frames committed
    // meanwhile that are still to copy. The writer finishes a checkpoint itself only when the
    // WAL reaches its bound, so that SQLite can start the WAL over.
    virtual Result<int> checkpoint() = 0;

    // -- queries
    virtual Result<QList<TrackedEvent>> events(const TrackQuery &query) = 0;
    virtual Result<QList<TrackingError>> errors(const ErrorQuery &query) = 0;
    virtual Result<QList<MinuteCount>> minuteCounts(qint64 from, qint64 to) = 0;
    // The same counted from the events of some apps only (a member's view). Slower: it reads
    // the events, not the per-minute table.
    virtual Result<QList<MinuteCount>> minuteCountsOfApps(
        qint64 from, qint64 to, const QList<qint64> &apps)
    {
        Q_UNUSED(from);
        Q_UNUSED(to);
        Q_UNUSED(apps);
        return Error::make(ErrorKind::Unsupported, QStringLiteral("unsupported"),
            QStringLiteral("This store cannot count per app."));
    }
    virtual Result<qint64> eventCount() = 0;

    // -- types and settings
    virtual Result<QList<EventType>> eventTypes() = 0;
    virtual Result<void> putEventType(const EventType &type) = 0;
    virtual Result<void> deleteEventType(const QString &category, const QString &name) = 0;
    virtual Result<CollectorSettings> settings() = 0;
    // Moves with every committed change of app keys (revocations), event types and settings,
    // from any process; nullopt when one process owns the data (SQLite), and the Collector's
    // caches then follow its own changes alone. Several processes on PostgreSQL: the Collector
    // re-reads what it caches when this moved.
    virtual Result<std::optional<qint64>> configVersion() { return std::optional<qint64>(); }
    virtual Result<void> putSettings(const CollectorSettings &settings) = 0;
};

} // namespace Eventdesk::Core
