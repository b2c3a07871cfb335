// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controller.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QThreadPool;

namespace Eventdesk::Core {
class AuthService;
class Collector;
class TrackWriter;
} // namespace Eventdesk::Core

namespace Eventdesk::Api {

// The collector's API: POST /api/v1/track (app keys) and the queries, types and settings under
// /api/v1/track/... (signed-in users).
class TrackController : public Controller
{
public:
    TrackController(Core::Collector &collector, Core::TrackWriter &writer, Core::AuthService &auth);
    void registerRoutes(Router &router, const ServerContext &context) override;

    void track(const Request &request, Responder responder);
    Response events(const Request &request);
    Response session(const Request &request);
    Response errors(const Request &request);
    Response stats(const Request &request);
    Response types(const Request &request);
    Response putType(const Request &request);
    Response deleteType(const Request &request);
    Response settings(const Request &request);
    Response putSettings(const Request &request);

private:
    void ingest(
        const Request &request, const Responder &responder, const QPointer<QObject> &apiThread);
    Core::Collector &m_collector;
    Core::TrackWriter &m_writer;
    Core::AuthService &m_auth;
    QThreadPool *m_workers = nullptr;
    // Lives on the API thread: a writer thread hands its answers to it, so they are written
    // on the API thread and never touch the HTTP server once it stopped.
    std::unique_ptr<QObject> m_apiThread;
};

} // namespace Eventdesk::Api
