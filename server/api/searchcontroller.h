// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controller.h"

#include <optional>

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

    // RFC 3339, "YYYY-MM-DDTHH:MM:SS" (UTC) or "YYYY-MM-DD" (the day's start, or its end when
    // endOfDay). Empty when unreadable or impossible.
    static std::optional<qint64> parseBound(const QString &text, bool endOfDay);

private:
    Core::FeedService &m_feeds;
    ServerContext m_context;
};

} // namespace Eventdesk::Api
