// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventstore.h"

#include <QByteArray>

#include <libpq-fe.h>

#include <functional>

namespace Eventdesk::PgStorage {

class PgDatabase;
class PgStatement;

// EventStore on PostgreSQL (server/pgstorage/migrations/0002), the twin of
// Storage::SqliteEventStore with the same answers and errors: the same SQL where it is the same
// (SqlStores::EventSql), a tsvector with a GIN index where SQLite has FTS5, keyset paging over
// the same indexes. Several processes may share the database: participant counts are kept by a
// trigger in the writing transaction, and dataVersion() reads a counter every committed write
// moves.
class PgEventStore : public Core::EventStore
{
public:
    explicit PgEventStore(PgDatabase &database);

    std::optional<std::pair<qint64, qint64>> dataVersion() override;

    Core::Result<Core::Event> insert(
        qint64 ownerId, const Core::EventDraft &draft, qint64 now) override;
    Core::Result<Core::Event> find(qint64 id, qint64 viewerId) override;
    Core::Result<Core::Event> update(
        qint64 id, const Core::EventDraft &draft, qint64 expectedVersion, qint64 now) override;
    Core::Result<void> remove(qint64 id, qint64 expectedVersion) override;
    Core::Result<Core::Participation> join(qint64 eventId, qint64 userId, qint64 now) override;
    Core::Result<Core::Participation> withdraw(qint64 eventId, qint64 userId) override;
    Core::Result<QList<Core::Event>> list(
        const Core::EventQuery &query, const Core::EventPosition &position, int limit) override;
    Core::Result<QList<qint64>> listIds(
        const Core::EventQuery &query, const Core::EventPosition &position) override;
    Core::Result<qint64> count(const Core::EventQuery &query, qint64 pivot) override;
    Core::Result<QList<Core::Event>> overlapping(
        const Core::EventQuery &query, qint64 from, qint64 to, int limit) override;
    Core::Result<QStringList> participantNames(qint64 eventId, int limit) override;
    Core::Result<Core::Comment> insertComment(
        qint64 eventId, qint64 authorId, const QString &body, qint64 now) override;
    Core::Result<Core::Comment> findComment(qint64 id) override;
    Core::Result<Core::Comment> updateComment(qint64 id, const QString &body, qint64 now) override;
    Core::Result<void> removeComment(qint64 id) override;
    Core::Result<QList<Core::Comment>> comments(
        qint64 eventId, qint64 afterCreatedAt, qint64 afterId, int limit) override;

    // The SQL a list runs (for EXPLAIN checks in tests). fewMatches: the text matches are read
    // first and sorted (else the order's index is walked and each row tested).
    static QByteArray listSql(const Core::EventQuery &query, const Core::EventPosition &position,
        int bucket, bool idsOnly = false, bool fewMatches = false);
    static QByteArray overlappingSql(const Core::EventQuery &query);

private:
    Core::Result<void> walk(const Core::EventQuery &query, const Core::EventPosition &position,
        qint64 limit, bool idsOnly, const std::function<void(const PgStatement &)> &take);
    Core::Result<Core::Participation> changeParticipation(
        qint64 eventId, qint64 userId, qint64 now, bool join);

    PgDatabase &m_database;
};

// The sum of events_data_version (migration 0002): it moves when a write to events,
// participants or comments commits, in any process; empty before the first or on an error. The
// events and the feeds stores' dataVersion().
std::optional<std::pair<qint64, qint64>> eventsDataVersion(PGconn *connection);

} // namespace Eventdesk::PgStorage
