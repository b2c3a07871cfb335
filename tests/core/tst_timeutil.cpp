// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeutil.h"

#include <QTest>
#include <QTimeZone>

using namespace Eventdesk;

class TestTimeUtil : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAcceptedForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("msecs"); // UTC milliseconds since the epoch
        // 2021-01-01T09:15:27Z = 1609492527 s
        const qint64 base = 1609492527000;
        QTest::newRow("Z") << QStringLiteral("2021-01-01T09:15:27Z") << base;
        QTest::newRow("lower z") << QStringLiteral("2021-01-01t09:15:27z") << base;
        QTest::newRow("fraction ms") << QStringLiteral("2021-01-01T09:15:27.243Z") << base + 243;
        QTest::newRow("fraction 1 digit") << QStringLiteral("2021-01-01T09:15:27.5Z") << base + 500;
        QTest::newRow("fraction ns")
            << QStringLiteral("2021-01-01T09:15:27.243860999Z") << base + 243;
        QTest::newRow("positive offset") << QStringLiteral("2021-01-01T11:15:27+02:00") << base;
        QTest::newRow("negative offset") << QStringLiteral("2021-01-01T04:45:27-04:30") << base;
        QTest::newRow("offset over midnight")
            << QStringLiteral("2020-12-31T23:15:27-10:00") << base;
        QTest::newRow("The Eye") << QStringLiteral("2021-01-01 09:15:27.243860") << base + 243;
        QTest::newRow("no zone is UTC") << QStringLiteral("2021-01-01T09:15:27") << base;
        QTest::newRow("leap day") << QStringLiteral("2024-02-29T00:00:00Z")
                                  << qint64(1709164800000);
        QTest::newRow("epoch") << QStringLiteral("1970-01-01T00:00:00Z") << qint64(0);
    }
    void parsesAcceptedForms()
    {
        QFETCH(QString, text);
        QFETCH(qint64, msecs);
        const auto parsed = Core::parseTimestamp(text);
        QVERIFY2(parsed.has_value(), qPrintable(text));
        QCOMPARE(parsed->toMSecsSinceEpoch(), msecs);
        QCOMPARE(parsed->offsetFromUtc(), 0);
    }

    void rejectsInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("garbage") << QStringLiteral("yesterday");
        QTest::newRow("September 31") << QStringLiteral("2021-09-31T10:00:00Z");
        QTest::newRow("February 29, not leap") << QStringLiteral("2021-02-29 10:00:00");
        QTest::newRow("month 13") << QStringLiteral("2021-13-01T10:00:00Z");
        QTest::newRow("hour 24") << QStringLiteral("2021-01-01T24:00:00Z");
        QTest::newRow("minute 60") << QStringLiteral("2021-01-01T10:60:00Z");
        QTest::newRow("date only") << QStringLiteral("2021-01-01");
        QTest::newRow("no seconds") << QStringLiteral("2021-01-01T10:00Z");
        QTest::newRow("bad offset") << QStringLiteral("2021-01-01T10:00:00+25:00");
        QTest::newRow("offset without colon") << QStringLiteral("2021-01-01T10:00:00+0200");
        QTest::newRow("trailing text") << QStringLiteral("2021-01-01T10:00:00Z and more");
        QTest::newRow("empty fraction") << QStringLiteral("2021-01-01T10:00:00.Z");
        QTest::newRow("fraction too long") << QStringLiteral("2021-01-01T10:00:00.1234567890Z");
        QTest::newRow("short year") << QStringLiteral("21-01-01T10:00:00Z");
    }
    void rejectsInvalid()
    {
        QFETCH(QString, text);
        QVERIFY2(!Core::parseTimestamp(text).has_value(), qPrintable(text));
    }

    void formatsUtcWithMilliseconds()
    {
        QCOMPARE(
            Core::toRfc3339(qint64(1609492527243)), QStringLiteral("2021-01-01T09:15:27.243Z"));
        QCOMPARE(Core::toRfc3339(qint64(0)), QStringLiteral("1970-01-01T00:00:00.000Z"));
        const QDateTime berlin(
            QDate(2021, 1, 1), QTime(10, 15, 27, 243), QTimeZone(QByteArrayLiteral("UTC+01:00")));
        QCOMPARE(Core::toRfc3339(berlin), QStringLiteral("2021-01-01T09:15:27.243Z"));
    }

    void roundTrips()
    {
        const qint64 now = Core::nowMsecs();
        const auto parsed = Core::parseTimestamp(Core::toRfc3339(now));
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->toMSecsSinceEpoch(), now);
    }
};

QTEST_GUILESS_MAIN(TestTimeUtil)
#include "tst_timeutil.moc"
