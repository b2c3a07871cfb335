// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The built eventdesk binary, run as a user would: flags, headless start and stop, failures.
#include "eventdeskprocess.h"
#include "httpclient.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sqlite3.h>
#include <unistd.h>

namespace {

const QString binary = QStringLiteral(EVENTDESK_BINARY);

using Eventdesk::Testing::Finished;
using Eventdesk::Testing::Running;

Finished runToEnd(const QStringList &arguments, int timeoutMs = 30000)
{
    return Eventdesk::Testing::runToEnd(binary, arguments, timeoutMs);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.emplace().isValid()); }
    void cleanup() { m_dir.reset(); }

    void version()
    {
        const Finished run = runToEnd({QStringLiteral("--version")});
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("eventdesk " EVENTDESK_VERSION "\n"));
    }

    void help()
    {
        const Finished run = runToEnd({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *flag :
            {"--headless", "--port", "--bind", "--data-dir", "--lang", "--version"})
            QVERIFY2(run.out.contains(QLatin1String(flag)), flag);
        // The usage line names the program (it said "<executable_name>", issue 10).
        QVERIFY2(
            run.out.contains(QLatin1String("Usage: eventdesk [options]")), qPrintable(run.out));
        QVERIFY(!run.out.contains(QLatin1String("<executable_name>")));
    }

    void invalidFlagFails()
    {
        const Finished run = runToEnd({QStringLiteral("--port"), QStringLiteral("nope")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("Invalid port")), qPrintable(run.err));
    }

    // Issue 11: `eventdesk import` exits 0 only when something was imported; a document whose
    // every element was skipped fails with the reasons (it said "added 0" and exited 0).
    void importExitCodes()
    {
        const QString dataDir = m_dir->filePath(QStringLiteral("data"));
        const Finished good = runToEnd(
            {QStringLiteral("import"), QStringLiteral(FEEDS_TEST_DATA "/provider-v2-planlist.xml"),
                QStringLiteral("--data-dir"), dataDir});
        QCOMPARE(good.exitCode, 0);
        QVERIFY2(good.out.contains(QLatin1String("added 4")), qPrintable(good.out + good.err));
        const Finished skipped = runToEnd(
            {QStringLiteral("import"), QStringLiteral(FEEDS_TEST_DATA "/provider-all-invalid.xml"),
                QStringLiteral("--data-dir"), dataDir});
        QCOMPARE(skipped.exitStatus, QProcess::NormalExit);
        QCOMPARE(skipped.exitCode, 1);
        QVERIFY2(skipped.err.contains(QLatin1String("failed (all_skipped)")),
            qPrintable(skipped.out + skipped.err));
        QVERIFY(skipped.out.isEmpty());
    }

    void headlessServesAndStops_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << SIGTERM;
        QTest::newRow("SIGINT") << SIGINT;
    }
    void headlessServesAndStops()
    {
        QFETCH(int, signalNumber);
        Running app(binary,
            {QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
                QStringLiteral("--data-dir"), m_dir->path()});
        const QString url = app.waitForUrl();
        QVERIFY2(!url.isEmpty(), qPrintable(app.out + app.err));
        QVERIFY(url.startsWith(u"http://127.0.0.1:"));
        QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("eventdesk.sqlite3"))));

        Eventdesk::Testing::HttpClient client {QUrl(url)};
        const auto health = client.get(QStringLiteral("/api/v1/health"));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));

        app.signal(signalNumber);
        QVERIFY(app.waitForFinished());
        QCOMPARE(app.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.process().exitCode(), 0);
        QVERIFY2(app.out.contains(QLatin1String("stopped")), qPrintable(app.out));
        QVERIFY2(app.err.isEmpty(), qPrintable(app.err));
    }

    void portTakenFails()
    {
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
        const QString port = QString::number(blocker.serverPort());
        const Finished run = runToEnd({QStringLiteral("--headless"), QStringLiteral("--port"), port,
            QStringLiteral("--data-dir"), m_dir->path()});
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QLatin1String("Cannot listen")), qPrintable(run.err));
        QVERIFY2(run.err.contains(port), qPrintable(run.err));
    }

    void dataDirIsAFileFails()
    {
        const QString file = m_dir->filePath(QStringLiteral("not-a-folder"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        const Finished run = runToEnd({QStringLiteral("--headless"), QStringLiteral("--port"),
            QStringLiteral("0"), QStringLiteral("--data-dir"), file});
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QVERIFY(run.exitCode != 0);
        QVERIFY2(
            run.err.contains(QLatin1String("Cannot create the data folder")), qPrintable(run.err));
    }

    void databaseCannotBeOpenedFails()
    {
        // The database path is taken by a folder: SQLite cannot open it, whoever runs this.
        QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("eventdesk.sqlite3")));
        const Finished run = runToEnd({QStringLiteral("--headless"), QStringLiteral("--port"),
            QStringLiteral("0"), QStringLiteral("--data-dir"), m_dir->path()});
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QLatin1String("eventdesk.sqlite3")), qPrintable(run.err));
        QVERIFY2(!run.out.contains(QLatin1String("listening")), qPrintable(run.out));
    }

    void unwritableDataDirFails()
    {
        if (::geteuid() == 0)
            QSKIP("root can write to any folder");
        const QString locked = m_dir->filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(locked));
        QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
        const Finished run = runToEnd({QStringLiteral("--headless"), QStringLiteral("--port"),
            QStringLiteral("0"), QStringLiteral("--data-dir"), locked});
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QLatin1String("Cannot open the database")), qPrintable(run.err));
    }

    void newerSchemaIsRefused()
    {
        const QString path = m_dir->filePath(QStringLiteral("eventdesk.sqlite3"));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        QCOMPARE(
            sqlite3_exec(db, "PRAGMA user_version = 9999", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        const Finished run = runToEnd({QStringLiteral("--headless"), QStringLiteral("--port"),
            QStringLiteral("0"), QStringLiteral("--data-dir"), m_dir->path()});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QLatin1String("newer Eventdesk")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("9999")), qPrintable(run.err));
    }

    void noDisplayStartsHeadless()
    {
        Running app(binary,
            {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"),
                m_dir->path()});
        const QString url = app.waitForUrl();
        QVERIFY2(!url.isEmpty(), qPrintable(app.out + app.err));
        QVERIFY2(app.out.contains(QLatin1String("No display found")), qPrintable(app.out));
        Eventdesk::Testing::HttpClient client {QUrl(url)};
        QCOMPARE(client.get(QStringLiteral("/api/v1/health")).status, 200);
        app.signal(SIGTERM);
        QVERIFY(app.waitForFinished());
        QCOMPARE(app.process().exitCode(), 0);
    }

    void wideBindWarns()
    {
        Running app(binary,
            {QStringLiteral("--headless"), QStringLiteral("--bind"), QStringLiteral("0.0.0.0"),
                QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"),
                m_dir->path()});
        const QString url = app.waitForUrl();
        QVERIFY2(!url.isEmpty(), qPrintable(app.out + app.err));
        QVERIFY2(app.err.contains(QLatin1String("Warning")), qPrintable(app.err));
        QVERIFY2(app.err.contains(QLatin1String("0.0.0.0")), qPrintable(app.err));
        app.signal(SIGTERM);
        QVERIFY(app.waitForFinished());
        QCOMPARE(app.process().exitCode(), 0);
    }

    void loopbackBindDoesNotWarn()
    {
        Running app(binary,
            {QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
                QStringLiteral("--data-dir"), m_dir->path()});
        QVERIFY(!app.waitForUrl().isEmpty());
        app.signal(SIGTERM);
        QVERIFY(app.waitForFinished());
        QVERIFY2(!app.err.contains(QLatin1String("Warning")), qPrintable(app.err));
    }

private:
    std::optional<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
