// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventscontroller.h"
#include "authservice.h"
#include "eventjson.h"
#include "eventservice.h"
#include "query.h"
#include "timeutil.h"

#include <QCryptographicHash>

#include <limits>

namespace Eventdesk::Api {

using namespace Eventdesk::Core;

namespace {

// Bounds of the list cache; when either is reached it starts over (hot pages refill it at once).
constexpr int cacheCapacity = 512;
constexpr qsizetype cacheByteCapacity = 32 * 1024 * 1024;

Response eventResponse(const Event &event)
{
    Response response = Response::rawJson(encodeEvent(event));
    response.withHeader("ETag", eventETag(event.version));
    return response;
}

// The version an If-Match asks for (nullopt: no condition). A list picks the current version
// when it names it, so that any of several tags may match.
std::optional<qint64> expectedVersion(const Request &request, EventService &events, qint64 id)
{
    const QByteArray header = request.header("if-match");
    if (header.isEmpty())
        return std::nullopt;
    const auto versions = parseIfMatch(header);
    if (!versions)
        return std::nullopt;
    if (versions->isEmpty())
        return -1; // matches nothing
    if (versions->size() > 1) {
        if (auto current = events.event(id); current && versions->contains(current->version))
            return current->version;
    }
    return versions->constFirst();
}

} // namespace

EventsController::EventsController(AuthService &auth, EventService &events)
    : m_auth(auth)
    , m_events(events)
{ }

void EventsController::registerRoutes(Router &router, const ServerContext &)
{
    router.authenticateUsersWith(m_auth);
    router.setDefaultRuns(Runs::Database); // every route reads or writes the database
    const Policy user {.access = Access::User};
    /// Lists events: upcoming first (soonest first), then past ones (most recent first).
    router.add(Method::Get, QStringLiteral("/api/v1/events"),
        {.access = Access::OptionalUser,
            .query = {QStringLiteral("limit"), QStringLiteral("cursor"), QStringLiteral("from"),
                QStringLiteral("to"), QStringLiteral("q"), QStringLiteral("mine"),
                QStringLiteral("joined"), QStringLiteral("source")}},
        [this](const Request &r) { return list(r); });
    /// Creates an event owned by the caller; 201 with Location and ETag.
    router.add(Method::Post, QStringLiteral("/api/v1/events"),
        {.access = Access::User, .body = Body::Json},
        [this](const Request &r) { return create(r); });
    /// One event, with its ETag.
    router.add(Method::Get, QStringLiteral("/api/v1/events/{id:id}"),
        {.access = Access::OptionalUser}, [this](const Request &r) { return show(r); });
    /// Edits an event (owner only; If-Match honoured).
    router.add(Method::Patch, QStringLiteral("/api/v1/events/{id:id}"),
        {.access = Access::User, .body = Body::Json}, [this](const Request &r) { return edit(r); });
    /// Deletes an event with its participations and comments (owner only; If-Match honoured).
    router.add(Method::Delete, QStringLiteral("/api/v1/events/{id:id}"), user,
        [this](const Request &r) { return remove(r); });
    /// Joins an event (idempotent).
    router.add(Method::Put, QStringLiteral("/api/v1/events/{id:id}/participation"), user,
        [this](const Request &r) { return join(r); });
    /// Withdraws from an event (idempotent).
    router.add(Method::Delete, QStringLiteral("/api/v1/events/{id:id}/participation"), user,
        [this](const Request &r) { return withdraw(r); });
}

Response listPage(const Request &request, const QByteArray &body, const QByteArray &etag)
{
    if (ifNoneMatch(request, etag)) {
        return Response::notModified(etag);
    }
    Response response = Response::rawJson(body);
    response.withHeader("ETag", etag);
    response.withHeader("Cache-Control", "no-cache");
    return response;
}

Reply EventsController::list(const Request &request)
{
    const qint64 viewer = request.userId();

    // The hot path: a page already answered for this caller and this query string, still
    // current. Read the generation and the data version before the data: a write that lands in
    // between makes the entry stale at once (its versions are already behind). The data version
    // also catches commits of other processes (`eventdesk import`), which the generation cannot.
    const QString key = QString::number(viewer) + u'?' + request.query.toString(QUrl::FullyEncoded);
    const quint64 generation = m_events.generation();
    const auto dataVersion = m_events.dataVersion();
    const qint64 now = nowMsecs();
    {
        QMutexLocker locker(&m_cacheLock);
        if (auto it = m_cache.constFind(key); it != m_cache.constEnd()) {
            if (it->generation == generation && dataVersion && it->dataVersion == dataVersion
                && now < it->validUntil) {
                ++m_hits;
                const CachedPage hit = *it;
                locker.unlock();
                return listPage(request, hit.body, hit.etag);
            }
        }
    }

    EventQuery query;
    query.viewerId = viewer;
    QueryReader reader(request);
    query.limit = reader.limit(EventLimits::pageDefault, EventLimits::pageMax);
    query.from
        = reader.has(QStringLiteral("from")) ? reader.time(QStringLiteral("from")) : query.from;
    query.to = reader.has(QStringLiteral("to")) ? reader.time(QStringLiteral("to")) : query.to;
    query.mine = reader.flag(QStringLiteral("mine"));
    query.joined = reader.flag(QStringLiteral("joined"));
    query.text = reader.text(QStringLiteral("q"));
    query.source = reader.text(QStringLiteral("source"));
    if (auto valid = reader.result(); !valid)
        return valid.error();
    const QString cursor = reader.text(QStringLiteral("cursor"));
    ++m_misses;
    auto page = m_events.list(query, cursor);
    if (!page)
        return page.error();
    CachedPage entry;
    entry.generation = generation;
    entry.dataVersion = dataVersion;
    entry.body = encodeEventPage(*page);
    entry.etag = bodyETag(entry.body);
    // Later pages carry their pivot in the cursor, so they do not depend on the clock. A first
    // page does: it changes when its first upcoming event starts.
    entry.validUntil = std::numeric_limits<qint64>::max();
    if (cursor.isEmpty() && !page->items.isEmpty() && page->items.constFirst().startsAt >= now)
        entry.validUntil = page->items.constFirst().startsAt;
    QMutexLocker locker(&m_cacheLock);
    if (m_cache.size() >= cacheCapacity || m_cacheBytes + entry.body.size() > cacheByteCapacity) {
        m_cache.clear();
        m_cacheBytes = 0;
    }
    if (auto old = m_cache.constFind(key); old != m_cache.constEnd())
        m_cacheBytes -= old->body.size();
    m_cacheBytes += entry.body.size();
    m_cache.insert(key, entry);
    locker.unlock();
    return listPage(request, entry.body, entry.etag);
}

Reply EventsController::create(const Request &request)
{
    auto draft = decodeDraft(request.json.toObject(), {}, false);
    if (!draft)
        return draft.error();
    auto created = m_events.create(request.userId(), *draft);
    if (!created)
        return created.error();
    return eventResponse(*created).created("/api/v1/events/" + QByteArray::number(created->id));
}

Reply EventsController::show(const Request &request)
{
    auto event = m_events.event(request.id(), request.userId());
    if (!event)
        return event.error();
    return eventResponse(*event);
}

Reply EventsController::edit(const Request &request)
{
    const qint64 id = request.id();
    const qint64 user = request.userId();
    auto current = m_events.event(id, user);
    if (!current)
        return current.error();
    auto draft = decodeDraft(request.json.toObject(), EventDraft::from(*current), true);
    if (!draft)
        return draft.error();
    const auto expected = expectedVersion(request, m_events, id);
    // Without If-Match, the version just read still guards against a concurrent edit.
    auto updated = m_events.update(id, user, *draft, expected.value_or(current->version));
    if (!updated)
        return updated.error();
    return eventResponse(*updated);
}

Reply EventsController::remove(const Request &request)
{
    const qint64 id = request.id();
    auto removed = m_events.remove(id, request.userId(), expectedVersion(request, m_events, id));
    if (!removed)
        return removed.error();
    return Response::noContent();
}

Reply EventsController::join(const Request &request)
{
    auto joined = m_events.join(request.id(), request.userId());
    if (!joined)
        return joined.error();
    return Response::rawJson(encodeParticipation(*joined));
}

Reply EventsController::withdraw(const Request &request)
{
    auto withdrawn = m_events.withdraw(request.id(), request.userId());
    if (!withdrawn)
        return withdrawn.error();
    return Response::rawJson(encodeParticipation(*withdrawn));
}

} // namespace Eventdesk::Api
