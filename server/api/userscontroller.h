// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "authservice.h"
#include "controller.h"

namespace Eventdesk::Api {

// Admin-only management of the instance's accounts (issue 9): users and their roles, invites,
// the registration mode. Every rule (admin only, the last admin stays) is decided by the core
// AuthService, which the window calls as well; this controller only maps HTTP to it.
class UsersController : public Controller
{
public:
    explicit UsersController(Core::AuthService &auth);
    void registerRoutes(Router &router, const ServerContext &context) override;

    Response list(const Request &request) const;
    Response update(const Request &request) const;
    Response remove(const Request &request) const;
    Response createInvite(const Request &request) const;
    Response registration(const Request &request) const;
    Response setRegistration(const Request &request) const;

private:
    Core::Result<Core::Actor> actor(const Request &request) const;
    Core::Result<Core::Actor> admin(const Request &request) const;

    Core::AuthService &m_auth;
};

} // namespace Eventdesk::Api
