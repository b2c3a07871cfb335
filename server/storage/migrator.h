// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "sqlcommon.h"

#include <QByteArray>
#include <QList>

struct sqlite3;

namespace Eventdesk::Storage {

using Migration = SqlStores::Migration;

// Ordered SQL files NNNN_name.sql, embedded as resources under :/migrations. Each one is applied
// in its own transaction together with its PRAGMA user_version bump; a shipped file is never
// edited, only followed by a new one.
class Migrator
{
public:
    explicit Migrator(QList<Migration> migrations = builtIn());

    static QList<Migration> builtIn();
    int latestVersion() const;

    // Refuses, and leaves the file alone, when user_version is newer than latestVersion().
    [[nodiscard]] Core::Result<int> migrate(sqlite3 *db) const;

    static Core::Result<int> userVersion(sqlite3 *db);

private:
    QList<Migration> m_migrations;
};

} // namespace Eventdesk::Storage
