// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Import semantics on a real database: upsert by (source, external id), never delete, atomic
// runs, recorded counts, "ever online" searchability, comments, feeds CRUD.
#include "feedtestenv.h"
#include "sqliteeventstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QTest>

#include <sqlite3.h>

using namespace Eventdesk;
using namespace Eventdesk::Core;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(FEEDS_TEST_DATA "/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

QByteArray plans(const QList<QByteArray> &basePlans)
{
    QByteArray out = "<?xml version=\"1.0\"?><planList><output>";
    for (const QByteArray &b : basePlans)
        out += b;
    return out + "</output></planList>";
}

QByteArray basePlan(
    const char *id, const char *sellMode, const QByteArray &inner, const char *title = "Show")
{
    return QByteArray("<base_plan base_plan_id=\"") + id + "\" sell_mode=\"" + sellMode
        + "\" title=\"" + title + "\">" + inner + "</base_plan>";
}

QByteArray plan(const char *id, const char *day, const char *price = "10.00")
{
    return QByteArray("<plan plan_id=\"") + id + "\" plan_start_date=\"2021-02-" + day
        + "T20:00:00\" plan_end_date=\"2021-02-" + day + "T22:00:00\" sold_out=\"false\">"
        + "<zone zone_id=\"1\" price=\"" + price + "\"/></plan>";
}

const SearchWindow all {0, 4102444800000LL};

QStringList searchKeys(FeedService &service)
{
    QStringList keys;
    const auto found = service.search(all);
    for (const StoredEvent &e : *found)
        keys.append(e.externalId);
    keys.sort();
    return keys;
}

QStringList keys(const char *spaced)
{
    return QString::fromLatin1(spaced).split(u' ');
}

// The external ids of the events the events list's `q` search finds for text.
QStringList textSearch(Storage::Database &db, const QString &text)
{
    Storage::SqliteEventStore events(db);
    EventQuery query;
    query.text = text;
    query.sort = EventSort::StartsAt;
    QStringList keys;
    const auto found = events.list(query, EventPosition {}, 100);
    if (!found)
        qFatal("q search failed: %s", qPrintable(found.error().message));
    for (const Event &e : *found)
        keys.append(e.externalId);
    keys.sort();
    return keys;
}

} // namespace

class TestFeedImport : public QObject
{
    Q_OBJECT
    std::unique_ptr<FeedTestEnv> env;

private Q_SLOTS:
    void init()
    {
        env = std::make_unique<FeedTestEnv>();
        QVERIFY(env->open());
    }
    void cleanup() { env.reset(); }

    void importAndReimportUnchanged()
    {
        QSignalSpy spy(&env->changes, &ChangeHub::changed);
        const ImportRun first = env->import(fixture("provider-v2-planlist.xml"));
        QCOMPARE(first.status, QStringLiteral("succeeded"));
        QCOMPARE(first.format, FeedFormat::Provider);
        QCOMPARE(first.source, QStringLiteral("provider"));
        QCOMPARE(first.added, 4);
        QCOMPARE(first.updated + first.unchanged + first.skipped, 0);
        QVERIFY(first.id > 0);
        QVERIFY(first.finishedAt >= first.startedAt);
        QCOMPARE(env->scalar(QStringLiteral("SELECT count(*) FROM events")), 4);
        QCOMPARE(env->scalar(QStringLiteral("SELECT count(*) FROM events WHERE owner_id IS NULL "
                                            "AND source = 'provider'")),
            4);
        bool sawEvents = false;
        for (const auto &signal : spy)
            sawEvents |= signal.at(0).value<ChangeHub::Topic>() == ChangeHub::Topic::Events;
        QVERIFY(sawEvents);

        const qint64 versions = env->scalar(QStringLiteral("SELECT sum(version) FROM events"));
        const qint64 updatedAt = env->scalar(QStringLiteral("SELECT max(updated_at) FROM events"));
        const ImportRun again = env->import(fixture("provider-v2-planlist.xml"));
        QCOMPARE(again.status, QStringLiteral("succeeded"));
        QCOMPARE(again.added, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, 4);
        QCOMPARE(env->scalar(QStringLiteral("SELECT sum(version) FROM events")), versions);
        QCOMPARE(env->scalar(QStringLiteral("SELECT max(updated_at) FROM events")), updatedAt);

        // The run is recorded with its counts.
        auto stored = env->service->importRun(again.id);
        QVERIFY(stored);
        QCOMPARE(stored->unchanged, 4);
        QCOMPARE(stored->status, QStringLiteral("succeeded"));
        QCOMPARE(env->scalar(QStringLiteral("SELECT count(*) FROM imports")), 2);
    }

