// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlauthstore.h"
#include "webhooksql.h"

namespace Eventdesk::Storage {

// SQLite for the webhook statements written once in SqlStores::WebhookSql.
struct SqliteWebhookBackend : SqliteBackend
{
    // BEGIN IMMEDIATE: no other transaction is writing outbox rows meanwhile.
    static Core::Result<void> lockOutbox(sqlite3 *) { return {}; }
};

// WebhookStore on SQLite (migration 0040): the outbox is filled by triggers in each change's
// transaction; this store fans it out into deliveries and records their attempts, with
// statements prepared once per pass (one writer at a time: due() needs no claim).
class SqliteWebhookStore : public SqlStores::WebhookSql<SqliteWebhookBackend>
{
public:
    using WebhookSql::WebhookSql;

    Core::Result<int> settle(const QList<Core::DeliveryAttempt> &attempts,
        const std::function<bool(qint64)> &mayAllSee, qint64 now, int limit) override;
    Core::Result<QList<Core::DueDelivery>> due(
        qint64 now, int perWebhook, const QSet<qint64> &inFlight) override;
    Core::Result<std::optional<qint64>> nextDue() override;
};

} // namespace Eventdesk::Storage

namespace Eventdesk::SqlStores {
// Compiled once, in sqlitewebhookstore.cpp.
extern template class WebhookSql<Storage::SqliteWebhookBackend>;
} // namespace Eventdesk::SqlStores
