// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventscontroller.h"
#include "authservice.h"
#include "bearerauth.h"
#include "eventjson.h"
#include "eventservice.h"
#include "problem.h"
#include "timeutil.h"

#include <QCryptographicHash>

#include <limits>

namespace Eventdesk::Api {

using namespace Eventdesk::Core;

namespace {

// Bounds of the list cache; when either is reached it starts over (hot pages refill it at once).
constexpr int cacheCapacity = 512;
constexpr qsizetype cacheByteCapacity = 32 * 1024 * 1024;

Response notFound(const QString &what)
{
    return problem(404, QStringLiteral("not_found"), QStringLiteral("There is no %1.").arg(what));
}

Result<bool> flag(const Request &request, const QString &name)
{
    if (!request.hasQuery(name))
        return false;
    const QString value = request.queryValue(name).toLower();
    if (value.isEmpty() || value == QLatin1String("true") || value == QLatin1String("1"))
        return true;
    if (value == QLatin1String("false") || value == QLatin1String("0"))
        return false;
    return Error::invalid(QStringLiteral("invalid_query"),
        QStringLiteral("The list query is invalid."),
        {{name, QStringLiteral("must be true or false")}});
}

Response eventResponse(const Event &event, int status = 200)
{
    Response response = Response::rawJson(encodeEvent(event), status);
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

Result<qint64> optionalUserId(AuthService &auth, const Request &request)
{
    if (request.header("authorization").isEmpty())
        return qint64(0);
    auto user = requireUser(auth, request);
    if (!user)
        return user.error();
    return user->id;
}

Result<qint64> requiredUserId(AuthService &auth, const Request &request)
{
    auto user = requireUser(auth, request);
    if (!user)
        return user.error();
    return user->id;
}

EventsController::EventsController(AuthService &auth, EventService &events)
    : m_auth(auth)
    , m_events(events)
{ }

void EventsController::registerRoutes(Router &router, const ServerContext &)
{
    /// Lists events: upcoming first (soonest first), then past ones (most recent first).
    router.add(Method::Get, QStringLiteral("/api/v1/events"),
        [this](const Request &r) { return list(r); });
    /// Creates an event owned by the caller; 201 with Location and ETag.
    router.add(
        Method::Post, QStringLiteral("/api/v1/events"),
        [this](const Request &r) { return create(r); }, Body::Json);
    /// One event, with its ETag.
    router.add(Method::Get, QStringLiteral("/api/v1/events/{id}"),
        [this](const Request &r) { return show(r); });
    /// Edits an event (owner only; If-Match honoured).
    router.add(
        Method::Patch, QStringLiteral("/api/v1/events/{id}"),
        [this](const Request &r) { return edit(r); }, Body::Json);
    /// Deletes an event with its participations and comments (owner only; If-Match honoured).
    router.add(Method::Delete, QStringLiteral("/api/v1/events/{id}"),
        [this](const Request &r) { return remove(r); });
    /// Joins an event (idempotent).
    router.add(Method::Put, QStringLiteral("/api/v1/events/{id}/participation"),
        [this](const Request &r) { return join(r); });
    /// Withdraws from an event (idempotent).
    router.add(Method::Delete, QStringLiteral("/api/v1/events/{id}/participation"),
        [this](const Request &r) { return withdraw(r); });
}

Response listPage(const Request &request, const QByteArray &body, const QByteArray &etag)
{
    if (ifNoneMatch(request, etag)) {
        Response notModified = Response::text({}, {}, 304);
        notModified.withHeader("ETag", etag);
        return notModified;
    }
    Response response = Response::rawJson(body);
    response.withHeader("ETag", etag);
    response.withHeader("Cache-Control", "no-cache");
    return response;
}

Response EventsController::list(const Request &request)
{
    auto viewer = optionalUserId(m_auth, request);
    if (!viewer)
        return problem(viewer.error());

    // The hot path: a page already answered for this caller and this query string, still
    // current. Read the generation and the data version before the data: a write that lands in
    // between makes the entry stale at once (its versions are already behind). The data version
    // also catches commits of other processes (`eventdesk import`), which the generation cannot.
    const QString key
        = QString::number(*viewer) + u'?' + request.query.toString(QUrl::FullyEncoded);
    const quint64 generation = m_events.generation();
    const auto dataVersion = m_events.dataVersion();
    const qint64 now = nowMsecs();
    if (auto it = m_cache.constFind(key); it != m_cache.constEnd()) {
        if (it->generation == generation && dataVersion && it->dataVersion == dataVersion
            && now < it->validUntil) {
            ++m_hits;
            return listPage(request, it->body, it->etag);
        }
    }

    EventQuery query;
    query.viewerId = *viewer;
    QList<FieldError> fields;
    if (request.hasQuery(QStringLiteral("limit"))) {
        bool ok = false;
        query.limit = request.queryValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || query.limit < 1 || query.limit > EventLimits::pageMax)
            fields.append({QStringLiteral("limit"),
                QStringLiteral("must be a number from 1 to %1").arg(EventLimits::pageMax)});
    }
    for (const QString &name : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!request.hasQuery(name))
            continue;
        const auto time = parseTimestamp(request.queryValue(name));
        if (!time)
            fields.append({name, QStringLiteral("must be an RFC 3339 timestamp")});
        else if (name == QLatin1String("from"))
            query.from = time->toMSecsSinceEpoch();
        else
            query.to = time->toMSecsSinceEpoch();
    }
    for (const QString &name : {QStringLiteral("mine"), QStringLiteral("joined")}) {
        auto value = flag(request, name);
        if (!value)
            fields.append(value.error().fields);
        else if (name == QLatin1String("mine"))
            query.mine = *value;
        else
            query.joined = *value;
    }
    query.text = request.queryValue(QStringLiteral("q"));
    query.source = request.queryValue(QStringLiteral("source"));
    if (!fields.isEmpty())
        return problem(422, QStringLiteral("invalid_query"),
            QStringLiteral("The list query is invalid."), fields);
    const QString cursor = request.queryValue(QStringLiteral("cursor"));
    ++m_misses;
    auto page = m_events.list(query, cursor);
    if (!page)
        return problem(page.error());
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
    if (m_cache.size() >= cacheCapacity || m_cacheBytes + entry.body.size() > cacheByteCapacity) {
        m_cache.clear();
        m_cacheBytes = 0;
    }
    if (auto old = m_cache.constFind(key); old != m_cache.constEnd())
        m_cacheBytes -= old->body.size();
    m_cacheBytes += entry.body.size();
    m_cache.insert(key, entry);
    return listPage(request, entry.body, entry.etag);
}

Response EventsController::create(const Request &request)
{
    auto user = requiredUserId(m_auth, request);
    if (!user)
        return problem(user.error());
    auto draft = decodeDraft(request.json.toObject(), {}, false);
    if (!draft)
        return problem(draft.error());
    auto created = m_events.create(*user, *draft);
    if (!created)
        return problem(created.error());
    Response response = eventResponse(*created, 201);
    response.withHeader("Location", "/api/v1/events/" + QByteArray::number(created->id));
    return response;
}

Response EventsController::show(const Request &request)
{
    auto viewer = optionalUserId(m_auth, request);
    if (!viewer)
        return problem(viewer.error());
    const auto id = request.idParam();
    if (!id)
        return notFound(QStringLiteral("event %1").arg(request.param(QStringLiteral("id"))));
    auto event = m_events.event(*id, *viewer);
    if (!event)
        return problem(event.error());
    return eventResponse(*event);
}

Response EventsController::edit(const Request &request)
{
    auto user = requiredUserId(m_auth, request);
    if (!user)
        return problem(user.error());
    const auto id = request.idParam();
    if (!id)
        return notFound(QStringLiteral("event %1").arg(request.param(QStringLiteral("id"))));
    if (!request.json.isObject())
        return problem(400, QStringLiteral("malformed_body"),
            QStringLiteral("Send the changed fields as a JSON object."));
    auto current = m_events.event(*id, *user);
    if (!current)
        return problem(current.error());
    auto draft = decodeDraft(request.json.toObject(), EventDraft::from(*current), true);
    if (!draft)
        return problem(draft.error());
    const auto expected = expectedVersion(request, m_events, *id);
    // Without If-Match, the version just read still guards against a concurrent edit.
    auto updated = m_events.update(*id, *user, *draft, expected.value_or(current->version));
    if (!updated)
        return problem(updated.error());
    return eventResponse(*updated);
}

Response EventsController::remove(const Request &request)
{
    auto user = requiredUserId(m_auth, request);
    if (!user)
        return problem(user.error());
    const auto id = request.idParam();
    if (!id)
        return notFound(QStringLiteral("event %1").arg(request.param(QStringLiteral("id"))));
    auto removed = m_events.remove(*id, *user, expectedVersion(request, m_events, *id));
    if (!removed)
        return problem(removed.error());
    return Response::noContent();
}

Response EventsController::join(const Request &request)
{
    auto user = requiredUserId(m_auth, request);
    if (!user)
        return problem(user.error());
    const auto id = request.idParam();
    if (!id)
        return notFound(QStringLiteral("event %1").arg(request.param(QStringLiteral("id"))));
    auto joined = m_events.join(*id, *user);
    if (!joined)
        return problem(joined.error());
    return Response::rawJson(encodeParticipation(*joined));
}

Response EventsController::withdraw(const Request &request)
{
    auto user = requiredUserId(m_auth, request);
    if (!user)
        return problem(user.error());
    const auto id = request.idParam();
    if (!id)
        return notFound(QStringLiteral("event %1").arg(request.param(QStringLiteral("id"))));
    auto withdrawn = m_events.withdraw(*id, *user);
    if (!withdrawn)
        return problem(withdrawn.error());
    return Response::rawJson(encodeParticipation(*withdrawn));
}

} // namespace Eventdesk::Api
