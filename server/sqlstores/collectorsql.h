// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collectorconfig.h"
#include "collectorstore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Eventdesk::SqlStores {

// The collector store once, for every SQL backend: apps, the queries, event types and settings
// are the same SQL on SQLite and PostgreSQL (docs/architecture.md, "One data-access style").
// What differs is the ingest, so write() and checkpoint() stay with each backend's store:
// Storage::SqliteCollectorStore (one tuned prepared statement per row, WAL checkpoints) and
// PgStorage::PgCollectorStore (one multi-row statement per batch, ON CONFLICT across
// processes). A Backend gives Database, Connection, Statement and handle() (see AuthSql).
template<typename Backend> class CollectorSql : public Core::CollectorStore
{
public:
    using Database = typename Backend::Database;
    using Statement = typename Backend::Statement;

    explicit CollectorSql(Database &database, Core::CollectorConfig config = {})
        : m_database(database)
        , m_config(config)
    { }

    Core::Result<Core::App> insertApp(const Core::App &app, const QByteArray &keyHash) override;
    Core::Result<QList<Core::App>> apps(qint64 ownerId) override;
    Core::Result<Core::App> app(qint64 id) override;
    Core::Result<void> revokeApp(qint64 id, qint64 at) override;
    Core::Result<std::optional<std::pair<Core::App, QByteArray>>> appByKeyHash(
        const QByteArray &keyHash) override;

    Core::Result<QList<Core::TrackedEvent>> events(const Core::TrackQuery &query) override;
    Core::Result<QList<Core::TrackingError>> errors(const Core::ErrorQuery &query) override;
    Core::Result<QList<Core::MinuteCount>> minuteCounts(qint64 from, qint64 to) override;
    Core::Result<QList<Core::MinuteCount>> minuteCountsOfApps(
        qint64 from, qint64 to, const QList<qint64> &apps) override;
    Core::Result<qint64> eventCount() override;

    Core::Result<QList<Core::EventType>> eventTypes() override;
    Core::Result<void> putEventType(const Core::EventType &type) override;
    Core::Result<void> deleteEventType(const QString &category, const QString &name) override;
    Core::Result<Core::CollectorSettings> settings() override;
    Core::Result<void> putSettings(const Core::CollectorSettings &settings) override;

    // The SQL of an event query (also for the query-plan tests): only the filters in use appear
    // in it, with named parameters that events() fills.
    static QByteArray eventsSql(const Core::TrackQuery &query);

protected:
    Database &m_database;
    Core::CollectorConfig m_config;
};

namespace collector {

// The start of the minute of a time in ms, also before 1970 (C's % truncates toward zero).
inline qint64 minuteStart(qint64 at)
{
    return at - ((at % 60000) + 60000) % 60000;
}

// A tracking error's reasons as stored: a compact JSON array of {field, message}.
inline QByteArray encodeReasons(const QList<Core::FieldError> &reasons)
{
    QJsonArray array;
    for (const Core::FieldError &reason : reasons)
        array.append(QJsonObject {
            {QStringLiteral("field"), reason.field}, {QStringLiteral("message"), reason.message}});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

inline QList<Core::FieldError> decodeReasons(const QByteArray &json)
{
    QList<Core::FieldError> reasons;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        reasons.append({object.value(QStringLiteral("field")).toString(),
            object.value(QStringLiteral("message")).toString()});
    }
    return reasons;
}

// "1,2,3" for an IN list of app ids (integers from the database, so inlining them is safe);
// "NULL" for none, which matches no row.
inline QByteArray idList(const QList<qint64> &ids)
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

// The columns of apps that readApp() reads, in its order.
inline constexpr const char *AppColumns
    = "id, name, owner_id, key_hint, scopes, revoked_at, created_at";

template<typename Statement> Core::App readApp(const Statement &row)
{
    Core::App app;
    app.id = row.integer(0);
    app.name = row.text(1);
    app.ownerId = row.isNull(2) ? 0 : row.integer(2);
    app.keyHint = row.text(3);
    app.scopes = row.text(4).split(u' ', Qt::SkipEmptyParts);
    app.revokedAt = row.isNull(5) ? 0 : row.integer(5);
    app.createdAt = row.integer(6);
    return app;
}

// The columns of tracked_events that readTrackedEvent() reads, in its order.
inline constexpr const char *TrackedEventColumns = "id, app_id, session_id, category, name, data, "
                                                   "occurred_at, received_at, client_event_id";

template<typename Statement> Core::TrackedEvent readTrackedEvent(const Statement &row)
{
    Core::TrackedEvent event;
    event.id = row.integer(0);
    event.appId = row.integer(1);
    event.sessionId = row.text(2);
    event.category = row.text(3);
    event.name = row.text(4);
    event.data = row.bytes(5);
    event.occurredAt = row.integer(6);
    event.receivedAt = row.integer(7);
    if (!row.isNull(8))
        event.clientEventId = row.text(8);
    return event;
}

// Every row of a statement through read(), or the statement's error.
template<typename Statement, typename Read>
auto readAll(Statement &select, Read read) -> Core::Result<QList<decltype(read(select))>>
{
    QList<decltype(read(select))> rows;
    Core::Result<bool> row = false;
    while ((row = select.next()) && *row)
        rows.append(read(select));
    if (!row)
        return row.error();
    return rows;
}

} // namespace collector

