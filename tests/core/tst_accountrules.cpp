// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountrules.h"

#include <QTest>

using namespace Eventdesk::Core;

class TestAccountRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emails_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("ann@example.org") << true;
        QTest::newRow("plus and dots")
            << QStringLiteral("ann.lee+events@mail.example.co.uk") << true;
        QTest::newRow("upper case") << QStringLiteral("ANN@EXAMPLE.ORG") << true;
        QTest::newRow("unicode") << QStringLiteral("jürgen@bücher.de") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("no at") << QStringLiteral("ann.example.org") << false;
        QTest::newRow("two ats") << QStringLiteral("ann@b@example.org") << false;
        QTest::newRow("no domain dot") << QStringLiteral("ann@localhost") << false;
        QTest::newRow("empty local") << QStringLiteral("@example.org") << false;
        QTest::newRow("space inside") << QStringLiteral("ann lee@example.org") << false;
        QTest::newRow("empty label") << QStringLiteral("ann@example..org") << false;
        QTest::newRow("trailing dot") << QStringLiteral("ann@example.org.") << false;
        QTest::newRow("hyphen label") << QStringLiteral("ann@-example.org") << false;
        QTest::newRow("one letter tld") << QStringLiteral("ann@example.o") << false;
        QTest::newRow("too long local")
            << QString(65, u'a') + QStringLiteral("@example.org") << false;
        QTest::newRow("too long") << QStringLiteral("a@") + QString(250, u'b')
                + QStringLiteral(".org")
                                  << false;
    }
    void emails()
    {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        QCOMPARE(isValidEmail(email), valid);
        QCOMPARE(validateEmail(email).isEmpty(), valid);
    }

    void emailIsTrimmedAndFolded()
    {
        QCOMPARE(normalizedEmail(QStringLiteral("  Ann@Example.org \n")),
            QStringLiteral("Ann@Example.org"));
        QCOMPARE(emailKey(QStringLiteral(" Ann@Example.ORG ")), QStringLiteral("ann@example.org"));
        QCOMPARE(emailKey(QStringLiteral("JÜRGEN@BÜCHER.DE")),
            emailKey(QStringLiteral("jürgen@bücher.de")));
        QVERIFY(validateEmail(QStringLiteral("  ann@example.org  ")).isEmpty());
    }

    void passwords_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ok") << QStringLiteral("correct horse") << QStringLiteral("ann@example.org")
                            << true;
        QTest::newRow("exactly 8") << QStringLiteral("abcdefg1") << QString() << true;
        QTest::newRow("7") << QStringLiteral("abcdef1") << QString() << false;
        QTest::newRow("empty") << QString() << QString() << false;
        QTest::newRow("all digits") << QStringLiteral("1234567890") << QString() << false;
        QTest::newRow("digits and a letter") << QStringLiteral("123456789a") << QString() << true;
        QTest::newRow("equals email")
            << QStringLiteral("ann@example.org") << QStringLiteral("ann@example.org") << false;
        QTest::newRow("equals email other case")
            << QStringLiteral("ANN@Example.ORG") << QStringLiteral("ann@example.org") << false;
        QTest::newRow("contains email is fine")
            << QStringLiteral("ann@example.org!") << QStringLiteral("ann@example.org") << true;
        QTest::newRow("1024") << QString(1024, u'p') << QString() << true;
        QTest::newRow("1025") << QString(1025, u'p') << QString() << false;
        // 8 characters that are 16 UTF-16 units: characters are counted, not units.
        QTest::newRow("8 emoji") << QString::fromUtf8("🔑🔑🔑🔑🔑🔑🔑🔑") << QString() << true;
        QTest::newRow("4 emoji") << QString::fromUtf8("🔑🔑🔑🔑") << QString() << false;
    }
    void passwords()
    {
        QFETCH(QString, password);
        QFETCH(QString, email);
        QFETCH(bool, valid);
        const QList<FieldError> errors = validatePassword(password, email);
        QCOMPARE(errors.isEmpty(), valid);
        for (const FieldError &error : errors) {
            QCOMPARE(error.field, QStringLiteral("password"));
            QVERIFY(!error.message.isEmpty());
        }
    }

    void signupCollectsEveryField()
    {
        const QList<FieldError> errors = validateSignup(
            QStringLiteral("not-an-email"), QStringLiteral("123"), QString(101, u'n'));
        QCOMPARE(errors.size(), 3);
        QCOMPARE(errors.at(0).field, QStringLiteral("email"));
        QCOMPARE(errors.at(1).field, QStringLiteral("password"));
        QCOMPARE(errors.at(2).field, QStringLiteral("display_name"));
        QVERIFY(validateSignup(QStringLiteral("ann@example.org"), QStringLiteral("correct horse"),
            QStringLiteral("Ann"))
                    .isEmpty());
        QCOMPARE(validateDisplayName(QStringLiteral("bad\u0007name")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAccountRules)
#include "tst_accountrules.moc"
