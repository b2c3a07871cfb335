// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountservice.h"
#include "database.h"
#include "loginthrottle.h"
#include "sqlauthstore.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Eventdesk;
using Core::LoginThrottle;
using Core::ThrottleConfig;

namespace {
const QString kAnn = QStringLiteral("ann@example.org");
const QString kBob = QStringLiteral("bob@example.org");
const QString kHere = QStringLiteral("127.0.0.1");
const QString kThere = QStringLiteral("192.0.2.7");
} // namespace

class TestLoginThrottle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fiveFailuresAreFree()
    {
        LoginThrottle throttle; // defaults: 5 free, 5 s, doubling
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(throttle.retryAfterMs(kAnn, kHere, 1000), qint64(0));
            throttle.recordFailure(kAnn, kHere, 1000);
        }
        QCOMPARE(throttle.failures(kAnn, kHere, 1000), 5);
        QCOMPARE(throttle.retryAfterMs(kAnn, kHere, 1000), qint64(5000));
        QCOMPARE(throttle.retryAfterMs(kAnn, kHere, 3000), qint64(3000));
        QCOMPARE(throttle.retryAfterMs(kAnn, kHere, 6000), qint64(0));
    }

    void backsOffExponentiallyUpToTheCap()
    {
        ThrottleConfig config;
        config.baseDelayMs = 1000;
        config.maxDelayMs = 10'000;
        LoginThrottle throttle(config);
        qint64 now = 0;
        for (int i = 0; i < 5; ++i)
            throttle.recordFailure(kAnn, kHere, now);
        QCOMPARE(throttle.retryAfterMs(kAnn, kHere, now), qint64(1000));
        const QList<qint64> expected {2000, 4000, 8000, 10'000, 10'000};
        for (const qint64 wait : expected) {
            now += throttle.retryAfterMs(kAnn, kHere, now);
            QCOMPARE(throttle.retryAfterMs(kAnn, kHere, now), qint64(0));
            throttle.recordFailure(kAnn, kHere, now);
            QCOMPARE(throttle.retryAfterMs(kAnn, kHere, now), wait);
        }
    }

    void perAccountFromAnyAddress()
    {
        LoginThrottle throttle;
        // Five addresses each fail once for Ann: Ann is blocked everywhere, Bob is not.
        for (int i = 0; i < 5; ++i)
            throttle.recordFailure(kAnn, QStringLiteral("192.0.2.%1").arg(i), 0);
        QVERIFY(throttle.retryAfterMs(kAnn, kThere, 0) > 0);
        QVERIFY(throttle.retryAfterMs(kAnn, QStringLiteral("198.51.100.1"), 0) > 0);
        QCOMPARE(throttle.retryAfterMs(kBob, QStringLiteral("198.51.100.1"), 0), qint64(0));
    }

    void perAddressForAnyAccount()
    {
        LoginThrottle throttle;
        // One address guesses five different accounts: the address is blocked for all of them.
        for (int i = 0; i < 5; ++i)
            throttle.recordFailure(QStringLiteral("user%1@example.org").arg(i), kThere, 0);
        QVERIFY(throttle.retryAfterMs(kAnn, kThere, 0) > 0);
        QCOMPARE(throttle.retryAfterMs(kAnn, kHere, 0), qint64(0));
    }

    void successClearsTheAccountNotTheAddress()
    {
        LoginThrottle throttle;
        for (int i = 0; i < 4; ++i)
            throttle.recordFailure(kAnn, kThere, 0);
        throttle.recordSuccess(kAnn);
        QCOMPARE(throttle.failures(kAnn, kHere, 0), 0);
        QCOMPARE(throttle.failures(kBob, kThere, 0), 4);
        throttle.recordFailure(kBob, kThere, 0);
        QVERIFY(throttle.retryAfterMs(kBob, kThere, 0) > 0);
        QVERIFY(throttle.retryAfterMs(kAnn, kThere, 0) > 0); // the address is blocked
        QCOMPARE(throttle.retryAfterMs(kAnn, kHere, 0), qint64(0));
    }

    void forgetsOldFailures()
    {
        ThrottleConfig config;
        config.forgetAfterMs = 60'000;
        LoginThrottle throttle(config);
        for (int i = 0; i < 4; ++i)
            throttle.recordFailure(kAnn, kHere, 0);
        throttle.recordFailure(kAnn, kHere, 60'001); // the first four are forgotten
        QCOMPARE(throttle.failures(kAnn, kHere, 60'001), 1);
        QCOMPARE(throttle.retryAfterMs(kAnn, kHere, 60'001), qint64(0));
    }

    void memoryStaysBounded()
    {
        ThrottleConfig config;
        config.maxEntries = 100;
        LoginThrottle throttle(config);
        for (int i = 0; i < 5; ++i)
            throttle.recordFailure(kAnn, kHere, 0); // blocked: must survive pruning
        for (int i = 0; i < 1000; ++i)
            throttle.recordFailure(QStringLiteral("spray%1@example.org").arg(i),
                QStringLiteral("10.0.%1.%2").arg(i / 256).arg(i % 256), 1);
        QVERIFY(throttle.retryAfterMs(kAnn, kThere, 1) > 0);
    }

    // Through the service: unknown e-mail and wrong password look the same, and the sixth
    // attempt is refused even with the right password.
    void serviceGivesOneGenericError()
    {
        QTemporaryDir dir;
        Storage::Database db(dir.filePath(QStringLiteral("t.sqlite3")));
        QVERIFY(db.open());
        Storage::SqlAuthStore store(db);
        qint64 now = 1'800'000'000'000;
        Core::AuthConfig config;
        config.password = Core::PasswordParams::minimum();
        config.clock = [&now] { return now; };
        Core::AccountService auth(store, config);
        QVERIFY(auth.signup(kAnn, QStringLiteral("correct horse"), {}));

        auto unknown = auth.login(kBob, QStringLiteral("correct horse"), kHere);
        auto wrong = auth.login(kAnn, QStringLiteral("wrong horse"), kThere);
        QVERIFY(!unknown && !wrong);
        QCOMPARE(unknown.error().kind, Core::ErrorKind::Unauthorized);
        QCOMPARE(unknown.error().code, wrong.error().code);
        QCOMPARE(unknown.error().message, wrong.error().message);
        QCOMPARE(wrong.error().code, QStringLiteral("invalid_credentials"));

        for (int i = 0; i < 4; ++i)
            QCOMPARE(auth.login(kAnn, QStringLiteral("wrong horse"), kThere).error().code,
                QStringLiteral("invalid_credentials"));
        auto blocked = auth.login(kAnn, QStringLiteral("correct horse"), kHere);
        QVERIFY(!blocked);
        QCOMPARE(blocked.error().kind, Core::ErrorKind::RateLimited);
        QCOMPARE(blocked.error().code, QStringLiteral("too_many_attempts"));
        QCOMPARE(blocked.error().retryAfterSeconds, 5);
        now += 5000;
        QVERIFY(auth.login(kAnn, QStringLiteral("correct horse"), kHere));
    }
};

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "tst_loginthrottle.moc"
