// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedscontroller.h"

#include "authservice.h"
#include "bearerauth.h"
#include "feedjson.h"
#include "feedservice.h"
#include "problem.h"
#include "timeutil.h"

#include <QBuffer>
#include <QThreadPool>

namespace Eventdesk::Api {

using namespace Core;

namespace {

Response badId()
{
    return problem(404, QStringLiteral("not_found"), QStringLiteral("No such id."));
}

} // namespace

void FeedsController::registerRoutes(Router &router, const ServerContext &context)
{
    m_context = context;
    /// The feeds: location, format, interval, last run and status.
    router.add(
        Method::Get, QStringLiteral("/api/v1/feeds"), [this](const Request &r) { return list(r); });
    /// Adds a feed (an http(s) URL; local files only from the window); its first sync is due at
    /// once.
    router.addAsync(
        Method::Post, QStringLiteral("/api/v1/feeds"),
        [this](const Request &r, Responder s) { offThread(&FeedsController::create, r, s); },
        Body::Json);
    /// One feed.
    router.add(Method::Get, QStringLiteral("/api/v1/feeds/{id}"),
        [this](const Request &r) { return get(r); });
    /// Changes a feed's name, url, format, interval or enabled flag (its owner or an admin).
    router.addAsync(
        Method::Patch, QStringLiteral("/api/v1/feeds/{id}"),
        [this](const Request &r, Responder s) { offThread(&FeedsController::update, r, s); },
        Body::Json);
    /// Removes a feed (its owner or an admin); its events and import records stay.
    router.addAsync(Method::Delete, QStringLiteral("/api/v1/feeds/{id}"),
        [this](const Request &r, Responder s) { offThread(&FeedsController::remove, r, s); });
    /// Queues a sync now: 202 with the import id; the work happens on the feeds thread.
    router.addAsync(Method::Post, QStringLiteral("/api/v1/feeds/{id}/sync"),
        [this](const Request &r, Responder s) { offThread(&FeedsController::sync, r, s); });
    /// One import run: status, counts, errors, timings.
    router.add(Method::Get, QStringLiteral("/api/v1/imports/{id}"),
        [this](const Request &r) { return importRun(r); });
    /// Imports a feed document sent as the body (at most 1 MiB; larger feeds: add a feed).
    router.addAsync(
        Method::Post, QStringLiteral("/api/v1/imports"),
        [this](const Request &r, Responder s) { importDocument(r, std::move(s)); }, Body::Any);
    /// Events as an iCalendar file (from, to, or ids).
    router.add(Method::Get, QStringLiteral("/api/v1/events.ics"),
        [this](const Request &r) { return exportICalendar(r); });
}

// Writes wait for SQLite's one writer, which a large import holds for seconds: they run on the
// worker pool so the API thread never waits behind an import.
void FeedsController::offThread(Response (FeedsController::*handler)(const Request &),
    const Request &request, const Responder &responder)
{
    m_context.workers->start(
        [this, handler, request, responder] { responder.send((this->*handler)(request)); });
}

Result<User> FeedsController::authorize(const Request &request)
{
    return requireUser(m_auth, request);
}

Response FeedsController::list(const Request &request)
{
    if (auto user = authorize(request); !user)
        return problem(user.error());
    auto feeds = m_feeds.feeds();
    if (!feeds)
        return problem(feeds.error());
    QJsonArray items;
    for (const Feed &feed : *feeds)
        items.append(feedToJson(feed));
    return Response::json(QJsonObject {
        {QStringLiteral("items"), items}, {QStringLiteral("next_cursor"), QJsonValue()}});
}

Response FeedsController::create(const Request &request)
{
    auto user = authorize(request);
    if (!user)
        return problem(user.error());
    auto parsed = feedFromJson(request.json.toObject(), Feed {}, true);
    if (!parsed)
        return problem(parsed.error());
    auto created = m_feeds.createFeed(Actor::api(*user), *parsed);
    if (!created)
        return problem(created.error());
    return Response::json(feedToJson(*created), 201)
        .withHeader("Location", "/api/v1/feeds/" + QByteArray::number(created->id));
}

Response FeedsController::get(const Request &request)
{
    if (auto user = authorize(request); !user)
        return problem(user.error());
    const auto id = request.idParam();
    if (!id)
        return badId();
    auto feed = m_feeds.feed(*id);
    return feed ? Response::json(feedToJson(*feed)) : problem(feed.error());
}

Response FeedsController::update(const Request &request)
{
    auto user = authorize(request);
    if (!user)
        return problem(user.error());
    const auto id = request.idParam();
    if (!id)
        return badId();
    auto feed = m_feeds.feed(*id);
    if (!feed)
        return problem(feed.error());
    auto parsed = feedFromJson(request.json.toObject(), *feed, false);
    if (!parsed)
        return problem(parsed.error());
    auto updated = m_feeds.updateFeed(Actor::api(*user), *parsed);
    return updated ? Response::json(feedToJson(*updated)) : problem(updated.error());
}

Response FeedsController::remove(const Request &request)
{
    auto user = authorize(request);
    if (!user)
        return problem(user.error());
    const auto id = request.idParam();
    if (!id)
        return badId();
    auto removed = m_feeds.deleteFeed(Actor::api(*user), *id);
    return removed ? Response::noContent() : problem(removed.error());
}

Response FeedsController::sync(const Request &request)
{
    auto user = authorize(request);
    if (!user)
        return problem(user.error());
    const auto id = request.idParam();
    if (!id)
        return badId();
    auto queued = m_feeds.requestSync(Actor::api(*user), *id);
    if (!queued)
        return problem(queued.error());
    return Response::json(QJsonObject {{QStringLiteral("import_id"), *queued},
                              {QStringLiteral("status"), QStringLiteral("queued")}},
        202)
        .withHeader("Location", "/api/v1/imports/" + QByteArray::number(*queued));
}

Response FeedsController::importRun(const Request &request)
{
    auto user = authorize(request);
    if (!user)
        return problem(user.error());
    const auto id = request.idParam();
    if (!id)
        return badId();
    auto run = m_feeds.importRun(Actor::api(*user), *id);
    return run ? Response::json(importToJson(*run)) : problem(run.error());
}

void FeedsController::importDocument(const Request &request, Responder responder)
{
    if (auto user = authorize(request); !user)
        return responder.send(problem(user.error()));
    if (request.body.trimmed().isEmpty())
        return responder.send(problem(400, QStringLiteral("empty_body"),
            QStringLiteral("Send a provider XML, JSON or iCalendar document as the body.")));
    ImportOptions options;
    options.contentType = request.header("Content-Type");
    const QString format = request.queryValue(QStringLiteral("format"));
    if (!format.isEmpty()) {
        options.format = feedFormatFromName(format);
        if (options.format == FeedFormat::Unknown)
            return responder.send(problem(400, QStringLiteral("invalid_format"),
                QStringLiteral("format is one of provider, json, ical."),
                {{QStringLiteral("format"), QStringLiteral("one of provider, json, ical")}}));
    }
    options.source = request.queryValue(QStringLiteral("source"));
    for (const auto &[name, bound] : {std::pair {"from", &options.parse.windowStart},
             std::pair {"to", &options.parse.windowEnd}}) {
        if (!request.hasQuery(QLatin1String(name)))
            continue;
        auto at = parseTimestamp(request.queryValue(QLatin1String(name)));
        if (!at)
            return responder.send(problem(400, QStringLiteral("invalid_query"),
                QStringLiteral("from and to are RFC 3339 times."),
                {{QLatin1String(name), QStringLiteral("an RFC 3339 time")}}));
        *bound = at->toMSecsSinceEpoch();
    }
    if (!options.source.isEmpty()
        && (options.source.size() > 64 || options.source.contains(QLatin1Char(' '))))
        return responder.send(problem(400, QStringLiteral("invalid_source"),
            QStringLiteral("source is up to 64 characters without spaces.")));
    const QByteArray body = request.body;
    FeedService *feeds = &m_feeds;
    m_context.workers->start([feeds, body, options, responder] {
        QBuffer buffer;
        buffer.setData(body);
        buffer.open(QIODevice::ReadOnly);
        const ImportRun run = feeds->importDocument(buffer, options);
        if (run.status != QLatin1String("succeeded")) {
            const int status = run.errorCode == QLatin1String("unsupported_format") ? 415 : 422;
            responder.send(
                problem(status,
                    run.errorCode.isEmpty() ? QStringLiteral("import_failed") : run.errorCode,
                    run.errors.value(0))
                    .withHeader("Location", "/api/v1/imports/" + QByteArray::number(run.id)));
            return;
        }
        responder.send(
            Response::json(importToJson(run), 201)
                .withHeader("Location", "/api/v1/imports/" + QByteArray::number(run.id)));
    });
}

Response FeedsController::exportICalendar(const Request &request)
{
    if (auto user = authorize(request); !user)
        return problem(user.error());
    SearchWindow window {0, 253402300799000LL};
    QList<FieldError> fields;
    for (const char *name : {"from", "to"}) {
        const QString key = QLatin1String(name);
        if (!request.hasQuery(key))
            continue;
        auto at = parseTimestamp(request.queryValue(key));
        if (!at)
            fields.append({key, QStringLiteral("an RFC 3339 time")});
        else if (key == QLatin1String("from"))
            window.from = at->toMSecsSinceEpoch();
        else
            window.to = at->toMSecsSinceEpoch();
    }
    QList<qint64> ids;
    if (request.hasQuery(QStringLiteral("ids"))) {
        const QStringList parts = request.queryValue(QStringLiteral("ids")).split(u',');
        for (const QString &part : parts) {
            bool ok = false;
            const qint64 id = part.toLongLong(&ok);
            if (!ok || id <= 0 || ids.size() >= 1000) {
                fields.append(
                    {QStringLiteral("ids"), QStringLiteral("up to 1000 ids, comma-separated")});
                break;
            }
            ids.append(id);
        }
    }
    if (!fields.isEmpty())
        return problem(
            400, QStringLiteral("invalid_query"), QStringLiteral("Bad query parameters."), fields);
    auto ics = m_feeds.exportICalendar(window, ids);
    if (!ics)
        return problem(ics.error());
    return Response::text(*ics, "text/calendar; charset=utf-8")
        .withHeader("Content-Disposition", "attachment; filename=\"events.ics\"");
}

} // namespace Eventdesk::Api