template<typename Backend>
Core::Result<Core::App> CollectorSql<Backend>::insertApp(
    const Core::App &app, const QByteArray &keyHash)
{
    Statement insert(Backend::handle(m_database),
        "INSERT INTO apps (name, owner_id, key_hash, key_hint, scopes, created_at) "
        "VALUES (:name, NULLIF(CAST(:owner AS BIGINT), 0), :key_hash, :key_hint, :scopes, "
        ":created_at) RETURNING id");
    insert.bind(":name", app.name);
    insert.bind(":owner", app.ownerId);
    insert.bindBlob(":key_hash", keyHash);
    insert.bind(":key_hint", app.keyHint);
    insert.bind(":scopes", app.scopes.join(u' '));
    insert.bind(":created_at", app.createdAt);
    const auto row = insert.next();
    if (!row)
        return row.error();
    if (!*row)
        return Core::Error::internal(QStringLiteral("INSERT returned no id"));
    Core::App stored = app;
    stored.id = insert.integer(0);
    return stored;
}

template<typename Backend>
Core::Result<QList<Core::App>> CollectorSql<Backend>::apps(qint64 ownerId)
{
    const QByteArray sql = QByteArray("SELECT ") + collector::AppColumns + " FROM apps"
        + (ownerId != 0 ? " WHERE owner_id = :owner" : "") + " ORDER BY id";
    Statement select(Backend::handle(m_database), sql);
    select.bindIfUsed(":owner", ownerId);
    return collector::readAll(select, collector::readApp<Statement>);
}

template<typename Backend> Core::Result<Core::App> CollectorSql<Backend>::app(qint64 id)
{
    const QByteArray sql
        = QByteArray("SELECT ") + collector::AppColumns + " FROM apps WHERE id = :id";
    Statement select(Backend::handle(m_database), sql);
    select.bind(":id", id);
    const auto row = select.next();
    if (!row)
        return row.error();
    if (!*row)
        return Core::Error::notFound(QStringLiteral("There is no app %1.").arg(id));
    return collector::readApp(select);
}

template<typename Backend> Core::Result<void> CollectorSql<Backend>::revokeApp(qint64 id, qint64 at)
{
    Statement update(Backend::handle(m_database),
        "UPDATE apps SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL");
    update.bind(":id", id);
    update.bind(":at", at);
    if (auto done = update.exec(); !done)
        return done.error();
    return {};
}

template<typename Backend>
Core::Result<std::optional<std::pair<Core::App, QByteArray>>> CollectorSql<Backend>::appByKeyHash(
    const QByteArray &keyHash)
{
    using Found = std::optional<std::pair<Core::App, QByteArray>>;
    const QByteArray sql = QByteArray("SELECT ") + collector::AppColumns
        + ", key_hash FROM apps WHERE key_hash = :key_hash";
    Statement select(Backend::handle(m_database), sql);
    select.bindBlob(":key_hash", keyHash);
    const auto row = select.next();
    if (!row)
        return row.error();
    if (!*row)
        return Found();
    return Found(std::pair(collector::readApp(select), select.bytes(7)));
}

