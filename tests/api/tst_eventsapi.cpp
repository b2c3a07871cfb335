// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The events and comments API over real HTTP: contract, permission matrix, 404/403/412/304,
// ordering, paging across inserts, filters, concurrent joins and cache invalidation.
#include "accountservice.h"
#include "apiserver.h"
#include "changehub.h"
#include "commentscontroller.h"
#include "eventjson.h"
#include "eventscontroller.h"
#include "eventservice.h"
#include "httpclient.h"
#include "openapi.h"
#include "pgdatabase.h"
#include "storeset.h"
#include "testsql.h"
#include "teststores.h"
#include "timeutil.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

#include <sqlite3.h>

using namespace Eventdesk;
using Testing::HttpClient;
using Testing::HttpReply;

namespace {

constexpr qint64 hour = 3600LL * 1000;

QString at(qint64 offsetMs)
{
    return Core::toRfc3339(Core::nowMsecs() + offsetMs);
}

QJsonObject eventBody(const QString &title, qint64 offsetMs = 24 * hour)
{
    return {{QStringLiteral("title"), title}, {QStringLiteral("description"), QStringLiteral("d")},
        {QStringLiteral("starts_at"), at(offsetMs)},
        {QStringLiteral("ends_at"), at(offsetMs + hour)},
        {QStringLiteral("location"), QStringLiteral("Town hall")}};
}

QList<qint64> ids(const HttpReply &reply)
{
    QList<qint64> result;
    const QJsonArray items = reply.json().value(QStringLiteral("items")).toArray();
    for (const auto &item : items)
        result.append(item.toObject().value(QStringLiteral("id")).toInteger());
    return result;
}

} // namespace

class TestEventsApi : public QObject
{
    Q_OBJECT

private:
    struct Account
    {
        qint64 id = 0;
        QByteArray token;
    };
    Account signup(const QString &name);
    std::unique_ptr<HttpClient> client() { return client(Account()); }
    std::unique_ptr<HttpClient> client(const Account &account);
    qint64 createEvent(const Account &owner, const QString &title, qint64 offsetMs);
    qint64 insertImported(const QString &title, qint64 offsetMs, double minPrice);

    // SQL that is the same on both backends, on the database under test.
    qint64 sql(const QByteArray &statement)
    {
        return Testing::sqlScalar(
            m_stores->stores().sqlite(), m_stores->stores().postgresql(), statement);
    }

    std::unique_ptr<Testing::TestStores> m_stores;
    std::unique_ptr<Core::ChangeHub> m_changes;
    std::unique_ptr<Core::AccountService> m_auth;
    std::unique_ptr<Core::EventService> m_events;
    std::shared_ptr<Api::EventsController> m_controller;
    std::unique_ptr<Api::ApiServer> m_server;
    Account m_alice;
    Account m_bob;

private Q_SLOTS:
    void init();
    void cleanup();
    void createReadContract();
    void validation_data();
    void validation();
    void permissionMatrix_data();
    void permissionMatrix();
    void notFound_data();
    void notFound();
    void importedEventsAreReadOnly();
    void ifMatch();
    void listETagAndNotModified();
    void ordering();
    void pagingAcrossInserts();
    void filters();
    void badQueries_data();
    void badQueries();
    void authenticationComesBeforeTheBody();
    void malformedIdsNeverReachAHandler_data();
    void malformedIdsNeverReachAHandler();
    void participationIsIdempotent();
    void pastEventCannotBeJoined();
    void concurrentJoinsAndWithdrawals();
    void cacheInvalidation();
    void commentsAndCascade();
    void everyRouteIsDocumented();
    void hostileInput_data();
    void hostileInput();
    void timestampsMatchTimeutil();
};

void TestEventsApi::init()
{
    m_stores = std::make_unique<Testing::TestStores>();
    QVERIFY(m_stores->open());
    m_changes = std::make_unique<Core::ChangeHub>();
    Core::AuthConfig config;
    config.password = Core::PasswordParams::minimum();
    m_auth = std::make_unique<Core::AccountService>(
        m_stores->stores().auth(), config, m_changes.get());
    m_events = std::make_unique<Core::EventService>(m_stores->stores().events(), *m_changes);
    Api::ApiConfig api;
    api.port = 0;
    api.databaseOnWorkers = Testing::testsOnPostgresql(); // as the application does
    m_server = std::make_unique<Api::ApiServer>(api);
    m_controller = std::make_shared<Api::EventsController>(*m_auth, *m_events);
    m_server->addController(m_controller);
    m_server->addController(std::make_shared<Api::CommentsController>(*m_auth, *m_events));
    QVERIFY(m_server->start());
    m_alice = signup(QStringLiteral("alice"));
    m_bob = signup(QStringLiteral("bob"));
}

void TestEventsApi::cleanup()
{
    m_server.reset();
    m_controller.reset();
    m_events.reset();
    m_auth.reset();
    m_changes.reset();
    m_stores.reset();
}

TestEventsApi::Account TestEventsApi::signup(const QString &name)
{
    auto session = m_auth->signup(
        name + QStringLiteral("@example.org"), QStringLiteral("correct horse battery"), name);
    if (!session)
        qFatal("signup failed: %s", qPrintable(session.error().message));
    return {session->user.id, session->token.toUtf8()};
}

std::unique_ptr<HttpClient> TestEventsApi::client(const Account &account)
{
    auto result = std::make_unique<HttpClient>(QUrl(m_server->baseUrl()));
    if (!account.token.isEmpty())
        result->setToken(account.token);
    return result;
}

qint64 TestEventsApi::createEvent(const Account &owner, const QString &title, qint64 offsetMs)
{
    Core::EventDraft draft;
    draft.title = title;
    draft.startsAt = Core::nowMsecs() + offsetMs;
    draft.description = QStringLiteral("About ") + title;
    auto created = m_events->create(owner.id, draft);
    return created ? created->id : 0;
}

