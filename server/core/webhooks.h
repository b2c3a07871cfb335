// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Eventdesk::Core {

// A webhook subscription: where to POST which changes, signed with its secret.
struct Webhook
{
    qint64 id = 0;
    qint64 ownerId = 0;
    QString url;
    QString description;
    QStringList events; // the types it receives (ping always)
    QString secret;     // whsec_<base64 of 32 random bytes>
    bool enabled = true;
    QString disabledReason; // "gone" (410), "failing" (24 h of failures), "owner"
    qint64 disabledAt = 0;
    qint64 failingSince = 0; // 0: the last attempt succeeded (or none failed)
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

// One message to one subscription and what became of it. Its webhook-id is msg_<id>, the same
// on every attempt.
struct WebhookDelivery
{
    qint64 id = 0;
    qint64 webhookId = 0;
    qint64 messageId = 0;
    QString type;
    QString status; // pending, delivered, failed
    int attempts = 0;
    qint64 nextAttemptAt = 0; // pending only
    int lastCode = 0;         // HTTP status of the last attempt; 0: none or no answer
    QString lastError;
    qint64 latencyMs = 0; // of the last attempt
    qint64 createdAt = 0; // when the change was fanned out to this subscription
    qint64 finishedAt = 0;
};

// What the dispatcher sends next: a pending delivery with its subscription and its message.
struct DueDelivery
{
    qint64 id = 0;
    qint64 webhookId = 0;
    QString url;
    QString secret;
    QString type;
    QByteArray snapshot; // the changed row as the triggers took it (JSON)
    qint64 messageCreatedAt = 0;
    qint64 createdAt = 0;
    int attempts = 0;
    qint64 failingSince = 0; // of the subscription
};

// The outcome of one attempt, as the dispatcher records it.
struct DeliveryAttempt
{
    qint64 deliveryId = 0;
    qint64 webhookId = 0;
    int code = 0; // HTTP status; 0: no answer (refused, timeout, refused destination)
    QString error;
    qint64 latencyMs = 0;
    qint64 at = 0;
    // Decided by the dispatcher's schedule:
    QString status;           // delivered, pending (retry), failed (gave up)
    qint64 nextAttemptAt = 0; // when pending
    QString disableReason;    // non-empty: disable the subscription
};

struct WebhookTypes
{
    // Every type a subscription may ask for (ping is sent on request, to anyone).
    static QStringList all()
    {
        return {QStringLiteral("event.created"), QStringLiteral("event.updated"),
            QStringLiteral("event.deleted"), QStringLiteral("participation.joined"),
            QStringLiteral("participation.withdrawn"), QStringLiteral("comment.created"),
            QStringLiteral("comment.updated"), QStringLiteral("comment.deleted"),
            QStringLiteral("import.finished")};
    }
};

// Persistence of subscriptions, the outbox and deliveries (implemented in storage). The outbox
// itself is written by the database in the transaction of each change (see migration 0040).
class WebhookStore
{
public:
    virtual ~WebhookStore() = default;

    // Creates it so that it receives the changes committed after this call.
    virtual Result<Webhook> createWebhook(const Webhook &webhook) = 0;
    virtual Result<Webhook> webhook(qint64 id) = 0;
    virtual Result<QList<Webhook>> webhooks(qint64 ownerId) = 0;
    virtual Result<Webhook> updateWebhook(const Webhook &webhook) = 0;
    virtual Result<void> removeWebhook(qint64 id) = 0;

    // Newest first, before beforeId (0: from the newest).
    virtual Result<QList<WebhookDelivery>> deliveries(qint64 webhookId, qint64 beforeId, int limit)
        = 0;
    virtual Result<WebhookDelivery> delivery(qint64 id) = 0;
    // Sends it again now (pending, same webhook-id); re-enables nothing.
    virtual Result<WebhookDelivery> redeliver(qint64 id, qint64 now) = 0;
    // Queues a ping message for one subscription; returns the message id.
    virtual Result<qint64> enqueuePing(qint64 webhookId, const QByteArray &snapshot, qint64 now)
        = 0;

    // -- the dispatcher's side --
    // One write transaction per dispatcher pass: records the attempts (and disables
    // subscriptions), then turns outbox rows after the cursor into deliveries for each enabled
    // subscription that asked for the type and whose owner may see it (mayAllSee: the owner is
    // an admin), at most `limit` rows, and moves the cursor. Takes no write lock at all when
    // there is nothing to record and nothing new in the outbox. Returns the outbox rows read.
    virtual Result<int> settle(const QList<DeliveryAttempt> &attempts,
        const std::function<bool(qint64 ownerId)> &mayAllSee, qint64 now, int limit)
        = 0;
    // Pending deliveries due at `now`, oldest first, at most perWebhook + the in-flight ones of
    // each subscription (skipped here), so one subscription's backlog never hides another's.
    // Disabling a subscription fails its pending deliveries, so what is pending is meant to go
    // (pings and redeliveries also to disabled subscriptions).
    virtual Result<QList<DueDelivery>> due(qint64 now, int perWebhook, const QSet<qint64> &inFlight)
        = 0;
    // When the next pending delivery is due; nullopt when none is pending.
    virtual Result<std::optional<qint64>> nextDue() = 0;
    // Forgets finished deliveries older than `before` and outbox rows nothing refers to.
    virtual Result<void> prune(qint64 before) = 0;
};

} // namespace Eventdesk::Core
