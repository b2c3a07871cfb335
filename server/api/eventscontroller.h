// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controller.h"
#include "event.h"
#include "result.h"
#include "user.h"

#include <QHash>

#include <atomic>

#include <optional>

namespace Eventdesk::Core {
class AuthService;
class EventService;
} // namespace Eventdesk::Core

namespace Eventdesk::Api {

// /api/v1/events: list, create, read, edit, delete, join and withdraw. Called on the API thread
// only. First list pages are cached in memory; an entry is used only while the service's
// generation is the one it was computed under (every write bumps it before it returns) and
// while no upcoming event has started since (the upcoming/past split moves with the clock).
class EventsController : public Controller
{
public:
    EventsController(Core::AuthService &auth, Core::EventService &events);
    void registerRoutes(Router &router, const ServerContext &context) override;

    Response list(const Request &request);
    Response create(const Request &request);
    Response show(const Request &request);
    Response edit(const Request &request);
    Response remove(const Request &request);
    Response join(const Request &request);
    Response withdraw(const Request &request);

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
    QHash<QString, CachedPage> m_cache;
    qsizetype m_cacheBytes = 0;
    std::atomic<quint64> m_hits {0};
    std::atomic<quint64> m_misses {0};
};

// Shared by the events and comments controllers.
// The caller, when the request carries a bearer token; 0 when it carries none. A token that is
// wrong, expired or revoked is an error (401), never silently anonymous.
Core::Result<qint64> optionalUserId(Core::AuthService &auth, const Request &request);
Core::Result<qint64> requiredUserId(Core::AuthService &auth, const Request &request);
// A JSON list page with its ETag (a hash of the body), or 304 when If-None-Match names it.
Response listPage(const Request &request, const QByteArray &body, const QByteArray &etag);
QByteArray bodyETag(const QByteArray &body);

} // namespace Eventdesk::Api
