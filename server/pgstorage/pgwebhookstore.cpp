// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgwebhookstore.h"
#include "pgarray.h"

namespace Eventdesk::SqlStores {
template class WebhookSql<PgStorage::PgWebhookBackend>;
} // namespace Eventdesk::SqlStores

namespace Eventdesk::PgStorage {

using namespace Eventdesk::Core;
using namespace SqlStores::webhooksql;

namespace {

// Records attempts (and disables subscriptions) inside the caller's transaction; each releases
// its delivery's claim.
Result<void> recordAttempts(PGconn *db, const QList<DeliveryAttempt> &attempts)
{
    for (const DeliveryAttempt &a : attempts) {
        PgStatement delivery(db, EVENTDESK_WEBHOOK_RECORD_ATTEMPT(", claimed_until = 0"));
        PgStatement health(db, RecordHealth);
        bindAttempt(delivery, health, a);
        if (auto done = delivery.exec(); !done)
            return done.error();
        if (auto done = health.exec(); !done)
            return done.error();
        if (!a.disableReason.isEmpty()) {
            PgStatement disable(db, Disable);
            PgStatement failPending(db, FailPending);
            bindDisable(disable, failPending, a);
            if (auto done = disable.exec(); !done)
                return done.error();
            if (auto done = failPending.exec(); !done)
                return done.error();
        }
    }
    return {};
}

} // namespace

PgWebhookStore::PgWebhookStore(PgDatabase &database, qint64 leaseMs)
    : WebhookSql(database)
    , m_leaseMs(leaseMs)
{ }

Result<int> PgWebhookStore::settle(const QList<DeliveryAttempt> &attempts,
    const std::function<bool(qint64)> &mayAllSee, qint64 now, int limit)
{
    PGconn *db = m_database.handle();
    // Most passes find nothing new: answered without a transaction or a lock.
    auto pass = preparePass<PgStatement>(db, mayAllSee);
    if (!pass)
        return pass.error();
    const bool fresh = pass->fresh;
    if (!fresh && attempts.isEmpty())
        return 0;
    QList<Target> &targets = pass->targets;

    return pgInTransaction(db, [&]() -> Result<int> {
        // First, before any row lock: a writer holding outbox rows never waits for this one.
        if (fresh) {
            if (auto locked = PgWebhookBackend::lockOutbox(db); !locked)
                return locked.error();
        }
        if (auto recorded = recordAttempts(db, attempts); !recorded)
            return recorded.error();
        dropDisabled(targets, attempts);
        if (!fresh)
            return 0;
        // Another process's fan-out waits here and then reads the cursor this one moved.
        PgStatement cursorRow(db, "SELECT outbox_id FROM webhook_cursor WHERE id = 1 FOR UPDATE");
        const auto found = cursorRow.next();
        if (!found)
            return found.error();
        if (!*found)
            return Error::internal(QStringLiteral("webhook_cursor has no row"));
        qint64 cursor = cursorRow.integer(0);
        PgStatement read(db, ReadOutbox);
        read.bind(":cursor", cursor);
        read.bind(":limit", qint64(limit));
        auto messages = readAll<Message>(read, readMessage<PgStatement>);
        if (!messages)
            return messages.error();
        if (messages->isEmpty())
            return 0;
        // One statement for all deliveries, in the order SQLite inserts them (ids ascending).
        QList<qint64> hooks, ids, unwanted;
        for (const Message &message : std::as_const(*messages)) {
            cursor = message.id;
            const qsizetype before = hooks.size();
            for (const Target &target : std::as_const(targets)) {
                if (!wants(target, message))
                    continue;
                hooks.append(target.id);
                ids.append(message.id);
            }
            if (hooks.size() == before) // nobody receives it: nothing will refer to it
                unwanted.append(message.id);
        }
        if (!hooks.isEmpty()) {
            PgStatement insert(db,
                "INSERT INTO webhook_deliveries (webhook_id, message_id, next_attempt_at, "
                "created_at) SELECT h, m, :now, :now FROM unnest(:hooks::bigint[], "
                ":messages::bigint[]) WITH ORDINALITY AS t(h, m, n) ORDER BY n");
            insert.bind(":now", now);
            insert.bind(":hooks", PgArray::of(hooks));
            insert.bind(":messages", PgArray::of(ids));
            if (auto done = insert.exec(); !done)
                return done.error();
        }
        if (!unwanted.isEmpty()) {
            PgStatement drop(db, "DELETE FROM webhook_outbox WHERE id = ANY (:ids::bigint[])");
            drop.bind(":ids", PgArray::of(unwanted));
            if (auto done = drop.exec(); !done)
                return done.error();
        }
        PgStatement move(db, MoveCursor);
        move.bind(":cursor", cursor);
        if (auto done = move.exec(); !done)
            return done.error();
        return int(messages->size());
    });
}

Result<QList<DueDelivery>> PgWebhookStore::due(
    qint64 now, int perWebhook, const QSet<qint64> &inFlight)
{
    // One statement, so picking and claiming are one transaction: per subscription its oldest
    // due deliveries that nobody has claimed (rows another process is claiming right now are
    // skipped, not waited for), at most perWebhook minus what is claimed and not yet recorded,
    // so one subscription's backlog never hides another's and a receiver gets about perWebhook
    // attempts at a time however many processes send. What another process claimed and
    // committed meanwhile is re-checked on the newest row version and left out.
    PgStatement s(m_database.handle(),
        "WITH picked AS (SELECT p.id FROM webhooks w CROSS JOIN LATERAL (SELECT d.id "
        "FROM webhook_deliveries d WHERE d.webhook_id = w.id AND d.status = 'pending' "
        "AND d.next_attempt_at <= :now AND d.claimed_until <= :now "
        "AND d.id <> ALL (:inflight::bigint[]) ORDER BY d.next_attempt_at, d.id "
        "LIMIT greatest(0, :per - (SELECT count(*) FROM webhook_deliveries c "
        "WHERE c.webhook_id = w.id AND c.status = 'pending' AND c.claimed_until > 0 "
        "AND c.claimed_until > :now)) "
        "FOR UPDATE SKIP LOCKED) p), "
        "claimed AS (UPDATE webhook_deliveries d SET claimed_until = :until FROM picked "
        "WHERE d.id = picked.id RETURNING d.*) "
        "SELECT "
            + QByteArray(DueColumns)
            + " FROM claimed d JOIN webhooks w ON w.id = d.webhook_id "
              "JOIN webhook_outbox o ON o.id = d.message_id "
              "ORDER BY d.webhook_id, d.next_attempt_at, d.id");
    s.bind(":now", now);
    s.bind(":per", qint64(perWebhook));
    s.bind(":inflight", PgArray::of(inFlight));
    s.bind(":until", now + m_leaseMs);
    return readAll<DueDelivery>(s, readDue<PgStatement>);
}

Result<std::optional<qint64>> PgWebhookStore::nextDue()
{
    // A claimed delivery (claimed when it was due) is due again only when its claim ends. Two
    // index reads, not a scan of the backlog.
    PgStatement s(m_database.handle(),
        "SELECT least((SELECT min(next_attempt_at) FROM webhook_deliveries WHERE status = "
        "'pending' AND claimed_until = 0), (SELECT min(claimed_until) FROM webhook_deliveries "
        "WHERE status = 'pending' AND claimed_until > 0))");
    const auto row = s.next();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<qint64>();
    return s.optionalInteger(0);
}

} // namespace Eventdesk::PgStorage
