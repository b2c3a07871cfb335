// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitewebhookstore.h"
#include "database.h"
#include "sqlitestatement.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

namespace Eventdesk::Storage {

using namespace Eventdesk::Core;

namespace {

const QByteArray webhookColumns = QByteArrayLiteral(
    "SELECT id, owner_id, url, description, events, secret, enabled, disabled_reason, "
    "disabled_at, failing_since, created_at, updated_at FROM webhooks ");

QStringList decodeTypes(const QByteArray &json)
{
    QStringList types;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &value : array)
        types.append(value.toString());
    return types;
}

QByteArray encodeTypes(const QStringList &types)
{
    return QJsonDocument(QJsonArray::fromStringList(types)).toJson(QJsonDocument::Compact);
}

Webhook readWebhook(const SqliteStatement &s)
{
    Webhook w;
    w.id = s.integer(0);
    w.ownerId = s.integer(1);
    w.url = s.text(2);
    w.description = s.text(3);
    w.events = decodeTypes(s.bytes(4));
    w.secret = s.text(5);
    w.enabled = s.integer(6) != 0;
    w.disabledReason = s.text(7);
    w.disabledAt = s.integer(8);
    w.failingSince = s.integer(9);
    w.createdAt = s.integer(10);
    w.updatedAt = s.integer(11);
    return w;
}

const QByteArray deliveryColumns = QByteArrayLiteral(
    "SELECT d.id, d.webhook_id, d.message_id, o.type, d.status, d.attempts, d.next_attempt_at, "
    "d.last_code, d.last_error, d.latency_ms, d.created_at, d.finished_at "
    "FROM webhook_deliveries d JOIN webhook_outbox o ON o.id = d.message_id ");

WebhookDelivery readDelivery(const SqliteStatement &s)
{
    WebhookDelivery d;
    d.id = s.integer(0);
    d.webhookId = s.integer(1);
    d.messageId = s.integer(2);
    d.type = s.text(3);
    d.status = s.text(4);
    d.attempts = int(s.integer(5));
    d.nextAttemptAt = s.integer(6);
    d.lastCode = int(s.integer(7));
    d.lastError = s.text(8);
    d.latencyMs = s.integer(9);
    d.createdAt = s.integer(10);
    d.finishedAt = s.integer(11);
    return d;
}

Error noWebhook(qint64 id)
{
    return Error::notFound(QStringLiteral("There is no webhook %1.").arg(id));
}

// Runs a statement that returns no rows.
Result<void> run(SqliteStatement &s)
{
    if (!s.isValid())
        return s.error();
    if (s.step() != SQLITE_DONE)
        return s.error();
    return {};
}

// Records attempts (and disables subscriptions) inside the caller's transaction.
Result<void> recordAttempts(sqlite3 *db, const QList<DeliveryAttempt> &attempts)
{
    SqliteStatement delivery(db,
        "UPDATE webhook_deliveries SET attempts = attempts + 1, status = :status, "
        "next_attempt_at = :next, last_code = :code, last_error = :error, latency_ms = :latency, "
        "finished_at = :finished WHERE id = :id");
    SqliteStatement health(db,
        "UPDATE webhooks SET failing_since = CASE WHEN :ok THEN 0 WHEN failing_since = 0 "
        "THEN :at ELSE failing_since END WHERE id = :id");
    SqliteStatement disable(db,
        "UPDATE webhooks SET enabled = 0, disabled_reason = :reason, disabled_at = :at, "
        "updated_at = :at WHERE id = :id");
    SqliteStatement failPending(db,
        "UPDATE webhook_deliveries SET status = 'failed', last_error = 'subscription disabled', "
        "finished_at = :at WHERE webhook_id = :id AND status = 'pending'");
    if (!delivery.isValid() || !health.isValid() || !disable.isValid() || !failPending.isValid())
        return Error::internal(QString::fromUtf8(sqlite3_errmsg(db)));
    for (const DeliveryAttempt &a : attempts) {
        const bool ok = a.status == QStringLiteral("delivered");
        delivery.bind(":status", a.status);
        delivery.bind(":next", a.status == QStringLiteral("pending") ? a.nextAttemptAt : 0);
        delivery.bind(":code", a.code);
        delivery.bind(":error", a.error);
        delivery.bind(":latency", a.latencyMs);
        delivery.bind(":finished", a.status == QStringLiteral("pending") ? 0 : a.at);
        delivery.bind(":id", a.deliveryId);
        if (delivery.step() != SQLITE_DONE)
            return delivery.error();
        delivery.reset();
        health.bind(":ok", ok ? 1 : 0);
        health.bind(":at", a.at);
        health.bind(":id", a.webhookId);
        if (health.step() != SQLITE_DONE)
            return health.error();
        health.reset();
        if (!a.disableReason.isEmpty()) {
            disable.bind(":reason", a.disableReason);
            disable.bind(":at", a.at);
            disable.bind(":id", a.webhookId);
            failPending.bind(":at", a.at);
            failPending.bind(":id", a.webhookId);
            if (disable.step() != SQLITE_DONE || failPending.step() != SQLITE_DONE)
                return Error::internal(QString::fromUtf8(sqlite3_errmsg(db)));
            disable.reset();
            failPending.reset();
        }
    }
    return {};
}

} // namespace

