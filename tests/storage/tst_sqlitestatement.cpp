// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "sqlitestatement.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Eventdesk;
using Storage::SqliteStatement;

namespace {

// A plain SQLite file with one table, opened twice (two connections, like two threads).
struct Fixture
{
    QTemporaryDir dir;
    sqlite3 *db = nullptr;
    sqlite3 *other = nullptr;
    Fixture()
    {
        const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("t.sqlite")));
        sqlite3_open(path.constData(), &db);
        sqlite3_open(path.constData(), &other);
        const char *schema = "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;"
                             "CREATE TABLE parents (id INTEGER PRIMARY KEY);"
                             "CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT UNIQUE, "
                             "parent INTEGER REFERENCES parents (id), note TEXT);"
                             "INSERT INTO parents (id) VALUES (1);";
        if (auto done = Storage::execScript(db, schema); !done)
            qFatal("%s", qPrintable(done.error().message));
        (void)Storage::execScript(other, "PRAGMA foreign_keys = ON");
    }
    ~Fixture()
    {
        sqlite3_close(other);
        sqlite3_close(db);
    }
    qint64 count() const
    {
        SqliteStatement s(db, "SELECT count(*) FROM items");
        return s.step() == SQLITE_ROW ? s.integer(0) : -1;
    }
};

} // namespace

class TestSqliteStatement : public QObject
{
    Q_OBJECT

private slots:
    void namedBindsRun()
    {
        Fixture f;
        SqliteStatement s(
            f.db, "INSERT INTO items (name, parent, note) VALUES (:name, :parent, :note)");
        s.bind(":name", QStringLiteral("a"));
        s.bind(":parent", qint64(1));
        s.bind(":note", std::optional<QString>());
        const auto changed = s.exec();
        QVERIFY(changed);
        QCOMPARE(*changed, 1);
        QCOMPARE(s.lastInsertId(), qint64(1));
        SqliteStatement read(f.db, "SELECT name, note FROM items WHERE id = :id");
        read.bind(":id", qint64(1));
        const auto row = read.next();
        QVERIFY(row && *row);
        QCOMPARE(read.text(0), QStringLiteral("a"));
        QVERIFY(read.isNull(1));
    }

    // A name the SQL does not have is a bug: the statement refuses to run and says which.
    void wrongNameFailsLoudly()
    {
        Fixture f;
        SqliteStatement s(f.db, "INSERT INTO items (name, parent) VALUES (:name, :parent)");
        s.bind(":name", QStringLiteral("a"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(":parnet")));
        s.bind(":parnet", qint64(1));
        s.bind(":parent", qint64(1));
        QVERIFY(!s.isValid());
        QCOMPARE(s.step(), SQLITE_MISUSE);
        const auto done = s.exec();
        QVERIFY(!done);
        QCOMPARE(done.error().kind, Core::ErrorKind::Internal);
        QVERIFY2(done.error().message.contains(QLatin1String(":parnet")),
            qPrintable(done.error().message));
        QCOMPARE(f.count(), qint64(0));
    }

