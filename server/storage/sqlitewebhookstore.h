// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "webhooks.h"

namespace Eventdesk::Storage {

class Database;

// WebhookStore on SQLite (migration 0040): the outbox is filled by triggers in each change's
// transaction; this store fans it out into deliveries and records their attempts.
class SqliteWebhookStore : public Core::WebhookStore
{
public:
    explicit SqliteWebhookStore(Database &database);

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
    Core::Result<int> settle(const QList<Core::DeliveryAttempt> &attempts,
        const std::function<bool(qint64)> &mayAllSee, qint64 now, int limit) override;
    Core::Result<QList<Core::DueDelivery>> due(
        qint64 now, int perWebhook, const QSet<qint64> &inFlight) override;
    Core::Result<std::optional<qint64>> nextDue() override;
    Core::Result<void> prune(qint64 before) override;

private:
    Database &m_database;
};

} // namespace Eventdesk::Storage
