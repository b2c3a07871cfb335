// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitecollectorstore.h"
#include "database.h"
#include "sqlitestatement.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

#include <functional>
#include <unordered_map>

namespace Eventdesk::Storage {

using namespace Eventdesk::Core;

namespace {

Error sqliteError(sqlite3 *db)
{
    return Error::internal(
        db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("no database connection"));
}

bool exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

const char *const AppColumns = "id, name, owner_id, key_hint, scopes, revoked_at, created_at";

App readApp(const SqliteStatement &row)
{
    App app;
    app.id = row.integer(0);
    app.name = row.text(1);
    app.ownerId = row.isNull(2) ? 0 : row.integer(2);
    app.keyHint = row.text(3);
    app.scopes = row.text(4).split(u' ', Qt::SkipEmptyParts);
    app.revokedAt = row.isNull(5) ? 0 : row.integer(5);
    app.createdAt = row.integer(6);
    return app;
}

QByteArray encodeReasons(const QList<FieldError> &reasons)
{
    QJsonArray array;
    for (const FieldError &reason : reasons)
        array.append(QJsonObject {
            {QStringLiteral("field"), reason.field}, {QStringLiteral("message"), reason.message}});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<FieldError> decodeReasons(const QByteArray &json)
{
    QList<FieldError> reasons;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        reasons.append({object.value(QStringLiteral("field")).toString(),
            object.value(QStringLiteral("message")).toString()});
    }
    return reasons;
}

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
    if (config.fullSync)
        exec(db, "PRAGMA synchronous = FULL");
    else
        exec(db, "PRAGMA synchronous = NORMAL");
    // The five indexes of tracked_events are updated at random places: keep their hot pages in
    // memory (64 MiB instead of SQLite's 2 MiB default) so inserts stay fast as the table grows.
    exec(db, "PRAGMA cache_size = -65536");
    // The TrackWriter's checkpoint thread copies the WAL into the database file (and fsyncs it)
    // alongside the writer. Under sustained load those passive checkpoints never catch up with
    // the last commit, so SQLite never starts the WAL over: it grew 80-175 MB/s. So the writer
    // finishes a checkpoint itself once the WAL holds 65536 frames (256 MiB), after which the
    // next commit writes the WAL from its start again. That pause (10-30 ms) is why the bound
    // is not smaller: at 64 MiB the single-event p99 doubled (docs/collector.md).
    const int frames = config.walCheckpointFrames;
    exec(db, QByteArray("PRAGMA wal_autocheckpoint = " + QByteArray::number(frames)).constData());
    configured = db;
}

} // namespace

