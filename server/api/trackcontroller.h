// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collectorconfig.h"
#include "controller.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <mutex>
#include <vector>

class QThreadPool;

namespace Eventdesk::Core {
class AuthService;
class Collector;
class TrackWriter;
} // namespace Eventdesk::Core

namespace Eventdesk::Api {

// Lives on the API thread. The writer thread hands it the answers of a commit; the API thread
// writes them all in one pass (one posted event per commit, not one per request), and never
// touches the HTTP server once it has stopped.
class AnswerQueue : public QObject
{
public:
    void push(Responder responder, Response response); // any thread
private:
    void flush();
    std::mutex m_mutex;
    std::vector<std::pair<Responder, Response>> m_answers;
    bool m_flushPosted = false;
};

// The collector's API: POST /api/v1/track (app keys) and the queries, types and settings under
// /api/v1/track/... (signed-in users).
class TrackController : public Controller
{
public:
    TrackController(Core::Collector &collector, Core::TrackWriter &writer, Core::AuthService &auth,
        Core::CollectorConfig config = {});
    void registerRoutes(Router &router, const ServerContext &context) override;

    void track(const Request &request, Responder responder);
    Reply events(const Request &request);
    Reply session(const Request &request);
    Reply errors(const Request &request);
    Reply stats(const Request &request);
    Reply types(const Request &request);
    Reply putType(const Request &request);
    Reply deleteType(const Request &request);
    Reply settings(const Request &request);
    Reply putSettings(const Request &request);

private:
    void ingest(
        const Request &request, const Responder &responder, const QPointer<AnswerQueue> &answers);
    Core::Collector &m_collector;
    Core::TrackWriter &m_writer;
    Core::AuthService &m_auth;
    const Core::CollectorConfig m_config;
    QThreadPool *m_workers = nullptr;
    std::unique_ptr<AnswerQueue> m_answers; // of the current API thread
};

} // namespace Eventdesk::Api
