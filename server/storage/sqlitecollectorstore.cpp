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

// "1,2,3" for an IN list of app ids (integers from the database, so inlining them is safe);
// "NULL" for none, which matches no row.
QByteArray idList(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return "NULL";
    QByteArray list;
    for (const qint64 id : ids) {
        if (!list.isEmpty())
            list += ',';
        list += QByteArray::number(id);
    }
    return list;
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

Result<App> SqliteCollectorStore::insertApp(const App &app, const QByteArray &keyHash)
{
    sqlite3 *db = m_database.handle();
    SqliteStatement insert(db,
        "INSERT INTO apps (name, owner_id, key_hash, key_hint, scopes, created_at) "
        "VALUES (:name, NULLIF(:owner, 0), :key_hash, :key_hint, :scopes, :created_at)");
    insert.bind(":name", app.name);
    insert.bind(":owner", app.ownerId);
    insert.bindBlob(":key_hash", keyHash);
    insert.bind(":key_hint", app.keyHint);
    insert.bind(":scopes", app.scopes.join(u' '));
    insert.bind(":created_at", app.createdAt);
    if (auto done = insert.exec(); !done)
        return done.error();
    App stored = app;
    stored.id = insert.lastInsertId();
    return stored;
}

Result<QList<App>> SqliteCollectorStore::apps(qint64 ownerId)
{
    sqlite3 *db = m_database.handle();
    const QByteArray sql = QByteArray("SELECT ") + AppColumns + " FROM apps"
        + (ownerId != 0 ? " WHERE owner_id = :owner" : "") + " ORDER BY id";
    SqliteStatement select(db, sql);
    select.bindIfUsed(":owner", ownerId);
    QList<App> apps;
    Result<bool> row = false;
    while ((row = select.next()) && *row)
        apps.append(readApp(select));
    if (!row)
        return row.error();
    return apps;
}

Result<App> SqliteCollectorStore::app(qint64 id)
{
    sqlite3 *db = m_database.handle();
    const QByteArray sql = QByteArray("SELECT ") + AppColumns + " FROM apps WHERE id = :id";
    SqliteStatement select(db, sql);
    select.bind(":id", id);
    const auto row = select.next();
    if (!row)
        return row.error();
    if (!*row)
        return Error::notFound(QStringLiteral("There is no app %1.").arg(id));
    return readApp(select);
}

Result<void> SqliteCollectorStore::revokeApp(qint64 id, qint64 at)
{
    sqlite3 *db = m_database.handle();
    SqliteStatement update(
        db, "UPDATE apps SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL");
    update.bind(":id", id);
    update.bind(":at", at);
    if (auto done = update.exec(); !done)
        return done.error();
    return {};
}

Result<std::optional<std::pair<App, QByteArray>>> SqliteCollectorStore::appByKeyHash(
    const QByteArray &keyHash)
{
    sqlite3 *db = m_database.handle();
    const QByteArray sql
        = QByteArray("SELECT ") + AppColumns + ", key_hash FROM apps WHERE key_hash = :key_hash";
    SqliteStatement select(db, sql);
    select.bindBlob(":key_hash", keyHash);
    const auto row = select.next();
    if (!row)
        return row.error();
    if (!*row)
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
            const qint64 start = event.occurredAt - ((event.occurredAt % 60000) + 60000) % 60000;
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
        error.bind(":reasons", encodeReasons(rejected.reasons));
        if (auto done = error.exec(); !done)
            return done.error();
        error.reset();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return results;
}

QByteArray SqliteCollectorStore::eventsSql(const TrackQuery &query)
{
    // Only the filters in use appear in the SQL, so SQLite picks the index that fits them.
    QByteArray sql = "SELECT id, app_id, session_id, category, name, data, occurred_at, "
                     "received_at, client_event_id FROM tracked_events WHERE 1";
    if (!query.sessionId.isEmpty())
        sql += " AND session_id = :session";
    if (!query.category.isEmpty())
        sql += " AND category = :category";
    if (!query.name.isEmpty())
        sql += " AND name = :name";
    if (query.appId != 0)
        sql += " AND app_id = :app";
    if (query.onlyApps)
        sql += " AND app_id IN (" + idList(*query.onlyApps) + ")";
    if (query.from != 0)
        sql += " AND occurred_at >= :from";
    if (query.to != 0)
        sql += " AND occurred_at < :to";
    if (query.hasCursor) {
        const QByteArray op = query.ascending ? ">" : "<";
        sql += " AND (occurred_at " + op + " :cursor_time OR (occurred_at = :cursor_time AND id "
            + op + " :cursor_id))";
    }
    sql += query.ascending ? " ORDER BY occurred_at, id" : " ORDER BY occurred_at DESC, id DESC";
    sql += " LIMIT " + QByteArray::number(qBound(1, query.limit, 1000));
    return sql;
}

namespace {

// Every value eventsSql() may ask for; the statement refuses to run if one it asks for is
// missing.
void bindEventsQuery(SqliteStatement &select, const TrackQuery &query)
{
    select.bindIfUsed(":session", query.sessionId);
    select.bindIfUsed(":category", query.category);
    select.bindIfUsed(":name", query.name);
    select.bindIfUsed(":app", query.appId);
    select.bindIfUsed(":from", query.from);
    select.bindIfUsed(":to", query.to);
    select.bindIfUsed(":cursor_time", query.cursorTime);
    select.bindIfUsed(":cursor_id", query.cursorId);
}

} // namespace

Result<QList<TrackedEvent>> SqliteCollectorStore::events(const TrackQuery &query)
{
    sqlite3 *db = m_database.handle();
    SqliteStatement select(db, eventsSql(query));
    if (!select.isValid())
        return select.error();
    bindEventsQuery(select, query);
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
        sql += " AND app_id = :app";
    if (query.onlyApps)
        sql += " AND app_id IN (" + idList(*query.onlyApps) + ")";
    if (query.from != 0)
        sql += " AND received_at >= :from";
    if (query.to != 0)
        sql += " AND received_at < :to";
    if (query.beforeId != 0)
        sql += " AND id < :before";
    sql += " ORDER BY id DESC LIMIT " + QByteArray::number(qBound(1, query.limit, 1000));
    SqliteStatement select(db, sql);
    if (!select.isValid())
        return select.error();
    select.bindIfUsed(":app", query.appId);
    select.bindIfUsed(":from", query.from);
    select.bindIfUsed(":to", query.to);
    select.bindIfUsed(":before", query.beforeId);
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
        "WHERE minute >= :from AND minute < :to ORDER BY minute, category, name");
    if (!select.isValid())
        return select.error();
    select.bind(":from", from - ((from % 60000) + 60000) % 60000);
    select.bind(":to", to);
    QList<MinuteCount> counts;
    while (select.step() == SQLITE_ROW)
        counts.append({select.integer(0), select.text(1), select.text(2), select.integer(3)});
    return counts;
}

