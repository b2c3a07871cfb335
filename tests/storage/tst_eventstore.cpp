// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// EventService over the events store: rules, notifications, keyset paging, query plans, the
// generator. One executable, two CTest entries: tst_eventstore on a SQLite file, and
// tst_eventstore_pg (label pg; eventdesk_add_test_on_both) on a scratch PostgreSQL database
// with PgEventStore. Every case runs on both with the same expectations, except the SQLite
// query plans and the SQLite sample generator.
#include "changehub.h"
#include "database.h"
#include "eventgenerator.h"
#include "eventservice.h"
#include "eventsql.h"
#include "pgdatabase.h"
#include "pgeventstore.h"
#include "pgstatement.h"
#include "sqliteeventstore.h"
#include "sqlitestatement.h"
#include "testsql.h"
#include "teststores.h"
#include "timeutil.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <memory>

using namespace Eventdesk;
using Core::ChangeHub;
using Core::ErrorKind;

namespace {

// The database under test: a SQLite file, or a scratch PostgreSQL database in the test cluster
// when the pg variant runs.
struct TestDatabase
{
    const bool pg = Testing::testsOnPostgresql();
    QTemporaryDir dir;
    std::unique_ptr<Storage::Database> sqlite;
    std::unique_ptr<PgStorage::PgDatabase> postgres;

    // One scratch PostgreSQL database for the whole run (creating one takes about a second),
    // emptied for each case.
    static Testing::PgScratchDatabase &scratch()
    {
        static Testing::PgScratchDatabase database;
        return database;
    }

    bool open()
    {
        if (pg) {
            postgres = std::make_unique<PgStorage::PgDatabase>(scratch().conninfo());
            return postgres->open()
                && scalar("TRUNCATE users, events, participants, comments RESTART IDENTITY "
                          "CASCADE")
                == 0;
        }
        sqlite = std::make_unique<Storage::Database>(dir.filePath(QStringLiteral("t.sqlite3")));
        return bool(sqlite->open());
    }
    std::unique_ptr<Core::EventStore> makeStore()
    {
        if (pg)
            return std::make_unique<PgStorage::PgEventStore>(*postgres);
        return std::make_unique<Storage::SqliteEventStore>(*sqlite);
    }
    // SQL that is the same on both backends: the first column of its first row (-1: an error).
    qint64 scalar(const QByteArray &sql)
    {
        return Testing::sqlScalar(sqlite.get(), postgres.get(), sql);
    }
};

} // namespace

class TestEventStore : public QObject
{
    Q_OBJECT

private:
    qint64 addUser(const QString &email);
    qint64 create(qint64 owner, const QString &title, qint64 offsetMs);
    QString plan(const QByteArray &sql);
    // PostgreSQL's EXPLAIN of a list's SQL, with the values it binds (50 rows).
    QString pgPlan(const QByteArray &sql, const Core::EventQuery &query,
        const Core::EventPosition &position, int bucket);

    // Events with the words the text search should find, from i = 1 to count (SQL for both).
    void insertMany(int count);
    QList<qint64> collect(Core::EventQuery query);
    QList<qint64> matches(const QString &text);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ChangeHub> m_changes;
    std::unique_ptr<Core::EventStore> m_store;
    std::unique_ptr<Core::EventService> m_events;
    qint64 m_ann = 0;
    qint64 m_ben = 0;

private Q_SLOTS:
    void init();
    void cleanup();
    void rulesAndErrors();
    void notificationsAfterCommit();
    void participationCountIsExact();
    void pagingAllSortsAcrossInserts_data();
    void pagingAllSortsAcrossInserts();
    void upcomingSplitStaysPut();
    void pagingWithTimeBounds_data();
    void pagingWithTimeBounds();
    void queryPlansUseIndexes_data();
    void queryPlansUseIndexes();
    void ftsFollowsEdits();
    void generator();
    void broadTextSearchKeepsOrder();
    void overlappingRange();
    void pastEventsCannotBeJoined();
    void textSearchFindsWhatFts5Finds_data();
    void textSearchFindsWhatFts5Finds();
    void titleOrderIsNocase();
    void concurrentJoinsCountExactly();
    void dataVersionMovesWithCommittedWrites();
};

qint64 TestEventStore::addUser(const QString &email)
{
    const QByteArray quoted = '\'' + email.toUtf8() + '\'';
    return m_db->scalar("INSERT INTO users (email, email_key, password_hash, created_at) VALUES ("
        + quoted + ", " + quoted + ", 'x', 0) RETURNING id");
}

qint64 TestEventStore::create(qint64 owner, const QString &title, qint64 offsetMs)
{
    Core::EventDraft draft;
    draft.title = title;
    draft.startsAt = Core::nowMsecs() + offsetMs;
    auto created = m_events->create(owner, draft);
    return created ? created->id : 0;
}

QString TestEventStore::plan(const QByteArray &sql)
{
    Storage::SqliteStatement s(m_db->sqlite->handle(), "EXPLAIN QUERY PLAN " + sql);
    if (!s.isValid())
        return s.errorMessage();
    QStringList lines;
    while (s.step() == SQLITE_ROW)
        lines.append(s.text(3));
    return lines.join(u'\n');
}

