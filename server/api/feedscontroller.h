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

    Response list(const Request &request);
    Response create(const Request &request);
    Response get(const Request &request);
    Response update(const Request &request);
    Response remove(const Request &request);
    Response sync(const Request &request);
    Response importRun(const Request &request);
    void importDocument(const Request &request, Responder responder);
    Response exportICalendar(const Request &request);

private:
    void offThread(Response (FeedsController::*handler)(const Request &), const Request &request,
        const Responder &responder);
    Core::Result<Core::User> authorize(const Request &request);
    ServerContext m_context;
    Core::FeedService &m_feeds;
    Core::AuthService &m_auth;
};

} // namespace Eventdesk::Api
