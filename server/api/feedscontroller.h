// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controller.h"
#include "user.h"

namespace Eventdesk::Core {
class AuthService;
class FeedService;
} // namespace Eventdesk::Core

namespace Eventdesk::Api {

// /api/v1/feeds, /api/v1/imports and /api/v1/events.ics; every route needs a signed-in user.
// Syncs and document imports run off the API thread (the feeds thread, the worker pool).
class FeedsController : public Controller
{
public:
    FeedsController(Core::FeedService &feeds, Core::AuthService &auth)
        : m_feeds(feeds)
        , m_auth(auth)
    { }
    void registerRoutes(Router &router, const ServerContext &context) override;

    Reply list(const Request &request);
    Reply create(const Request &request);
    Reply get(const Request &request);
    Reply update(const Request &request);
    Reply remove(const Request &request);
    Reply sync(const Request &request);
    Reply importRun(const Request &request);
    Reply importDocument(const Request &request);
    Reply exportICalendar(const Request &request);

private:
    Core::FeedService &m_feeds;
    Core::AuthService &m_auth;
};

} // namespace Eventdesk::Api
