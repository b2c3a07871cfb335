// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 9 over real HTTP against the fully composed application: roles, invites, registration
// modes, local paths refused over the API, private destinations refused when listening beyond
// loopback and the admin's outbound setting (auto, allow, deny; live, persisted), member vs
// admin vs owner on feeds, imports, apps, types and settings, and a login from a known device
// under a flood of wrong guesses.
#include "apiserver.h"
#include "authservice.h"
#include "composition.h"
#include "feedservice.h"
#include "httpclient.h"
#include "testhttpserver.h"
#include "teststores.h"
#include "timeutil.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Eventdesk;
using Testing::HttpClient;
using Testing::HttpReply;

namespace {

const QString kPassword = QStringLiteral("correct horse");

QByteArray fixture()
{
    QFile file(QStringLiteral(FEEDS_TEST_DATA "/provider-v2-planlist.xml"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return file.readAll();
}

struct Account
{
    qint64 id = 0;
    QByteArray token;
    QString role;
};

// One running application on a temporary data folder.
struct Instance
{
    QTemporaryDir dir;
    Testing::TestDatabaseUrl database; // the pg twin: PostgreSQL (kept across restarts)
    std::unique_ptr<App::Composition> app;
    std::unique_ptr<HttpClient> client;

    bool start(const QHostAddress &bind = QHostAddress::LocalHost, const QString &registration = {},
        const QString &outboundPrivate = {})
    {
        client.reset();
        app.reset(); // a restart on the same data folder
        App::Options options;
        options.port = 0;
        options.bind = bind;
        options.dataDir = dir.path();
        options.database = database.url();
        options.registration = registration;
        options.outboundPrivate = outboundPrivate;
        app = std::make_unique<App::Composition>(options);
        if (!app->open() || !app->startServer())
            return false;
        // Talk to it on loopback whatever it is bound to.
        QUrl base(app->server().baseUrl());
        base.setHost(QStringLiteral("127.0.0.1"));
        client = std::make_unique<HttpClient>(base);
        return true;
    }
    HttpReply as(const Account &account, const QByteArray &method, const QString &path,
        const QJsonObject &body = {})
    {
        client->setToken(account.token);
        HttpReply reply = method == "GET" ? client->get(path)
            : method == "DELETE"          ? client->del(path)
            : method == "PATCH"           ? client->patch(path, body)
            : method == "PUT"             ? client->put(path, body)
                                          : client->post(path, body);
        client->setToken({});
        return reply;
    }
    HttpReply signup(const QString &name, const QString &invite = {})
    {
        QJsonObject body {{QStringLiteral("email"), QString(name + QStringLiteral("@example.org"))},
            {QStringLiteral("password"), kPassword}};
        if (!invite.isEmpty())
            body.insert(QStringLiteral("invite"), invite);
        return client->post(QStringLiteral("/api/v1/auth/signup"), body);
    }
    Account account(const HttpReply &reply)
    {
        const QJsonObject user = reply.json().value(QStringLiteral("user")).toObject();
        return {user.value(QStringLiteral("id")).toInteger(),
            reply.json().value(QStringLiteral("token")).toString().toLatin1(),
            user.value(QStringLiteral("role")).toString()};
    }
    // The first account (admin) and two members, with registration open for the members.
    std::tuple<Account, Account, Account> people()
    {
        const Account ann = account(signup(QStringLiteral("ann")));
        as(ann, "PATCH", QStringLiteral("/api/v1/settings/registration"),
            {{QStringLiteral("mode"), QStringLiteral("open")}});
        const Account bob = account(signup(QStringLiteral("bob")));
        const Account cy = account(signup(QStringLiteral("cy")));
        return {ann, bob, cy};
    }
    QString importStatus(const Account &who, qint64 importId)
    {
        return as(who, "GET", QStringLiteral("/api/v1/imports/%1").arg(importId))
            .json()
            .value(QStringLiteral("status"))
            .toString();
    }
    // Syncs the feed at `path` and waits for the run: its error code ("" when it succeeded).
    QString syncOutcome(const Account &who, const QString &path)
    {
        const HttpReply sync = as(who, "POST", path + QStringLiteral("/sync"));
        if (sync.status != 202)
            return QStringLiteral("sync answered %1").arg(sync.status);
        const qint64 importId = sync.json().value(QStringLiteral("import_id")).toInteger();
        QString status;
        if (!QTest::qWaitFor(
                [&] {
                    status = importStatus(who, importId);
                    return status == u"succeeded" || status == u"failed";
                },
                10000))
            return QStringLiteral("still ") + status;
        return as(who, "GET", QStringLiteral("/api/v1/imports/%1").arg(importId))
            .json()
            .value(QStringLiteral("error_code"))
            .toString();
    }
    HttpReply setOutbound(const Account &who, const QString &mode)
    {
        return as(who, "PATCH", QStringLiteral("/api/v1/settings/outbound"),
            {{QStringLiteral("private_destinations"), mode}});
    }
};

QJsonObject feedBody(const QString &url)
{
    return {{QStringLiteral("name"), QStringLiteral("Plans")}, {QStringLiteral("url"), url},
        {QStringLiteral("format"), QStringLiteral("provider")},
        {QStringLiteral("interval_seconds"), 0}};
}

QJsonObject pageview(const QString &session)
{
    return {{QStringLiteral("session_id"), session},
        {QStringLiteral("category"), QStringLiteral("page interaction")},
        {QStringLiteral("name"), QStringLiteral("pageview")},
        {QStringLiteral("data"),
            QJsonObject {{QStringLiteral("host"), QStringLiteral("example.org")},
                {QStringLiteral("path"), QStringLiteral("/")}}},
        {QStringLiteral("timestamp"), Core::toRfc3339(Core::nowMsecs())}};
}

QList<qint64> ids(const HttpReply &reply, const char *member = "id")
{
    QList<qint64> found;
    const QJsonArray items = reply.json().value(QStringLiteral("items")).toArray();
    for (const QJsonValue &item : items)
        found.append(item.toObject().value(QLatin1String(member)).toInteger());
    return found;
}

} // namespace

class TestTrustApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_instance = std::make_unique<Instance>(); }
    void cleanup() { m_instance.reset(); }

