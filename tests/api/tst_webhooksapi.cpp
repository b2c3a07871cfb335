// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Webhooks over real HTTP to a real receiver (a QTcpServer on 127.0.0.1 in this process): the
// API, signatures checked by python3's hmac, retries after the receiver was down, 410, redeliver,
// ping, per-owner visibility, and one message per change of each type.
#include "apiserver.h"
#include "authservice.h"
#include "changehub.h"
#include "commentscontroller.h"
#include "eventscontroller.h"
#include "eventservice.h"
#include "httpclient.h"
#include "testsql.h"
#include "teststores.h"
#include "timeutil.h"
#include "tokenauth.h"
#include "webhookdispatcher.h"
#include "webhookjson.h"
#include "webhookscontroller.h"
#include "webhookservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Eventdesk;
using Testing::HttpClient;
using Testing::HttpReply;

namespace {

struct Received
{
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// A webhook receiver: answers each POST with the status set for its path (default 204).
class Receiver : public QObject
{
public:
    QList<Received> received;
    QHash<QByteArray, int> statusFor;

    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    quint16 port() const { return m_server.serverPort(); }
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path);
    }
    QList<Received> at(const QByteArray &path) const
    {
        QList<Received> rows;
        for (const Received &r : received)
            if (r.path == path)
                rows.append(r);
        return rows;
    }

    Receiver()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Received r;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            r.path = lines.value(0).split(' ').value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    r.headers.insert(lines[i].left(colon).trimmed().toLower(),
                        lines[i].mid(colon + 1).trimmed());
            }
            const qsizetype length = r.headers.value("content-length").toLongLong();
            if (buffer.size() < end + 4 + length)
                return;
            r.body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            const int status = statusFor.value(r.path, 204);
            received.append(r);
            socket->write(
                "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Length: 0\r\n\r\n");
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QJsonObject eventBody(const QString &title)
{
    const qint64 start = Core::nowMsecs() + 86400000;
    return {
        {QStringLiteral("title"), title}, {QStringLiteral("starts_at"), Core::toRfc3339(start)}};
}

// Independent check: python3's hmac module, given the secret, the headers and the body.
bool verifiedByPython(const QString &secret, const Received &r)
{
    QProcess python;
    python.start(QStringLiteral("python3"),
        {QStringLiteral("-c"),
            QStringLiteral("import sys,hmac,hashlib,base64\n"
                           "secret,mid,ts,sig=sys.argv[1:5]\n"
                           "body=sys.stdin.buffer.read()\n"
                           "key=base64.b64decode(secret.split('_',1)[1])\n"
                           "mac=hmac.new(key,mid.encode()+b'.'+ts.encode()+b'.'+body,"
                           "hashlib.sha256).digest()\n"
                           "ok=any(hmac.compare_digest(s.split(',',1)[1],"
                           "base64.b64encode(mac).decode()) for s in sig.split(' '))\n"
                           "sys.exit(0 if ok else 1)\n"),
            secret, QString::fromLatin1(r.headers.value("webhook-id")),
            QString::fromLatin1(r.headers.value("webhook-timestamp")),
            QString::fromLatin1(r.headers.value("webhook-signature"))});
    python.write(r.body);
    python.closeWriteChannel();
    return python.waitForFinished(20000) && python.exitStatus() == QProcess::NormalExit
        && python.exitCode() == 0;
}

} // namespace

class TestWebhooksApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Testing::TestStores> m_stores;
    std::unique_ptr<Core::ChangeHub> m_changes;
    std::unique_ptr<Core::EventService> m_events;
    std::unique_ptr<Core::WebhookService> m_webhooks;
    std::unique_ptr<Feeds::WebhookDispatcher> m_dispatcher;
    std::unique_ptr<Api::ApiServer> m_server;
    Testing::TokenAuth m_auth {3, 3}; // users 1-3, 3 the admin
    std::unique_ptr<HttpClient> m_client;
    std::unique_ptr<Receiver> m_receiver;

    static Feeds::WebhookDispatcherConfig fastConfig()
    {
        Feeds::WebhookDispatcherConfig config;
        config.retryBaseMs = 20;
        config.retryCapMs = 200;
        config.allowPrivate = true; // the receiver is on 127.0.0.1
        config.timeoutMs = 5000;
        return config;
    }

    void startDispatcher(const Feeds::WebhookDispatcherConfig &config)
    {
        m_dispatcher.reset();
        m_dispatcher = std::make_unique<Feeds::WebhookDispatcher>(
            m_stores->stores().webhooks(), *m_changes, &Api::webhookData,
            [this](qint64 id) { return m_auth.user(id)->isAdmin(); }, config);
        m_dispatcher->start();
    }

    HttpClient &as(int user)
    {
        m_client->setToken("token-" + QByteArray::number(user));
        return *m_client;
    }

    // Creates a subscription of `user`; returns {id, secret}.
    QPair<qint64, QString> subscribe(int user, const QString &path, const QStringList &types)
    {
        const HttpReply reply = as(user).post(QStringLiteral("/api/v1/webhooks"),
            {{QStringLiteral("url"), m_receiver->url(path)},
                {QStringLiteral("events"), QJsonArray::fromStringList(types)}});
        if (reply.status != 201)
            qWarning("subscribe: %d %s", reply.status, reply.body.constData());
        return {reply.json().value(QStringLiteral("id")).toInteger(),
            reply.json().value(QStringLiteral("secret")).toString()};
    }

    qint64 createEvent(int user, const QString &title)
    {
        return as(user)
            .post(QStringLiteral("/api/v1/events"), eventBody(title))
            .json()
            .value(QStringLiteral("id"))
            .toInteger();
    }

    QJsonArray deliveries(qint64 hook, int user = 1)
    {
        return as(user)
            .get(QStringLiteral("/api/v1/webhooks/%1/deliveries").arg(hook))
            .json()
            .value(QStringLiteral("items"))
            .toArray();
    }

    QStringList types(const QList<Received> &rows)
    {
        QStringList result;
        for (const Received &r : rows)
            result.append(r.json().value(QStringLiteral("type")).toString());
        return result;
    }

    qint64 scalar(const char *sql)
    {
        return Testing::sqlScalar(
            m_stores->stores().sqlite(), m_stores->stores().postgresql(), sql);
    }

    void exec(const char *sql)
    {
        QVERIFY(
            Testing::sqlExec(m_stores->stores().sqlite(), m_stores->stores().postgresql(), sql));
    }

