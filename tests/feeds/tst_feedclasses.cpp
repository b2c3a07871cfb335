// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One minimal file per defect class of issue 11 (tests/feeds/data/ical-*.ics, provider-*.xml).
#include "feedformats.h"
#include "icalendarparser.h"
#include "providerxmlparser.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace Eventdesk;
using namespace Eventdesk::Core;

namespace {

struct Collector : FeedSink
{
    QList<FeedItem> items;
    QStringList issues;
    QStringList notes;
    Result<void> item(const FeedItem &i) override
    {
        items.append(i);
        return {};
    }
    Result<void> comment(const FeedComment &) override { return {}; }
    void skipped(const FeedIssue &issue) override { issues.append(issue.message); }
    void note(const FeedIssue &issue) override { notes.append(issue.message); }
    const FeedItem *find(const QString &key) const
    {
        for (const auto &i : items)
            if (i.externalId == key)
                return &i;
        return nullptr;
    }
    QStringList keys(const QString &prefix = {}) const
    {
        QStringList out;
        for (const auto &i : items)
            if (i.externalId.startsWith(prefix))
                out.append(i.externalId);
        out.sort();
        return out;
    }
};

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toMSecsSinceEpoch();
}

Result<void> parseFile(
    FeedParser &&parser, const char *name, Collector &sink, ParseOptions options = {})
{
    QFile file(QStringLiteral(FEEDS_TEST_DATA "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test file %s", name);
    if (options.windowEnd == 0) {
        options.windowStart = utc("2026-01-01T00:00:00Z");
        options.windowEnd = utc("2027-01-01T00:00:00Z");
    }
    return parser.parse(file, sink, options);
}

} // namespace

class TestFeedClasses : public QObject
{
    Q_OBJECT
private slots:
    // A known TZID uses the system's zone database even when the file carries a VTIMEZONE
    // of that name that does not cover the date; an unknown one uses the file's block.
    void knownZonesUseTheSystemDatabase()
    {
        Collector sink;
        QVERIFY(parseFile(Feeds::ICalendarParser(), "ical-stale-vtimezone.ics", sink));
        QCOMPARE(*sink.find(QStringLiteral("winter@test"))->startsAt, utc("2026-01-15T09:00:00Z"));
        QCOMPARE(*sink.find(QStringLiteral("windows@test"))->startsAt, utc("2026-01-15T09:00:00Z"));
        QCOMPARE(*sink.find(QStringLiteral("mozilla@test"))->startsAt, utc("2026-07-15T08:00:00Z"));
        QCOMPARE(*sink.find(QStringLiteral("custom@test"))->startsAt, utc("2026-01-15T07:00:00Z"));
    }

    // UNTIL in UTC is compared with each occurrence's UTC start, east and west of UTC.
    void untilIsAnInstant()
    {
        Collector sink;
        QVERIFY(parseFile(Feeds::ICalendarParser(), "ical-until-utc.ics", sink));
        QCOMPARE(sink.keys(QStringLiteral("east@")).size(), 4); // the 26th (08:00Z) is kept
        QVERIFY(sink.find(QStringLiteral("east@test/20260126T080000Z")));
        QCOMPARE(sink.keys(QStringLiteral("west@")),
            QStringList({QStringLiteral("west@test/20260105T140000Z"),
                QStringLiteral("west@test/20260112T140000Z")})); // the 19th is after UNTIL
    }

    void rdates()
    {
        Collector sink;
        QVERIFY(parseFile(Feeds::ICalendarParser(), "ical-rdate.ics", sink));
        QCOMPARE(sink.keys(QStringLiteral("rdates@")),
            QStringList({QStringLiteral("rdates@test/20260301T090000Z"),
                QStringLiteral("rdates@test/20260308T090000Z"),
                QStringLiteral("rdates@test/20260315T110000Z"),
                QStringLiteral("rdates@test/20260401T080000Z")}));
        // A PERIOD brings its own length.
        QCOMPARE(*sink.find(QStringLiteral("rdates@test/20260401T080000Z"))->endsAt,
            utc("2026-04-01T11:30:00Z"));
        QCOMPARE(*sink.find(QStringLiteral("rdates@test/20260308T090000Z"))->endsAt,
            utc("2026-03-08T10:00:00Z"));
        QCOMPARE(sink.keys(QStringLiteral("days@")),
            QStringList({QStringLiteral("days@test/20260501T000000Z"),
                QStringLiteral("days@test/20260510T000000Z")}));
    }