Result<QList<MinuteCount>> SqliteCollectorStore::minuteCountsOfApps(
    qint64 from, qint64 to, const QList<qint64> &apps)
{
    sqlite3 *db = m_database.handle();
    const qint64 start = from - ((from % 60000) + 60000) % 60000;
    const QByteArray sql
        = QByteArray("SELECT occurred_at - (occurred_at % 60000) AS minute, category, name, "
                     "count(*) FROM tracked_events WHERE app_id IN (")
        + idList(apps)
        + ") AND occurred_at >= :from AND occurred_at < :to "
          "GROUP BY minute, category, name ORDER BY minute, category, name";
    SqliteStatement select(db, sql);
    if (!select.isValid())
        return select.error();
    select.bind(":from", start);
    select.bind(":to", to);
    QList<MinuteCount> counts;
    int step = SQLITE_ROW;
    while ((step = select.step()) == SQLITE_ROW)
        counts.append({select.integer(0), select.text(1), select.text(2), select.integer(3)});
    if (step != SQLITE_DONE)
        return sqliteError(db);
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
        "VALUES (:category, :name, :rules, 0, :updated_at) ON CONFLICT (category, name) DO UPDATE "
        "SET "
        "rules = excluded.rules, updated_at = excluded.updated_at");
    if (!upsert.isValid())
        return upsert.error();
    upsert.bind(":category", type.category);
    upsert.bind(":name", type.name);
    upsert.bind(":rules", QJsonDocument(type.rules).toJson(QJsonDocument::Compact));
    upsert.bind(":updated_at", type.updatedAt);
    if (auto done = upsert.exec(); !done)
        return done.error();
    return {};
}

Result<void> SqliteCollectorStore::deleteEventType(const QString &category, const QString &name)
{
    sqlite3 *db = m_database.handle();
    SqliteStatement select(
        db, "SELECT built_in FROM event_types WHERE category = :category AND name = :name");
    select.bind(":category", category);
    select.bind(":name", name);
    const auto row = select.next();
    if (!row)
        return row.error();
    if (!*row)
        return Error::notFound(
            QStringLiteral("There is no event type %1 / %2.").arg(category, name));
    if (select.integer(0) != 0)
        return Error::make(ErrorKind::Conflict, QStringLiteral("built_in_type"),
            QStringLiteral("Built-in event types can be changed but not deleted."));
    SqliteStatement remove(
        db, "DELETE FROM event_types WHERE category = :category AND name = :name");
    remove.bind(":category", category);
    remove.bind(":name", name);
    if (auto done = remove.exec(); !done)
        return done.error();
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
        "INSERT INTO collector_settings (key, value) VALUES (:key, :value) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!upsert.isValid())
        return upsert.error();
    const std::pair<const char *, QString> values[]
        = {{"strict_types", settings.strictTypes ? QStringLiteral("1") : QStringLiteral("0")},
            {"max_skew_ms", QString::number(settings.maxSkewMs)}};
    for (const auto &[key, value] : values) {
        upsert.bind(":key", key);
        upsert.bind(":value", value);
        if (auto done = upsert.exec(); !done)
            return done.error();
        upsert.reset();
    }
    return {};
}

} // namespace Eventdesk::Storage
