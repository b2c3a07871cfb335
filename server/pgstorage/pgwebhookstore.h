// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pgauthstore.h"
#include "webhooksql.h"

namespace Eventdesk::PgStorage {

// PostgreSQL for the webhook statements written once in SqlStores::WebhookSql.
struct PgWebhookBackend : PgBackend
{
    // A SHARE lock waits for every transaction that holds ROW EXCLUSIVE on the outbox (a trigger
    // inserted a row) and keeps new ones out until this transaction ends: ids are handed out at
    // INSERT, so after this the newest visible id has no uncommitted row below it.
    static Core::Result<void> lockOutbox(PGconn *connection)
    {
        PgStatement s(connection, "LOCK TABLE webhook_outbox IN SHARE MODE");
        if (auto done = s.exec(); !done)
            return done.error();
        return {};
    }
};

// WebhookStore on PostgreSQL (migration 0005), for several server processes on one database:
// due() claims what it returns (FOR UPDATE SKIP LOCKED, then claimed_until = now + lease), so
// two dispatchers never send the same delivery; settle() records an attempt and releases its
// claim, and a process that dies releases its claims when the lease ends. The lease must be
// longer than an attempt (the dispatcher's timeout, 10 s by default).
class PgWebhookStore : public SqlStores::WebhookSql<PgWebhookBackend>
{
public:
    static constexpr qint64 DefaultLeaseMs = 60'000;

    explicit PgWebhookStore(PgDatabase &database, qint64 leaseMs = DefaultLeaseMs);

    Core::Result<int> settle(const QList<Core::DeliveryAttempt> &attempts,
        const std::function<bool(qint64)> &mayAllSee, qint64 now, int limit) override;
    Core::Result<QList<Core::DueDelivery>> due(
        qint64 now, int perWebhook, const QSet<qint64> &inFlight) override;
    Core::Result<std::optional<qint64>> nextDue() override;

private:
    qint64 m_leaseMs;
};

} // namespace Eventdesk::PgStorage

namespace Eventdesk::SqlStores {
// Compiled once, in pgwebhookstore.cpp.
extern template class WebhookSql<PgStorage::PgWebhookBackend>;
} // namespace Eventdesk::SqlStores
