// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountservice.h"
#include "apiserver.h"
#include "authcontroller.h"
#include "authstore.h"
#include "httpclient.h"
#include "metacontroller.h"
#include "openapi.h"
#include "teststores.h"
#include "timeutil.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

using namespace Eventdesk;
using Testing::HttpClient;
using Testing::HttpReply;

namespace {

const QString kSignup = QStringLiteral("/api/v1/auth/signup");
const QString kLogin = QStringLiteral("/api/v1/auth/login");
const QString kLogout = QStringLiteral("/api/v1/auth/logout");
const QString kLogoutAll = QStringLiteral("/api/v1/auth/logout-all");
const QString kMe = QStringLiteral("/api/v1/auth/me");
const QString kAnn = QStringLiteral("ann@example.org");
const QString kPassword = QStringLiteral("correct horse");
constexpr qint64 kDay = 24LL * 3600 * 1000;

QJsonObject credentials(const QString &email, const QString &password)
{
    return {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
}

QList<QPair<QByteArray, QByteArray>> bearer(const QByteArray &token)
{
    return {{"Authorization", "Bearer " + token}};
}

QStringList fieldsOf(const HttpReply &reply)
{
    QStringList fields;
    const QJsonArray errors = reply.json().value(QStringLiteral("errors")).toArray();
    for (const QJsonValue &error : errors) {
        fields.append(error.toObject().value(QStringLiteral("field")).toString());
        if (error.toObject().value(QStringLiteral("message")).toString().isEmpty())
            fields.append(QStringLiteral("<no message>"));
    }
    return fields;
}

} // namespace

class TestAuthApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_offset = 0;
        m_stores = std::make_unique<Testing::TestStores>();
        QVERIFY(m_stores->open());
        Core::AuthConfig config;
        config.password = Core::PasswordParams::minimum(); // fast; production params in core tests
        config.throttle.baseDelayMs = 60'000;              // long enough that no test outruns it
        config.registrationOverride = Core::RegistrationMode::Open; // modes: tst_trust(api)
        config.clock = [this] { return Core::nowMsecs() + m_offset.load(); };
        config.sharedThrottle = m_stores->stores().throttle(); // PostgreSQL: in the database
        m_auth = std::make_unique<Core::AccountService>(m_stores->stores().auth(), config);
        Api::ApiConfig apiConfig;
        apiConfig.databaseOnWorkers = Testing::testsOnPostgresql(); // as the application does
        apiConfig.port = 0;
        m_server = std::make_unique<Api::ApiServer>(apiConfig);
        m_server->addController(std::make_shared<Api::MetaController>());
        m_server->addController(std::make_shared<Api::AuthController>(*m_auth));
        auto started = m_server->start();
        QVERIFY(started);
        m_client = std::make_unique<HttpClient>(QUrl(m_server->baseUrl()));
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
        m_auth.reset();
        m_stores.reset();
    }

    void signupCreatesAnAccountAndAToken()
    {
        QJsonObject body = credentials(QStringLiteral("  Ann.Lee@Example.org "), kPassword);
        body.insert(QStringLiteral("display_name"), QStringLiteral("Ann Lee"));
        const HttpReply reply = m_client->post(kSignup, body);
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.header("content-type"), QByteArray("application/json"));
        QCOMPARE(reply.header("cache-control"), QByteArray("no-store"));
        const QJsonObject json = reply.json();
        const QString token = json.value(QStringLiteral("token")).toString();
        QVERIFY(token.startsWith(QLatin1String("edk_")));
        QCOMPARE(token.size(), 47);
        QCOMPARE(json.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QVERIFY(Core::parseTimestamp(json.value(QStringLiteral("expires_at")).toString()));
        const QJsonObject user = json.value(QStringLiteral("user")).toObject();
        QCOMPARE(
            user.value(QStringLiteral("email")).toString(), QStringLiteral("Ann.Lee@Example.org"));
        QCOMPARE(user.value(QStringLiteral("display_name")).toString(), QStringLiteral("Ann Lee"));
        QCOMPARE(user.value(QStringLiteral("handle")).toString(), QStringLiteral("Ann.Lee"));
        QVERIFY(user.value(QStringLiteral("id")).toInteger() > 0);

        const HttpReply me = m_client->get(kMe, bearer(token.toLatin1()));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json(), user);
    }

    void signupValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("empty object") << QByteArray(
            "{}") << QStringList {QStringLiteral("email"), QStringLiteral("password")};
        QTest::newRow("bad email")
            << QByteArray(R"({"email":"ann.example.org","password":"correct horse"})")
            << QStringList {QStringLiteral("email")};
        QTest::newRow("short password")
            << QByteArray(R"({"email":"ann@example.org","password":"short1"})")
            << QStringList {QStringLiteral("password")};
        QTest::newRow("digits only")
            << QByteArray(R"({"email":"ann@example.org","password":"1234567890"})")
            << QStringList {QStringLiteral("password")};
        QTest::newRow("password is email")
            << QByteArray(R"({"email":"ann@example.org","password":"ANN@example.org"})")
            << QStringList {QStringLiteral("password")};
        QTest::newRow("password too long") << QByteArray(
            R"({"email":"ann@example.org","password":")" + QByteArray(1025, 'p') + R"("})")
                                           << QStringList {QStringLiteral("password")};
        QTest::newRow("display name too long") << QByteArray(
            R"({"email":"ann@example.org","password":"correct horse","display_name":")"
            + QByteArray(101, 'n') + R"("})") << QStringList {QStringLiteral("display_name")};
        QTest::newRow("email not a string")
            << QByteArray(R"({"email":42,"password":"correct horse"})")
            << QStringList {QStringLiteral("email")};
        QTest::newRow("password not a string")
            << QByteArray(R"({"email":"ann@example.org","password":["x"]})")
            << QStringList {QStringLiteral("password")};
        QTest::newRow("everything wrong")
            << QByteArray(R"({"email":"@","password":"1234","display_name":")"
                   + QByteArray(200, 'n') + R"("})")
            << QStringList {QStringLiteral("email"), QStringLiteral("password"),
                   QStringLiteral("display_name")};
    }
    void signupValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, fields);
        const HttpReply reply
            = m_client->send("POST", kSignup, body, {{"Content-Type", "application/json"}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.header("content-type"), QByteArray("application/problem+json"));
        QCOMPARE(reply.problemCode(), QStringLiteral("validation_failed"));
        QCOMPARE(fieldsOf(reply), fields);
        QCOMPARE(userCount(), 0);
    }

    void duplicateEmailInAnotherCase()
    {
        QCOMPARE(m_client->post(kSignup, credentials(kAnn, kPassword)).status, 201);
        const HttpReply reply = m_client->post(
            kSignup, credentials(QStringLiteral("ANN@Example.ORG"), QStringLiteral("another one")));
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.problemCode(), QStringLiteral("email_taken"));
        QCOMPARE(fieldsOf(reply), QStringList {QStringLiteral("email")});
        QCOMPARE(userCount(), 1);
        // Unicode case folding, beyond what SQLite's NOCASE knows.
        QCOMPARE(m_client->post(kSignup, credentials(QStringLiteral("jürgen@bücher.de"), kPassword))
                     .status,
            201);
        QCOMPARE(m_client->post(kSignup, credentials(QStringLiteral("JÜRGEN@BÜCHER.DE"), kPassword))
                     .status,
            409);
    }

    void loginReturnsATokenForTheUser()
    {
        QCOMPARE(m_client->post(kSignup, credentials(kAnn, kPassword)).status, 201);
        const HttpReply reply
            = m_client->post(kLogin, credentials(QStringLiteral(" ANN@example.org "), kPassword));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("cache-control"), QByteArray("no-store"));
        const QJsonObject json = reply.json();
        const QByteArray token = json.value(QStringLiteral("token")).toString().toLatin1();
        QCOMPARE(token.size(), 47);
        QVERIFY(Core::parseTimestamp(json.value(QStringLiteral("expires_at")).toString()));
        QCOMPARE(
            json.value(QStringLiteral("user")).toObject().value(QStringLiteral("email")).toString(),
            kAnn);
        const HttpReply me = m_client->get(kMe, bearer(token));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(QStringLiteral("email")).toString(), kAnn);
    }

    void loginValidation()
    {
        HttpReply reply = m_client->post(kLogin, {});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.problemCode(), QStringLiteral("validation_failed"));
        QCOMPARE(
            fieldsOf(reply), (QStringList {QStringLiteral("email"), QStringLiteral("password")}));
        reply = m_client->send("POST", kLogin, R"({"email":true,"password":"x"})",
            {{"Content-Type", "application/json"}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(fieldsOf(reply), QStringList {QStringLiteral("email")});
    }

    void wrongPasswordAndUnknownEmailLookTheSame()
    {
        QCOMPARE(m_client->post(kSignup, credentials(kAnn, kPassword)).status, 201);
        const HttpReply wrong
            = m_client->post(kLogin, credentials(kAnn, QStringLiteral("wrong horse")));
        const HttpReply unknown
            = m_client->post(kLogin, credentials(QStringLiteral("nobody@example.org"), kPassword));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(unknown.status, 401);
        QCOMPARE(wrong.problemCode(), QStringLiteral("invalid_credentials"));
        QCOMPARE(unknown.body, wrong.body);
        QCOMPARE(userCount(), 1);
    }

    void throttledAfterFiveFailures()
    {
        QCOMPARE(m_client->post(kSignup, credentials(kAnn, kPassword)).status, 201);
        for (int i = 0; i < 5; ++i) {
            const HttpReply reply
                = m_client->post(kLogin, credentials(kAnn, QStringLiteral("wrong horse")));
            QCOMPARE(reply.status, 401);
            QVERIFY(reply.header("retry-after").isEmpty());
        }
        // The sixth attempt waits, even with the right password.
        for (const QString &password : {QStringLiteral("wrong horse"), kPassword}) {
            const HttpReply reply = m_client->post(kLogin, credentials(kAnn, password));
            QCOMPARE(reply.status, 429);
            QCOMPARE(reply.problemCode(), QStringLiteral("too_many_attempts"));
            QCOMPARE(reply.header("retry-after"), QByteArray("60"));
        }
        // Per address: this client is blocked for other accounts too.
        QCOMPARE(m_client->post(kLogin, credentials(QStringLiteral("bob@example.org"), kPassword))
                     .status,
            429);
        // After the wait, the right password works and the next failures back off longer.
        m_offset += 61'000;
        QCOMPARE(m_client->post(kLogin, credentials(kAnn, kPassword)).status, 200);
        QCOMPARE(
            m_client->post(kLogin, credentials(kAnn, QStringLiteral("wrong horse"))).status, 401);
        const HttpReply longer = m_client->post(kLogin, credentials(kAnn, kPassword));
        QCOMPARE(longer.status, 429);
        QCOMPARE(longer.header("retry-after"), QByteArray("120"));
    }

    void badTokensGet401_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QString>("code");
        QTest::newRow("missing") << QByteArray() << QStringLiteral("missing_token");
        QTest::newRow("basic scheme")
            << QByteArray("Basic YW5uOnB3") << QStringLiteral("missing_token");
        QTest::newRow("garbage") << QByteArray("Bearer let-me-in")
                                 << QStringLiteral("invalid_token");
        QTest::newRow("unknown") << QByteArray("Bearer edk_" + QByteArray(43, 'A'))
                                 << QStringLiteral("invalid_token");
        QTest::newRow("huge") << QByteArray("Bearer " + QByteArray(4000, 'x'))
                              << QStringLiteral("invalid_token");
    }
    void badTokensGet401()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QString, code);
        QCOMPARE(m_client->post(kSignup, credentials(kAnn, kPassword)).status, 201);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        for (const auto &[method, path] :
            {std::pair {QByteArray("GET"), kMe}, std::pair {QByteArray("POST"), kLogout},
                std::pair {QByteArray("POST"), kLogoutAll}}) {
            const HttpReply reply = m_client->send(method, path, {}, headers);
            QCOMPARE(reply.status, 401);
            QVERIFY(reply.header("www-authenticate").startsWith("Bearer"));
            QCOMPARE(reply.problemCode(), code);
        }
    }

    void expiredTokenGets401()
    {
        const QByteArray token = signupToken();
        QCOMPARE(m_client->get(kMe, bearer(token)).status, 200);
        m_offset += 15 * kDay; // idle limit is 14 days
        const HttpReply reply = m_client->get(kMe, bearer(token));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.problemCode(), QStringLiteral("token_expired"));
        QVERIFY(reply.header("www-authenticate").startsWith("Bearer"));
        // A fresh login works again.
        QCOMPARE(m_client->post(kLogin, credentials(kAnn, kPassword)).status, 200);
    }

    void logoutRevokesTheToken()
    {
        const QByteArray token = signupToken();
        const HttpReply other = m_client->post(kLogin, credentials(kAnn, kPassword));
        const QByteArray otherToken
            = other.json().value(QStringLiteral("token")).toString().toLatin1();
        const HttpReply reply = m_client->send("POST", kLogout, {}, bearer(token));
        QCOMPARE(reply.status, 204);
        QVERIFY(reply.body.isEmpty());
        const HttpReply me = m_client->get(kMe, bearer(token));
        QCOMPARE(me.status, 401);
        QCOMPARE(me.problemCode(), QStringLiteral("token_revoked"));
        QVERIFY(me.header("www-authenticate").startsWith("Bearer"));
        QCOMPARE(m_client->send("POST", kLogout, {}, bearer(token)).status, 401);
        QCOMPARE(m_client->get(kMe, bearer(otherToken)).status, 200);
    }

    void logoutAllRevokesEveryToken()
    {
        QList<QByteArray> tokens {signupToken()};
        for (int i = 0; i < 2; ++i)
            tokens.append(m_client->post(kLogin, credentials(kAnn, kPassword))
                              .json()
                              .value(QStringLiteral("token"))
                              .toString()
                              .toLatin1());
        const QByteArray bob
            = m_client->post(kSignup, credentials(QStringLiteral("bob@example.org"), kPassword))
                  .json()
                  .value(QStringLiteral("token"))
                  .toString()
                  .toLatin1();
        const HttpReply reply = m_client->send("POST", kLogoutAll, {}, bearer(tokens.at(1)));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("revoked")).toInt(), 3);
        for (const QByteArray &token : std::as_const(tokens))
            QCOMPARE(
                m_client->get(kMe, bearer(token)).problemCode(), QStringLiteral("token_revoked"));
        QCOMPARE(m_client->get(kMe, bearer(bob)).status, 200);
    }

    void malformedBodies_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        for (const QString &path : {kSignup, kLogin}) {
            const QByteArray name = path.section(u'/', -1).toLatin1();
            QTest::addRow("%s malformed", name.constData())
                << path << QByteArray("application/json")
                << QByteArray(R"({"email":"ann@example.org",)") << 400
                << QStringLiteral("malformed_json");
            QTest::addRow("%s array", name.constData())
                << path << QByteArray("application/json") << QByteArray("[1,2]") << 400
                << QStringLiteral("invalid_body");
            QTest::addRow("%s text/plain", name.constData())
                << path << QByteArray("text/plain")
                << QByteArray(R"({"email":"a@b.cd","password":"correct horse"})") << 415
                << QStringLiteral("unsupported_media_type");
            QTest::addRow("%s form", name.constData())
                << path << QByteArray("application/x-www-form-urlencoded")
                << QByteArray("email=a%40b.cd&password=correct+horse") << 415
                << QStringLiteral("unsupported_media_type");
        }
    }
    void malformedBodies()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const HttpReply reply = m_client->send("POST", path, body, {{"Content-Type", contentType}});
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.header("content-type"), QByteArray("application/problem+json"));
        QCOMPARE(reply.problemCode(), code);
        QCOMPARE(userCount(), 0);
    }

    void rehashOnLoginWhenParametersRise()
    {
        QCOMPARE(m_client->post(kSignup, credentials(kAnn, kPassword)).status, 201);
        const QByteArray before = storedHash();
        QVERIFY2(before.contains("$m=8,t=1,p=1$"), before.constData());

        m_auth->setPasswordParams(Core::PasswordParams {2, 16 * 1024});
        // A failed login changes nothing.
        QCOMPARE(
            m_client->post(kLogin, credentials(kAnn, QStringLiteral("wrong horse"))).status, 401);
        QCOMPARE(storedHash(), before);
        QCOMPARE(m_client->post(kLogin, credentials(kAnn, kPassword)).status, 200);
        const QByteArray after = storedHash();
        QVERIFY2(after.contains("$m=16,t=2,p=1$"), after.constData());
        // The new hash works, and a second login does not re-hash again.
        QCOMPARE(m_client->post(kLogin, credentials(kAnn, kPassword)).status, 200);
        QCOMPARE(storedHash(), after);
    }

    // Logins hash on the worker pool, so the API thread answers /health while they run. An
    // ordering check, not a timing one: had the hashing run on the API thread, /health (sent
    // after the first login finished) would queue behind the remaining logins.
    void healthAnswersWhileLoginsHash()
    {
        m_auth->setPasswordParams(Core::PasswordParams::owasp());
        QCOMPARE(m_client->post(kSignup, credentials(kAnn, kPassword)).status, 201);
        QNetworkAccessManager logins;
        QNetworkAccessManager probe; // its own connection, not queued behind the logins
        constexpr int total = 8;
        int loginsDone = 0;
        int okLogins = 0;
        int doneWhenHealthAnswered = -1;
        int healthStatus = 0;
        QNetworkRequest request(m_client->url(kLogin));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        const QByteArray body = QJsonDocument(credentials(kAnn, kPassword)).toJson();
        for (int i = 0; i < total; ++i) {
            QNetworkReply *reply = logins.post(request, body);
            connect(reply, &QNetworkReply::finished, this, [&, reply] {
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                    ++okLogins;
                if (++loginsDone == 1) {
                    QNetworkReply *health = probe.get(
                        QNetworkRequest(m_client->url(QStringLiteral("/api/v1/health"))));
                    connect(health, &QNetworkReply::finished, this, [&, health] {
                        healthStatus
                            = health->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                        doneWhenHealthAnswered = loginsDone;
                        health->deleteLater();
                    });
                }
                reply->deleteLater();
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(loginsDone, total, 60'000);
        QTRY_COMPARE(healthStatus, 200);
        QCOMPARE(okLogins, total);
        QVERIFY2(doneWhenHealthAnswered < total,
            qPrintable(QStringLiteral("/health answered after %1 of %2 logins")
                           .arg(doneWhenHealthAnswered)
                           .arg(total)));
    }

    void everyAuthRouteIsDocumented()
    {
        const QStringList documented
            = Api::documentedOperations(Api::openApiDocument(QStringLiteral("test")));
        int authRoutes = 0;
        for (const Api::Route &route : m_server->router().routes()) {
            if (!route.pattern.startsWith(QLatin1String("/api/v1/auth/")))
                continue;
            ++authRoutes;
            const QString operation
                = QString::fromLatin1(Api::methodName(route.method)) + u' ' + route.pattern;
            QVERIFY2(documented.contains(operation), qPrintable(operation));
        }
        QCOMPARE(authRoutes, 5);
    }

private:
    QByteArray signupToken()
    {
        const HttpReply reply = m_client->post(kSignup, credentials(kAnn, kPassword));
        if (reply.status != 201)
            qWarning("signup failed: %d %s", reply.status, reply.body.constData());
        return reply.json().value(QStringLiteral("token")).toString().toLatin1();
    }
    int userCount() const
    {
        auto users = m_stores->stores().auth().users();
        return users ? int(users->size()) : -1;
    }
    QByteArray storedHash() const
    {
        auto credentials = m_stores->stores().auth().credentialsByEmailKey(kAnn);
        return credentials ? credentials->passwordHash : QByteArray();
    }

    std::atomic<qint64> m_offset = 0;
    std::unique_ptr<Testing::TestStores> m_stores;
    std::unique_ptr<Core::AccountService> m_auth;
    std::unique_ptr<Api::ApiServer> m_server;
    std::unique_ptr<HttpClient> m_client;
};

QTEST_GUILESS_MAIN(TestAuthApi)
#include "tst_authapi.moc"
