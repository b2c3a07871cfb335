// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "authservice.h"
#include "controller.h"

namespace Eventdesk::Api {

// Admin-only management of the instance's accounts (issue 9): users and their roles, invites,
// the registration mode, whether outbound requests may reach private addresses. Every rule (admin
// only, the last admin stays) is decided by the core AuthService, which the window calls as well;
// the routes also declare Access::Admin, so a member gets 403 before the body or the id is judged.
class UsersController : public Controller
{
public:
    explicit UsersController(Core::AuthService &auth);
    void registerRoutes(Router &router, const ServerContext &context) override;

    Reply list(const Request &request) const;
    Reply update(const Request &request) const;
    Reply remove(const Request &request) const;
    Reply createInvite(const Request &request) const;
    Reply registration(const Request &request) const;
    Reply setRegistration(const Request &request) const;
    Reply outbound(const Request &request) const;
    Reply setOutbound(const Request &request) const;

private:
    Core::AuthService &m_auth;
};

} // namespace Eventdesk::Api