SqliteWebhookStore::SqliteWebhookStore(Database &database)
    : m_database(database)
{ }

Result<Webhook> SqliteWebhookStore::createWebhook(const Webhook &webhook)
{
    sqlite3 *db = m_database.handle();
    qint64 id = 0;
    {
        SqliteTransaction transaction(db);
        if (!transaction.isActive())
            return Error::internal(transaction.errorMessage());
        // Starts after the newest outbox row: it receives what is committed from now on.
        SqliteStatement s(db,
            "INSERT INTO webhooks (owner_id, url, description, events, secret, enabled, "
            "from_outbox_id, created_at, updated_at) VALUES (:owner, :url, :description, "
            ":events, :secret, 1, (SELECT coalesce(max(id), 0) FROM webhook_outbox), :now, :now)");
        s.bind(":owner", webhook.ownerId);
        s.bind(":url", webhook.url);
        s.bind(":description", webhook.description);
        s.bind(":events", encodeTypes(webhook.events));
        s.bind(":secret", webhook.secret);
        s.bind(":now", webhook.createdAt);
        if (auto done = run(s); !done)
            return done.error();
        id = sqlite3_last_insert_rowid(db);
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
    }
    return this->webhook(id);
}

Result<Webhook> SqliteWebhookStore::webhook(qint64 id)
{
    SqliteStatement s(m_database.handle(), webhookColumns + "WHERE id = :id");
    if (!s.isValid())
        return s.error();
    s.bind(":id", id);
    const int rc = s.step();
    if (rc == SQLITE_ROW)
        return readWebhook(s);
    if (rc == SQLITE_DONE)
        return noWebhook(id);
    return s.error();
}

Result<QList<Webhook>> SqliteWebhookStore::webhooks(qint64 ownerId)
{
    SqliteStatement s(m_database.handle(), webhookColumns + "WHERE owner_id = :owner ORDER BY id");
    if (!s.isValid())
        return s.error();
    s.bind(":owner", ownerId);
    QList<Webhook> rows;
    int rc;
    while ((rc = s.step()) == SQLITE_ROW)
        rows.append(readWebhook(s));
    if (rc != SQLITE_DONE)
        return s.error();
    return rows;
}

Result<Webhook> SqliteWebhookStore::updateWebhook(const Webhook &webhook)
{
    sqlite3 *db = m_database.handle();
    {
        SqliteTransaction transaction(db);
        if (!transaction.isActive())
            return Error::internal(transaction.errorMessage());
        SqliteStatement s(db,
            "UPDATE webhooks SET url = :url, description = :description, events = :events, "
            "enabled = :enabled, disabled_reason = :reason, disabled_at = :disabled, "
            "failing_since = :failing, updated_at = :now WHERE id = :id");
        s.bind(":url", webhook.url);
        s.bind(":description", webhook.description);
        s.bind(":events", encodeTypes(webhook.events));
        s.bind(":enabled", webhook.enabled ? 1 : 0);
        s.bind(":reason", webhook.disabledReason);
        s.bind(":disabled", webhook.disabledAt);
        s.bind(":failing", webhook.failingSince);
        s.bind(":now", webhook.updatedAt);
        s.bind(":id", webhook.id);
        if (auto done = run(s); !done)
            return done.error();
        if (sqlite3_changes(db) == 0)
            return noWebhook(webhook.id);
        if (!webhook.enabled) {
            SqliteStatement fail(db,
                "UPDATE webhook_deliveries SET status = 'failed', last_error = 'subscription "
                "disabled', finished_at = :now WHERE webhook_id = :id AND status = 'pending'");
            fail.bind(":now", webhook.updatedAt);
            fail.bind(":id", webhook.id);
            if (auto done = run(fail); !done)
                return done.error();
        }
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
    }
    return this->webhook(webhook.id);
}

