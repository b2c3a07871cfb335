// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "webhooks.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <functional>
#include <limits>
#include <optional>

namespace Eventdesk::SqlStores {

namespace webhooksql {

// The columns of webhooks that readWebhook() reads, in its order.
inline constexpr const char *WebhookColumns
    = "SELECT id, owner_id, url, description, events, secret, enabled, disabled_reason, "
      "disabled_at, failing_since, created_at, updated_at FROM webhooks ";

// The columns of a delivery (d) and its message (o) that readDelivery() reads.
inline constexpr const char *DeliveryColumns
    = "SELECT d.id, d.webhook_id, d.message_id, o.type, d.status, d.attempts, "
      "d.next_attempt_at, d.last_code, d.last_error, d.latency_ms, d.created_at, d.finished_at "
      "FROM webhook_deliveries d JOIN webhook_outbox o ON o.id = d.message_id ";

// The columns of a due delivery (d) with its subscription (w) and message (o), for readDue().
inline constexpr const char *DueColumns
    = "d.id, d.webhook_id, w.url, w.secret, o.type, o.snapshot, o.created_at, d.created_at, "
      "d.attempts, w.failing_since";

// What the dispatcher's pass writes for one attempt (recordAttempt); `extra` sets more columns
// of the delivery (PostgreSQL releases its claim).
#define EVENTDESK_WEBHOOK_RECORD_ATTEMPT(extra)                                                    \
    "UPDATE webhook_deliveries SET attempts = attempts + 1, status = :status, "                    \
    "next_attempt_at = :next, last_code = :code, last_error = :error, latency_ms = :latency, "     \
    "finished_at = :finished" extra " WHERE id = :id"
inline constexpr const char *RecordHealth
    = "UPDATE webhooks SET failing_since = CASE WHEN :ok = 1 THEN 0 WHEN failing_since = 0 "
      "THEN :at ELSE failing_since END WHERE id = :id";
inline constexpr const char *Disable
    = "UPDATE webhooks SET enabled = 0, disabled_reason = :reason, disabled_at = :at, "
      "updated_at = :at WHERE id = :id";
inline constexpr const char *FailPending
    = "UPDATE webhook_deliveries SET status = 'failed', last_error = 'subscription disabled', "
      "finished_at = :at WHERE webhook_id = :id AND status = 'pending'";
// True when the outbox holds rows the fan-out has not read.
inline constexpr const char *FreshOutbox
    = "SELECT (SELECT coalesce(max(id), 0) FROM webhook_outbox) > "
      "(SELECT outbox_id FROM webhook_cursor WHERE id = 1)";
inline constexpr const char *ReadTargets
    = "SELECT id, owner_id, events, from_outbox_id, enabled FROM webhooks";
inline constexpr const char *ReadOutbox
    = "SELECT id, type, audience, webhook_id FROM webhook_outbox WHERE id > :cursor "
      "ORDER BY id LIMIT :limit";
inline constexpr const char *MoveCursor
    = "UPDATE webhook_cursor SET outbox_id = :cursor WHERE id = 1";

inline QStringList decodeTypes(const QByteArray &json)
{
    QStringList types;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &value : array)
        types.append(value.toString());
    return types;
}

inline QByteArray encodeTypes(const QStringList &types)
{
    return QJsonDocument(QJsonArray::fromStringList(types)).toJson(QJsonDocument::Compact);
}

template<typename Statement> Core::Webhook readWebhook(const Statement &s)
{
    Core::Webhook w;
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

template<typename Statement> Core::WebhookDelivery readDelivery(const Statement &s)
{
    Core::WebhookDelivery d;
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

template<typename Statement> Core::DueDelivery readDue(const Statement &s)
{
    return {s.integer(0), s.integer(1), s.text(2), s.text(3), s.text(4), s.bytes(5), s.integer(6),
        s.integer(7), int(s.integer(8)), s.integer(9)};
}

// Binds one attempt to the statements above.
template<typename Statement>
void bindAttempt(Statement &delivery, Statement &health, const Core::DeliveryAttempt &a)
{
    const bool pending = a.status == QLatin1String("pending");
    delivery.bind(":status", a.status);
    delivery.bind(":next", pending ? a.nextAttemptAt : 0);
    delivery.bind(":code", a.code);
    delivery.bind(":error", a.error);
    delivery.bind(":latency", a.latencyMs);
    delivery.bind(":finished", pending ? 0 : a.at);
    delivery.bind(":id", a.deliveryId);
    health.bind(":ok", a.status == QLatin1String("delivered") ? 1 : 0);
    health.bind(":at", a.at);
    health.bind(":id", a.webhookId);
}

template<typename Statement>
void bindDisable(Statement &disable, Statement &failPending, const Core::DeliveryAttempt &a)
{
    disable.bind(":reason", a.disableReason);
    disable.bind(":at", a.at);
    disable.bind(":id", a.webhookId);
    failPending.bind(":at", a.at);
    failPending.bind(":id", a.webhookId);
}

// A subscription as the fan-out sees it.
struct Target
{
    qint64 id;
    qint64 ownerId;
    QStringList types;
    qint64 fromOutboxId;
    bool enabled;
    bool seesAll;
};

// Reads ReadTargets' row.
template<typename Statement> Target readTarget(const Statement &s)
{
    return {s.integer(0), s.integer(1), decodeTypes(s.bytes(2)), s.integer(3), s.integer(4) != 0,
        false};
}

// Asks for each owner's role once (outside the transaction: another store answers).
inline void resolveRoles(QList<Target> &targets, const std::function<bool(qint64)> &mayAllSee)
{
    QHash<qint64, bool> roles;
    for (Target &target : targets) {
        auto known = roles.constFind(target.ownerId);
        if (known == roles.cend())
            known = roles.insert(target.ownerId, mayAllSee && mayAllSee(target.ownerId));
        target.seesAll = *known;
    }
}

// What a transaction disabled receives nothing new.
inline void dropDisabled(QList<Target> &targets, const QList<Core::DeliveryAttempt> &attempts)
{
    for (const Core::DeliveryAttempt &a : attempts) {
        for (Target &target : targets) {
            if (!a.disableReason.isEmpty() && target.id == a.webhookId)
                target.enabled = false;
        }
    }
}

// One outbox row as the fan-out reads it (ReadOutbox).
struct Message
{
    qint64 id = 0;
    QString type;
    bool everyone = true;
    QList<qint64> audience;
    std::optional<qint64> only;
};

template<typename Statement> Message readMessage(const Statement &s)
{
    Message m;
    m.id = s.integer(0);
    m.type = s.text(1);
    m.everyone = s.isNull(2);
    if (!m.everyone) {
        const QJsonArray ids = QJsonDocument::fromJson(s.bytes(2)).array();
        for (const QJsonValue &id : ids)
            m.audience.append(id.toInteger());
    }
    m.only = s.optionalInteger(3);
    return m;
}

// Whether target receives message: a ping goes to its one subscription; anything else to each
// enabled subscription created before it that asked for the type and whose owner may see it.
inline bool wants(const Target &target, const Message &message)
{
    return message.only
        ? *message.only == target.id
        : target.enabled && message.id > target.fromOutboxId && target.types.contains(message.type)
            && (message.everyone || target.seesAll || message.audience.contains(target.ownerId));
}

// Every row of s, read by read.
template<typename T, typename Statement, typename Read>
Core::Result<QList<T>> readAll(Statement &s, Read read)
{
    QList<T> out;
    Core::Result<bool> row = false;
    while ((row = s.next()) && *row)
        out.append(read(s));
    if (!row)
        return row.error();
    return out;
}

// What a dispatcher pass finds before it writes: whether the outbox holds rows the fan-out has
// not read and, if so, every subscription with its owner's role (asked outside any transaction:
// another store answers).
struct Pass
{
    bool fresh = false;
    QList<Target> targets;
};

template<typename Statement, typename Connection>
Core::Result<Pass> preparePass(Connection *db, const std::function<bool(qint64)> &mayAllSee)
{
    Pass pass;
    {
        Statement probe(db, FreshOutbox);
        const auto row = probe.next();
        if (!row)
            return row.error();
        pass.fresh = *row && probe.integer(0) != 0;
    }
    if (!pass.fresh)
        return pass;
    Statement s(db, ReadTargets);
    auto targets = readAll<Target>(s, readTarget<Statement>);
    if (!targets)
        return targets.error();
    pass.targets = std::move(*targets);
    resolveRoles(pass.targets, mayAllSee);
    return pass;
}

inline Core::Error noWebhook(qint64 id)
{
    return Core::Error::notFound(QStringLiteral("There is no webhook %1.").arg(id));
}

} // namespace webhooksql

// The webhook store's statements that are the same on every SQL backend; the dispatcher's side
// (settle, due, nextDue) is each backend's own: SQLite's is tuned for one writer, PostgreSQL's
// claims deliveries for one of several processes. A Backend gives, besides AuthSql's Database,
// Connection, Statement, handle() and inTransaction():
//   static Core::Result<void> lockOutbox(Connection *)
//       inside a transaction: wait until no other transaction is still writing outbox rows, so
//       the newest id read is the newest there will be below it (SQLite: nothing to do)
template<typename Backend> class WebhookSql : public Core::WebhookStore
{
public:
    using Database = typename Backend::Database;
    using Connection = typename Backend::Connection;
    using Statement = typename Backend::Statement;

    explicit WebhookSql(Database &database)
        : m_database(database)
    { }

    Core::Result<Core::Webhook> createWebhook(const Core::Webhook &webhook) override;
    Core::Result<Core::Webhook> webhook(qint64 id) override;
    Core::Result<QList<Core::Webhook>> webhooks(qint64 ownerId) override;
    Core::Result<Core::Webhook> updateWebhook(const Core::Webhook &webhook) override;
    Core::Result<void> removeWebhook(qint64 id) override;
    Core::Result<QList<Core::WebhookDelivery>> deliveries(
        qint64 webhookId, qint64 beforeId, int limit) override;
    Core::Result<Core::WebhookDelivery> delivery(qint64 id) override;
    Core::Result<Core::WebhookDelivery> redeliver(qint64 id, qint64 now) override;
    Core::Result<qint64> enqueuePing(
        qint64 webhookId, const QByteArray &snapshot, qint64 now) override;
    Core::Result<void> prune(qint64 before) override;

protected:
    Database &m_database;
};

template<typename Backend>
Core::Result<Core::Webhook> WebhookSql<Backend>::createWebhook(const Core::Webhook &webhook)
{
    Connection *db = Backend::handle(m_database);
    auto id = Backend::inTransaction(db, [&]() -> Core::Result<qint64> {
        if (auto locked = Backend::lockOutbox(db); !locked)
            return locked.error();
        // Starts after the newest outbox row: it receives what is committed from now on.
        Statement s(db,
            "INSERT INTO webhooks (owner_id, url, description, events, secret, enabled, "
            "from_outbox_id, created_at, updated_at) VALUES (:owner, :url, :description, "
            ":events, :secret, 1, (SELECT coalesce(max(id), 0) FROM webhook_outbox), :now, :now) "
            "RETURNING id");
        s.bind(":owner", webhook.ownerId);
        s.bind(":url", webhook.url);
        s.bind(":description", webhook.description);
        s.bind(":events", webhooksql::encodeTypes(webhook.events));
        s.bind(":secret", webhook.secret);
        s.bind(":now", webhook.createdAt);
        const auto row = s.next();
        if (!row)
            return row.error();
        return s.integer(0);
    });
    if (!id)
        return id.error();
    return this->webhook(*id);
}

template<typename Backend> Core::Result<Core::Webhook> WebhookSql<Backend>::webhook(qint64 id)
{
    Statement s(
        Backend::handle(m_database), QByteArray(webhooksql::WebhookColumns) + "WHERE id = :id");
    s.bind(":id", id);
    const auto row = s.next();
    if (!row)
        return row.error();
    if (!*row)
        return webhooksql::noWebhook(id);
    return webhooksql::readWebhook(s);
}

template<typename Backend>
Core::Result<QList<Core::Webhook>> WebhookSql<Backend>::webhooks(qint64 ownerId)
{
    Statement s(Backend::handle(m_database),
        QByteArray(webhooksql::WebhookColumns) + "WHERE owner_id = :owner ORDER BY id");
    s.bind(":owner", ownerId);
    return webhooksql::readAll<Core::Webhook>(s, webhooksql::readWebhook<Statement>);
}

template<typename Backend>
Core::Result<Core::Webhook> WebhookSql<Backend>::updateWebhook(const Core::Webhook &webhook)
{
    Connection *db = Backend::handle(m_database);
    auto done = Backend::inTransaction(db, [&]() -> Core::Result<void> {
        Statement s(db,
            "UPDATE webhooks SET url = :url, description = :description, events = :events, "
            "enabled = :enabled, disabled_reason = :reason, disabled_at = :disabled, "
            "failing_since = :failing, updated_at = :now WHERE id = :id");
        s.bind(":url", webhook.url);
        s.bind(":description", webhook.description);
        s.bind(":events", webhooksql::encodeTypes(webhook.events));
        s.bind(":enabled", webhook.enabled ? 1 : 0);
        s.bind(":reason", webhook.disabledReason);
        s.bind(":disabled", webhook.disabledAt);
        s.bind(":failing", webhook.failingSince);
        s.bind(":now", webhook.updatedAt);
        s.bind(":id", webhook.id);
        const auto changed = s.exec();
        if (!changed)
            return changed.error();
        if (*changed == 0)
            return webhooksql::noWebhook(webhook.id);
        if (!webhook.enabled) {
            Statement fail(db, webhooksql::FailPending);
            fail.bind(":at", webhook.updatedAt);
            fail.bind(":id", webhook.id);
            if (auto failed = fail.exec(); !failed)
                return failed.error();
        }
        return {};
    });
    if (!done)
        return done.error();
    return this->webhook(webhook.id);
}

template<typename Backend> Core::Result<void> WebhookSql<Backend>::removeWebhook(qint64 id)
{
    Statement s(Backend::handle(m_database), "DELETE FROM webhooks WHERE id = :id");
    s.bind(":id", id);
    const auto changed = s.exec();
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return webhooksql::noWebhook(id);
    return {};
}

template<typename Backend>
Core::Result<QList<Core::WebhookDelivery>> WebhookSql<Backend>::deliveries(
    qint64 webhookId, qint64 beforeId, int limit)
{
    Statement s(Backend::handle(m_database),
        QByteArray(webhooksql::DeliveryColumns)
            + "WHERE d.webhook_id = :hook AND d.id < :before ORDER BY d.id DESC LIMIT :limit");
    s.bind(":hook", webhookId);
    s.bind(":before", beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max());
    s.bind(":limit", qint64(limit));
    return webhooksql::readAll<Core::WebhookDelivery>(s, webhooksql::readDelivery<Statement>);
}

template<typename Backend>
Core::Result<Core::WebhookDelivery> WebhookSql<Backend>::delivery(qint64 id)
{
    Statement s(
        Backend::handle(m_database), QByteArray(webhooksql::DeliveryColumns) + "WHERE d.id = :id");
    s.bind(":id", id);
    const auto row = s.next();
    if (!row)
        return row.error();
    if (!*row)
        return Core::Error::notFound(QStringLiteral("There is no delivery %1.").arg(id));
    return webhooksql::readDelivery(s);
}

template<typename Backend>
Core::Result<Core::WebhookDelivery> WebhookSql<Backend>::redeliver(qint64 id, qint64 now)
{
    Statement s(Backend::handle(m_database),
        "UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = :now, "
        "created_at = :now, finished_at = 0 WHERE id = :id");
    s.bind(":now", now);
    s.bind(":id", id);
    if (auto done = s.exec(); !done)
        return done.error();
    return delivery(id);
}

template<typename Backend>
Core::Result<qint64> WebhookSql<Backend>::enqueuePing(
    qint64 webhookId, const QByteArray &snapshot, qint64 now)
{
    Statement s(Backend::handle(m_database),
        "INSERT INTO webhook_outbox (type, subject_id, webhook_id, snapshot, created_at) "
        "VALUES ('ping', :hook, :hook, :snapshot, :now) RETURNING id");
    s.bind(":hook", webhookId);
    s.bind(":snapshot", snapshot);
    s.bind(":now", now);
    const auto row = s.next();
    if (!row)
        return row.error();
    return s.integer(0);
}

template<typename Backend> Core::Result<void> WebhookSql<Backend>::prune(qint64 before)
{
    Connection *db = Backend::handle(m_database);
    return Backend::inTransaction(db, [&]() -> Core::Result<void> {
        Statement finished(db,
            "DELETE FROM webhook_deliveries WHERE status <> 'pending' AND finished_at < :before");
        finished.bind(":before", before);
        if (auto done = finished.exec(); !done)
            return done.error();
        Statement orphans(db,
            "DELETE FROM webhook_outbox WHERE id <= (SELECT outbox_id FROM webhook_cursor) "
            "AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.message_id = "
            "webhook_outbox.id)");
        if (auto done = orphans.exec(); !done)
            return done.error();
        return {};
    });
}

} // namespace Eventdesk::SqlStores