QString TestEventStore::pgPlan(const QByteArray &sql, const Core::EventQuery &query,
    const Core::EventPosition &position, int bucket)
{
    PgStorage::PgStatement s(m_db->postgres->handle(), "EXPLAIN " + sql);
    SqlStores::EventSql::bindFilters(s, query, Core::nowMsecs(), query.text);
    SqlStores::EventSql::bindPosition(s, query, position, bucket);
    s.bind(":limit", 50);
    QStringList lines;
    Core::Result<bool> row = false;
    while ((row = s.next()) && *row)
        lines.append(s.text(0));
    return row ? lines.join(u'\n') : row.error().message;
}

void TestEventStore::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY(m_db->open());
    m_changes = std::make_unique<ChangeHub>();
    m_store = m_db->makeStore();
    m_events = std::make_unique<Core::EventService>(*m_store, *m_changes);
    m_ann = addUser(QStringLiteral("ann@example.org"));
    m_ben = addUser(QStringLiteral("ben@example.org"));
}

void TestEventStore::cleanup()
{
    m_events.reset();
    m_store.reset();
    m_changes.reset();
    m_db.reset();
}

void TestEventStore::rulesAndErrors()
{
    Core::EventDraft draft;
    draft.title = QStringLiteral("  Trimmed  ");
    draft.startsAt = Core::nowMsecs();
    auto created = m_events->create(m_ann, draft);
    QVERIFY(created);
    QCOMPARE(created->title, QStringLiteral("Trimmed"));
    QCOMPARE(created->ownerHandle, QStringLiteral("ann"));
    QCOMPARE(created->version, 1);
    QCOMPARE(m_events->create(0, draft).error().kind, ErrorKind::Unauthorized);
    draft.title.clear();
    QCOMPARE(m_events->create(m_ann, draft).error().kind, ErrorKind::Invalid);

    draft = Core::EventDraft::from(*created);
    draft.title = QStringLiteral("By ben");
    QCOMPARE(m_events->update(created->id, m_ben, draft).error().kind, ErrorKind::Forbidden);
    QCOMPARE(m_events->remove(created->id, m_ben).error().kind, ErrorKind::Forbidden);
    QCOMPARE(
        m_events->update(created->id, m_ann, draft, 7).error().kind, ErrorKind::PreconditionFailed);
    QCOMPARE(m_events->update(999, m_ann, draft).error().kind, ErrorKind::NotFound);
    auto updated = m_events->update(created->id, m_ann, draft, 1);
    QVERIFY(updated);
    QCOMPARE(updated->version, 2);
    // The store itself refuses a stale version (a concurrent writer slipped in).
    QCOMPARE(m_store->update(created->id, draft, 1, 0).error().kind, ErrorKind::PreconditionFailed);
    QCOMPARE(m_store->remove(created->id, 1).error().kind, ErrorKind::PreconditionFailed);

    auto comment = m_events->addComment(created->id, m_ben, QStringLiteral("Hi"));
    QVERIFY(comment);
    QCOMPARE(comment->authorName, QStringLiteral("ben"));
    QCOMPARE(m_events->editComment(comment->id, m_ann, QStringLiteral("x")).error().kind,
        ErrorKind::Forbidden);
    QCOMPARE(m_events->removeComment(comment->id, m_ann).error().kind, ErrorKind::Forbidden);
    QCOMPARE(
        m_events->addComment(999, m_ben, QStringLiteral("x")).error().kind, ErrorKind::NotFound);
    QCOMPARE(m_events->addComment(created->id, m_ben, QString()).error().kind, ErrorKind::Invalid);
    QVERIFY(m_events->join(created->id, m_ben));
    QVERIFY(m_events->remove(created->id, m_ann, 2));
    QCOMPARE(m_store->findComment(comment->id).error().kind, ErrorKind::NotFound);
    QCOMPARE(m_db->scalar("SELECT count(*) FROM participants"), 0);
    QCOMPARE(m_db->scalar("SELECT count(*) FROM comments"), 0);
    // Gone: NotFound, not a version conflict.
    QCOMPARE(m_store->update(created->id, draft, 2, 0).error().kind, ErrorKind::NotFound);
    QCOMPARE(m_store->remove(created->id, 2).error().kind, ErrorKind::NotFound);
    QCOMPARE(m_store->join(created->id, m_ben, 0).error().kind, ErrorKind::NotFound);
}

