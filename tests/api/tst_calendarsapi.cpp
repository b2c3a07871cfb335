// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Calendar subscription URLs over real HTTP: the feed parses with python3-icalendar and matches
// the API's events (own and joined), SEQUENCE rises with edits, ETag/304, revoked URLs 404, the
// URL needs no other credential, Origin rules do not apply and the Host check does.
#include "apiserver.h"
#include "authservice.h"
#include "calendarscontroller.h"
#include "calendarservice.h"
#include "changehub.h"
#include "eventscontroller.h"
#include "eventservice.h"
#include "feedformats.h"
#include "httpclient.h"
#include "testsql.h"
#include "teststores.h"
#include "timeutil.h"
#include "tokenauth.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

#include <memory>

using namespace Eventdesk;
using Testing::HttpClient;
using Testing::HttpReply;

namespace {

// The feed as python3-icalendar reads it: [{uid, summary, dtstart (UTC ISO), sequence}].
QJsonArray parsedByPython(const QByteArray &ics)
{
    QProcess python;
    // Debian's python3 (python3-icalendar), not another one first on the PATH.
    const QString interpreter = QFile::exists(QStringLiteral("/usr/bin/python3"))
        ? QStringLiteral("/usr/bin/python3")
        : QStringLiteral("python3");
    python.start(interpreter,
        {QStringLiteral("-c"),
            QStringLiteral(
                "import sys,json,icalendar,datetime\n"
                "cal=icalendar.Calendar.from_ical(sys.stdin.buffer.read())\n"
                "out=[]\n"
                "for e in cal.walk('VEVENT'):\n"
                "  s=e.decoded('DTSTART')\n"
                "  assert s.tzinfo is not None and s.utcoffset()==datetime.timedelta(0)\n"
                "  out.append({'uid':str(e['UID']),'summary':str(e['SUMMARY']),"
                "'start':s.strftime('%Y-%m-%dT%H:%M:%S'),'sequence':int(e.get('SEQUENCE',0))})\n"
                "print(json.dumps(out))\n")});
    python.write(ics);
    python.closeWriteChannel();
    if (!python.waitForFinished(20000) || python.exitCode() != 0) {
        qWarning("python3: %s", python.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

} // namespace

class TestCalendarsApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Testing::TestStores> m_stores;
    Core::ChangeHub m_changes;
    std::unique_ptr<Core::EventService> m_events;
    Feeds::FeedFormats m_formats;
    std::unique_ptr<Core::CalendarService> m_calendars;
    std::unique_ptr<Api::ApiServer> m_server;
    Testing::TokenAuth m_auth {2, 0}; // users 1-2, no admin
    std::unique_ptr<HttpClient> m_client;
    quint16 m_port = 0;

    HttpClient &as(int user)
    {
        m_client->setToken("token-" + QByteArray::number(user));
        return *m_client;
    }

    qint64 createEvent(int user, const QString &title, qint64 startsAt)
    {
        return as(user)
            .post(QStringLiteral("/api/v1/events"),
                {{QStringLiteral("title"), title},
                    {QStringLiteral("starts_at"), Core::toRfc3339(startsAt)}})
            .json()
            .value(QStringLiteral("id"))
            .toInteger();
    }

    // The path of a new subscription URL of `user`.
    QString subscribe(int user)
    {
        const HttpReply created = as(user).post(QStringLiteral("/api/v1/calendars"), {});
        const QUrl url(created.json().value(QStringLiteral("url")).toString());
        return url.path();
    }

    HttpReply fetch(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        m_client->setToken({});
        return m_client->get(path, headers);
    }

private Q_SLOTS:
    void init()
    {
        m_stores = std::make_unique<Testing::TestStores>();
        QVERIFY(m_stores->open());
        // The suite needs the events and calendar stores.
        const QStringList missing = m_stores->stores().missing();
        if (missing.contains(QStringLiteral("events"))
            || missing.contains(QStringLiteral("calendars")))
            QSKIP(qPrintable(QStringLiteral("this backend has no store yet for: %1")
                                 .arg(missing.join(QStringLiteral(", ")))));
        QVERIFY(Testing::sqlExec(m_stores->stores().sqlite(), m_stores->stores().postgresql(),
            "INSERT INTO users (id, email, email_key, password_hash, created_at) VALUES "
            "(1, 'user1@example.org', 'user1@example.org', 'x', 0), "
            "(2, 'user2@example.org', 'user2@example.org', 'x', 0)"));
        m_events = std::make_unique<Core::EventService>(m_stores->stores().events(), m_changes);
        m_calendars
            = std::make_unique<Core::CalendarService>(m_stores->stores().calendars(), m_formats);
        Api::ApiConfig config;
        config.databaseOnWorkers = Testing::testsOnPostgresql(); // as the application does
        config.port = 0;
        m_server = std::make_unique<Api::ApiServer>(config);
        m_server->addController(std::make_shared<Api::EventsController>(m_auth, *m_events));
        m_server->addController(std::make_shared<Api::CalendarsController>(*m_calendars, m_auth));
        auto port = m_server->start();
        QVERIFY(port);
        m_port = *port;
        m_client
            = std::make_unique<HttpClient>(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)));
    }

