// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitecollectorstore.h"
#include "database.h"
#include "sqlitestatement.h"

#include <QHash>

#include <sqlite3.h>

#include <unordered_map>

namespace Eventdesk::Storage {

using namespace Eventdesk::Core;

namespace {

// By default the writer's commits use WAL with synchronous = NORMAL, like every other connection
// of the database: a committed (acknowledged) event survives a crash of the process (kill -9,
// tests/bench/collector_crash.sh), not a power cut. CollectorConfig::fullSync fsyncs the WAL at
// every group commit, for power-loss durability at about 0.8x the single-event rate (every
// group waits for its fsync; docs/benchmarks.md).
// Once per connection (the writer has one thread, so one connection).
void makeDurable(sqlite3 *db, const Core::CollectorConfig &config)
{
    thread_local sqlite3 *configured = nullptr;
    if (configured == db)
        return;
    // Pragmas that fail leave SQLite's defaults, which are safe; the writer goes on.
    (void)execScript(
        db, config.fullSync ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL");
    // The five indexes of tracked_events are updated at random places: keep their hot pages in
    // memory (64 MiB instead of SQLite's 2 MiB default) so inserts stay fast as the table grows.
    (void)execScript(db, "PRAGMA cache_size = -65536");
    // The TrackWriter's checkpoint thread copies the WAL into the database file (and fsyncs it)
    // alongside the writer. Under sustained load those passive checkpoints never catch up with
    // the last commit, so SQLite never starts the WAL over: it grew 80-175 MB/s. So the writer
    // finishes a checkpoint itself once the WAL holds 65536 frames (256 MiB), after which the
    // next commit writes the WAL from its start again. That pause (10-30 ms) is why the bound
    // is not smaller: at 64 MiB the single-event p99 doubled (docs/collector.md).
    const int frames = config.walCheckpointFrames;
    (void)execScript(db, "PRAGMA wal_autocheckpoint = " + QByteArray::number(frames));
    configured = db;
}

} // namespace

Result<QList<WriteResult>> SqliteCollectorStore::write(
    const QList<PendingEvent> &events, const QList<PendingError> &errors)
{
    sqlite3 *db = m_database.handle();
    if (!db)
        return sqliteError(db);
    makeDurable(db, m_config);
    // The writer runs these many times a second: compiled once per connection.
    SqliteStatement insert(m_database,
        "INSERT OR IGNORE INTO tracked_events (app_id, session_id, category, name, data, "
        "occurred_at, received_at, client_event_id) VALUES (:app, :session, :category, :name, "
        ":data, :occurred_at, :received_at, :client_event_id)");
    SqliteStatement existing(m_database,
        "SELECT id FROM tracked_events WHERE app_id = :app AND client_event_id = "
        ":client_event_id");
    SqliteStatement minute(m_database,
        "INSERT INTO tracked_minutes (minute, category, name, count) VALUES (:minute, :category, "
        ":name, :count) ON CONFLICT (minute, category, name) DO UPDATE SET count = count + "
        "excluded.count");
    SqliteStatement error(m_database,
        "INSERT INTO tracking_errors (app_id, received_at, payload, reasons) "
        "VALUES (NULLIF(:app, 0), :received_at, :payload, :reasons)");
    if (!insert.isValid() || !existing.isValid() || !minute.isValid() || !error.isValid())
        return sqliteError(db);
    SqliteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();

    QList<WriteResult> results;
    results.reserve(events.size());
    struct MinuteKey
    {
        qint64 minute;
        QByteArray category;
        QByteArray name;
        bool operator==(const MinuteKey &) const = default;
    };
    struct MinuteKeyHash
    {
        size_t operator()(const MinuteKey &key) const noexcept
        {
            return size_t(qHashMulti(0, key.minute, key.category, key.name));
        }
    };
    std::unordered_map<MinuteKey, qint64, MinuteKeyHash> minutes;
    const auto app = insert.parameter(":app"), session = insert.parameter(":session"),
               category = insert.parameter(":category"), name = insert.parameter(":name"),
               data = insert.parameter(":data"), occurredAt = insert.parameter(":occurred_at"),
               receivedAt = insert.parameter(":received_at"),
               clientEventId = insert.parameter(":client_event_id");
    for (const PendingEvent &event : events) {
        // The event outlives the step below: its text is bound without a copy.
        insert.bind(app, event.appId);
        insert.bindStatic(session, event.sessionId);
        insert.bindStatic(category, event.category);
        insert.bindStatic(name, event.name);
        insert.bindStatic(data, event.data);
        insert.bind(occurredAt, event.occurredAt);
        insert.bind(receivedAt, event.receivedAt);
        if (event.clientEventId.isEmpty())
            insert.bindNull(clientEventId);
        else
            insert.bindStatic(clientEventId, event.clientEventId);
        const auto inserted = insert.exec();
        if (!inserted)
            return inserted.error();
        insert.reset();
        WriteResult result;
        if (*inserted == 0) {
            // The same client event id was stored before (or earlier in this very commit).
            existing.bind(":app", event.appId);
            existing.bindStatic(":client_event_id", event.clientEventId);
            if (existing.step() != SQLITE_ROW)
                return existing.error();
            result.id = existing.integer(0);
            result.duplicate = true;
            existing.reset();
        } else {
            result.id = insert.lastInsertId();
            const qint64 start = SqlStores::collector::minuteStart(event.occurredAt);
            ++minutes[MinuteKey {start, event.category, event.name}];
        }
        results.append(result);
    }
    for (const auto &[key, count] : minutes) {
        minute.bind(":minute", key.minute);
        minute.bindStatic(":category", key.category);
        minute.bindStatic(":name", key.name);
        minute.bind(":count", count);
        if (auto done = minute.exec(); !done)
            return done.error();
        minute.reset();
    }
    for (const PendingError &rejected : errors) {
        error.bind(":app", rejected.appId);
        error.bind(":received_at", rejected.receivedAt);
        error.bind(":payload", rejected.payload);
        error.bind(":reasons", SqlStores::collector::encodeReasons(rejected.reasons));
        if (auto done = error.exec(); !done)
            return done.error();
        error.reset();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return results;
}

Result<int> SqliteCollectorStore::checkpoint()
{
    sqlite3 *db = m_database.handle();
    int logFrames = 0;
    int checkpointed = 0;
    const int rc = sqlite3_wal_checkpoint_v2(
        db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logFrames, &checkpointed);
    if (rc != SQLITE_OK && rc != SQLITE_BUSY)
        return sqliteError(db);
    return logFrames - checkpointed;
}

} // namespace Eventdesk::Storage

namespace Eventdesk::SqlStores {

template class CollectorSql<Storage::SqliteBackend>;

} // namespace Eventdesk::SqlStores
