// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The events table model over a real database: lazy pages, order, sorting, refresh, under
// QAbstractItemModelTester.
#include "changehub.h"
#include "database.h"
#include "eventservice.h"
#include "eventtablemodel.h"
#include "sqliteeventstore.h"
#include "timeutil.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Eventdesk;

class TestEventTableModel : public QObject
{
    Q_OBJECT

private:
    qint64 addUser(const QString &email);
    void fetchAll(Gui::EventTableModel &model);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Core::ChangeHub> m_changes;
    std::unique_ptr<Storage::SqliteEventStore> m_store;
    std::unique_ptr<Core::EventService> m_events;
    qint64 m_user = 0;
    QList<qint64> m_ids;

private Q_SLOTS:
    void init();
    void cleanup();
    void lazyPagesInOrder();
    void sorting_data();
    void sorting();
    void refreshFollowsChanges();
    void filters();
};

qint64 TestEventTableModel::addUser(const QString &email)
{
    QSqlQuery query(m_db->connection());
    query.prepare(
        QStringLiteral("INSERT INTO users (email, password_hash, created_at) VALUES (?, 'x', 0)"));
    query.addBindValue(email);
    return query.exec() ? query.lastInsertId().toLongLong() : 0;
}

void TestEventTableModel::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Storage::Database>(m_dir->filePath(QStringLiteral("t.sqlite3")));
    QVERIFY(m_db->open());
    m_changes = std::make_unique<Core::ChangeHub>();
    m_store = std::make_unique<Storage::SqliteEventStore>(*m_db);
    m_events = std::make_unique<Core::EventService>(*m_store, *m_changes);
    m_user = addUser(QStringLiteral("carol@example.org"));
    QVERIFY(m_user > 0);
    m_ids.clear();
    const qint64 now = Core::nowMsecs();
    const QStringList words {QStringLiteral("apple"), QStringLiteral("Banana"),
        QStringLiteral("cherry"), QStringLiteral("Date"), QStringLiteral("elder")};
    for (int i = 0; i < 250; ++i) {
        Core::EventDraft draft;
        draft.title = words.at(i % words.size()) + QStringLiteral(" %1").arg(i);
        draft.startsAt = now + (i - 100) * 3600000LL + 60000;
        auto created = m_events->create(m_user, draft);
        QVERIFY(created);
        m_ids.append(created->id);
    }
}

void TestEventTableModel::cleanup()
{
    m_events.reset();
    m_store.reset();
    m_changes.reset();
    m_db.reset();
    m_dir.reset();
}

void TestEventTableModel::fetchAll(Gui::EventTableModel &model)
{
    int guard = 0;
    while (model.canFetchMore({}) && ++guard < 1000)
        model.fetchMore({});
}

void TestEventTableModel::lazyPagesInOrder()
{
    Gui::EventTableModel model(*m_events);
    model.setPageSize(40);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    // Every row at once (the scroll bar spans the whole list), none of them read yet.
    QCOMPARE(model.rowCount(), 250);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.loadedRows(), 0);
    // Asking for the last row reads its block only.
    QVERIFY(model.eventAt(249));
    QCOMPARE(model.loadedRows(), 250 - 240);
    QVERIFY(!model.loadedEventAt(0));
    QVERIFY(model.data(model.index(0, 0)).isValid());
    QCOMPARE(model.loadedRows(), 50);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 250);
    QCOMPARE(model.columnCount(), int(Gui::EventTableModel::ColumnCount));
    // Upcoming first (soonest first), then past (most recent first).
    const qint64 now = Core::nowMsecs();
    QSet<qint64> seen;
    bool inPast = false;
    qint64 previous = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Core::Event *event = model.eventAt(row);
        QVERIFY(event);
        seen.insert(event->id);
        const bool past = event->startsAt < now;
        if (row > 0 && past == inPast)
            QVERIFY(past ? event->startsAt <= previous : event->startsAt >= previous);
        QVERIFY(!inPast || past); // never upcoming after past
        inPast = past;
        previous = event->startsAt;
    }
    QCOMPARE(seen.size(), 250);
    QCOMPARE(model.data(model.index(0, Gui::EventTableModel::Owner)).toString(),
        QStringLiteral("carol"));
    QCOMPARE(model.data(model.index(0, 0), Gui::EventTableModel::IdRole).toLongLong(),
        model.eventAt(0)->id);
    QVERIFY(!model.data(model.index(0, Gui::EventTableModel::Starts)).toString().isEmpty());
}

void TestEventTableModel::sorting_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    QTest::newRow("title asc") << int(Gui::EventTableModel::Title) << false;
    QTest::newRow("title desc") << int(Gui::EventTableModel::Title) << true;
    QTest::newRow("date asc") << int(Gui::EventTableModel::Starts) << false;
    QTest::newRow("date desc") << int(Gui::EventTableModel::Starts) << true;
    QTest::newRow("participants desc") << int(Gui::EventTableModel::Participants) << true;
}

