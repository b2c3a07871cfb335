// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controller.h"

#include <QByteArray>
#include <QElapsedTimer>

namespace Eventdesk::Api {

// GET /api/v1/health, /api/v1/version, /api/v1/openapi.json and the /docs page.
class MetaController : public Controller
{
public:
    MetaController();
    void registerRoutes(Router &router, const ServerContext &context) override;

    Reply health(const Request &request) const;
    Reply version(const Request &request) const;
    Reply openApi(const Request &request) const;
    Reply docsPage(const Request &request) const;
    Reply docsAsset(const Request &request) const;

private:
    QByteArray m_openApi; // encoded once
    QElapsedTimer m_uptime;
};

} // namespace Eventdesk::Api
