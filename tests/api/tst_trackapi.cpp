// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The /api/v1/track contract, the queries and the apps endpoints over real HTTP.
#include "accountservice.h"
#include "authcontroller.h"
#include "collectorfixture.h"
#include "httpclient.h"
#include "openapi.h"
#include "timeutil.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QSignalSpy>

using namespace Eventdesk;
using Testing::HttpClient;
using Testing::HttpReply;

namespace {

QJsonObject pageview(
    const QString &session, const QString &timestamp = QStringLiteral("2021-01-01 09:15:27.243860"))
{
    return QJsonObject {{QStringLiteral("session_id"), session},
        {QStringLiteral("category"), QStringLiteral("page interaction")},
        {QStringLiteral("name"), QStringLiteral("pageview")},
        {QStringLiteral("data"),
            QJsonObject {{QStringLiteral("host"), QStringLiteral("www.consumeraffairs.com")},
                {QStringLiteral("path"), QStringLiteral("/")}}},
        {QStringLiteral("timestamp"), timestamp}};
}

QJsonObject withData(
    QJsonObject event, const QString &category, const QString &name, const QJsonObject &data)
{
    event.insert(QStringLiteral("category"), category);
    event.insert(QStringLiteral("name"), name);
    event.insert(QStringLiteral("data"), data);
    return event;
}

QJsonObject obj(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonObject batchOf(const QJsonArray &events)
{
    return QJsonObject {{QStringLiteral("batch"), events}};
}

} // namespace

class TstTrackApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Testing::CollectorFixture> f;
    std::unique_ptr<HttpClient> client;
    QByteArray key;
    qint64 appId = 0;

