// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "composition.h"

#include "apiserver.h"
#include "changehub.h"
#include "database.h"
#include "metacontroller.h"
#include "storeset.h"
// -- auth --
#include "accountservice.h"
#include "authcontroller.h"
#include "userscontroller.h"
// -- events --
#include "commentscontroller.h"
#include "eventscontroller.h"
#include "eventservice.h"

#include <QDir>

// -- feeds --
#include "feedformats.h"
#include "feedscontroller.h"
#include "feedservice.h"
#include "networkfetcher.h"
#include "searchcontroller.h"
// -- collector --
#include "appscontroller.h"
#include "collector.h"
#include "trackcontroller.h"
#include "trackwriter.h"
// -- push --
#include "calendarscontroller.h"
#include "calendarservice.h"
#include "webhookdispatcher.h"
#include "webhookjson.h"
#include "webhookscontroller.h"
#include "webhookservice.h"

namespace Eventdesk::App {

Composition::Composition(Options options)
    : m_options(std::move(options))
    , m_changes(std::make_unique<Core::ChangeHub>())
{ }

Composition::~Composition()
{
    if (m_server)
        m_server->stop();
    // -- feeds --
    if (m_feeds)
        m_feeds->stopScheduler();
    // -- push --
    if (m_webhookDispatcher)
        m_webhookDispatcher->stop();
}

// -- auth --
Core::AuthService &Composition::auth()
{
    return *m_auth;
}

Core::Result<Stores::DatabaseUrl> databaseUrl(const Options &options)
{
    if (!options.database.isEmpty())
        return Stores::DatabaseUrl::parse(options.database);
    if (options.dataDir.isEmpty())
        return Stores::DatabaseUrl::sqlite(Storage::Database::defaultPath());
    return Stores::DatabaseUrl::sqlite(
        QDir(options.dataDir).absoluteFilePath(QStringLiteral("eventdesk.sqlite3")));
}

Stores::DatabaseUrl Composition::databaseUrl() const
{
    // The command line and the settings refuse a malformed URL before a Composition is made;
    // one made anyway shows the default database and fails to open().
    auto url = App::databaseUrl(m_options);
    return url ? *url : Stores::DatabaseUrl::sqlite(Storage::Database::defaultPath());
}

QString Composition::databasePath() const
{
    return databaseUrl().display();
}

Core::Result<void> Composition::open()
{
    const auto url = App::databaseUrl(m_options);
    if (!url)
        return url.error();
    auto stores = Stores::StoreSet::open(*url, m_options.collector);
    if (!stores)
        return stores.error();
    m_stores = std::move(*stores);
    if (auto complete = m_stores->requireComplete(); !complete)
        return complete.error();
    // Stores and services, one section per area.
    // -- auth --
    Core::AuthConfig authConfig;
    authConfig.registrationOverride = Core::registrationModeFromName(m_options.registration);
    authConfig.sharedThrottle = m_stores->throttle(); // several processes: one count
    // Outbound requests (issue 9): private destinations by the admin's setting or the flag;
    // "auto" allows them only while the API listens on loopback alone. A change applies at
    // once to the guards of feed fetches and webhook deliveries (atomic flags).
    authConfig.outboundOverride = Core::outboundPrivateFromName(m_options.outboundPrivate);
    authConfig.apiOnLoopbackOnly = Feeds::OutboundGuard::defaultAllowPrivate(m_options.bind);
    authConfig.outboundChanged = [this](bool privateAllowed) { applyOutbound(privateAllowed); };
    m_auth = std::make_unique<Core::AccountService>(m_stores->auth(), authConfig, m_changes.get());
    auto outbound = m_auth->outboundSettings();
    if (!outbound)
        return outbound.error();
    m_privateAllowed = outbound->privateAllowed;

    // -- events --
    m_events = std::make_unique<Core::EventService>(m_stores->events(), *m_changes);

    // -- feeds --
    m_feedFormats = std::make_unique<Feeds::FeedFormats>();
    m_feedFetcher = std::make_unique<Feeds::NetworkFetcher>(m_privateAllowed);
    m_feeds = std::make_unique<Core::FeedService>(
        m_stores->feeds(), *m_feedFormats, *m_feedFetcher, *m_changes);

    // -- collector --
    const Core::CollectorConfig &tuning = m_options.collector;
    m_collector = std::make_unique<Core::Collector>(m_stores->collector(), *m_changes);
    if (auto loaded = m_collector->load(); !loaded)
        return loaded.error();
    // The writer has its own thread (measured faster here) unless --collector writer=loop.
    m_trackWriter = std::make_unique<Core::TrackWriter>(m_stores->collector(), *m_changes,
        tuning.writerOnEventLoop ? Core::TrackWriter::Mode::EventLoop
                                 : Core::TrackWriter::Mode::Thread,
        200'000, std::chrono::microseconds(tuning.minCommitIntervalUs));

    // -- push --
    m_webhooks = std::make_unique<Core::WebhookService>(m_stores->webhooks(), *m_changes);
    m_calendars = std::make_unique<Core::CalendarService>(m_stores->calendars(), *m_feedFormats);

    return {};
}

Core::Result<quint16> Composition::startServer()
{
    Api::ApiConfig config;
    config.bindAddress = m_options.bind;
    config.port = m_options.port;
    // A database in another process: its routes wait for it on a pool, not on the API thread.
    config.databaseOnWorkers = m_stores->url().isPostgresql();
    m_server = std::make_unique<Api::ApiServer>(config);
    m_server->addController(std::make_shared<Api::MetaController>());
    // Controllers, one section per area.
    // -- auth --
    m_server->addController(std::make_shared<Api::AuthController>(*m_auth));
    m_server->addController(std::make_shared<Api::UsersController>(*m_auth));

    // -- events --
    m_server->addController(std::make_shared<Api::EventsController>(*m_auth, *m_events));
    m_server->addController(std::make_shared<Api::CommentsController>(*m_auth, *m_events));

    // -- feeds --
    m_feeds->startScheduler(); // background syncs run with the server (app and headless)
    m_server->addController(std::make_shared<Api::SearchController>(*m_feeds));
    m_server->addController(std::make_shared<Api::FeedsController>(*m_feeds, *m_auth));

    // -- collector --
    m_server->addController(std::make_shared<Api::TrackController>(
        *m_collector, *m_trackWriter, auth(), m_options.collector));
    m_server->addController(std::make_shared<Api::AppsController>(*m_collector, auth()));

    // -- push --
    m_server->addController(std::make_shared<Api::WebhooksController>(*m_webhooks, auth()));
    m_server->addController(std::make_shared<Api::CalendarsController>(*m_calendars, auth()));
    m_webhookDispatcher = std::make_unique<Feeds::WebhookDispatcher>(
        m_stores->webhooks(), *m_changes, &Api::webhookData,
        [this](qint64 userId) {
            auto user = m_auth->user(userId);
            return user && user->isAdmin();
        },
        [this] {
            // Destinations follow the outbound setting of feed fetches (issue 9).
            auto dispatcher = Feeds::WebhookDispatcherConfig::fromEnvironment();
            dispatcher.allowPrivate = m_privateAllowed;
            return dispatcher;
        }());
    m_webhookDispatcher->start(); // deliveries run with the server (app and headless)

    return m_server->start();
}

void Composition::applyOutbound(bool privateAllowed)
{
    // Any thread (the API's or the window's): the guards' flags are atomic. The dispatcher is
    // made before the API thread starts, and the window asks only after start-up.
    m_privateAllowed = privateAllowed;
    if (m_feedFetcher)
        m_feedFetcher->guard().setAllowPrivate(privateAllowed);
    if (m_webhookDispatcher)
        m_webhookDispatcher->guard().setAllowPrivate(privateAllowed);
}

} // namespace Eventdesk::App
