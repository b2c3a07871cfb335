// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchcontroller.h"

#include "feedjson.h"
#include "feedservice.h"
#include "problem.h"
#include "timeutil.h"

#include <QThreadPool>
#include <QTimeZone>

namespace Eventdesk::Api {

using namespace Core;

namespace {

// The provider's error shape, {"data":null,"error":{code, message}}, with the status the one
// map gives the kind.
Response searchError(const Error &error)
{
    Response response = Response::rawJson(searchErrorJson(error.code, error.message));
    response.status = httpStatus(error);
    return response;
}

// A query mistake in the provider's codes (missing_parameter, invalid_parameter, invalid_range).
Response searchError(const QString &code, const QString &message)
{
    return searchError(badRequest(code, message));
}

} // namespace

void SearchController::registerRoutes(Router &router, const ServerContext &context)
{
    m_context = context;
    /// Provider-compatible search: {"data":{"events":[...]},"error":null}; public. Its own
    /// errors keep the provider's shape; an unknown parameter is the pipeline's 400 problem.
    router.addAsync(Method::Get, QStringLiteral("/search"),
        {.query = {QStringLiteral("starts_at"), QStringLiteral("ends_at")}},
        [this](const Request &r, Responder s) { searchRoute(r, std::move(s)); });
}

void SearchController::searchRoute(const Request &request, Responder responder)
{
    constexpr qint64 inlineWindowMs = 31LL * 86400000;
    const auto from = parseBound(request.queryValue(QStringLiteral("starts_at")), false);
    const auto to = parseBound(request.queryValue(QStringLiteral("ends_at")), true);
    if (from && to && *to - *from <= inlineWindowMs) {
        responder.send(cachedSearch(request));
        return;
    }
    if (!from || !to || !m_context.workers) {
        responder.send(search(request));
        return;
    }
    m_context.workers->start([this, request, responder] { responder.send(search(request)); });
}

std::optional<qint64> SearchController::parseBound(const QString &text, bool endOfDay)
{
    if (text.size() == 10) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (!day.isValid() || text[4] != u'-')
            return std::nullopt;
        const QDateTime start(day, QTime(0, 0), QTimeZone::utc());
        return start.toMSecsSinceEpoch() + (endOfDay ? 86399999 : 0);
    }
    if (auto at = parseTimestamp(text))
        return at->toMSecsSinceEpoch();
    return std::nullopt;
}

Response SearchController::cachedSearch(const Request &request)
{
    constexpr int maxEntries = 256;
    const auto from = parseBound(request.queryValue(QStringLiteral("starts_at")), false);
    const auto to = parseBound(request.queryValue(QStringLiteral("ends_at")), true);
    // Read the version before the data: a commit in between makes the entry stale at once.
    const auto version = m_feeds.searchVersion();
    if (!from || !to || *to < *from || !version)
        return search(request);
    const std::pair<qint64, qint64> key {*from, *to};
    if (auto it = m_cache.constFind(key); it != m_cache.cend() && it->version == *version)
        return Response::rawJson(it->json);
    auto found = m_feeds.search({*from, *to});
    if (!found)
        return search(request);
    if (m_cache.size() >= maxEntries)
        m_cache.clear();
    CachedAnswer &entry = m_cache[key];
    entry.version = *version;
    entry.json = searchResultJson(*found);
    return Response::rawJson(entry.json);
}

Response SearchController::search(const Request &request)
{
    for (const char *name : {"starts_at", "ends_at"}) {
        if (!request.hasQuery(QLatin1String(name))
            || request.queryValue(QLatin1String(name)).isEmpty())
            return searchError(QStringLiteral("missing_parameter"),
                QStringLiteral("%1 is required (e.g. 2021-06-30T21:00:00Z).")
                    .arg(QLatin1String(name)));
    }
    const auto from = parseBound(request.queryValue(QStringLiteral("starts_at")), false);
    if (!from)
        return searchError(QStringLiteral("invalid_parameter"),
            QStringLiteral("starts_at is not a valid date-time (YYYY-MM-DDTHH:MM:SS[Z])."));
    const auto to = parseBound(request.queryValue(QStringLiteral("ends_at")), true);
    if (!to)
        return searchError(QStringLiteral("invalid_parameter"),
            QStringLiteral("ends_at is not a valid date-time (YYYY-MM-DDTHH:MM:SS[Z])."));
    if (*to < *from)
        return searchError(
            QStringLiteral("invalid_range"), QStringLiteral("ends_at is before starts_at."));
    auto found = m_feeds.search({*from, *to});
    if (!found)
        return searchError(found.error());
    return Response::rawJson(searchResultJson(*found));
}

} // namespace Eventdesk::Api