    void cleanup()
    {
        if (m_server)
            m_server->stop();
        m_client.reset();
        m_server.reset();
        m_calendars.reset();
        m_events.reset();
        m_stores.reset();
    }

    void createAnswersUrls()
    {
        const HttpReply created = as(1).post(QStringLiteral("/api/v1/calendars"), {});
        QCOMPARE(created.status, 201);
        const QString url = created.json().value(QStringLiteral("url")).toString();
        const QString prefix = QStringLiteral("http://127.0.0.1:%1/cal/").arg(m_port);
        QVERIFY2(url.startsWith(prefix), qPrintable(url));
        QVERIFY(url.endsWith(QStringLiteral(".ics")));
        const QString token = url.mid(prefix.size()).chopped(4);
        QCOMPARE(
            QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding).size(), 32);
        QCOMPARE(created.json().value(QStringLiteral("webcal_url")).toString(),
            QStringLiteral("webcal://127.0.0.1:%1/cal/%2.ics").arg(m_port).arg(token));
        // Only the hash is stored.
        const QByteArray stored = Testing::sqlBytes(m_stores->stores().sqlite(),
            m_stores->stores().postgresql(), "SELECT token_hash FROM calendars");
        QCOMPARE(stored.size(), 32);
        QVERIFY(!stored.contains(token.toLatin1()));
        const QJsonArray listed = as(1)
                                      .get(QStringLiteral("/api/v1/calendars"))
                                      .json()
                                      .value(QStringLiteral("items"))
                                      .toArray();
        QCOMPARE(listed.size(), 1);
        QVERIFY(!listed.first().toObject().contains(QStringLiteral("url")));
        QCOMPARE(as(2)
                     .get(QStringLiteral("/api/v1/calendars"))
                     .json()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .size(),
            0);
        m_client->setToken({});
        QCOMPARE(m_client->post(QStringLiteral("/api/v1/calendars"), {}).status, 401);
    }

    void feedParsesAndMatchesTheApi()
    {
        const qint64 day = 86400000;
        const qint64 base = (Core::nowMsecs() / 1000) * 1000;
        const qint64 own = createEvent(1, QStringLiteral("Own event"), base + day);
        const qint64 joined
            = createEvent(2, QStringLiteral("Joined, with; commas"), base + 2 * day);
        createEvent(2, QStringLiteral("Not mine"), base + 3 * day);
        QCOMPARE(
            as(1).put(QStringLiteral("/api/v1/events/%1/participation").arg(joined), {}).status,
            200);
        const QString path = subscribe(1);
        const HttpReply feed = fetch(path);
        QCOMPARE(feed.status, 200);
        QVERIFY(feed.header("content-type").startsWith("text/calendar"));
        const QJsonArray events = parsedByPython(feed.body);
        QCOMPARE(events.size(), 2);
        const QList<qint64> ids {own, joined};
        for (int i = 0; i < 2; ++i) {
            const QJsonObject api
                = as(1).get(QStringLiteral("/api/v1/events/%1").arg(ids[i])).json();
            const QJsonObject ics = events[i].toObject();
            QCOMPARE(ics.value(QStringLiteral("summary")).toString(),
                api.value(QStringLiteral("title")).toString());
            QCOMPARE(ics.value(QStringLiteral("start")).toString() + QStringLiteral(".000Z"),
                api.value(QStringLiteral("starts_at")).toString());
            QCOMPARE(ics.value(QStringLiteral("uid")).toString(),
                QStringLiteral("event-%1@eventdesk").arg(ids[i]));
            QCOMPARE(ics.value(QStringLiteral("sequence")).toInt(), 0);
        }
        // An edit raises SEQUENCE and keeps the UID.
        QCOMPARE(as(1)
                     .patch(QStringLiteral("/api/v1/events/%1").arg(own),
                         {{QStringLiteral("title"), QStringLiteral("Own, renamed")}})
                     .status,
            200);
        const QJsonArray edited = parsedByPython(fetch(path).body);
        QCOMPARE(edited[0].toObject().value(QStringLiteral("summary")).toString(),
            QStringLiteral("Own, renamed"));
        QCOMPARE(edited[0].toObject().value(QStringLiteral("sequence")).toInt(), 1);
        QCOMPARE(edited[0].toObject().value(QStringLiteral("uid")).toString(),
            QStringLiteral("event-%1@eventdesk").arg(own));
        // Withdrawn: gone from the feed.
        QCOMPARE(
            as(1).del(QStringLiteral("/api/v1/events/%1/participation").arg(joined)).status, 200);
        QCOMPARE(parsedByPython(fetch(path).body).size(), 1);
    }

    void unchangedIs304()
    {
        createEvent(1, QStringLiteral("Stable"), Core::nowMsecs() + 86400000);
        const QString path = subscribe(1);
        const HttpReply first = fetch(path);
        const QByteArray etag = first.header("etag");
        QVERIFY(!etag.isEmpty());
        const HttpReply again = fetch(path, {{"If-None-Match", etag}});
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());
        QCOMPARE(fetch(path).body, first.body); // the body itself is stable
        createEvent(1, QStringLiteral("New"), Core::nowMsecs() + 86400000);
        const HttpReply changed = fetch(path, {{"If-None-Match", etag}});
        QCOMPARE(changed.status, 200);
        QVERIFY(changed.header("etag") != etag);
    }

    void revokedIs404()
    {
        const QString path = subscribe(1);
        QCOMPARE(fetch(path).status, 200);
        const qint64 id = as(1)
                              .get(QStringLiteral("/api/v1/calendars"))
                              .json()
                              .value(QStringLiteral("items"))
                              .toArray()
                              .first()
                              .toObject()
                              .value(QStringLiteral("id"))
                              .toInteger();
        QCOMPARE(as(2).del(QStringLiteral("/api/v1/calendars/%1").arg(id)).status, 404);
        QCOMPARE(fetch(path).status, 200);
        QCOMPARE(as(1).del(QStringLiteral("/api/v1/calendars/%1").arg(id)).status, 204);
        QCOMPARE(fetch(path).status, 404);
        QCOMPARE(as(1).del(QStringLiteral("/api/v1/calendars/%1").arg(id)).status, 404);
    }

    void unknownTokensAre404_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("random") << QStringLiteral("/cal/%1.ics")
                                       .arg(QString::fromLatin1(
                                           Core::CalendarService::generateToken()));
        QTest::newRow("short") << QStringLiteral("/cal/abc.ics");
        QTest::newRow("no suffix") << QStringLiteral("/cal/%1").arg(
            QString::fromLatin1(Core::CalendarService::generateToken()));
        QTest::newRow("bad chars") << QStringLiteral("/cal/%1.ics").arg(QString(43, u'*'));
    }

    void unknownTokensAre404()
    {
        QFETCH(QString, path);
        QCOMPARE(fetch(path).status, 404);
    }

    void originRulesDoNotApplyButHostDoes()
    {
        const QString path = subscribe(1);
        QCOMPARE(fetch(path, {{"Origin", "https://calendar.example"}}).status, 200);
        m_client->setToken("token-1");
        QCOMPARE(
            m_client->get(QStringLiteral("/api/v1/calendars"), {{"Origin", "https://evil.example"}})
                .status,
            403);
        const QByteArray raw = Testing::rawExchange(m_port,
            "GET " + path.toLatin1()
                + " HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        QVERIFY2(raw.startsWith("HTTP/1.1 421"), raw.left(40).constData());
    }
};

QTEST_GUILESS_MAIN(TestCalendarsApi)
#include "tst_calendarsapi.moc"