qint64 TestEventsApi::insertImported(const QString &title, qint64 offsetMs, double minPrice)
{
    // What the feeds area does: rows with a source and external id and no owner.
    QByteArray quoted = title.toUtf8();
    quoted.replace('\'', "''");
    quoted = '\'' + quoted + '\'';
    const qint64 id = sql("INSERT INTO events (title, starts_at, source, external_id, min_price, "
                          "max_price, created_at, updated_at) VALUES ("
        + quoted + ", " + QByteArray::number(Core::nowMsecs() + offsetMs) + ", 'provider', "
        + quoted + ", " + QByteArray::number(minPrice) + ", " + QByteArray::number(minPrice + 10)
        + ", 0, 0) RETURNING id");
    if (id <= 0)
        return 0;
    m_changes->notify(Core::ChangeHub::Topic::Imports);
    return id;
}

void TestEventsApi::createReadContract()
{
    auto alice = client(m_alice);
    const HttpReply created
        = alice->post(QStringLiteral("/api/v1/events"), eventBody(QStringLiteral("Jazz night")));
    QCOMPARE(created.status, 201);
    const QJsonObject event = created.json();
    const qint64 id = event.value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(created.header("location"), "/api/v1/events/" + QByteArray::number(id));
    QCOMPARE(created.header("etag"), QByteArray("\"1\""));
    QCOMPARE(event.value(QStringLiteral("title")).toString(), QStringLiteral("Jazz night"));
    QCOMPARE(event.value(QStringLiteral("owner")).toString(), QStringLiteral("alice"));
    QCOMPARE(event.value(QStringLiteral("participant_count")).toInt(), 0);
    QCOMPARE(event.value(QStringLiteral("source")).toString(), QStringLiteral("local"));
    QVERIFY(event.value(QStringLiteral("min_price")).isNull());
    QVERIFY(event.value(QStringLiteral("starts_at")).toString().endsWith(u'Z'));

    auto anonymous = client();
    const HttpReply read = anonymous->get(QString::fromLatin1(created.header("location")));
    QCOMPARE(read.status, 200);
    QCOMPARE(read.header("etag"), created.header("etag"));
    QCOMPARE(read.json().value(QStringLiteral("title")), event.value(QStringLiteral("title")));
    QCOMPARE(read.json().value(QStringLiteral("joined")).toBool(), false);

    const HttpReply list = anonymous->get(QStringLiteral("/api/v1/events"));
    QCOMPARE(list.status, 200);
    QCOMPARE(list.header("content-type"), QByteArray("application/json"));
    QCOMPARE(ids(list), QList<qint64> {id});
    QVERIFY(list.json().value(QStringLiteral("next_cursor")).isNull());
    const QJsonObject item = list.json().value(QStringLiteral("items")).toArray().at(0).toObject();
    for (const char *field : {"id", "title", "description", "starts_at", "ends_at", "location",
             "owner", "participant_count", "joined", "source", "min_price", "max_price"})
        QVERIFY2(item.contains(QLatin1String(field)), field);
}

void TestEventsApi::validation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    const QByteArray start = at(hour).toLatin1();
    const QByteArray before = at(0).toLatin1();
    QTest::newRow("no title") << QByteArray("{\"starts_at\":\"" + start + "\"}") << "title";
    QTest::newRow("empty title") << QByteArray("{\"title\":\"  \",\"starts_at\":\"" + start + "\"}")
                                 << "title";
    QTest::newRow("long title") << QByteArray(
        "{\"title\":\"" + QByteArray(257, 'x') + "\",\"starts_at\":\"" + start + "\"}")
                                << "title";
    QTest::newRow("title not text")
        << QByteArray("{\"title\":5,\"starts_at\":\"" + start + "\"}") << "title";
    QTest::newRow("no start") << QByteArray("{\"title\":\"x\"}") << "starts_at";
    QTest::newRow("bad start") << QByteArray(
        "{\"title\":\"x\",\"starts_at\":\"2021-09-31T10:00:00Z\"}")
                               << "starts_at";
    QTest::newRow("ends before") << QByteArray(
        "{\"title\":\"x\",\"starts_at\":\"" + start + "\",\"ends_at\":\"" + before + "\"}")
                                 << "ends_at";
    QTest::newRow("long location") << QByteArray("{\"title\":\"x\",\"starts_at\":\"" + start
        + "\",\"location\":\"" + QByteArray(257, 'l') + "\"}")
                                   << "location";
    QTest::newRow("long description") << QByteArray("{\"title\":\"x\",\"starts_at\":\"" + start
        + "\",\"description\":\"" + QByteArray(10001, 'd') + "\"}")
                                      << "description";
}

void TestEventsApi::validation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    auto alice = client(m_alice);
    const HttpReply reply = alice->send(
        "POST", QStringLiteral("/api/v1/events"), body, {{"Content-Type", "application/json"}});
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.header("content-type"), QByteArray("application/problem+json"));
    QCOMPARE(reply.problemCode(), QStringLiteral("validation_failed"));
    const QJsonArray errors = reply.json().value(QStringLiteral("errors")).toArray();
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.at(0).toObject().value(QStringLiteral("field")).toString(), field);
    QCOMPARE(ids(alice->get(QStringLiteral("/api/v1/events"))), QList<qint64> {});

    // The same rules on PATCH, and a rejected edit changes nothing.
    const qint64 id = createEvent(m_alice, QStringLiteral("Original"), 2 * hour);
    const HttpReply patched = alice->send("PATCH", QStringLiteral("/api/v1/events/%1").arg(id),
        field == QLatin1String("starts_at") || field == QLatin1String("title")
            ? QByteArray("{\"title\":\"\"}")
            : body,
        {{"Content-Type", "application/json"}});
    QCOMPARE(patched.status, 422);
    QCOMPARE(m_events->event(id)->title, QStringLiteral("Original"));
    QCOMPARE(m_events->event(id)->version, 1);
}

