// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The parsers alone: the provider fixtures, the JSON API shapes, iCalendar, hostile input.
#include "feedformats.h"
#include "icalendarparser.h"
#include "jsonapiparser.h"
#include "providerxmlparser.h"

#include <QBuffer>
#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace Eventdesk;
using namespace Eventdesk::Core;

namespace {

struct Collector : FeedSink
{
    QList<FeedItem> items;
    QList<FeedComment> comments;
    QList<FeedIssue> issues;
    Result<void> item(const FeedItem &i) override
    {
        items.append(i);
        return {};
    }
    Result<void> comment(const FeedComment &c) override
    {
        comments.append(c);
        return {};
    }
    void skipped(const FeedIssue &issue) override { issues.append(issue); }
    void note(const FeedIssue &issue) override { notes.append(issue); }
    QList<FeedIssue> notes;
    const FeedItem *find(const QString &key) const
    {
        for (const auto &i : items)
            if (i.externalId == key)
                return &i;
        return nullptr;
    }
};

Result<void> run(
    FeedParser &&parser, const QByteArray &data, Collector &sink, ParseOptions options = {})
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return parser.parse(buffer, sink, options);
}

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(FEEDS_TEST_DATA "/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toMSecsSinceEpoch();
}

// An endless provider feed produced on the fly: a "1 GB file" without the disk.
class EndlessFeed : public QIODevice
{
public:
    explicit EndlessFeed(qint64 size)
        : m_size(size)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        static const QByteArray head = "<?xml version=\"1.0\"?><planList><output>"
                                       "<base_plan base_plan_id=\"1\" sell_mode=\"online\" "
                                       "title=\"x\">";
        static const QByteArray plan = "<plan plan_id=\"1\" plan_start_date=\"2021-01-01T00:00:00\""
                                       " plan_end_date=\"2021-01-01T01:00:00\"><zone price=\"1\"/>"
                                       "</plan>\n";
        qint64 n = 0;
        while (n < max && m_pos < m_size) {
            const QByteArray &src = m_pos < head.size() ? head : plan;
            const qint64 offset = m_pos < head.size() ? m_pos : (m_pos - head.size()) % plan.size();
            const qint64 take = qMin(max - n, src.size() - offset);
            memcpy(data + n, src.constData() + offset, size_t(take));
            n += take;
            m_pos += take;
        }
        m_produced += n;
        return n == 0 && m_pos >= m_size ? -1 : n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

public:
    qint64 m_size;
    qint64 m_pos = 0;
    qint64 m_produced = 0;
};

} // namespace

class TestFeedParsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // fuzz_providerxml found this: a 19-character date with '-' and 'T' in place but not the
    // rest recursed between the fast and the general date parser until the stack overflowed.
    // (Regression seed: tests/fuzz/corpus/providerxml/regress-date-recursion.xml.)
    void providerDateThatLooksFastButIsNot()
    {
        QCOMPARE(Feeds::parseProviderDate(u"2026-01-01T10x00:00"), std::nullopt);
        QCOMPARE(Feeds::parseProviderDate(u"2026-01-01T10:00\u00e9:0"), std::nullopt);
        QVERIFY(Feeds::parseProviderDate(u"2026-01-01T10:00:00").has_value());
        QFile seed(QStringLiteral(EVENTDESK_FUZZ_CORPUS "/providerxml/regress-date-recursion.xml"));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        QByteArray bytes = seed.readAll();
        QBuffer input(&bytes);
        input.open(QIODevice::ReadOnly);
        Collector sink;
        (void)Feeds::ProviderXmlParser().parse(input, sink, ParseOptions());
    }

    void providerNewFormat()
    {
        Collector sink;
        QVERIFY(run(Feeds::ProviderXmlParser(), fixture("provider-v2-planlist.xml"), sink));
        QCOMPARE(sink.items.size(), 4);
        QVERIFY(sink.issues.isEmpty());
        // plan_id 1642 repeats across base plans 322 and 1591: two distinct plans.
        const FeedItem *a = sink.find(QStringLiteral("322:1642"));
        const FeedItem *b = sink.find(QStringLiteral("1591:1642"));
        QVERIFY(a && b);
        QCOMPARE(a->title, QStringLiteral("Pantomima Full"));
        QCOMPARE(b->title, QStringLiteral("Los Morancos"));
        // Repeated zone 186 with two prices: min and max over the zones.
        QCOMPARE(b->minPrice.value(), 65.0);
        QCOMPARE(b->maxPrice.value(), 75.0);
        const FeedItem *c = sink.find(QStringLiteral("291:291"));
        QCOMPARE(c->minPrice.value(), 15.0);
        QCOMPARE(c->maxPrice.value(), 30.0);
        QCOMPARE(*c->startsAt, utc("2021-06-30T21:00:00Z"));
        QCOMPARE(*c->endsAt, utc("2021-06-30T22:00:00Z"));
        QCOMPARE(c->sellMode, QStringLiteral("online"));
        QCOMPARE(c->baseId, QStringLiteral("291"));
        QCOMPARE(c->planId, QStringLiteral("291"));
        QVERIFY(c->online());
        QVERIFY(!c->soldOut);
    }

    void providerOldFormat()
    {
        Collector sink;
        QVERIFY(run(Feeds::ProviderXmlParser(), fixture("provider-v1-eventlist.xml"), sink));
        QCOMPARE(sink.items.size(), 3);
        const FeedItem *concert = sink.find(QStringLiteral("291:291"));
        QCOMPARE(concert->minPrice.value(), 0.0);
        QCOMPARE(concert->maxPrice.value(), 20.0);
        QCOMPARE(*concert->startsAt, utc("2019-06-30T21:00:00Z"));
        QVERIFY(!concert->endsAt.has_value());
        const FeedItem *offline = sink.find(QStringLiteral("322:1642"));
        QCOMPARE(offline->sellMode, QStringLiteral("offline"));
        QVERIFY(!offline->online());
        QVERIFY(sink.find(QStringLiteral("1591:1642")));
    }

    void providerBadElementsAreSkipped()
    {
        const QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<planList><output>
 <base_plan base_plan_id="1" sell_mode="online" title="Good">
  <plan plan_id="1" plan_start_date="2021-09-30T20:00:00" plan_end_date="2021-09-30T21:00:00"><zone price="10.00"/><zone price="abc"/></plan>
  <plan plan_id="2" plan_start_date="2021-09-31T20:00:00" plan_end_date="2021-10-01T21:00:00"><zone price="10.00"/></plan>
  <plan plan_start_date="2021-09-30T20:00:00" plan_end_date="2021-09-30T21:00:00"/>
  <plan plan_id="4" plan_start_date="2021-09-30T20:00:00" plan_end_date="2021-09-30T19:00:00"/>
 </base_plan>
 <base_plan base_plan_id="2" sell_mode="online">
  <plan plan_id="1" plan_start_date="2021-09-30T20:00:00" plan_end_date="2021-09-30T21:00:00"/>
 </base_plan>
</output></planList>)";
        Collector sink;
        QVERIFY(run(Feeds::ProviderXmlParser(), xml, sink));
        QCOMPARE(sink.items.size(), 1);
        QCOMPARE(sink.items.first().externalId, QStringLiteral("1:1"));
        QCOMPARE(sink.items.first().maxPrice.value(), 10.0);
        QCOMPARE(sink.issues.size(), 5); // bad zone price, 09-31, no id, ends early, no title
        QVERIFY(sink.issues.at(1).message.contains(QLatin1String("2021-09-31")));
        QVERIFY(sink.issues.at(1).line > 0);
    }

    void providerHostile_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("code");
        QTest::newRow("malformed")
            << QByteArray("<planList><output><base_plan></output>") << QStringLiteral("malformed");
        QTest::newRow("truncated") << QByteArray("<planList><output><base_plan base_plan_id=\"1\"")
                                   << QStringLiteral("malformed");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("malformed");
        QTest::newRow("billion laughs")
            << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                          "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                          "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                          "<planList>&lol3;</planList>")
            << QStringLiteral("dtd_refused");
        QTest::newRow("external entity")
            << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM "
                          "\"file:///etc/passwd\">]><planList>&e;</planList>")
            << QStringLiteral("dtd_refused");
        QTest::newRow("undeclared entity")
            << QByteArray("<planList>&nope;</planList>") << QStringLiteral("malformed");
        QTest::newRow("wrong encoding")
            << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?><planList><output>"
                          "<base_plan base_plan_id=\"1\" sell_mode=\"online\" title=\"Caf\xe9 "
                          "\xff\xfe\"/></output></planList>")
            << QStringLiteral("encoding");
        QTest::newRow("other root")
            << QByteArray("<html><body/></html>") << QStringLiteral("unsupported_format");
        QTest::newRow("huge attribute")
            << QByteArray("<planList><output><base_plan base_plan_id=\"1\" title=\""
                   + QByteArray(3 * 1024 * 1024, 'a') + "\"/></output></planList>")
            << QStringLiteral("token_too_large");
    }

    void providerHostile()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, code);
        Collector sink;
        auto result = run(Feeds::ProviderXmlParser(), xml, sink);
        QVERIFY(!result);
        QCOMPARE(result.error().code, code);
        QVERIFY(!result.error().message.isEmpty());
    }

    void providerLatin1Declared()
    {
        // A correctly declared non-UTF-8 encoding is read, not refused.
        const QByteArray xml
            = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><planList><output>"
              "<base_plan base_plan_id=\"1\" sell_mode=\"online\" title=\"Caf\xe9\">"
              "<plan plan_id=\"1\" plan_start_date=\"2021-01-01T00:00:00\" "
              "plan_end_date=\"2021-01-01T01:00:00\"/></base_plan></output></planList>";
        Collector sink;
        QVERIFY(run(Feeds::ProviderXmlParser(), xml, sink));
        QCOMPARE(sink.items.first().title, QStringLiteral("Caf\u00e9"));
    }

    void providerSizeCapStopsEarly()
    {
        // A 1 GB stream: the cap (here 8 MB) stops it after reading little more than the cap.
        EndlessFeed feed(1024LL * 1024 * 1024);
        Collector sink;
        ParseOptions options;
        options.maxBytes = 8 * 1024 * 1024;
        auto result = Feeds::ProviderXmlParser().parse(feed, sink, options);
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("too_large"));
        QVERIFY(feed.m_produced < options.maxBytes + 1024 * 1024);
        QVERIFY(sink.items.size() > 1000); // it streamed: plans arrived before the stop
    }

    void providerCancel()
    {
        EndlessFeed feed(64LL * 1024 * 1024);
        Collector sink;
        std::atomic<bool> cancel {true};
        ParseOptions options;
        options.cancel = &cancel;
        auto result = Feeds::ProviderXmlParser().parse(feed, sink, options);
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("cancelled"));
    }

    void jsonPostsAndComments()
    {
        const QByteArray json = R"({"posts":[
            {"userId":1,"id":1,"title":"sunt aut facere","body":"quia et suscipit"},
            {"userId":1,"id":2,"title":"qui est esse","body":"est rerum"},
            {"userId":1,"title":"no id"}],
          "comments":[
            {"postId":1,"id":1,"name":"id labore","email":"Eliseo@gardner.biz","body":"laudantium"},
            {"postId":2,"id":5,"name":"n","email":"e@x.org","body":"b"},
            {"postId":1,"id":7,"name":"n","email":"e@x.org"}]})";
        Collector sink;
        QVERIFY(run(Feeds::JsonApiParser(), json, sink));
        QCOMPARE(sink.items.size(), 2);
        QCOMPARE(sink.items.first().externalId, QStringLiteral("1"));
        QCOMPARE(sink.items.first().title, QStringLiteral("sunt aut facere"));
        QCOMPARE(sink.items.first().description, QStringLiteral("quia et suscipit"));
        QVERIFY(!sink.items.first().startsAt.has_value());
        QVERIFY(!sink.items.first().online());
        QCOMPARE(sink.comments.size(), 2);
        QCOMPARE(sink.comments.first().eventExternalId, QStringLiteral("1"));
        QCOMPARE(sink.comments.first().authorEmail, QStringLiteral("Eliseo@gardner.biz"));
        QCOMPARE(sink.issues.size(), 2);
    }

    void jsonArraysAndHostile()
    {
        Collector posts;
        QVERIFY(
            run(Feeds::JsonApiParser(), R"([{"userId":1,"id":3,"title":"t","body":"b"}])", posts));
        QCOMPARE(posts.items.size(), 1);
        Collector comments;
        QVERIFY(run(Feeds::JsonApiParser(),
            R"([{"postId":3,"id":9,"name":"n","email":"e","body":"b"}])", comments));
        QCOMPARE(comments.comments.size(), 1);
        Collector bad;
        auto result = run(Feeds::JsonApiParser(), "[{\"id\":1,", bad);
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("malformed"));
        ParseOptions small;
        small.maxBytes = 10;
        result = run(
            Feeds::JsonApiParser(), R"([{"userId":1,"id":3,"title":"t","body":"b"}])", bad, small);
        QCOMPARE(result.error().code, QStringLiteral("too_large"));
    }

    void icalEvents()
    {
        const QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
                               "BEGIN:VTIMEZONE\r\nTZID:Custom/Plus2\r\n"
                               "BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0200\r\n"
                               "TZOFFSETTO:+0200\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
                               "BEGIN:VEVENT\r\nUID:one@test\r\nSUMMARY:Concert\r\n"
                               "DESCRIPTION:Loud\\, late\r\nLOCATION:Hall A\r\n"
                               "DTSTART;TZID=Custom/Plus2:20260701T200000\r\n"
                               "DTEND;TZID=Custom/Plus2:20260701T220000\r\nEND:VEVENT\r\n"
                               "BEGIN:VEVENT\r\nUID:two@test\r\nSUMMARY:Madrid\r\n"
                               "DTSTART;TZID=Europe/Madrid:20260115T100000\r\nDURATION:PT90M\r\n"
                               "END:VEVENT\r\n"
                               "BEGIN:VEVENT\r\nUID:three@test\r\nSUMMARY:Utc\r\n"
                               "DTSTART:20260301T080000Z\r\nEND:VEVENT\r\n"
                               "BEGIN:VEVENT\r\nSUMMARY:No uid\r\nDTSTART:20260301T080000Z\r\n"
                               "END:VEVENT\r\n"
                               "END:VCALENDAR\r\n";
        Collector sink;
        QVERIFY(run(Feeds::ICalendarParser(), ics, sink));
        QCOMPARE(sink.items.size(), 4); // the event without UID gets a derived key, noted
        QCOMPARE(sink.issues.size(), 0);
        QCOMPARE(sink.notes.size(), 1);
        const FeedItem *one = sink.find(QStringLiteral("one@test"));
        QCOMPARE(one->title, QStringLiteral("Concert"));
        QCOMPARE(one->description, QStringLiteral("Loud, late"));
        QCOMPARE(one->location, QStringLiteral("Hall A"));
        QCOMPARE(*one->startsAt, utc("2026-07-01T18:00:00Z"));
        QCOMPARE(*one->endsAt, utc("2026-07-01T20:00:00Z"));
        const FeedItem *two = sink.find(QStringLiteral("two@test"));
        QCOMPARE(*two->startsAt, utc("2026-01-15T09:00:00Z")); // CET, +01:00 in January
        QCOMPARE(*two->endsAt, utc("2026-01-15T10:30:00Z"));
        QCOMPARE(*sink.find(QStringLiteral("three@test"))->startsAt, utc("2026-03-01T08:00:00Z"));
    }

    void icalRecurrence()
    {
        const QByteArray ics
            = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
              "BEGIN:VEVENT\r\nUID:weekly@test\r\nSUMMARY:Weekly\r\n"
              "DTSTART:20260105T090000Z\r\nDTEND:20260105T100000Z\r\n"
              "RRULE:FREQ=WEEKLY\r\nEXDATE:20260119T090000Z\r\nEND:VEVENT\r\n"
              "BEGIN:VEVENT\r\nUID:weekly@test\r\nSUMMARY:Moved\r\n"
              "RECURRENCE-ID:20260126T090000Z\r\n"
              "DTSTART:20260127T090000Z\r\nDTEND:20260127T100000Z\r\nEND:VEVENT\r\n"
              "END:VCALENDAR\r\n";
        Collector sink;
        ParseOptions options;
        options.windowStart = utc("2026-01-01T00:00:00Z");
        options.windowEnd = utc("2026-02-01T00:00:00Z");
        QVERIFY(run(Feeds::ICalendarParser(), ics, sink, options));
        // Jan 5, 12, (19 excluded), 26 replaced by the override on the 27th.
        QStringList keys;
        for (const auto &i : sink.items)
            keys.append(i.externalId);
        keys.sort();
        QCOMPARE(keys,
            QStringList({QStringLiteral("weekly@test/20260105T090000Z"),
                QStringLiteral("weekly@test/20260112T090000Z"),
                QStringLiteral("weekly@test/20260126T090000Z")}));
        const FeedItem *moved = sink.find(QStringLiteral("weekly@test/20260126T090000Z"));
        QCOMPARE(moved->title, QStringLiteral("Moved"));
        QCOMPARE(*moved->startsAt, utc("2026-01-27T09:00:00Z"));
        QCOMPARE(*sink.find(QStringLiteral("weekly@test/20260112T090000Z"))->endsAt,
            utc("2026-01-12T10:00:00Z"));

        // An endless rule is cut at maxOccurrences within the window and reported (50 generated,
        // one of them excluded, one replaced by the override).
        options.windowEnd = utc("2100-01-01T00:00:00Z");
        options.maxOccurrences = 50;
        Collector capped;
        QVERIFY(run(Feeds::ICalendarParser(), ics, capped, options));
        QCOMPARE(capped.items.size(), 49);
        QCOMPARE(capped.notes.size(), 1);
    }

    void icalHostile()
    {
        Collector sink;
        auto r = run(Feeds::ICalendarParser(), "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n", sink);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("malformed"));
        r = run(Feeds::ICalendarParser(), "<xml/>", sink);
        QCOMPARE(r.error().code, QStringLiteral("malformed"));
        const QByteArray badDate = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n"
                                   "DTSTART:20210931T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        Collector skipped;
        QVERIFY(run(Feeds::ICalendarParser(), badDate, skipped));
        QCOMPARE(skipped.items.size(), 0);
        QCOMPARE(skipped.issues.size(), 1);
    }

    void icalExportRoundTrip()
    {
        StoredEvent e;
        e.id = 7;
        e.uuid = QStringLiteral("0b7c9d2e-0000-5000-8000-000000000001");
        e.title = QStringLiteral("Caf\u00e9, concert; late");
        e.description = QStringLiteral("two\nlines");
        e.location = QStringLiteral("Hall");
        e.startsAt = utc("2026-07-01T18:00:00Z");
        e.endsAt = utc("2026-07-01T20:00:00Z");
        const QByteArray ics = Feeds::exportICalendar({e});
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR"));
        QVERIFY(ics.contains("DTSTART:20260701T180000Z"));
        Collector back;
        QVERIFY(run(Feeds::ICalendarParser(), ics, back));
        QCOMPARE(back.items.size(), 1);
        QCOMPARE(back.items.first().title, e.title);
        QCOMPARE(back.items.first().description, e.description);
        QCOMPARE(*back.items.first().startsAt, e.startsAt);
        QCOMPARE(*back.items.first().endsAt, *e.endsAt);
    }

    void sniff()
    {
        Feeds::FeedFormats formats;
        QCOMPARE(formats.sniff("text/calendar", {}), FeedFormat::ICal);
        QCOMPARE(formats.sniff("application/json; charset=utf-8", {}), FeedFormat::Json);
        QCOMPARE(formats.sniff("application/xml", {}), FeedFormat::Provider);
        QCOMPARE(formats.sniff({}, "\xEF\xBB\xBF  <?xml"), FeedFormat::Provider);
        QCOMPARE(formats.sniff({}, " [{\"id\":1}]"), FeedFormat::Json);
        QCOMPARE(formats.sniff("application/octet-stream", "BEGIN:VCALENDAR"), FeedFormat::ICal);
        QCOMPARE(formats.sniff({}, "hello"), FeedFormat::Unknown);
        QVERIFY(!formats.parser(FeedFormat::Unknown));
    }
};

QTEST_GUILESS_MAIN(TestFeedParsers)
#include "tst_feedparsers.moc"
