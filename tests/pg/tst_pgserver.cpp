// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Several eventdesk processes on one PostgreSQL database, over real HTTP (issue 13): they behave
// as one server; `eventdesk migrate` copies a SQLite database; the loss of one process or a
// restart of PostgreSQL loses no acknowledged write.
#include "eventdeskprocess.h"
#include "httpclient.h"
#include "pgdatabase.h"
#include "pgscratch.h"
#include "pgstatement.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Eventdesk;
using Testing::HttpClient;
using Testing::HttpReply;
using Testing::Running;

namespace {

const QString binary = QStringLiteral(EVENTDESK_BINARY);
const QString password = QStringLiteral("correct horse battery");

using Headers = QList<QPair<QByteArray, QByteArray>>;

Headers bearer(const QByteArray &token)
{
    return {{"Authorization", "Bearer " + token}};
}

// One headless eventdesk on `database`, with open registration, on a free port.
struct Server
{
    std::unique_ptr<Running> process;
    std::unique_ptr<HttpClient> client;
    QString url;

    explicit Server(const QString &database)
    {
        process = std::make_unique<Running>(binary,
            QStringList {QStringLiteral("--headless"), QStringLiteral("--port"),
                QStringLiteral("0"), QStringLiteral("--database"), database,
                QStringLiteral("--registration"), QStringLiteral("open")});
        url = process->waitForUrl();
        if (!url.isEmpty())
            client = std::make_unique<HttpClient>(QUrl(url));
    }
    bool up() const { return client != nullptr; }
    QString log() const { return process->out + process->err; }
};

QByteArray signup(HttpClient &client, const QString &email)
{
    const HttpReply reply = client.post(QStringLiteral("/api/v1/auth/signup"),
        {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
    return reply.json().value(QStringLiteral("token")).toString().toLatin1();
}

QJsonObject trackedEvent(const QString &eventId)
{
    return {{QStringLiteral("session_id"), QStringLiteral("s-1")},
        {QStringLiteral("category"), QStringLiteral("page interaction")},
        {QStringLiteral("name"), QStringLiteral("pageview")},
        {QStringLiteral("data"),
            QJsonObject {{QStringLiteral("host"), QStringLiteral("shop.example")},
                {QStringLiteral("path"), QStringLiteral("/")}}},
        {QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("event_id"), eventId}};
}

// How many tracked events `app` has, read through `client` (all pages).
int trackedCount(HttpClient &client, const QByteArray &token, qint64 app)
{
    int count = 0;
    QString cursor;
    for (;;) {
        QString path = QStringLiteral("/api/v1/track/events?limit=500&app=%1").arg(app);
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + cursor;
        const HttpReply reply = client.get(path, bearer(token));
        if (reply.status != 200)
            return -1;
        const QJsonObject page = reply.json();
        count += page.value(QStringLiteral("items")).toArray().size();
        cursor = page.value(QStringLiteral("next_cursor")).toString();
        if (cursor.isEmpty())
            return count;
    }
}

} // namespace

class TestPgServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Sign up on one, log in on the other; a write on one is seen at once on the other (list,
    // ETag, text search); the same event_id posted to both is stored once.
    void twoProcessesAreOneServer()
    {
        Testing::PgScratchDatabase scratch;
        Server a(scratch.uri());
        QVERIFY2(a.up(), qPrintable(a.log()));
        Server b(scratch.uri());
        QVERIFY2(b.up(), qPrintable(b.log()));

        const QByteArray token = signup(*a.client, QStringLiteral("ann@example.org"));
        QVERIFY(!token.isEmpty());
        const HttpReply login = b.client->post(QStringLiteral("/api/v1/auth/login"),
            {{QStringLiteral("email"), QStringLiteral("ann@example.org")},
                {QStringLiteral("password"), password}});
        QCOMPARE(login.status, 200);
        QCOMPARE(b.client->get(QStringLiteral("/api/v1/auth/me"), bearer(token)).status, 200);

        const HttpReply before = b.client->get(QStringLiteral("/api/v1/events"), bearer(token));
        QCOMPARE(before.status, 200);
        QCOMPARE(before.json().value(QStringLiteral("items")).toArray().size(), 0);
        const HttpReply created = a.client->post(QStringLiteral("/api/v1/events"),
            {{QStringLiteral("title"), QStringLiteral("Harbour concert")},
                {QStringLiteral("starts_at"), QStringLiteral("2027-03-01T19:00:00Z")}},
            bearer(token));
        QCOMPARE(created.status, 201);
        const HttpReply after = b.client->get(QStringLiteral("/api/v1/events"), bearer(token));
        QCOMPARE(after.status, 200);
        QCOMPARE(after.json().value(QStringLiteral("items")).toArray().size(), 1);
        QVERIFY(!after.header("etag").isEmpty());
        QVERIFY(after.header("etag") != before.header("etag"));
        const HttpReply found
            = b.client->get(QStringLiteral("/api/v1/events?q=harbour"), bearer(token));
        QCOMPARE(found.status, 200);
        QCOMPARE(found.json().value(QStringLiteral("items")).toArray().size(), 1);

        const HttpReply app = a.client->post(QStringLiteral("/api/v1/apps"),
            {{QStringLiteral("name"), QStringLiteral("Shop")}}, bearer(token));
        QCOMPARE(app.status, 201);
        const qint64 appId = app.json().value(QStringLiteral("id")).toInteger();
        const QByteArray key = app.json().value(QStringLiteral("key")).toString().toLatin1();
        const HttpReply first = a.client->post(
            QStringLiteral("/api/v1/track"), trackedEvent(QStringLiteral("once")), bearer(key));
        QCOMPARE(first.status, 202);
        QVERIFY2(
            first.json().value(QStringLiteral("accepted")).toInt() == 1, first.body.constData());
        const HttpReply again = b.client->post(
            QStringLiteral("/api/v1/track"), trackedEvent(QStringLiteral("once")), bearer(key));
        QCOMPARE(again.status, 202);
        QCOMPARE(again.json().value(QStringLiteral("duplicates")).toInt(), 1);
        QCOMPARE(trackedCount(*b.client, token, appId), 1);
        QCOMPARE(trackedCount(*a.client, token, appId), 1);

        // A key revoked through A is refused by B at once (B had it cached).
        QCOMPARE(
            a.client->del(QStringLiteral("/api/v1/apps/%1").arg(appId), bearer(token)).status, 204);
        const HttpReply revoked = b.client->post(
            QStringLiteral("/api/v1/track"), trackedEvent(QStringLiteral("late")), bearer(key));
        QCOMPARE(revoked.status, 401);
    }

    // kill -9 one of two processes while a client writes through both: the client moves to
    // the other, which keeps serving, and every acknowledged event is there.
    void killOneOfTwo()
    {
        Testing::PgScratchDatabase scratch;
        Server a(scratch.uri());
        QVERIFY2(a.up(), qPrintable(a.log()));
        Server b(scratch.uri());
        QVERIFY2(b.up(), qPrintable(b.log()));
        const QByteArray token = signup(*a.client, QStringLiteral("ann@example.org"));
        const HttpReply app = a.client->post(QStringLiteral("/api/v1/apps"),
            {{QStringLiteral("name"), QStringLiteral("Shop")}}, bearer(token));
        QCOMPARE(app.status, 201);
        const qint64 appId = app.json().value(QStringLiteral("id")).toInteger();
        const QByteArray key = app.json().value(QStringLiteral("key")).toString().toLatin1();

        int acknowledged = 0;
        bool aAlive = true;
        for (int i = 0; i < 200; ++i) {
            if (i == 100) {
                a.process->signal(SIGKILL);
                QVERIFY(a.process->waitForFinished());
                aAlive = false;
            }
            const QString id = QStringLiteral("e-%1").arg(i);
            HttpClient &target = (aAlive && i % 2 == 0) ? *a.client : *b.client;
            HttpReply reply
                = target.post(QStringLiteral("/api/v1/track"), trackedEvent(id), bearer(key));
            if (reply.status != 202) // as a client would: the same event to the other
                reply = b.client->post(
                    QStringLiteral("/api/v1/track"), trackedEvent(id), bearer(key));
            QCOMPARE(reply.status, 202);
            ++acknowledged;
        }
        QCOMPARE(acknowledged, 200);
        QCOMPARE(trackedCount(*b.client, token, appId), 200);
    }

    // PostgreSQL restarts under a running server: meanwhile clients get 503 with Retry-After,
    // nothing crashes, and service resumes by itself.
    void databaseRestart()
    {
        QTemporaryDir state;
        const QString cluster = QStringLiteral(EVENTDESK_CLUSTER_SCRIPT);
        QCOMPARE(Testing::runToEnd(QStringLiteral("bash"),
                     {cluster, QStringLiteral("start"), state.path()}, 120000)
                     .exitCode,
            0);
        struct Stop
        {
            QString cluster, state;
            ~Stop()
            {
                Testing::runToEnd(QStringLiteral("bash"), {cluster, QStringLiteral("stop"), state});
            }
        } stop {cluster, state.path()};
        QFile conninfo(state.filePath(QStringLiteral("conninfo")));
        QVERIFY(conninfo.open(QIODevice::ReadOnly));
        const QString uri
            = Testing::PgScratchDatabase::pgUri(conninfo.readAll().trimmed(), "postgres");
        Server server(uri);
        QVERIFY2(server.up(), qPrintable(server.log()));
        const QByteArray token = signup(*server.client, QStringLiteral("ann@example.org"));
        QVERIFY(!token.isEmpty());
        QCOMPARE(server.client->get(QStringLiteral("/api/v1/events"), bearer(token)).status, 200);

        QCOMPARE(Testing::runToEnd(QStringLiteral("bash"),
                     {cluster, QStringLiteral("pause"), state.path()}, 60000)
                     .exitCode,
            0);
        const HttpReply down = server.client->get(QStringLiteral("/api/v1/events"), bearer(token));
        QCOMPARE(down.status, 503);
        QVERIFY(!down.header("retry-after").isEmpty());
        QCOMPARE(server.process->process().state(), QProcess::Running);

        QCOMPARE(Testing::runToEnd(QStringLiteral("bash"),
                     {cluster, QStringLiteral("resume"), state.path()}, 60000)
                     .exitCode,
            0);
        QTRY_COMPARE_WITH_TIMEOUT(
            server.client->get(QStringLiteral("/api/v1/events"), bearer(token)).status, 200, 30000);
        QCOMPARE(server.process->process().state(), QProcess::Running);
    }

    // `eventdesk migrate --to` copies a generated database; the two servers then answer alike,
    // and a second migrate into the now full target is refused.
    void migrateCopiesEverything()
    {
        QTemporaryDir data;
        const Testing::Finished generated = Testing::runToEnd(binary,
            {QStringLiteral("generate"), QStringLiteral("--events"), QStringLiteral("300"),
                QStringLiteral("--data-dir"), data.path()},
            120000);
        QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
        Testing::PgScratchDatabase scratch;
        // A source that is not a database URL is refused, naming the forms; nothing is copied
        // (the copy below still finds the target empty).
        const Testing::Finished malformed = Testing::runToEnd(binary,
            {QStringLiteral("migrate"), QStringLiteral("--to"), scratch.uri(),
                QStringLiteral("--database"), QStringLiteral("mysql://nobody@localhost/x")},
            120000);
        QCOMPARE(malformed.exitCode, 2);
        QVERIFY2(malformed.err.contains(QLatin1String("postgresql://")), qPrintable(malformed.err));
        const Testing::Finished migrated = Testing::runToEnd(binary,
            {QStringLiteral("migrate"), QStringLiteral("--to"), scratch.uri(),
                QStringLiteral("--data-dir"), data.path()},
            120000);
        QVERIFY2(migrated.exitCode == 0, qPrintable(migrated.out + migrated.err));
        QVERIFY2(migrated.out.contains(QLatin1String("count matches")), qPrintable(migrated.out));
        {
            // The planner has the copied rows' statistics (ANALYZE after the copy: COPY alone
            // leaves reltuples unknown, -1).
            PgStorage::PgDatabase target(scratch.conninfo());
            PgStorage::PgStatement rows(
                target.handle(), "SELECT reltuples FROM pg_class WHERE relname = 'events'");
            QVERIFY(*rows.next());
            QCOMPARE(rows.integer(0), qint64(300));
        }
        const Testing::Finished twice = Testing::runToEnd(binary,
            {QStringLiteral("migrate"), QStringLiteral("--to"), scratch.uri(),
                QStringLiteral("--data-dir"), data.path()},
            120000);
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(twice.err.contains(QLatin1String("already holds data")), qPrintable(twice.err));

        Server sqlite(
            QStringLiteral("sqlite:") + data.filePath(QStringLiteral("eventdesk.sqlite3")));
        QVERIFY2(sqlite.up(), qPrintable(sqlite.log()));
        Server pg(scratch.uri());
        QVERIFY2(pg.up(), qPrintable(pg.log()));
        // The same new account gets the same id on both: the sequences moved past the copy.
        const QByteArray onSqlite = signup(*sqlite.client, QStringLiteral("zed@example.org"));
        const QByteArray onPg = signup(*pg.client, QStringLiteral("zed@example.org"));
        QVERIFY(!onSqlite.isEmpty() && !onPg.isEmpty());
        const auto me = [](Server &server, const QByteArray &token) {
            return server.client->get(QStringLiteral("/api/v1/auth/me"), bearer(token)).json();
        };
        QCOMPARE(me(pg, onPg).value(QStringLiteral("id")),
            me(sqlite, onSqlite).value(QStringLiteral("id")));
        for (const QString &path : {QStringLiteral("/api/v1/events?limit=100"),
                 QStringLiteral("/api/v1/events?limit=50&from=2020-01-01T00:00:00Z"),
                 QStringLiteral("/api/v1/events?limit=20&q=photography")}) {
            const HttpReply left = sqlite.client->get(path, bearer(onSqlite));
            const HttpReply right = pg.client->get(path, bearer(onPg));
            QCOMPARE(left.status, 200);
            QCOMPARE(right.status, 200);
            // The same rows; the cursor holds the time of the read, which differs.
            QCOMPARE(right.json().value(QStringLiteral("items")),
                left.json().value(QStringLiteral("items")));
            QVERIFY(!left.json().value(QStringLiteral("items")).toArray().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestPgServer)
#include "tst_pgserver.moc"