void TestEventStore::notificationsAfterCommit()
{
    QSignalSpy spy(m_changes.get(), &ChangeHub::changed);
    const quint64 before = m_events->generation();
    const qint64 id = create(m_ann, QStringLiteral("Notified"), 1000);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<ChangeHub::Topic>(), ChangeHub::Topic::Events);
    QCOMPARE(spy.at(0).at(1).toLongLong(), id);
    QVERIFY(m_events->generation() > before);
    QVERIFY(m_events->join(id, m_ben));
    QCOMPARE(spy.constLast().at(0).value<ChangeHub::Topic>(), ChangeHub::Topic::Participation);
    QVERIFY(m_events->addComment(id, m_ben, QStringLiteral("c")));
    QCOMPARE(spy.constLast().at(0).value<ChangeHub::Topic>(), ChangeHub::Topic::Comments);
    QCOMPARE(spy.constLast().at(1).toLongLong(), id);
    // A failed write announces nothing.
    const int count = int(spy.size());
    const quint64 generation = m_events->generation();
    QVERIFY(!m_events->remove(id, m_ben));
    QCOMPARE(spy.size(), count);
    QCOMPARE(m_events->generation(), generation);
    // Another area's announced write (a feed import) also moves the generation.
    m_changes->notify(ChangeHub::Topic::Imports);
    QVERIFY(m_events->generation() > generation);
}

void TestEventStore::participationCountIsExact()
{
    const qint64 id = create(m_ann, QStringLiteral("Count"), 1000);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_events->join(id, m_ben)->participantCount, 1);
    QCOMPARE(m_events->join(id, m_ann)->participantCount, 2);
    QCOMPARE(m_events->withdraw(id, m_ben)->participantCount, 1);
    QCOMPARE(m_events->withdraw(id, m_ben)->participantCount, 1);
    QCOMPARE(m_events->event(id, m_ann)->joined, true);
    QCOMPARE(m_events->event(id, m_ben)->joined, false);
    QCOMPARE(m_events->join(999, m_ben).error().kind, ErrorKind::NotFound);
    QCOMPARE(m_events->join(id, 0).error().kind, ErrorKind::Unauthorized);
}

void TestEventStore::pagingAllSortsAcrossInserts_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<bool>("descending");
    QTest::newRow("upcoming") << int(Core::EventSort::Upcoming) << false;
    QTest::newRow("starts asc") << int(Core::EventSort::StartsAt) << false;
    QTest::newRow("starts desc") << int(Core::EventSort::StartsAt) << true;
    QTest::newRow("title asc") << int(Core::EventSort::Title) << false;
    QTest::newRow("title desc") << int(Core::EventSort::Title) << true;
    QTest::newRow("participants asc") << int(Core::EventSort::Participants) << false;
    QTest::newRow("participants desc") << int(Core::EventSort::Participants) << true;
}

void TestEventStore::pagingAllSortsAcrossInserts()
{
    QFETCH(int, sort);
    QFETCH(bool, descending);
    QList<qint64> original;
    for (int i = 0; i < 60; ++i) {
        // Duplicate keys on purpose: ties are broken by id.
        original.append(create(i % 2 ? m_ann : m_ben, QStringLiteral("T%1").arg(i % 7),
            (i % 10 - 5) * 3600000LL + 60000));
        // Participants for the participants sort, through the store: the service refuses to
        // join an event without an end once its local day is over, which the ones that started
        // hours ago are between midnight and 5:00.
        if (i % 4 == 0)
            QVERIFY(m_store->join(original.constLast(), m_ben, Core::nowMsecs()));
    }
    Core::EventQuery query;
    query.sort = Core::EventSort(sort);
    query.descending = descending;
    query.limit = 9;
    QList<qint64> seen;
    QString cursor;
    int round = 0;
    do {
        auto page = m_events->list(query, cursor);
        QVERIFY2(page, qPrintable(page ? QString() : page.error().message));
        for (const auto &event : std::as_const(page->items))
            seen.append(event.id);
        cursor = page->nextCursor;
        create(m_ann, QStringLiteral("T%1").arg(round % 7), (round % 3 - 1) * 3600000LL);
        ++round;
    } while (!cursor.isEmpty() && round < 100);
    const QSet<qint64> unique(seen.cbegin(), seen.cend());
    QCOMPARE(unique.size(), seen.size());
    for (qint64 id : std::as_const(original))
        QVERIFY(unique.contains(id));
}

void TestEventStore::upcomingSplitStaysPut()
{
    // An event that starts between two page reads moves from upcoming to past; the cursor keeps
    // the first page's split, so it is listed exactly once.
    const qint64 soon = create(m_ann, QStringLiteral("Soon"), 0);
    for (int i = 0; i < 5; ++i)
        create(m_ann, QStringLiteral("Later %1").arg(i), (i + 1) * 3600000LL);
    for (int i = 0; i < 5; ++i)
        create(m_ann, QStringLiteral("Before %1").arg(i), -(i + 1) * 3600000LL);
    Core::EventQuery query;
    query.limit = 4;
    auto first = m_events->list(query);
    QVERIFY(first);
    QList<qint64> seen;
    for (const auto &e : std::as_const(first->items))
        seen.append(e.id);
    QTest::qWait(5); // "Soon" is now in the past by the clock
    QString cursor = first->nextCursor;
    while (!cursor.isEmpty()) {
        auto page = m_events->list(query, cursor);
        QVERIFY(page);
        for (const auto &e : std::as_const(page->items))
            seen.append(e.id);
        cursor = page->nextCursor;
    }
    QCOMPARE(seen.size(), 11);
    QCOMPARE(seen.count(soon), 1);
}

