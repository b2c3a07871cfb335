// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collectorsql.h"
#include "pgauthstore.h"

namespace Eventdesk::PgStorage {

// The collector's tables on PostgreSQL (migration 0004). Apps, queries, types and settings are
// SqlStores::CollectorSql, the same SQL as on SQLite. write() is the group commit for several
// processes sharing the database: one transaction and one multi-row statement per batch
// (unnest of one array per column), INSERT ... ON CONFLICT DO NOTHING on the unique
// (app_id, client_event_id), so an event id that another process stored, or is storing at the
// same moment, is answered as a duplicate with the stored row's id, exactly as SQLite answers
// it; the minute counts are upserted in the same statement from the rows actually inserted.
class PgCollectorStore : public SqlStores::CollectorSql<PgBackend>
{
public:
    using CollectorSql::CollectorSql;

    Core::Result<QList<Core::WriteResult>> write(
        const QList<Core::PendingEvent> &events, const QList<Core::PendingError> &errors) override;

    // PostgreSQL checkpoints by itself: nothing to copy, nothing left.
    Core::Result<int> checkpoint() override { return 0; }

    // collector_version (migration 0007): moved by every statement that revokes or deletes an
    // app or changes event types or settings, in any process.
    Core::Result<std::optional<qint64>> configVersion() override;
};

} // namespace Eventdesk::PgStorage

namespace Eventdesk::SqlStores {
// Compiled once, in pgcollectorstore.cpp.
extern template class CollectorSql<PgStorage::PgBackend>;
} // namespace Eventdesk::SqlStores
