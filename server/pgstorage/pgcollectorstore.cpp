// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgcollectorstore.h"
#include "pgarray.h"

#include <QHash>

namespace Eventdesk::PgStorage {

using namespace Eventdesk::Core;

namespace {

// The batch's events in one statement. Each row gets its id from the sequence first, in the
// order of the batch (so ids follow arrival, as on SQLite), then the rows are inserted in the
// order of their (app, client event id): two writers whose batches share ids take the unique
// index's locks in the same order and wait for each other instead of deadlocking. A row whose
// (app, client event id) is stored, or being stored by a transaction that then commits, is
// skipped. The minute counts come from the rows inserted, upserted in key order for the same
// reason. The answer: per row of the batch (ord), its id and whether it was inserted.
constexpr const char *InsertEventsSql
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
      " minutes AS (INSERT INTO tracked_minutes (minute, category, name, count)"
      " SELECT occurred_at - ((occurred_at % 60000) + 60000) % 60000, category, name, count(*)"
      " FROM inserted GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
      " ON CONFLICT (minute, category, name) DO UPDATE"
      " SET count = tracked_minutes.count + excluded.count)"
      " SELECT input.ord, input.id, inserted.id IS NOT NULL FROM input"
      " LEFT JOIN inserted ON inserted.id = input.id ORDER BY input.ord";

// The stored rows of the events that were skipped as duplicates. A new statement, so under READ
// COMMITTED it sees the row another process committed while the insert waited for it.
constexpr const char *StoredEventsSql
    = "SELECT e.app_id, e.client_event_id, e.id FROM unnest(:app::bigint[],"
      " :client_event_id::text[]) AS k(app_id, client_event_id) JOIN tracked_events e"
      " ON e.app_id = k.app_id AND e.client_event_id = k.client_event_id";

constexpr const char *InsertErrorsSql
    = "INSERT INTO tracking_errors (app_id, received_at, payload, reasons)"
      " SELECT NULLIF(app, 0), received_at, payload, reasons FROM unnest(:app::bigint[],"
      " :received_at::bigint[], :payload::text[], :reasons::text[])"
      " AS i(app, received_at, payload, reasons)";

using EventKey = std::pair<qint64, QByteArray>;

Result<void> insertErrors(PGconn *db, const QList<PendingError> &errors)
{
    PgArray app, receivedAt, payload, reasons;
    for (const PendingError &rejected : errors) {
        app.append(rejected.appId);
        receivedAt.append(rejected.receivedAt);
        payload.append(rejected.payload);
        reasons.append(SqlStores::collector::encodeReasons(rejected.reasons));
    }
    PgStatement insert(db, InsertErrorsSql);
    insert.bind(":app", app.literal());
    insert.bind(":received_at", receivedAt.literal());
    insert.bind(":payload", payload.literal());
    insert.bind(":reasons", reasons.literal());
    if (auto done = insert.exec(); !done)
        return done.error();
    return {};
}

} // namespace

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
    return pgInTransaction(db, [&]() -> Result<QList<WriteResult>> {
        // synchronous_commit is on unless the server was told otherwise; sync=full insists.
        if (m_config.fullSync) {
            if (auto set = pgExecScript(db, "SET LOCAL synchronous_commit = on"); !set)
                return set.error();
        }
        QList<WriteResult> results(events.size());
        if (!sent.isEmpty()) {
            PgArray app, session, category, name, data, occurredAt, receivedAt, clientEventId;
            for (const qsizetype i : std::as_const(sent)) {
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
            PgStatement insert(db, InsertEventsSql);
            insert.bind(":app", app.literal());
            insert.bind(":session", session.literal());
            insert.bind(":category", category.literal());
            insert.bind(":name", name.literal());
            insert.bind(":data", data.literal());
            insert.bind(":occurred_at", occurredAt.literal());
            insert.bind(":received_at", receivedAt.literal());
            insert.bind(":client_event_id", clientEventId.literal());
            QList<qsizetype> skipped;
            Result<bool> row = false;
            while ((row = insert.next()) && *row) {
                const qsizetype i = sent.value(insert.integer(0) - 1, -1);
                if (i < 0)
                    return Error::internal(QStringLiteral("unexpected row in the batch insert"));
                results[i].id = insert.integer(1);
                if (insert.integer(2) == 0) {
                    results[i].duplicate = true;
                    skipped.append(i);
                }
            }
            if (!row)
                return row.error();
            if (!skipped.isEmpty()) {
                PgArray skippedApp, skippedId;
                for (const qsizetype i : std::as_const(skipped)) {
                    skippedApp.append(events.at(i).appId);
                    skippedId.append(events.at(i).clientEventId);
                }
                PgStatement stored(db, StoredEventsSql);
                stored.bind(":app", skippedApp.literal());
                stored.bind(":client_event_id", skippedId.literal());
                QHash<EventKey, qint64> ids;
                while ((row = stored.next()) && *row)
                    ids.insert({stored.integer(0), stored.bytes(1)}, stored.integer(2));
                if (!row)
                    return row.error();
                for (const qsizetype i : std::as_const(skipped)) {
                    const auto id = ids.constFind({events.at(i).appId, events.at(i).clientEventId});
                    if (id == ids.constEnd())
                        return Error::internal(
                            QStringLiteral("A duplicate event's stored row was not found."));
                    results[i].id = *id;
                }
            }
        }
        for (qsizetype i = 0; i < events.size(); ++i) {
            if (sameAs.at(i) >= 0)
                results[i] = {results.at(sameAs.at(i)).id, true};
        }
        if (!errors.isEmpty()) {
            if (auto done = insertErrors(db, errors); !done)
                return done.error();
        }
        return results;
    });
}

} // namespace Eventdesk::PgStorage

namespace Eventdesk::SqlStores {

template class CollectorSql<PgStorage::PgBackend>;

} // namespace Eventdesk::SqlStores