void TestEventTableModel::sorting()
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    // Some participants so that the count sort has something to order (upcoming events: past
    // ones cannot be joined).
    const qint64 other = addUser(QStringLiteral("dave@example.org"));
    QVERIFY(m_events->join(m_ids.at(107), other));
    QVERIFY(m_events->join(m_ids.at(107), m_user));
    QVERIFY(m_events->join(m_ids.at(109), m_user));
    Gui::EventTableModel model(*m_events);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(33);
    model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 250);
    QSet<qint64> seen;
    for (int row = 1; row < model.rowCount(); ++row) {
        const Core::Event &a = *model.eventAt(row - 1);
        const Core::Event &b = *model.eventAt(row);
        seen.insert(b.id);
        int order = 0;
        if (column == Gui::EventTableModel::Title)
            order = QString::compare(a.title, b.title, Qt::CaseInsensitive);
        else if (column == Gui::EventTableModel::Starts)
            order = a.startsAt < b.startsAt ? -1 : (a.startsAt > b.startsAt ? 1 : 0);
        else
            order = a.participantCount < b.participantCount
                ? -1
                : (a.participantCount > b.participantCount ? 1 : 0);
        QVERIFY2(descending ? order >= 0 : order <= 0, qPrintable(a.title + u' ' + b.title));
    }
    QCOMPARE(seen.size(), 249);
    if (column == Gui::EventTableModel::Participants) {
        QCOMPARE(model.eventAt(0)->id, m_ids.at(107));
        QCOMPARE(model.eventAt(0)->participantCount, 2);
        QCOMPARE(model.eventAt(1)->id, m_ids.at(109));
    }
    // Back to the natural order.
    model.sort(-1);
    model.fetchMore({});
    QVERIFY(model.eventAt(0)->startsAt >= Core::nowMsecs());
}

void TestEventTableModel::refreshFollowsChanges()
{
    Gui::EventTableModel model(*m_events);
    model.setPageSize(20);
    model.fetchMore({});
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 250);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int loaded = model.rowCount();
    const Core::Event first = *model.eventAt(0);

    // A change that keeps the rows: dataChanged, no reset, the loaded rows stay loaded.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_events->join(first.id, m_user));
    model.refresh();
    QCOMPARE(resets.size(), 0);
    QVERIFY(changes.size() >= 1);
    QCOMPARE(model.rowCount(), loaded);
    QCOMPARE(model.data(model.index(0, Gui::EventTableModel::Participants)).toInt(), 1);
    QCOMPARE(model.data(model.index(0, 0), Gui::EventTableModel::JoinedRole).toBool(), false);

    // One row read again in place: a join on the second row.
    const qint64 second = model.eventAt(1)->id;
    QVERIFY(m_events->join(second, m_user));
    QVERIFY(model.refreshEvent(second));
    QCOMPARE(resets.size(), 0);
    QCOMPARE(model.eventAt(1)->participantCount, 1);
    // A moved start time changes the order: only a full refresh can place it.
    Core::EventDraft moved = Core::EventDraft::from(*model.eventAt(1));
    moved.startsAt += 1;
    QVERIFY(m_events->update(second, m_user, moved));
    QVERIFY(!model.refreshEvent(second));
    QVERIFY(!model.refreshEvent(999999)); // not in the list

    // A new soonest event: it shows first.
    Core::EventDraft draft;
    draft.title = QStringLiteral("Right now");
    draft.startsAt = Core::nowMsecs() + 1000;
    auto created = m_events->create(m_user, draft);
    QVERIFY(created);
    model.refresh();
    QCOMPARE(model.eventAt(0)->id, created->id);
    QCOMPARE(model.rowCount(), loaded + 1);
    // A deletion: gone, row removed in place.
    const int rows = model.rowCount();
    QVERIFY(m_events->remove(created->id, m_user));
    QVERIFY(model.refreshEvent(created->id));
    QCOMPARE(model.rowOf(created->id), -1);
    QCOMPARE(model.rowCount(), rows - 1);
    QCOMPARE(model.eventAt(0)->id, first.id);
}

void TestEventTableModel::filters()
{
    Gui::EventTableModel model(*m_events);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Core::EventQuery query;
    query.viewerId = m_user;
    query.text = QStringLiteral("banana");
    model.setQuery(query);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 50);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.eventAt(row)->title.startsWith(QLatin1String("Banana")));
    query.text.clear();
    query.when = Core::EventQuery::When::Past;
    model.setQuery(query);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 100);
    query.when = Core::EventQuery::When::Upcoming;
    query.joined = true;
    model.setQuery(query);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestEventTableModel)
#include "tst_eventtablemodel.moc"