    void repeatedPlanIdsAreDistinctPlans()
    {
        QVERIFY(env->import(fixture("provider-v2-planlist.xml")).added == 4);
        QCOMPARE(
            env->scalar(QStringLiteral("SELECT count(*) FROM events WHERE plan_id = '1642'")), 2);
        QCOMPARE(env->scalar(QStringLiteral(
                     "SELECT max_price FROM events WHERE external_id = '1591:1642'")),
            75);
        QCOMPARE(env->scalar(QStringLiteral(
                     "SELECT min_price FROM events WHERE external_id = '1591:1642'")),
            65);
        // The same key twice in one document: one row, the second counted as a change.
        const ImportRun run = env->import(
            plans({basePlan("9", "online", plan("1", "01") + plan("1", "01") + plan("1", "02"))}));
        QCOMPARE(run.added, 1);
        QCOMPARE(run.unchanged, 1);
        QCOMPARE(run.updated, 1);
        QCOMPARE(env->scalar(QStringLiteral("SELECT count(*) FROM events WHERE base_id = '9'")), 1);
    }

    void onlyOnlinePlansAndEverOnlineStaySearchable()
    {
        env->import(plans(
            {basePlan("1", "online", plan("1", "01")), basePlan("2", "offline", plan("1", "02"))}));
        QCOMPARE(searchKeys(*env->service), QStringList({QStringLiteral("1:1")}));

        // Plan 1:1 turns offline, 2:1 goes online: both searchable from now on.
        const ImportRun flipped = env->import(plans(
            {basePlan("1", "offline", plan("1", "01")), basePlan("2", "online", plan("1", "02"))}));
        QCOMPARE(flipped.updated, 2);
        QCOMPARE(
            searchKeys(*env->service), QStringList({QStringLiteral("1:1"), QStringLiteral("2:1")}));

        // Both leave the feed: never deleted, still searchable.
        const ImportRun vanished = env->import(plans({basePlan("3", "offline", plan("5", "03"))}));
        QCOMPARE(vanished.added, 1);
        QCOMPARE(env->scalar(QStringLiteral("SELECT count(*) FROM events")), 3);
        QCOMPARE(
            searchKeys(*env->service), QStringList({QStringLiteral("1:1"), QStringLiteral("2:1")}));
        // The offline plan keeps its current sell mode but stays searchable.
        QCOMPARE(env->scalar(QStringLiteral("SELECT ever_online FROM events WHERE external_id = "
                                            "'1:1' AND sell_mode = 'offline'")),
            1);
    }

    void searchWindowAndUuid()
    {
        env->import(fixture("provider-v2-planlist.xml"));
        auto feb = env->service->search(
            {QDateTime::fromString(QStringLiteral("2021-02-01T00:00:00Z"), Qt::ISODate)
                    .toMSecsSinceEpoch(),
                QDateTime::fromString(QStringLiteral("2021-02-28T00:00:00Z"), Qt::ISODate)
                    .toMSecsSinceEpoch()});
        QVERIFY(feb);
        QCOMPARE(feb->size(), 2);
        QCOMPARE(feb->first().externalId, QStringLiteral("322:1642"));
        QCOMPARE(
            feb->first().uuid, planUuid(QStringLiteral("provider"), QStringLiteral("322:1642")));
        QVERIFY(feb->first().uuid != feb->at(1).uuid);
        QCOMPARE(QUuid::fromString(feb->first().uuid).version(), QUuid::Sha1);
    }

