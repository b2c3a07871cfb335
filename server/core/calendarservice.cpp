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

CalendarService::Urls CalendarService::urls(const QString &authority, const QByteArray &token)
{
    const QString rest
        = authority + QStringLiteral("/cal/") + QString::fromLatin1(token) + QStringLiteral(".ics");
    return {QStringLiteral("http://") + rest, QStringLiteral("webcal://") + rest};
}

Result<CalendarService::Created> CalendarService::create(const Actor &actor)
{
    if (actor.user.id == 0)
        return Error::make(ErrorKind::Unauthorized, QStringLiteral("unauthorized"),
            QStringLiteral("Sign in to subscribe to your events."));
    const QByteArray token = generateToken();
    auto calendar = m_store.createCalendar(actor.user.id, AuthTokens::hash(token), nowMsecs());
    if (!calendar)
        return calendar.error();
    return Created {*calendar, token};
}

Result<QList<Calendar>> CalendarService::list(const Actor &actor)
{
    if (actor.user.id == 0)
        return QList<Calendar> {};
    return m_store.calendars(actor.user.id);
}

Result<void> CalendarService::revoke(const Actor &actor, qint64 id)
{
    if (actor.user.id == 0)
        return unknownCalendar();
    return m_store.removeCalendar(id, actor.user.id);
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
