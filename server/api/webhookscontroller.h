// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controller.h"

namespace Eventdesk::Core {
class AuthService;
class WebhookService;
} // namespace Eventdesk::Core

namespace Eventdesk::Api {

// Webhook subscriptions of the signed-in user: /api/v1/webhooks and below. Each user sees and
// changes only their own; another user's id answers 404.
class WebhooksController : public Controller
{
public:
    WebhooksController(Core::WebhookService &webhooks, Core::AuthService &auth);
    void registerRoutes(Router &router, const ServerContext &context) override;

    Reply list(const Request &request);
    Reply create(const Request &request);
    Reply get(const Request &request);
    Reply update(const Request &request);
    Reply remove(const Request &request);
    Reply ping(const Request &request);
    Reply deliveries(const Request &request);
    Reply redeliver(const Request &request);

private:
    Core::WebhookService &m_webhooks;
    Core::AuthService &m_auth;
};

} // namespace Eventdesk::Api
