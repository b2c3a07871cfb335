// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitewebhookstore.h"
#include "database.h"
#include "sqlitestatement.h"

#include <sqlite3.h>

namespace Eventdesk::SqlStores {
template class WebhookSql<Storage::SqliteWebhookBackend>;
} // namespace Eventdesk::SqlStores

namespace Eventdesk::Storage {

using namespace Eventdesk::Core;

namespace {

using namespace SqlStores::webhooksql;

// Records attempts (and disables subscriptions) inside the caller's transaction.
Result<void> recordAttempts(sqlite3 *db, const QList<DeliveryAttempt> &attempts)
{
    SqliteStatement delivery(db, EVENTDESK_WEBHOOK_RECORD_ATTEMPT(""));
    SqliteStatement health(db, RecordHealth);
    SqliteStatement disable(db, Disable);
    SqliteStatement failPending(db, FailPending);
    if (!delivery.isValid() || !health.isValid() || !disable.isValid() || !failPending.isValid())
        return Error::internal(QString::fromUtf8(sqlite3_errmsg(db)));
    for (const DeliveryAttempt &a : attempts) {
        bindAttempt(delivery, health, a);
        if (delivery.step() != SQLITE_DONE)
            return delivery.error();
        delivery.reset();
        if (health.step() != SQLITE_DONE)
            return health.error();
        health.reset();
        if (!a.disableReason.isEmpty()) {
            bindDisable(disable, failPending, a);
            if (disable.step() != SQLITE_DONE || failPending.step() != SQLITE_DONE)
                return Error::internal(QString::fromUtf8(sqlite3_errmsg(db)));
            disable.reset();
            failPending.reset();
        }
    }
    return {};
}

} // namespace

Result<int> SqliteWebhookStore::settle(const QList<DeliveryAttempt> &attempts,
    const std::function<bool(qint64)> &mayAllSee, qint64 now, int limit)
{
    sqlite3 *db = m_database.handle();
    // Most passes find nothing new: answered without taking the write lock, which the API's
    // writers need.
    auto pass = preparePass<SqliteStatement>(db, mayAllSee);
    if (!pass)
        return pass.error();
    const bool fresh = pass->fresh;
    if (!fresh && attempts.isEmpty())
        return 0;
    QList<Target> &targets = pass->targets;

    SqliteTransaction transaction(db);
    if (!transaction.isActive())
        return Error::internal(transaction.errorMessage());
    if (!attempts.isEmpty()) {
        if (auto recorded = recordAttempts(db, attempts); !recorded)
            return recorded.error();
        dropDisabled(targets, attempts);
    }
    if (!fresh) {
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        return 0;
    }
    qint64 cursor = 0;
    {
        SqliteStatement s(db, "SELECT outbox_id FROM webhook_cursor WHERE id = 1");
        if (s.step() != SQLITE_ROW)
            return s.error();
        cursor = s.integer(0);
    }
    SqliteStatement read(db, ReadOutbox);
    read.bind(":cursor", cursor);
    read.bind(":limit", qint64(limit));
    SqliteStatement insert(db,
        "INSERT INTO webhook_deliveries (webhook_id, message_id, next_attempt_at, created_at) "
        "VALUES (:hook, :message, :now, :now)");
    SqliteStatement drop(db, "DELETE FROM webhook_outbox WHERE id = :id");
    if (!read.isValid() || !insert.isValid() || !drop.isValid())
        return Error::internal(QString::fromUtf8(sqlite3_errmsg(db)));
    int count = 0;
    int rc;
    while ((rc = read.step()) == SQLITE_ROW) {
        ++count;
        const Message message = readMessage(read);
        cursor = message.id;
        int fannedOut = 0;
        for (const Target &target : std::as_const(targets)) {
            if (!wants(target, message))
                continue;
            insert.bind(":hook", target.id);
            insert.bind(":message", message.id);
            insert.bind(":now", now);
            if (insert.step() != SQLITE_DONE)
                return insert.error();
            insert.reset();
            ++fannedOut;
        }
        if (fannedOut == 0) { // nobody receives it: nothing will refer to it
            drop.bind(":id", message.id);
            if (drop.step() != SQLITE_DONE)
                return drop.error();
            drop.reset();
        }
    }
    if (rc != SQLITE_DONE)
        return read.error();
    if (count > 0) {
        SqliteStatement move(db, MoveCursor);
        move.bind(":cursor", cursor);
        if (auto done = move.exec(); !done)
            return done.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return count;
}

Result<QList<DueDelivery>> SqliteWebhookStore::due(
    qint64 now, int perWebhook, const QSet<qint64> &inFlight)
{
    sqlite3 *db = m_database.handle();
    // One indexed probe per subscription, then its oldest due deliveries: a subscription with a
    // long backlog cannot fill the batch and starve the others.
    QList<qint64> hooks;
    {
        SqliteStatement s(db,
            "SELECT w.id FROM webhooks w WHERE EXISTS (SELECT 1 FROM webhook_deliveries d "
            "WHERE d.webhook_id = w.id AND d.status = 'pending' AND d.next_attempt_at <= :now)");
        s.bind(":now", now);
        int rc;
        while ((rc = s.step()) == SQLITE_ROW)
            hooks.append(s.integer(0));
        if (rc != SQLITE_DONE)
            return s.error();
    }
    QList<DueDelivery> rows;
    SqliteStatement s(db,
        "SELECT " + QByteArray(DueColumns)
            + " FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id "
              "JOIN webhook_outbox o ON o.id = d.message_id "
              "WHERE d.webhook_id = :hook AND d.status = 'pending' AND d.next_attempt_at <= :now "
              "ORDER BY d.next_attempt_at, d.id LIMIT :limit");
    if (!s.isValid())
        return s.error();
    for (const qint64 hook : std::as_const(hooks)) {
        s.bind(":hook", hook);
        s.bind(":now", now);
        s.bind(":limit", qint64(perWebhook + inFlight.size()));
        int rc;
        int taken = 0;
        while (taken < perWebhook && (rc = s.step()) == SQLITE_ROW) {
            if (inFlight.contains(s.integer(0)))
                continue;
            rows.append(readDue(s));
            ++taken;
        }
        s.reset();
    }
    return rows;
}

Result<std::optional<qint64>> SqliteWebhookStore::nextDue()
{
    SqliteStatement s(m_database.handle(),
        "SELECT min(next_attempt_at) FROM webhook_deliveries WHERE status = 'pending'");
    if (s.step() != SQLITE_ROW)
        return s.error();
    return s.optionalInteger(0);
}

} // namespace Eventdesk::Storage
