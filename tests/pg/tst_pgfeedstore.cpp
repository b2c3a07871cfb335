// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The feeds store on PostgreSQL against the same store on SQLite: every case runs on both
// backends and must give the same answers; imports of the project's fixtures must leave the same
// rows on both (issue 13).
#include "changehub.h"
#include "database.h"
#include "feedformats.h"
#include "feedservice.h"
#include "networkfetcher.h"
#include "pgdatabase.h"
#include "pgfeedstore.h"
#include "pgstatement.h"
#include "sqlitefeedstore.h"
#include "sqlitestatement.h"
#include "teststores.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <memory>

using namespace Eventdesk;
using Core::FeedItem;
using Core::ImportRun;
using Core::UpsertOutcome;
using PgStorage::PgStatement;

namespace {

// One backend under test (Testing::TestStores: the factory's stores on a SQLite file or a scratch
// PostgreSQL database): its feeds store behind a FeedService with the real parsers.
struct Backend
{
    QString kind;
    Testing::TestStores stores;
    Core::FeedStore *store = nullptr;
    Feeds::FeedFormats formats;
    Feeds::NetworkFetcher fetcher;
    Core::ChangeHub changes;
    std::unique_ptr<Core::FeedService> service;

    bool isPg() const { return kind == QLatin1String("postgresql"); }

    // The rows of a query, each as its columns joined by '|' (NULL as "-"); types: one letter
    // per column, 't' text or integer, 'r' real.
    QStringList rows(const QByteArray &sql, const char *types)
    {
        return isPg()
            ? readRows(PgStatement(stores.stores().postgresql()->handle(), sql), types)
            : readRows(Storage::SqliteStatement(stores.stores().sqlite()->handle(), sql), types);
    }
    qint64 scalar(const QByteArray &sql)
    {
        const QStringList found = rows(sql, "t");
        return found.isEmpty() ? -1 : found.first().toLongLong();
    }

    // Another database object on the same database (another connection, as another process
    // would have).
    std::unique_ptr<Core::FeedStore> otherStore(std::unique_ptr<Storage::Database> &sqliteOut,
        std::unique_ptr<PgStorage::PgDatabase> &pgOut)
    {
        if (isPg()) {
            pgOut = std::make_unique<PgStorage::PgDatabase>(stores.scratch->conninfo());
            if (!pgOut->open())
                return nullptr;
            return std::make_unique<PgStorage::PgFeedStore>(*pgOut);
        }
        sqliteOut
            = std::make_unique<Storage::Database>(stores.dir.filePath(QStringLiteral("t.sqlite3")));
        if (!sqliteOut->open())
            return nullptr;
        return std::make_unique<Storage::SqliteFeedStore>(*sqliteOut);
    }

