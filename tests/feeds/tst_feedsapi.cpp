// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The feeds routes and /search over real HTTP, on the real server, store and parsers; on SQLite
// (tst_feedsapi) and on PostgreSQL (tst_feedsapi_pg, Testing::TestStores).
#include "apiserver.h"
#include "authservice.h"
#include "authstore.h"
#include "database.h"
#include "feedjson.h"
#include "feedscontroller.h"
#include "feedtestenv.h"
#include "httpclient.h"
#include "openapi.h"
#include "pgdatabase.h"
#include "pgstatement.h"
#include "searchcontroller.h"
#include "sqlitestatement.h"
#include "testhttpserver.h"
#include "teststores.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Eventdesk;
using namespace Eventdesk::Core;
using Testing::HttpClient;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(FEEDS_TEST_DATA "/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

// Two fixed accounts; the real AuthService comes from the auth area.
class FixedAuth : public AuthService
{
public:
    Result<AuthSession> signup(const QString &, const QString &, const QString &) override
    {
        return Error::internal(QStringLiteral("unused"));
    }
    Result<AuthSession> login(const QString &, const QString &, const QString &) override
    {
        return Error::internal(QStringLiteral("unused"));
    }
    Result<User> authenticate(QByteArrayView token) override
    {
        if (token == "ed_alice")
            return User {1, QStringLiteral("alice@example.org"), {}, 0};
        if (token == "ed_bob")
            return User {2, QStringLiteral("bob@example.org"), {}, 0};
        return Error::make(ErrorKind::Unauthorized, QStringLiteral("invalid_token"),
            QStringLiteral("Unknown token."));
    }
    Result<void> logout(QByteArrayView) override { return {}; }
    Result<int> logoutAll(qint64) override { return 0; }
    Result<User> user(qint64) override { return Error::notFound(QStringLiteral("unused")); }
};

} // namespace

class TestFeedsApi : public QObject
{
    Q_OBJECT
    std::unique_ptr<Testing::TestStores> stores;
    std::unique_ptr<FeedTestEnv> env;
    FixedAuth auth;
    std::unique_ptr<Api::ApiServer> server;
    std::unique_ptr<HttpClient> client;

    // The first column of the first row, on the backend under test.
    qint64 scalar(const QByteArray &sql)
    {
        if (PgStorage::PgDatabase *pg = stores->stores().postgresql()) {
            PgStorage::PgStatement s(pg->handle(), sql);
            const auto row = s.next();
            return row && *row ? s.integer(0) : -1;
        }
        Storage::SqliteStatement s(stores->stores().sqlite()->handle(), sql);
        const auto row = s.next();
        return row && *row ? s.integer(0) : -1;
    }

    // Writes through another connection to the database, as another process would.
    bool writeElsewhere(const QByteArray &sql)
    {
        if (stores->onPostgresql()) {
            PgStorage::PgDatabase other(stores->scratch->conninfo());
            return bool(PgStorage::PgStatement(other.handle(), sql).exec());
        }
        Storage::Database other(stores->dir.filePath(QStringLiteral("t.sqlite3")));
        return other.open() && bool(Storage::SqliteStatement(other.handle(), sql).exec());
    }

    Testing::HttpReply importBody(
        const QByteArray &body, const QByteArray &type, const QString &query = {})
    {
        return client->send(
            "POST", QStringLiteral("/api/v1/imports") + query, body, {{"Content-Type", type}});
    }

private Q_SLOTS:
    void init()
    {
        stores = std::make_unique<Testing::TestStores>();
        QVERIFY(stores->open());
        env = std::make_unique<FeedTestEnv>();
        QVERIFY(env->start(stores->stores().feeds()));
        env->service->startScheduler(3600 * 1000);
        // The accounts behind the fixed tokens (feeds.created_by references users): 1 and 2.
        for (const char *name : {"alice", "bob"}) {
            const QString email = QString::fromLatin1(name) + QStringLiteral("@example.org");
            auto user = stores->stores().auth().createUser(
                {email, email, QString(), "x", 0, Core::Admission::Any, {}},
                {QByteArray("token-") + name, QStringLiteral("t"), 0, 1000});
            QVERIFY(user);
            QCOMPARE(user->id, qint64(name[0] == 'a' ? 1 : 2));
        }
        Api::ApiConfig config;
        config.databaseOnWorkers = Testing::testsOnPostgresql(); // as the application does
        config.port = 0;
        server = std::make_unique<Api::ApiServer>(config);
        server->addController(std::make_shared<Api::FeedsController>(*env->service, auth));
        server->addController(std::make_shared<Api::SearchController>(*env->service));
        QVERIFY(server->start());
        client = std::make_unique<HttpClient>(QUrl(server->baseUrl()));
        client->setToken("ed_alice");
    }
    void cleanup()
    {
        client.reset();
        server.reset();
        env.reset();
        stores.reset();
    }