    // A parameter left unbound would silently be NULL: refused, naming it.
    void unboundParameterFailsLoudly()
    {
        Fixture f;
        SqliteStatement s(f.db, "INSERT INTO items (name, note) VALUES (:name, :note)");
        s.bind(":name", QStringLiteral("a"));
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral(":note is not bound")));
        const auto done = s.exec();
        QVERIFY(!done);
        QVERIFY2(done.error().message.contains(QLatin1String(":note")),
            qPrintable(done.error().message));
        QCOMPARE(f.count(), qint64(0));
    }

    // Optional fragments: bindIfUsed() skips a name the SQL lacks, and a misspelt optional name
    // still fails because the SQL's own parameter stays unbound.
    void bindIfUsed()
    {
        Fixture f;
        SqliteStatement s(f.db, "SELECT count(*) FROM items WHERE name = :name");
        s.bindIfUsed(":name", QStringLiteral("a"));
        s.bindIfUsed(":from", qint64(3));
        QVERIFY(s.isValid());
        QCOMPARE(s.step(), SQLITE_ROW);
        QCOMPARE(s.integer(0), qint64(0));

        SqliteStatement typo(f.db, "SELECT count(*) FROM items WHERE name = :name");
        typo.bindIfUsed(":nmae", QStringLiteral("a"));
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral(":name is not bound")));
        QCOMPARE(typo.step(), SQLITE_MISUSE);
    }

    // Reset clears the bindings: each run binds afresh, and a forgotten one is caught.
    void resetForgetsBindings()
    {
        Fixture f;
        SqliteStatement s(f.db, "INSERT INTO items (name, note) VALUES (:name, :note)");
        s.bind(":name", QStringLiteral("a"));
        s.bindNull(":note");
        QVERIFY(s.exec());
        s.reset();
        s.bind(":name", QStringLiteral("b"));
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral(":note is not bound")));
        QVERIFY(!s.exec());
        QCOMPARE(f.count(), qint64(1));
    }

    // One translator from SQLite's codes to error kinds.
    void uniqueViolationIsConflict()
    {
        Fixture f;
        for (int i = 0; i < 2; ++i) {
            SqliteStatement s(f.db, "INSERT INTO items (name) VALUES (:name)");
            s.bind(":name", QStringLiteral("same"));
            const auto done = s.exec();
            if (i == 0) {
                QVERIFY(done);
                continue;
            }
            QVERIFY(!done);
            QCOMPARE(done.error().kind, Core::ErrorKind::Conflict);
            QVERIFY(Storage::isUniqueViolation(done.error()));
        }
    }

    void foreignKeyViolationIsNotFound()
    {
        Fixture f;
        SqliteStatement s(f.db, "INSERT INTO items (name, parent) VALUES (:name, :parent)");
        s.bind(":name", QStringLiteral("orphan"));
        s.bind(":parent", qint64(42));
        const auto done = s.exec();
        QVERIFY(!done);
        QCOMPARE(done.error().kind, Core::ErrorKind::NotFound);
        QVERIFY(!Storage::isUniqueViolation(done.error()));
    }

    // Another connection holds the write lock: Unavailable with Retry-After, not Internal (the
    // API answers 503, docs/architecture.md).
    void busyIsUnavailable()
    {
        Fixture f;
        QVERIFY(Storage::execScript(f.other, "BEGIN IMMEDIATE"));
        (void)Storage::execScript(f.db, "PRAGMA busy_timeout = 0");
        const auto done = Storage::inTransaction(f.db, [&]() -> Core::Result<void> { return {}; });
        QVERIFY(!done);
        QCOMPARE(done.error().kind, Core::ErrorKind::Unavailable);
        QCOMPARE(done.error().code, QStringLiteral("database_busy"));
        QCOMPARE(done.error().retryAfterSeconds, 1);
        QVERIFY(Storage::execScript(f.other, "ROLLBACK"));
    }

    // inTransaction commits what work returns and rolls back on an error.
    void inTransactionRollsBack()
    {
        Fixture f;
        const auto failed = Storage::inTransaction(f.db, [&]() -> Core::Result<int> {
            SqliteStatement s(f.db, "INSERT INTO items (name) VALUES (:name)");
            s.bind(":name", QStringLiteral("kept?"));
            if (auto done = s.exec(); !done)
                return done.error();
            return Core::Error::invalid(QStringLiteral("no"), QStringLiteral("changed my mind"));
        });
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, QStringLiteral("no"));
        QCOMPARE(f.count(), qint64(0));
        const auto kept = Storage::inTransaction(f.db, [&]() -> Core::Result<int> {
            SqliteStatement s(f.db, "INSERT INTO items (name) VALUES (:name)");
            s.bind(":name", QStringLiteral("kept"));
            return s.exec();
        });
        QVERIFY(kept);
        QCOMPARE(f.count(), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "tst_sqlitestatement.moc"
