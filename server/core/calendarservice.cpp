// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarservice.h"
#include "authtokens.h"
#include "timeutil.h"

#include <sodium.h>

namespace Eventdesk::Core {

namespace {

Error unknownCalendar()
{
    return Error::notFound(QStringLiteral("There is no such calendar."));
}

} // namespace

CalendarService::CalendarService(CalendarStore &store, const FeedFormats &formats)
    : m_store(store)
    , m_formats(formats)
{ }

QByteArray CalendarService::generateToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Result<CalendarService::Created> CalendarService::create(qint64 userId)
{
    const QByteArray token = generateToken();
    auto calendar = m_store.createCalendar(userId, AuthTokens::hash(token), nowMsecs());
    if (!calendar)
        return calendar.error();
    return Created {*calendar, token};
}

Result<QList<Calendar>> CalendarService::list(qint64 userId)
{
    return m_store.calendars(userId);
}

Result<void> CalendarService::revoke(qint64 id, qint64 userId)
{
    return m_store.removeCalendar(id, userId);
}

Result<QByteArray> CalendarService::feed(QByteArrayView token)
{
    if (token.size() != 43)
        return unknownCalendar();
    for (const char c : token) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || c == '-' || c == '_';
        if (!ok)
            return unknownCalendar();
    }
    auto owner = m_store.calendarOwner(AuthTokens::hash(token), nowMsecs());
    if (!owner)
        return owner.error();
    if (!*owner)
        return unknownCalendar();
    auto events = m_store.calendarEvents(**owner);
    if (!events)
        return events.error();
    return m_formats.exportICalendar(*events);
}

} // namespace Eventdesk::Core