void TestEventsApi::permissionMatrix_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path"); // %1 event id, %2 comment id
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("owner");
    QTest::addColumn<int>("other");
    QTest::addColumn<int>("anonymous");
    const QByteArray title = "{\"title\":\"Renamed\"}";
    const QByteArray comment = "{\"body\":\"Hello\"}";
    QTest::newRow("PATCH event") << QByteArray("PATCH") << "/api/v1/events/%1" << title << 200
                                 << 403 << 401;
    QTest::newRow("DELETE event") << QByteArray("DELETE") << "/api/v1/events/%1" << QByteArray()
                                  << 204 << 403 << 401;
    QTest::newRow("PUT participation") << QByteArray("PUT") << "/api/v1/events/%1/participation"
                                       << QByteArray() << 200 << 200 << 401;
    QTest::newRow("DELETE participation")
        << QByteArray("DELETE") << "/api/v1/events/%1/participation" << QByteArray() << 200 << 200
        << 401;
    QTest::newRow("POST comment") << QByteArray("POST") << "/api/v1/events/%1/comments" << comment
                                  << 201 << 201 << 401;
    QTest::newRow("PATCH comment")
        << QByteArray("PATCH") << "/api/v1/comments/%2" << comment << 200 << 403 << 401;
    QTest::newRow("DELETE comment")
        << QByteArray("DELETE") << "/api/v1/comments/%2" << QByteArray() << 204 << 403 << 401;
    QTest::newRow("POST event") << QByteArray("POST") << "/api/v1/events" << QByteArray() << 201
                                << 201 << 401;
}

void TestEventsApi::permissionMatrix()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, owner);
    QFETCH(int, other);
    QFETCH(int, anonymous);
    const qint64 eventId = createEvent(m_alice, QStringLiteral("Owned by alice"), 5 * hour);
    auto comment = m_events->addComment(eventId, m_alice.id, QStringLiteral("First"));
    QVERIFY(comment);
    const QString target = path.contains(QLatin1String("%2"))
        ? path.arg(comment->id)
        : (path.contains(QLatin1String("%1")) ? path.arg(eventId) : path);
    if (path == QLatin1String("/api/v1/events"))
        body = QJsonDocument(eventBody(QStringLiteral("New"))).toJson();
    const QList<QPair<QByteArray, QByteArray>> json {{"Content-Type", "application/json"}};

    // Anonymous first and the other user next: neither may change anything.
    const HttpReply none = client()->send(method, target, body, json);
    QCOMPARE(none.status, anonymous);
    QCOMPARE(none.header("content-type"), QByteArray("application/problem+json"));
    QVERIFY(!none.header("www-authenticate").isEmpty());
    const HttpReply bob = client(m_bob)->send(method, target, body, json);
    QCOMPARE(bob.status, other);
    if (other == 403) {
        QCOMPARE(bob.header("content-type"), QByteArray("application/problem+json"));
        QCOMPARE(m_events->event(eventId)->title, QStringLiteral("Owned by alice"));
        QCOMPARE(
            m_stores->stores().events().findComment(comment->id)->body, QStringLiteral("First"));
    }
    const HttpReply alice = client(m_alice)->send(method, target, body, json);
    QCOMPARE(alice.status, owner);
}

void TestEventsApi::notFound_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("GET event") << QByteArray("GET") << "/api/v1/events/999999";
    QTest::newRow("GET bad id") << QByteArray("GET") << "/api/v1/events/abc";
    QTest::newRow("PATCH event") << QByteArray("PATCH") << "/api/v1/events/999999";
    QTest::newRow("DELETE event") << QByteArray("DELETE") << "/api/v1/events/999999";
    QTest::newRow("PUT participation")
        << QByteArray("PUT") << "/api/v1/events/999999/participation";
    QTest::newRow("DELETE participation")
        << QByteArray("DELETE") << "/api/v1/events/999999/participation";
    QTest::newRow("GET comments") << QByteArray("GET") << "/api/v1/events/999999/comments";
    QTest::newRow("POST comment") << QByteArray("POST") << "/api/v1/events/999999/comments";
    QTest::newRow("PATCH comment") << QByteArray("PATCH") << "/api/v1/comments/999999";
    QTest::newRow("DELETE comment") << QByteArray("DELETE") << "/api/v1/comments/999999";
}

void TestEventsApi::notFound()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const HttpReply reply = client(m_alice)->send(
        method, path, "{\"body\":\"x\",\"title\":\"x\"}", {{"Content-Type", "application/json"}});
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.header("content-type"), QByteArray("application/problem+json"));
    QCOMPARE(reply.problemCode(), QStringLiteral("not_found"));
}

void TestEventsApi::importedEventsAreReadOnly()
{
    const qint64 id = insertImported(QStringLiteral("Imported concert"), 3 * hour, 12.5);
    QVERIFY(id > 0);
    auto alice = client(m_alice);
    const HttpReply read = alice->get(QStringLiteral("/api/v1/events/%1").arg(id));
    QCOMPARE(read.status, 200);
    QVERIFY(read.json().value(QStringLiteral("owner")).isNull());
    QCOMPARE(read.json().value(QStringLiteral("min_price")).toDouble(), 12.5);
    QCOMPARE(read.json().value(QStringLiteral("max_price")).toDouble(), 22.5);
    QCOMPARE(read.json().value(QStringLiteral("source")).toString(), QStringLiteral("provider"));
    const HttpReply edit = alice->patch(QStringLiteral("/api/v1/events/%1").arg(id),
        {{QStringLiteral("title"), QStringLiteral("Mine")}});
    QCOMPARE(edit.status, 403);
    QCOMPARE(edit.problemCode(), QStringLiteral("imported_event"));
    QCOMPARE(alice->del(QStringLiteral("/api/v1/events/%1").arg(id)).status, 403);
    // Joining an imported event is fine.
    QCOMPARE(alice->put(QStringLiteral("/api/v1/events/%1/participation").arg(id), {}).status, 200);
}