void TestEventStore::pagingWithTimeBounds_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<int>("when");
    QTest::addColumn<int>("fromHours"); // 0: none
    QTest::addColumn<int>("toHours");   // 0: none
    const int upcoming = int(Core::EventSort::Upcoming);
    const int starts = int(Core::EventSort::StartsAt);
    const int all = int(Core::EventQuery::When::All);
    QTest::newRow("upcoming, from and to") << upcoming << false << all << -7 << 9;
    QTest::newRow("upcoming, from only") << upcoming << false << all << -30 << 0;
    QTest::newRow("upcoming, to in the past") << upcoming << false << all << 0 << -3;
    QTest::newRow("upcoming, from in the future") << upcoming << false << all << 4 << 0;
    QTest::newRow("starts asc, upcoming only, from")
        << starts << false << int(Core::EventQuery::When::Upcoming) << -10 << 0;
    QTest::newRow("starts desc, past only, to")
        << starts << true << int(Core::EventQuery::When::Past) << 0 << 10;
    QTest::newRow("starts desc, from and to") << starts << true << all << -6 << 6;
}

void TestEventStore::pagingWithTimeBounds()
{
    // from/to, the upcoming/past split and the keyset position fold into one range on
    // starts_at; paged results must equal the one-page result.
    QFETCH(int, sort);
    QFETCH(bool, descending);
    QFETCH(int, when);
    QFETCH(int, fromHours);
    QFETCH(int, toHours);
    for (int i = 0; i < 80; ++i)
        create(m_ann, QStringLiteral("B%1").arg(i),
            (i % 20 - 10) * 3600000LL + (i / 20) * 1000 + 30000);
    const qint64 now = Core::nowMsecs();
    Core::EventQuery query;
    query.sort = Core::EventSort(sort);
    query.descending = descending;
    query.when = Core::EventQuery::When(when);
    if (fromHours)
        query.from = now + fromHours * 3600000LL;
    if (toHours)
        query.to = now + toHours * 3600000LL;
    query.limit = 500;
    auto whole = m_events->list(query);
    QVERIFY(whole);
    QList<qint64> expected;
    for (const auto &e : std::as_const(whole->items)) {
        expected.append(e.id);
        QVERIFY(!query.from || e.startsAt >= *query.from);
        QVERIFY(!query.to || e.startsAt <= *query.to);
    }
    query.limit = 3;
    QList<qint64> paged;
    QString cursor;
    do {
        auto page = m_events->list(query, cursor);
        QVERIFY(page);
        for (const auto &e : std::as_const(page->items))
            paged.append(e.id);
        cursor = page->nextCursor;
    } while (!cursor.isEmpty() && paged.size() <= 100);
    QCOMPARE(paged, expected);
    QCOMPARE(qint64(expected.size()), *m_events->count(query));
}

void TestEventStore::queryPlansUseIndexes_data()
{
    QTest::addColumn<int>("filters");
    QTest::addColumn<int>("sort");
    QTest::addColumn<int>("bucket");
    QTest::addColumn<bool>("started");
    enum { None = 0, Mine = 1, Source = 2, From = 4 };
    QTest::newRow("first page upcoming")
        << int(None) << int(Core::EventSort::Upcoming) << 0 << false;
    QTest::newRow("next page upcoming") << int(None) << int(Core::EventSort::Upcoming) << 0 << true;
    QTest::newRow("past bucket") << int(None) << int(Core::EventSort::Upcoming) << 1 << true;
    QTest::newRow("mine") << int(Mine) << int(Core::EventSort::Upcoming) << 0 << true;
    QTest::newRow("source") << int(Source) << int(Core::EventSort::Upcoming) << 1 << true;
    QTest::newRow("from") << int(From) << int(Core::EventSort::Upcoming) << 0 << true;
    QTest::newRow("title") << int(None) << int(Core::EventSort::Title) << 0 << true;
    QTest::newRow("participants") << int(None) << int(Core::EventSort::Participants) << 0 << true;
}

void TestEventStore::queryPlansUseIndexes()
{
    QFETCH(int, filters);
    QFETCH(int, sort);
    QFETCH(int, bucket);
    QFETCH(bool, started);
    Core::EventQuery query;
    query.viewerId = m_ann;
    query.mine = filters & 1;
    if (filters & 2)
        query.source = QStringLiteral("local");
    if (filters & 4)
        query.from = 0;
    query.sort = Core::EventSort(sort);
    Core::EventPosition position;
    position.bucket = bucket;
    position.started = started;
    position.sort = query.sort;
    if (m_db->pg) {
        // With statistics over a few thousand rows, a page is an index walk in the list's
        // order too: no sort, no sequential scan.
        insertMany(3000);
        QCOMPARE(m_db->scalar("ANALYZE events"), 0);
        const QString pgPlan = this->pgPlan(
            PgStorage::PgEventStore::listSql(query, position, bucket), query, position, bucket);
        QVERIFY2(!pgPlan.contains(QLatin1String("Sort")), qPrintable(pgPlan));
        QVERIFY2(!pgPlan.contains(QLatin1String("Seq Scan on events")), qPrintable(pgPlan));
        QVERIFY2(pgPlan.contains(QLatin1String("Index")), qPrintable(pgPlan));
        return;
    }
    const QString text = plan(Storage::SqliteEventStore::listSql(query, position, bucket));
    // Keyset pages walk an index in order: no full scan of events, no sort of the result.
    QVERIFY2(!text.contains(QLatin1String("SCAN e")) || text.contains(QLatin1String("USING")),
        qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("INDEX")), qPrintable(text));
}