template<typename Backend>
QByteArray CollectorSql<Backend>::eventsSql(const Core::TrackQuery &query)
{
    // Only the filters in use appear in the SQL, so the database picks the index that fits them.
    QByteArray sql = QByteArray("SELECT ") + collector::TrackedEventColumns
        + " FROM tracked_events WHERE TRUE";
    if (!query.sessionId.isEmpty())
        sql += " AND session_id = :session";
    if (!query.category.isEmpty())
        sql += " AND category = :category";
    if (!query.name.isEmpty())
        sql += " AND name = :name";
    if (query.appId != 0)
        sql += " AND app_id = :app";
    if (query.onlyApps)
        sql += " AND app_id IN (" + collector::idList(*query.onlyApps) + ")";
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

template<typename Backend>
Core::Result<QList<Core::TrackedEvent>> CollectorSql<Backend>::events(const Core::TrackQuery &query)
{
    Statement select(Backend::handle(m_database), eventsSql(query));
    // Every value eventsSql() may ask for; the statement refuses to run if one it asks for is
    // missing.
    select.bindIfUsed(":session", query.sessionId);
    select.bindIfUsed(":category", query.category);
    select.bindIfUsed(":name", query.name);
    select.bindIfUsed(":app", query.appId);
    select.bindIfUsed(":from", query.from);
    select.bindIfUsed(":to", query.to);
    select.bindIfUsed(":cursor_time", query.cursorTime);
    select.bindIfUsed(":cursor_id", query.cursorId);
    return collector::readAll(select, collector::readTrackedEvent<Statement>);
}

template<typename Backend>
Core::Result<QList<Core::TrackingError>> CollectorSql<Backend>::errors(
    const Core::ErrorQuery &query)
{
    QByteArray sql = "SELECT id, app_id, received_at, payload, reasons FROM tracking_errors "
                     "WHERE TRUE";
    if (query.appId != 0)
        sql += " AND app_id = :app";
    if (query.onlyApps)
        sql += " AND app_id IN (" + collector::idList(*query.onlyApps) + ")";
    if (query.from != 0)
        sql += " AND received_at >= :from";
    if (query.to != 0)
        sql += " AND received_at < :to";
    if (query.beforeId != 0)
        sql += " AND id < :before";
    sql += " ORDER BY id DESC LIMIT " + QByteArray::number(qBound(1, query.limit, 1000));
    Statement select(Backend::handle(m_database), sql);
    select.bindIfUsed(":app", query.appId);
    select.bindIfUsed(":from", query.from);
    select.bindIfUsed(":to", query.to);
    select.bindIfUsed(":before", query.beforeId);
    return collector::readAll(select, [](const Statement &row) {
        Core::TrackingError error;
        error.id = row.integer(0);
        error.appId = row.isNull(1) ? 0 : row.integer(1);
        error.receivedAt = row.integer(2);
        error.payload = row.bytes(3);
        error.reasons = collector::decodeReasons(row.bytes(4));
        return error;
    });
}

namespace collector {

template<typename Statement> Core::MinuteCount readMinuteCount(const Statement &row)
{
    return {row.integer(0), row.text(1), row.text(2), row.integer(3)};
}

} // namespace collector

template<typename Backend>
Core::Result<QList<Core::MinuteCount>> CollectorSql<Backend>::minuteCounts(qint64 from, qint64 to)
{
    // PostgreSQL keeps a row per writing connection (its migration 0008), SQLite one: the sum
    // is the minute's count on both.
    Statement select(Backend::handle(m_database),
        "SELECT minute, category, name, CAST(sum(count) AS BIGINT) FROM tracked_minutes "
        "WHERE minute >= :from AND minute < :to GROUP BY minute, category, name "
        "ORDER BY minute, category, name");
    select.bind(":from", collector::minuteStart(from));
    select.bind(":to", to);
    return collector::readAll(select, collector::readMinuteCount<Statement>);
}

template<typename Backend>
Core::Result<QList<Core::MinuteCount>> CollectorSql<Backend>::minuteCountsOfApps(
    qint64 from, qint64 to, const QList<qint64> &apps)
{
    const QByteArray sql
        = QByteArray("SELECT occurred_at - (occurred_at % 60000) AS minute, category, name, "
                     "count(*) FROM tracked_events WHERE app_id IN (")
        + collector::idList(apps)
        + ") AND occurred_at >= :from AND occurred_at < :to "
          "GROUP BY minute, category, name ORDER BY minute, category, name";
    Statement select(Backend::handle(m_database), sql);
    select.bind(":from", collector::minuteStart(from));
    select.bind(":to", to);
    return collector::readAll(select, collector::readMinuteCount<Statement>);
}

template<typename Backend> Core::Result<qint64> CollectorSql<Backend>::eventCount()
{
    Statement select(Backend::handle(m_database), "SELECT count(*) FROM tracked_events");
    const auto row = select.next();
    if (!row)
        return row.error();
    return *row ? select.integer(0) : qint64(0);
}

template<typename Backend> Core::Result<QList<Core::EventType>> CollectorSql<Backend>::eventTypes()
{
    Statement select(Backend::handle(m_database),
        "SELECT category, name, rules, built_in, updated_at FROM event_types "
        "ORDER BY category, name");
    return collector::readAll(select, [](const Statement &row) {
        return Core::EventType {row.text(0), row.text(1),
            QJsonDocument::fromJson(row.bytes(2)).object(), row.integer(3) != 0, row.integer(4)};
    });
}

template<typename Backend>
Core::Result<void> CollectorSql<Backend>::putEventType(const Core::EventType &type)
{
    Statement upsert(Backend::handle(m_database),
        "INSERT INTO event_types (category, name, rules, built_in, updated_at) "
        "VALUES (:category, :name, :rules, 0, :updated_at) ON CONFLICT (category, name) DO UPDATE "
        "SET rules = excluded.rules, updated_at = excluded.updated_at");
    upsert.bind(":category", type.category);
    upsert.bind(":name", type.name);
    upsert.bind(":rules", QJsonDocument(type.rules).toJson(QJsonDocument::Compact));
    upsert.bind(":updated_at", type.updatedAt);
    if (auto done = upsert.exec(); !done)
        return done.error();
    return {};
}

template<typename Backend>
Core::Result<void> CollectorSql<Backend>::deleteEventType(
    const QString &category, const QString &name)
{
    auto *db = Backend::handle(m_database);
    Statement select(
        db, "SELECT built_in FROM event_types WHERE category = :category AND name = :name");
    select.bind(":category", category);
    select.bind(":name", name);
    const auto row = select.next();
    if (!row)
        return row.error();
    if (!*row)
        return Core::Error::notFound(
            QStringLiteral("There is no event type %1 / %2.").arg(category, name));
    if (select.integer(0) != 0)
        return Core::Error::make(Core::ErrorKind::Conflict, QStringLiteral("built_in_type"),
            QStringLiteral("Built-in event types can be changed but not deleted."));
    // The delete repeats the test, so it never removes a built-in type whatever ran meanwhile.
    Statement remove(
        db, "DELETE FROM event_types WHERE category = :category AND name = :name AND built_in = 0");
    remove.bind(":category", category);
    remove.bind(":name", name);
    if (auto done = remove.exec(); !done)
        return done.error();
    return {};
}

template<typename Backend> Core::Result<Core::CollectorSettings> CollectorSql<Backend>::settings()
{
    Statement select(Backend::handle(m_database), "SELECT key, value FROM collector_settings");
    Core::CollectorSettings settings;
    Core::Result<bool> row = false;
    while ((row = select.next()) && *row) {
        const QString key = select.text(0);
        if (key == QLatin1String("strict_types"))
            settings.strictTypes = select.text(1) == QLatin1String("1");
        else if (key == QLatin1String("max_skew_ms"))
            settings.maxSkewMs = select.text(1).toLongLong();
    }
    if (!row)
        return row.error();
    return settings;
}

template<typename Backend>
Core::Result<void> CollectorSql<Backend>::putSettings(const Core::CollectorSettings &settings)
{
    const std::pair<const char *, QString> values[]
        = {{"strict_types", settings.strictTypes ? QStringLiteral("1") : QStringLiteral("0")},
            {"max_skew_ms", QString::number(settings.maxSkewMs)}};
    for (const auto &[key, value] : values) {
        Statement upsert(Backend::handle(m_database),
            "INSERT INTO collector_settings (key, value) VALUES (:key, :value) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        upsert.bind(":key", key);
        upsert.bind(":value", value);
        if (auto done = upsert.exec(); !done)
            return done.error();
    }
    return {};
}

} // namespace Eventdesk::SqlStores
