// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fetching and syncing against a local HTTP server on 127.0.0.1 that is slow, fails, answers
// 304, sends garbage and changes its feed between calls.
#include "feedtestenv.h"
#include "testhttpserver.h"

#include <QFile>
#include <QTest>

using namespace Eventdesk;
using namespace Eventdesk::Core;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(FEEDS_TEST_DATA "/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

FetchRequest quick(const QString &url)
{
    FetchRequest r;
    r.location = url;
    r.connectTimeoutMs = 1500; // generous: a loaded CI machine must not time out a live server
    r.totalTimeoutMs = 2000;
    r.maxRetries = 2;
    r.backoffBaseMs = 5;
    return r;
}

} // namespace

class TestFeedFetch : public QObject
{
    Q_OBJECT
    std::unique_ptr<FeedTestEnv> env;
    std::unique_ptr<TestHttpServer> server;

    Feed addFeed(int interval = 0)
    {
        Feed feed;
        feed.name = QStringLiteral("Local provider");
        feed.location = server->url();
        feed.format = FeedFormat::Unknown;
        feed.intervalSeconds = interval;
        auto created = env->service->createFeed(feed);
        if (!created)
            qFatal("createFeed failed");
        return *created;
    }

private Q_SLOTS:
    void init()
    {
        env = std::make_unique<FeedTestEnv>();
        QVERIFY(env->open());
        server = std::make_unique<TestHttpServer>();
    }
    void cleanup()
    {
        env.reset();
        server.reset();
    }

    void conditionalGet()
    {
        server->script({{200, "hello", "\"v1\""}});
        Feeds::NetworkFetcher fetcher;
        QBuffer out;
        out.open(QIODevice::ReadWrite);
        auto first = fetcher.fetch(quick(server->url()), out);
        QVERIFY(first);
        QCOMPARE(out.data(), QByteArray("hello"));
        QCOMPARE(first->etag, QByteArray("\"v1\""));
        QCOMPARE(first->httpStatus, 200);
        FetchRequest again = quick(server->url());
        again.etag = first->etag;
        QBuffer out2;
        out2.open(QIODevice::ReadWrite);
        auto second = fetcher.fetch(again, out2);
        QVERIFY(second);
        QVERIFY(second->notModified);
        QCOMPARE(server->conditionalHeaders.last(), QByteArray("\"v1\""));
    }

    void retriesThenSucceeds()
    {
        server->script({{500, "down"}, {503, "down"}, {200, "ok"}});
        Feeds::NetworkFetcher fetcher;
        QBuffer out;
        out.open(QIODevice::ReadWrite);
        auto result = fetcher.fetch(quick(server->url()), out);
        QVERIFY(result);
        QCOMPARE(result->attempts, 3);
        QCOMPARE(out.data(), QByteArray("ok")); // failed attempts' bodies were dropped
    }