void TestEventStore::ftsFollowsEdits()
{
    const qint64 id = create(m_ann, QStringLiteral("Pottery evening"), 1000);
    Core::EventQuery query;
    query.text = QStringLiteral("pott");
    QCOMPARE(m_events->list(query)->items.size(), 1);
    Core::EventDraft draft = Core::EventDraft::from(*m_events->event(id));
    draft.title = QStringLiteral("Ceramics evening");
    draft.description = QStringLiteral("Café crème");
    QVERIFY(m_events->update(id, m_ann, draft));
    QCOMPARE(m_events->list(query)->items.size(), 0);
    query.text = QStringLiteral("ceramics");
    QCOMPARE(m_events->list(query)->items.size(), 1);
    query.text = QStringLiteral("cafe creme"); // diacritics folded
    QCOMPARE(m_events->list(query)->items.size(), 1);
    QCOMPARE(*m_events->count(query), 1);
    QVERIFY(m_events->remove(id, m_ann));
    QCOMPARE(m_events->list(query)->items.size(), 0);
}

void TestEventStore::generator()
{
    if (m_db->pg)
        QSKIP("the sample generator writes SQLite files");
    Storage::GeneratorOptions options;
    options.events = 500;
    options.users = 50;
    options.participants = 40;
    auto report = Storage::generateSampleData(*m_db->sqlite, options);
    QVERIFY(report);
    QCOMPARE(report->events, 500);
    QCOMPARE(report->users, 50);
    QCOMPARE(report->participants, 40);
    QCOMPARE(m_events->event(report->crowdedEventId)->participantCount, 40);
    Core::EventQuery all;
    QCOMPARE(*m_events->count(all), 500);
    all.source = QStringLiteral("sample-feed");
    const qint64 imported = *m_events->count(all);
    QVERIFY(imported > 10 && imported < 150);
    auto page = m_events->list(all);
    QVERIFY(page->items.constFirst().minPrice.has_value());
    QVERIFY(page->items.constFirst().isImported());
    // A second run adds to the first.
    QTest::qWait(2);
    QVERIFY(Storage::generateSampleData(*m_db->sqlite, options));
    QCOMPARE(*m_events->count(Core::EventQuery {}), 1000);
}

void TestEventStore::insertMany(int count)
{
    // 1,200 events over 400 hours: three share each start (equal keys, ties broken by id).
    const QByteArray now = QByteArray::number(Core::nowMsecs());
    QVERIFY(m_db->scalar("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                + QByteArray::number(count)
                + ") INSERT INTO events (title, description, starts_at, owner_id, created_at, "
                  "updated_at) SELECT 'Event ' || i, 'For beginners, welcome #' || i, "
                + now + " + ((i * 7919) % 400 - 200) * 3600000, " + QByteArray::number(m_ann)
                + ", 0, 0 FROM n")
        >= 0);
}

QList<qint64> TestEventStore::collect(Core::EventQuery query)
{
    QList<qint64> ids;
    QString cursor;
    do {
        auto page = m_events->list(query, cursor);
        if (!page)
            return QList<qint64> {-1};
        for (const auto &e : std::as_const(page->items))
            ids.append(e.id);
        cursor = page->nextCursor;
    } while (!cursor.isEmpty());
    return ids;
}

void TestEventStore::broadTextSearchKeepsOrder()
{
    // Every description says "beginners": the search walks the index (SQLite's filter mode)
    // and must list exactly what the unfiltered list does, in the same order, page by page.
    insertMany(1200);
    Core::EventQuery all;
    all.limit = 77;
    Core::EventQuery broad = all;
    broad.text = QStringLiteral("beginn");
    const QList<qint64> expected = collect(all);
    QCOMPARE(expected.size(), 1200);
    QCOMPARE(collect(broad), expected);
    QCOMPARE(*m_events->count(broad), 1200);
    broad.text = QStringLiteral("welcome #119"); // few matches: 119 and 1190..1199
    const QList<qint64> narrow = collect(broad);
    QCOMPARE(narrow.size(), 11);
    QCOMPARE(qint64(narrow.size()), *m_events->count(broad));
    // The same in the other sorts.
    for (const auto sort : {Core::EventSort::Title, Core::EventSort::Participants}) {
        all.sort = sort;
        broad.sort = sort;
        broad.text = QStringLiteral("BEGINNERS");
        QCOMPARE(collect(broad), collect(all));
    }
    if (m_db->pg) {
        // Few matches are read first (through the GIN index once the table is large) and
        // sorted, not found by testing every row along the order's index (which PostgreSQL's
        // estimate of a prefix match may prefer).
        QCOMPARE(m_db->scalar("ANALYZE events"), 0);
        Core::EventQuery few;
        few.text = QStringLiteral("welcome 119");
        few.sort = Core::EventSort::Title;
        Core::EventPosition first;
        const QString pgPlan = this->pgPlan(
            PgStorage::PgEventStore::listSql(few, first, 0, false, true), few, first, 0);
        QVERIFY2(pgPlan.contains(QLatin1String("Sort")), qPrintable(pgPlan));
        QVERIFY2(!pgPlan.contains(QLatin1String("events_title")), qPrintable(pgPlan));
        return;
    }
    Core::EventQuery q;
    q.text = QStringLiteral("beginners");
    Core::EventPosition position;
    position.started = true;
    const QString text = plan(Storage::SqliteEventStore::listSql(q, position, 0, true));
    QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")), qPrintable(text));
}