    void failedRunChangesNothing()
    {
        env->import(fixture("provider-v2-planlist.xml"));
        const qint64 before
            = env->scalar(QStringLiteral("SELECT total(max_price) + count(*) FROM events"));
        // Valid plans first (one changes a price, one is new), then the document breaks.
        QByteArray broken = plans({basePlan("291", "online", plan("291", "03", "99.00")),
            basePlan("777", "online", plan("1", "04"))});
        broken.chop(20);
        broken += "<oops";
        QSignalSpy spy(&env->changes, &ChangeHub::changed);
        const ImportRun run = env->import(broken, QStringLiteral("provider"));
        QCOMPARE(run.status, QStringLiteral("failed"));
        QCOMPARE(run.errorCode, QStringLiteral("malformed"));
        QCOMPARE(run.added + run.updated + run.unchanged, 0);
        QVERIFY(!run.errors.isEmpty());
        QCOMPARE(
            env->scalar(QStringLiteral("SELECT total(max_price) + count(*) FROM events")), before);
        QCOMPARE(
            env->scalar(QStringLiteral("SELECT count(*) FROM events WHERE base_id = '777'")), 0);
        auto stored = env->service->importRun(run.id);
        QCOMPARE(stored->status, QStringLiteral("failed"));
        QCOMPARE(stored->errorCode, QStringLiteral("malformed"));
        for (const auto &signal : spy)
            QVERIFY(signal.at(0).value<ChangeHub::Topic>() != ChangeHub::Topic::Events);

        // Hostile documents fail the same way.
        for (const QByteArray &bad : {QByteArray("<!DOCTYPE x [<!ENTITY a \"b\">]><planList/>"),
                 QByteArray("garbage"), QByteArray("{\"posts\": [")}) {
            const ImportRun r = env->import(bad);
            QCOMPARE(r.status, QStringLiteral("failed"));
            QVERIFY(!r.errorCode.isEmpty());
        }
        QCOMPARE(
            env->scalar(QStringLiteral("SELECT total(max_price) + count(*) FROM events")), before);
    }

    void updatesChangeTextsAndPrices()
    {
        env->import(plans({basePlan("1", "online", plan("1", "01"), "Old title")}));
        // A price change keeps the texts; a title change rewrites them.
        QCOMPARE(
            env->import(plans({basePlan("1", "online", plan("1", "01", "12.00"), "Old title")}))
                .updated,
            1);
        QCOMPARE(
            env->scalar(QStringLiteral("SELECT max_price FROM events WHERE external_id = '1:1'")),
            12);
        QCOMPARE(
            env->import(plans({basePlan("1", "online", plan("1", "01", "12.00"), "New title")}))
                .updated,
            1);
        QCOMPARE(env->scalar(QStringLiteral(
                     "SELECT count(*) FROM events WHERE title = 'New title' AND version = 3")),
            1);
    }

