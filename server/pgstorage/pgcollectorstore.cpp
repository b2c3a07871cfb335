// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgcollectorstore.h"
#include "pgarray.h"

#include <QHash>

namespace Eventdesk::PgStorage {

using namespace Eventdesk::Core;

namespace {

// The whole batch in one statement, so one round trip and one (implicit) transaction: the
// events, their minute counts and the rejected events commit together or not at all.
// Each event gets its id from the sequence first, in the order of the batch (ids follow
// arrival, as on SQLite); the rows are then inserted in the order of their (app, client event
// id), so two writers whose batches share ids take the unique index's locks in the same order
// and wait for each other instead of deadlocking. A row whose (app, client event id) is stored,
// or is being stored by a transaction that then commits, is skipped. The minute counts come
// from the rows inserted, upserted in key order, into this connection's own rows (migration
// 0008: writers of other processes never wait for them). The answer: per event
// sent (ord), its id and whether it was inserted.
constexpr const char *WriteBatchSql
    = "WITH input AS MATERIALIZED ("
      " SELECT nextval('tracked_events_id_seq') AS id, i.* FROM unnest(:app::bigint[],"
      " :session::text[], :category::text[], :name::text[], :data::text[],"
      " :occurred_at::bigint[], :received_at::bigint[], :client_event_id::text[])"
      " WITH ORDINALITY AS i(app_id, session_id, category, name, data, occurred_at, received_at,"
      " client_event_id, ord)),"
      " inserted AS (INSERT INTO tracked_events (id, app_id, session_id, category, name, data,"
      " occurred_at, received_at, client_event_id)"
      " SELECT id, app_id, session_id, category, name, data, occurred_at, received_at,"
      " client_event_id FROM input ORDER BY app_id, client_event_id"
      " ON CONFLICT (app_id, client_event_id) DO NOTHING"
      " RETURNING id, occurred_at, category, name),"
      " minutes AS (INSERT INTO tracked_minutes (minute, category, name, writer, count)"
      " SELECT occurred_at - ((occurred_at % 60000) + 60000) % 60000, category, name,"
      " pg_backend_pid(), count(*) FROM inserted GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
      " ON CONFLICT (minute, category, name, writer) DO UPDATE"
      " SET count = tracked_minutes.count + excluded.count),"
      " rejected AS (INSERT INTO tracking_errors (app_id, received_at, payload, reasons)"
      " SELECT NULLIF(app, 0), received_at, payload, reasons FROM unnest(:error_app::bigint[],"
      " :error_received_at::bigint[], :error_payload::text[], :error_reasons::text[])"
      " AS e(app, received_at, payload, reasons))"
      " SELECT input.ord, input.id, inserted.id IS NOT NULL FROM input"
      " LEFT JOIN inserted ON inserted.id = input.id ORDER BY input.ord";

// The stored rows of the events that were skipped as duplicates. A statement of its own, so
// under READ COMMITTED it sees the row another process committed while the insert waited.
constexpr const char *StoredEventsSql
    = "SELECT e.app_id, e.client_event_id, e.id FROM unnest(:app::bigint[],"
      " :client_event_id::text[]) AS k(app_id, client_event_id) JOIN tracked_events e"
      " ON e.app_id = k.app_id AND e.client_event_id = k.client_event_id";

using EventKey = std::pair<qint64, QByteArray>;

void bindEvents(
    PgStatement &statement, const QList<PendingEvent> &events, const QList<qsizetype> &sent)
{
    PgArray app, session, category, name, data, occurredAt, receivedAt, clientEventId;
    for (const qsizetype i : sent) {
        const PendingEvent &event = events.at(i);
        app.append(event.appId);
        session.append(event.sessionId);
        category.append(event.category);
        name.append(event.name);
        data.append(event.data);
        occurredAt.append(event.occurredAt);
        receivedAt.append(event.receivedAt);
        if (event.clientEventId.isEmpty())
            clientEventId.appendNull();
        else
            clientEventId.append(event.clientEventId);
    }
    statement.bind(":app", app.literal());
    statement.bind(":session", session.literal());
    statement.bind(":category", category.literal());
    statement.bind(":name", name.literal());
    statement.bind(":data", data.literal());
    statement.bind(":occurred_at", occurredAt.literal());
    statement.bind(":received_at", receivedAt.literal());
    statement.bind(":client_event_id", clientEventId.literal());
}

void bindErrors(PgStatement &statement, const QList<PendingError> &errors)
{
    PgArray app, receivedAt, payload, reasons;
    for (const PendingError &rejected : errors) {
        app.append(rejected.appId);
        receivedAt.append(rejected.receivedAt);
        payload.append(rejected.payload);
        reasons.append(SqlStores::collector::encodeReasons(rejected.reasons));
    }
    statement.bind(":error_app", app.literal());
    statement.bind(":error_received_at", receivedAt.literal());
    statement.bind(":error_payload", payload.literal());
    statement.bind(":error_reasons", reasons.literal());
}

// The ids of the events in `skipped` (all with a client event id), stored by an earlier batch
// or by another process.
Result<void> findStored(PGconn *db, const QList<PendingEvent> &events,
    const QList<qsizetype> &skipped, QList<WriteResult> &results)
{
    PgArray app, clientEventId;
    for (const qsizetype i : skipped) {
        app.append(events.at(i).appId);
        clientEventId.append(events.at(i).clientEventId);
    }
    PgStatement stored(db, StoredEventsSql);
    stored.bind(":app", app.literal());
    stored.bind(":client_event_id", clientEventId.literal());
    QHash<EventKey, qint64> ids;
    Result<bool> row = false;
    while ((row = stored.next()) && *row)
        ids.insert({stored.integer(0), stored.bytes(1)}, stored.integer(2));
    if (!row)
        return row.error();
    for (const qsizetype i : skipped) {
        const auto id = ids.constFind({events.at(i).appId, events.at(i).clientEventId});
        if (id == ids.constEnd())
            return Error::internal(QStringLiteral("A duplicate event's stored row was not found."));
        results[i].id = *id;
    }
    return {};
}

} // namespace

Result<std::optional<qint64>> PgCollectorStore::configVersion()
{
    PgStatement s(m_database.handle(), "SELECT version FROM collector_version");
    auto row = s.next();
    if (!row)
        return row.error();
    return *row ? std::optional<qint64>(s.integer(0)) : std::optional<qint64>();
}

Result<QList<WriteResult>> PgCollectorStore::write(
    const QList<PendingEvent> &events, const QList<PendingError> &errors)
{
    // Within the batch, the first event of each (app, client event id) goes to the database and
    // the later ones repeat its answer as duplicates (SQLite finds them in its own transaction).
    QList<qsizetype> sent;
    QList<qsizetype> sameAs(events.size(), -1);
    QHash<EventKey, qsizetype> first;
    sent.reserve(events.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        const PendingEvent &event = events.at(i);
        if (!event.clientEventId.isEmpty()) {
            const auto found = first.constFind({event.appId, event.clientEventId});
            if (found != first.constEnd()) {
                sameAs[i] = *found;
                continue;
            }
            first.insert({event.appId, event.clientEventId}, i);
        }
        sent.append(i);
    }

    PGconn *db = m_database.handle();
    const auto writeBatch = [&]() -> Result<QList<WriteResult>> {
        PgStatement batch(db, WriteBatchSql);
        bindEvents(batch, events, sent);
        bindErrors(batch, errors);
        QList<WriteResult> results(events.size());
        QList<qsizetype> skipped;
        Result<bool> row = false;
        while ((row = batch.next()) && *row) {
            const qsizetype i = sent.value(batch.integer(0) - 1, -1);
            if (i < 0)
                return Error::internal(QStringLiteral("unexpected row in the batch insert"));
            results[i].id = batch.integer(1);
            if (batch.integer(2) == 0) {
                results[i].duplicate = true;
                skipped.append(i);
            }
        }
        if (!row)
            return row.error();
        // Read after the commit (or within the transaction): a stored event is never removed.
        if (!skipped.isEmpty()) {
            if (auto found = findStored(db, events, skipped, results); !found)
                return found.error();
        }
        for (qsizetype i = 0; i < events.size(); ++i) {
            if (sameAs.at(i) >= 0)
                results[i] = {results.at(sameAs.at(i)).id, true};
        }
        return results;
    };
    if (!m_config.fullSync)
        return writeBatch(); // one statement: its own transaction
    // synchronous_commit is on unless the server was told otherwise; sync=full insists.
    return pgInTransaction(db, [&]() -> Result<QList<WriteResult>> {
        if (auto set = pgExecScript(db, "SET LOCAL synchronous_commit = on"); !set)
            return set.error();
        return writeBatch();
    });
}

} // namespace Eventdesk::PgStorage

namespace Eventdesk::SqlStores {

template class CollectorSql<PgStorage::PgBackend>;

} // namespace Eventdesk::SqlStores
