// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedtypes.h"
#include "result.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace Eventdesk::Core {

// A calendar subscription URL of one account. The token is shown once; only its SHA-256 is kept.
struct Calendar
{
    qint64 id = 0;
    qint64 ownerId = 0;
    qint64 createdAt = 0;
    qint64 lastUsedAt = 0;
};

class CalendarStore
{
public:
    virtual ~CalendarStore() = default;
    virtual Result<Calendar> createCalendar(qint64 ownerId, const QByteArray &tokenHash, qint64 now)
        = 0;
    virtual Result<QList<Calendar>> calendars(qint64 ownerId) = 0;
    // NotFound unless it exists and belongs to ownerId.
    virtual Result<void> removeCalendar(qint64 id, qint64 ownerId) = 0;
    // The owner behind a token's hash (and marks it used); nullopt when there is none.
    virtual Result<std::optional<qint64>> calendarOwner(const QByteArray &tokenHash, qint64 now)
        = 0;
    // The account's own events and the ones it joined, in start order, with version and
    // updatedAt set.
    virtual Result<QList<StoredEvent>> calendarEvents(qint64 userId) = 0;
};

} // namespace Eventdesk::Core
