// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarscontroller.h"
#include "calendarservice.h"
#include "timeutil.h"

#include <QJsonArray>

namespace Eventdesk::Api {

using namespace Eventdesk::Core;

namespace {

QJsonObject calendarToJson(const Calendar &calendar)
{
    return QJsonObject {
        {QStringLiteral("id"), calendar.id},
        {QStringLiteral("created_at"), toRfc3339(calendar.createdAt)},
        {QStringLiteral("last_used_at"),
            calendar.lastUsedAt ? QJsonValue(toRfc3339(calendar.lastUsedAt)) : QJsonValue()},
    };
}

} // namespace

CalendarsController::CalendarsController(CalendarService &calendars, AuthService &auth)
    : m_calendars(calendars)
    , m_auth(auth)
{ }

void CalendarsController::registerRoutes(Router &router, const ServerContext &)
{
    router.authenticateUsersWith(m_auth);
    router.setDefaultRuns(Runs::Database); // every route reads or writes the database
    const Policy user {.access = Access::User};
    /// The signed-in user's calendar subscription URLs (the URLs are never shown again).
    router.add(Method::Get, QStringLiteral("/api/v1/calendars"), user,
        [this](const Request &r) { return list(r); });
    /// Creates a subscription URL for the user's own and joined events; shown this once.
    router.add(Method::Post, QStringLiteral("/api/v1/calendars"), user,
        [this](const Request &r) { return create(r); });
    /// Revokes a subscription URL at once.
    router.add(Method::Delete, QStringLiteral("/api/v1/calendars/{id:id}"), user,
        [this](const Request &r) { return revoke(r); });
    /// The iCalendar feed behind a subscription URL (/cal/<token>.ics); the token is the
    /// credential. ETag and If-None-Match (304).
    router.add(Method::Get, QStringLiteral("/cal/{file}"), {.access = Access::Anyone},
        [this](const Request &r) { return feed(r); });
}

Reply CalendarsController::list(const Request &request)
{
    auto calendars = m_calendars.list(Actor::api(request.caller()));
    if (!calendars)
        return calendars.error();
    QJsonArray items;
    for (const Calendar &calendar : std::as_const(*calendars))
        items.append(calendarToJson(calendar));
    return Response::json(QJsonObject {
        {QStringLiteral("items"), items}, {QStringLiteral("next_cursor"), QJsonValue()}});
}

Reply CalendarsController::create(const Request &request)
{
    auto created = m_calendars.create(Actor::api(request.caller()));
    if (!created)
        return created.error();
    // The Host passed the request guard: it is one this server answers to.
    const auto urls
        = CalendarService::urls(QString::fromLatin1(request.header("host")), created->token);
    QJsonObject answer = calendarToJson(created->calendar);
    answer.insert(QStringLiteral("url"), urls.url);
    answer.insert(QStringLiteral("webcal_url"), urls.webcalUrl);
    Response response = Response::json(answer);
    response.created("/api/v1/calendars/" + QByteArray::number(created->calendar.id))
        .withHeader("Cache-Control", "no-store");
    return response;
}

Reply CalendarsController::revoke(const Request &request)
{
    if (auto revoked = m_calendars.revoke(Actor::api(request.caller()), request.id()); !revoked)
        return revoked.error();
    return Response::noContent();
}

Reply CalendarsController::feed(const Request &request)
{
    const QString file = request.param(QStringLiteral("file"));
    if (!file.endsWith(QStringLiteral(".ics")))
        return Error::notFound(QStringLiteral("There is no such calendar."));
    auto ics = m_calendars.feed(file.chopped(4).toLatin1());
    if (!ics)
        return ics.error();
    const QByteArray etag = bodyETag(*ics);
    if (ifNoneMatch(request, etag))
        return Response::notModified(etag).withHeader("Cache-Control", "private, no-cache");
    Response response = Response::text(*ics, "text/calendar; charset=utf-8");
    response.withHeader("ETag", etag);
    response.withHeader("Cache-Control", "private, no-cache");
    return response;
}

} // namespace Eventdesk::Api