Result<App> SqliteCollectorStore::insertApp(const App &app, const QByteArray &keyHash)
{
    sqlite3 *db = m_database.handle();
    SqliteStatement insert(db,
        "INSERT INTO apps (name, owner_id, key_hash, key_hint, scopes, created_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!insert.isValid())
        return insert.error();
    insert.bind(1, app.name);
    if (app.ownerId != 0)
        insert.bind(2, app.ownerId);
    else
        insert.bindNull(2);
    insert.bindBlob(3, keyHash);
    insert.bind(4, app.keyHint);
    insert.bind(5, app.scopes.join(u' '));
    insert.bind(6, app.createdAt);
    if (insert.step() != SQLITE_DONE)
        return sqliteError(db);
    App stored = app;
    stored.id = sqlite3_last_insert_rowid(db);
    return stored;
}

Result<QList<App>> SqliteCollectorStore::apps(qint64 ownerId)
{
    sqlite3 *db = m_database.handle();
    const QByteArray sql = QByteArray("SELECT ") + AppColumns + " FROM apps"
        + (ownerId != 0 ? " WHERE owner_id = ?1" : "") + " ORDER BY id";
    SqliteStatement select(db, sql);
    if (!select.isValid())
        return select.error();
    if (ownerId != 0)
        select.bind(1, ownerId);
    QList<App> apps;
    while (select.step() == SQLITE_ROW)
        apps.append(readApp(select));
    return apps;
}

Result<App> SqliteCollectorStore::app(qint64 id)
{
    sqlite3 *db = m_database.handle();
    const QByteArray sql = QByteArray("SELECT ") + AppColumns + " FROM apps WHERE id = ?1";
    SqliteStatement select(db, sql);
    if (!select.isValid())
        return select.error();
    select.bind(1, id);
    if (select.step() != SQLITE_ROW)
        return Error::notFound(QStringLiteral("There is no app %1.").arg(id));
    return readApp(select);
}

Result<void> SqliteCollectorStore::revokeApp(qint64 id, qint64 at)
{
    sqlite3 *db = m_database.handle();
    SqliteStatement update(
        db, "UPDATE apps SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL");
    if (!update.isValid())
        return update.error();
    update.bind(1, id);
    update.bind(2, at);
    if (update.step() != SQLITE_DONE)
        return sqliteError(db);
    return {};
}

Result<std::optional<std::pair<App, QByteArray>>> SqliteCollectorStore::appByKeyHash(
    const QByteArray &keyHash)
{
    sqlite3 *db = m_database.handle();
    const QByteArray sql
        = QByteArray("SELECT ") + AppColumns + ", key_hash FROM apps WHERE key_hash = ?1";
    SqliteStatement select(db, sql);
    if (!select.isValid())
        return select.error();
    select.bindBlob(1, keyHash);
    if (select.step() != SQLITE_ROW)
        return std::optional<std::pair<App, QByteArray>>();
    return std::optional<std::pair<App, QByteArray>>(std::pair(readApp(select), select.bytes(7)));
}

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
        "occurred_at, received_at, client_event_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    SqliteStatement existing(
        m_database, "SELECT id FROM tracked_events WHERE app_id = ?1 AND client_event_id = ?2");
    SqliteStatement minute(m_database,
        "INSERT INTO tracked_minutes (minute, category, name, count) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT (minute, category, name) DO UPDATE SET count = count + excluded.count");
    SqliteStatement error(m_database,
        "INSERT INTO tracking_errors (app_id, received_at, payload, reasons) "
        "VALUES (?1, ?2, ?3, ?4)");
    if (!insert.isValid() || !existing.isValid() || !minute.isValid() || !error.isValid())
        return sqliteError(db);
    if (!exec(db, "BEGIN IMMEDIATE"))
        return sqliteError(db);
    auto fail = [db] {
        Error failure = sqliteError(db);
        exec(db, "ROLLBACK");
        return failure;
    };

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
    for (const PendingEvent &event : events) {
        // The event outlives the step below: its text is bound without a copy.
        insert.bind(1, event.appId);
        insert.bindStatic(2, event.sessionId);
        insert.bindStatic(3, event.category);
        insert.bindStatic(4, event.name);
        insert.bindStatic(5, event.data);
        insert.bind(6, event.occurredAt);
        insert.bind(7, event.receivedAt);
        if (event.clientEventId.isEmpty())
            insert.bindNull(8);
        else
            insert.bindStatic(8, event.clientEventId);
        if (insert.step() != SQLITE_DONE)
            return fail();
        insert.reset();
        WriteResult result;
        if (sqlite3_changes(db) == 0) {
            // The same client event id was stored before (or earlier in this very commit).
            existing.bind(1, event.appId);
            existing.bindStatic(2, event.clientEventId);
            if (existing.step() != SQLITE_ROW)
                return fail();
            result.id = existing.integer(0);
            result.duplicate = true;
            existing.reset();
        } else {
            result.id = sqlite3_last_insert_rowid(db);
            const qint64 start = event.occurredAt - ((event.occurredAt % 60000) + 60000) % 60000;
            ++minutes[MinuteKey {start, event.category, event.name}];
        }
        results.append(result);
    }
    for (const auto &[key, count] : minutes) {
        minute.bind(1, key.minute);
        minute.bindStatic(2, key.category);
        minute.bindStatic(3, key.name);
        minute.bind(4, count);
        if (minute.step() != SQLITE_DONE)
            return fail();
        minute.reset();
    }
    for (const PendingError &rejected : errors) {
        if (rejected.appId != 0)
            error.bind(1, rejected.appId);
        else
            error.bindNull(1);
        error.bind(2, rejected.receivedAt);
        error.bind(3, rejected.payload);
        error.bind(4, encodeReasons(rejected.reasons));
        if (error.step() != SQLITE_DONE)
            return fail();
        error.reset();
    }
    if (!exec(db, "COMMIT"))
        return fail();
    return results;
}

