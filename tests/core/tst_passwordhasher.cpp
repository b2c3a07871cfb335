// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordhasher.h"

#include <QTest>

using namespace Eventdesk::Core;

class TestPasswordHasher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void minimumIsLibsodiumsFloor()
    {
        const PasswordParams minimum = PasswordParams::minimum();
        QCOMPARE(minimum.opsLimit, 1u);
        QCOMPARE(minimum.memLimitBytes, std::size_t(8192));
        const PasswordParams owasp = PasswordParams::owasp();
        QVERIFY(owasp.memLimitBytes >= std::size_t(19) * 1024 * 1024);
        QVERIFY(owasp.opsLimit >= 2);
    }

    void hashAndVerify_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("ascii") << QStringLiteral("correct horse battery");
        QTest::newRow("unicode") << QStringLiteral("pässwörd-日本語-🔑");
        QTest::newRow("long") << QString(1024, u'x');
        QTest::newRow("spaces") << QStringLiteral("   leading and trailing   ");
    }
    void hashAndVerify()
    {
        QFETCH(QString, password);
        const PasswordHasher hasher(PasswordParams::minimum());
        auto hash = hasher.hash(password);
        QVERIFY(hash);
        QVERIFY2(hash->startsWith("$argon2id$v=19$m=8,t=1,p=1$"), hash->constData());
        QVERIFY(!hash->contains(password.toUtf8()));
        QVERIFY(hasher.verify(*hash, password));
        QVERIFY(!hasher.verify(*hash, password + u'x'));
        QVERIFY(!hasher.verify(*hash, password.chopped(1)));
        QVERIFY(!hasher.verify(*hash, QString()));
    }

    void saltsDiffer()
    {
        const PasswordHasher hasher(PasswordParams::minimum());
        auto first = hasher.hash(QStringLiteral("same password"));
        auto second = hasher.hash(QStringLiteral("same password"));
        QVERIFY(first && second);
        QVERIFY(*first != *second);
        QVERIFY(hasher.verify(*first, QStringLiteral("same password")));
        QVERIFY(hasher.verify(*second, QStringLiteral("same password")));
    }

    void malformedStoredHashes_data()
    {
        QTest::addColumn<QByteArray>("stored");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("not a hash");
        QTest::newRow("bcrypt") << QByteArray(
            "$2b$12$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234");
        QTest::newRow("truncated") << QByteArray("$argon2id$v=19$m=8,t=1,p=1$c2FsdA");
        QTest::newRow("too long") << QByteArray(4096, '$');
    }
    void malformedStoredHashes()
    {
        QFETCH(QByteArray, stored);
        const PasswordHasher hasher(PasswordParams::minimum());
        QVERIFY(!hasher.verify(stored, QStringLiteral("anything at all")));
        QVERIFY(hasher.needsRehash(stored));
    }

    void needsRehashWhenParametersRise()
    {
        const PasswordHasher weak(PasswordParams::minimum());
        auto hash = weak.hash(QStringLiteral("correct horse"));
        QVERIFY(hash);
        QVERIFY(!weak.needsRehash(*hash));

        const PasswordHasher morePasses(
            PasswordParams {2, PasswordParams::minimum().memLimitBytes});
        QVERIFY(morePasses.needsRehash(*hash));
        const PasswordHasher moreMemory(PasswordParams {1, 64 * 1024});
        QVERIFY(moreMemory.needsRehash(*hash));
        // The stronger hasher still verifies the old hash (the string carries its parameters).
        QVERIFY(morePasses.verify(*hash, QStringLiteral("correct horse")));

        auto stronger = morePasses.hash(QStringLiteral("correct horse"));
        QVERIFY(stronger);
        QVERIFY(!morePasses.needsRehash(*stronger));
        QVERIFY(stronger->contains(",t=2,"));
    }

    // The one test with the production cost: 19 MiB, 2 passes.
    void productionParameters()
    {
        const PasswordHasher hasher; // defaults to OWASP
        QCOMPARE(hasher.params(), PasswordParams::owasp());
        auto hash = hasher.hash(QStringLiteral("correct horse battery staple"));
        QVERIFY(hash);
        QVERIFY2(hash->startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash->constData());
        QVERIFY(hasher.verify(*hash, QStringLiteral("correct horse battery staple")));
        QVERIFY(!hasher.verify(*hash, QStringLiteral("correct horse battery stapler")));
        QVERIFY(!hasher.needsRehash(*hash));
        // A test-strength hash is upgraded by production.
        auto weak = PasswordHasher(PasswordParams::minimum()).hash(QStringLiteral("x"));
        QVERIFY(weak);
        QVERIFY(hasher.needsRehash(*weak));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
