// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controller.h"

#include <QByteArray>
#include <QHash>

#include <optional>
#include <utility>

namespace Eventdesk::Core {
class FeedService;
}

namespace Eventdesk::Api {

// GET /search in the event provider's search contract (public, like the provider's): every
// imported plan that was ever online and starts within [starts_at, ends_at], past ones
// included, answered from the local database only.
class SearchController : public Controller
{
public:
    explicit SearchController(Core::FeedService &feeds)
        : m_feeds(feeds)
    { }
    void registerRoutes(Router &router, const ServerContext &context) override;
    // Answers on the API thread for windows up to 31 days; wider windows (possibly every plan,
    // tens of MB of JSON) are answered from the worker pool so they never stall other requests.
    void searchRoute(const Request &request, Responder responder);
    Response search(const Request &request);
    // search() on the API thread, answering a window asked again from the encoded answer while
    // the database is unchanged (FeedService::searchVersion(): commits of any connection or
    // process, including imports run by `eventdesk import`, and this thread's own writes).
    Response cachedSearch(const Request &request);

    // RFC 3339, "YYYY-MM-DDTHH:MM:SS" (UTC) or "YYYY-MM-DD" (the day's start, or its end when
    // endOfDay). Empty when unreadable or impossible.
    static std::optional<qint64> parseBound(const QString &text, bool endOfDay);

private:
    Core::FeedService &m_feeds;
    ServerContext m_context;
    struct CachedAnswer
    {
        std::pair<qint64, qint64> version;
        QByteArray json;
    };
    QHash<std::pair<qint64, qint64>, CachedAnswer> m_cache; // by (from, to); API thread only
};

} // namespace Eventdesk::Api
