// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The collector's server under test: a fresh database on the backend under test
// (Testing::TestStores: SQLite, or PostgreSQL in a suite's pg twin), the real store, collector,
// writer and controllers on a real ApiServer (port 0). User tokens are "token-<id>" for users
// 1 and 2, who exist in the users table.

#include "apiserver.h"
#include "appscontroller.h"
#include "authstore.h"
#include "changehub.h"
#include "collector.h"
#include "collectorstore.h"
#include "teststores.h"
#include "tokenauth.h"
#include "trackcontroller.h"
#include "trackwriter.h"

#include <QTest>

#include <memory>

namespace Eventdesk::Testing {

struct CollectorFixture
{
    TestStores stores;
    Core::ChangeHub changes;
    Core::CollectorStore *store = nullptr;
    std::unique_ptr<Core::Collector> collector;
    std::unique_ptr<Core::TrackWriter> writer;
    TokenAuth auth;
    std::unique_ptr<Api::ApiServer> server;

    bool open(Core::TrackWriter::Mode mode = Core::TrackWriter::Mode::EventLoop)
    {
        if (!stores.open())
            return false;
        // Users 1 and 2 (the first accounts of a fresh database on either backend).
        for (const char *email : {"user1@example.org", "user2@example.org"}) {
            const QString address = QString::fromLatin1(email);
            const auto created = stores.stores().auth().createUser(
                {address, address, QString(), "x", 0, Core::Admission::Any, {}},
                {QByteArray("fixture-") + email, QStringLiteral("fixture"), 0, 1});
            if (!created)
                return false;
        }
        store = &stores.stores().collector();
        collector = std::make_unique<Core::Collector>(*store, changes);
        if (!collector->load())
            return false;
        writer = std::make_unique<Core::TrackWriter>(*store, changes, mode);
        Api::ApiConfig config;
        config.databaseOnWorkers = Testing::testsOnPostgresql(); // as the application does
        config.port = 0;
        server = std::make_unique<Api::ApiServer>(config);
        server->addController(std::make_shared<Api::TrackController>(*collector, *writer, auth));
        server->addController(std::make_shared<Api::AppsController>(*collector, auth));
        return bool(server->start());
    }

    ~CollectorFixture()
    {
        if (server)
            server->stop();
        writer.reset();
    }
};

} // namespace Eventdesk::Testing
