// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actor.h"
#include "calendars.h"

#include <QString>

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
    // The actor's own URLs only (window and API alike); nobody signed in has none.
    Result<Created> create(const Actor &actor);
    Result<QList<Calendar>> list(const Actor &actor);
    Result<void> revoke(const Actor &actor, qint64 id);
    // The .ics of the token's account; NotFound for an unknown or revoked token.
    Result<QByteArray> feed(QByteArrayView token);

    // 43 characters of unpadded base64url (32 random bytes).
    static QByteArray generateToken();

    // The addresses a calendar app subscribes to, on the server at `authority` (host:port):
    // http://authority/cal/<token>.ics and the same with webcal://.
    struct Urls
    {
        QString url;
        QString webcalUrl;
    };
    static Urls urls(const QString &authority, const QByteArray &token);

private:
    CalendarStore &m_store;
    const FeedFormats &m_formats;
};

} // namespace Eventdesk::Core
