// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "storeset.h"

#include <QTest>

using namespace Eventdesk;
using App::parseCommandLine;

namespace {
QStringList args(std::initializer_list<const char *> list)
{
    QStringList result {QStringLiteral("eventdesk")};
    for (const char *item : list)
        result.append(QString::fromUtf8(item));
    return result;
}
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        const auto outcome = parseCommandLine(args({}));
        QVERIFY(outcome.options.has_value());
        QCOMPARE(outcome.options->port, quint16(8085));
        QCOMPARE(outcome.options->bind, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(outcome.options->bind.toString(), QStringLiteral("127.0.0.1"));
        QVERIFY(!outcome.options->headless);
        QVERIFY(outcome.options->dataDir.isEmpty());
        QVERIFY(outcome.options->language.isEmpty());
        QVERIFY(outcome.options->command.isEmpty());
    }

    void options()
    {
        const auto outcome = parseCommandLine(args({"--headless", "--port", "9000", "--bind",
            "0.0.0.0", "--data-dir", "/tmp/x y", "--lang", "es"}));
        QVERIFY(outcome.options.has_value());
        QVERIFY(outcome.options->headless);
        QCOMPARE(outcome.options->port, quint16(9000));
        QCOMPARE(outcome.options->bind, QHostAddress(QHostAddress::AnyIPv4));
        QCOMPARE(outcome.options->dataDir, QStringLiteral("/tmp/x y"));
        QCOMPARE(outcome.options->language, QStringLiteral("es"));
    }

    void equalsForm()
    {
        const auto outcome = parseCommandLine(args({"--port=0", "--bind=::1"}));
        QVERIFY(outcome.options.has_value());
        QCOMPARE(outcome.options->port, quint16(0));
        QCOMPARE(outcome.options->bind, QHostAddress(QHostAddress::LocalHostIPv6));
    }

    void localhostName()
    {
        const auto outcome = parseCommandLine(args({"--bind", "localhost"}));
        QVERIFY(outcome.options.has_value());
        QCOMPARE(outcome.options->bind, QHostAddress(QHostAddress::LocalHost));
    }

    void version()
    {
        for (const char *flag : {"--version", "-v"}) {
            const auto outcome = parseCommandLine(args({flag}));
            QVERIFY(!outcome.options.has_value());
            QCOMPARE(outcome.exitCode, 0);
            QVERIFY(!outcome.toStderr);
            QCOMPARE(outcome.message, QStringLiteral("eventdesk " EVENTDESK_VERSION "\n"));
        }
    }

    void help()
    {
        for (const char *flag : {"--help", "-h"}) {
            const auto outcome = parseCommandLine(args({flag}));
            QVERIFY(!outcome.options.has_value());
            QCOMPARE(outcome.exitCode, 0);
            QVERIFY(!outcome.toStderr);
            for (const char *option :
                {"--headless", "--port", "--bind", "--data-dir", "--lang", "--version", "--help"})
                QVERIFY2(outcome.message.contains(QLatin1String(option)), option);
        }
    }

