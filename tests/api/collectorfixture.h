// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The collector's server under test: a fresh database, the real store, collector, writer and
// controllers on a real ApiServer (port 0). User tokens are "token-<id>" for users 1 and 2,
// who exist in the users table.

#include "apiserver.h"
#include "appscontroller.h"
#include "changehub.h"
#include "collector.h"
#include "database.h"
#include "sqlitecollectorstore.h"
#include "tokenauth.h"
#include "trackcontroller.h"
#include "trackwriter.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <memory>

namespace Eventdesk::Testing {

struct CollectorFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Storage::Database> db;
    Core::ChangeHub changes;
    std::unique_ptr<Storage::SqliteCollectorStore> store;
    std::unique_ptr<Core::Collector> collector;
    std::unique_ptr<Core::TrackWriter> writer;
    TokenAuth auth;
    std::unique_ptr<Api::ApiServer> server;

    bool open(Core::TrackWriter::Mode mode = Core::TrackWriter::Mode::EventLoop)
    {
        db = std::make_unique<Storage::Database>(dir.filePath(QStringLiteral("t.sqlite3")));
        if (!db->open())
            return false;
        const char *users = "INSERT INTO users (id, email, password_hash, created_at) VALUES "
                            "(1, 'user1@example.org', 'x', 0), (2, 'user2@example.org', 'x', 0)";
        if (sqlite3_exec(db->handle(), users, nullptr, nullptr, nullptr) != SQLITE_OK)
            return false;
        store = std::make_unique<Storage::SqliteCollectorStore>(*db);
        collector = std::make_unique<Core::Collector>(*store, changes);
        if (!collector->load())
            return false;
        writer = std::make_unique<Core::TrackWriter>(*store, changes, mode);
        Api::ApiConfig config;
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
