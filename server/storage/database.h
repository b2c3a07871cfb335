// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace Eventdesk::Storage {

// The one SQLite file. open() migrates the schema once, before any other connection exists;
// after that every thread gets its own connection on first use (connection()), configured with
// WAL, foreign keys and a busy timeout. Connections are looked up by name, never kept as members.
class Database
{
public:
    explicit Database(QString path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens the file, refuses a schema newer than this build knows (without touching it), and
    // applies pending migrations. Must run before connection().
    [[nodiscard]] Core::Result<void> open();

    // This thread's connection; opened on first use.
    QSqlDatabase connection() const;
    // The raw handle of this thread's connection, for the few hot paths that use SQLite's own API.
    sqlite3 *handle() const;
    // A statement prepared once on this thread's connection and kept until the connection
    // closes (for hot paths that run the same SQL many times a second). The caller resets it
    // after use and never finalizes it. nullptr when it does not compile.
    sqlite3_stmt *cachedStatement(const char *sql) const;
    // The same for SQL built at run time (a list's query, one of a few shapes): kept while the
    // connection keeps fewer than maxCachedStatements; nullptr beyond (then prepare your own).
    sqlite3_stmt *cachedStatement(const QByteArray &sql) const;
    static constexpr size_t maxCachedStatements = 256;

    QString path() const { return m_path; }
    int schemaVersion() const;

    // Changes when anything is committed to the file: (PRAGMA data_version, which moves with
    // commits of other connections and processes, and this thread's connection's own change
    // count). Caches of answers keep the version they were computed under and are stale when it
    // moved, whoever wrote (another thread, `eventdesk import` in another process).
    std::optional<std::pair<qint64, qint64>> dataVersion() const;

    static QString defaultPath();

private:
    sqlite3_stmt *cachedStatement(const QByteArray &sql, bool bounded) const;
    QString connectionName() const;
    QString m_path;
    quint64 m_instance;
};

// Runs a script of several statements (migrations, test fixtures) through sqlite3_exec.
[[nodiscard]] Core::Result<void> execScript(sqlite3 *db, const QByteArray &sql);

} // namespace Eventdesk::Storage