    // The importer writes new rows and changed texts in bulk; the events area's full-text index
    // (its triggers) must follow every row exactly: added, retitled, repriced, rolled back.
    void fullTextIndexFollowsImports()
    {
        const QByteArray first
            = plans({basePlan("1", "online", plan("1", "01") + plan("2", "02"), "Tango evening"),
                basePlan("2", "offline", plan("1", "03"), "Harbour walk"),
                basePlan("3", "online", plan("1", "04"), "Tango lesson")});
        QCOMPARE(env->import(first).added, 4);
        QCOMPARE(textSearch(*env->db, QStringLiteral("tango")), keys("1:1 1:2 3:1"));
        QCOMPARE(textSearch(*env->db, QStringLiteral("harb")), keys("2:1"));
        QCOMPARE(textSearch(*env->db, QStringLiteral("lesson")), keys("3:1"));

        // Base plan 1 renamed, 3 repriced (texts kept), a new plan in 2: one run.
        const ImportRun second = env->import(
            plans({basePlan("1", "online", plan("1", "01") + plan("2", "02"), "Salsa evening"),
                basePlan("2", "offline", plan("1", "03") + plan("2", "05"), "Harbour walk"),
                basePlan("3", "online", plan("1", "04", "15.00"), "Tango lesson")}));
        QCOMPARE(second.status, QStringLiteral("succeeded"));
        QCOMPARE(second.added, 1);
        QCOMPARE(second.updated, 3);
        QCOMPARE(textSearch(*env->db, QStringLiteral("tango")), keys("3:1"));
        QCOMPARE(textSearch(*env->db, QStringLiteral("salsa")), keys("1:1 1:2"));
        QCOMPARE(textSearch(*env->db, QStringLiteral("evening")), keys("1:1 1:2"));
        QCOMPARE(textSearch(*env->db, QStringLiteral("harbour walk")), keys("2:1 2:2"));

        // A failed run (malformed at the end) rolls the index back with the rows.
        QByteArray broken = plans({basePlan("1", "online", plan("1", "01"), "Opera night"),
            basePlan("4", "online", plan("1", "06"), "Opera gala")});
        broken.chop(8);
        QCOMPARE(env->import(broken).status, QStringLiteral("failed"));
        QVERIFY(textSearch(*env->db, QStringLiteral("opera")).isEmpty());
        QCOMPARE(textSearch(*env->db, QStringLiteral("salsa")), keys("1:1 1:2"));

        // The index holds exactly one entry per event, none for old texts.
        QCOMPARE(env->scalar(QStringLiteral("SELECT count(*) FROM events_fts")),
            env->scalar(QStringLiteral("SELECT count(*) FROM events")));
        QCOMPARE(env->scalar(QStringLiteral(
                     "SELECT count(*) FROM events_fts WHERE events_fts MATCH 'tango'")),
            1);
        QSqlQuery check(env->db->connection());
        QVERIFY2(check.exec(QStringLiteral(
                     "INSERT INTO events_fts(events_fts) VALUES ('integrity-check')")),
            qPrintable(check.lastError().text()));
    }

    // The writer stages each difference in its temporary table as the document streams in, not
    // in memory (issue 11: a 50 MB .ics). A run that fails, at any phase, leaves the events as
    // they were, and what it staged never reaches a later run.
    void stagedRowsEndWithTheirRun()
    {
        QCOMPARE(env->import(plans({basePlan("1", "online", plan("1", "01"), "Kept")})).added, 1);
        QSqlQuery q(env->db->connection());
        // The write phase fails after the compare phase has staged both rows.
        QVERIFY2(q.exec(QStringLiteral(
                     "CREATE TRIGGER refuse_boom BEFORE INSERT ON events WHEN NEW.title = 'Boom' "
                     "BEGIN SELECT RAISE(ABORT, 'refused'); END")),
            qPrintable(q.lastError().text()));
        const ImportRun refused
            = env->import(plans({basePlan("1", "online", plan("1", "01", "30.00"), "Kept"),
                basePlan("2", "online", plan("1", "02"), "Boom")}));
        QCOMPARE(refused.status, QStringLiteral("failed"));
        QVERIFY2(refused.errors.join(u' ').contains(QStringLiteral("refused")),
            qPrintable(refused.errors.join(u' ')));
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse_boom")));
        QCOMPARE(env->scalar(QStringLiteral("SELECT count(*) FROM events")), 1);
        QCOMPARE(env->scalar(QStringLiteral("SELECT max_price FROM events")), 10);
        // The parse fails after valid rows were staged.
        QByteArray broken = plans({basePlan("3", "online", plan("1", "03"), "Lost")});
        broken.chop(8);
        QCOMPARE(env->import(broken).status, QStringLiteral("failed"));

        // The next run writes its own rows and nothing of the failed ones.
        const ImportRun next = env->import(plans({basePlan("4", "online", plan("1", "04"))}));
        QCOMPARE(next.status, QStringLiteral("succeeded"));
        QCOMPARE(next.added, 1);
        QCOMPARE(searchKeys(*env->service), keys("1:1 4:1"));
        QCOMPARE(
            env->scalar(QStringLiteral("SELECT max_price FROM events WHERE base_id = '1'")), 10);

        // One key twice in a document: a price change (staged without its texts), then a new
        // title for the same row: one update with the later values, and the text index follows.
        const ImportRun twice
            = env->import(plans({basePlan("1", "online", plan("1", "01", "20.00"), "Kept"),
                basePlan("1", "online", plan("1", "01", "20.00"), "Renamed")}));
        QCOMPARE(twice.updated, 2);
        QCOMPARE(
            env->scalar(QStringLiteral("SELECT count(*) FROM events WHERE base_id = '1' AND "
                                       "title = 'Renamed' AND max_price = 20 AND version = 2")),
            1);
        QCOMPARE(textSearch(*env->db, QStringLiteral("renamed")), keys("1:1"));
        QVERIFY(textSearch(*env->db, QStringLiteral("kept")).isEmpty());
    }

