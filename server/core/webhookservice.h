// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actor.h"
#include "result.h"
#include "webhooks.h"

#include <optional>

namespace Eventdesk::Core {

class ChangeHub;

// What a PATCH may change; unset members stay.
struct WebhookPatch
{
    std::optional<QString> url;
    std::optional<QStringList> events;
    std::optional<QString> description;
    std::optional<bool> enabled;
};

// Webhook subscriptions of a signed-in user: the rules (validation, ownership, the secret) on
// top of a WebhookStore. Each account manages its own subscriptions only, in the window as in
// the API (the actor says who asks); nobody signed in has none. Thread-safe.
// Announces changes as ChangeHub::Topic::Webhooks (the dispatcher wakes on it).
class WebhookService
{
public:
    WebhookService(WebhookStore &store, ChangeHub &changes);

    // The answer holds the secret; it is the only time the API shows it.
    Result<Webhook> create(const Actor &actor, const QString &url, const QStringList &events,
        const QString &description);
    Result<QList<Webhook>> list(const Actor &actor);
    Result<Webhook> get(const Actor &actor, qint64 id);
    Result<Webhook> update(const Actor &actor, qint64 id, const WebhookPatch &patch);
    Result<void> remove(const Actor &actor, qint64 id);
    // Queues a ping to the subscription (also when disabled: a ping tests the receiver).
    Result<qint64> ping(const Actor &actor, qint64 id);
    Result<QList<WebhookDelivery>> deliveries(
        const Actor &actor, qint64 id, qint64 beforeId, int limit);
    Result<WebhookDelivery> redeliver(const Actor &actor, qint64 id, qint64 deliveryId);

    // whsec_ + base64 of 32 bytes from libsodium's randombytes.
    static QString generateSecret();
    // The key HMAC-SHA256 signs with: the secret's base64 part, decoded.
    static QByteArray secretKey(const QString &secret);
    // Standard Webhooks: "v1,<base64 HMAC-SHA256(key, id.timestamp.body)>".
    static QByteArray sign(
        const QString &secret, const QByteArray &id, qint64 timestamp, const QByteArray &body);
    static QList<FieldError> validate(const QString &url, const QStringList &events);

private:
    Result<Webhook> owned(const Actor &actor, qint64 id);
    void changed(qint64 id);

    WebhookStore &m_store;
    ChangeHub &m_changes;
};

} // namespace Eventdesk::Core