void TestEventStore::overlappingRange()
{
    const qint64 hour = 3600000;
    const qint64 base = Core::nowMsecs() + 100 * 24 * hour;
    auto add = [&](qint64 owner, const QString &title, qint64 start, std::optional<qint64> end) {
        Core::EventDraft draft;
        draft.title = title;
        draft.startsAt = base + start;
        if (end)
            draft.endsAt = base + *end;
        auto created = m_events->create(owner, draft);
        return created ? created->id : 0;
    };
    // The range is [base, base + 24 h).
    const qint64 before = add(m_ann, QStringLiteral("Before"), -3 * hour, -1 * hour);
    const qint64 into = add(m_ann, QStringLiteral("Runs into the day"), -30 * hour, 1 * hour);
    const qint64 inside = add(m_ben, QStringLiteral("Inside"), 2 * hour, 3 * hour);
    const qint64 instant = add(m_ben, QStringLiteral("Instant"), 5 * hour, std::nullopt);
    const qint64 across = add(m_ann, QStringLiteral("Across"), 20 * hour, 40 * hour);
    const qint64 after = add(m_ann, QStringLiteral("After"), 24 * hour, 25 * hour);
    QVERIFY(before && into && inside && instant && across && after);
    QVERIFY(m_events->join(inside, m_ann));

    Core::EventQuery query;
    query.viewerId = m_ann;
    auto ids = [&](const Core::EventQuery &q, qint64 from, qint64 to) {
        QList<qint64> out;
        auto rows = m_events->overlapping(q, from, to);
        if (!rows)
            return QList<qint64> {-1};
        for (const Core::Event &e : std::as_const(*rows))
            out.append(e.id);
        return out;
    };
    QCOMPARE(ids(query, base, base + 24 * hour), (QList<qint64> {into, inside, instant, across}));
    // The events carry what a calendar needs, not the description.
    auto rows = m_events->overlapping(query, base, base + 24 * hour);
    QVERIFY(rows);
    QCOMPARE(rows->at(1).title, QStringLiteral("Inside"));
    QVERIFY(rows->at(1).joined);
    QCOMPARE(rows->at(1).ownerId, m_ben);
    QVERIFY(!rows->at(0).joined); // the joined set is read once for the range
    QVERIFY(rows->at(1).description.isEmpty());
    QCOMPARE(*m_events->participantNames(inside), QStringList {QStringLiteral("ann")});
    QVERIFY(m_events->join(inside, m_ben));
    QCOMPARE(*m_events->participantNames(inside, 1), QStringList {QStringLiteral("ann")});
    QCOMPARE(m_events->participantNames(inside)->size(), 2);
    // Filters apply.
    Core::EventQuery mine = query;
    mine.mine = true;
    QCOMPARE(ids(mine, base, base + 24 * hour), (QList<qint64> {into, across}));
    Core::EventQuery joined = query;
    joined.joined = true;
    QCOMPARE(ids(joined, base, base + 24 * hour), (QList<qint64> {inside}));
    Core::EventQuery text = query;
    text.text = QStringLiteral("inst");
    QCOMPARE(ids(text, base, base + 24 * hour), (QList<qint64> {instant}));
    // A later range sees only what reaches it.
    QCOMPARE(ids(query, base + 24 * hour, base + 48 * hour), (QList<qint64> {across, after}));
    if (!m_db->pg) {
        // One range of the covering index, no table lookups, no sort.
        const QString shape = plan(Storage::SqliteEventStore::overlappingSql(query));
        QVERIFY2(
            shape.contains(QLatin1String("COVERING INDEX events_calendar")), qPrintable(shape));
        QVERIFY2(!shape.contains(QLatin1String("TEMP B-TREE")), qPrintable(shape));
    }
    // Errors.
    QCOMPARE(m_events->overlapping(query, base, base - 1).error().kind, ErrorKind::Invalid);
    Core::EventQuery anonymous;
    anonymous.mine = true;
    QCOMPARE(
        m_events->overlapping(anonymous, base, base + hour).error().kind, ErrorKind::Unauthorized);
}

