// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountservice.h"
#include "changehub.h"
#include "database.h"
#include "eventservice.h"
#include "sqlauthstore.h"
#include "sqliteeventstore.h"

#include <QTemporaryDir>

#include <memory>

namespace Eventdesk::Testing {

// The events side of the application on a real SQLite file in a fresh temporary folder: the
// database, the ChangeHub, accounts (with the fastest password hashing) and the EventService.
// Header-only: the test links eventdesk_storage (and eventdesk_core) itself.
struct EventsBackend
{
    QTemporaryDir dir;
    std::unique_ptr<Storage::Database> db;
    std::unique_ptr<Core::ChangeHub> changes;
    std::unique_ptr<Storage::SqlAuthStore> authStore;
    std::unique_ptr<Core::AccountService> auth;
    std::unique_ptr<Storage::SqliteEventStore> store;
    std::unique_ptr<Core::EventService> events;

    bool open()
    {
        db = std::make_unique<Storage::Database>(dir.filePath(QStringLiteral("t.sqlite3")));
        if (!dir.isValid() || !db->open())
            return false;
        changes = std::make_unique<Core::ChangeHub>();
        authStore = std::make_unique<Storage::SqlAuthStore>(*db);
        Core::AuthConfig config;
        config.password = Core::PasswordParams::minimum();
        auth = std::make_unique<Core::AccountService>(*authStore, config, changes.get());
        store = std::make_unique<Storage::SqliteEventStore>(*db);
        events = std::make_unique<Core::EventService>(*store, *changes);
        return true;
    }

    // name@example.org with a fixed password; fails the process when the signup fails.
    Core::AuthSession signup(const QString &name, const QString &displayName)
    {
        auto session = auth->signup(name + QStringLiteral("@example.org"),
            QStringLiteral("correct horse battery"), displayName);
        if (!session)
            qFatal("signup: %s", qPrintable(session.error().message));
        return *session;
    }

    // Services before the stores they use, the database last.
    ~EventsBackend()
    {
        events.reset();
        store.reset();
        auth.reset();
        authStore.reset();
        changes.reset();
        db.reset();
    }
};

} // namespace Eventdesk::Testing