private Q_SLOTS:
    void init()
    {
        m_stores = std::make_unique<Testing::TestStores>();
        QVERIFY(m_stores->open());
        // The suite needs the events and webhook stores (feeds: see eachTypeFiresOncePerChange).
        const QStringList missing = m_stores->stores().missing();
        if (missing.contains(QStringLiteral("events"))
            || missing.contains(QStringLiteral("webhooks")))
            QSKIP(qPrintable(QStringLiteral("this backend has no store yet for: %1")
                                 .arg(missing.join(QStringLiteral(", ")))));
        exec("INSERT INTO users (id, email, email_key, password_hash, created_at) VALUES "
             "(1, 'user1@example.org', 'user1@example.org', 'x', 0), "
             "(2, 'user2@example.org', 'user2@example.org', 'x', 0), "
             "(3, 'user3@example.org', 'user3@example.org', 'x', 0)");
        m_changes = std::make_unique<Core::ChangeHub>();
        m_events = std::make_unique<Core::EventService>(m_stores->stores().events(), *m_changes);
        m_webhooks
            = std::make_unique<Core::WebhookService>(m_stores->stores().webhooks(), *m_changes);
        m_receiver = std::make_unique<Receiver>();
        QVERIFY(m_receiver->listen());
        startDispatcher(fastConfig());
        Api::ApiConfig config;
        config.databaseOnWorkers = Testing::testsOnPostgresql(); // as the application does
        config.port = 0;
        m_server = std::make_unique<Api::ApiServer>(config);
        m_server->addController(std::make_shared<Api::EventsController>(m_auth, *m_events));
        m_server->addController(std::make_shared<Api::CommentsController>(m_auth, *m_events));
        m_server->addController(std::make_shared<Api::WebhooksController>(*m_webhooks, m_auth));
        auto port = m_server->start();
        QVERIFY(port);
        m_client
            = std::make_unique<HttpClient>(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(*port)));
    }

    void cleanup()
    {
        if (m_server)
            m_server->stop();
        m_dispatcher.reset();
        m_client.reset();
        m_server.reset();
        m_receiver.reset();
        m_webhooks.reset();
        m_events.reset();
        m_changes.reset();
        m_stores.reset();
    }

    void createShowsTheSecretOnce()
    {
        const HttpReply created = as(1).post(QStringLiteral("/api/v1/webhooks"),
            {{QStringLiteral("url"), m_receiver->url(QStringLiteral("/a"))},
                {QStringLiteral("events"), QJsonArray {QStringLiteral("event.created")}},
                {QStringLiteral("description"), QStringLiteral("mine")}});
        QCOMPARE(created.status, 201);
        const QString secret = created.json().value(QStringLiteral("secret")).toString();
        QVERIFY(secret.startsWith(QStringLiteral("whsec_")));
        QCOMPARE(QByteArray::fromBase64(secret.mid(6).toLatin1()).size(), 32);
        const qint64 id = created.json().value(QStringLiteral("id")).toInteger();
        const HttpReply shown = as(1).get(QStringLiteral("/api/v1/webhooks/%1").arg(id));
        QCOMPARE(shown.status, 200);
        QVERIFY(!shown.json().contains(QStringLiteral("secret")));
        QCOMPARE(
            shown.json().value(QStringLiteral("description")).toString(), QStringLiteral("mine"));
        QCOMPARE(as(1)
                     .get(QStringLiteral("/api/v1/webhooks"))
                     .json()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .size(),
            1);
        // Another user's subscription does not exist for them.
        QCOMPARE(as(2).get(QStringLiteral("/api/v1/webhooks/%1").arg(id)).status, 404);
        QCOMPARE(as(2).del(QStringLiteral("/api/v1/webhooks/%1").arg(id)).status, 404);
        QCOMPARE(as(2)
                     .get(QStringLiteral("/api/v1/webhooks"))
                     .json()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .size(),
            0);
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QJsonObject>("body");
        const QJsonArray ok {QStringLiteral("event.created")};
        QTest::newRow("no url") << QJsonObject {{QStringLiteral("events"), ok}};
        QTest::newRow("ftp") << QJsonObject {
            {QStringLiteral("url"), QStringLiteral("ftp://x/")}, {QStringLiteral("events"), ok}};
        QTest::newRow("no host") << QJsonObject {
            {QStringLiteral("url"), QStringLiteral("http://")}, {QStringLiteral("events"), ok}};
        QTest::newRow("no events")
            << QJsonObject {{QStringLiteral("url"), QStringLiteral("http://example.org/")},
                   {QStringLiteral("events"), QJsonArray {}}};
        QTest::newRow("unknown type")
            << QJsonObject {{QStringLiteral("url"), QStringLiteral("http://example.org/")},
                   {QStringLiteral("events"), QJsonArray {QStringLiteral("event.exploded")}}};
        QTest::newRow("events not a list")
            << QJsonObject {{QStringLiteral("url"), QStringLiteral("http://example.org/")},
                   {QStringLiteral("events"), QStringLiteral("event.created")}};
    }

    void badInputChangesNothing()
    {
        QFETCH(QJsonObject, body);
        const HttpReply reply = as(1).post(QStringLiteral("/api/v1/webhooks"), body);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.problemCode(), QStringLiteral("invalid_webhook"));
        QCOMPARE(as(1)
                     .get(QStringLiteral("/api/v1/webhooks"))
                     .json()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .size(),
            0);
        QCOMPARE(as(1)
                     .send("POST", QStringLiteral("/api/v1/webhooks"), "{",
                         {{"Content-Type", "application/json"}})
                     .status,
            400);
        m_client->setToken({});
        QCOMPARE(m_client->get(QStringLiteral("/api/v1/webhooks")).status, 401);
    }

    void signatureVerifiesIndependently()
    {
        const auto [hook, secret]
            = subscribe(1, QStringLiteral("/a"), {QStringLiteral("event.created")});
        const qint64 event = createEvent(1, QStringLiteral("Signed"));
        QTRY_COMPARE(m_receiver->received.size(), 1);
        const Received r = m_receiver->received.first();
        QVERIFY(r.headers.value("webhook-id").startsWith("msg_"));
        QVERIFY(qAbs(r.headers.value("webhook-timestamp").toLongLong()
                    - QDateTime::currentSecsSinceEpoch())
            < 600);
        QVERIFY(r.headers.value("webhook-signature").startsWith("v1,"));
        QVERIFY(verifiedByPython(secret, r));
        // A changed byte does not verify.
        Received tampered = r;
        tampered.body.replace("Signed", "Signet");
        QVERIFY(!verifiedByPython(secret, tampered));
        // The data is the event as the API shows it.
        QCOMPARE(
            r.json().value(QStringLiteral("type")).toString(), QStringLiteral("event.created"));
        QVERIFY(Core::parseTimestamp(r.json().value(QStringLiteral("timestamp")).toString()));
        QJsonObject shown = as(1).get(QStringLiteral("/api/v1/events/%1").arg(event)).json();
        QJsonObject data = r.json().value(QStringLiteral("data")).toObject();
        shown.remove(QStringLiteral("joined")); // the viewer's own, not part of a message
        data.remove(QStringLiteral("joined"));
        QCOMPARE(data, shown);
        QTRY_COMPARE(deliveries(hook).first().toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("delivered"));
        const QJsonObject logged = deliveries(hook).first().toObject();
        QCOMPARE(logged.value(QStringLiteral("http_status")).toInt(), 204);
        QCOMPARE(logged.value(QStringLiteral("attempts")).toInt(), 1);
        QCOMPARE(logged.value(QStringLiteral("message_id")).toString(),
            QString::fromLatin1(r.headers.value("webhook-id")));
    }

    void eachTypeFiresOncePerChange()
    {
        subscribe(1, QStringLiteral("/all"), Core::WebhookTypes::all());
        const qint64 event = createEvent(1, QStringLiteral("All"));
        QJsonObject edit {{QStringLiteral("title"), QStringLiteral("All, edited")}};
        QCOMPARE(as(1).patch(QStringLiteral("/api/v1/events/%1").arg(event), edit).status, 200);
        QCOMPARE(as(2).put(QStringLiteral("/api/v1/events/%1/participation").arg(event), {}).status,
            200);
        QCOMPARE(as(2).put(QStringLiteral("/api/v1/events/%1/participation").arg(event), {}).status,
            200); // no change
        QCOMPARE(
            as(2).del(QStringLiteral("/api/v1/events/%1/participation").arg(event)).status, 200);
        const HttpReply comment
            = as(1).post(QStringLiteral("/api/v1/events/%1/comments").arg(event),
                {{QStringLiteral("body"), QStringLiteral("first")}});
        QCOMPARE(comment.status, 201);
        const qint64 commentId = comment.json().value(QStringLiteral("id")).toInteger();
        QCOMPARE(as(1)
                     .patch(QStringLiteral("/api/v1/comments/%1").arg(commentId),
                         {{QStringLiteral("body"), QStringLiteral("second")}})
                     .status,
            200);
        QCOMPARE(as(1).del(QStringLiteral("/api/v1/comments/%1").arg(commentId)).status, 204);
        // A comment and a participation that go with the event are no changes of their own.
        as(1).post(QStringLiteral("/api/v1/events/%1/comments").arg(event),
            {{QStringLiteral("body"), QStringLiteral("stays")}});
        as(2).put(QStringLiteral("/api/v1/events/%1/participation").arg(event), {});
        QCOMPARE(as(1).del(QStringLiteral("/api/v1/events/%1").arg(event)).status, 204);
        // An import run that finishes (as FeedService records it), once: where this backend has
        // the feeds tables (PostgreSQL gets them with its feeds store).
        const bool feeds = !m_stores->stores().missing().contains(QStringLiteral("feeds"));
        if (feeds) {
            exec("INSERT INTO feeds (id, name, location, source, created_by, created_at, "
                 "updated_at) "
                 "VALUES (1, 'f', 'http://example.org/f', 'feed-1', 1, 0, 0)");
            exec("INSERT INTO imports (id, feed_id, source, format, status, started_at) "
                 "VALUES (1, 1, 'feed-1', 'json', 'running', 0)");
            exec(
                "UPDATE imports SET status = 'succeeded', added = 4, finished_at = 1 WHERE id = 1");
            exec("UPDATE imports SET bytes = 10 WHERE id = 1");
            m_changes->notify(Core::ChangeHub::Topic::Imports);
        } else {
            qInfo("no feeds store on this backend yet: import.finished is not exercised");
        }
        QStringList expected {QStringLiteral("event.created"), QStringLiteral("event.updated"),
            QStringLiteral("participation.joined"), QStringLiteral("participation.withdrawn"),
            QStringLiteral("comment.created"), QStringLiteral("comment.updated"),
            QStringLiteral("comment.deleted"), QStringLiteral("comment.created"),
            QStringLiteral("participation.joined"), QStringLiteral("event.deleted")};
        if (feeds)
            expected.append(QStringLiteral("import.finished"));
        QTRY_COMPARE(m_receiver->received.size(), expected.size());
        QStringList got = types(m_receiver->received);
        QStringList want = expected;
        got.sort();
        want.sort();
        QCOMPARE(got, want);
        const Received imported = m_receiver->received.last();
        QSet<QByteArray> ids;
        for (const Received &r : std::as_const(m_receiver->received))
            ids.insert(r.headers.value("webhook-id"));
        QCOMPARE(ids.size(), expected.size());
        for (const Received &r : std::as_const(m_receiver->received)) {
            const QJsonObject data = r.json().value(QStringLiteral("data")).toObject();
            if (r.json().value(QStringLiteral("type")) == QStringLiteral("import.finished")) {
                QCOMPARE(data.value(QStringLiteral("added")).toInt(), 4);
                QCOMPARE(
                    data.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
            }
            if (r.json().value(QStringLiteral("type"))
                == QStringLiteral("participation.withdrawn")) {
                QCOMPARE(data.value(QStringLiteral("user")).toString(), QStringLiteral("user2"));
                QCOMPARE(data.value(QStringLiteral("participant_count")).toInt(), 0);
            }
            if (r.json().value(QStringLiteral("type")) == QStringLiteral("event.deleted"))
                QCOMPARE(
                    data.value(QStringLiteral("title")).toString(), QStringLiteral("All, edited"));
        }
        Q_UNUSED(imported);
    }

    void retriesAfterTheReceiverWasDown()
    {
        // A port nobody listens on yet.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        m_receiver = std::make_unique<Receiver>();
        const HttpReply created = as(1).post(QStringLiteral("/api/v1/webhooks"),
            {{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1/late").arg(port)},
                {QStringLiteral("events"), QJsonArray {QStringLiteral("event.created")}}});
        QCOMPARE(created.status, 201);
        const qint64 hook = created.json().value(QStringLiteral("id")).toInteger();
        createEvent(1, QStringLiteral("While down"));
        QTRY_VERIFY(!deliveries(hook).isEmpty()
            && deliveries(hook).first().toObject().value(QStringLiteral("attempts")).toInt() >= 2);
        QJsonObject failing = deliveries(hook).first().toObject();
        QCOMPARE(failing.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QVERIFY(failing.value(QStringLiteral("next_attempt_at")).isString());
        QVERIFY(failing.value(QStringLiteral("error")).isString());
        QVERIFY(as(1)
                    .get(QStringLiteral("/api/v1/webhooks/%1").arg(hook))
                    .json()
                    .value(QStringLiteral("failing_since"))
                    .isString());
        QVERIFY(m_receiver->listen(port));
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->received.size(), 1, 15000);
        QTRY_COMPARE(deliveries(hook).first().toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("delivered"));
        QVERIFY(as(1)
                    .get(QStringLiteral("/api/v1/webhooks/%1").arg(hook))
                    .json()
                    .value(QStringLiteral("failing_since"))
                    .isNull());
        QCOMPARE(m_receiver->received.size(), 1);
    }

    void goneDisables()
    {
        m_receiver->statusFor.insert("/gone", 410);
        const auto [hook, secret]
            = subscribe(1, QStringLiteral("/gone"), {QStringLiteral("event.created")});
        createEvent(1, QStringLiteral("First"));
        QTRY_VERIFY(!as(1)
                         .get(QStringLiteral("/api/v1/webhooks/%1").arg(hook))
                         .json()
                         .value(QStringLiteral("enabled"))
                         .toBool());
        const QJsonObject shown = as(1).get(QStringLiteral("/api/v1/webhooks/%1").arg(hook)).json();
        QCOMPARE(shown.value(QStringLiteral("disabled_reason")).toString(), QStringLiteral("gone"));
        QCOMPARE(m_receiver->received.size(), 1);
        QCOMPARE(
            deliveries(hook).first().toObject().value(QStringLiteral("http_status")).toInt(), 410);
        // Nothing more goes to a disabled subscription.
        createEvent(1, QStringLiteral("Second"));
        // Once the dispatcher has fanned the change out (the cursor passed it), it stays
        // undelivered.
        QTRY_VERIFY(scalar("SELECT outbox_id FROM webhook_cursor")
            >= scalar("SELECT max(id) FROM webhook_outbox"));
        QVERIFY(m_receiver->received.size() == 1 && deliveries(hook).size() == 1);

        // Re-enabled, it receives again.
        m_receiver->statusFor.remove("/gone");
        QCOMPARE(as(1)
                     .patch(QStringLiteral("/api/v1/webhooks/%1").arg(hook),
                         {{QStringLiteral("enabled"), true}})
                     .status,
            200);
        createEvent(1, QStringLiteral("Third"));

        QTRY_COMPARE(m_receiver->received.size(), 2);
        QCOMPARE(m_receiver->received.last()
                     .json()
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("title"))
                     .toString(),
            QStringLiteral("Third"));
    }

    void failingLongEnoughDisables()
    {
        Feeds::WebhookDispatcherConfig config = fastConfig();
        config.disableAfterMs = 100;
        startDispatcher(config);
        m_receiver->statusFor.insert("/broken", 500);
        const auto [hook, secret]
            = subscribe(1, QStringLiteral("/broken"), {QStringLiteral("event.created")});
        QSignalSpy told(m_changes.get(), &Core::ChangeHub::changed);
        createEvent(1, QStringLiteral("Never"));
        QTRY_VERIFY_WITH_TIMEOUT(!as(1)
                                      .get(QStringLiteral("/api/v1/webhooks/%1").arg(hook))
                                      .json()
                                      .value(QStringLiteral("enabled"))
                                      .toBool(),
            15000);
        QCOMPARE(as(1)
                     .get(QStringLiteral("/api/v1/webhooks/%1").arg(hook))
                     .json()
                     .value(QStringLiteral("disabled_reason"))
                     .toString(),
            QStringLiteral("failing"));
        QVERIFY(m_receiver->received.size() >= 2);
        QCOMPARE(deliveries(hook).first().toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("failed"));
        bool announced = false;
        for (const QList<QVariant> &signal : std::as_const(told))
            announced = announced
                || (signal.at(0).value<Core::ChangeHub::Topic>() == Core::ChangeHub::Topic::Webhooks
                    && signal.at(1).toLongLong() == hook);
        QVERIFY(announced);
    }

    void redeliverSendsTheSameMessage()
    {
        const auto [hook, secret]
            = subscribe(1, QStringLiteral("/a"), {QStringLiteral("event.created")});
        createEvent(1, QStringLiteral("Again"));
        QTRY_COMPARE(deliveries(hook).first().toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("delivered"));
        const qint64 delivery
            = deliveries(hook).first().toObject().value(QStringLiteral("id")).toInteger();
        const HttpReply again = as(1).post(
            QStringLiteral("/api/v1/webhooks/%1/deliveries/%2/redeliver").arg(hook).arg(delivery),
            {});
        QCOMPARE(again.status, 202);
        QTRY_COMPARE(m_receiver->received.size(), 2);
        QCOMPARE(m_receiver->received[1].headers.value("webhook-id"),
            m_receiver->received[0].headers.value("webhook-id"));
        QCOMPARE(m_receiver->received[1].body, m_receiver->received[0].body);
        QVERIFY(verifiedByPython(secret, m_receiver->received[1]));
        QTRY_COMPARE(
            deliveries(hook).first().toObject().value(QStringLiteral("attempts")).toInt(), 2);
        QCOMPARE(as(2)
                     .post(QStringLiteral("/api/v1/webhooks/%1/deliveries/%2/redeliver")
                               .arg(hook)
                               .arg(delivery),
                         {})
                     .status,
            404);
        QCOMPARE(as(1)
                     .post(QStringLiteral("/api/v1/webhooks/%1/deliveries/%2/redeliver")
                               .arg(hook)
                               .arg(delivery + 100),
                         {})
                     .status,
            404);
    }

    void pingIsSigned()
    {
        const auto [hook, secret]
            = subscribe(1, QStringLiteral("/p"), {QStringLiteral("event.deleted")});
        QCOMPARE(as(1).post(QStringLiteral("/api/v1/webhooks/%1/ping").arg(hook), {}).status, 202);
        QTRY_COMPARE(m_receiver->received.size(), 1);
        const Received r = m_receiver->received.first();
        QCOMPARE(r.json().value(QStringLiteral("type")).toString(), QStringLiteral("ping"));
        QCOMPARE(r.json()
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("webhook_id"))
                     .toInteger(),
            hook);
        QVERIFY(verifiedByPython(secret, r));
        QCOMPARE(as(2).post(QStringLiteral("/api/v1/webhooks/%1/ping").arg(hook), {}).status, 404);
    }

    void eachOwnerReceivesWhatTheyMaySee()
    {
        const QStringList wanted {
            QStringLiteral("event.created"), QStringLiteral("participation.joined")};
        subscribe(1, QStringLiteral("/u1"), wanted);
        subscribe(2, QStringLiteral("/u2"), wanted);
        subscribe(3, QStringLiteral("/admin"), wanted);
        const qint64 event = createEvent(1, QStringLiteral("Visible"));
        // User 1 joins their own event: user 2 may not see that; the admin may.
        QCOMPARE(as(1).put(QStringLiteral("/api/v1/events/%1/participation").arg(event), {}).status,
            200);
        // User 3 joins: user 1 (the owner) and user 3 may see it; user 2 may not.
        QCOMPARE(as(3).put(QStringLiteral("/api/v1/events/%1/participation").arg(event), {}).status,
            200);
        QTRY_COMPARE(m_receiver->received.size(), 3 + 1 + 3);
        QCOMPARE(types(m_receiver->at("/u1")).count(QStringLiteral("participation.joined")), 2);
        QCOMPARE(types(m_receiver->at("/u2")), QStringList {QStringLiteral("event.created")});
        QCOMPARE(types(m_receiver->at("/admin")).count(QStringLiteral("participation.joined")), 2);
    }

    void deleteStopsDeliveries()
    {
        const auto [hook, secret]
            = subscribe(1, QStringLiteral("/d"), {QStringLiteral("event.created")});
        QCOMPARE(as(1).del(QStringLiteral("/api/v1/webhooks/%1").arg(hook)).status, 204);
        QCOMPARE(as(1).get(QStringLiteral("/api/v1/webhooks/%1").arg(hook)).status, 404);
        subscribe(1, QStringLiteral("/e"), {QStringLiteral("event.created")});
        createEvent(1, QStringLiteral("After"));
        QTRY_COMPARE(m_receiver->received.size(), 1);
        QCOMPARE(m_receiver->received.first().path, QByteArray("/e"));
    }

    void retryScheduleGrowsAndIsCapped()
    {
        const Feeds::WebhookDispatcherConfig config;
        QCOMPARE(Feeds::WebhookDispatcher::retryDelay(1, config, 0.5), 5000);
        QCOMPARE(Feeds::WebhookDispatcher::retryDelay(2, config, 0.5), 10000);
        QCOMPARE(Feeds::WebhookDispatcher::retryDelay(11, config, 0.5), 3600000);
        QCOMPARE(Feeds::WebhookDispatcher::retryDelay(30, config, 0.5), 3600000);
        QCOMPARE(Feeds::WebhookDispatcher::retryDelay(1, config, 0.0), 4000);
        QVERIFY(Feeds::WebhookDispatcher::retryDelay(1, config, 0.999) < 6000);
    }

    void privateDestinationsAreRefusedUnlessAllowed_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("refused");
        QTest::newRow("loopback") << QStringLiteral("http://127.0.0.1:9/") << true;
        QTest::newRow("localhost") << QStringLiteral("http://localhost/") << true;
        QTest::newRow("private") << QStringLiteral("http://192.168.1.4/") << true;
        QTest::newRow("ten") << QStringLiteral("http://10.1.2.3/") << true;
        QTest::newRow("link-local") << QStringLiteral("http://169.254.169.254/") << true;
        QTest::newRow("v6 loopback") << QStringLiteral("http://[::1]/") << true;
        QTest::newRow("v4-mapped") << QStringLiteral("http://[::ffff:127.0.0.1]/") << true;
        QTest::newRow("public") << QStringLiteral("https://93.184.215.14/") << false;
        QTest::newRow("name") << QStringLiteral("https://example.org/hook") << false;
    }

    void privateDestinationsAreRefusedUnlessAllowed()
    {
        QFETCH(QString, url);
        QFETCH(bool, refused);
        QCOMPARE(!Feeds::WebhookDispatcher::destinationError(QUrl(url), false).isEmpty(), refused);
        QVERIFY(Feeds::WebhookDispatcher::destinationError(QUrl(url), true).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWebhooksApi)
#include "tst_webhooksapi.moc"
