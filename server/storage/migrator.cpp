// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrator.h"
#include "database.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

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
    static const QRegularExpression fileName(QStringLiteral(R"(^(\d{4})_(\w+)\.sql$)"));
    QList<Migration> migrations;
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString &entry : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = fileName.match(entry);
        if (!match.hasMatch())
            continue;
        QFile file(dir.filePath(entry));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        migrations.append({match.captured(1).toInt(), match.captured(2), file.readAll()});
    }
    return migrations;
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

Core::Result<int> Migrator::migrate(sqlite3 *db) const
{
    auto current = userVersion(db);
    if (!current)
        return current.error();
    if (*current > latestVersion())
        return Core::Error::make(Core::ErrorKind::Unsupported, QStringLiteral("schema_too_new"),
            QStringLiteral("schema %1 is newer than %2").arg(*current).arg(latestVersion()));
    int applied = 0;
    for (const Migration &migration : m_migrations) {
        if (migration.version <= *current)
            continue;
        // BEGIN IMMEDIATE: two processes starting at once must not both apply a migration.
        if (auto begun = execScript(db, "BEGIN IMMEDIATE"); !begun)
            return begun.error();
        const QByteArray bump = "PRAGMA user_version = " + QByteArray::number(migration.version);
        auto done = execScript(db, migration.sql);
        if (done)
            done = execScript(db, bump);
        if (!done) {
            (void)execScript(db, "ROLLBACK");
            return Core::Error::internal(QStringLiteral("migration %1_%2 failed: %3")
                                             .arg(migration.version, 4, 10, QLatin1Char('0'))
                                             .arg(migration.name, done.error().message));
        }
        if (auto committed = execScript(db, "COMMIT"); !committed)
            return committed.error();
        ++applied;
    }
    return applied;
}

} // namespace Eventdesk::Storage