void TestEventsApi::ifMatch()
{
    auto alice = client(m_alice);
    const qint64 id = createEvent(m_alice, QStringLiteral("Versioned"), 4 * hour);
    const QString path = QStringLiteral("/api/v1/events/%1").arg(id);
    const HttpReply first = alice->patch(
        path, {{QStringLiteral("title"), QStringLiteral("Two")}}, {{"If-Match", "\"1\""}});
    QCOMPARE(first.status, 200);
    QCOMPARE(first.header("etag"), QByteArray("\"2\""));
    // A client still holding version 1 loses: 412, and nothing changes.
    const HttpReply stale = alice->patch(
        path, {{QStringLiteral("title"), QStringLiteral("Lost")}}, {{"If-Match", "\"1\""}});
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.header("content-type"), QByteArray("application/problem+json"));
    QCOMPARE(stale.problemCode(), QStringLiteral("precondition_failed"));
    QCOMPARE(m_events->event(id)->title, QStringLiteral("Two"));
    QCOMPARE(alice
                 ->patch(path, {{QStringLiteral("title"), QStringLiteral("x")}},
                     {{"If-Match", "garbage"}})
                 .status,
        412);
    QCOMPARE(alice
                 ->patch(path, {{QStringLiteral("title"), QStringLiteral("Three")}},
                     {{"If-Match", "\"9\", \"2\""}})
                 .status,
        200);
    QCOMPARE(
        alice->patch(path, {{QStringLiteral("ends_at"), QJsonValue::Null}}, {{"If-Match", "*"}})
            .status,
        200);
    QCOMPARE(alice->del(path, {{"If-Match", "\"1\""}}).status, 412);
    QVERIFY(m_events->event(id));
    const QByteArray etag = alice->get(path).header("etag");
    QCOMPARE(etag, QByteArray("\"4\""));
    QCOMPARE(alice->del(path, {{"If-Match", etag}}).status, 204);
    QCOMPARE(alice->get(path).status, 404);
}

void TestEventsApi::listETagAndNotModified()
{
    createEvent(m_alice, QStringLiteral("One"), hour);
    auto bob = client(m_bob);
    const HttpReply first = bob->get(QStringLiteral("/api/v1/events"));
    QCOMPARE(first.status, 200);
    const QByteArray etag = first.header("etag");
    QVERIFY(etag.startsWith('"'));
    const HttpReply again = bob->get(QStringLiteral("/api/v1/events"), {{"If-None-Match", etag}});
    QCOMPARE(again.status, 304);
    QVERIFY(again.body.isEmpty());
    QCOMPARE(again.header("etag"), etag);
    createEvent(m_alice, QStringLiteral("Two"), 2 * hour);
    const HttpReply changed = bob->get(QStringLiteral("/api/v1/events"), {{"If-None-Match", etag}});
    QCOMPARE(changed.status, 200);
    QVERIFY(changed.header("etag") != etag);
    QCOMPARE(ids(changed).size(), 2);
}