QByteArray SqliteCollectorStore::eventsSql(
    const TrackQuery &query, QList<std::function<void(void *)>> *binds)
{
    // Only the filters in use appear in the SQL, so SQLite picks the index that fits them.
    QByteArray sql = "SELECT id, app_id, session_id, category, name, data, occurred_at, "
                     "received_at, client_event_id FROM tracked_events WHERE 1";
    int next = 1;
    auto where = [&](const char *condition, auto value) {
        sql += " AND ";
        sql += QByteArray(condition).replace("?", QByteArray("?" + QByteArray::number(next)));
        const int index = next++;
        if (binds)
            binds->append(
                [index, value](void *s) { static_cast<SqliteStatement *>(s)->bind(index, value); });
    };
    if (!query.sessionId.isEmpty())
        where("session_id = ?", query.sessionId);
    if (!query.category.isEmpty())
        where("category = ?", query.category);
    if (!query.name.isEmpty())
        where("name = ?", query.name);
    if (query.appId != 0)
        where("app_id = ?", query.appId);
    if (query.from != 0)
        where("occurred_at >= ?", query.from);
    if (query.to != 0)
        where("occurred_at < ?", query.to);
    if (query.hasCursor) {
        const QByteArray op = query.ascending ? ">" : "<";
        const int t = next++;
        const int i = next++;
        sql += " AND (occurred_at " + op + " ?" + QByteArray::number(t) + " OR (occurred_at = ?"
            + QByteArray::number(t) + " AND id " + op + " ?" + QByteArray::number(i) + "))";
        if (binds)
            binds->append([t, i, query](void *s) {
                static_cast<SqliteStatement *>(s)->bind(t, query.cursorTime);
                static_cast<SqliteStatement *>(s)->bind(i, query.cursorId);
            });
    }
    sql += query.ascending ? " ORDER BY occurred_at, id" : " ORDER BY occurred_at DESC, id DESC";
    sql += " LIMIT " + QByteArray::number(qBound(1, query.limit, 1000));
    return sql;
}