void TestEventStore::pastEventsCannotBeJoined()
{
    const qint64 hour = 3600000;
    Core::EventDraft draft;
    draft.title = QStringLiteral("Yesterday's talk");
    draft.startsAt = Core::nowMsecs() - 30 * hour;
    draft.endsAt = Core::nowMsecs() - 28 * hour;
    auto past = m_events->create(m_ann, draft);
    QVERIFY(past);
    auto refused = m_events->join(past->id, m_ben);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Conflict);
    QCOMPARE(refused.error().code, QStringLiteral("event_ended"));
    QCOMPARE(m_events->event(past->id, m_ben)->participantCount, 0);
    // Still running: joinable.
    draft.endsAt = Core::nowMsecs() + hour;
    auto running = m_events->create(m_ann, draft);
    QVERIFY(running);
    QVERIFY(m_events->join(running->id, m_ben));
    // Without an end, the event lasts until the end of its day.
    Core::Event instant;
    instant.startsAt = Core::nowMsecs();
    QVERIFY(!Core::EventService::hasEnded(instant, Core::nowMsecs()));
    instant.startsAt = Core::nowMsecs() - 50 * hour;
    QVERIFY(Core::EventService::hasEnded(instant, Core::nowMsecs()));
}

QList<qint64> TestEventStore::matches(const QString &text)
{
    Core::EventQuery query;
    query.text = text;
    query.sort = Core::EventSort::StartsAt;
    QList<qint64> ids = collect(query);
    if (*m_events->count(query) != ids.size())
        return {-2};
    return ids;
}

void TestEventStore::textSearchFindsWhatFts5Finds_data()
{
    // What SQLite's FTS5 (unicode61 remove_diacritics 2, prefix terms, all required) finds for
    // these words in the corpus below; PostgreSQL (tsvector 'simple' + unaccent) must find the
    // same. Numbers are corpus rows (1-based).
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("prefix") << QStringLiteral("pott") << QList<int> {1};
    QTest::newRow("case, two prefixes") << QStringLiteral("POTTERY EVEN") << QList<int> {1};
    QTest::newRow("accents folded") << QStringLiteral("cafe creme") << QList<int> {2};
    QTest::newRow("accents in the query") << QStringLiteral("crème") << QList<int> {2};
    QTest::newRow("description") << QStringLiteral("brulee") << QList<int> {2};
    QTest::newRow("diaeresis") << QStringLiteral("naive") << QList<int> {3};
    QTest::newRow("umlaut") << QStringLiteral("ZURICH") << QList<int> {3};
    QTest::newRow("ligature as written") << QStringLiteral("œuvres") << QList<int> {3};
    QTest::newRow("decomposed accent") << QStringLiteral("Zu\u0308rich") << QList<int> {3};
    QTest::newRow("hyphenated") << QStringLiteral("roll") << QList<int> {4};
    QTest::newRow("inside an e-mail") << QStringLiteral("example") << QList<int> {4};
    QTest::newRow("letters and digits") << QStringLiteral("v1") << QList<int> {4};
    QTest::newRow("dotted number, no word starts with 1") << QStringLiteral("1.2") << QList<int> {};
    QTest::newRow("sharp s as written") << QStringLiteral("straße") << QList<int> {5};
    QTest::newRow("number") << QStringLiteral("münchen 202") << QList<int> {5};
    QTest::newRow("CJK") << QStringLiteral("東京") << QList<int> {6};
    QTest::newRow("Cyrillic, upper case") << QStringLiteral("ПРИВЕТ") << QList<int> {6};
    QTest::newRow("one letter") << QStringLiteral("e") << QList<int> {1, 2, 4};
    QTest::newRow("title and description") << QStringLiteral("glaze pottery") << QList<int> {1};
    QTest::newRow("all words required") << QStringLiteral("glaze crème") << QList<int> {};
    QTest::newRow("punctuation only") << QStringLiteral("!! --") << QList<int> {};
    QTest::newRow("quotes and operators")
        << QStringLiteral("\"pottery\" & (clay) | 'x':*") << QList<int> {};
    QTest::newRow("operators around words")
        << QStringLiteral("\"pottery\" & (clay)") << QList<int> {1};
}

void TestEventStore::textSearchFindsWhatFts5Finds()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, expected);
    const QList<std::pair<QString, QString>> corpus {
        {QStringLiteral("Pottery evening"), QStringLiteral("Clay and glaze for beginners")},
        {QStringLiteral("Café Crème tasting"), QStringLiteral("Espresso, crème brûlée")},
        {QStringLiteral("Naïve art: Œuvres"), QStringLiteral("Paintings from Zürich")},
        {QStringLiteral("Rock-n-roll night"), QStringLiteral("ann@example.org hosts; v1.2 rules")},
        {QStringLiteral("Straße fest"), QStringLiteral("München 2026")},
        {QStringLiteral("東京 meetup"), QStringLiteral("Привет мир")},
    };
    QList<qint64> ids;
    for (int i = 0; i < corpus.size(); ++i) {
        Core::EventDraft draft;
        draft.title = corpus.at(i).first;
        draft.description = corpus.at(i).second;
        draft.startsAt = Core::nowMsecs() + (i + 1) * 3600000LL;
        auto created = m_events->create(m_ann, draft);
        QVERIFY(created);
        ids.append(created->id);
    }
    QList<qint64> want;
    for (int row : std::as_const(expected))
        want.append(ids.at(row - 1));
    QCOMPARE(matches(text), want);
}

