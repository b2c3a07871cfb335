// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The collector's tables: migration, the group-commit write, and that every query is served by
// an index in order (no full scan, no sort), so it stays fast at millions of rows.
#include "database.h"
#include "sqlitecollectorstore.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <thread>

using namespace Eventdesk;

class TstCollectorStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir *dir = nullptr;
    std::unique_ptr<Storage::Database> db;
    std::unique_ptr<Storage::SqliteCollectorStore> store;

    QString plan(const QByteArray &sql)
    {
        sqlite3_stmt *statement = nullptr;
        const QByteArray explain = "EXPLAIN QUERY PLAN " + sql;
        if (sqlite3_prepare_v2(db->handle(), explain.constData(), -1, &statement, nullptr)
            != SQLITE_OK)
            return QStringLiteral("error: ") + QString::fromUtf8(sqlite3_errmsg(db->handle()));
        QStringList lines;
        while (sqlite3_step(statement) == SQLITE_ROW)
            lines.append(QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 3))));
        sqlite3_finalize(statement);
        return lines.join(u'\n');
    }
    Core::PendingEvent event(const QString &session, qint64 at, const QString &id = {})
    {
        return Core::PendingEvent {1, session.toUtf8(), "page interaction", "pageview",
            R"({"host":"h","path":"/"})", at, at, id.toUtf8()};
    }

private Q_SLOTS:
    void init()
    {
        dir = new QTemporaryDir;
        db = std::make_unique<Storage::Database>(dir->filePath(QStringLiteral("t.sqlite3")));
        QVERIFY(db->open());
        store = std::make_unique<Storage::SqliteCollectorStore>(*db);
    }
    void cleanup()
    {
        store.reset();
        db.reset();
        delete dir;
    }

    void migrated()
    {
        QVERIFY(db->schemaVersion() >= 30);
        auto types = store->eventTypes();
        QVERIFY(types);
        QCOMPARE(types->size(), 3);
        auto settings = store->settings();
        QCOMPARE(settings->strictTypes, false);
        QCOMPARE(settings->maxSkewMs, 10000);
    }

    // Under sustained writes SQLite's WAL only starts over once a checkpoint has caught up with
    // the last commit; the writer's connection sees to that at its bound, so the file stays
    // small however much is written (without it the WAL grew by every commit).
    void walStaysBounded()
    {
        Core::CollectorConfig config;
        config.walCheckpointFrames = 64;
        Storage::SqliteCollectorStore bounded(*db, config);
        const QString wal = dir->filePath(QStringLiteral("t.sqlite3-wal"));
        qint64 largest = 0;
        bool written = true;
        std::thread writer(
            [&] { // a thread of its own: the writer's connection set-up is per thread
                for (int commit = 0; commit < 300 && written; ++commit) {
                    QList<Core::PendingEvent> events;
                    for (int i = 0; i < 20; ++i)
                        events.append(event(QStringLiteral("s%1").arg(i), commit * 1000 + i));
                    written = bool(bounded.write(events, {}));
                    largest = std::max(largest, QFileInfo(wal).size());
                }
            });
        writer.join();
        QVERIFY(written);
        QCOMPARE(*bounded.eventCount(), 6000);
        // 64 frames, and the commit that crosses the bound, of 4 KiB pages each.
        QVERIFY2(largest < 200 * 4120, qPrintable(QString::number(largest)));
    }

    void writeInOneTransaction()
    {
        auto written
            = store->write({event(QStringLiteral("a"), 60'000 * 5 + 1, QStringLiteral("x")),
                               event(QStringLiteral("a"), 60'000 * 5 + 2, QStringLiteral("x")),
                               event(QStringLiteral("b"), 60'000 * 6)},
                {Core::PendingError {1, 5, "{}", {{QStringLiteral("f"), QStringLiteral("m")}}}});
        QVERIFY(written);
        QCOMPARE(written->size(), 3);
        QVERIFY(!written->at(0).duplicate);
        QVERIFY(written->at(1).duplicate);
        QCOMPARE(written->at(1).id, written->at(0).id);
        QCOMPARE(*store->eventCount(), 2);
        auto minutes = store->minuteCounts(0, 60'000 * 10);
        QCOMPARE(minutes->size(), 2);
        QCOMPARE(minutes->at(0).minute, 60'000 * 5);
        QCOMPARE(minutes->at(0).count, 1);
        auto errors = store->errors({});
        QCOMPARE(errors->size(), 1);
        QCOMPARE(errors->at(0).reasons.at(0).message, QStringLiteral("m"));
    }

    void queryPlans_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("index");
        auto q = [](auto configure) {
            Core::TrackQuery query;
            configure(query);
            return Storage::SqliteCollectorStore::eventsSql(query);
        };
        QTest::newRow("newest") << q([](auto &) {}) << QStringLiteral("tracked_events_time");
        QTest::newRow("time range") << q([](auto &x) {
            x.from = 1;
            x.to = 2;
        }) << QStringLiteral("tracked_events_time");
        QTest::newRow("page") << q([](auto &x) {
            x.hasCursor = true;
            x.cursorTime = 5;
        }) << QStringLiteral("tracked_events_time");
        QTest::newRow("session") << q([](auto &x) {
            x.sessionId = QStringLiteral("s");
            x.ascending = true;
        }) << QStringLiteral("tracked_events_session");
        QTest::newRow("session page") << q([](auto &x) {
            x.sessionId = QStringLiteral("s");
            x.ascending = true;
            x.hasCursor = true;
        }) << QStringLiteral("tracked_events_session");
        QTest::newRow("type") << q([](auto &x) {
            x.category = QStringLiteral("c");
            x.name = QStringLiteral("n");
            x.from = 1;
        }) << QStringLiteral("tracked_events_type");
        QTest::newRow("app") << q([](auto &x) { x.appId = 3; })
                             << QStringLiteral("tracked_events_app");
        QTest::newRow("errors") << QByteArray(
            "SELECT id FROM tracking_errors WHERE received_at >= 1 ORDER BY id DESC LIMIT 50")
                                << QString();
        QTest::newRow("minutes") << QByteArray(
            "SELECT minute, category, name, count FROM tracked_minutes WHERE minute >= 1 AND "
            "minute < 2 ORDER BY minute, category, name")
                                 << QStringLiteral("PRIMARY KEY");
        QTest::newRow("duplicate check") << QByteArray(
            "SELECT id FROM tracked_events WHERE app_id = 1 AND client_event_id = 'x'")
                                         << QStringLiteral("tracked_events_client_id");
        QTest::newRow("key") << QByteArray("SELECT id FROM apps WHERE key_hash = x'00'")
                             << QStringLiteral("key_hash");
    }
    void queryPlans()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, index);
        const QString found = plan(sql);
        QVERIFY2(!found.startsWith(QStringLiteral("error")), qPrintable(found));
        QVERIFY2(!found.contains(QStringLiteral("TEMP B-TREE")), qPrintable(found));
        if (!index.isEmpty())
            QVERIFY2(found.contains(index), qPrintable(found));
        // A bare "SCAN tracked_events" (no index) would read every row.
        QVERIFY2(!found.contains(QRegularExpression(QStringLiteral("SCAN tracked_events$"))),
            qPrintable(found));
    }
};

QTEST_GUILESS_MAIN(TstCollectorStore)
#include "tst_collectorstore.moc"