Result<void> SqliteWebhookStore::removeWebhook(qint64 id)
{
    SqliteStatement s(m_database.handle(), "DELETE FROM webhooks WHERE id = :id");
    s.bind(":id", id);
    if (auto done = run(s); !done)
        return done;
    if (sqlite3_changes(m_database.handle()) == 0)
        return noWebhook(id);
    return {};
}

Result<QList<WebhookDelivery>> SqliteWebhookStore::deliveries(
    qint64 webhookId, qint64 beforeId, int limit)
{
    SqliteStatement s(m_database.handle(),
        deliveryColumns
            + "WHERE d.webhook_id = :hook AND d.id < :before ORDER BY d.id DESC LIMIT :limit");
    if (!s.isValid())
        return s.error();
    s.bind(":hook", webhookId);
    s.bind(":before", beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max());
    s.bind(":limit", qint64(limit));
    QList<WebhookDelivery> rows;
    int rc;
    while ((rc = s.step()) == SQLITE_ROW)
        rows.append(readDelivery(s));
    if (rc != SQLITE_DONE)
        return s.error();
    return rows;
}

Result<WebhookDelivery> SqliteWebhookStore::delivery(qint64 id)
{
    SqliteStatement s(m_database.handle(), deliveryColumns + "WHERE d.id = :id");
    if (!s.isValid())
        return s.error();
    s.bind(":id", id);
    const int rc = s.step();
    if (rc == SQLITE_ROW)
        return readDelivery(s);
    if (rc == SQLITE_DONE)
        return Error::notFound(QStringLiteral("There is no delivery %1.").arg(id));
    return s.error();
}

Result<WebhookDelivery> SqliteWebhookStore::redeliver(qint64 id, qint64 now)
{
    SqliteStatement s(m_database.handle(),
        "UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = :now, "
        "created_at = :now, finished_at = 0 WHERE id = :id");
    s.bind(":now", now);
    s.bind(":id", id);
    if (auto done = run(s); !done)
        return done.error();
    return delivery(id);
}

Result<qint64> SqliteWebhookStore::enqueuePing(
    qint64 webhookId, const QByteArray &snapshot, qint64 now)
{
    sqlite3 *db = m_database.handle();
    SqliteStatement s(db,
        "INSERT INTO webhook_outbox (type, subject_id, webhook_id, snapshot, created_at) "
        "VALUES ('ping', :hook, :hook, :snapshot, :now)");
    s.bind(":hook", webhookId);
    s.bind(":snapshot", snapshot);
    s.bind(":now", now);
    if (auto done = run(s); !done)
        return done.error();
    return qint64(sqlite3_last_insert_rowid(db));
}

