// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "migrator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

#include <sqlite3.h>

using namespace Eventdesk;
using Storage::Database;
using Storage::Migration;
using Storage::Migrator;

namespace {

// A raw SQLite handle for setting up files the way an older or newer Eventdesk left them.
struct RawDb
{
    explicit RawDb(const QString &path)
    {
        if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
            qFatal("cannot open %s", qPrintable(path));
    }
    ~RawDb() { sqlite3_close(db); }
    void exec(const char *sql) const
    {
        if (auto done = Storage::execScript(db, sql); !done)
            qFatal("%s: %s", sql, qPrintable(done.error().message));
    }
    int userVersion() const { return Migrator::userVersion(db).value(); }
    QStringList tables() const
    {
        QStringList names;
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(db,
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name",
            -1, &statement, nullptr);
        while (sqlite3_step(statement) == SQLITE_ROW)
            names.append(QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
        sqlite3_finalize(statement);
        return names;
    }
    sqlite3 *db = nullptr;
};

QString schemaOf(const QString &path)
{
    RawDb raw(path);
    QStringList rows;
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(raw.db,
        "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master "
        "ORDER BY type, name",
        -1, &statement, nullptr);
    while (sqlite3_step(statement) == SQLITE_ROW)
        rows.append(
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
    sqlite3_finalize(statement);
    return rows.join(u'\n');
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

struct ConnectionFacts
{
    QString journalMode;
    int foreignKeys = -1;
    qint64 mmapSize = -1;
    bool waitsForWriteLock = false;
    sqlite3 *handle = nullptr;
    sqlite3 *handleAgain = nullptr;
    QString connectionName;
};

ConnectionFacts inspect(const Database &database)
{
    ConnectionFacts facts;
    QSqlDatabase connection = database.connection();
    facts.connectionName = connection.connectionName();
    QSqlQuery query(connection);
    if (query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next())
        facts.journalMode = query.value(0).toString();
    if (query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next())
        facts.foreignKeys = query.value(0).toInt();
    if (query.exec(QStringLiteral("PRAGMA mmap_size")) && query.next())
        facts.mmapSize = query.value(0).toLongLong();
    query.finish(); // no read transaction left open: it could not wait for the write lock
    facts.handle = database.handle();
    // Another connection holds the write lock for a moment: this one waits for it (busy
    // handler) instead of failing with SQLITE_BUSY.
    sqlite3 *other = nullptr;
    if (sqlite3_open_v2(
            QFile::encodeName(database.path()).constData(), &other, SQLITE_OPEN_READWRITE, nullptr)
            == SQLITE_OK
        && sqlite3_busy_timeout(other, 10000) == SQLITE_OK // inspect() runs on several threads
        && sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK) {
        std::unique_ptr<QThread> holder(QThread::create([other] {
            QThread::msleep(100);
            sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr);
        }));
        holder->start();
        facts.waitsForWriteLock
            = sqlite3_exec(facts.handle, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
        sqlite3_exec(facts.handle, "ROLLBACK", nullptr, nullptr, nullptr);
        holder->wait();
    }
    sqlite3_close(other);
    facts.handleAgain = database.handle();
    return facts;
}

} // namespace

class TestMigrator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("t.sqlite3"));
    }
    void cleanup() { m_dir.reset(); }

    void builtInMigrationsAreOrderedAndUnique()
    {
        const QList<Migration> migrations = Migrator::builtIn();
        QVERIFY(migrations.size() >= 2);
        QCOMPARE(migrations.constFirst().version, 1);
        for (qsizetype i = 1; i < migrations.size(); ++i)
            QVERIFY2(migrations.at(i).version > migrations.at(i - 1).version,
                qPrintable(migrations.at(i).name));
        for (const Migration &migration : migrations)
            QVERIFY2(!migration.sql.trimmed().isEmpty(), qPrintable(migration.name));
        QCOMPARE(Migrator().latestVersion(), migrations.constLast().version);
    }

