// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Pure rules of the events area: draft validation and the opaque list cursor.
#include "eventservice.h"

#include <QTest>

using namespace Eventdesk::Core;

Q_DECLARE_METATYPE(Eventdesk::Core::EventDraft)

class TestEventRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validation_data();
    void validation();
    void cursorRoundTrip_data();
    void cursorRoundTrip();
    void cursorRejectsGarbage_data();
    void cursorRejectsGarbage();
};

void TestEventRules::validation_data()
{
    QTest::addColumn<EventDraft>("draft");
    QTest::addColumn<QStringList>("fields");
    const qint64 start = 1800000000000;
    EventDraft ok {QStringLiteral("Title"), QString(), start, std::nullopt, QString(), QString()};
    QTest::newRow("ok") << ok << QStringList {};
    EventDraft x = ok;
    x.title = QString(256, u'a');
    QTest::newRow("title 256") << x << QStringList {};
    x.title = QString(257, u'a');
    QTest::newRow("title 257") << x << QStringList {QStringLiteral("title")};
    x.title = QStringLiteral("   ");
    QTest::newRow("blank title") << x << QStringList {QStringLiteral("title")};
    x.title = QStringLiteral("  padded  ") + QString(246, u'a')
        + QStringLiteral("   "); // trimmed before counting
    QTest::newRow("padded title") << x << QStringList {};
    x = ok;
    x.endsAt = start;
    QTest::newRow("ends at start") << x << QStringList {};
    x.endsAt = start - 1;
    QTest::newRow("ends before") << x << QStringList {QStringLiteral("ends_at")};
    x = ok;
    x.description = QString(10001, u'd');
    x.location = QString(257, u'l');
    x.category = QString(65, u'c');
    QTest::newRow("long texts") << x
                                << QStringList {QStringLiteral("description"),
                                       QStringLiteral("location"), QStringLiteral("category")};
    x = ok;
    x.startsAt = 253402300800000; // year 10000
    QTest::newRow("start out of range") << x << QStringList {QStringLiteral("starts_at")};
    x = ok;
    x.title.clear();
    x.endsAt = start - 1000;
    QTest::newRow("two fields") << x
                                << QStringList {QStringLiteral("title"), QStringLiteral("ends_at")};
}

void TestEventRules::validation()
{
    QFETCH(EventDraft, draft);
    QFETCH(QStringList, fields);
    QStringList actual;
    for (const FieldError &error : EventService::validate(draft)) {
        actual.append(error.field);
        QVERIFY(!error.message.isEmpty());
    }
    QCOMPARE(actual, fields);
}

void TestEventRules::cursorRoundTrip_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<int>("bucket");
    QTest::addColumn<QVariant>("key");
    QTest::newRow("upcoming") << int(EventSort::Upcoming) << false << 0
                              << QVariant(qint64(1800000000000));
    QTest::newRow("past") << int(EventSort::Upcoming) << false << 1 << QVariant(qint64(-5));
    QTest::newRow("title with bars")
        << int(EventSort::Title) << true << 0 << QVariant(QStringLiteral("a|b|ü|€"));
    QTest::newRow("participants") << int(EventSort::Participants) << false << 0
                                  << QVariant(qint64(10000));
}

void TestEventRules::cursorRoundTrip()
{
    QFETCH(int, sort);
    QFETCH(bool, descending);
    QFETCH(int, bucket);
    QFETCH(QVariant, key);
    EventPosition position;
    position.pivot = 1795000000123;
    position.sort = EventSort(sort);
    position.descending = descending;
    position.bucket = bucket;
    position.key = key;
    position.id = 4242;
    const QString cursor = EventService::encodeCursor(position);
    // Opaque and URL-safe.
    for (const QChar c : cursor)
        QVERIFY(c.isLetterOrNumber() || c == u'-' || c == u'_');
    const auto decoded = EventService::decodeCursor(cursor);
    QVERIFY(decoded);
    QCOMPARE(decoded->pivot, position.pivot);
    QCOMPARE(int(decoded->sort), sort);
    QCOMPARE(decoded->descending, descending);
    QCOMPARE(decoded->bucket, bucket);
    QCOMPARE(decoded->id, 4242);
    QCOMPARE(decoded->key, key);
    QVERIFY(decoded->started);
}

void TestEventRules::cursorRejectsGarbage_data()
{
    QTest::addColumn<QString>("cursor");
    auto b64 = [](const char *text) {
        return QString::fromLatin1(QByteArray(text).toBase64(
            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    QTest::newRow("empty") << QString();
    QTest::newRow("not base64") << QStringLiteral("!!!");
    QTest::newRow("wrong version") << b64("2|1|0|0|0|5|i7");
    QTest::newRow("too few parts") << b64("1|1|0|0");
    QTest::newRow("bad number") << b64("1|x|0|0|0|5|i7");
    QTest::newRow("bad sort") << b64("1|1|9|0|0|5|i7");
    QTest::newRow("bad bucket") << b64("1|1|0|0|7|5|i7");
    QTest::newRow("bad key type") << b64("1|1|0|0|0|5|q7");
    QTest::newRow("text key for a number sort") << b64("1|1|0|0|0|5|sabc");
    QTest::newRow("number key for title") << b64("1|1|2|0|0|5|i5");
    QTest::newRow("huge") << QString(5000, u'A');
}

void TestEventRules::cursorRejectsGarbage()
{
    QFETCH(QString, cursor);
    QVERIFY(!EventService::decodeCursor(cursor));
}

QTEST_GUILESS_MAIN(TestEventRules)
#include "tst_eventrules.moc"