void TestEventsApi::ordering()
{
    const qint64 past2 = createEvent(m_alice, QStringLiteral("Two days ago"), -48 * hour);
    const qint64 soon = createEvent(m_alice, QStringLiteral("Soon"), hour);
    const qint64 past1 = createEvent(m_alice, QStringLiteral("Yesterday"), -24 * hour);
    const qint64 later = createEvent(m_bob, QStringLiteral("Later"), 72 * hour);
    const qint64 tomorrow = createEvent(m_bob, QStringLiteral("Tomorrow"), 24 * hour);
    const HttpReply list = client()->get(QStringLiteral("/api/v1/events"));
    QCOMPARE(ids(list), (QList<qint64> {soon, tomorrow, later, past1, past2}));
    // The same order page by page.
    QList<qint64> paged;
    QString cursor;
    do {
        const HttpReply page = client()->get(QStringLiteral("/api/v1/events?limit=2")
            + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
        QCOMPARE(page.status, 200);
        paged += ids(page);
        cursor = page.json().value(QStringLiteral("next_cursor")).toString();
    } while (!cursor.isEmpty());
    QCOMPARE(paged, (QList<qint64> {soon, tomorrow, later, past1, past2}));
}

void TestEventsApi::pagingAcrossInserts()
{
    QList<qint64> original;
    for (int i = 0; i < 40; ++i)
        original.append(
            createEvent(m_alice, QStringLiteral("E%1").arg(i), (i - 20) * hour + 60000));
    auto bob = client(m_bob);
    QList<qint64> seen;
    QString cursor;
    int round = 0;
    do {
        const HttpReply page = bob->get(QStringLiteral("/api/v1/events?limit=7")
            + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
        QCOMPARE(page.status, 200);
        seen += ids(page);
        cursor = page.json().value(QStringLiteral("next_cursor")).toString();
        // Rows arrive while paging: before, inside and after the part already read.
        createEvent(m_bob, QStringLiteral("Inserted early %1").arg(round), 30000 + round);
        createEvent(m_bob, QStringLiteral("Inserted late %1").arg(round), 200 * hour + round);
        createEvent(m_bob, QStringLiteral("Inserted past %1").arg(round), -300 * hour - round);
        ++round;
    } while (!cursor.isEmpty() && round < 100);
    const QSet<qint64> unique(seen.cbegin(), seen.cend());
    QCOMPARE(unique.size(), seen.size()); // no duplicates
    for (qint64 id : std::as_const(original))
        QVERIFY2(unique.contains(id), qPrintable(QString::number(id))); // no skips
    // Garbage cursors are refused, not crashed on.
    for (const QString &bad :
        {QStringLiteral("xyz"), QStringLiteral("!!!"), QStringLiteral("MXwy")}) {
        const HttpReply reply = bob->get(QStringLiteral("/api/v1/events?cursor=") + bad);
        QCOMPARE(reply.status, 400); // a cursor of another list is a query mistake
        QCOMPARE(reply.problemCode(), QStringLiteral("invalid_query"));
    }
}

void TestEventsApi::filters()
{
    const qint64 jazz = createEvent(m_alice, QStringLiteral("Jazz night"), 10 * hour);
    const qint64 chess = createEvent(m_bob, QStringLiteral("Chess club"), 20 * hour);
    const qint64 oldJazz = createEvent(m_bob, QStringLiteral("Old session"), -20 * hour);
    const qint64 imported = insertImported(QStringLiteral("Imported jazz"), 30 * hour, 5);
    {
        // Description search: oldJazz's description says "About Old session": update it.
        Core::EventDraft draft = Core::EventDraft::from(*m_events->event(oldJazz));
        draft.description = QStringLiteral("Smooth JAZZ and blues");
        QVERIFY(m_events->update(oldJazz, m_bob.id, draft));
    }
    QVERIFY(m_events->join(chess, m_alice.id));
    auto alice = client(m_alice);
    auto enc
        = [](const QString &text) { return QString::fromLatin1(QUrl::toPercentEncoding(text)); };
    auto get = [&](const QString &query) {
        return ids(alice->get(QStringLiteral("/api/v1/events?") + query));
    };
    QCOMPARE(get(QStringLiteral("q=jazz")), (QList<qint64> {jazz, imported, oldJazz}));
    QCOMPARE(get(QStringLiteral("q=ja")), (QList<qint64> {jazz, imported, oldJazz}));
    QCOMPARE(get(QStringLiteral("q=jazz%20night")), QList<qint64> {jazz});
    QCOMPARE(get(QStringLiteral("q=%22%22%22")), QList<qint64> {});
    QCOMPARE(get(QStringLiteral("q=nothing-like-this")), QList<qint64> {});
    QCOMPARE(get(QStringLiteral("mine=true")), QList<qint64> {jazz});
    QCOMPARE(get(QStringLiteral("joined=true")), QList<qint64> {chess});
    QCOMPARE(get(QStringLiteral("source=provider")), QList<qint64> {imported});
    QCOMPARE(
        get(QStringLiteral("source=local&mine=false")), (QList<qint64> {jazz, chess, oldJazz}));
    QCOMPARE(get(QStringLiteral("from=") + enc(at(15 * hour))), (QList<qint64> {chess, imported}));
    QCOMPARE(get(QStringLiteral("to=") + enc(at(15 * hour))), (QList<qint64> {jazz, oldJazz}));
    QCOMPARE(get(QStringLiteral("from=") + enc(at(5 * hour)) + QStringLiteral("&to=")
                 + enc(at(25 * hour))),
        (QList<qint64> {jazz, chess}));
    const HttpReply list = alice->get(QStringLiteral("/api/v1/events?joined=1"));
    QCOMPARE(list.json()
                 .value(QStringLiteral("items"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("joined"))
                 .toBool(),
        true);
    QCOMPARE(list.json()
                 .value(QStringLiteral("items"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("participant_count"))
                 .toInt(),
        1);
    // mine/joined need to know who asks.
    const HttpReply anonymous = client()->get(QStringLiteral("/api/v1/events?mine=true"));
    QCOMPARE(anonymous.status, 401);
}

void TestEventsApi::badQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::newRow("limit 0") << "limit=0" << 400;
    QTest::newRow("limit 501") << "limit=501" << 400;
    QTest::newRow("limit text") << "limit=ten" << 400;
    QTest::newRow("from bad") << "from=yesterday" << 400;
    QTest::newRow("to before from") << "from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z" << 400;
    QTest::newRow("mine maybe") << "mine=maybe" << 400;
    QTest::newRow("long q") << QStringLiteral("q=") + QString(300, u'a') << 400;
    QTest::newRow("unknown parameter") << "colour=red" << 400;
    QTest::newRow("limit 500") << "limit=500" << 200;
    QTest::newRow("fts syntax") << "q=a%20OR%20NEAR(b)%20*%20%22" << 200;
}

// The pipeline checks credentials before it reads the query or the body: an anonymous caller
// gets 401 whatever else is wrong, and the body's media type and syntax only count after that.
void TestEventsApi::authenticationComesBeforeTheBody()
{
    const QString path = QStringLiteral("/api/v1/events");
    const HttpReply broken
        = client()->send("POST", path, "{not json", {{"Content-Type", "text/plain"}});
    QCOMPARE(broken.status, 401);
    QCOMPARE(broken.json().value(u"code").toString(), QStringLiteral("missing_token"));
    QVERIFY(!broken.header("www-authenticate").isEmpty());
    auto wrong = client();
    wrong->setToken("edk_wrong");
    QCOMPARE(
        wrong->send("POST", path, "{not json", {{"Content-Type", "application/json"}}).status, 401);
    const HttpReply media
        = client(m_alice)->send("POST", path, "{}", {{"Content-Type", "text/plain"}});
    QCOMPARE(media.status, 415);
    const HttpReply syntax
        = client(m_alice)->send("POST", path, "{not json", {{"Content-Type", "application/json"}});
    QCOMPARE(syntax.status, 400);
    QCOMPARE(syntax.json().value(u"code").toString(), QStringLiteral("malformed_json"));
    const HttpReply array
        = client(m_alice)->send("POST", path, "[]", {{"Content-Type", "application/json"}});
    QCOMPARE(array.status, 400);
    QCOMPARE(array.json().value(u"code").toString(), QStringLiteral("invalid_body"));
    QCOMPARE(m_events->list({}, {})->items.size(), 0); // nothing was created
}

void TestEventsApi::malformedIdsNeverReachAHandler_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("text") << QByteArray("GET") << "/api/v1/events/abc";
    QTest::newRow("zero") << QByteArray("DELETE") << "/api/v1/events/0";
    QTest::newRow("negative") << QByteArray("PUT") << "/api/v1/events/-3/participation";
    QTest::newRow("plus") << QByteArray("GET") << "/api/v1/events/+3";
    QTest::newRow("leading zero") << QByteArray("GET") << "/api/v1/events/03";
    QTest::newRow("over int64") << QByteArray("GET") << "/api/v1/events/9223372036854775808";
    QTest::newRow("fraction") << QByteArray("PATCH") << "/api/v1/comments/1.5";
    QTest::newRow("comments of text") << QByteArray("GET") << "/api/v1/events/x/comments";
}

// One answer for every malformed id on every route, before authentication (it is no route).
void TestEventsApi::malformedIdsNeverReachAHandler()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    for (const Account &account : {Account(), m_alice}) {
        const HttpReply reply
            = client(account)->send(method, path, "{}", {{"Content-Type", "application/json"}});
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.json().value(u"code").toString(), QStringLiteral("not_found"));
        QCOMPARE(reply.json().value(u"detail").toString(),
            QStringLiteral("There is no resource at %1.").arg(path));
    }
}

