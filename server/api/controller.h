// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "router.h"

class QThreadPool;

namespace Eventdesk::Api {

// What a controller needs from the server it is mounted on.
struct ServerContext
{
    QThreadPool *workers = nullptr; // for slow work (password hashing); answer via Responder
};

// One controller per resource. registerRoutes() runs once, before the server listens; route
// lambdas are one line that delegate to a member taking the request and returning a response.
class Controller
{
public:
    virtual ~Controller() = default;
    virtual void registerRoutes(Router &router, const ServerContext &context) = 0;
};

} // namespace Eventdesk::Api
