// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"
#include "result.h"
#include "storeset.h"

#include <atomic>
#include <memory>

namespace Eventdesk::Core {
class ChangeHub;
class FeedService; // feeds
// -- collector --
class Collector;
class CollectorStore;
class TrackWriter;
} // namespace Eventdesk::Core
namespace Eventdesk::Feeds {
class FeedFormats;
class NetworkFetcher;
} // namespace Eventdesk::Feeds
namespace Eventdesk::Stores {
class StoreSet;
struct DatabaseUrl;
} // namespace Eventdesk::Stores
namespace Eventdesk::Api {
class ApiServer;
}
// -- auth --
namespace Eventdesk::Core {
class AuthService;
class AccountService;
} // namespace Eventdesk::Core

// -- events --
namespace Eventdesk::Core {
class EventService;
}

// -- push --
namespace Eventdesk::Core {
class CalendarService;
class WebhookService;
} // namespace Eventdesk::Core
namespace Eventdesk::Feeds {
class WebhookDispatcher;
}

namespace Eventdesk::App {

// The database the options name: --database (or the setting), else the SQLite file in
// --data-dir (or the user's data folder); a malformed --database is an error naming both forms.
Core::Result<Stores::DatabaseUrl> databaseUrl(const Options &options);

// The composition root: the only place that knows every concrete class. It opens the database,
// builds the stores and services, mounts the controllers on the API server and hands the
// services to the window. Everything is passed by constructor; there are no singletons.
class Composition
{
public:
    explicit Composition(Options options);
    ~Composition();

    // Opens (and migrates) the database and builds the services. Prints nothing.
    [[nodiscard]] Core::Result<void> open();
    // Mounts the controllers and starts the API thread.
    [[nodiscard]] Core::Result<quint16> startServer();

    const Options &options() const { return m_options; }
    // See App::databaseUrl(const Options &).
    Stores::DatabaseUrl databaseUrl() const;
    // The database for messages and keys: the file's path, or the URI without its password.
    QString databasePath() const;
    Stores::StoreSet &stores() { return *m_stores; }
    Core::ChangeHub &changes() { return *m_changes; }
    Api::ApiServer &server() { return *m_server; }
    // Services, one section per area.
    // -- auth --
    Core::AuthService &auth();

    // -- events --
    Core::EventService &events() { return *m_events; }

    // -- feeds --
    Core::FeedService &feeds() { return *m_feeds; }

    // -- collector --
    Core::Collector &collector() { return *m_collector; }
    Core::TrackWriter &trackWriter() { return *m_trackWriter; }

    // -- push --
    Core::WebhookService &webhooks() { return *m_webhooks; }
    Core::CalendarService &calendars() { return *m_calendars; }

private:
    // The admin's outbound setting changed: the guards of feed fetches and webhooks follow.
    void applyOutbound(bool privateAllowed);

    Options m_options;
    std::atomic<bool> m_privateAllowed {true}; // what the outbound setting means now
    std::unique_ptr<Core::ChangeHub> m_changes;
    std::unique_ptr<Stores::StoreSet> m_stores;
    std::unique_ptr<Api::ApiServer> m_server;
    // -- auth --
    std::unique_ptr<Core::AccountService> m_auth;

    // -- events --
    std::unique_ptr<Core::EventService> m_events;

    // -- feeds --
    std::unique_ptr<Feeds::FeedFormats> m_feedFormats;
    std::unique_ptr<Feeds::NetworkFetcher> m_feedFetcher;
    std::unique_ptr<Core::FeedService> m_feeds;

    // -- collector --
    std::unique_ptr<Core::Collector> m_collector;
    std::unique_ptr<Core::TrackWriter> m_trackWriter; // after the store: stops first

    // -- push --
    std::unique_ptr<Core::WebhookService> m_webhooks;
    std::unique_ptr<Core::CalendarService> m_calendars;
    std::unique_ptr<Feeds::WebhookDispatcher> m_webhookDispatcher; // after the store: stops first
};

} // namespace Eventdesk::App