Result<int> SqliteWebhookStore::settle(const QList<DeliveryAttempt> &attempts,
    const std::function<bool(qint64)> &mayAllSee, qint64 now, int limit)
{
    sqlite3 *db = m_database.handle();
    bool fresh = false;
    {
        // Most passes find nothing new: answer that without taking the write lock, which the
        // API's writers need.
        SqliteStatement probe(db,
            "SELECT (SELECT coalesce(max(id), 0) FROM webhook_outbox) > "
            "(SELECT outbox_id FROM webhook_cursor WHERE id = 1)");
        if (probe.step() != SQLITE_ROW)
            return probe.error();
        fresh = probe.integer(0) != 0;
    }
    if (!fresh && attempts.isEmpty())
        return 0;
    struct Target
    {
        qint64 id;
        qint64 ownerId;
        QStringList types;
        qint64 fromOutboxId;
        bool enabled;
        bool seesAll;
    };
    // The owners' roles are asked outside the transaction (another store answers).
    QList<Target> targets;
    if (fresh) {
        SqliteStatement s(db, "SELECT id, owner_id, events, from_outbox_id, enabled FROM webhooks");
        if (!s.isValid())
            return s.error();
        int rc;
        while ((rc = s.step()) == SQLITE_ROW)
            targets.append({s.integer(0), s.integer(1), decodeTypes(s.bytes(2)), s.integer(3),
                s.integer(4) != 0, false});
        if (rc != SQLITE_DONE)
            return s.error();
    }
    QHash<qint64, bool> roles;
    for (Target &target : targets) {
        auto known = roles.constFind(target.ownerId);
        if (known == roles.cend())
            known = roles.insert(target.ownerId, mayAllSee && mayAllSee(target.ownerId));
        target.seesAll = *known;
    }

    SqliteTransaction transaction(db);
    if (!transaction.isActive())
        return Error::internal(transaction.errorMessage());
    if (!attempts.isEmpty()) {
        if (auto recorded = recordAttempts(db, attempts); !recorded)
            return recorded.error();
        // What this transaction disabled receives nothing new.
        for (const DeliveryAttempt &a : attempts) {
            for (Target &target : targets) {
                if (!a.disableReason.isEmpty() && target.id == a.webhookId)
                    target.enabled = false;
            }
        }
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
    SqliteStatement read(db,
        "SELECT id, type, audience, webhook_id FROM webhook_outbox WHERE id > :cursor "
        "ORDER BY id LIMIT :limit");
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
        const qint64 messageId = read.integer(0);
        cursor = messageId;
        const QString type = read.text(1);
        const bool everyone = read.isNull(2);
        QList<qint64> audience;
        if (!everyone) {
            const QJsonArray ids = QJsonDocument::fromJson(read.bytes(2)).array();
            for (const QJsonValue &id : ids)
                audience.append(id.toInteger());
        }
        const std::optional<qint64> only = read.optionalInteger(3);
        int fannedOut = 0;
        for (const Target &target : std::as_const(targets)) {
            const bool wanted = only
                ? *only == target.id
                : target.enabled && messageId > target.fromOutboxId && target.types.contains(type)
                    && (everyone || target.seesAll || audience.contains(target.ownerId));
            if (!wanted)
                continue;
            insert.bind(":hook", target.id);
            insert.bind(":message", messageId);
            insert.bind(":now", now);
            if (insert.step() != SQLITE_DONE)
                return insert.error();
            insert.reset();
            ++fannedOut;
        }
        if (fannedOut == 0) { // nobody receives it: nothing will refer to it
            drop.bind(":id", messageId);
            if (drop.step() != SQLITE_DONE)
                return drop.error();
            drop.reset();
        }
    }
    if (rc != SQLITE_DONE)
        return read.error();
    if (count > 0) {
        SqliteStatement move(db, "UPDATE webhook_cursor SET outbox_id = :cursor WHERE id = 1");
        move.bind(":cursor", cursor);
        if (auto done = run(move); !done)
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
        "SELECT d.id, d.webhook_id, w.url, w.secret, o.type, o.snapshot, o.created_at, "
        "d.created_at, d.attempts, w.failing_since FROM webhook_deliveries d "
        "JOIN webhooks w ON w.id = d.webhook_id JOIN webhook_outbox o ON o.id = d.message_id "
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
            rows.append({s.integer(0), s.integer(1), s.text(2), s.text(3), s.text(4), s.bytes(5),
                s.integer(6), s.integer(7), int(s.integer(8)), s.integer(9)});
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

Result<void> SqliteWebhookStore::prune(qint64 before)
{
    sqlite3 *db = m_database.handle();
    SqliteTransaction transaction(db);
    if (!transaction.isActive())
        return Error::internal(transaction.errorMessage());
    SqliteStatement finished(
        db, "DELETE FROM webhook_deliveries WHERE status <> 'pending' AND finished_at < :before");
    finished.bind(":before", before);
    if (auto done = run(finished); !done)
        return done;
    SqliteStatement orphans(db,
        "DELETE FROM webhook_outbox WHERE id <= (SELECT outbox_id FROM webhook_cursor) "
        "AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.message_id = "
        "webhook_outbox.id)");
    if (auto done = run(orphans); !done)
        return done;
    return transaction.commit();
}

} // namespace Eventdesk::Storage
