// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controller.h"
#include "event.h"
#include "result.h"
#include "user.h"

#include <QHash>
#include <QMutex>

#include <atomic>

#include <optional>

namespace Eventdesk::Core {
class AuthService;
class EventService;
} // namespace Eventdesk::Core

namespace Eventdesk::Api {

// /api/v1/events: list, create, read, edit, delete, join and withdraw. Runs::Database routes:
// on the API thread on SQLite, on the database pool on PostgreSQL (so the cache has a lock).
// First list pages are cached in memory; an entry is used only while the service's
// generation is the one it was computed under (every write bumps it before it returns) and
// while no upcoming event has started since (the upcoming/past split moves with the clock).
class EventsController : public Controller
{
public:
    EventsController(Core::AuthService &auth, Core::EventService &events);
    void registerRoutes(Router &router, const ServerContext &context) override;

    Reply list(const Request &request);
    Reply create(const Request &request);
    Reply show(const Request &request);
    Reply edit(const Request &request);
    Reply remove(const Request &request);
    Reply join(const Request &request);
    Reply withdraw(const Request &request);

    // Cache hits and misses since start (tests and benchmarks read them).
    quint64 cacheHits() const { return m_hits.load(); }
    quint64 cacheMisses() const { return m_misses.load(); }

private:
    struct CachedPage
    {
        quint64 generation = 0;
        std::optional<std::pair<qint64, qint64>> dataVersion; // nullopt: never reused
        qint64 validUntil = 0; // UTC ms; the first upcoming event's start
        QByteArray body;
        QByteArray etag;
    };

    Core::AuthService &m_auth;
    Core::EventService &m_events;
    QMutex m_cacheLock; // m_cache and m_cacheBytes
    QHash<QString, CachedPage> m_cache;
    qsizetype m_cacheBytes = 0;
    std::atomic<quint64> m_hits {0};
    std::atomic<quint64> m_misses {0};
};

// Shared by the events and comments controllers.
// A JSON list page with its ETag (a hash of the body), or 304 when If-None-Match names it.
Response listPage(const Request &request, const QByteArray &body, const QByteArray &etag);
QByteArray bodyETag(const QByteArray &body);

} // namespace Eventdesk::Api
