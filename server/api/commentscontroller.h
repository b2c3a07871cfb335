// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controller.h"

namespace Eventdesk::Core {
class AuthService;
class EventService;
} // namespace Eventdesk::Core

namespace Eventdesk::Api {

// Comments on events: GET/POST /api/v1/events/{id}/comments, PATCH/DELETE
// /api/v1/comments/{id} (author only).
class CommentsController : public Controller
{
public:
    CommentsController(Core::AuthService &auth, Core::EventService &events);
    void registerRoutes(Router &router, const ServerContext &context) override;

    Reply list(const Request &request);
    Reply create(const Request &request);
    Reply edit(const Request &request);
    Reply remove(const Request &request);

private:
    Core::AuthService &m_auth;
    Core::EventService &m_events;
};

} // namespace Eventdesk::Api