    void freshDatabaseMigratesToLatest()
    {
        Database database(m_path);
        auto opened = database.open();
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        QCOMPARE(database.schemaVersion(), Migrator().latestVersion());
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM users")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void reopeningIsANoOp()
    {
        {
            Database database(m_path);
            QVERIFY(database.open());
        }
        const QString before = schemaOf(m_path);
        Database again(m_path);
        QVERIFY(again.open());
        QCOMPARE(again.schemaVersion(), Migrator().latestVersion());
        QCOMPARE(schemaOf(m_path), before);
    }

    void everyOldSchemaMigratesToNewest_data()
    {
        QTest::addColumn<int>("applied");
        const QList<Migration> all = Migrator::builtIn();
        for (qsizetype n = 0; n < all.size(); ++n)
            QTest::addRow("first %d of %d", int(n), int(all.size())) << int(n);
    }
    void everyOldSchemaMigratesToNewest()
    {
        QFETCH(int, applied);
        // The schema a fresh database gets, for comparison.
        const QString freshPath = m_dir->filePath(QStringLiteral("fresh.sqlite3"));
        {
            Database fresh(freshPath);
            QVERIFY(fresh.open());
        }
        const QList<Migration> all = Migrator::builtIn();
        {
            RawDb raw(m_path);
            auto old = Migrator(all.mid(0, applied)).migrate(raw.db);
            QVERIFY(old);
            QCOMPARE(*old, applied);
            QCOMPARE(raw.userVersion(), applied == 0 ? 0 : all.at(applied - 1).version);
        }
        Database database(m_path);
        auto opened = database.open();
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        QCOMPARE(database.schemaVersion(), Migrator().latestVersion());
        QCOMPARE(schemaOf(m_path), schemaOf(freshPath));
    }

    void failingMigrationRollsBack()
    {
        const QList<Migration> migrations {
            {1, QStringLiteral("first"), "CREATE TABLE a (id INTEGER PRIMARY KEY);"},
            {2, QStringLiteral("broken"),
                "CREATE TABLE b (id INTEGER PRIMARY KEY);\n"
                "INSERT INTO b (id) VALUES (1);\n"
                "INSERT INTO no_such_table VALUES (1);\n"},
            {3, QStringLiteral("never"), "CREATE TABLE c (id INTEGER PRIMARY KEY);"},
        };
        RawDb raw(m_path);
        auto result = Migrator(migrations).migrate(raw.db);
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(QLatin1String("0002_broken")),
            qPrintable(result.error().message));
        QCOMPARE(raw.userVersion(), 1);
        QCOMPARE(
            raw.tables(), (QStringList {QStringLiteral("a"), QStringLiteral("schema_migrations")}));
        // Not left inside a transaction: a later fix of the file applies cleanly.
        QVERIFY(sqlite3_get_autocommit(raw.db) != 0);
        QList<Migration> fixed = migrations;
        fixed[1].sql = "CREATE TABLE b (id INTEGER PRIMARY KEY);";
        auto retried = Migrator(fixed).migrate(raw.db);
        QVERIFY(retried);
        QCOMPARE(*retried, 2);
        QCOMPARE(raw.userVersion(), 3);
    }