    void severalRrules()
    {
        Collector sink;
        QVERIFY(parseFile(Feeds::ICalendarParser(), "ical-multi-rrule.ics", sink));
        QCOMPARE(sink.keys(),
            QStringList({QStringLiteral("two-rules@test/20260105T090000Z"),
                QStringLiteral("two-rules@test/20260107T090000Z"),
                QStringLiteral("two-rules@test/20260112T090000Z"),
                QStringLiteral("two-rules@test/20260114T090000Z"),
                QStringLiteral("two-rules@test/20260119T090000Z")}));
    }

    void thisAndFuture()
    {
        Collector sink;
        QVERIFY(parseFile(Feeds::ICalendarParser(), "ical-thisandfuture.ics", sink));
        QCOMPARE(sink.items.size(), 4);
        QCOMPARE(sink.find(QStringLiteral("series@test/20260112T090000Z"))->title,
            QStringLiteral("Original"));
        for (const char *key : {"series@test/20260119T090000Z", "series@test/20260126T090000Z"}) {
            const FeedItem *moved = sink.find(QLatin1String(key));
            QCOMPARE(moved->title, QStringLiteral("Moved"));
            QCOMPARE(*moved->endsAt - *moved->startsAt, 2 * 3600 * 1000LL);
        }
        QCOMPARE(*sink.find(QStringLiteral("series@test/20260126T090000Z"))->startsAt,
            utc("2026-01-26T14:00:00Z"));
    }

    void severalCalendarsAndBom()
    {
        Collector sink;
        QVERIFY(parseFile(Feeds::ICalendarParser(), "ical-two-calendars.ics", sink));
        QCOMPARE(sink.keys(),
            QStringList({QStringLiteral("first@test"), QStringLiteral("second@test")}));
        Collector bom;
        QVERIFY(parseFile(Feeds::ICalendarParser(), "ical-bom.ics", bom));
        QCOMPARE(bom.items.size(), 1);
        QCOMPARE(Feeds::FeedFormats().sniff({},
                     "\xEF\xBB\xBF"
                     "BEGIN:VCALENDAR"),
            FeedFormat::ICal);
    }

    // The highest SEQUENCE wins, then the latest DTSTAMP; what the newest removes is gone.
    void versionsOfOneUid()
    {
        Collector sink;
        QVERIFY(parseFile(Feeds::ICalendarParser(), "ical-versions.ics", sink));
        QCOMPARE(sink.keys(), QStringList({QStringLiteral("s@test"), QStringLiteral("v@test")}));
        QCOMPARE(sink.find(QStringLiteral("v@test"))->title, QStringLiteral("Once, newest"));
        QCOMPARE(sink.find(QStringLiteral("s@test"))->title, QStringLiteral("Stamp new"));
    }

    // Finite series are expanded whole, whatever the window; endless ones within the window;
    // what was cut is reported.
    void finiteSeriesWhole()
    {
        Collector sink;
        ParseOptions options;
        options.maxOccurrences = 1000;
        QVERIFY(parseFile(Feeds::ICalendarParser(), "ical-finite-series.ics", sink, options));
        QCOMPARE(sink.keys(QStringLiteral("far@")).size(), 5);
        QCOMPARE(sink.keys(QStringLiteral("until@")).size(), 6);
        QCOMPARE(sink.keys(QStringLiteral("endless@")).size(), 365); // 2026 only
        QCOMPARE(sink.keys(QStringLiteral("huge@")).size(), 1000);
        QCOMPARE(sink.notes.filter(QStringLiteral("huge@test: series cut after 1000")).size(), 1);
    }

