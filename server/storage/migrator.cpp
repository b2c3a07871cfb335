// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrator.h"
#include "database.h"

#include <sqlite3.h>

#include <algorithm>

namespace Eventdesk::Storage {

Migrator::Migrator(QList<Migration> migrations)
    : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
        [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

QList<Migration> Migrator::builtIn()
{
    return SqlStores::embeddedMigrations(QStringLiteral(":/migrations"));
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

Core::Result<int> Migrator::userVersion(sqlite3 *db)
{
    if (!db)
        return Core::Error::internal(QStringLiteral("no database handle"));
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &statement, nullptr) != SQLITE_OK)
        return Core::Error::internal(QString::fromUtf8(sqlite3_errmsg(db)));
    int version = 0;
    const int rc = sqlite3_step(statement);
    if (rc == SQLITE_ROW)
        version = sqlite3_column_int(statement, 0);
    sqlite3_finalize(statement);
    if (rc != SQLITE_ROW)
        return Core::Error::internal(QString::fromUtf8(sqlite3_errmsg(db)));
    return version;
}

namespace {

// The migrations shipped before schema_migrations existed. A file that has no such table but a
// user_version of N applied exactly the ones of these up to N: migrations numbered below N that
// came later (an area's range filled in after a higher one shipped, e.g. 0004 after 0030) are
// still pending there.
constexpr int legacyVersions[] = {1, 2, 3, 10, 20, 30};

Core::Result<bool> hasTable(sqlite3 *db, const char *name)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", -1,
            &statement, nullptr)
        != SQLITE_OK)
        return Core::Error::internal(QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_bind_text(statement, 1, name, -1, SQLITE_STATIC);
    const int rc = sqlite3_step(statement);
    sqlite3_finalize(statement);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return Core::Error::internal(QString::fromUtf8(sqlite3_errmsg(db)));
    return rc == SQLITE_ROW;
}

Core::Result<QList<int>> appliedVersions(sqlite3 *db)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT version FROM schema_migrations", -1, &statement, nullptr)
        != SQLITE_OK)
        return Core::Error::internal(QString::fromUtf8(sqlite3_errmsg(db)));
    QList<int> versions;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
        versions.append(sqlite3_column_int(statement, 0));
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE)
        return Core::Error::internal(QString::fromUtf8(sqlite3_errmsg(db)));
    return versions;
}

QByteArray recordSql(const Migration &migration)
{
    QByteArray name = migration.name.toUtf8();
    name.replace('\'', "''");
    return "INSERT INTO schema_migrations (version, name) VALUES ("
        + QByteArray::number(migration.version) + ", '" + name + "');";
}

} // namespace

Core::Result<int> Migrator::migrate(sqlite3 *db) const
{
    auto current = userVersion(db);
    if (!current)
        return current.error();
    if (*current > latestVersion())
        return Core::Error::make(Core::ErrorKind::Unsupported, QStringLiteral("schema_too_new"),
            QStringLiteral("schema %1 is newer than %2").arg(*current).arg(latestVersion()));
    // schema_migrations records every applied version, so a migration numbered below the
    // newest applied one still runs once. A file from before it existed is back-filled in the
    // same transaction that creates it.
    auto tracked = hasTable(db, "schema_migrations");
    if (!tracked)
        return tracked.error();
    if (!*tracked) {
        QByteArray script = "BEGIN IMMEDIATE;\n"
                            "CREATE TABLE IF NOT EXISTS schema_migrations (\n"
                            "    version INTEGER PRIMARY KEY,\n"
                            "    name    TEXT NOT NULL\n"
                            ");\n";
        for (const Migration &migration : m_migrations)
            if (migration.version <= *current
                && std::find(
                       std::begin(legacyVersions), std::end(legacyVersions), migration.version)
                    != std::end(legacyVersions))
                script += "INSERT OR IGNORE" + recordSql(migration).mid(6);
        script += "COMMIT;";
        if (auto created = execScript(db, script); !created) {
            (void)execScript(db, "ROLLBACK");
            return created.error();
        }
    }
    auto done = appliedVersions(db);
    if (!done)
        return done.error();
    const QList<int> applied = *done;
    int count = 0;
    int version = *current;
    for (const Migration &migration : m_migrations) {
        if (applied.contains(migration.version))
            continue;
        // BEGIN IMMEDIATE: two processes starting at once must not both apply a migration.
        if (auto begun = execScript(db, "BEGIN IMMEDIATE"); !begun)
            return begun.error();
        // Another process may have applied it meanwhile.
        auto again = appliedVersions(db);
        if (again && again->contains(migration.version)) {
            (void)execScript(db, "ROLLBACK");
            continue;
        }
        version = std::max(version, migration.version);
        const QByteArray bump
            = recordSql(migration) + "PRAGMA user_version = " + QByteArray::number(version) + ";";
        auto ran = execScript(db, migration.sql);
        if (ran)
            ran = execScript(db, bump);
        if (!ran) {
            (void)execScript(db, "ROLLBACK");
            return Core::Error::internal(QStringLiteral("migration %1_%2 failed: %3")
                                             .arg(migration.version, 4, 10, QLatin1Char('0'))
                                             .arg(migration.name, ran.error().message));
        }
        if (auto committed = execScript(db, "COMMIT"); !committed)
            return committed.error();
        ++count;
    }
    return count;
}

} // namespace Eventdesk::Storage