void TestEventsApi::badQueries()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    const HttpReply reply = client(m_alice)->get(QStringLiteral("/api/v1/events?") + query);
    QCOMPARE(reply.status, status);
    if (status != 200)
        QCOMPARE(reply.header("content-type"), QByteArray("application/problem+json"));
    // A wrong token is 401, never silently anonymous.
    auto wrong = client();
    wrong->setToken("edk_wrong");
    QCOMPARE(wrong->get(QStringLiteral("/api/v1/events")).status, 401);
}

void TestEventsApi::participationIsIdempotent()
{
    const qint64 id = createEvent(m_alice, QStringLiteral("Party"), hour);
    auto bob = client(m_bob);
    const QString path = QStringLiteral("/api/v1/events/%1/participation").arg(id);
    for (int i = 0; i < 3; ++i) {
        const HttpReply joined = bob->put(path, {});
        QCOMPARE(joined.status, 200);
        QCOMPARE(joined.json().value(QStringLiteral("joined")).toBool(), true);
        QCOMPARE(joined.json().value(QStringLiteral("participant_count")).toInt(), 1);
    }
    QCOMPARE(bob->get(QStringLiteral("/api/v1/events/%1").arg(id))
                 .json()
                 .value(QStringLiteral("joined"))
                 .toBool(),
        true);
    for (int i = 0; i < 2; ++i) {
        const HttpReply left = bob->del(path);
        QCOMPARE(left.status, 200);
        QCOMPARE(left.json().value(QStringLiteral("joined")).toBool(), false);
        QCOMPARE(left.json().value(QStringLiteral("participant_count")).toInt(), 0);
    }
}

void TestEventsApi::pastEventCannotBeJoined()
{
    // Ended two days ago (no end: it lasts until the end of its day).
    const qint64 id = createEvent(m_alice, QStringLiteral("Last week's party"), -50 * hour);
    auto bob = client(m_bob);
    const QString path = QStringLiteral("/api/v1/events/%1/participation").arg(id);
    const HttpReply refused = bob->put(path, {});
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.header("content-type"), QByteArray("application/problem+json"));
    QCOMPARE(refused.problemCode(), QStringLiteral("event_ended"));
    const HttpReply read = bob->get(QStringLiteral("/api/v1/events/%1").arg(id));
    QCOMPARE(read.json().value(QStringLiteral("participant_count")).toInt(), 0);
    QCOMPARE(read.json().value(QStringLiteral("joined")).toBool(), false);
    // Withdrawing stays possible (it changes nothing here).
    QCOMPARE(bob->del(path).status, 200);
}

namespace {

// One client on its own thread with its own QNetworkAccessManager.
class Joiner : public QThread
{
public:
    Joiner(QString baseUrl, QByteArray token, QString path, int rounds, bool endJoined)
        : m_baseUrl(std::move(baseUrl))
        , m_token(std::move(token))
        , m_path(std::move(path))
        , m_rounds(rounds)
        , m_endJoined(endJoined)
    { }
    int failures = 0;

protected:
    void run() override
    {
        HttpClient client {QUrl(m_baseUrl)};
        client.setToken(m_token);
        for (int i = 0; i <= m_rounds; ++i) {
            const bool join = i == m_rounds ? m_endJoined : i % 2 == 0;
            const HttpReply reply = join ? client.put(m_path, {}) : client.del(m_path);
            if (reply.status != 200)
                ++failures;
        }
    }

private:
    QString m_baseUrl;
    QByteArray m_token;
    QString m_path;
    int m_rounds;
    bool m_endJoined;
};

} // namespace

void TestEventsApi::concurrentJoinsAndWithdrawals()
{
    const qint64 id = createEvent(m_alice, QStringLiteral("Crowded"), hour);
    const QString path = QStringLiteral("/api/v1/events/%1/participation").arg(id);
    QList<Account> accounts;
    for (int i = 0; i < 12; ++i)
        accounts.append(signup(QStringLiteral("crowd%1").arg(i)));
    std::vector<std::unique_ptr<Joiner>> threads;
    int expectedJoined = 0;
    for (int i = 0; i < accounts.size(); ++i) {
        const bool endJoined = i % 3 != 0;
        expectedJoined += endJoined ? 1 : 0;
        threads.push_back(std::make_unique<Joiner>(
            m_server->baseUrl(), accounts.at(i).token, path, 15, endJoined));
    }
    // Meanwhile the window's thread (this one) writes too.
    for (auto &thread : threads)
        thread->start();
    for (int i = 0; i < 20; ++i)
        QVERIFY(i % 2 == 0 ? bool(m_events->join(id, m_bob.id))
                           : bool(m_events->withdraw(id, m_bob.id)));
    for (auto &thread : threads)
        QVERIFY(thread->wait(120000));
    for (auto &thread : threads)
        QCOMPARE(thread->failures, 0);
    const qint64 actual
        = sql("SELECT count(*) FROM participants WHERE event_id = " + QByteArray::number(id));
    QCOMPARE(actual, qint64(expectedJoined));
    QCOMPARE(m_events->event(id)->participantCount, actual);
    const HttpReply read = client()->get(QStringLiteral("/api/v1/events/%1").arg(id));
    QCOMPARE(read.json().value(QStringLiteral("participant_count")).toInteger(), actual);
}

