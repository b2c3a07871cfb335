// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "sqlcommon.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <libpq-fe.h>

namespace Eventdesk::PgStorage {

// One PostgreSQL database, the twin of Storage::Database: open() applies the pending migrations
// once (under an advisory lock, so several processes starting together migrate once), and every
// thread then gets its own connection on first use (handle()), closed when the thread's
// connections are dropped or the PgDatabase goes.
class PgDatabase
{
public:
    // conninfo: a libpq URI ("postgresql://user@host:port/db") or key=value string.
    explicit PgDatabase(QString conninfo);
    ~PgDatabase();
    PgDatabase(const PgDatabase &) = delete;
    PgDatabase &operator=(const PgDatabase &) = delete;

    [[nodiscard]] Core::Result<void> open();
    // This thread's connection; nullptr when the server cannot be reached (the stores then
    // answer Unavailable).
    PGconn *handle() const;
    // The versions recorded in schema_migrations, ascending.
    Core::Result<QList<int>> appliedVersions() const;

    // The embedded migrations (server/pgstorage/migrations/NNNN_name.sql), ascending.
    static QList<SqlStores::Migration> builtIn();

private:
    QString m_conninfo;
    quint64 m_instance;
};

} // namespace Eventdesk::PgStorage