    // Staging writes only this connection's temporary database: while a run compares and
    // stages, another connection (the API server, another process) can still write.
    void comparePhaseBlocksNoWriter()
    {
        auto writer = env->store->beginImport(QStringLiteral("provider"));
        QVERIFY(writer);
        FeedItem item;
        item.externalId = QStringLiteral("1:1");
        item.title = QStringLiteral("Staged");
        item.startsAt = 1612209600000LL;
        item.sellMode = QStringLiteral("online");
        auto outcome = (*writer)->upsert(item);
        QVERIFY(outcome);
        QCOMPARE(*outcome, UpsertOutcome::Added);

        sqlite3 *other = nullptr;
        QCOMPARE(sqlite3_open(
                     QFile::encodeName(env->dir.filePath(QStringLiteral("t.sqlite3"))).constData(),
                     &other),
            SQLITE_OK);
        sqlite3_busy_timeout(other, 0); // a held write lock fails at once
        char *message = nullptr;
        const int rc = sqlite3_exec(other, "BEGIN IMMEDIATE; CREATE TABLE other_writer (x); COMMIT",
            nullptr, nullptr, &message);
        const QString error = QString::fromUtf8(message ? message : "");
        sqlite3_free(message);
        sqlite3_close(other);
        QVERIFY2(rc == SQLITE_OK, qPrintable(error));

        QVERIFY((*writer)->commit());
        writer->reset();
        QCOMPARE(
            env->scalar(QStringLiteral("SELECT count(*) FROM events WHERE title = 'Staged'")), 1);
    }

    void skippedElementsAreCountedAndReported()
    {
        const ImportRun run = env->import(plans({basePlan(
            "1", "online", plan("1", "01") + plan("2", "31"))})); // 2021-02-31 does not exist
        QCOMPARE(run.status, QStringLiteral("succeeded"));
        QCOMPARE(run.added, 1);
        QCOMPARE(run.skipped, 1);
        QVERIFY(run.errors.first().contains(QLatin1String("2021-02-31")));
        QCOMPARE(env->service->importRun(run.id)->errors, run.errors);
    }

    // A document whose every plan was refused is not a success: the run fails with the reasons
    // (the window shows it as a problem, `eventdesk import` exits 1, the API answers 422).
    void everythingSkippedIsAFailure()
    {
        const ImportRun run = env->import(fixture("provider-all-invalid.xml"));
        QCOMPARE(run.status, QStringLiteral("failed"));
        QCOMPARE(run.errorCode, QStringLiteral("all_skipped"));
        QCOMPARE(run.skipped, 2);
        QCOMPARE(run.added, 0);
        QVERIFY(run.errors.first().contains(QLatin1String("all 2 elements")));
        QVERIFY(run.errors.join(u'\n').contains(QLatin1String("2021-09-31")));
        QCOMPARE(env->service->importRun(run.id)->status, QStringLiteral("failed"));
        // An empty document is not a failure: there was nothing to refuse.
        QCOMPARE(env->import(plans({})).status, QStringLiteral("succeeded"));
    }