void TestEventsApi::cacheInvalidation()
{
    const qint64 id = createEvent(m_alice, QStringLiteral("Cached"), hour);
    auto bob = client(m_bob);
    auto count = [&] {
        return bob->get(QStringLiteral("/api/v1/events"))
            .json()
            .value(QStringLiteral("items"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("participant_count"))
            .toInt();
    };
    QCOMPARE(count(), 0);
    const quint64 hitsBefore = m_controller->cacheHits();
    QCOMPARE(count(), 0);
    QCOMPARE(m_controller->cacheHits(), hitsBefore + 1); // served from the cache
    // A write through the API is in the very next list.
    QCOMPARE(bob->put(QStringLiteral("/api/v1/events/%1/participation").arg(id), {}).status, 200);
    QCOMPARE(count(), 1);
    // A write through the service (the window) too.
    QVERIFY(m_events->join(id, m_alice.id));
    QCOMPARE(count(), 2);
    Core::EventDraft draft = Core::EventDraft::from(*m_events->event(id));
    draft.title = QStringLiteral("Renamed");
    QVERIFY(m_events->update(id, m_alice.id, draft));
    QCOMPARE(bob->get(QStringLiteral("/api/v1/events"))
                 .json()
                 .value(QStringLiteral("items"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("title"))
                 .toString(),
        QStringLiteral("Renamed"));
    // And a feed import that announces itself on the ChangeHub.
    const qint64 imported = insertImported(QStringLiteral("Very soon"), 60000, 1);
    QCOMPARE(ids(bob->get(QStringLiteral("/api/v1/events"))).constFirst(), imported);
    QVERIFY(m_events->remove(id, m_alice.id));
    QCOMPARE(ids(bob->get(QStringLiteral("/api/v1/events"))), QList<qint64> {imported});
    // And a commit by another process (`eventdesk import` while the server runs), which no
    // ChangeHub announces: a second connection of its own, on its own thread, as another
    // process would have.
    QCOMPARE(ids(bob->get(QStringLiteral("/api/v1/events"))), QList<qint64> {imported});
    const quint64 hitsBeforeOther = m_controller->cacheHits();
    QCOMPARE(ids(bob->get(QStringLiteral("/api/v1/events"))), QList<qint64> {imported});
    QCOMPARE(m_controller->cacheHits(), hitsBeforeOther + 1);
    bool written = false;
    QThread *other = QThread::create([&] {
        if (m_stores->onPostgresql()) {
            // Another server process on the same PostgreSQL database: its own connection.
            PGconn *db = PQconnectdb(m_stores->scratch->conninfo().toUtf8().constData());
            written = PQstatus(db) == CONNECTION_OK
                && PgStorage::pgExecScript(db, "DELETE FROM events");
            PQfinish(db);
            return;
        }
        sqlite3 *db = nullptr;
        const QByteArray path = QFile::encodeName(m_stores->stores().sqlite()->path());
        if (sqlite3_open(path.constData(), &db) == SQLITE_OK) {
            sqlite3_busy_timeout(db, 5000);
            written
                = sqlite3_exec(db, "DELETE FROM events", nullptr, nullptr, nullptr) == SQLITE_OK;
        }
        sqlite3_close(db);
    });
    other->start();
    QVERIFY(other->wait(10000));
    delete other;
    QVERIFY(written);
    QCOMPARE(ids(bob->get(QStringLiteral("/api/v1/events"))), QList<qint64> {});
}

void TestEventsApi::commentsAndCascade()
{
    const qint64 id = createEvent(m_alice, QStringLiteral("Talk"), hour);
    auto alice = client(m_alice);
    auto bob = client(m_bob);
    const QString path = QStringLiteral("/api/v1/events/%1/comments").arg(id);
    const HttpReply posted
        = bob->post(path, {{QStringLiteral("body"), QStringLiteral("Count me in")}});
    QCOMPARE(posted.status, 201);
    const qint64 commentId = posted.json().value(QStringLiteral("id")).toInteger();
    QCOMPARE(posted.header("location"), "/api/v1/comments/" + QByteArray::number(commentId));
    QCOMPARE(posted.json().value(QStringLiteral("author")).toString(), QStringLiteral("bob"));
    for (int i = 0; i < 4; ++i)
        QCOMPARE(
            alice->post(path, {{QStringLiteral("body"), QStringLiteral("Reply %1").arg(i)}}).status,
            201);
    QCOMPARE(bob->post(path, {{QStringLiteral("body"), QStringLiteral("   ")}}).status, 422);
    QCOMPARE(bob->post(path, {{QStringLiteral("body"), 5}}).status, 422);
    QCOMPARE(bob->post(path, {{QStringLiteral("body"), QString(4001, u'x')}}).status, 422);
    const HttpReply edited = bob->patch(QStringLiteral("/api/v1/comments/%1").arg(commentId),
        {{QStringLiteral("body"), QStringLiteral("Edited")}});
    QCOMPARE(edited.status, 200);
    QCOMPARE(edited.json().value(QStringLiteral("body")).toString(), QStringLiteral("Edited"));
    // Paging, oldest first.
    QList<QString> bodies;
    QString cursor;
    do {
        const HttpReply page = client()->get(path + QStringLiteral("?limit=2")
            + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
        QCOMPARE(page.status, 200);
        for (const auto &item : page.json().value(QStringLiteral("items")).toArray())
            bodies.append(item.toObject().value(QStringLiteral("body")).toString());
        cursor = page.json().value(QStringLiteral("next_cursor")).toString();
    } while (!cursor.isEmpty());
    QCOMPARE(bodies,
        (QList<QString> {QStringLiteral("Edited"), QStringLiteral("Reply 0"),
            QStringLiteral("Reply 1"), QStringLiteral("Reply 2"), QStringLiteral("Reply 3")}));
    QCOMPARE(client()->get(path + QStringLiteral("?cursor=zz")).status, 400);
    const HttpReply listed = client()->get(path);
    QVERIFY(!listed.header("etag").isEmpty());
    QCOMPARE(client()->get(path, {{"If-None-Match", listed.header("etag")}}).status, 304);

    QVERIFY(m_events->join(id, m_bob.id));
    QCOMPARE(alice->del(QStringLiteral("/api/v1/events/%1").arg(id)).status, 204);
    QCOMPARE(sql("SELECT count(*) FROM comments WHERE event_id = " + QByteArray::number(id)), 0);
    QCOMPARE(
        sql("SELECT count(*) FROM participants WHERE event_id = " + QByteArray::number(id)), 0);
    QCOMPARE(bob->patch(QStringLiteral("/api/v1/comments/%1").arg(commentId),
                    {{QStringLiteral("body"), QStringLiteral("x")}})
                 .status,
        404);
}

void TestEventsApi::everyRouteIsDocumented()
{
    const QStringList documented
        = Api::documentedOperations(Api::openApiDocument(QStringLiteral("test")));
    int checked = 0;
    for (const Api::Route &route : m_server->router().routes()) {
        if (!route.pattern.contains(QLatin1String("/events"))
            && !route.pattern.contains(QLatin1String("/comments")))
            continue;
        const QString operation
            = QString::fromLatin1(Api::methodName(route.method)) + u' ' + route.pattern;
        QVERIFY2(documented.contains(operation), qPrintable(operation));
        ++checked;
    }
    QCOMPARE(checked, 11);
}

void TestEventsApi::hostileInput_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("array body") << QByteArray("POST") << "/api/v1/events" << QByteArray("[]")
                                << 400;
    QTest::newRow("null body") << QByteArray("POST") << "/api/v1/events" << QByteArray("null")
                               << 400;
    QTest::newRow("object title") << QByteArray("POST") << "/api/v1/events"
                                  << QByteArray("{\"title\":{\"a\":1},\"starts_at\":[]}") << 422;
    QTest::newRow("number time") << QByteArray("POST") << "/api/v1/events"
                                 << QByteArray("{\"title\":\"x\",\"starts_at\":1e308}") << 422;
    QTest::newRow("year 0") << QByteArray("POST") << "/api/v1/events"
                            << QByteArray(
                                   "{\"title\":\"x\",\"starts_at\":\"0000-01-01T00:00:00Z\"}")
                            << 422;
    QTest::newRow("nul in title")
        << QByteArray("POST") << "/api/v1/events"
        << QByteArray("{\"title\":\"a\\u0000b\",\"starts_at\":\"2030-01-01T00:00:00Z\"}") << 201;
    QTest::newRow("patch array") << QByteArray("PATCH") << "/api/v1/events/%1" << QByteArray("[1]")
                                 << 400;
    QTest::newRow("huge id") << QByteArray("GET") << "/api/v1/events/99999999999999999999999"
                             << QByteArray() << 404;
    QTest::newRow("negative id") << QByteArray("GET") << "/api/v1/events/-1" << QByteArray() << 404;
    QTest::newRow("zero id") << QByteArray("DELETE") << "/api/v1/events/0" << QByteArray() << 404;
    QTest::newRow("limit negative")
        << QByteArray("GET") << "/api/v1/events?limit=-5" << QByteArray() << 400;
    QTest::newRow("cursor nul") << QByteArray("GET") << "/api/v1/events?cursor=%00" << QByteArray()
                                << 400;
    QTest::newRow("q bad utf8") << QByteArray("GET") << "/api/v1/events?q=%FF%FE" << QByteArray()
                                << 200;
    QTest::newRow("q fts operators")
        << QByteArray("GET") << "/api/v1/events?q=NOT%20AND%20(%22" << QByteArray() << 200;
    QTest::newRow("comment cursor")
        << QByteArray("GET") << "/api/v1/events/%1/comments?cursor=YzF8eHx5" << QByteArray() << 400;
    QTest::newRow("comment limit")
        << QByteArray("GET") << "/api/v1/events/%1/comments?limit=0" << QByteArray() << 400;
    QTest::newRow("text body") << QByteArray("POST") << "/api/v1/events/%1/comments"
                               << QByteArray("\"hi\"") << 400;
}

void TestEventsApi::hostileInput()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const qint64 id = createEvent(m_alice, QStringLiteral("Target"), hour);
    const QString target = path.contains(QLatin1String("%1")) ? path.arg(id) : path;
    const HttpReply reply
        = client(m_alice)->send(method, target, body, {{"Content-Type", "application/json"}});
    QCOMPARE(reply.status, status);
    if (status >= 400) {
        QCOMPARE(reply.header("content-type"), QByteArray("application/problem+json"));
        QVERIFY(!reply.problemCode().isEmpty());
    }
    // Still serving, and the target is unchanged.
    QCOMPARE(client()
                 ->get(QStringLiteral("/api/v1/events/%1").arg(id))
                 .json()
                 .value(QStringLiteral("title"))
                 .toString(),
        QStringLiteral("Target"));
}

void TestEventsApi::timestampsMatchTimeutil()
{
    // The JSON encoder's own formatter writes what Core::toRfc3339 writes.
    QList<qint64> values {0, 1, -1, 999, 86399999, 86400000, -86400000, 951782400000, 951868799999,
        4107542399999, 1795454814787, -62135596800000LL, 253402300799999LL, -62135596800001LL,
        253402300800000LL};
    quint64 state = 88172645463325252ULL;
    for (int i = 0; i < 20000; ++i) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        values.append(qint64(state % 253402300800000ULL) - 62135596800000LL / 2);
    }
    for (qint64 value : std::as_const(values)) {
        QByteArray ours;
        Api::appendTimestamp(ours, value);
        const QByteArray expected = '"' + Core::toRfc3339(value).toLatin1() + '"';
        QVERIFY2(ours == expected,
            qPrintable(QString::number(value) + u' ' + QString::fromLatin1(ours) + u' '
                + QString::fromLatin1(expected)));
    }
}

QTEST_GUILESS_MAIN(TestEventsApi)
#include "tst_eventsapi.moc"
