// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "eventstore.h"
#include "result.h"

#include <QMetaObject>

#include <atomic>
#include <optional>

namespace Eventdesk::Core {

class ChangeHub;

// Events, participations and comments: the rules (validation, ownership, versions) on top of
// an EventStore. Thread-safe (the API thread and the GUI thread call it at once). After every
// committed write it bumps generation() and notifies the ChangeHub (Events with the event id,
// Participation and Comments with the event id).
class EventService
{
public:
    EventService(EventStore &store, ChangeHub &changes);
    ~EventService();
    EventService(const EventService &) = delete;
    EventService &operator=(const EventService &) = delete;

    Result<Event> create(qint64 userId, const EventDraft &draft);
    Result<Event> event(qint64 id, qint64 viewerId = 0);
    // Owner only (Forbidden otherwise; imported events have no owner). expectedVersion is the
    // client's If-Match: PreconditionFailed when the event changed since.
    Result<Event> update(qint64 id, qint64 userId, const EventDraft &draft,
        std::optional<qint64> expectedVersion = std::nullopt);
    Result<void> remove(
        qint64 id, qint64 userId, std::optional<qint64> expectedVersion = std::nullopt);

    Result<Participation> join(qint64 eventId, qint64 userId);
    Result<Participation> withdraw(qint64 eventId, qint64 userId);

    // One page in the query's order, continuing after `cursor` (opaque; empty for the first).
    Result<EventPage> list(const EventQuery &query, const QString &cursor = {});
    // The ids of every event the query matches, in list()'s order (the window's list reads its
    // rows by id as they scroll into view; its scroll bar spans them all).
    Result<QList<qint64>> listIds(const EventQuery &query);
    Result<qint64> count(const EventQuery &query);
    // The events overlapping [from, to), for calendar views (see EventStore::overlapping):
    // at most EventLimits::rangeMax; Invalid when to is before from.
    Result<QList<Event>> overlapping(const EventQuery &query, qint64 from, qint64 to);
    // An event has ended when its end is before now; one without an end lasts until the end of
    // the local day it starts on.
    static bool hasEnded(const Event &event, qint64 now);

    // Who joined first (at most `limit` names, in joining order), for the detail pane.
    Result<QStringList> participantNames(qint64 eventId, int limit = 3);

    Result<CommentPage> comments(
        qint64 eventId, int limit = EventLimits::pageDefault, const QString &cursor = {});
    Result<Comment> addComment(qint64 eventId, qint64 userId, const QString &body);
    Result<Comment> editComment(qint64 commentId, qint64 userId, const QString &body);
    Result<void> removeComment(qint64 commentId, qint64 userId);

    // Bumped after every committed write of events, participations or comments, including
    // writes made elsewhere that were announced on the ChangeHub (feed imports). Caches of
    // list pages compare it on every read.
    quint64 generation() const { return m_generation.load(std::memory_order_acquire); }
    // Moves with every commit to the database file, also by other processes (an
    // `eventdesk import` while the server runs), which generation() cannot see.
    std::optional<std::pair<qint64, qint64>> dataVersion() { return m_store.dataVersion(); }

    // Pure helpers, public for tests.
    static QList<FieldError> validate(const EventDraft &draft);
    static QString encodeCursor(const EventPosition &position);
    static std::optional<EventPosition> decodeCursor(const QString &cursor);

private:
    static Result<void> checkListQuery(const EventQuery &query);
    void committed(int topic, qint64 id);
    Result<Event> ownedEvent(qint64 id, qint64 userId, std::optional<qint64> expectedVersion);

    EventStore &m_store;
    ChangeHub &m_changes;
    QMetaObject::Connection m_hubConnection;
    std::atomic<quint64> m_generation {1};
};

} // namespace Eventdesk::Core
