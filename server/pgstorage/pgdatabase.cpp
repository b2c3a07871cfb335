// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgdatabase.h"
#include "pgstatement.h"

#include <QAtomicInteger>

#include <unordered_map>

namespace Eventdesk::PgStorage {

namespace {

QAtomicInteger<quint64> s_nextInstance = 1;

// Per thread: one connection per PgDatabase instance, finished when the thread ends.
struct ThreadConnections
{
    std::unordered_map<quint64, PGconn *> connections;
    ~ThreadConnections()
    {
        for (const auto &[instance, connection] : connections)
            PQfinish(connection);
    }
    void drop(quint64 instance)
    {
        if (auto found = connections.find(instance); found != connections.end()) {
            PQfinish(found->second);
            connections.erase(found);
        }
    }
};
thread_local ThreadConnections t_connections;

// Any number that is ours: the advisory lock migrations hold.
constexpr qint64 MigrationLock = 0x4576656e74646573; // "Eventdes"

} // namespace

PgDatabase::PgDatabase(QString conninfo)
    : m_conninfo(std::move(conninfo))
    , m_instance(s_nextInstance.fetchAndAddRelaxed(1))
{ }

PgDatabase::~PgDatabase()
{
    // Other threads' connections close when those threads end.
    t_connections.drop(m_instance);
}

PGconn *PgDatabase::handle() const
{
    auto &connections = t_connections.connections;
    if (auto found = connections.find(m_instance); found != connections.end()) {
        if (PQstatus(found->second) == CONNECTION_OK)
            return found->second;
        // The server restarted or the connection broke: try once more with a new one.
        PQreset(found->second);
        return PQstatus(found->second) == CONNECTION_OK ? found->second : nullptr;
    }
    PGconn *connection = PQconnectdb(m_conninfo.toUtf8().constData());
    if (PQstatus(connection) != CONNECTION_OK) {
        qWarning("PgDatabase: %s", PQerrorMessage(connection));
        PQfinish(connection);
        return nullptr;
    }
    (void)pgExecScript(connection, "SET client_min_messages = warning");
    connections.emplace(m_instance, connection);
    return connection;
}

QList<SqlStores::Migration> PgDatabase::builtIn()
{
    return SqlStores::embeddedMigrations(QStringLiteral(":/pg/migrations"));
}

Core::Result<void> PgDatabase::open()
{
    PGconn *connection = handle();
    if (!connection)
        return pgError(QByteArray(), QStringLiteral("cannot connect to %1").arg(m_conninfo));
    return pgInTransaction(connection, [&]() -> Core::Result<void> {
        PgStatement lock(connection, "SELECT pg_advisory_xact_lock(:key)");
        lock.bind(":key", MigrationLock);
        if (auto locked = lock.exec(); !locked)
            return locked.error();
        if (auto made = pgExecScript(connection,
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                "name TEXT NOT NULL, applied_at BIGINT NOT NULL)");
            !made)
            return made;
        auto applied = appliedVersions();
        if (!applied)
            return applied.error();
        for (const SqlStores::Migration &migration : builtIn()) {
            if (applied->contains(migration.version))
                continue;
            if (auto done = pgExecScript(connection, migration.sql); !done)
                return done;
            PgStatement record(connection,
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (:version, "
                ":name, (extract(epoch FROM now()) * 1000)::bigint)");
            record.bind(":version", migration.version);
            record.bind(":name", migration.name);
            if (auto done = record.exec(); !done)
                return done.error();
        }
        return {};
    });
}

Core::Result<QList<int>> PgDatabase::appliedVersions() const
{
    PgStatement s(handle(), "SELECT version FROM schema_migrations ORDER BY version");
    QList<int> versions;
    Core::Result<bool> row = false;
    while ((row = s.next()) && *row)
        versions.append(int(s.integer(0)));
    if (!row)
        return row.error();
    return versions;
}

} // namespace Eventdesk::PgStorage