void TestEventStore::titleOrderIsNocase()
{
    // SQLite's COLLATE NOCASE: ASCII letters folded, the rest by code point; equal titles by
    // id. Both backends list titles in exactly this order, page by page.
    const QStringList titles {QStringLiteral("b"), QStringLiteral("Same"), QStringLiteral("B2"),
        QStringLiteral("ábc"), QStringLiteral("a"), QStringLiteral("SAME"), QStringLiteral("Zebra"),
        QStringLiteral("Éclair"), QStringLiteral("eclair"), QStringLiteral("_x"),
        QStringLiteral("zoo"), QStringLiteral("same")};
    QHash<QString, qint64> id;
    for (const QString &title : titles)
        id.insert(title, create(m_ann, title, 3600000));
    QList<qint64> expected;
    for (const char *title :
        {"_x", "a", "b", "B2", "eclair", "Same", "SAME", "same", "Zebra", "zoo", "Éclair", "ábc"})
        expected.append(id.value(QString::fromUtf8(title)));
    Core::EventQuery query;
    query.sort = Core::EventSort::Title;
    query.limit = 2;
    QCOMPARE(collect(query), expected);
    query.descending = true;
    std::reverse(expected.begin(), expected.end());
    // Descending: equal titles by descending id too.
    QCOMPARE(collect(query), expected);
}

void TestEventStore::concurrentJoinsCountExactly()
{
    // Four threads, each on its own connection, join ten accounts each to one event and then
    // withdraw five of them again, at the same time: every answer is a count some order of
    // those writes gives, and the stored count is exactly the participants left.
    const qint64 event = create(m_ann, QStringLiteral("Crowded"), 3600000);
    constexpr int threads = 4;
    constexpr int perThread = 10;
    QList<qint64> users;
    for (int i = 0; i < threads * perThread; ++i)
        users.append(addUser(QStringLiteral("u%1@example.org").arg(i)));
    QMutex mutex;
    QStringList failures;
    QList<qint64> counts;
    std::vector<std::unique_ptr<QThread>> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back(QThread::create([&, t] {
            for (int phase = 0; phase < 2; ++phase) {
                for (int i = 0; i < perThread; ++i) {
                    if (phase == 1 && i % 2)
                        continue;
                    const qint64 user = users.at(t * perThread + i);
                    auto done = phase == 0 ? m_store->join(event, user, Core::nowMsecs())
                                           : m_store->withdraw(event, user);
                    const QMutexLocker lock(&mutex);
                    if (done)
                        counts.append(done->participantCount);
                    else
                        failures.append(done.error().message);
                }
            }
        }));
        workers.back()->start();
    }
    for (auto &worker : workers)
        QVERIFY(worker->wait());
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QCOMPARE(counts.size(), threads * perThread + threads * perThread / 2);
    for (qint64 count : std::as_const(counts))
        QVERIFY(count >= 0 && count <= threads * perThread);
    const qint64 left = threads * perThread / 2;
    QCOMPARE(m_events->event(event, 0)->participantCount, left);
    QCOMPARE(m_db->scalar("SELECT count(*) FROM participants"), left);
}

void TestEventStore::dataVersionMovesWithCommittedWrites()
{
    // Caches compare dataVersion(): it must move when another connection (another thread, or
    // another process on PostgreSQL) commits a write to events, participants or comments, and
    // stay put when nothing was written.
    const qint64 id = create(m_ann, QStringLiteral("Versioned"), 3600000);
    const auto before = m_store->dataVersion();
    QVERIFY(before);
    QCOMPARE(m_store->dataVersion(), before);
    Core::EventDraft draft = Core::EventDraft::from(*m_events->event(id));
    QVERIFY(!m_store->update(id, draft, 99, 0)); // a refused write changes nothing
    QCOMPARE(m_store->dataVersion(), before);
    // Runs write on a thread of its own (its own connection); whether it succeeded.
    auto elsewhere = [&](auto write) {
        bool written = false;
        std::unique_ptr<QThread> thread(QThread::create([&] { written = write(); }));
        thread->start();
        return thread->wait() && written;
    };
    QVERIFY(elsewhere([&] { return bool(m_store->join(id, m_ben, Core::nowMsecs())); }));
    const auto joined = m_store->dataVersion();
    QVERIFY(joined && *joined != *before);
    QVERIFY(
        elsewhere([&] { return bool(m_store->insertComment(id, m_ben, QStringLiteral("c"), 1)); }));
    const auto commented = m_store->dataVersion();
    QVERIFY(commented && *commented != *joined);
    if (m_db->pg) {
        // Another process: its own PgDatabase and connections.
        PgStorage::PgDatabase other(TestDatabase::scratch().conninfo());
        QVERIFY(other.open());
        PgStorage::PgEventStore otherStore(other);
        QVERIFY(otherStore.update(id, draft, 1, 5));
        QCOMPARE(otherStore.dataVersion(), m_store->dataVersion());
    } else {
        QVERIFY(elsewhere([&] { return bool(m_store->update(id, draft, 1, 5)); }));
    }
    QVERIFY(m_store->dataVersion() != commented);
}

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_eventstore.moc"