    void newerSchemaIsRefusedUntouched_data()
    {
        QTest::addColumn<bool>("wal");
        QTest::newRow("rollback journal") << false;
        QTest::newRow("wal") << true;
    }
    void newerSchemaIsRefusedUntouched()
    {
        QFETCH(bool, wal);
        const int newer = Migrator().latestVersion() + 1;
        {
            RawDb raw(m_path);
            if (wal)
                raw.exec("PRAGMA journal_mode = WAL");
            raw.exec("CREATE TABLE future (x TEXT); INSERT INTO future VALUES ('kept');");
            raw.exec(QByteArray("PRAGMA user_version = " + QByteArray::number(newer)).constData());
        }
        QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")));
        const QByteArray before = fileHash(m_path);
        QVERIFY(!before.isEmpty());
        {
            Database database(m_path);
            auto opened = database.open();
            QVERIFY(!opened);
            QCOMPARE(opened.error().code, QStringLiteral("schema_too_new"));
            QVERIFY2(opened.error().message.contains(QLatin1String("newer Eventdesk")),
                qPrintable(opened.error().message));
            QVERIFY(opened.error().message.contains(QString::number(newer)));
        }
        QCOMPARE(fileHash(m_path), before);
        QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(m_path + QStringLiteral("-shm")));
        QVERIFY(!QFile::exists(m_path + QStringLiteral("-journal")));
    }

    void migratorAloneRefusesNewer()
    {
        RawDb raw(m_path);
        raw.exec("PRAGMA user_version = 9999");
        auto result = Migrator().migrate(raw.db);
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("schema_too_new"));
        QCOMPARE(raw.userVersion(), 9999);
    }

    void foreignFileIsRefusedUntouched()
    {
        {
            QFile file(m_path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(4096, 'x'));
        }
        const QByteArray before = fileHash(m_path);
        Database database(m_path);
        auto opened = database.open();
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(QLatin1String("not an SQLite database")),
            qPrintable(opened.error().message));
        QCOMPARE(fileHash(m_path), before);
    }

    void unusableFolderIsRefused()
    {
        // The data folder is a regular file: the folder cannot be created.
        const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
        {
            QFile file(blocker);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        Database database(blocker + QStringLiteral("/sub/t.sqlite3"));
        auto opened = database.open();
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, QStringLiteral("database_unavailable"));
    }

    void everyConnectionIsConfiguredOnePerThread()
    {
        Database database(m_path);
        QVERIFY(database.open());
        const ConnectionFacts main = inspect(database);
        ConnectionFacts first;
        ConnectionFacts second;
        std::unique_ptr<QThread> a(QThread::create([&] { first = inspect(database); }));
        std::unique_ptr<QThread> b(QThread::create([&] { second = inspect(database); }));
        a->start();
        b->start();
        QVERIFY(a->wait(10000));
        QVERIFY(b->wait(10000));
        for (const ConnectionFacts *facts :
            std::initializer_list<const ConnectionFacts *> {&main, &first, &second}) {
            QCOMPARE(facts->journalMode, QStringLiteral("wal"));
            QCOMPARE(facts->foreignKeys, 1);
            QVERIFY(facts->waitsForWriteLock);
            QVERIFY(facts->handle);
            // The same connection for the life of a thread.
            QCOMPARE(facts->handleAgain, facts->handle);
        }
        // Only the window's thread (the main one: the calendar reads there) maps the file; the
        // API's and the other threads' short reads cost more mapped (docs/benchmarks.md).
        QCOMPARE(main.mmapSize, 268435456);
        QCOMPARE(first.mmapSize, 0);
        QCOMPARE(second.mmapSize, 0);
        // One connection per thread.
        QVERIFY(first.connectionName != main.connectionName);
        QVERIFY(second.connectionName != main.connectionName);
        QVERIFY(first.connectionName != second.connectionName);
        QVERIFY(first.handle != main.handle);
        // A thread's connections close when it ends.
        QVERIFY(!QSqlDatabase::contains(first.connectionName));
        QVERIFY(!QSqlDatabase::contains(second.connectionName));
        QVERIFY(QSqlDatabase::contains(main.connectionName));
    }

    void foreignKeysAreEnforced()
    {
        Database database(m_path);
        QVERIFY(database.open());
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral(
            "CREATE TABLE parent (id INTEGER PRIMARY KEY); CREATE TABLE child (parent INTEGER "
            "REFERENCES parent(id))")
                               .section(u';', 0, 0)));
        QVERIFY(query.exec(
            QStringLiteral("CREATE TABLE child (parent INTEGER NOT NULL REFERENCES parent(id))")));
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO child (parent) VALUES (42)")));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