    void rolesAndUsers()
    {
        Instance &it = *m_instance;
        QVERIFY(it.start());
        const HttpReply first = it.signup(QStringLiteral("ann"));
        QCOMPARE(first.status, 201);
        const Account ann = it.account(first);
        QCOMPARE(ann.role, QStringLiteral("admin"));
        const HttpReply me = it.as(ann, "GET", QStringLiteral("/api/v1/auth/me"));
        QCOMPARE(me.json().value(QStringLiteral("role")).toString(), QStringLiteral("admin"));

        // After the first account: by invitation.
        const HttpReply uninvited = it.signup(QStringLiteral("bob"));
        QCOMPARE(uninvited.status, 403);
        QCOMPARE(uninvited.header("content-type"), QByteArray("application/problem+json"));
        QCOMPARE(uninvited.problemCode(), QStringLiteral("invalid_invite"));
        const HttpReply invite = it.as(ann, "POST", QStringLiteral("/api/v1/invites"));
        QCOMPARE(invite.status, 201);
        const QString code = invite.json().value(QStringLiteral("code")).toString();
        QVERIFY(code.startsWith(QLatin1String("edi_")));
        QVERIFY(Core::parseTimestamp(invite.json().value(QStringLiteral("expires_at")).toString()));
        const HttpReply invited = it.signup(QStringLiteral("bob"), code);
        QCOMPARE(invited.status, 201);
        const Account bob = it.account(invited);
        QCOMPARE(bob.role, QStringLiteral("member"));
        QCOMPARE(
            it.signup(QStringLiteral("cy"), code).problemCode(), QStringLiteral("invalid_invite"));

        // Members may not manage users or invite.
        for (const auto &[method, path] :
            {std::pair {"GET", "/api/v1/users"}, std::pair {"POST", "/api/v1/invites"},
                std::pair {"GET", "/api/v1/settings/registration"}}) {
            const HttpReply refused = it.as(bob, method, QLatin1String(path));
            QCOMPARE(refused.status, 403);
            QCOMPARE(refused.problemCode(), QStringLiteral("admin_only"));
        }
        const QString bobPath = QStringLiteral("/api/v1/users/%1").arg(bob.id);
        const QString annPath = QStringLiteral("/api/v1/users/%1").arg(ann.id);
        QCOMPARE(it.as(bob, "PATCH", bobPath, {{QStringLiteral("role"), QStringLiteral("admin")}})
                     .status,
            403);
        QCOMPARE(it.as(bob, "DELETE", annPath).status, 403);
        QCOMPARE(ids(it.as(ann, "GET", QStringLiteral("/api/v1/users"))),
            (QList<qint64> {ann.id, bob.id}));

        // The last admin stays.
        const HttpReply demote
            = it.as(ann, "PATCH", annPath, {{QStringLiteral("role"), QStringLiteral("member")}});
        QCOMPARE(demote.status, 409);
        QCOMPARE(demote.problemCode(), QStringLiteral("last_admin"));
        QCOMPARE(it.as(ann, "DELETE", annPath).problemCode(), QStringLiteral("last_admin"));
        QCOMPARE(it.as(ann, "PATCH", bobPath, {{QStringLiteral("role"), QStringLiteral("owner")}})
                     .status,
            422);
        QCOMPARE(it.as(ann, "PATCH", bobPath, {{QStringLiteral("rank"), 1}}).status, 422);
        QCOMPARE(it.as(ann, "PATCH", QStringLiteral("/api/v1/users/999"),
                       {{QStringLiteral("role"), QStringLiteral("admin")}})
                     .status,
            404);
        const HttpReply promoted
            = it.as(ann, "PATCH", bobPath, {{QStringLiteral("role"), QStringLiteral("admin")}});
        QCOMPARE(promoted.status, 200);
        QCOMPARE(promoted.json().value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
        QCOMPARE(it.as(bob, "GET", QStringLiteral("/api/v1/auth/me"))
                     .json()
                     .value(QStringLiteral("role"))
                     .toString(),
            QStringLiteral("admin"));
        QCOMPARE(it.as(bob, "DELETE", annPath).status, 204);
        QCOMPARE(ids(it.as(bob, "GET", QStringLiteral("/api/v1/users"))), QList<qint64> {bob.id});
        QCOMPARE(it.as(ann, "GET", QStringLiteral("/api/v1/auth/me")).status, 401);
    }

    void registrationModes()
    {
        Instance &it = *m_instance;
        QVERIFY(it.start());
        const Account ann = it.account(it.signup(QStringLiteral("ann")));
        const QString path = QStringLiteral("/api/v1/settings/registration");
        HttpReply settings = it.as(ann, "GET", path);
        QCOMPARE(settings.status, 200);
        QCOMPARE(
            settings.json().value(QStringLiteral("mode")).toString(), QStringLiteral("invite"));
        QCOMPARE(settings.json().value(QStringLiteral("set_by_flag")).toBool(), false);

        QCOMPARE(it.as(ann, "PATCH", path, {{QStringLiteral("mode"), QStringLiteral("closed")}})
                     .json()
                     .value(QStringLiteral("mode"))
                     .toString(),
            QStringLiteral("closed"));
        const QString code = it.as(ann, "POST", QStringLiteral("/api/v1/invites"))
                                 .json()
                                 .value(QStringLiteral("code"))
                                 .toString();
        const HttpReply closed = it.signup(QStringLiteral("bob"), code);
        QCOMPARE(closed.status, 403);
        QCOMPARE(closed.problemCode(), QStringLiteral("registration_closed"));

        QCOMPARE(
            it.as(ann, "PATCH", path, {{QStringLiteral("mode"), QStringLiteral("open")}}).status,
            200);
        QCOMPARE(it.signup(QStringLiteral("bob")).status, 201);
        QCOMPARE(
            it.as(ann, "PATCH", path, {{QStringLiteral("mode"), QStringLiteral("maybe")}}).status,
            422);
        QCOMPARE(it.as(ann, "GET", path).json().value(QStringLiteral("mode")).toString(),
            QStringLiteral("open"));
    }

    // Sign-up is throttled per client like login: wrong invite codes from one client end in 429
    // with Retry-After, over real HTTP, and then even a valid code waits.
    void signupIsThrottledOverHttp()
    {
        Instance &it = *m_instance;
        QVERIFY(it.start());
        const Account ann = it.account(it.signup(QStringLiteral("ann")));
        const QString code = it.as(ann, "POST", QStringLiteral("/api/v1/invites"))
                                 .json()
                                 .value(QStringLiteral("code"))
                                 .toString();
        QVERIFY(!code.isEmpty());
        int refused = 0;
        HttpReply limited;
        for (int i = 0; i < 30 && limited.status != 429; ++i) {
            const HttpReply reply
                = it.signup(QStringLiteral("guess%1").arg(i), QStringLiteral("edi_wrong%1").arg(i));
            if (reply.status == 429)
                limited = reply;
            else if (reply.status == 403 && reply.problemCode() == QLatin1String("invalid_invite"))
                ++refused;
        }
        QCOMPARE(limited.status, 429);
        QVERIFY(refused >= 1);
        QCOMPARE(limited.problemCode(), QStringLiteral("too_many_attempts"));
        QVERIFY(limited.header("Retry-After").toInt() > 0);
        const HttpReply valid = it.signup(QStringLiteral("bob"), code);
        QCOMPARE(valid.status, 429);
        // Nothing was made by the refused attempts.
        QCOMPARE(ids(it.as(ann, "GET", QStringLiteral("/api/v1/users"))), QList<qint64> {ann.id});
    }

    void registrationFlagWins()
    {
        Instance &it = *m_instance;
        QVERIFY(it.start(QHostAddress::LocalHost, QStringLiteral("closed")));
        const Account ann = it.account(it.signup(QStringLiteral("ann"))); // the first: always
        QCOMPARE(ann.role, QStringLiteral("admin"));
        const QString path = QStringLiteral("/api/v1/settings/registration");
        const QJsonObject settings = it.as(ann, "GET", path).json();
        QCOMPARE(settings.value(QStringLiteral("mode")).toString(), QStringLiteral("closed"));
        QCOMPARE(settings.value(QStringLiteral("set_by_flag")).toBool(), true);
        const HttpReply change
            = it.as(ann, "PATCH", path, {{QStringLiteral("mode"), QStringLiteral("open")}});
        QCOMPARE(change.status, 409);
        QCOMPARE(change.problemCode(), QStringLiteral("set_by_command_line"));
        QCOMPARE(
            it.signup(QStringLiteral("bob")).problemCode(), QStringLiteral("registration_closed"));
    }

    void localPathsAreRefusedOverTheApi()
    {
        Instance &it = *m_instance;
        QVERIFY(it.start());
        const auto [ann, bob, cy] = it.people();
        Q_UNUSED(cy);
        const QString feeds = QStringLiteral("/api/v1/feeds");
        // The same answer whether the file exists or not, and for file: URLs.
        QByteArray first;
        for (const char *location : {"/etc/passwd", "/no/such/file.xml", "file:///etc/passwd",
                 "file:///no/such/file.xml", "relative/path.xml"}) {
            for (const Account *who : {&ann, &bob}) {
                const HttpReply refused
                    = it.as(*who, "POST", feeds, feedBody(QLatin1String(location)));
                QCOMPARE(refused.status, 422);
                QCOMPARE(refused.problemCode(), QStringLiteral("invalid_feed"));
                if (first.isEmpty())
                    first = refused.body;
                QCOMPARE(refused.body, first);
            }
        }
        QVERIFY(ids(it.as(ann, "GET", feeds)).isEmpty());

        // Feeds made in the window or by the command line may read files; over the API their
        // sync is refused without touching the file (the same answer either way).
        auto user = it.app->auth().user(ann.id);
        QVERIFY(user);
        QList<QByteArray> answers;
        for (const char *path : {FEEDS_TEST_DATA "/provider-v2-planlist.xml", "/no/such/file"}) {
            Core::Feed feed;
            feed.name = QStringLiteral("Local");
            feed.location = QLatin1String(path);
            feed.format = Core::FeedFormat::Provider;
            feed.intervalSeconds = 0;
            auto created = it.app->feeds().createFeed(Core::Actor::window(*user), feed);
            QVERIFY2(created, created ? "" : qPrintable(created.error().message));
            const QString sync = QStringLiteral("/api/v1/feeds/%1/sync").arg(created->id);
            const HttpReply refused = it.as(ann, "POST", sync);
            QCOMPARE(refused.status, 403);
            QCOMPARE(refused.problemCode(), QStringLiteral("local_location"));
            answers.append(QByteArray(refused.body).replace(QByteArray::number(created->id), "ID"));
            // Nor may the API point it at another file.
            QCOMPARE(it.as(ann, "PATCH", QStringLiteral("/api/v1/feeds/%1").arg(created->id),
                           {{QStringLiteral("url"), QStringLiteral("/etc/hosts")}})
                         .status,
                422);
            // The window may still sync it.
            QVERIFY(it.app->feeds().requestSync(Core::Actor::window(*user), created->id));
        }
        QCOMPARE(answers.at(0), answers.at(1));
    }

    void feedsBelongToTheirOwner()
    {
        Instance &it = *m_instance;
        QVERIFY(it.start());
        TestHttpServer provider;
        provider.script({{200, fixture()}});
        const auto [ann, bob, cy] = it.people();
        const HttpReply created
            = it.as(bob, "POST", QStringLiteral("/api/v1/feeds"), feedBody(provider.url()));
        QCOMPARE(created.status, 201);
        const QString path = QString::fromLatin1(created.header("Location"));
        const QJsonObject rename {{QStringLiteral("name"), QStringLiteral("Mine")}};

        // Another member may not change, sync or delete it.
        QCOMPARE(it.as(cy, "PATCH", path, rename).status, 403);
        QCOMPARE(it.as(cy, "DELETE", path).status, 403);
        const HttpReply notYours = it.as(cy, "POST", path + QStringLiteral("/sync"));
        QCOMPARE(notYours.status, 403);
        QCOMPARE(notYours.problemCode(), QStringLiteral("forbidden"));

        // Its owner syncs it (a loopback-only server may fetch from loopback).
        const HttpReply sync = it.as(bob, "POST", path + QStringLiteral("/sync"));
        QCOMPARE(sync.status, 202);
        const qint64 importId = sync.json().value(QStringLiteral("import_id")).toInteger();
        QTRY_COMPARE(it.importStatus(bob, importId), QStringLiteral("succeeded"));
        // Its imports: the owner and admins only.
        const QString run = QStringLiteral("/api/v1/imports/%1").arg(importId);
        QCOMPARE(it.as(cy, "GET", run).status, 403);
        QCOMPARE(it.as(ann, "GET", run).status, 200);

        // An admin may change and delete anyone's feed; ownership does not move.
        const HttpReply renamed = it.as(ann, "PATCH", path, rename);
        QCOMPARE(renamed.status, 200);
        QCOMPARE(renamed.json().value(QStringLiteral("name")).toString(), QStringLiteral("Mine"));
        QCOMPARE(
            it.app->feeds().feed(created.json().value(QStringLiteral("id")).toInteger())->createdBy,
            bob.id);
        QCOMPARE(
            it.as(bob, "PATCH", path, {{QStringLiteral("interval_seconds"), 600}}).status, 200);
        QCOMPARE(it.as(ann, "DELETE", path).status, 204);
        QCOMPARE(it.as(bob, "GET", path).status, 404);
    }

    void privateDestinationsRefusedBeyondLoopback()
    {
        Instance &it = *m_instance;
        QVERIFY(it.start(QHostAddress::AnyIPv4));
        TestHttpServer provider;
        provider.script({{200, fixture()}});
        const Account ann = it.account(it.signup(QStringLiteral("ann")));
        const HttpReply created
            = it.as(ann, "POST", QStringLiteral("/api/v1/feeds"), feedBody(provider.url()));
        QCOMPARE(created.status, 201);
        const QString path = QString::fromLatin1(created.header("Location"));
        const HttpReply sync = it.as(ann, "POST", path + QStringLiteral("/sync"));
        QCOMPARE(sync.status, 202);
        const qint64 importId = sync.json().value(QStringLiteral("import_id")).toInteger();
        QTRY_COMPARE(it.importStatus(ann, importId), QStringLiteral("failed"));
        const QJsonObject run
            = it.as(ann, "GET", QStringLiteral("/api/v1/imports/%1").arg(importId)).json();
        QCOMPARE(run.value(QStringLiteral("error_code")).toString(),
            QStringLiteral("destination_refused"));
        QCOMPARE(provider.requests(), 0);
    }

    // The admin's outbound setting over the API: members are refused; "allow" lets a feed at
    // 127.0.0.1 be fetched and a webhook be delivered there while the API listens beyond
    // loopback, at once (no restart).
    void outboundSettingAppliesAtOnce()
    {
        Instance &it = *m_instance;
        QVERIFY(it.start(QHostAddress::AnyIPv4));
        const auto [ann, bob, cy] = it.people();
        const QString path = QStringLiteral("/api/v1/settings/outbound");
        for (const HttpReply &refused :
            {it.as(bob, "GET", path), it.setOutbound(bob, QStringLiteral("allow"))}) {
            QCOMPARE(refused.status, 403);
            QCOMPARE(refused.problemCode(), QStringLiteral("admin_only"));
        }
        QJsonObject settings = it.as(ann, "GET", path).json();
        QCOMPARE(settings.value(QStringLiteral("private_destinations")).toString(),
            QStringLiteral("auto"));
        QCOMPARE(settings.value(QStringLiteral("private_allowed")).toBool(), false);
        QCOMPARE(settings.value(QStringLiteral("set_by_flag")).toBool(), false);
        const HttpReply wrong = it.setOutbound(ann, QStringLiteral("sometimes"));
        QCOMPARE(wrong.status, 422);
        QCOMPARE(wrong.problemCode(), QStringLiteral("validation_failed"));

        TestHttpServer provider;
        provider.script({{200, fixture()}});
        const HttpReply created
            = it.as(ann, "POST", QStringLiteral("/api/v1/feeds"), feedBody(provider.url()));
        QCOMPARE(created.status, 201);
        const QString feed = QString::fromLatin1(created.header("Location"));
        QCOMPARE(it.syncOutcome(ann, feed), QStringLiteral("destination_refused"));
        QCOMPARE(provider.requests(), 0);

        // A webhook to the same kind of destination: refused too, the receiver sees nothing.
        TestHttpServer receiver;
        receiver.script({{204}});
        const HttpReply hook = it.as(ann, "POST", QStringLiteral("/api/v1/webhooks"),
            {{QStringLiteral("url"), receiver.url(QStringLiteral("/hook"))},
                {QStringLiteral("events"), QJsonArray {QStringLiteral("event.created")}}});
        QCOMPARE(hook.status, 201);
        const QString hookPath = QStringLiteral("/api/v1/webhooks/%1")
                                     .arg(hook.json().value(QStringLiteral("id")).toInteger());
        const auto lastDelivery = [&] {
            return it.as(ann, "GET", hookPath + QStringLiteral("/deliveries"))
                .json()
                .value(QStringLiteral("items"))
                .toArray()
                .first()
                .toObject();
        };
        QCOMPARE(it.as(ann, "POST", hookPath + QStringLiteral("/ping")).status, 202);
        QTRY_COMPARE(lastDelivery().value(QStringLiteral("attempts")).toInt(), 1);
        QVERIFY2(lastDelivery().value(QStringLiteral("error")).toString().contains(u"private"),
            qPrintable(lastDelivery().value(QStringLiteral("error")).toString()));
        QCOMPARE(receiver.requests(), 0);

        const HttpReply allowed = it.setOutbound(ann, QStringLiteral("allow"));
        QCOMPARE(allowed.status, 200);
        QCOMPARE(allowed.json().value(QStringLiteral("private_destinations")).toString(),
            QStringLiteral("allow"));
        QCOMPARE(allowed.json().value(QStringLiteral("private_allowed")).toBool(), true);
        QCOMPARE(it.syncOutcome(ann, feed), QString());
        QCOMPARE(provider.requests(), 1);
        QCOMPARE(it.as(ann, "POST", hookPath + QStringLiteral("/ping")).status, 202);
        QTRY_COMPARE(
            lastDelivery().value(QStringLiteral("status")).toString(), QStringLiteral("delivered"));
        QVERIFY(receiver.requests() >= 1);
        // A member still cannot read or change it.
        QCOMPARE(it.as(bob, "GET", path).status, 403);
    }

    // "deny" refuses private destinations even while the API listens on loopback alone; the
    // setting survives a restart; --outbound-private wins over it for its run.
    void outboundDenyOnLoopbackSurvivesRestart()
    {
        Instance &it = *m_instance;
        QVERIFY(it.start());
        Account ann = it.account(it.signup(QStringLiteral("ann")));
        TestHttpServer provider;
        provider.script({{200, fixture()}});
        const HttpReply created
            = it.as(ann, "POST", QStringLiteral("/api/v1/feeds"), feedBody(provider.url()));
        QCOMPARE(created.status, 201);
        const QString feed = QString::fromLatin1(created.header("Location"));
        QCOMPARE(it.syncOutcome(ann, feed), QString()); // auto on loopback: allowed
        QCOMPARE(provider.requests(), 1);

        const HttpReply denied = it.setOutbound(ann, QStringLiteral("deny"));
        QCOMPARE(denied.status, 200);
        QCOMPARE(denied.json().value(QStringLiteral("private_allowed")).toBool(), false);
        QCOMPARE(it.syncOutcome(ann, feed), QStringLiteral("destination_refused"));
        QCOMPARE(provider.requests(), 1);

        QVERIFY(it.start()); // restart on the same data folder
        const QString path = QStringLiteral("/api/v1/settings/outbound");
        QCOMPARE(
            it.as(ann, "GET", path).json().value(QStringLiteral("private_destinations")).toString(),
            QStringLiteral("deny"));
        QCOMPARE(it.syncOutcome(ann, feed), QStringLiteral("destination_refused"));
        QCOMPARE(provider.requests(), 1);

        QVERIFY(it.start(QHostAddress::LocalHost, {}, QStringLiteral("allow")));
        const QJsonObject flagged = it.as(ann, "GET", path).json();
        QCOMPARE(flagged.value(QStringLiteral("private_destinations")).toString(),
            QStringLiteral("allow"));
        QCOMPARE(flagged.value(QStringLiteral("set_by_flag")).toBool(), true);
        const HttpReply change = it.setOutbound(ann, QStringLiteral("auto"));
        QCOMPARE(change.status, 409);
        QCOMPARE(change.problemCode(), QStringLiteral("set_by_command_line"));
        QCOMPARE(it.syncOutcome(ann, feed), QString());
        QCOMPARE(provider.requests(), 2);

        QVERIFY(it.start()); // without the flag: the stored "deny" again
        QCOMPARE(it.syncOutcome(ann, feed), QStringLiteral("destination_refused"));
        QCOMPARE(it.setOutbound(ann, QStringLiteral("auto")).status, 200);
        QCOMPARE(it.syncOutcome(ann, feed), QString());
        QCOMPARE(provider.requests(), 3);
    }

    void appsAndCollectorRights()
    {
        Instance &it = *m_instance;
        QVERIFY(it.start());
        const auto [ann, bob, cy] = it.people();
        const auto makeApp = [&](const Account &owner, const char *name) {
            const HttpReply app = it.as(owner, "POST", QStringLiteral("/api/v1/apps"),
                {{QStringLiteral("name"), QLatin1String(name)}});
            return std::pair {app.json().value(QStringLiteral("id")).toInteger(),
                app.json().value(QStringLiteral("key")).toString().toLatin1()};
        };
        const auto [bobApp, bobKey] = makeApp(bob, "bob's site");
        const auto [cyApp, cyKey] = makeApp(cy, "cy's site");
        QVERIFY(bobApp > 0 && cyApp > 0);
        const auto track = [&](const QByteArray &key, const QString &session) {
            return it.client->post(QStringLiteral("/api/v1/track"), pageview(session),
                {{"Authorization", "Bearer " + key}});
        };
        QCOMPARE(track(bobKey, QStringLiteral("b1")).status, 202);
        QCOMPARE(track(bobKey, QStringLiteral("b2")).status, 202);
        QCOMPARE(track(cyKey, QStringLiteral("c1")).status, 202);

        const auto sessions = [&](const Account &who, const QString &query = {}) {
            QStringList found;
            const QJsonArray items
                = it.as(who, "GET", QStringLiteral("/api/v1/track/events") + query)
                      .json()
                      .value(QStringLiteral("items"))
                      .toArray();
            for (const QJsonValue &item : items)
                found.append(item.toObject().value(QStringLiteral("session_id")).toString());
            found.sort();
            return found;
        };
        QCOMPARE(sessions(bob), (QStringList {QStringLiteral("b1"), QStringLiteral("b2")}));
        QCOMPARE(sessions(cy), QStringList {QStringLiteral("c1")});
        QCOMPARE(sessions(ann),
            (QStringList {QStringLiteral("b1"), QStringLiteral("b2"), QStringLiteral("c1")}));
        QCOMPARE(it.as(cy, "GET", QStringLiteral("/api/v1/track/events?app=%1").arg(bobApp)).status,
            403);
        QCOMPARE(it.as(cy, "GET", QStringLiteral("/api/v1/track/sessions/b1"))
                     .json()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .size(),
            0);
        QCOMPARE(it.as(bob, "GET", QStringLiteral("/api/v1/track/sessions/b1"))
                     .json()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .size(),
            1);
        const auto counted = [&](const Account &who) {
            qint64 total = 0;
            const QJsonArray items = it.as(who, "GET", QStringLiteral("/api/v1/track/stats"))
                                         .json()
                                         .value(QStringLiteral("items"))
                                         .toArray();
            for (const QJsonValue &item : items)
                total += item.toObject().value(QStringLiteral("count")).toInteger();
            return total;
        };
        QCOMPARE(counted(cy), 1);
        QCOMPARE(counted(bob), 2);
        QCOMPARE(counted(ann), 3);
        QCOMPARE(ids(it.as(cy, "GET", QStringLiteral("/api/v1/apps"))), QList<qint64> {cyApp});
        QCOMPARE(ids(it.as(ann, "GET", QStringLiteral("/api/v1/apps"))).size(), 2);
        QCOMPARE(it.as(cy, "DELETE", QStringLiteral("/api/v1/apps/%1").arg(bobApp)).status, 404);

        // Types and settings: admins only (a member's broken body is still 403, not 422).
        const QJsonObject type {{QStringLiteral("category"), QStringLiteral("shop")},
            {QStringLiteral("name"), QStringLiteral("buy")},
            {QStringLiteral("rules"), QJsonObject {{QStringLiteral("fields"), QJsonObject {}}}}};
        const QString types = QStringLiteral("/api/v1/track/types");
        const QString settings = QStringLiteral("/api/v1/track/settings");
        for (const HttpReply &refused : {it.as(bob, "PUT", types, type),
                 it.as(bob, "PUT", types, {{QStringLiteral("rules"), 1}}),
                 it.as(bob, "PUT", settings, {{QStringLiteral("strict"), true}}),
                 it.as(bob, "DELETE", types + QStringLiteral("?category=shop&name=buy"))}) {
            QCOMPARE(refused.status, 403);
            QCOMPARE(refused.problemCode(), QStringLiteral("admin_only"));
        }
        QCOMPARE(
            it.as(bob, "GET", settings).json().value(QStringLiteral("strict")).toBool(), false);
        QCOMPARE(it.as(ann, "PUT", types, type).status, 200);
        QCOMPARE(it.as(ann, "PUT", settings, {{QStringLiteral("strict"), true}}).status, 200);
        QCOMPARE(it.as(bob, "GET", settings).json().value(QStringLiteral("strict")).toBool(), true);
    }

    void knownDeviceLogsInDuringAFlood()
    {
        Instance &it = *m_instance;
        QVERIFY(it.start());
        it.signup(QStringLiteral("ann"));
        const QString login = QStringLiteral("/api/v1/auth/login");
        const QJsonObject right {{QStringLiteral("email"), QStringLiteral("ann@example.org")},
            {QStringLiteral("password"), kPassword}};
        const HttpReply first = it.client->post(login, right);
        QCOMPARE(first.status, 200);
        const QString device = first.json().value(QStringLiteral("device_credential")).toString();
        QVERIFY(device.startsWith(QLatin1String("edd_")));

        // Another program on this machine floods the account with wrong guesses.
        QJsonObject wrong = right;
        wrong.insert(QStringLiteral("password"), QStringLiteral("a wrong guess"));
        int limited = 0;
        for (int i = 0; i < 30; ++i)
            limited += it.client->post(login, wrong).status == 429 ? 1 : 0;
        QVERIFY(limited > 0);
        QCOMPARE(it.client->post(login, right).status, 429);

        QJsonObject known = right;
        known.insert(QStringLiteral("device_credential"), device);
        const HttpReply allowed = it.client->post(login, known);
        QCOMPARE(allowed.status, 200);
        QVERIFY(!allowed.json().value(QStringLiteral("token")).toString().isEmpty());
        QCOMPARE(allowed.json().value(QStringLiteral("device_credential")).toString(), device);
        known.insert(QStringLiteral("device_credential"), 7);
        QCOMPARE(it.client->post(login, known).status, 422);
    }

private:
    std::unique_ptr<Instance> m_instance;
};

QTEST_MAIN(TestTrustApi)
#include "tst_trustapi.moc"