    void failures_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("requests");
        QTest::newRow("always 500") << 0 << QStringLiteral("upstream_error") << 3;
        QTest::newRow("404 is not retried") << 1 << QStringLiteral("upstream_error") << 1;
        QTest::newRow("silent") << 2 << QStringLiteral("timeout") << 3;
        QTest::newRow("garbage") << 3 << QStringLiteral("unavailable") << 3;
        QTest::newRow("too large") << 4 << QStringLiteral("too_large") << 1;
        QTest::newRow("redirect loop") << 5 << QStringLiteral("bad_redirect") << 3;
    }

    void failures()
    {
        QFETCH(int, kind);
        QFETCH(QString, code);
        QFETCH(int, requests);
        TestHttpServer::Answer a;
        switch (kind) {
        case 0:
            a.status = 500;
            break;
        case 1:
            a.status = 404;
            break;
        case 2:
            a.silent = true;
            break;
        case 3:
            a.rawGarbage = true;
            break;
        case 4:
            a.body = QByteArray(4096, 'x');
            break;
        case 5:
            a.status = 302;
            a.location = server->url().toUtf8();
            break;
        }
        server->script({a});
        Feeds::NetworkFetcher fetcher;
        QBuffer out;
        out.open(QIODevice::ReadWrite);
        FetchRequest r = quick(server->url());
        r.maxBytes = 1024;
        r.maxRedirects = 2;
        auto result = fetcher.fetch(r, out);
        QVERIFY(!result);
        QCOMPARE(result.error().code, code);
        if (kind == 3) // Qt itself resends once or more on a connection closed early
            QVERIFY(server->requests() >= requests);
        else if (kind != 5)
            QCOMPARE(server->requests(), requests);
    }

    void fileLocations()
    {
        Feeds::NetworkFetcher fetcher;
        QBuffer out;
        out.open(QIODevice::ReadWrite);
        auto result = fetcher.fetch(
            quick(QStringLiteral(FEEDS_TEST_DATA "/provider-v2-planlist.xml")), out);
        QVERIFY(result);
        QCOMPARE(out.data(), fixture("provider-v2-planlist.xml"));
        QBuffer none;
        none.open(QIODevice::ReadWrite);
        auto missing = fetcher.fetch(quick(QStringLiteral("/nonexistent/feed.xml")), none);
        QCOMPARE(missing.error().code, QStringLiteral("file_unreadable"));
    }

    void syncFollowsTheProvider()
    {
        const Feed feed = addFeed();
        server->script({{200, fixture("provider-v2-planlist.xml"), "\"v1\""}});
        ImportRun run = env->service->syncFeed(feed.id);
        QCOMPARE(run.status, QStringLiteral("succeeded"));
        QCOMPARE(run.added, 4);
        QCOMPARE(run.source, feed.source);
        QCOMPARE(env->service->feed(feed.id)->etag, QByteArray("\"v1\""));
        QCOMPARE(env->service->feed(feed.id)->lastStatus, QStringLiteral("succeeded"));

        // Same ETag: 304, an unchanged run without parsing.
        run = env->service->syncFeed(feed.id);
        QCOMPARE(run.status, QStringLiteral("not_modified"));
        QCOMPARE(env->service->importRun(run.id)->status, QStringLiteral("not_modified"));

        // The provider changes its feed: a plan goes offline and one price changes.
        QByteArray changed = fixture("provider-v2-planlist.xml");
        changed.replace("price=\"30.00\"", "price=\"35.00\"");
        server->script({{200, changed, "\"v2\""}});
        run = env->service->syncFeed(feed.id);
        QCOMPARE(run.updated, 1);
        QCOMPARE(run.unchanged, 3);

        // Down, then garbage: failed runs that change nothing and keep the last validators.
        const qint64 before = env->scalar(QStringLiteral("SELECT total(max_price) FROM events"));
        server->script({{500, "oops"}});
        run = env->service->syncFeed(feed.id);
        QCOMPARE(run.status, QStringLiteral("failed"));
        QCOMPARE(run.errorCode, QStringLiteral("upstream_error"));
        QCOMPARE(env->service->feed(feed.id)->lastStatus, QStringLiteral("failed"));
        QVERIFY(!env->service->feed(feed.id)->lastError.isEmpty());
        server->script({{200, "<planList><output><base_plan", "\"v3\""}});
        run = env->service->syncFeed(feed.id);
        QCOMPARE(run.errorCode, QStringLiteral("malformed"));
        QCOMPARE(env->service->feed(feed.id)->etag, QByteArray("\"v2\""));
        QCOMPARE(env->scalar(QStringLiteral("SELECT total(max_price) FROM events")), before);
    }

    void backgroundSyncAndSchedule()
    {
        server->script(
            {TestHttpServer::Answer {200, fixture("provider-v2-planlist.xml"), "\"v1\""}});
        const Feed manual = addFeed(0);
        env->service->startScheduler(50);
        auto id = env->service->requestSync(manual.id);
        QVERIFY(id);
        QTRY_COMPARE(env->service->importRun(*id)->status, QStringLiteral("succeeded"));
        QCOMPARE(env->service->importRun(*id)->added, 4);
        QVERIFY(!env->service->requestSync(9999));

        // A scheduled feed whose provider hangs: the sync fails by itself, the app goes on.
        server->script({TestHttpServer::Answer::silence()});
        const Feed scheduled = addFeed(60);
        QTRY_COMPARE_WITH_TIMEOUT(
            env->service->feed(scheduled.id)->lastStatus, QStringLiteral("failed"), 30000);
        QVERIFY(env->service->feed(scheduled.id)->nextRunAt
            > env->service->feed(scheduled.id)->lastRunAt);
        env->service->stopScheduler();
    }
};

QTEST_GUILESS_MAIN(TestFeedFetch)
#include "tst_feedfetch.moc"
