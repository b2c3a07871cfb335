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

    Response list(const Request &request);
    Response create(const Request &request);
    Response get(const Request &request);
    Response update(const Request &request);
    Response remove(const Request &request);
    Response ping(const Request &request);
    Response deliveries(const Request &request);
    Response redeliver(const Request &request);

private:
    Core::WebhookService &m_webhooks;
    Core::AuthService &m_auth;
};

} // namespace Eventdesk::Api