    void invalid_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("port text") << args({"--port", "http"}) << QStringLiteral("port");
        QTest::newRow("port too big") << args({"--port", "65536"}) << QStringLiteral("65536");
        QTest::newRow("port negative") << args({"--port", "-1"}) << QStringLiteral("port");
        QTest::newRow("port missing value") << args({"--port"}) << QStringLiteral("port");
        QTest::newRow("bind not an address")
            << args({"--bind", "example.org"}) << QStringLiteral("example.org");
        QTest::newRow("unknown option") << args({"--frobnicate"}) << QStringLiteral("frobnicate");
        QTest::newRow("positional after options")
            << args({"--headless", "extra"}) << QStringLiteral("extra");
        QTest::newRow("collector unknown key")
            << args({"--collector", "speed=max"}) << QStringLiteral("speed=max");
        QTest::newRow("collector bad value")
            << args({"--collector", "sync=sometimes"}) << QStringLiteral("sync=sometimes");
        QTest::newRow("collector bad number")
            << args({"--collector", "commit-us=-5"}) << QStringLiteral("commit-us=-5");
        QTest::newRow("outbound-private unknown mode")
            << args({"--outbound-private", "sometimes"}) << QStringLiteral("sometimes");
        QTest::newRow("database other scheme")
            << args({"--database", "mysql://db/x"}) << QStringLiteral("mysql://db/x");
        QTest::newRow("database empty path")
            << args({"--database", "sqlite:"}) << QStringLiteral("sqlite:");
    }

    // --database: a SQLite path (with or without sqlite:) or a PostgreSQL URI; the URI is shown
    // without its password.
    void database()
    {
        QVERIFY(parseCommandLine(args({})).options->database.isEmpty());
        for (const char *url : {"sqlite:/tmp/e.sqlite3", "/tmp/e.sqlite3",
                 "postgresql://eventdesk@db.example:5432/events", "postgres://u@h/d"}) {
            const auto outcome = parseCommandLine(args({"--database", url}));
            QVERIFY2(outcome.options, qPrintable(outcome.message));
            QCOMPARE(outcome.options->database, QLatin1String(url));
        }
        auto sqlite = Stores::DatabaseUrl::parse(QStringLiteral("sqlite:/tmp/e.sqlite3"));
        QVERIFY(sqlite && !sqlite->isPostgresql());
        QCOMPARE(sqlite->location, QStringLiteral("/tmp/e.sqlite3"));
        auto pg = Stores::DatabaseUrl::parse(QStringLiteral("postgresql://ann:secret@h/d"));
        QVERIFY(pg && pg->isPostgresql());
        QCOMPARE(pg->location, QStringLiteral("postgresql://ann:secret@h/d"));
        QVERIFY(!pg->display().contains(QLatin1String("secret")));
        QVERIFY(pg->display().contains(QLatin1String("ann")));
    }

    // --outbound-private: empty (the stored setting) unless given; auto, allow or deny.
    void outboundPrivate()
    {
        QVERIFY(parseCommandLine(args({})).options->outboundPrivate.isEmpty());
        for (const char *mode : {"auto", "allow", "deny"}) {
            const auto outcome = parseCommandLine(args({"--outbound-private", mode}));
            QVERIFY2(outcome.options, qPrintable(outcome.message));
            QCOMPARE(outcome.options->outboundPrivate, QLatin1String(mode));
        }
    }

    // The collector's tuning comes from the command line into the config Composition injects
    // (no environment variables); unset keys keep their defaults.
    void collectorSettings()
    {
        const auto defaults = parseCommandLine(args({}));
        QVERIFY(defaults.options);
        QCOMPARE(defaults.options->collector.fullSync, false);
        QCOMPARE(defaults.options->collector.walCheckpointFrames, 65536);
        QCOMPARE(defaults.options->collector.minCommitIntervalUs, 500);
        const auto outcome = parseCommandLine(args({"--collector", "sync=full,commit-us=250",
            "--collector", "wal-frames=64,writer=loop,inline=1"}));
        QVERIFY2(outcome.options, qPrintable(outcome.message));
        const Core::CollectorConfig &config = outcome.options->collector;
        QCOMPARE(config.fullSync, true);
        QCOMPARE(config.minCommitIntervalUs, 250);
        QCOMPARE(config.walCheckpointFrames, 64);
        QCOMPARE(config.writerOnEventLoop, true);
        QCOMPARE(config.inlineIngest, true);
    }
    void invalid()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const auto outcome = parseCommandLine(arguments);
        QVERIFY(!outcome.options.has_value());
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY(outcome.toStderr);
        QVERIFY2(outcome.message.contains(mentions), qPrintable(outcome.message));
    }

    void commandMode()
    {
        const auto outcome
            = parseCommandLine(args({"import", "--format", "xml", "feed.xml", "--port", "x"}));
        QVERIFY(outcome.options.has_value());
        QCOMPARE(outcome.options->command, QStringLiteral("import"));
        // The command parses its own arguments, even ones that look like ours.
        QCOMPARE(outcome.options->commandArguments,
            (QStringList {QStringLiteral("--format"), QStringLiteral("xml"),
                QStringLiteral("feed.xml"), QStringLiteral("--port"), QStringLiteral("x")}));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