    ImportRun import(const QByteArray &data, const QString &source)
    {
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        Core::ImportOptions options;
        options.source = source;
        return service->importDocument(buffer, options);
    }

private:
    template<typename Statement> static QStringList readRows(Statement &&s, const char *types)
    {
        QStringList out;
        Core::Result<bool> row = false;
        while ((row = s.next()) && *row) {
            QStringList columns;
            for (int c = 0; types[c]; ++c) {
                if (s.isNull(c))
                    columns.append(QStringLiteral("-"));
                else if (types[c] == 'r')
                    columns.append(QString::number(s.real(c), 'g', 17));
                else
                    columns.append(s.text(c));
            }
            out.append(columns.join(QLatin1Char('|')));
        }
        if (!row)
            qWarning("%s", qPrintable(row.error().message));
        return out;
    }
};

std::unique_ptr<Backend> openBackend(const QString &kind)
{
    auto backend = std::make_unique<Backend>();
    backend->kind = kind;
    if (!backend->stores.open({}, backend->isPg()))
        return nullptr;
    backend->store = &backend->stores.stores().feeds();
    backend->service = std::make_unique<Core::FeedService>(
        *backend->store, backend->formats, backend->fetcher, backend->changes);
    return backend;
}

Core::Feed newFeed(const QString &name, const QString &location, qint64 nextRunAt = 0)
{
    Core::Feed feed;
    feed.name = name;
    feed.location = location;
    feed.format = Core::FeedFormat::Provider;
    feed.intervalSeconds = 3600;
    feed.nextRunAt = nextRunAt;
    feed.createdAt = feed.updatedAt = 1000;
    return feed;
}

FeedItem item(const QString &key, const QString &title, std::optional<double> price = 10.5)
{
    FeedItem i;
    i.externalId = key;
    i.title = title;
    i.description = QStringLiteral("about ") + title;
    i.location = QStringLiteral("Hall");
    i.category = QStringLiteral("music");
    i.startsAt = 1'800'000'000'000;
    i.endsAt = 1'800'003'600'000;
    i.sellMode = QStringLiteral("online");
    i.minPrice = price;
    i.maxPrice = 99.99;
    i.baseId = QStringLiteral("b-") + key;
    i.planId = QStringLiteral("p-") + key;
    return i;
}

// Every events and comments column an import writes, in key order (JSON posts start when they
// were first imported).
constexpr const char *eventRows
    = "SELECT source, external_id, title, description, location, category, "
      "CASE WHEN source = 'posts' THEN 0 ELSE starts_at END, ends_at, "
      "coalesce(sell_mode, 'NULL'), min_price, max_price, sold_out, ever_online, base_id, "
      "plan_id, uuid, version FROM events ORDER BY source, external_id";
constexpr const char *eventTypes = "tttttttttrrtttttt";
constexpr const char *commentRows
    = "SELECT c.source, c.external_id, e.external_id, c.author_name, c.author_email, c.body "
      "FROM comments c JOIN events e ON e.id = c.event_id ORDER BY c.source, c.external_id";

// The project's fixtures (tests/feeds/data: the provider's sample documents, iCalendar files,
// an all-invalid document) and a JSON document of posts with comments, each imported under its
// own source; the runs, one line each.
QStringList importFixtures(Backend &b)
{
    QStringList runs;
    const QDir data(QStringLiteral(FEEDS_TEST_DATA));
    for (const QString &name : data.entryList(QDir::Files, QDir::Name)) {
        if (name.endsWith(QLatin1String(".md")))
            continue;
        QFile file(data.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return {QStringLiteral("cannot read ") + name};
        const ImportRun run = b.import(file.readAll(), name);
        runs.append(QStringLiteral("%1 %2 +%3 ~%4 =%5 !%6")
                        .arg(name, run.status)
                        .arg(run.added)
                        .arg(run.updated)
                        .arg(run.unchanged)
                        .arg(run.skipped));
    }
    const QByteArray json = R"({"posts":[{"userId":1,"id":1,"title":"t1","body":"b1"},
        {"userId":2,"id":2,"title":"t2","body":"b2"}],
        "comments":[{"postId":1,"id":11,"name":"n","email":"e@x","body":"c1"},
        {"postId":2,"id":12,"name":"m","email":"f@x","body":"c2"}]})";
    const ImportRun run = b.import(json, QStringLiteral("posts"));
    runs.append(QStringLiteral("posts %1 +%2").arg(run.status).arg(run.added));
    return runs;
}

} // namespace

class TestPgFeedStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backends_data() { Testing::addBackendRows(); }

    void feedCrud_data() { backends_data(); }
    void feedCrud()
    {
        QFETCH(QString, kind);
        auto b = openBackend(kind);
        QVERIFY(b);
        Core::FeedStore &store = *b->store;

        auto created = store.createFeed(newFeed(QStringLiteral("A"), QStringLiteral("http://a/")));
        QVERIFY(created);
        QVERIFY(created->id > 0);
        QCOMPARE(created->source, QStringLiteral("feed-%1").arg(created->id));
        QCOMPARE(created->createdBy, 0);
        QCOMPARE(created->format, Core::FeedFormat::Provider);
        Core::Feed named = newFeed(QStringLiteral("B"), QStringLiteral("http://b/"), 5000);
        named.source = QStringLiteral("mine");
        auto second = store.createFeed(named);
        QVERIFY(second);
        QCOMPARE(second->source, QStringLiteral("mine"));
        QCOMPARE(second->nextRunAt, 5000);

        auto all = store.feeds();
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).name, QStringLiteral("A"));

        // A run's validators; a new location forgets them, the next run moves no later than an
        // interval after the last run.
        Core::Feed ran = *second;
        ran.etag = "\"v1\"";
        ran.lastModified = "Tue, 01 Dec 2026 10:00:00 GMT";
        ran.lastRunAt = 100'000;
        ran.lastStatus = QStringLiteral("succeeded");
        ran.lastImportId = 7;
        ran.nextRunAt = 10'000'000;
        QVERIFY(store.recordFeedRun(ran));
        Core::Feed edit = *store.feed(second->id);
        QCOMPARE(edit.etag, QByteArray("\"v1\""));
        QCOMPARE(edit.lastImportId, 7);
        edit.name = QStringLiteral("B2");
        edit.intervalSeconds = 60;
        auto updated = store.updateFeed(edit);
        QVERIFY(updated);
        QCOMPARE(updated->name, QStringLiteral("B2"));
        QCOMPARE(updated->nextRunAt, 100'000 + 60'000);
        QCOMPARE(updated->etag, QByteArray("\"v1\""));
        // An interval beyond 2^31 milliseconds (a month) does not overflow.
        edit.intervalSeconds = 30 * 86400;
        edit.location = QStringLiteral("http://b2/");
        updated = store.updateFeed(edit);
        QVERIFY(updated);
        QCOMPARE(updated->nextRunAt, 160'000); // the earlier of the two
        QCOMPARE(updated->etag, QByteArray());
        QCOMPARE(updated->lastModified, QByteArray());
        edit.intervalSeconds = 0;
        QCOMPARE(store.updateFeed(edit)->nextRunAt, 0);

        // Errors: the same kinds on both.
        QCOMPARE(store.feed(999).error().kind, Core::ErrorKind::NotFound);
        Core::Feed missing = edit;
        missing.id = 999;
        QCOMPARE(store.updateFeed(missing).error().kind, Core::ErrorKind::NotFound);
        QCOMPARE(store.deleteFeed(999).error().kind, Core::ErrorKind::NotFound);
        Core::Feed orphan = newFeed(QStringLiteral("C"), QStringLiteral("http://c/"));
        orphan.createdBy = 12345; // no such account
        QCOMPARE(store.createFeed(orphan).error().kind, Core::ErrorKind::NotFound);

        QVERIFY(store.deleteFeed(created->id));
        QCOMPARE(store.feeds()->size(), 1);
    }

    void dueFeedsAndRuns_data() { backends_data(); }
    void dueFeedsAndRuns()
    {
        QFETCH(QString, kind);
        auto b = openBackend(kind);
        QVERIFY(b);
        Core::FeedStore &store = *b->store;
        const qint64 late
            = store.createFeed(newFeed(QStringLiteral("late"), QStringLiteral("x"), 300))->id;
        const qint64 early
            = store.createFeed(newFeed(QStringLiteral("early"), QStringLiteral("y"), 200))->id;
        Core::Feed off = newFeed(QStringLiteral("off"), QStringLiteral("z"), 100);
        off.enabled = false;
        QVERIFY(store.createFeed(off));
        Core::Feed manual = newFeed(QStringLiteral("manual"), QStringLiteral("w"), 100);
        manual.intervalSeconds = 0;
        QVERIFY(store.createFeed(manual));
        QVERIFY(store.createFeed(newFeed(QStringLiteral("future"), QStringLiteral("v"), 900)));

        auto due = store.dueFeeds(300);
        QVERIFY(due);
        QCOMPARE(due->size(), 2);
        QCOMPARE(due->at(0).id, early);
        QCOMPARE(due->at(1).id, late);

        ImportRun run;
        run.feedId = early;
        run.source = QStringLiteral("feed-x");
        run.format = Core::FeedFormat::ICal;
        run.status = QStringLiteral("queued");
        run.startedAt = 1234;
        auto id = store.createImport(run);
        QVERIFY(id);
        run.id = *id;
        run.status = QStringLiteral("failed");
        run.added = 3;
        run.errors = {QStringLiteral("first \"quoted\""), QStringLiteral("second")};
        run.errorCode = QStringLiteral("malformed");
        run.bytes = 5'000'000'000;
        run.finishedAt = 2000;
        run.commitMs = 5;
        QVERIFY(store.saveImport(run));
        auto read = store.importRun(*id);
        QVERIFY(read);
        QCOMPARE(read->status, QStringLiteral("failed"));
        QCOMPARE(read->feedId, early);
        QCOMPARE(read->format, Core::FeedFormat::ICal);
        QCOMPARE(read->added, 3);
        QCOMPARE(read->errors, run.errors);
        QCOMPARE(read->errorCode, QStringLiteral("malformed"));
        QCOMPARE(read->bytes, 5'000'000'000);
        QCOMPARE(read->commitMs, 5);
        QCOMPARE(store.importRun(*id + 100).error().kind, Core::ErrorKind::NotFound);
        // A one-off run has no feed; a deleted feed's runs stay.
        ImportRun oneOff = run;
        oneOff.feedId = 0;
        auto other = store.createImport(oneOff);
        QVERIFY(other);
        QCOMPARE(store.importRun(*other)->feedId, 0);
        QVERIFY(store.deleteFeed(early));
        QCOMPARE(store.importRun(*id)->feedId, 0);
    }

    // The writer's answers, case by case: new, unchanged, changed (text and not), the same key
    // twice in one document, comments, and a run that is not committed.
    void importWriter_data() { backends_data(); }
    void importWriter()
    {
        QFETCH(QString, kind);
        auto b = openBackend(kind);
        QVERIFY(b);
        Core::FeedStore &store = *b->store;
        {
            auto writer = store.beginImport(QStringLiteral("src"));
            QVERIFY(writer);
            auto &w = **writer;
            QCOMPARE(
                *w.upsert(item(QStringLiteral("a"), QStringLiteral("A"))), UpsertOutcome::Added);
            QCOMPARE(*w.upsert(item(QStringLiteral("b"), QStringLiteral("B"), std::nullopt)),
                UpsertOutcome::Added);
            // The same key again in the document: compared with what was staged.
            QCOMPARE(*w.upsert(item(QStringLiteral("a"), QStringLiteral("A"))),
                UpsertOutcome::Unchanged);
            QCOMPARE(
                *w.upsert(item(QStringLiteral("a"), QStringLiteral("A'"))), UpsertOutcome::Updated);
            FeedItem offline = item(QStringLiteral("c"), QStringLiteral("C"));
            offline.sellMode.clear();
            offline.baseId.clear();
            QCOMPARE(*w.upsert(offline), UpsertOutcome::Added);
            Core::FeedComment comment {QStringLiteral("k1"), QStringLiteral("a"),
                QStringLiteral("Ann"), QStringLiteral("ann@x"), QStringLiteral("hi")};
            QCOMPARE(*w.upsertComment(comment), UpsertOutcome::Added);
            Core::FeedComment orphan = comment;
            orphan.externalId = QStringLiteral("k2");
            orphan.eventExternalId = QStringLiteral("nope");
            QCOMPARE(w.upsertComment(orphan).error().kind, Core::ErrorKind::NotFound);
            QVERIFY(w.commit());
        }
        QCOMPARE(b->scalar("SELECT count(*) FROM events"), 3);
        QCOMPARE(b->rows("SELECT title, ever_online, coalesce(sell_mode, 'NULL'), min_price FROM "
                         "events WHERE external_id = 'a'",
                     "tttr"),
            QStringList {QStringLiteral("A'|1|online|10.5")});
        QCOMPARE(b->rows("SELECT coalesce(sell_mode, 'NULL'), coalesce(base_id, 'NULL'), "
                         "ever_online FROM events WHERE external_id = 'c'",
                     "ttt"),
            QStringList {QStringLiteral("NULL|NULL|0")});
        QCOMPARE(b->rows("SELECT c.body FROM comments c JOIN events e ON e.id = c.event_id "
                         "WHERE e.external_id = 'a'",
                     "t"),
            QStringList {QStringLiteral("hi")});

        {
            auto writer = store.beginImport(QStringLiteral("src"));
            QVERIFY(writer);
            auto &w = **writer;
            QCOMPARE(*w.upsert(item(QStringLiteral("a"), QStringLiteral("A'"))),
                UpsertOutcome::Unchanged);
            // A price change keeps the texts; the next comparison sees the staged row.
            QCOMPARE(*w.upsert(item(QStringLiteral("b"), QStringLiteral("B"), 12.25)),
                UpsertOutcome::Updated);
            QCOMPARE(*w.upsert(item(QStringLiteral("b"), QStringLiteral("B"), 12.25)),
                UpsertOutcome::Unchanged);
            FeedItem offline = item(QStringLiteral("c"), QStringLiteral("C"));
            offline.sellMode.clear();
            offline.baseId.clear();
            QCOMPARE(*w.upsert(offline), UpsertOutcome::Unchanged);
            Core::FeedComment comment {QStringLiteral("k1"), QStringLiteral("a"),
                QStringLiteral("Ann"), QStringLiteral("ann@x"), QStringLiteral("hi")};
            QCOMPARE(*w.upsertComment(comment), UpsertOutcome::Unchanged);
            comment.body = QStringLiteral("hello");
            QCOMPARE(*w.upsertComment(comment), UpsertOutcome::Updated);
            QVERIFY(w.commit());
        }
        QCOMPARE(b->rows("SELECT min_price, version FROM events WHERE external_id = 'b'", "rt"),
            QStringList {QStringLiteral("12.25|2")});
        QCOMPARE(b->scalar("SELECT count(*) FROM comments WHERE body = 'hello'"), 1);

        // Not committed: nothing of the run stays, and the next run starts clean.
        const QStringList before = b->rows(eventRows, eventTypes);
        {
            auto writer = store.beginImport(QStringLiteral("src"));
            QVERIFY(writer);
            for (int i = 0; i < 1200; ++i) // more than one staging batch
                QCOMPARE(
                    *(*writer)->upsert(item(QStringLiteral("n%1").arg(i), QStringLiteral("N"))),
                    UpsertOutcome::Added);
            QCOMPARE(*(*writer)->upsert(item(QStringLiteral("a"), QStringLiteral("changed"))),
                UpsertOutcome::Updated);
        }
        QCOMPARE(b->rows(eventRows, eventTypes), before);
        {
            auto writer = store.beginImport(QStringLiteral("src"));
            QVERIFY(writer);
            QCOMPARE(*(*writer)->upsert(item(QStringLiteral("n5"), QStringLiteral("N"))),
                UpsertOutcome::Added);
            QVERIFY((*writer)->commit());
        }
        QCOMPARE(b->scalar("SELECT count(*) FROM events"), 4);
    }

    // The project's fixtures through the real parsers and FeedService: the same runs and the same
    // rows on both backends; a second import changes nothing; an edited document updates.
    void fixturesGiveTheSameRows()
    {
        QMap<QString, QStringList> rows, comments, runs, again, searchable, exported;
        for (const QString &kind : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
            auto b = openBackend(kind);
            QVERIFY(b);
            runs[kind] = importFixtures(*b);
            rows[kind] = b->rows(eventRows, eventTypes);
            comments[kind] = b->rows(commentRows, "tttttt");
            again[kind] = importFixtures(*b);
            QCOMPARE(b->rows(eventRows, eventTypes), rows[kind]); // nothing rewritten
            auto found = b->store->searchable({0, std::numeric_limits<qint64>::max()});
            QVERIFY(found);
            for (const Core::StoredEvent &e : *found)
                searchable[kind].append(e.uuid + e.title + QString::number(e.startsAt));
            auto all = b->store->eventsForExport({0, std::numeric_limits<qint64>::max()}, {});
            QVERIFY(all);
            for (const Core::StoredEvent &e : *all)
                exported[kind].append(
                    QStringLiteral("%1|%2|%3|%4").arg(e.source, e.externalId, e.title, e.uuid));
            QVERIFY(!all->isEmpty());
            auto two = b->store->eventsForExport({}, {all->at(1).id, all->at(0).id, 999'999});
            QVERIFY(two);
            QCOMPARE(two->size(), 2);
            QCOMPARE(two->at(0).id, all->at(1).id);
        }
        QVERIFY(rows[QStringLiteral("sqlite")].size() > 20);
        QVERIFY(!comments[QStringLiteral("sqlite")].isEmpty());
        QVERIFY(!searchable[QStringLiteral("sqlite")].isEmpty());
        QCOMPARE(runs[QStringLiteral("postgresql")], runs[QStringLiteral("sqlite")]);
        QCOMPARE(rows[QStringLiteral("postgresql")], rows[QStringLiteral("sqlite")]);
        QCOMPARE(comments[QStringLiteral("postgresql")], comments[QStringLiteral("sqlite")]);
        QCOMPARE(again[QStringLiteral("postgresql")], again[QStringLiteral("sqlite")]);
        QCOMPARE(searchable[QStringLiteral("postgresql")], searchable[QStringLiteral("sqlite")]);
        QCOMPARE(exported[QStringLiteral("postgresql")], exported[QStringLiteral("sqlite")]);
        for (const QString &run : again[QStringLiteral("sqlite")])
            QVERIFY2(run.contains(QLatin1String(" +0 ~0 ")) || run.contains(QLatin1String("failed"))
                    || run.startsWith(QLatin1String("posts")),
                qPrintable(run));
    }

    void reimportCounts_data() { backends_data(); }
    void reimportCounts()
    {
        QFETCH(QString, kind);
        auto b = openBackend(kind);
        QVERIFY(b);
        QFile file(QStringLiteral(FEEDS_TEST_DATA "/provider-v2-planlist.xml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray document = file.readAll();
        const ImportRun first = b->import(document, QStringLiteral("p"));
        QCOMPARE(first.status, QStringLiteral("succeeded"));
        QVERIFY(first.added > 0);
        const ImportRun same = b->import(document, QStringLiteral("p"));
        QCOMPARE(same.status, QStringLiteral("succeeded"));
        QCOMPARE(same.added, 0);
        QCOMPARE(same.updated, 0);
        QCOMPARE(same.unchanged, first.added);
        // One title changed in the document: one update, the rest unchanged.
        const qsizetype at = document.indexOf("title=\"");
        QVERIFY(at > 0);
        QByteArray changed = document;
        changed.insert(at + 7, "Changed ");
        const ImportRun edited = b->import(changed, QStringLiteral("p"));
        QCOMPARE(edited.status, QStringLiteral("succeeded"));
        QCOMPARE(edited.added, 0);
        QCOMPARE(edited.updated, 1);
        QCOMPARE(edited.unchanged, first.added - 1);
        QCOMPARE(b->scalar("SELECT count(*) FROM events WHERE title LIKE 'Changed %'"), 1);
    }

    // A document that breaks off midway fails, and none of its elements stay.
    void failedImportLeavesNothing_data() { backends_data(); }
    void failedImportLeavesNothing()
    {
        QFETCH(QString, kind);
        auto b = openBackend(kind);
        QVERIFY(b);
        QFile file(QStringLiteral(FEEDS_TEST_DATA "/provider-v2-planlist.xml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray document = file.readAll();
        const ImportRun run
            = b->import(document.left(document.size() * 2 / 3), QStringLiteral("p"));
        QCOMPARE(run.status, QStringLiteral("failed"));
        QCOMPARE(run.added, 0);
        QCOMPARE(b->scalar("SELECT count(*) FROM events"), 0);
        // The runs are recorded as they are on SQLite.
        QCOMPARE(b->store->importRun(run.id)->status, QStringLiteral("failed"));
        // The next run of the same source works.
        QCOMPARE(b->import(document, QStringLiteral("p")).status, QStringLiteral("succeeded"));
        QVERIFY(b->scalar("SELECT count(*) FROM events") > 0);
    }

    // Each scheduled sync runs once across processes: while one connection holds a feed's claim,
    // another connection is refused it (PostgreSQL); SQLite, one process per file, grants both.
    void claimOneFeedPerProcess_data() { backends_data(); }
    void claimOneFeedPerProcess()
    {
        QFETCH(QString, kind);
        auto b = openBackend(kind);
        QVERIFY(b);
        std::unique_ptr<Storage::Database> otherSqlite;
        std::unique_ptr<PgStorage::PgDatabase> otherPg;
        auto other = b->otherStore(otherSqlite, otherPg);
        QVERIFY(other);
        auto held = b->store->claimFeed(1);
        QVERIFY(held);
        QVERIFY(*held);
        auto refused = other->claimFeed(1);
        QVERIFY(refused);
        QCOMPARE(bool(*refused), !b->isPg());
        refused->reset();
        auto otherFeed = other->claimFeed(2);
        QVERIFY(otherFeed && *otherFeed);
        held->reset(); // released
        auto after = other->claimFeed(1);
        QVERIFY(after && *after);
    }

    // The scheduler skips a feed that another process holds and syncs the rest in the same pass.
    void schedulerSkipsClaimedFeed_data() { backends_data(); }
    void schedulerSkipsClaimedFeed()
    {
        QFETCH(QString, kind);
        auto b = openBackend(kind);
        QVERIFY(b);
        const QString fixture = QStringLiteral(FEEDS_TEST_DATA "/provider-v2-planlist.xml");
        const qint64 first = b->store->createFeed(newFeed(QStringLiteral("1"), fixture, 1))->id;
        const qint64 second = b->store->createFeed(newFeed(QStringLiteral("2"), fixture, 2))->id;
        std::unique_ptr<Storage::Database> otherSqlite;
        std::unique_ptr<PgStorage::PgDatabase> otherPg;
        auto other = b->otherStore(otherSqlite, otherPg);
        QVERIFY(other);
        auto held = other->claimFeed(first);
        QVERIFY(held && *held);
        b->service->startScheduler(3'600'000); // one pass now
        QTRY_COMPARE(b->store->feed(second)->lastStatus, QStringLiteral("succeeded"));
        b->service->stopScheduler();
        // Synced in order of next run: the first was passed over, unless nothing held it.
        QCOMPARE(
            b->store->feed(first)->lastStatus, b->isPg() ? QString() : QStringLiteral("succeeded"));
    }

    // dataVersion() moves with a commit of another connection (another process).
    void dataVersionSeesOtherWriters_data() { backends_data(); }
    void dataVersionSeesOtherWriters()
    {
        QFETCH(QString, kind);
        auto b = openBackend(kind);
        QVERIFY(b);
        std::unique_ptr<Storage::Database> otherSqlite;
        std::unique_ptr<PgStorage::PgDatabase> otherPg;
        auto other = b->otherStore(otherSqlite, otherPg);
        QVERIFY(other);
        const auto before = b->store->dataVersion();
        QVERIFY(before);
        QCOMPARE(b->store->dataVersion(), before);
        auto writer = other->beginImport(QStringLiteral("elsewhere"));
        QVERIFY(writer);
        QVERIFY((*writer)->upsert(item(QStringLiteral("x"), QStringLiteral("X"))));
        QVERIFY((*writer)->commit());
        const auto after = b->store->dataVersion();
        QVERIFY(after);
        QVERIFY(after != before);
        QCOMPARE(b->store->dataVersion(), after);
    }

    void unreachableIsUnavailable()
    {
        PgStorage::PgDatabase gone(QStringLiteral("host=/nonexistent-eventdesk dbname=none"));
        PgStorage::PgFeedStore store(gone);
        const auto feeds = store.feeds();
        QVERIFY(!feeds);
        QCOMPARE(feeds.error().kind, Core::ErrorKind::Unavailable);
        QCOMPARE(feeds.error().retryAfterSeconds, 1);
        QCOMPARE(store.beginImport(QStringLiteral("s")).error().kind, Core::ErrorKind::Unavailable);
        QCOMPARE(store.claimFeed(1).error().kind, Core::ErrorKind::Unavailable);
        QVERIFY(!store.dataVersion());
    }
};

QTEST_GUILESS_MAIN(TestPgFeedStore)
#include "tst_pgfeedstore.moc"