    QList<QPair<QByteArray, QByteArray>> appAuth(const QByteArray &k) const
    {
        return {{"Authorization", "Bearer " + k}};
    }
    HttpReply track(const QJsonObject &body)
    {
        return client->post(QStringLiteral("/api/v1/track"), body, appAuth(key));
    }
    HttpReply asUser(const QString &path, int user = 1)
    {
        return client->get(path, {{"Authorization", "Bearer token-" + QByteArray::number(user)}});
    }
    qint64 stored() { return *f->collector->eventCount(); }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<Testing::CollectorFixture>();
        QVERIFY(f->open());
        client = std::make_unique<HttpClient>(QUrl(f->server->baseUrl()));
        auto created = f->collector->createApp(QStringLiteral("The Eye test"), 1);
        QVERIFY(created);
        key = created->key.toLatin1();
        appId = created->app.id;
    }
    void cleanup()
    {
        client.reset();
        f.reset();
    }

    void singleEvent()
    {
        const HttpReply reply
            = track(pageview(QStringLiteral("e2085be5-9137-4e4e-80b5-f1ffddc25423")));
        QCOMPARE(reply.status, 202);
        const QJsonObject answer = reply.json();
        QCOMPARE(answer.value(QStringLiteral("accepted")).toInt(), 1);
        QCOMPARE(answer.value(QStringLiteral("rejected")).toInt(), 0);
        const QJsonObject result
            = answer.value(QStringLiteral("results")).toArray().at(0).toObject();
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
        QVERIFY(result.value(QStringLiteral("id")).toInteger() > 0);
        // Answered only after the commit: it is already readable.
        QCOMPARE(stored(), 1);
        const QJsonObject page = asUser(QStringLiteral("/api/v1/track/events")).json();
        const QJsonObject event = page.value(QStringLiteral("items")).toArray().at(0).toObject();
        QCOMPARE(event.value(QStringLiteral("session_id")).toString(),
            QStringLiteral("e2085be5-9137-4e4e-80b5-f1ffddc25423"));
        QCOMPARE(event.value(QStringLiteral("timestamp")).toString(),
            QStringLiteral("2021-01-01T09:15:27.243Z"));
        QCOMPARE(
            event.value(QStringLiteral("data")).toObject().value(QStringLiteral("host")).toString(),
            QStringLiteral("www.consumeraffairs.com"));
        QCOMPARE(event.value(QStringLiteral("app_id")).toInteger(), appId);
        QVERIFY(!event.value(QStringLiteral("received_at")).toString().isEmpty());
    }

    void rfc3339Timestamp()
    {
        QCOMPARE(track(pageview(QStringLiteral("s"), QStringLiteral("2021-01-01T10:15:27+01:00")))
                     .json()
                     .value(QStringLiteral("accepted"))
                     .toInt(),
            1);
        auto events = f->collector->events({});
        QCOMPARE(events->at(0).occurredAt,
            Core::parseTimestamp(u"2021-01-01T09:15:27Z")->toMSecsSinceEpoch());
    }

    void batch()
    {
        QJsonArray events;
        for (int i = 0; i < 3; ++i)
            events.append(pageview(QStringLiteral("s%1").arg(i)));
        const HttpReply reply = track(batchOf(events));
        QCOMPARE(reply.status, 202);
        QCOMPARE(reply.json().value(QStringLiteral("accepted")).toInt(), 3);
        QCOMPARE(reply.json().value(QStringLiteral("results")).toArray().size(), 3);
        QCOMPARE(stored(), 3);
    }

    void mixedValidAndInvalid()
    {
        QJsonObject noHost = pageview(QStringLiteral("s2"));
        noHost.insert(
            QStringLiteral("data"), QJsonObject {{QStringLiteral("path"), QStringLiteral("/")}});
        QJsonObject noSession = pageview(QStringLiteral("s3"));
        noSession.remove(QStringLiteral("session_id"));
        const QJsonArray events {pageview(QStringLiteral("s1")), noHost, noSession, 42};
        const HttpReply reply = track(batchOf(events));
        QCOMPARE(reply.status, 202);
        const QJsonObject answer = reply.json();
        QCOMPARE(answer.value(QStringLiteral("accepted")).toInt(), 1);
        QCOMPARE(answer.value(QStringLiteral("rejected")).toInt(), 3);
        const QJsonArray results = answer.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("accepted"));
        const QJsonObject second = results.at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(second.value(QStringLiteral("reasons"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
            QStringLiteral("data.host"));
        QCOMPARE(results.at(2)
                     .toObject()
                     .value(QStringLiteral("reasons"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
            QStringLiteral("session_id"));
        QCOMPARE(results.at(3)
                     .toObject()
                     .value(QStringLiteral("reasons"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
            QStringLiteral("event"));
        QCOMPARE(stored(), 1);

        // Every rejected event is in the errors store, raw, with its reasons, newest first.
        const QJsonObject errors = asUser(QStringLiteral("/api/v1/track/errors")).json();
        const QJsonArray items = errors.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 3);
        const QJsonObject oldest = items.at(2).toObject();
        QCOMPARE(
            QJsonDocument::fromJson(oldest.value(QStringLiteral("payload")).toString().toUtf8())
                .object(),
            noHost);
        QCOMPARE(oldest.value(QStringLiteral("reasons"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString(),
            QStringLiteral("is required"));
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("payload")).toString(),
            QStringLiteral("42"));
        QCOMPARE(oldest.value(QStringLiteral("app_id")).toInteger(), appId);
    }

    void futureTimestamp()
    {
        const qint64 now = Core::nowMsecs();
        const QJsonArray events {pageview(QStringLiteral("a"), Core::toRfc3339(now + 3600 * 1000)),
            pageview(QStringLiteral("b"), Core::toRfc3339(now + 2000)),
            pageview(QStringLiteral("c"), QStringLiteral("2021-09-31 10:00:00")),
            pageview(QStringLiteral("d"), QStringLiteral("yesterday"))};
        const QJsonObject answer = track(batchOf(events)).json();
        const QJsonArray results = answer.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("rejected"));
        QVERIFY(results.at(0)
                    .toObject()
                    .value(QStringLiteral("reasons"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("future")));
        QCOMPARE(results.at(1).toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("accepted"));
        QCOMPARE(results.at(2).toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("rejected"));
        QCOMPARE(results.at(3).toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("rejected"));

        // The skew is a setting.
        QCOMPARE(client
                     ->put(QStringLiteral("/api/v1/track/settings"),
                         QJsonObject {{QStringLiteral("max_skew_ms"), 0}},
                         {{"Authorization", "Bearer token-1"}})
                     .status,
            200);
        QCOMPARE(track(pageview(QStringLiteral("e"), Core::toRfc3339(Core::nowMsecs() + 2000)))
                     .json()
                     .value(QStringLiteral("rejected"))
                     .toInt(),
            1);
    }

    void keys_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("not bearer") << QByteArray("Basic abc");
        QTest::newRow("wrong key")
            << QByteArray("Bearer eda_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        QTest::newRow("user token") << QByteArray("Bearer token-1");
        QTest::newRow("huge") << QByteArray("Bearer eda_" + QByteArray(5000, 'x'));
    }
    void keys()
    {
        QFETCH(QByteArray, authorization);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const HttpReply reply
            = client->post(QStringLiteral("/api/v1/track"), pageview(QStringLiteral("s")), headers);
        QCOMPARE(reply.status, 401);
        QVERIFY(!reply.header("WWW-Authenticate").isEmpty());
        QCOMPARE(reply.problemCode(), QStringLiteral("invalid_app_key"));
        QCOMPARE(stored(), 0);
    }

    void revokedKey()
    {
        QCOMPARE(track(pageview(QStringLiteral("s"))).status, 202); // cached now
        const HttpReply revoked = client->del(
            QStringLiteral("/api/v1/apps/%1").arg(appId), {{"Authorization", "Bearer token-1"}});
        QCOMPARE(revoked.status, 204);
        QCOMPARE(track(pageview(QStringLiteral("s"))).status, 401);
        QCOMPARE(stored(), 1);
    }

    void oversize()
    {
        QJsonArray many;
        for (int i = 0; i < 1001; ++i)
            many.append(pageview(QStringLiteral("s")));
        HttpReply reply = track(batchOf(many));
        QCOMPARE(reply.status, 413);
        QCOMPARE(reply.problemCode(), QStringLiteral("batch_too_large"));
        many.removeLast();
        QCOMPARE(track(batchOf(many)).json().value(QStringLiteral("accepted")).toInt(), 1000);

        QJsonObject big = pageview(QStringLiteral("big"));
        big.insert(QStringLiteral("data"),
            QJsonObject {{QStringLiteral("host"), QStringLiteral("h")},
                {QStringLiteral("path"), QStringLiteral("/")},
                {QStringLiteral("blob"), QString(33 * 1024, u'x')}});
        reply = track(batchOf({pageview(QStringLiteral("ok")), big}));
        QCOMPARE(reply.status, 413);
        QCOMPARE(reply.problemCode(), QStringLiteral("event_too_large"));
        // An invalid oversized event is refused the same way.
        big.remove(QStringLiteral("session_id"));
        QCOMPARE(track(big).status, 413);

        // Over 1 MiB: the connection guard answers before the body is read.
        QByteArray body = "{\"batch\":[" + QByteArray(1024 * 1024 + 10, ' ') + "]}";
        reply = client->send("POST", QStringLiteral("/api/v1/track"), body,
            {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + key}});
        QCOMPARE(reply.status, 413);
        QCOMPARE(stored(), 1000);
    }

    void malformedJson()
    {
        // The challenge's own example: a trailing comma after "timestamp".
        const QByteArray body = R"({
  "session_id": "e2085be5-9137-4e4e-80b5-f1ffddc25423",
  "category": "page interaction",
  "name": "pageview",
  "data": {
    "host": "www.consumeraffairs.com",
    "path": "/",
  },
  "timestamp": "2021-01-01 09:15:27.243860",
})";
        HttpReply reply = client->send("POST", QStringLiteral("/api/v1/track"), body,
            {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + key}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(reply.problemCode(), QStringLiteral("malformed_json"));
        reply = client->send("POST", QStringLiteral("/api/v1/track"), "[1,2]",
            {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + key}});
        QCOMPARE(reply.status, 400);
        reply = client->post(QStringLiteral("/api/v1/track"),
            QJsonObject {{QStringLiteral("batch"), 5}}, appAuth(key));
        QCOMPARE(reply.status, 400);
        reply = client->post(QStringLiteral("/api/v1/track"), batchOf({}), appAuth(key));
        QCOMPARE(reply.status, 400);
        reply = client->send("POST", QStringLiteral("/api/v1/track"), "{}",
            {{"Content-Type", "text/plain"}, {"Authorization", "Bearer " + key}});
        QCOMPARE(reply.status, 415);
        QCOMPARE(stored(), 0);
    }

    void rawDataKeptAsSent()
    {
        // "data" is stored from the body as sent (compacted), not serialised again: strings with
        // brackets, quotes, escapes and spaces survive; an escaped key takes the parsed path.
        // (Ordinary string literals: moc does not read these as raw strings.)
        const QByteArray body
            = "{ \"batch\" : [\n"
              "  { \"session_id\": \"raw\", \"category\": \"page interaction\", \"name\": "
              "\"pageview\",\n"
              "    \"timestamp\": \"2021-01-01 09:15:27.243860\",\n"
              "    \"data\": { \"host\" : \"a b\",  \"path\": \"/x?q={\\\"}\\\"]\",\n"
              "              \"n\": [ 1, 2.5e1, {\"k\": \"\\\\ \\u00e9\"} ], \"t\": true } },\n"
              "  {\"session_id\":\"raw\",\"category\":\"page interaction\",\"name\":\"pageview\",\n"
              "   \"timestamp\":\"2021-01-01 "
              "09:15:28\",\"d\\u0061ta\":{\"host\":\"h\",\"path\":\"/p\"}},\n"
              "  "
              "{\"session_id\":\"raw\",\"category\":\"c\",\"name\":\"n\",\"timestamp\":\"2021-01-"
              "01 09:15:29\",\n"
              "   \"data\":{}}\n"
              "] }\n";
        HttpReply reply = client->send("POST", QStringLiteral("/api/v1/track"), body,
            {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + key}});
        QCOMPARE(reply.status, 202);
        QCOMPARE(reply.json().value(QStringLiteral("accepted")).toInt(), 3);
        const QJsonArray sent
            = QJsonDocument::fromJson(body).object().value(QStringLiteral("batch")).toArray();
        const QJsonArray items = asUser(QStringLiteral("/api/v1/track/sessions/raw"))
                                     .json()
                                     .value(QStringLiteral("items"))
                                     .toArray();
        QCOMPARE(items.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(items.at(i).toObject().value(QStringLiteral("data")),
                sent.at(i).toObject().value(QStringLiteral("data")));
        // As stored: through the store, on either backend.
        Core::TrackQuery oldest;
        oldest.ascending = true;
        oldest.limit = 1;
        const auto rows = f->store->events(oldest);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1);
        const QByteArray stored = rows->at(0).data;
        QCOMPARE(stored,
            QByteArray(
                "{\"host\":\"a b\",\"path\":\"/x?q={\\\"}\\\"]\",\"n\":[1,2.5e1,{\"k\":\"\\\\ "
                "\\u00e9\"}],\"t\":true}"));
    }

    void duplicates()
    {
        QJsonObject event = pageview(QStringLiteral("s"));
        event.insert(QStringLiteral("event_id"), QStringLiteral("client-1"));
        const QJsonObject first = track(event).json();
        const QJsonObject again = track(event).json();
        const QJsonObject r1 = first.value(QStringLiteral("results")).toArray().at(0).toObject();
        const QJsonObject r2 = again.value(QStringLiteral("results")).toArray().at(0).toObject();
        QCOMPARE(r2.value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
        QCOMPARE(r2.value(QStringLiteral("duplicate")).toBool(), true);
        QCOMPARE(
            r2.value(QStringLiteral("id")).toInteger(), r1.value(QStringLiteral("id")).toInteger());
        // Within one batch too.
        const QJsonObject inBatch = track(batchOf({event, event})).json();
        QCOMPARE(inBatch.value(QStringLiteral("duplicates")).toInt(), 2);
        QCOMPARE(stored(), 1);
        // The same id from another app is another event.
        auto other = f->collector->createApp(QStringLiteral("other"), 1);
        QCOMPARE(
            client->post(QStringLiteral("/api/v1/track"), event, appAuth(other->key.toLatin1()))
                .json()
                .value(QStringLiteral("duplicates"))
                .toInt(),
            0);
        QCOMPARE(stored(), 2);
    }

    void concurrentDuplicatesWriterThread()
    {
        // The same contract with the writer on its own thread.
        cleanup();
        f = std::make_unique<Testing::CollectorFixture>();
        QVERIFY(f->open(Core::TrackWriter::Mode::Thread));
        client = std::make_unique<HttpClient>(QUrl(f->server->baseUrl()));
        key = f->collector->createApp(QStringLiteral("thread"), 1)->key.toLatin1();
        concurrentDuplicates();
    }

    void concurrentDuplicates()
    {
        // 40 requests in flight at once, 4 copies of each of 10 ids: the group commit sees
        // several copies in one transaction; exactly 10 rows are stored.
        QNetworkAccessManager manager;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 40; ++i) {
            QJsonObject event = pageview(QStringLiteral("s"));
            event.insert(QStringLiteral("event_id"), QStringLiteral("id-%1").arg(i % 10));
            QNetworkRequest request(client->url(QStringLiteral("/api/v1/track")));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            request.setRawHeader("Authorization", "Bearer " + key);
            replies.append(
                manager.post(request, QJsonDocument(event).toJson(QJsonDocument::Compact)));
        }
        int duplicates = 0;
        QSet<qint64> ids;
        for (QNetworkReply *reply : std::as_const(replies)) {
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
            const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
            duplicates += answer.value(QStringLiteral("duplicates")).toInt();
            ids.insert(answer.value(QStringLiteral("results"))
                           .toArray()
                           .at(0)
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toInteger());
            reply->deleteLater();
        }
        QCOMPARE(duplicates, 30);
        QCOMPARE(ids.size(), 10);
        QCOMPARE(stored(), 10);
    }

    void rules_data()
    {
        QTest::addColumn<QJsonObject>("rules");
        QTest::addColumn<QJsonObject>("good");
        QTest::addColumn<QJsonObject>("bad");
        QTest::addColumn<QString>("field");
        auto field = [](const char *rule) {
            return obj(QByteArray(R"({"fields": {"v": )") + rule + "}}");
        };
        const QString v = QStringLiteral("data.v");
        QTest::newRow("required") << field(R"({"type": "any", "required": true})")
                                  << obj(R"({"v": 1})") << obj("{}") << v;
        QTest::newRow("string") << field(R"({"type": "string"})") << obj(R"({"v": "x"})")
                                << obj(R"({"v": 1})") << v;
        QTest::newRow("number") << field(R"({"type": "number"})") << obj(R"({"v": 1.5})")
                                << obj(R"({"v": "1"})") << v;
        QTest::newRow("integer") << field(R"({"type": "integer"})") << obj(R"({"v": 2})")
                                 << obj(R"({"v": 2.5})") << v;
        QTest::newRow("boolean") << field(R"({"type": "boolean"})") << obj(R"({"v": true})")
                                 << obj(R"({"v": 0})") << v;
        QTest::newRow("object") << field(R"({"type": "object"})") << obj(R"({"v": {}})")
                                << obj(R"({"v": []})") << v;
        QTest::newRow("array") << field(R"({"type": "array"})") << obj(R"({"v": []})")
                               << obj(R"({"v": {}})") << v;
        QTest::newRow("min_length") << field(R"({"type": "string", "min_length": 2})")
                                    << obj(R"({"v": "ab"})") << obj(R"({"v": "a"})") << v;
        QTest::newRow("max_length") << field(R"({"type": "string", "max_length": 2})")
                                    << obj(R"({"v": "ab"})") << obj(R"({"v": "abc"})") << v;
        QTest::newRow("array length") << field(R"({"type": "array", "max_length": 1})")
                                      << obj(R"({"v": [1]})") << obj(R"({"v": [1, 2]})") << v;
        QTest::newRow("min") << field(R"({"type": "number", "min": 0})") << obj(R"({"v": 0})")
                             << obj(R"({"v": -1})") << v;
        QTest::newRow("max") << field(R"({"type": "number", "max": 10})") << obj(R"({"v": 10})")
                             << obj(R"({"v": 11})") << v;
        QTest::newRow("enum") << field(R"({"type": "string", "enum": ["a", "b"]})")
                              << obj(R"({"v": "b"})") << obj(R"({"v": "c"})") << v;
        QTest::newRow("nested") << field(
            R"({"type": "object", "fields": {"email": {"type": "string", "required": true}}})")
                                << obj(R"({"v": {"email": "a@b"}})")
                                << obj(R"({"v": {"name": "x"}})") << QStringLiteral("data.v.email");
        QTest::newRow("additional")
            << obj(R"({"fields": {"v": {"type": "any"}}, "additional": false})")
            << obj(R"({"v": 1})") << obj(R"({"v": 1, "w": 2})") << QStringLiteral("data.w");
        QTest::newRow("items") << field(R"({"type": "array", "items": {"type": "integer"}})")
                               << obj(R"({"v": [1, 2]})") << obj(R"({"v": [1, "x"]})")
                               << QStringLiteral("data.v[1]");
    }
    void rules()
    {
        QFETCH(QJsonObject, rules);
        QFETCH(QJsonObject, good);
        QFETCH(QJsonObject, bad);
        QFETCH(QString, field);
        const HttpReply put = client->put(QStringLiteral("/api/v1/track/types"),
            QJsonObject {{QStringLiteral("category"), QStringLiteral("test")},
                {QStringLiteral("name"), QStringLiteral("rule")}, {QStringLiteral("rules"), rules}},
            {{"Authorization", "Bearer token-1"}});
        QCOMPARE(put.status, 200);
        const QJsonObject base = pageview(QStringLiteral("s"));
        const QJsonObject answer
            = track(batchOf({withData(base, QStringLiteral("test"), QStringLiteral("rule"), good),
                        withData(base, QStringLiteral("test"), QStringLiteral("rule"), bad)}))
                  .json();
        const QJsonArray results = answer.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("accepted"));
        QCOMPARE(results.at(1).toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("rejected"));
        QCOMPARE(results.at(1)
                     .toObject()
                     .value(QStringLiteral("reasons"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
            field);
    }

    void builtInTypes()
    {
        const QJsonObject base = pageview(QStringLiteral("s"));
        const QJsonObject hostPath {{QStringLiteral("host"), QStringLiteral("h")},
            {QStringLiteral("path"), QStringLiteral("/")}};
        QJsonObject withElement = hostPath;
        withElement.insert(QStringLiteral("element"), QStringLiteral("chat bubble"));
        QJsonObject withForm = hostPath;
        withForm.insert(QStringLiteral("form"),
            QJsonObject {{QStringLiteral("first_name"), QStringLiteral("John")}});
        const QJsonArray events {
            withData(
                base, QStringLiteral("page interaction"), QStringLiteral("cta click"), withElement),
            withData(
                base, QStringLiteral("page interaction"), QStringLiteral("cta click"), hostPath),
            withData(base, QStringLiteral("form interaction"), QStringLiteral("submit"), withForm),
            withData(base, QStringLiteral("form interaction"), QStringLiteral("submit"), hostPath),
            withData(base, QStringLiteral("unknown"), QStringLiteral("thing"), {}),
        };
        const QJsonArray results
            = track(batchOf(events)).json().value(QStringLiteral("results")).toArray();
        QStringList statuses;
        for (const QJsonValue &r : results)
            statuses.append(r.toObject().value(QStringLiteral("status")).toString());
        QCOMPARE(
            statuses.join(u','), QStringLiteral("accepted,rejected,accepted,rejected,accepted"));

        // Strict mode rejects types without rules.
        QCOMPARE(client
                     ->put(QStringLiteral("/api/v1/track/settings"),
                         QJsonObject {{QStringLiteral("strict"), true}},
                         {{"Authorization", "Bearer token-1"}})
                     .status,
            200);
        QCOMPARE(track(withData(base, QStringLiteral("unknown"), QStringLiteral("thing"), {}))
                     .json()
                     .value(QStringLiteral("rejected"))
                     .toInt(),
            1);
        const QJsonObject types = asUser(QStringLiteral("/api/v1/track/types")).json();
        QCOMPARE(types.value(QStringLiteral("strict")).toBool(), true);
        QCOMPARE(types.value(QStringLiteral("items")).toArray().size(), 3);
    }

    void invalidRules()
    {
        const HttpReply put = client->put(QStringLiteral("/api/v1/track/types"),
            QJsonObject {{QStringLiteral("category"), QStringLiteral("c")},
                {QStringLiteral("name"), QStringLiteral("n")},
                {QStringLiteral("rules"),
                    QJsonObject {{QStringLiteral("fields"),
                        QJsonObject {{QStringLiteral("x"),
                            QJsonObject {{QStringLiteral("type"), QStringLiteral("date")}}}}}}}},
            {{"Authorization", "Bearer token-1"}});
        QCOMPARE(put.status, 422);
        QCOMPARE(put.json()
                     .value(QStringLiteral("errors"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
            QStringLiteral("rules.fields.x.type"));
        QCOMPARE(
            client->put(QStringLiteral("/api/v1/track/types"), QJsonObject {}, {}).status, 401);
        // Built-ins cannot be deleted; user types can.
        QCOMPARE(
            client
                ->del(QStringLiteral("/api/v1/track/types?category=form%20interaction&name=submit"),
                    {{"Authorization", "Bearer token-1"}})
                .status,
            409);
    }

    void queries()
    {
        // Two sessions, two types, two apps, timestamps a minute apart.
        auto other = f->collector->createApp(QStringLiteral("other"), 1);
        QJsonArray events;
        for (int i = 0; i < 10; ++i) {
            QJsonObject event = pageview(QStringLiteral("s%1").arg(i % 2),
                QStringLiteral("2021-01-01 09:%1:00").arg(i, 2, 10, QLatin1Char('0')));
            if (i % 3 == 0)
                event = withData(event, QStringLiteral("page interaction"),
                    QStringLiteral("cta click"),
                    obj(R"({"host": "h", "path": "/", "element": "e"})"));
            events.append(event);
        }
        QCOMPARE(track(batchOf(events)).json().value(QStringLiteral("accepted")).toInt(), 10);
        QCOMPARE(client
                     ->post(QStringLiteral("/api/v1/track"),
                         pageview(QStringLiteral("s9"), QStringLiteral("2021-01-01 08:00:00")),
                         appAuth(other->key.toLatin1()))
                     .status,
            202);

        auto count = [this](const QString &query) {
            return asUser(QStringLiteral("/api/v1/track/events?") + query)
                .json()
                .value(QStringLiteral("items"))
                .toArray()
                .size();
        };
        QCOMPARE(count({}), 11);
        QCOMPARE(count(QStringLiteral("session_id=s0")), 5);
        QCOMPARE(count(QStringLiteral("category=page%20interaction&name=cta%20click")), 4);
        QCOMPARE(count(QStringLiteral("name=pageview")), 7);
        QCOMPARE(count(QStringLiteral("app=%1").arg(other->app.id)), 1);
        QCOMPARE(count(QStringLiteral("from=2021-01-01T09:02:00Z&to=2021-01-01T09:05:00Z")), 3);
        QCOMPARE(asUser(QStringLiteral("/api/v1/track/events?from=nonsense")).status, 400);
        QCOMPARE(asUser(QStringLiteral("/api/v1/track/events?limit=0")).status, 400);
        QCOMPARE(asUser(QStringLiteral("/api/v1/track/events?cursor=%%%")).status, 400);
        QCOMPARE(client->get(QStringLiteral("/api/v1/track/events")).status, 401);

        // Paging: newest first, 4 + 4 + 3, no row twice.
        QStringList seen;
        QString cursor;
        int pages = 0;
        do {
            const QJsonObject page = asUser(QStringLiteral("/api/v1/track/events?limit=4")
                + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor))
                                         .json();
            for (const QJsonValue &item : page.value(QStringLiteral("items")).toArray())
                seen.append(item.toObject().value(QStringLiteral("timestamp")).toString());
            cursor = page.value(QStringLiteral("next_cursor")).toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 10);
        QCOMPARE(pages, 3);
        QCOMPARE(seen.size(), 11);
        QStringList sorted = seen;
        std::sort(sorted.begin(), sorted.end(), std::greater<>());
        QCOMPARE(seen, sorted);

        // A session in time order.
        const QJsonObject session = asUser(QStringLiteral("/api/v1/track/sessions/s1")).json();
        const QJsonArray items = session.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 5);
        QCOMPARE(items.first().toObject().value(QStringLiteral("timestamp")).toString(),
            QStringLiteral("2021-01-01T09:01:00.000Z"));
        QCOMPARE(items.last().toObject().value(QStringLiteral("timestamp")).toString(),
            QStringLiteral("2021-01-01T09:09:00.000Z"));

        // Counts per type per minute.
        const QJsonObject stats = asUser(
            QStringLiteral("/api/v1/track/stats?from=2021-01-01T09:00:00Z&to=2021-01-01T09:03:00Z"))
                                      .json();
        const QJsonArray minutes = stats.value(QStringLiteral("items")).toArray();
        QCOMPARE(minutes.size(), 3);
        QCOMPARE(minutes.at(0).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("cta click"));
        QCOMPARE(minutes.at(0).toObject().value(QStringLiteral("count")).toInt(), 1);
        QCOMPARE(minutes.at(1).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("pageview"));
        QCOMPARE(
            asUser(QStringLiteral(
                       "/api/v1/track/stats?from=2021-01-01T09:00:00Z&to=2020-01-01T09:00:00Z"))
                .status,
            400);
    }

    void apps()
    {
        const auto user1
            = QList<QPair<QByteArray, QByteArray>> {{"Authorization", "Bearer token-1"}};
        const auto user2
            = QList<QPair<QByteArray, QByteArray>> {{"Authorization", "Bearer token-2"}};
        HttpReply created = client->post(QStringLiteral("/api/v1/apps"),
            QJsonObject {{QStringLiteral("name"), QStringLiteral("Web shop")}}, user2);
        QCOMPARE(created.status, 201);
        const QString newKey = created.json().value(QStringLiteral("key")).toString();
        QVERIFY(newKey.startsWith(QStringLiteral("eda_")));
        QCOMPARE(newKey.size(), 4 + 43); // 256 bits, base64url
        QCOMPARE(created.header("Cache-Control"), QByteArray("no-store"));
        const qint64 id = created.json().value(QStringLiteral("id")).toInteger();
        // The new key works at once.
        QCOMPARE(client
                     ->post(QStringLiteral("/api/v1/track"), pageview(QStringLiteral("s")),
                         appAuth(newKey.toLatin1()))
                     .status,
            202);

        // Lists show only one's own apps and never the key.
        const QJsonArray mine = asUser(QStringLiteral("/api/v1/apps"), 2)
                                    .json()
                                    .value(QStringLiteral("items"))
                                    .toArray();
        QCOMPARE(mine.size(), 1);
        QVERIFY(!mine.at(0).toObject().contains(QStringLiteral("key")));
        QCOMPARE(
            mine.at(0).toObject().value(QStringLiteral("key_hint")).toString(), newKey.left(10));
        QCOMPARE(asUser(QStringLiteral("/api/v1/apps"), 3)
                     .json()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .size(),
            0);
        // An admin (user 1) sees every app.
        QVERIFY(asUser(QStringLiteral("/api/v1/apps"), 1)
                    .json()
                    .value(QStringLiteral("items"))
                    .toArray()
                    .size()
            >= 2);

        // Another member cannot revoke it.
        QCOMPARE(client
                     ->del(QStringLiteral("/api/v1/apps/%1").arg(id),
                         {{"Authorization", "Bearer token-3"}})
                     .status,
            404);
        QCOMPARE(client->del(QStringLiteral("/api/v1/apps/%1").arg(id)).status, 401);
        QCOMPARE(client->del(QStringLiteral("/api/v1/apps/%1").arg(id), user2).status, 204);
        QCOMPARE(client->del(QStringLiteral("/api/v1/apps/999"), user2).status, 404);
        QVERIFY(!asUser(QStringLiteral("/api/v1/apps"), 2)
                     .json()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("revoked_at"))
                     .isNull());
        QCOMPARE(client
                     ->post(QStringLiteral("/api/v1/track"), pageview(QStringLiteral("s")),
                         appAuth(newKey.toLatin1()))
                     .status,
            401);

        // Validation and authentication.
        QCOMPARE(client->post(QStringLiteral("/api/v1/apps"), QJsonObject {}, user1).status, 422);
        QCOMPARE(client
                     ->post(QStringLiteral("/api/v1/apps"),
                         QJsonObject {{QStringLiteral("name"), QStringLiteral("x")},
                             {QStringLiteral("scopes"), QJsonArray {QStringLiteral("admin")}}},
                         user1)
                     .status,
            422);
        QCOMPARE(client
                     ->post(QStringLiteral("/api/v1/apps"),
                         QJsonObject {{QStringLiteral("name"), QStringLiteral("x")}})
                     .status,
            401);
    }

    void withRealAccounts()
    {
        // The whole path with the auth branch's accounts: sign up, create a key, post, read.
        Core::AuthConfig config;
        config.password = Core::PasswordParams::minimum();
        config.registrationOverride = Core::RegistrationMode::Open; // the fixture has users
        Core::AccountService accounts(f->stores.stores().auth(), config);
        Api::ApiConfig apiConfig;
        apiConfig.databaseOnWorkers = Testing::testsOnPostgresql(); // as the application does
        apiConfig.port = 0;
        Api::ApiServer server(apiConfig);
        server.addController(std::make_shared<Api::AuthController>(accounts));
        server.addController(
            std::make_shared<Api::TrackController>(*f->collector, *f->writer, accounts));
        server.addController(std::make_shared<Api::AppsController>(*f->collector, accounts));
        QVERIFY(server.start());
        HttpClient http(QUrl(server.baseUrl()));
        const HttpReply signup = http.post(QStringLiteral("/api/v1/auth/signup"),
            QJsonObject {{QStringLiteral("email"), QStringLiteral("ada@example.org")},
                {QStringLiteral("password"), QStringLiteral("correct horse battery staple")}});
        QCOMPARE(signup.status, 201);
        const QByteArray token = signup.json().value(QStringLiteral("token")).toString().toLatin1();
        const QList<QPair<QByteArray, QByteArray>> user {{"Authorization", "Bearer " + token}};
        const HttpReply app = http.post(QStringLiteral("/api/v1/apps"),
            QJsonObject {{QStringLiteral("name"), QStringLiteral("shop")}}, user);
        QCOMPARE(app.status, 201);
        const QByteArray appKey = app.json().value(QStringLiteral("key")).toString().toLatin1();
        QCOMPARE(http.post(QStringLiteral("/api/v1/track"), pageview(QStringLiteral("real")),
                         appAuth(appKey))
                     .status,
            202);
        const QJsonArray items
            = http.get(QStringLiteral("/api/v1/track/events?session_id=real"), user)
                  .json()
                  .value(QStringLiteral("items"))
                  .toArray();
        QCOMPARE(items.size(), 1);
        // An app key is not a user token, and a user token is not an app key.
        QCOMPARE(http.get(QStringLiteral("/api/v1/track/events"), appAuth(appKey)).status, 401);
        QCOMPARE(
            http.post(QStringLiteral("/api/v1/track"), pageview(QStringLiteral("x")), user).status,
            401);
        server.stop();
    }

    void everyRouteDocumented()
    {
        const QStringList documented
            = Api::documentedOperations(Api::openApiDocument(QStringLiteral("test")));
        for (const Api::Route &route : f->server->router().routes()) {
            const QString operation
                = QString::fromLatin1(Api::methodName(route.method)) + u' ' + route.pattern;
            QVERIFY2(documented.contains(operation), qPrintable(operation));
        }
    }

    void changeHubAnnouncesCommits()
    {
        QSignalSpy spy(&f->changes, &Core::ChangeHub::changed);
        QCOMPARE(track(pageview(QStringLiteral("s"))).status, 202);
        QTRY_VERIFY(!spy.isEmpty());
        QCOMPARE(
            spy.last().at(0).value<Core::ChangeHub::Topic>(), Core::ChangeHub::Topic::Tracking);
    }
};

QTEST_MAIN(TstTrackApi)
#include "tst_trackapi.moc"