    void everyRouteIsDocumented()
    {
        const QStringList documented
            = Api::documentedOperations(Api::openApiDocument(QStringLiteral("test")));
        for (const Api::Route &route : server->router().routes()) {
            const QString op
                = QString::fromLatin1(Api::methodName(route.method)) + u' ' + route.pattern;
            QVERIFY2(documented.contains(op), qPrintable(op));
        }
    }

    void searchContract()
    {
        QCOMPARE(importBody(fixture("provider-v2-planlist.xml"), "application/xml").status, 201);
        client->setToken({}); // /search is public
        auto reply = client->get(
            QStringLiteral("/search?starts_at=2021-02-01T00:00:00Z&ends_at=2021-12-31T23:59:59Z"));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Content-Type").startsWith("application/json"));
        const QJsonObject root = reply.json();
        QCOMPARE(root.keys(), QStringList({QStringLiteral("data"), QStringLiteral("error")}));
        QVERIFY(root.value(QStringLiteral("error")).isNull());
        const QJsonArray events = root.value(QStringLiteral("data"))
                                      .toObject()
                                      .value(QStringLiteral("events"))
                                      .toArray();
        QCOMPARE(events.size(), 4);
        const QJsonObject first = events.at(0).toObject();
        QCOMPARE(first.keys(),
            QStringList({QStringLiteral("end_date"), QStringLiteral("end_time"),
                QStringLiteral("id"), QStringLiteral("max_price"), QStringLiteral("min_price"),
                QStringLiteral("start_date"), QStringLiteral("start_time"),
                QStringLiteral("title")}));
        QCOMPARE(first.value(QStringLiteral("title")).toString(), QStringLiteral("Pantomima Full"));
        QCOMPARE(
            first.value(QStringLiteral("start_date")).toString(), QStringLiteral("2021-02-10"));
        QCOMPARE(first.value(QStringLiteral("start_time")).toString(), QStringLiteral("20:00:00"));
        QCOMPARE(first.value(QStringLiteral("end_date")).toString(), QStringLiteral("2021-02-10"));
        QCOMPARE(first.value(QStringLiteral("end_time")).toString(), QStringLiteral("21:30:00"));
        QVERIFY(first.value(QStringLiteral("min_price")).isDouble());
        QCOMPARE(first.value(QStringLiteral("min_price")).toDouble(), 55.0);
        QCOMPARE(first.value(QStringLiteral("max_price")).toDouble(), 55.0);
        const QString id = first.value(QStringLiteral("id")).toString();
        QVERIFY(!QUuid::fromString(id).isNull());
        QCOMPARE(id, planUuid(QStringLiteral("provider"), QStringLiteral("322:1642")));
        const QJsonObject morancos = events.at(3).toObject();
        QCOMPARE(morancos.value(QStringLiteral("min_price")).toDouble(), 65.0);
        QCOMPARE(morancos.value(QStringLiteral("max_price")).toDouble(), 75.0);
        QVERIFY(morancos.value(QStringLiteral("id")).toString() != id); // plan 1642 twice, two ids

        // Stable ids: the same answer after a re-import.
        client->setToken("ed_alice");
        QCOMPARE(importBody(fixture("provider-v2-planlist.xml"), "application/xml")
                     .json()
                     .value(QStringLiteral("unchanged"))
                     .toInt(),
            4);
        auto again = client->get(
            QStringLiteral("/search?starts_at=2021-02-01T00:00:00Z&ends_at=2021-12-31T23:59:59Z"));
        QCOMPARE(again.body, reply.body);

        // Date-only bounds and the provider's zone-less format.
        auto day = client->get(QStringLiteral("/search?starts_at=2021-02-11&ends_at=2021-02-11"));
        QCOMPARE(day.json()
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("events"))
                     .toArray()
                     .size(),
            1);
        auto naive = client->get(
            QStringLiteral("/search?starts_at=2021-06-30T21:00:00&ends_at=2021-06-30T21:00:00"));
        QCOMPARE(naive.json()
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("events"))
                     .toArray()
                     .size(),
            1);
        auto none = client->get(QStringLiteral("/search?starts_at=2030-01-01&ends_at=2030-12-31"));
        QCOMPARE(none.body, QByteArray("{\"data\":{\"events\":[]},\"error\":null}"));
    }

    // /search answers a window asked again from its encoded answer while the database is
    // unchanged: a write by this process's importer, or by another connection (another
    // process, e.g. `eventdesk import`), is in the very next answer.
    void searchAnswerFollowsWrites()
    {
        const auto feed = [](const char *title, const char *price) -> QByteArray {
            return QByteArray("<?xml version=\"1.0\"?><planList><output><base_plan "
                              "base_plan_id=\"1\" sell_mode=\"online\" title=\"")
                + title
                + "\"><plan plan_id=\"1\" plan_start_date=\"2021-02-01T20:00:00\" "
                  "plan_end_date=\"2021-02-01T22:00:00\"><zone zone_id=\"1\" price=\""
                + price + "\"/></plan></base_plan></output></planList>";
        };
        const QString url
            = QStringLiteral("/search?starts_at=2021-02-01T00:00:00Z&ends_at=2021-02-07T00:00:00Z");
        const auto first = [&] {
            const QJsonArray events = client->get(url)
                                          .json()
                                          .value(QStringLiteral("data"))
                                          .toObject()
                                          .value(QStringLiteral("events"))
                                          .toArray();
            return events.isEmpty() ? QJsonObject() : events.at(0).toObject();
        };
        QVERIFY(first().isEmpty());
        QCOMPARE(env->import(feed("Tango", "10.00")).added, 1);
        QCOMPARE(first().value(QStringLiteral("title")).toString(), QStringLiteral("Tango"));
        QCOMPARE(client->get(url).body, client->get(url).body);

        // Through the API's own import route (the worker pool's connection).
        QCOMPARE(importBody(feed("Tango", "12.00"), "application/xml")
                     .json()
                     .value(QStringLiteral("updated"))
                     .toInt(),
            1);
        QCOMPARE(first().value(QStringLiteral("max_price")).toDouble(), 12.0);

        // Another connection to the database, as another process would write.
        QVERIFY(writeElsewhere("UPDATE events SET title = 'Salsa'"));
        QCOMPARE(first().value(QStringLiteral("title")).toString(), QStringLiteral("Salsa"));
    }

    void searchErrors_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("code");
        QTest::newRow("nothing") << QString() << QStringLiteral("missing_parameter");
        QTest::newRow("no end") << QStringLiteral("starts_at=2021-01-01")
                                << QStringLiteral("missing_parameter");
        QTest::newRow("impossible date")
            << QStringLiteral("starts_at=2021-09-31&ends_at=2021-10-01")
            << QStringLiteral("invalid_parameter");
        QTest::newRow("garbage") << QStringLiteral("starts_at=yesterday&ends_at=2021-10-01")
                                 << QStringLiteral("invalid_parameter");
        QTest::newRow("reversed") << QStringLiteral("starts_at=2021-10-02&ends_at=2021-10-01")
                                  << QStringLiteral("invalid_range");
    }

    void searchErrors()
    {
        QFETCH(QString, query);
        QFETCH(QString, code);
        auto reply = client->get(QStringLiteral("/search?") + query);
        QCOMPARE(reply.status, 400);
        const QJsonObject root = reply.json();
        QCOMPARE(root.keys(), QStringList({QStringLiteral("data"), QStringLiteral("error")}));
        QVERIFY(root.value(QStringLiteral("data")).isNull());
        const QJsonObject error = root.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.keys(), QStringList({QStringLiteral("code"), QStringLiteral("message")}));
        QCOMPARE(error.value(QStringLiteral("code")).toString(), code);
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    }

    void importRoutes()
    {
        client->setToken({});
        QCOMPARE(importBody(fixture("provider-v2-planlist.xml"), "application/xml").status, 401);
        client->setToken("ed_alice");
        // Sniffed JSON (no useful Content-Type), a named source.
        auto json = importBody(R"([{"userId":1,"id":1,"title":"Hello","body":"b"}])",
            "application/octet-stream", QStringLiteral("?source=placeholder"));
        QCOMPARE(json.status, 201);
        QCOMPARE(json.json().value(QStringLiteral("format")).toString(), QStringLiteral("json"));
        QCOMPARE(
            json.json().value(QStringLiteral("source")).toString(), QStringLiteral("placeholder"));
        QCOMPARE(json.json().value(QStringLiteral("added")).toInt(), 1);
        const QString location = QString::fromLatin1(json.header("Location"));
        auto run = client->get(location);
        QCOMPARE(run.status, 200);
        QCOMPARE(
            run.json().value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));

        // A NUL character in a post's or a comment's text: that element is skipped with the
        // reason, the rest imported, on SQLite and PostgreSQL alike (PostgreSQL cannot store
        // U+0000).
        auto nul = importBody(R"([{"userId":1,"id":7,"title":"Bad\u0000title","body":"b"},)"
                              R"({"userId":1,"id":8,"title":"Good","body":"b"},)"
                              R"({"postId":8,"id":1,"name":"n","email":"e@x","body":"x\u0000"}])",
            "application/json", QStringLiteral("?source=nul"));
        QCOMPARE(nul.status, 201);
        QCOMPARE(nul.json().value(QStringLiteral("added")).toInt(), 1);
        QCOMPARE(nul.json().value(QStringLiteral("skipped")).toInt(), 2);
        QVERIFY2(nul.body.contains("NUL character"), nul.body.constData());
        QCOMPARE(scalar("SELECT count(*) FROM events WHERE source = 'nul'"), qint64(1));
        QCOMPARE(scalar("SELECT count(*) FROM comments WHERE body LIKE 'x%'"), qint64(0));

        // Hostile documents: a clear error, nothing changed, the failed run is recorded.
        const qint64 before = scalar("SELECT count(*) FROM events");
        auto bomb = importBody(
            "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaa\">]><planList>&a;</planList>",
            "application/xml");
        QCOMPARE(bomb.status, 422);
        QCOMPARE(bomb.problemCode(), QStringLiteral("dtd_refused"));
        QCOMPARE(client->get(QString::fromLatin1(bomb.header("Location")))
                     .json()
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("failed"));
        QCOMPARE(importBody("\x01\x02 not a feed", "application/octet-stream").status, 415);
        QCOMPARE(importBody("   ", "application/xml").status, 400);
        QCOMPARE(importBody("<planList/>", "application/xml", QStringLiteral("?format=pdf")).status,
            400);
        QCOMPARE(importBody(QByteArray(2 * 1024 * 1024, 'x'), "application/xml").status, 413);
        QCOMPARE(scalar("SELECT count(*) FROM events"), before);
        QCOMPARE(client->get(QStringLiteral("/api/v1/imports/999999")).status, 404);

        // iCalendar with a chosen expansion window.
        const QByteArray weekly = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n"
                                  "BEGIN:VEVENT\r\nUID:w@t\r\nSUMMARY:Weekly\r\n"
                                  "DTSTART:20260105T090000Z\r\nRRULE:FREQ=WEEKLY\r\n"
                                  "END:VEVENT\r\nEND:VCALENDAR\r\n";
        auto ical = importBody(weekly, "text/calendar",
            QStringLiteral("?from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z"));
        QCOMPARE(ical.status, 201);
        QCOMPARE(ical.json().value(QStringLiteral("format")).toString(), QStringLiteral("ical"));
        QCOMPARE(ical.json().value(QStringLiteral("added")).toInt(), 8);
        QCOMPARE(importBody(weekly, "text/calendar", QStringLiteral("?from=soon")).status, 400);
    }

    void feedRoutes()
    {
        client->setToken({});
        QCOMPARE(client->get(QStringLiteral("/api/v1/feeds")).status, 401);
        client->setToken("ed_alice");
        auto bad = client->post(QStringLiteral("/api/v1/feeds"),
            {{QStringLiteral("name"), QString()},
                {QStringLiteral("url"), QStringLiteral("gopher://x")},
                {QStringLiteral("interval_seconds"), 1}, {QStringLiteral("color"), 1}});
        QCOMPARE(bad.status, 422); // Invalid maps to 422 in problem()
        QCOMPARE(
            bad.json().value(QStringLiteral("errors")).toArray().size(), 1); // unknown field first
        // The API never reads local files (issue 9): a path is refused, a URL is fine.
        QCOMPARE(client
                     ->post(QStringLiteral("/api/v1/feeds"),
                         {{QStringLiteral("name"), QStringLiteral("Fixture")},
                             {QStringLiteral("url"),
                                 QStringLiteral(FEEDS_TEST_DATA "/provider-v2-planlist.xml")}})
                     .status,
            422);
        TestHttpServer provider;
        provider.script({{200, fixture("provider-v2-planlist.xml")}});
        auto created = client->post(QStringLiteral("/api/v1/feeds"),
            {{QStringLiteral("name"), QStringLiteral("Fixture")},
                {QStringLiteral("url"), provider.url()},
                {QStringLiteral("format"), QStringLiteral("provider")},
                {QStringLiteral("interval_seconds"), 0}});
        QCOMPARE(created.status, 201);
        const QJsonObject feed = created.json();
        const QString path = QString::fromLatin1(created.header("Location"));
        QCOMPARE(path,
            QStringLiteral("/api/v1/feeds/%1").arg(feed.value(QStringLiteral("id")).toInteger()));
        QCOMPARE(client->get(path).json().value(QStringLiteral("name")).toString(),
            QStringLiteral("Fixture"));
        QCOMPARE(client->get(QStringLiteral("/api/v1/feeds"))
                     .json()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .size(),
            1);

        auto sync = client->send("POST", path + QStringLiteral("/sync"), {});
        QCOMPARE(sync.status, 202);
        const qint64 importId = sync.json().value(QStringLiteral("import_id")).toInteger();
        QVERIFY(importId > 0);
        QTRY_COMPARE(client->get(QStringLiteral("/api/v1/imports/%1").arg(importId))
                         .json()
                         .value(QStringLiteral("status"))
                         .toString(),
            QStringLiteral("succeeded"));
        auto done = client->get(QStringLiteral("/api/v1/imports/%1").arg(importId)).json();
        QCOMPARE(done.value(QStringLiteral("added")).toInt(), 4);
        QCOMPARE(done.value(QStringLiteral("feed_id")).toInteger(),
            feed.value(QStringLiteral("id")).toInteger());
        QCOMPARE(client->get(path).json().value(QStringLiteral("last_status")).toString(),
            QStringLiteral("succeeded"));

        client->setToken("ed_bob");
        QCOMPARE(
            client->patch(path, {{QStringLiteral("name"), QStringLiteral("Mine")}}).status, 403);
        QCOMPARE(client->del(path).status, 403);
        client->setToken("ed_alice");
        auto patched = client->patch(path, {{QStringLiteral("interval_seconds"), 600}});
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.json().value(QStringLiteral("interval_seconds")).toInt(), 600);
        QCOMPARE(
            client->patch(path, {{QStringLiteral("source"), QStringLiteral("x")}}).status, 422);
        QCOMPARE(client->del(path).status, 204);
        QCOMPARE(client->get(path).status, 404);
        QCOMPARE(client->send("POST", path + QStringLiteral("/sync"), {}).status, 404);
        // The events stay.
        QCOMPARE(scalar("SELECT count(*) FROM events"), 4);
    }

    void icsExport()
    {
        QCOMPARE(importBody(fixture("provider-v2-planlist.xml"), "application/xml").status, 201);
        auto ics = client->get(
            QStringLiteral("/api/v1/events.ics?from=2021-02-01T00:00:00Z&to=2021-02-28T00:00:00Z"));
        QCOMPARE(ics.status, 200);
        QVERIFY(ics.header("Content-Type").startsWith("text/calendar"));
        QCOMPARE(ics.body.count("BEGIN:VEVENT"), 2);
        QVERIFY(ics.body.contains("SUMMARY:Pantomima Full"));
        QVERIFY(ics.body.contains("DTSTART:20210210T200000Z"));
        QCOMPARE(client->get(QStringLiteral("/api/v1/events.ics?from=never")).status, 400);
        auto byId = client->get(QStringLiteral("/api/v1/events.ics?ids=1"));
        QCOMPARE(byId.body.count("BEGIN:VEVENT"), 1);
    }

    void jsonStringEscaping()
    {
        QByteArray out;
        Api::appendJsonString(out, QStringLiteral("a\"b\\c\nd\x01 \u00e9"));
        QCOMPARE(QJsonDocument::fromJson("[" + out + "]").array().at(0).toString(),
            QStringLiteral("a\"b\\c\nd\x01 \u00e9"));
    }
};

QTEST_MAIN(TestFeedsApi)
#include "tst_feedsapi.moc"
