// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "result.h"

#include <QStringList>

#include <optional>
#include <utility>

namespace Eventdesk::Core {

// Persistence of events, participations and comments (implemented in storage). Thread-safe:
// each call uses the calling thread's connection. Writes are atomic.
class EventStore
{
public:
    virtual ~EventStore() = default;

    // See Storage::Database::dataVersion(): moves with every commit to the file, from any
    // connection or process. nullopt when the store cannot tell (caches then rely on
    // EventService::generation() alone).
    virtual std::optional<std::pair<qint64, qint64>> dataVersion() { return std::nullopt; }

    virtual Result<Event> insert(qint64 ownerId, const EventDraft &draft, qint64 now) = 0;
    // NotFound when there is none; `joined` is for viewerId (0: nobody).
    virtual Result<Event> find(qint64 id, qint64 viewerId) = 0;
    // Writes only when the stored version is still expectedVersion (else PreconditionFailed,
    // or NotFound when the row is gone). Returns the event as stored, version bumped.
    virtual Result<Event> update(
        qint64 id, const EventDraft &draft, qint64 expectedVersion, qint64 now)
        = 0;
    // Same version rule; participations and comments go with it (foreign-key cascade).
    virtual Result<void> remove(qint64 id, qint64 expectedVersion) = 0;

    // Idempotent; the count is the one the same transaction left behind.
    virtual Result<Participation> join(qint64 eventId, qint64 userId, qint64 now) = 0;
    virtual Result<Participation> withdraw(qint64 eventId, qint64 userId) = 0;

    // Up to `limit` rows after `position` in the query's order (limit+1 to learn if more exist).
    virtual Result<QList<Event>> list(
        const EventQuery &query, const EventPosition &position, int limit)
        = 0;
    // The ids of every event the query matches, in list()'s order from `position` (the list
    // view's rows: its scroll bar spans them all, rows are read by id as they show).
    virtual Result<QList<qint64>> listIds(const EventQuery &query, const EventPosition &position)
        = 0;
    virtual Result<qint64> count(const EventQuery &query, qint64 pivot) = 0;
    // The events that overlap [from, to) (an event without an end lasts an instant), in start
    // order, at most `limit`; the query's text, mine, joined and source filters apply, its
    // from/to/when/sort do not. Calendar views read exactly what they show. The events carry
    // no description (the detail pane reads the event itself).
    virtual Result<QList<Event>> overlapping(
        const EventQuery &query, qint64 from, qint64 to, int limit)
        = 0;

    // The names of the first `limit` participants, in joining order: display names, or the
    // part of the e-mail before '@' when an account has none.
    virtual Result<QStringList> participantNames(qint64 eventId, int limit) = 0;

    virtual Result<Comment> insertComment(
        qint64 eventId, qint64 authorId, const QString &body, qint64 now)
        = 0;
    virtual Result<Comment> findComment(qint64 id) = 0;
    virtual Result<Comment> updateComment(qint64 id, const QString &body, qint64 now) = 0;
    virtual Result<void> removeComment(qint64 id) = 0;
    // Oldest first, after (createdAt, id).
    virtual Result<QList<Comment>> comments(
        qint64 eventId, qint64 afterCreatedAt, qint64 afterId, int limit)
        = 0;
};

} // namespace Eventdesk::Core