Result<QList<TrackedEvent>> SqliteCollectorStore::events(const TrackQuery &query)
{
    sqlite3 *db = m_database.handle();
    QList<std::function<void(void *)>> binds;
    const QByteArray sql = eventsSql(query, &binds);
    SqliteStatement select(db, sql);
    if (!select.isValid())
        return select.error();
    for (const auto &bind : std::as_const(binds))
        bind(&select);
    QList<TrackedEvent> events;
    int step = SQLITE_ROW;
    while ((step = select.step()) == SQLITE_ROW) {
        TrackedEvent event;
        event.id = select.integer(0);
        event.appId = select.integer(1);
        event.sessionId = select.text(2);
        event.category = select.text(3);
        event.name = select.text(4);
        event.data = select.bytes(5);
        event.occurredAt = select.integer(6);
        event.receivedAt = select.integer(7);
        if (!select.isNull(8))
            event.clientEventId = select.text(8);
        events.append(std::move(event));
    }
    if (step != SQLITE_DONE)
        return sqliteError(db);
    return events;
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

Result<QList<TrackingError>> SqliteCollectorStore::errors(const ErrorQuery &query)
{
    sqlite3 *db = m_database.handle();
    QByteArray sql = "SELECT id, app_id, received_at, payload, reasons FROM tracking_errors "
                     "WHERE 1";
    if (query.appId != 0)
        sql += " AND app_id = ?1";
    if (query.from != 0)
        sql += " AND received_at >= ?2";
    if (query.to != 0)
        sql += " AND received_at < ?3";
    if (query.beforeId != 0)
        sql += " AND id < ?4";
    sql += " ORDER BY id DESC LIMIT " + QByteArray::number(qBound(1, query.limit, 1000));
    SqliteStatement select(db, sql);
    if (!select.isValid())
        return select.error();
    if (query.appId != 0)
        select.bind(1, query.appId);
    if (query.from != 0)
        select.bind(2, query.from);
    if (query.to != 0)
        select.bind(3, query.to);
    if (query.beforeId != 0)
        select.bind(4, query.beforeId);
    QList<TrackingError> errors;
    int step = SQLITE_ROW;
    while ((step = select.step()) == SQLITE_ROW) {
        TrackingError error;
        error.id = select.integer(0);
        error.appId = select.isNull(1) ? 0 : select.integer(1);
        error.receivedAt = select.integer(2);
        error.payload = select.bytes(3);
        error.reasons = decodeReasons(select.bytes(4));
        errors.append(std::move(error));
    }
    if (step != SQLITE_DONE)
        return sqliteError(db);
    return errors;
}

Result<QList<MinuteCount>> SqliteCollectorStore::minuteCounts(qint64 from, qint64 to)
{
    sqlite3 *db = m_database.handle();
    SqliteStatement select(db,
        "SELECT minute, category, name, count FROM tracked_minutes "
        "WHERE minute >= ?1 AND minute < ?2 ORDER BY minute, category, name");
    if (!select.isValid())
        return select.error();
    select.bind(1, from - ((from % 60000) + 60000) % 60000);
    select.bind(2, to);
    QList<MinuteCount> counts;
    while (select.step() == SQLITE_ROW)
        counts.append({select.integer(0), select.text(1), select.text(2), select.integer(3)});
    return counts;
}

Result<qint64> SqliteCollectorStore::eventCount()
{
    sqlite3 *db = m_database.handle();
    SqliteStatement select(db, "SELECT count(*) FROM tracked_events");
    if (!select.isValid() || select.step() != SQLITE_ROW)
        return sqliteError(db);
    return select.integer(0);
}

Result<QList<EventType>> SqliteCollectorStore::eventTypes()
{
    sqlite3 *db = m_database.handle();
    SqliteStatement select(db,
        "SELECT category, name, rules, built_in, updated_at FROM event_types "
        "ORDER BY category, name");
    if (!select.isValid())
        return select.error();
    QList<EventType> types;
    while (select.step() == SQLITE_ROW)
        types.append(
            {select.text(0), select.text(1), QJsonDocument::fromJson(select.bytes(2)).object(),
                select.integer(3) != 0, select.integer(4)});
    return types;
}

Result<void> SqliteCollectorStore::putEventType(const EventType &type)
{
    sqlite3 *db = m_database.handle();
    SqliteStatement upsert(db,
        "INSERT INTO event_types (category, name, rules, built_in, updated_at) "
        "VALUES (?1, ?2, ?3, 0, ?4) ON CONFLICT (category, name) DO UPDATE SET "
        "rules = excluded.rules, updated_at = excluded.updated_at");
    if (!upsert.isValid())
        return upsert.error();
    upsert.bind(1, type.category);
    upsert.bind(2, type.name);
    upsert.bind(3, QJsonDocument(type.rules).toJson(QJsonDocument::Compact));
    upsert.bind(4, type.updatedAt);
    if (upsert.step() != SQLITE_DONE)
        return sqliteError(db);
    return {};
}

Result<void> SqliteCollectorStore::deleteEventType(const QString &category, const QString &name)
{
    sqlite3 *db = m_database.handle();
    SqliteStatement select(
        db, "SELECT built_in FROM event_types WHERE category = ?1 AND name = ?2");
    if (!select.isValid())
        return select.error();
    select.bind(1, category);
    select.bind(2, name);
    if (select.step() != SQLITE_ROW)
        return Error::notFound(
            QStringLiteral("There is no event type %1 / %2.").arg(category, name));
    if (select.integer(0) != 0)
        return Error::make(ErrorKind::Conflict, QStringLiteral("built_in_type"),
            QStringLiteral("Built-in event types can be changed but not deleted."));
    SqliteStatement remove(db, "DELETE FROM event_types WHERE category = ?1 AND name = ?2");
    remove.bind(1, category);
    remove.bind(2, name);
    if (remove.step() != SQLITE_DONE)
        return sqliteError(db);
    return {};
}

Result<CollectorSettings> SqliteCollectorStore::settings()
{
    sqlite3 *db = m_database.handle();
    SqliteStatement select(db, "SELECT key, value FROM collector_settings");
    if (!select.isValid())
        return select.error();
    CollectorSettings settings;
    while (select.step() == SQLITE_ROW) {
        const QString key = select.text(0);
        if (key == QLatin1String("strict_types"))
            settings.strictTypes = select.text(1) == QLatin1String("1");
        else if (key == QLatin1String("max_skew_ms"))
            settings.maxSkewMs = select.text(1).toLongLong();
    }
    return settings;
}

Result<void> SqliteCollectorStore::putSettings(const CollectorSettings &settings)
{
    sqlite3 *db = m_database.handle();
    SqliteStatement upsert(db,
        "INSERT INTO collector_settings (key, value) VALUES (?1, ?2) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!upsert.isValid())
        return upsert.error();
    const std::pair<const char *, QString> values[]
        = {{"strict_types", settings.strictTypes ? QStringLiteral("1") : QStringLiteral("0")},
            {"max_skew_ms", QString::number(settings.maxSkewMs)}};
    for (const auto &[key, value] : values) {
        upsert.bind(1, QString::fromLatin1(key));
        upsert.bind(2, value);
        if (upsert.step() != SQLITE_DONE)
            return sqliteError(db);
        upsert.reset();
    }
    return {};
}

} // namespace Eventdesk::Storage
