// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendars.h"

namespace Eventdesk::Core {

class FeedFormats;

// Calendar subscriptions: a 256-bit token per URL, stored hashed; the feed is the owner's own
// and joined events as iCalendar. Thread-safe.
class CalendarService
{
public:
    CalendarService(CalendarStore &store, const FeedFormats &formats);

    struct Created
    {
        Calendar calendar;
        QByteArray token; // shown once
    };
    Result<Created> create(qint64 userId);
    Result<QList<Calendar>> list(qint64 userId);
    Result<void> revoke(qint64 id, qint64 userId);
    // The .ics of the token's account; NotFound for an unknown or revoked token.
    Result<QByteArray> feed(QByteArrayView token);

    // 43 characters of unpadded base64url (32 random bytes).
    static QByteArray generateToken();

private:
    CalendarStore &m_store;
    const FeedFormats &m_formats;
};

} // namespace Eventdesk::Core
