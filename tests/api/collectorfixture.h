// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The collector's server under test: a fresh database, the real store, collector, writer and
// controllers on a real ApiServer (port 0). User tokens are "token-<id>" for users 1 and 2,
// who exist in the users table.

#include "apiserver.h"
#include "appscontroller.h"
#include "authservice.h"
#include "changehub.h"
#include "collector.h"
#include "database.h"
#include "sqlitecollectorstore.h"
#include "trackcontroller.h"
#include "trackwriter.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <memory>

namespace Eventdesk::Testing {

class TokenAuth : public Core::AuthService
{
public:
    Core::Result<Core::AuthSession> signup(
        const QString &, const QString &, const QString &) override
    {
        return Core::Error::internal(QStringLiteral("unused"));
    }
    Core::Result<Core::AuthSession> login(
        const QString &, const QString &, const QString &) override
    {
        return Core::Error::internal(QStringLiteral("unused"));
    }
    Core::Result<Core::User> authenticate(QByteArrayView token) override
    {
        if (token == QByteArrayView("token-1") || token == QByteArrayView("token-2")
            || token == QByteArrayView("token-3")) {
            const qint64 id = token.back() - '0';
            // user 1 is the instance's admin (types and settings), users 2 and 3 members.
            return Core::User {id, QStringLiteral("user%1@example.org").arg(id), {}, 0,
                id == 1 ? Core::Role::Admin : Core::Role::Member};
        }
        return Core::Error::make(Core::ErrorKind::Unauthorized, QStringLiteral("invalid_token"),
            QStringLiteral("The token is not valid."));
    }
    Core::Result<void> logout(QByteArrayView) override { return {}; }
    Core::Result<int> logoutAll(qint64) override { return 0; }
    Core::Result<Core::User> user(qint64 id) override { return Core::User {id, {}, {}, 0}; }
};

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