    // An occurrence that ends exactly at the window start is outside it.
    void windowStartExcludesEndingOccurrence()
    {
        Collector sink;
        ParseOptions options;
        options.windowStart = utc("2026-01-03T09:00:00Z");
        options.windowEnd = utc("2026-01-05T09:00:00Z");
        QVERIFY(parseFile(Feeds::ICalendarParser(), "ical-window-edge.ics", sink, options));
        QCOMPARE(sink.keys(),
            QStringList({QStringLiteral("edge@test/20260104T080000Z"),
                QStringLiteral("edge@test/20260105T080000Z")}));
    }

    void latin1IsConverted()
    {
        Collector sink;
        QVERIFY(parseFile(Feeds::ICalendarParser(), "ical-latin1.ics", sink));
        QCOMPARE(sink.items.first().title, QStringLiteral("Caf\u00e9 M\u00fcller"));
        QCOMPARE(sink.notes.filter(QStringLiteral("Latin-1")).size(), 1);
    }

    void eventsWithoutUidGetAStableKey()
    {
        Collector first, second;
        QVERIFY(parseFile(Feeds::ICalendarParser(), "ical-no-uid.ics", first));
        QVERIFY(parseFile(Feeds::ICalendarParser(), "ical-no-uid.ics", second));
        QCOMPARE(first.items.size(), 2);
        QVERIFY(first.items[0].externalId.startsWith(QStringLiteral("derived-")));
        QVERIFY(first.items[0].externalId != first.items[1].externalId);
        QCOMPARE(first.keys(), second.keys());
        QVERIFY(first.issues.isEmpty());
        QCOMPARE(first.notes.filter(QStringLiteral("2 events had no UID")).size(), 1);
    }

    void missingEndPerRfc5545()
    {
        Collector sink;
        QVERIFY(parseFile(Feeds::ICalendarParser(), "ical-no-end.ics", sink));
        const FeedItem *timed = sink.find(QStringLiteral("timed@test"));
        QCOMPARE(*timed->endsAt, *timed->startsAt);
        const FeedItem *allDay = sink.find(QStringLiteral("allday@test"));
        QCOMPARE(*allDay->endsAt, utc("2026-01-06T00:00:00Z"));
    }

    void providerDialects()
    {
        Collector sink;
        QVERIFY(parseFile(Feeds::ProviderXmlParser(), "provider-v1-dialects.xml", sink));
        QCOMPARE(sink.items.size(), 2);
        const FeedItem *old = sink.find(QStringLiteral("1:1"));
        QCOMPARE(*old->minPrice, 10.0);
        QCOMPARE(*old->maxPrice, 30.0);
        QVERIFY(!old->endsAt);
        const FeedItem *startEnd = sink.find(QStringLiteral("2:2"));
        QCOMPARE(*startEnd->startsAt, utc("2021-07-31T20:00:00Z"));
        QCOMPARE(*startEnd->endsAt, utc("2021-07-31T21:20:00Z"));
        QCOMPARE(*startEnd->minPrice, 65.0);
        QCOMPARE(*startEnd->maxPrice, 75.0);
    }

    void providerUtf16()
    {
        QFile file(QStringLiteral(FEEDS_TEST_DATA "/provider-utf16.xml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(Feeds::FeedFormats().sniff({}, file.peek(4096)), FeedFormat::Provider);
        Collector sink;
        QVERIFY(parseFile(Feeds::ProviderXmlParser(), "provider-utf16.xml", sink));
        QCOMPARE(sink.items.size(), 1);
        QCOMPARE(sink.items.first().title, QStringLiteral("Concierto \u00f1"));
        QCOMPARE(*sink.items.first().minPrice, 15.5);
    }
};

QTEST_GUILESS_MAIN(TestFeedClasses)
#include "tst_feedclasses.moc"
