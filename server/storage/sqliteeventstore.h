// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventstore.h"

#include <functional>

namespace Eventdesk::Storage {

class Database;
class SqliteStatement;

// EventStore on SQLite through the raw handle of the calling thread's connection: prepared
// statements, keyset paging over indexes (never OFFSET), FTS5 for text search, and
// BEGIN IMMEDIATE transactions for every multi-statement write.
class SqliteEventStore : public Core::EventStore
{
public:
    explicit SqliteEventStore(Database &database);

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

    // The SQL a list runs (for EXPLAIN QUERY PLAN checks in tests and benchmarks).
    // textAsFilter: walk the order's index and test each row against the text matches (many
    // matches) instead of sorting all matches (few). idsOnly: the ids alone (listIds()).
    static QByteArray listSql(const Core::EventQuery &query, const Core::EventPosition &position,
        int bucket, bool textAsFilter = false, bool idsOnly = false);
    // The calendar's range read (overlapping()) without time bounds in the filters.
    static QByteArray overlappingSql(const Core::EventQuery &query);
    // "word"* "other"* from free text; empty when the text holds no word.
    static QByteArray ftsQuery(const QString &text);

private:
    // list() and listIds(): the query's rows in its order from `position`, at most `limit`
    // (-1: all), each handed to `take` while the statement is on it.
    Core::Result<void> walk(const Core::EventQuery &query, const Core::EventPosition &position,
        qint64 limit, bool idsOnly, const std::function<void(const SqliteStatement &)> &take);

    Database &m_database;
};

} // namespace Eventdesk::Storage
