// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountservice.h"
#include "authtokens.h"
#include "changehub.h"
#include "database.h"
#include "sqlauthstore.h"

#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Eventdesk;
namespace AuthTokens = Core::AuthTokens;

namespace {
const QString kAnn = QStringLiteral("ann@example.org");
const QString kPassword = QStringLiteral("correct horse");
constexpr qint64 kMinute = 60'000;
constexpr qint64 kDay = 24 * 60 * kMinute;
} // namespace

class TestTokens : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Storage::Database>(m_dir->filePath(QStringLiteral("t.sqlite3")));
        QVERIFY(m_db->open());
        m_store = std::make_unique<Storage::SqlAuthStore>(*m_db);
        m_now = 1'800'000'000'000;
        Core::AuthConfig config;
        config.password = Core::PasswordParams::minimum();
        config.tokenIdleMs = 14 * kDay;
        config.tokenLifetimeMs = 90 * kDay;
        config.touchIntervalMs = kMinute;
        config.clock = [this] { return m_now; };
        m_auth = std::make_unique<Core::AccountService>(*m_store, config, &m_changes);
    }
    void cleanup()
    {
        m_auth.reset();
        m_store.reset();
        m_db.reset();
        m_dir.reset();
    }

    void generatedTokensAreWellFormedAndUnique()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 1000; ++i) {
            const QByteArray token = AuthTokens::generate();
            QVERIFY(token.startsWith("edk_"));
            QCOMPARE(token.size(), 47);
            QVERIFY2(AuthTokens::isWellFormed(token), token.constData());
            seen.insert(token);
        }
        QCOMPARE(seen.size(), 1000);
        // 256 bits: the payload decodes to 32 bytes.
        const QByteArray payload
            = QByteArray::fromBase64(AuthTokens::generate().mid(4), QByteArray::Base64UrlEncoding);
        QCOMPARE(payload.size(), 32);
    }

    void wellFormed_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<bool>("ok");
        const QByteArray good = "edk_" + QByteArray(43, 'A');
        QTest::newRow("good") << good << true;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("no prefix") << QByteArray(47, 'A') << false;
        QTest::newRow("other prefix") << QByteArray("xyz_" + QByteArray(43, 'A')) << false;
        QTest::newRow("short") << good.chopped(1) << false;
        QTest::newRow("long") << QByteArray(good + 'A') << false;
        QTest::newRow("padding") << QByteArray(good.chopped(1) + '=') << false;
        QTest::newRow("plus") << QByteArray(good.chopped(1) + '+') << false;
        QTest::newRow("space") << QByteArray(good.chopped(1) + ' ') << false;
        QTest::newRow("nul") << QByteArray(good.chopped(1) + '\0') << false;
    }
    void wellFormed()
    {
        QFETCH(QByteArray, token);
        QFETCH(bool, ok);
        QCOMPARE(AuthTokens::isWellFormed(token), ok);
    }

    void hashIsSha256()
    {
        QCOMPARE(AuthTokens::hash("abc").toHex(),
            QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(AuthTokens::hash(AuthTokens::generate()).size(), 32);
        QVERIFY(AuthTokens::equalConstantTime("same", "same"));
        QVERIFY(!AuthTokens::equalConstantTime("same", "sane"));
        QVERIFY(!AuthTokens::equalConstantTime("same", "same!"));
    }

    void onlyTheHashIsStored()
    {
        QSignalSpy changed(&m_changes, &Core::ChangeHub::changed);
        auto session = m_auth->signup(kAnn, kPassword, QStringLiteral("Ann"));
        QVERIFY(session);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(1).toLongLong(), session->user.id);
        QCOMPARE(session->expiresAt, m_now + 90 * kDay);
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT token_hash, label FROM tokens")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toByteArray(), AuthTokens::hash(session->token.toLatin1()));
        QVERIFY(!query.value(0).toByteArray().contains(session->token.toLatin1().mid(4, 20)));
        QVERIFY(!query.next());
        QVERIFY(query.exec(QStringLiteral("SELECT password_hash FROM users")));
        QVERIFY(query.next());
        QVERIFY(!query.value(0).toString().contains(kPassword));
    }

    void authenticateReturnsTheUser()
    {
        auto session = m_auth->signup(kAnn, kPassword, QStringLiteral("Ann"));
        QVERIFY(session);
        auto user = m_auth->authenticate(session->token.toLatin1());
        QVERIFY(user);
        QCOMPARE(user->id, session->user.id);
        QCOMPARE(user->email, kAnn);
        QCOMPARE(user->displayName, QStringLiteral("Ann"));
    }

    void wrongTokensAreRefused_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("let me in");
        QTest::newRow("well formed, unknown") << AuthTokens::generate();
        QTest::newRow("sql") << QByteArray("edk_' OR 1=1 --");
    }
    void wrongTokensAreRefused()
    {
        QFETCH(QByteArray, token);
        QVERIFY(m_auth->signup(kAnn, kPassword, {}));
        auto user = m_auth->authenticate(token);
        QVERIFY(!user);
        QCOMPARE(user.error().kind, Core::ErrorKind::Unauthorized);
        QCOMPARE(user.error().code, QStringLiteral("invalid_token"));
    }

    void idleExpiry()
    {
        auto session = m_auth->signup(kAnn, kPassword, {});
        QVERIFY(session);
        const QByteArray token = session->token.toLatin1();
        // Used every 13 days, the token lives on past the idle limit...
        for (int i = 0; i < 5; ++i) {
            m_now += 13 * kDay;
            QVERIFY(m_auth->authenticate(token));
        }
        // ...but 14 idle days end it.
        m_now += 14 * kDay;
        auto user = m_auth->authenticate(token);
        QVERIFY(!user);
        QCOMPARE(user.error().code, QStringLiteral("token_expired"));
    }

    void absoluteExpiry()
    {
        auto session = m_auth->signup(kAnn, kPassword, {});
        QVERIFY(session);
        const QByteArray token = session->token.toLatin1();
        while (m_now + 10 * kDay < session->expiresAt) {
            m_now += 10 * kDay;
            QVERIFY(m_auth->authenticate(token));
        }
        m_now = session->expiresAt;
        auto user = m_auth->authenticate(token);
        QVERIFY(!user);
        QCOMPARE(user.error().code, QStringLiteral("token_expired"));
    }

    void lastUsedIsWrittenAtMostOncePerInterval()
    {
        auto session = m_auth->signup(kAnn, kPassword, {});
        QVERIFY(session);
        const QByteArray token = session->token.toLatin1();
        const qint64 created = m_now;
        auto lastUsed = [this] {
            QSqlQuery query(m_db->connection());
            query.exec(QStringLiteral("SELECT last_used_at FROM tokens"));
            query.next();
            return query.value(0).toLongLong();
        };
        m_now += kMinute / 2;
        QVERIFY(m_auth->authenticate(token));
        QCOMPARE(lastUsed(), created); // recent enough: no write
        m_now += kMinute;
        QVERIFY(m_auth->authenticate(token));
        QCOMPARE(lastUsed(), m_now);
    }

    void logoutRevokesOnlyThisToken()
    {
        auto first = m_auth->signup(kAnn, kPassword, {});
        QVERIFY(first);
        auto second = m_auth->login(kAnn, kPassword, QStringLiteral("127.0.0.1"));
        QVERIFY(second);
        QVERIFY(first->token != second->token);
        QVERIFY(m_auth->logout(first->token.toLatin1()));
        auto revoked = m_auth->authenticate(first->token.toLatin1());
        QVERIFY(!revoked);
        QCOMPARE(revoked.error().code, QStringLiteral("token_revoked"));
        QVERIFY(m_auth->authenticate(second->token.toLatin1()));
        // Twice is an error, not a crash.
        auto again = m_auth->logout(first->token.toLatin1());
        QVERIFY(!again);
        QCOMPARE(again.error().kind, Core::ErrorKind::Unauthorized);
    }

    void logoutAllRevokesEveryTokenOfTheUser()
    {
        auto ann = m_auth->signup(kAnn, kPassword, {});
        auto bob = m_auth->signup(QStringLiteral("bob@example.org"), kPassword, {});
        QVERIFY(ann && bob);
        QList<QByteArray> annTokens {ann->token.toLatin1()};
        for (int i = 0; i < 3; ++i) {
            auto session = m_auth->login(kAnn, kPassword, QStringLiteral("127.0.0.1"));
            QVERIFY(session);
            annTokens.append(session->token.toLatin1());
        }
        auto count = m_auth->logoutAll(ann->user.id);
        QVERIFY(count);
        QCOMPARE(*count, 4);
        for (const QByteArray &token : std::as_const(annTokens))
            QCOMPARE(m_auth->authenticate(token).error().code, QStringLiteral("token_revoked"));
        QVERIFY(m_auth->authenticate(bob->token.toLatin1()));
        QCOMPARE(*m_auth->logoutAll(ann->user.id), 0);
    }

    void loginDeletesTheUsersDeadTokens()
    {
        auto first = m_auth->signup(kAnn, kPassword, {});
        QVERIFY(first);
        auto revoked = m_auth->login(kAnn, kPassword, QStringLiteral("127.0.0.1"));
        QVERIFY(revoked);
        QVERIFY(m_auth->logout(revoked->token.toLatin1()));
        auto live = m_auth->login(kAnn, kPassword, QStringLiteral("127.0.0.1"));
        QVERIFY(live);
        QCOMPARE(tokenCount(), 3);
        // Eight days on: the revoked token is past its week of grace; the first one has been
        // idle for 8 days, under the 14-day limit, so it stays.
        m_now += 8 * kDay;
        QVERIFY(m_auth->authenticate(live->token.toLatin1()));
        QVERIFY(m_auth->login(kAnn, kPassword, QStringLiteral("127.0.0.1")));
        QCOMPARE(tokenCount(), 3); // first, live, new: the revoked one is gone
        QCOMPARE(m_auth->authenticate(revoked->token.toLatin1()).error().code,
            QStringLiteral("invalid_token"));
        // Seven more days: the first token is idle past 14 days and goes too.
        m_now += 7 * kDay;
        QVERIFY(m_auth->login(kAnn, kPassword, QStringLiteral("127.0.0.1")));
        QCOMPARE(tokenCount(), 3); // live, the one of day 8, the new one
        QVERIFY(m_auth->authenticate(live->token.toLatin1()));
    }

private:
    int tokenCount()
    {
        QSqlQuery query(m_db->connection());
        query.exec(QStringLiteral("SELECT count(*) FROM tokens"));
        query.next();
        return query.value(0).toInt();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Storage::SqlAuthStore> m_store;
    Core::ChangeHub m_changes;
    std::unique_ptr<Core::AccountService> m_auth;
    qint64 m_now = 0;
};

QTEST_GUILESS_MAIN(TestTokens)
#include "tst_tokens.moc"
