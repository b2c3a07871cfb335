// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controller.h"

namespace Eventdesk::Core {
class AuthService;
class Collector;
} // namespace Eventdesk::Core

namespace Eventdesk::Api {

// Trusted apps of the collector: GET/POST /api/v1/apps, DELETE /api/v1/apps/{id}. A signed-in
// user sees and revokes only the apps they created.
class AppsController : public Controller
{
public:
    AppsController(Core::Collector &collector, Core::AuthService &auth);
    void registerRoutes(Router &router, const ServerContext &context) override;

    Reply list(const Request &request);
    Reply create(const Request &request);
    Reply revoke(const Request &request);

private:
    Core::Collector &m_collector;
    Core::AuthService &m_auth;
};

} // namespace Eventdesk::Api