    // Notes (a derived key) are reported with the run without counting as skipped.
    void notesAreReported()
    {
        const ImportRun run = env->import(fixture("ical-no-uid.ics"));
        QCOMPARE(run.status, QStringLiteral("succeeded"));
        QCOMPARE(run.added, 2);
        QCOMPARE(run.skipped, 0);
        QVERIFY(run.errors.join(u'\n').contains(QLatin1String("no UID")));
    }

    void jsonPostsAndComments()
    {
        const QByteArray json = R"({"posts":[{"userId":1,"id":1,"title":"t1","body":"b1"},
            {"userId":2,"id":2,"title":"t2","body":"b2"}],
            "comments":[{"postId":1,"id":1,"name":"n","email":"a@b.c","body":"c1"},
            {"postId":9,"id":2,"name":"n","email":"a@b.c","body":"orphan"}]})";
        const ImportRun run = env->import(json, QStringLiteral("placeholder"));
        QCOMPARE(run.format, FeedFormat::Json);
        QCOMPARE(run.added, 3);
        QCOMPARE(run.skipped, 1); // the orphan comment
        QCOMPARE(env->scalar(QStringLiteral("SELECT count(*) FROM comments c JOIN events e ON "
                                            "e.id = c.event_id WHERE e.external_id = '1' AND "
                                            "c.source = 'placeholder'")),
            1);
        const qint64 started
            = env->scalar(QStringLiteral("SELECT starts_at FROM events WHERE external_id = '1'"));
        QTest::qWait(5);
        const ImportRun again = env->import(json, QStringLiteral("placeholder"));
        QCOMPARE(again.unchanged, 3);
        QCOMPARE(
            env->scalar(QStringLiteral("SELECT starts_at FROM events WHERE external_id = '1'")),
            started);
        QCOMPARE(searchKeys(*env->service), QStringList()); // posts are not provider plans
    }

    void icalImportAndExport()
    {
        const QByteArray ics
            = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n"
              "BEGIN:VEVENT\r\nUID:a@t\r\nSUMMARY:A\r\nDTSTART:20260701T180000Z\r\n"
              "DTEND:20260701T190000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        const ImportRun run = env->import(ics);
        QCOMPARE(run.format, FeedFormat::ICal);
        QCOMPARE(run.added, 1);
        auto exported = env->service->exportICalendar(all);
        QVERIFY(exported);
        QVERIFY(exported->contains("SUMMARY:A"));
        QVERIFY(exported->contains("DTSTART:20260701T180000Z"));
    }

    void feedsCrud()
    {
        Feed feed;
        feed.name = QStringLiteral("Provider");
        feed.location = QStringLiteral("https://provider.example/api/events");
        feed.format = FeedFormat::Provider;
        feed.intervalSeconds = 600;
        auto created = env->service->createFeed(feed);
        QVERIFY(created);
        QCOMPARE(created->source, QStringLiteral("feed-%1").arg(created->id));
        QVERIFY(created->nextRunAt > 0);
        Feed bad = feed;
        bad.location = QStringLiteral("ftp://x");
        bad.intervalSeconds = 5;
        auto refused = env->service->createFeed(bad);
        QVERIFY(!refused);
        QCOMPARE(refused.error().fields.size(), 2);
        Feed changed = *created;
        changed.name = QStringLiteral("Renamed");
        QCOMPARE(env->service->updateFeed(changed)->name, QStringLiteral("Renamed"));
        QCOMPARE(env->service->feeds()->size(), 1);
        QVERIFY(env->service->deleteFeed(created->id));
        QVERIFY(!env->service->deleteFeed(created->id));
        QCOMPARE(env->service->feeds()->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFeedImport)
#include "tst_feedimport.moc"
