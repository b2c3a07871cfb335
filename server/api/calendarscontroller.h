// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controller.h"

namespace Eventdesk::Core {
class AuthService;
class CalendarService;
} // namespace Eventdesk::Core

namespace Eventdesk::Api {

// Calendar subscription URLs: /api/v1/calendars (signed in) and the feeds themselves at
// /cal/<token>.ics, which need no other credential (calendar apps send none).
class CalendarsController : public Controller
{
public:
    CalendarsController(Core::CalendarService &calendars, Core::AuthService &auth);
    void registerRoutes(Router &router, const ServerContext &context) override;

    Reply list(const Request &request);
    Reply create(const Request &request);
    Reply revoke(const Request &request);
    Reply feed(const Request &request);

private:
    Core::CalendarService &m_calendars;
    Core::AuthService &m_auth;
};

} // namespace Eventdesk::Api
