// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedscontroller.h"

#include "authservice.h"
#include "feedjson.h"
#include "feedservice.h"
#include "problem.h"
#include "query.h"
#include "timeutil.h"

#include <QBuffer>

namespace Eventdesk::Api {

using namespace Core;

namespace {

Core::Error notTheCreator(const QString &what)
{
    return Error::make(ErrorKind::Forbidden, QStringLiteral("forbidden"),
        QStringLiteral("Only the feed's creator may %1 it.").arg(what));
}

} // namespace

void FeedsController::registerRoutes(Router &router, const ServerContext &)
{
    router.authenticateUsersWith(m_auth);
    // Writes wait for SQLite's one writer, which a large import holds for seconds: they run on
    // the worker pool so the API thread never waits behind an import.
    const Policy read {.access = Access::User};
    const Policy write {.access = Access::User, .runs = Runs::Worker};
    const Policy writeJson {.access = Access::User, .body = Body::Json, .runs = Runs::Worker};
    /// The feeds: location, format, interval, last run and status.
    router.add(Method::Get, QStringLiteral("/api/v1/feeds"), read,
        [this](const Request &r) { return list(r); });
    /// Adds a feed (http(s) URL or file); its first sync is due at once.
    router.add(Method::Post, QStringLiteral("/api/v1/feeds"), writeJson,
        [this](const Request &r) { return create(r); });
    /// One feed.
    router.add(Method::Get, QStringLiteral("/api/v1/feeds/{id:id}"), read,
        [this](const Request &r) { return get(r); });
    /// Changes a feed's name, url, format, interval or enabled flag (its creator only).
    router.add(Method::Patch, QStringLiteral("/api/v1/feeds/{id:id}"), writeJson,
        [this](const Request &r) { return update(r); });
    /// Removes a feed (its creator only); its events and import records stay.
    router.add(Method::Delete, QStringLiteral("/api/v1/feeds/{id:id}"), write,
        [this](const Request &r) { return remove(r); });
    /// Queues a sync now: 202 with the import id; the work happens on the feeds thread.
    router.add(Method::Post, QStringLiteral("/api/v1/feeds/{id:id}/sync"), write,
        [this](const Request &r) { return sync(r); });
    /// One import run: status, counts, errors, timings.
    router.add(Method::Get, QStringLiteral("/api/v1/imports/{id:id}"), read,
        [this](const Request &r) { return importRun(r); });
    /// Imports a feed document sent as the body (at most 1 MiB; larger feeds: add a feed).
    router.add(Method::Post, QStringLiteral("/api/v1/imports"),
        {.access = Access::User,
            .body = Body::Any,
            .runs = Runs::Worker,
            .query = {QStringLiteral("format"), QStringLiteral("source"), QStringLiteral("from"),
                QStringLiteral("to")}},
        [this](const Request &r) { return importDocument(r); });
    /// Events as an iCalendar file (from, to, or ids).
    router.add(Method::Get, QStringLiteral("/api/v1/events.ics"),
        {.access = Access::User,
            .query = {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("ids")}},
        [this](const Request &r) { return exportICalendar(r); });
}

Reply FeedsController::list(const Request &)
{
    auto feeds = m_feeds.feeds();
    if (!feeds)
        return feeds.error();
    QJsonArray items;
    for (const Feed &feed : *feeds)
        items.append(feedToJson(feed));
    return Response::json(QJsonObject {
        {QStringLiteral("items"), items}, {QStringLiteral("next_cursor"), QJsonValue()}});
}

Reply FeedsController::create(const Request &request)
{
    Feed blank;
    blank.createdBy = request.userId();
    auto parsed = feedFromJson(request.json.toObject(), blank, true);
    if (!parsed)
        return parsed.error();
    auto created = m_feeds.createFeed(*parsed);
    if (!created)
        return created.error();
    return Response::json(feedToJson(*created))
        .created("/api/v1/feeds/" + QByteArray::number(created->id));
}

Reply FeedsController::get(const Request &request)
{
    auto feed = m_feeds.feed(request.id());
    if (!feed)
        return feed.error();
    return Response::json(feedToJson(*feed));
}

Reply FeedsController::update(const Request &request)
{
    auto feed = m_feeds.feed(request.id());
    if (!feed)
        return feed.error();
    if (feed->createdBy != 0 && feed->createdBy != request.userId())
        return notTheCreator(QStringLiteral("change"));
    auto parsed = feedFromJson(request.json.toObject(), *feed, false);
    if (!parsed)
        return parsed.error();
    auto updated = m_feeds.updateFeed(*parsed);
    if (!updated)
        return updated.error();
    return Response::json(feedToJson(*updated));
}

Reply FeedsController::remove(const Request &request)
{
    auto feed = m_feeds.feed(request.id());
    if (!feed)
        return feed.error();
    if (feed->createdBy != 0 && feed->createdBy != request.userId())
        return notTheCreator(QStringLiteral("remove"));
    auto removed = m_feeds.deleteFeed(feed->id);
    if (!removed)
        return removed.error();
    return Response::noContent();
}

Reply FeedsController::sync(const Request &request)
{
    auto queued = m_feeds.requestSync(request.id());
    if (!queued)
        return queued.error();
    Response response = Response::json(QJsonObject {{QStringLiteral("import_id"), *queued},
        {QStringLiteral("status"), QStringLiteral("queued")}});
    response.accepted().withHeader("Location", "/api/v1/imports/" + QByteArray::number(*queued));
    return response;
}

Reply FeedsController::importRun(const Request &request)
{
    auto run = m_feeds.importRun(request.id());
    if (!run)
        return run.error();
    return Response::json(importToJson(*run));
}

Reply FeedsController::importDocument(const Request &request)
{
    QueryReader query(request);
    ImportOptions options;
    options.contentType = request.header("Content-Type");
    if (query.has(QStringLiteral("format"))) {
        options.format = feedFormatFromName(query.text(QStringLiteral("format")));
        if (options.format == FeedFormat::Unknown)
            query.reject(
                QStringLiteral("format"), QStringLiteral("must be one of provider, json, ical"));
    }
    options.source = query.text(QStringLiteral("source"));
    if (options.source.size() > 64 || options.source.contains(QLatin1Char(' ')))
        query.reject(
            QStringLiteral("source"), QStringLiteral("must be up to 64 characters without spaces"));
    if (query.has(QStringLiteral("from")))
        options.parse.windowStart = query.time(QStringLiteral("from"));
    if (query.has(QStringLiteral("to")))
        options.parse.windowEnd = query.time(QStringLiteral("to"));
    if (auto valid = query.result(); !valid)
        return valid.error();
    if (request.body.trimmed().isEmpty())
        return badRequest(QStringLiteral("empty_body"),
            QStringLiteral("Send a provider XML, JSON or iCalendar document as the body."));
    QBuffer buffer;
    buffer.setData(request.body);
    buffer.open(QIODevice::ReadOnly);
    const ImportRun run = m_feeds.importDocument(buffer, options);
    const QByteArray location = "/api/v1/imports/" + QByteArray::number(run.id);
    if (run.status != QLatin1String("succeeded")) {
        const bool unsupported = run.errorCode == QLatin1String("unsupported_format");
        return problem(
            Error::make(unsupported ? ErrorKind::Unsupported : ErrorKind::Invalid,
                run.errorCode.isEmpty() ? QStringLiteral("import_failed") : run.errorCode,
                run.errors.value(0)))
            .withHeader("Location", location);
    }
    return Response::json(importToJson(run)).created(location);
}

Reply FeedsController::exportICalendar(const Request &request)
{
    QueryReader query(request);
    SearchWindow window {0, 253402300799000LL};
    if (query.has(QStringLiteral("from")))
        window.from = query.time(QStringLiteral("from"));
    if (query.has(QStringLiteral("to")))
        window.to = query.time(QStringLiteral("to"));
    const QList<qint64> ids = query.ids(QStringLiteral("ids"), 1000);
    if (auto valid = query.result(); !valid)
        return valid.error();
    auto ics = m_feeds.exportICalendar(window, ids);
    if (!ics)
        return ics.error();
    return Response::text(*ics, "text/calendar; charset=utf-8")
        .withHeader("Content-Disposition", "attachment; filename=\"events.ics\"");
}

} // namespace Eventdesk::Api
