// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// An existing database (as the release before issue 9 left it: user_version 30, no record of
// applied migrations) is migrated: the first account becomes admin, ownerless feeds get an
// owner, local feeds of members are switched off, and the schema ends as a fresh one.
#include "database.h"
#include "migrator.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Eventdesk;
using Storage::Database;
using Storage::Migration;
using Storage::Migrator;

namespace {

QString schemaOf(sqlite3 *db)
{
    QStringList rows;
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db,
        "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master "
        "ORDER BY type, name",
        -1, &statement, nullptr);
    while (sqlite3_step(statement) == SQLITE_ROW)
        rows.append(
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
    sqlite3_finalize(statement);
    return rows.join(u'\n');
}

// Writes the file an older Eventdesk left: the migrations it shipped, then `rows`.
void writeOldFile(
    const QString &path, const char *rows, const QList<int> &versions = {1, 2, 3, 10, 20, 30})
{
    QList<Migration> shipped;
    for (const Migration &migration : Migrator::builtIn())
        if (versions.contains(migration.version))
            shipped.append(migration);
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    auto migrated = Migrator(shipped).migrate(db);
    QVERIFY(migrated);
    // That release kept no record of applied migrations, only user_version.
    QVERIFY(Storage::execScript(db, "DROP TABLE schema_migrations;"));
    QVERIFY(Storage::execScript(db, rows));
    QCOMPARE(Migrator::userVersion(db).value(), 30);
    sqlite3_close(db);
}

QList<QVariantList> rows(Database &database, const QString &sql)
{
    QList<QVariantList> found;
    QSqlQuery query(database.connection());
    if (!query.exec(sql))
        qFatal("%s", qPrintable(sql));
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < query.record().count(); ++i)
            row.append(query.value(i));
        found.append(row);
    }
    return found;
}

} // namespace

class TestTrustMigration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("old.sqlite3"));
    }
    void cleanup() { m_dir.reset(); }

    void firstAccountBecomesAdminAndFeedsGetOwners()
    {
        writeOldFile(m_path,
            "INSERT INTO users (id, email, password_hash, created_at) VALUES "
            "(5, 'bea@example.org', 'x', 2), (3, 'ann@example.org', 'x', 1), "
            "(9, 'cy@example.org', 'x', 3);"
            "INSERT INTO feeds (id, name, location, source, created_by, created_at, updated_at) "
            "VALUES (1, 'window', '/home/ann/plans.xml', 'a', NULL, 0, 0), "
            "(2, 'member file', '/home/ann/.ssh/id_ed25519', 'b', 9, 0, 0), "
            "(3, 'member web', 'https://example.org/feed.xml', 'c', 9, 0, 0), "
            "(4, 'admin file', 'file:///srv/plans.xml', 'd', 3, 0, 0), "
            "(5, 'window web', 'http://example.org/x.ics', 'e', NULL, 0, 0);");
        Database database(m_path);
        auto opened = database.open();
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        QCOMPARE(database.schemaVersion(), Migrator().latestVersion());

        QCOMPARE(rows(database, QStringLiteral("SELECT id, role FROM users ORDER BY id")),
            (QList<QVariantList> {{3, QStringLiteral("admin")}, {5, QStringLiteral("member")},
                {9, QStringLiteral("member")}}));
        QCOMPARE(
            rows(database, QStringLiteral("SELECT id, created_by, enabled FROM feeds ORDER BY id")),
            (QList<QVariantList> {{1, 3, 1}, {2, 9, 0}, {3, 9, 1}, {4, 3, 1}, {5, 3, 1}}));
        QCOMPARE(rows(database, QStringLiteral("SELECT count(*) FROM invites")),
            (QList<QVariantList> {{0}}));

        // The schema is the one a fresh database gets, and opening again changes nothing.
        const QString freshPath = m_dir->filePath(QStringLiteral("fresh.sqlite3"));
        {
            Database fresh(freshPath);
            QVERIFY(fresh.open());
        }
        sqlite3 *fresh = nullptr;
        sqlite3 *migrated = nullptr;
        sqlite3_open(QFile::encodeName(freshPath).constData(), &fresh);
        sqlite3_open(QFile::encodeName(m_path).constData(), &migrated);
        QCOMPARE(schemaOf(migrated), schemaOf(fresh));
        auto again = Migrator().migrate(migrated);
        QVERIFY(again);
        QCOMPARE(*again, 0);
        sqlite3_close(fresh);
        sqlite3_close(migrated);
    }

    void aFileThatAlreadyHadEventsSpanOpens()
    {
        // A development build between the calendar (0011) and schema_migrations left 0011
        // applied without a record of it: it runs again harmlessly, 0004 and 0021 run.
        writeOldFile(m_path,
            "INSERT INTO users (id, email, password_hash, created_at) VALUES "
            "(2, 'ann@example.org', 'x', 1);",
            {1, 2, 3, 10, 11, 20, 30});
        Database database(m_path);
        auto opened = database.open();
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        QCOMPARE(database.schemaVersion(), Migrator().latestVersion());
        QCOMPARE(rows(database,
                     QStringLiteral("SELECT version FROM schema_migrations WHERE version IN "
                                    "(4, 11, 21) ORDER BY version")),
            (QList<QVariantList> {{4}, {11}, {21}}));
        QCOMPARE(rows(database, QStringLiteral("SELECT role FROM users")),
            (QList<QVariantList> {{QStringLiteral("admin")}}));
    }

    void withoutAccountsFeedsStayAsTheyWere()
    {
        writeOldFile(m_path,
            "INSERT INTO feeds (id, name, location, source, created_by, created_at, updated_at) "
            "VALUES (1, 'window', '/home/ann/plans.xml', 'a', NULL, 0, 0);");
        Database database(m_path);
        QVERIFY(database.open());
        QCOMPARE(rows(database, QStringLiteral("SELECT created_by IS NULL, enabled FROM feeds")),
            (QList<QVariantList> {{1, 1}}));
    }

    void aMigrationBelowTheNewestStillRuns()
    {
        // The Migrator applies what is missing, not only what is numbered above user_version.
        const QList<Migration> before {
            {1, QStringLiteral("a"), "CREATE TABLE a (id INTEGER PRIMARY KEY);"},
            {30, QStringLiteral("c"), "CREATE TABLE c (id INTEGER PRIMARY KEY);"}};
        sqlite3 *db = nullptr;
        sqlite3_open(QFile::encodeName(m_path).constData(), &db);
        QCOMPARE(*Migrator(before).migrate(db), 2);
        QList<Migration> after = before;
        after.insert(1, {4, QStringLiteral("b"), "CREATE TABLE b (id INTEGER PRIMARY KEY);"});
        QCOMPARE(*Migrator(after).migrate(db), 1);
        QCOMPARE(Migrator::userVersion(db).value(), 30);
        QVERIFY(schemaOf(db).contains(QLatin1String("table b: CREATE TABLE b")));
        QCOMPARE(*Migrator(after).migrate(db), 0);
        sqlite3_close(db);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestTrustMigration)
#include "tst_trustmigration.moc"
