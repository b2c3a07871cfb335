// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace Eventdesk::Core {

// One event as lists and detail views show it. Times are UTC milliseconds since the epoch.
struct Event
{
    qint64 id = 0;
    QString title;
    QString description;
    qint64 startsAt = 0;
    std::optional<qint64> endsAt;
    QString location;
    QString category;
    qint64 ownerId = 0;  // 0: imported, nobody owns it (and nobody may edit it)
    QString ownerHandle; // the part of the owner's e-mail before '@'; empty when imported
    QString ownerName;   // the owner's display name; empty when none was given or imported
    QString source;      // "local" or the feed it came from
    QString externalId;
    std::optional<double> minPrice;
    std::optional<double> maxPrice;
    bool soldOut = false;
    qint64 participantCount = 0;
    bool joined = false; // by the viewer the event was read for
    qint64 version = 1;  // bumped by every edit; the ETag
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    bool isImported() const { return ownerId == 0; }
};

// What a person may set when creating or editing an event.
struct EventDraft
{
    QString title;
    QString description;
    qint64 startsAt = 0;
    std::optional<qint64> endsAt;
    QString location;
    QString category;

    static EventDraft from(const Event &event)
    {
        return {event.title, event.description, event.startsAt, event.endsAt, event.location,
            event.category};
    }
};

struct EventLimits
{
    static constexpr int titleMax = 256;
    static constexpr int descriptionMax = 10000;
    static constexpr int locationMax = 256;
    static constexpr int categoryMax = 64;
    static constexpr int commentMax = 4000;
    static constexpr int pageDefault = 50;
    static constexpr int pageMax = 500;
    static constexpr int rangeMax = 20000; // events one calendar range reads
};

// How a list is ordered. Upcoming: upcoming events first (soonest first), then past ones (most
// recent first). The others are for the window's sortable columns.
enum class EventSort { Upcoming, StartsAt, Title, Participants };

// Which events a list shows. viewerId decides `joined` and the mine/joined filters.
struct EventQuery
{
    qint64 viewerId = 0;
    std::optional<qint64> from; // starts at or after
    std::optional<qint64> to;   // starts at or before
    QString text;               // words searched in title and description (prefix match)
    bool mine = false;
    bool joined = false;
    QString source;
    enum class When { All, Upcoming, Past } when = When::All;
    EventSort sort = EventSort::Upcoming;
    bool descending = false; // for the sorts other than Upcoming
    int limit = EventLimits::pageDefault;
};

// Where a keyset page starts: after the row (bucket, key, id), within the split at `pivot`
// (the "now" of the first page, so that events turning past between pages are neither skipped
// nor repeated).
struct EventPosition
{
    qint64 pivot = 0;
    int bucket = 0; // Upcoming: 0 upcoming, 1 past
    QVariant key;   // starts_at (qint64), title (QString) or participant_count (qint64)
    qint64 id = 0;
    EventSort sort = EventSort::Upcoming;
    bool descending = false;
    bool started = false; // false: from the beginning
};

struct EventPage
{
    QList<Event> items;
    QString nextCursor; // empty: no more
};

struct Participation
{
    qint64 eventId = 0;
    bool joined = false;
    qint64 participantCount = 0;
};

struct Comment
{
    qint64 id = 0;
    qint64 eventId = 0;
    qint64 authorId = 0;       // 0: imported or the author's account is gone
    QString authorName;        // the author's handle, or the imported name
    QString authorDisplayName; // the author's display name, else authorName
    QString body;
    QString source;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

struct CommentPage
{
    QList<Comment> items;
    QString nextCursor;
};

} // namespace Eventdesk::Core

// QStrings, integers and optionals of numbers move by memcpy: lists of events grow without
// moving each element (the calendar reads thousands at once).
Q_DECLARE_TYPEINFO(Eventdesk::Core::Event, Q_RELOCATABLE_TYPE);
