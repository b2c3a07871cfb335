// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Events tab, offscreen: create and edit through the dialog, join, comments, filters,
// CSV and iCalendar export, and the live update when another program writes through the HTTP API.
#include "accountservice.h"
#include "apiserver.h"
#include "changehub.h"
#include "database.h"
#include "eventdetailpane.h"
#include "eventdialog.h"
#include "eventgenerator.h"
#include "eventscontroller.h"
#include "eventservice.h"
#include "eventsview.h"
#include "eventtablemodel.h"
#include "feedformats.h"
#include "feedservice.h"
#include "httpclient.h"
#include "networkfetcher.h"
#include "session.h"
#include "sqlauthstore.h"
#include "sqliteeventstore.h"
#include "sqlitefeedstore.h"
#include "timeutil.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Eventdesk;

class TestEventsView : public QObject
{
    Q_OBJECT

private:
    Core::AuthSession signup(const QString &name);
    qint64 createEvent(qint64 owner, const QString &title, qint64 offsetMs);
    QTableView *table() const
    {
        return m_view->findChild<QTableView *>(QStringLiteral("eventTable"));
    }
    template<typename T> T *find(const char *name) const
    {
        T *widget = m_view->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no widget %s", name);
        return widget;
    }
    void select(qint64 id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Core::ChangeHub> m_changes;
    std::unique_ptr<Storage::SqlAuthStore> m_authStore;
    std::unique_ptr<Core::AccountService> m_auth;
    std::unique_ptr<Storage::SqliteEventStore> m_store;
    std::unique_ptr<Core::EventService> m_events;
    std::unique_ptr<Gui::Session> m_session;
    std::unique_ptr<Gui::EventsView> m_view;
    Core::AuthSession m_erin;
    Core::AuthSession m_frank;

private Q_SLOTS:
    void init();
    void cleanup();
    void createThroughDialog();
    void editThroughDialog();
    void onlyOwnerMayEdit();
    void joinAndWithdraw();
    void comments();
    void filters();
    void liveUpdateFromApi();
    void exportCsv();
    void exportSelectedICalendar();
    void sortByHeader();
    void exportCsvInTheBackground();
    void ctrlEndReachesTheLastEvent();
    void emptyStateSaysWhatToDo();
    void keyboard();
};

Core::AuthSession TestEventsView::signup(const QString &name)
{
    auto session = m_auth->signup(
        name + QStringLiteral("@example.org"), QStringLiteral("correct horse battery"), name);
    if (!session)
        qFatal("signup: %s", qPrintable(session.error().message));
    return *session;
}

qint64 TestEventsView::createEvent(qint64 owner, const QString &title, qint64 offsetMs)
{
    Core::EventDraft draft;
    draft.title = title;
    draft.description = QStringLiteral("About ") + title;
    draft.location = QStringLiteral("Hall, room 1");
    draft.startsAt = Core::nowMsecs() + offsetMs;
    auto created = m_events->create(owner, draft);
    return created ? created->id : 0;
}

void TestEventsView::select(qint64 id)
{
    QTRY_VERIFY(m_view->model()->rowOf(id) >= 0);
    table()->selectRow(m_view->model()->rowOf(id));
    QTRY_COMPARE(m_view->detail()->eventId(), id);
}

void TestEventsView::init()
{
    // Any warning fails, except the offscreen platform's note that it cannot resize windows.
    QTest::failOnWarning(QRegularExpression(
        QStringLiteral("^(?!This plugin does not support propagateSizeHints).*")));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Storage::Database>(m_dir->filePath(QStringLiteral("t.sqlite3")));
    QVERIFY(m_db->open());
    m_changes = std::make_unique<Core::ChangeHub>();
    m_authStore = std::make_unique<Storage::SqlAuthStore>(*m_db);
    Core::AuthConfig config;
    config.password = Core::PasswordParams::minimum();
    m_auth = std::make_unique<Core::AccountService>(*m_authStore, config, m_changes.get());
    m_store = std::make_unique<Storage::SqliteEventStore>(*m_db);
    m_events = std::make_unique<Core::EventService>(*m_store, *m_changes);
    m_erin = signup(QStringLiteral("erin"));
    m_frank = signup(QStringLiteral("frank"));
    m_session = std::make_unique<Gui::Session>();
    m_session->signIn(m_erin.user, m_erin.token);
    m_view = std::make_unique<Gui::EventsView>(*m_events, *m_changes, *m_session);
    m_view->detail()->setConfirmDeletes(false);
    m_view->resize(1200, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestEventsView::cleanup()
{
    m_view.reset();
    m_session.reset();
    m_events.reset();
    m_store.reset();
    m_auth.reset();
    m_authStore.reset();
    m_changes.reset();
    m_db.reset();
    m_dir.reset();
}

void TestEventsView::createThroughDialog()
{
    m_view->newEvent(); // the window's New Event (Ctrl+N, toolbar) calls this
    Gui::EventDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_view->findChild<Gui::EventDialog *>(QStringLiteral("eventDialog"))));
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    // No title yet: Save is disabled and says why, but no error before a field is touched.
    QVERIFY(!ok->isEnabled());
    QVERIFY(!ok->toolTip().isEmpty());
    QVERIFY(error->isHidden());
    QTest::keyClicks(
        dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit")), QStringLiteral("Board games"));
    QVERIFY(ok->isEnabled());
    QVERIFY(error->text().isEmpty());
    // An end before the start is refused inline.
    auto *endTime = dialog->findChild<QComboBox *>(QStringLiteral("endTimeEdit"));
    auto *endDate = dialog->findChild<QDateEdit *>(QStringLiteral("endDateEdit"));
    auto *startDate = dialog->findChild<QDateEdit *>(QStringLiteral("startDateEdit"));
    endDate->setDate(startDate->date().addDays(-1));
    QVERIFY(!ok->isEnabled());
    QVERIFY(error->text().contains(QLatin1String("end")));
    endDate->setDate(startDate->date());
    auto *startTime = dialog->findChild<QComboBox *>(QStringLiteral("startTimeEdit"));
    startTime->setCurrentIndex(20); // 10:00
    endTime->setCurrentIndex(24);   // 12:00
    QVERIFY(ok->isEnabled());
    dialog->findChild<QLineEdit *>(QStringLiteral("locationEdit"))->setText(QStringLiteral("Cafe"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!m_view->findChild<Gui::EventDialog *>(QStringLiteral("eventDialog"))
        || !dialog->isVisible());

    auto page = m_events->list(Core::EventQuery {});
    QVERIFY(page);
    QCOMPARE(page->items.size(), 1);
    const Core::Event &event = page->items.constFirst();
    QCOMPARE(event.title, QStringLiteral("Board games"));
    QCOMPARE(event.location, QStringLiteral("Cafe"));
    QCOMPARE(event.ownerId, m_erin.user.id);
    QCOMPARE(*event.endsAt - event.startsAt, 7200000);
    QTRY_COMPARE(m_view->model()->rowCount(), 1);
    QTRY_COMPARE(m_view->detail()->eventId(), event.id); // the new event is selected
}

void TestEventsView::editThroughDialog()
{
    const qint64 id = createEvent(m_erin.user.id, QStringLiteral("Old title"), 3600000);
    select(id);
    auto *edit = find<QPushButton>("editEventButton");
    QVERIFY(edit->isVisible());
    QTest::mouseClick(edit, Qt::LeftButton);
    Gui::EventDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_view->findChild<Gui::EventDialog *>(QStringLiteral("eventDialog"))));
    auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    QCOMPARE(title->text(), QStringLiteral("Old title"));
    title->clear();
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("okButton"))->isEnabled());
    QTest::keyClicks(title, QStringLiteral("New title"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QCOMPARE(m_events->event(id)->title, QStringLiteral("New title"));
    QTRY_COMPARE(
        m_view->model()->data(m_view->model()->index(m_view->model()->rowOf(id), 0)).toString(),
        QStringLiteral("New title"));
    QTRY_COMPARE(find<QLabel>("detailTitle")->text(), QStringLiteral("New title"));

    // Someone else edited meanwhile: the dialog says so and stays open.
    QTest::mouseClick(edit, Qt::LeftButton);
    QTRY_VERIFY((dialog = m_view->findChild<Gui::EventDialog *>(QStringLiteral("eventDialog")))
        && dialog->isVisible());
    Core::EventDraft draft = Core::EventDraft::from(*m_events->event(id));
    draft.location = QStringLiteral("Elsewhere");
    QVERIFY(m_events->update(id, m_erin.user.id, draft));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->text().isEmpty());
    dialog->reject();
}

void TestEventsView::onlyOwnerMayEdit()
{
    const qint64 id = createEvent(m_frank.user.id, QStringLiteral("Frank's"), 3600000);
    select(id);
    QVERIFY(!find<QPushButton>("editEventButton")->isVisible());
    QVERIFY(!find<QPushButton>("deleteEventButton")->isVisible());
    QVERIFY(find<QPushButton>("joinButton")->isEnabled());
    // Signed out: nothing to do but read.
    m_session->signOut();
    QTRY_VERIFY(!find<QPushButton>("joinButton")->isEnabled());
}

void TestEventsView::joinAndWithdraw()
{
    const qint64 id = createEvent(m_frank.user.id, QStringLiteral("Party"), 3600000);
    select(id);
    auto *join = find<QPushButton>("joinButton");
    QCOMPARE(join->text(), QStringLiteral("&Join"));
    QTest::mouseClick(join, Qt::LeftButton);
    QCOMPARE(m_events->event(id)->participantCount, 1);
    QCOMPARE(join->text(), QStringLiteral("W&ithdraw"));
    QTRY_COMPARE(m_view->model()
                     ->data(m_view->model()->index(
                         m_view->model()->rowOf(id), Gui::EventTableModel::Participants))
                     .toInt(),
        1);
    QVERIFY(find<QLabel>("detailParticipants")->text().contains(u'1'));
    QTest::mouseClick(join, Qt::LeftButton);
    QCOMPARE(m_events->event(id)->participantCount, 0);
    QCOMPARE(join->text(), QStringLiteral("&Join"));
    QTRY_COMPARE(m_view->model()
                     ->data(m_view->model()->index(
                         m_view->model()->rowOf(id), Gui::EventTableModel::Participants))
                     .toInt(),
        0);
}

void TestEventsView::comments()
{
    const qint64 id = createEvent(m_frank.user.id, QStringLiteral("Talk"), 3600000);
    QVERIFY(m_events->addComment(id, m_frank.user.id, QStringLiteral("Frank says hi")));
    select(id);
    auto *list = find<QListWidget>("commentList");
    QCOMPARE(list->count(), 1);
    list->setCurrentRow(0);
    QVERIFY(!find<QPushButton>("editCommentButton")->isEnabled()); // not mine
    QVERIFY(!find<QPushButton>("deleteCommentButton")->isEnabled());

    QTest::keyClicks(find<QPlainTextEdit>("commentInput"), QStringLiteral("Erin was here"));
    QTest::mouseClick(find<QPushButton>("addCommentButton"), Qt::LeftButton);
    QCOMPARE(list->count(), 2);
    // The author's display name, when, then the text.
    QVERIFY(list->item(1)->text().startsWith(QStringLiteral("erin · ")));
    QVERIFY(list->item(1)->text().contains(QLatin1String("Erin was here")));
    list->setCurrentRow(1);
    QVERIFY(find<QPushButton>("editCommentButton")->isEnabled());
    QTest::mouseClick(find<QPushButton>("editCommentButton"), Qt::LeftButton);
    QCOMPARE(find<QPlainTextEdit>("commentInput")->toPlainText(), QStringLiteral("Erin was here"));
    find<QPlainTextEdit>("commentInput")->setPlainText(QStringLiteral("Erin edited this"));
    QTest::mouseClick(find<QPushButton>("addCommentButton"), Qt::LeftButton);
    QCOMPARE(list->count(), 2);
    QVERIFY(list->item(1)->text().contains(QLatin1String("Erin edited this")));
    // An empty comment is refused with a message.
    QTest::mouseClick(find<QPushButton>("addCommentButton"), Qt::LeftButton);
    QVERIFY(!find<QLabel>("detailError")->text().isEmpty());
    QCOMPARE(list->count(), 2);
    list->setCurrentRow(1);
    QTest::mouseClick(find<QPushButton>("deleteCommentButton"), Qt::LeftButton);
    QCOMPARE(list->count(), 1);
    auto page = m_events->comments(id);
    QCOMPARE(page->items.size(), 1);
    QCOMPARE(page->items.constFirst().authorId, m_frank.user.id);
}

void TestEventsView::filters()
{
    const qint64 mine = createEvent(m_erin.user.id, QStringLiteral("Erin's jazz"), 3600000);
    const qint64 past = createEvent(m_frank.user.id, QStringLiteral("Old chess"), -3600000);
    const qint64 joined = createEvent(m_frank.user.id, QStringLiteral("Frank's chess"), 7200000);
    QVERIFY(m_events->join(joined, m_erin.user.id));
    auto *model = m_view->model();
    QTRY_COMPARE(model->rowCount(), 3);
    select(mine);
    QTest::keyClicks(find<QLineEdit>("eventSearch"), QStringLiteral("chess"));
    QTRY_COMPARE(model->rowCount(), 2);
    // The detail pane lets go of an event the filter no longer shows.
    QCOMPARE(m_view->detail()->eventId(), 0);
    QCOMPARE(model->eventAt(0)->id, joined);
    QCOMPARE(model->eventAt(1)->id, past);
    find<QComboBox>("eventWhen")->setCurrentIndex(2); // past
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->eventAt(0)->id, past);
    find<QLineEdit>("eventSearch")->clear();
    find<QComboBox>("eventWhen")->setCurrentIndex(0);
    find<QCheckBox>("eventMine")->setChecked(true);
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->eventAt(0)->id, mine);
    find<QCheckBox>("eventMine")->setChecked(false);
    find<QCheckBox>("eventJoined")->setChecked(true);
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->eventAt(0)->id, joined);
    QVERIFY(find<QLabel>("eventCount")->text().contains(u'1'));
}

void TestEventsView::liveUpdateFromApi()
{
    Api::ApiConfig config;
    config.port = 0;
    Api::ApiServer server(config);
    server.addController(std::make_shared<Api::EventsController>(*m_auth, *m_events));
    QVERIFY(server.start());
    Testing::HttpClient frank {QUrl(server.baseUrl())};
    frank.setToken(m_frank.token.toUtf8());

    QCOMPARE(m_view->model()->rowCount(), 0);
    const Testing::HttpReply created = frank.post(QStringLiteral("/api/v1/events"),
        {{QStringLiteral("title"), QStringLiteral("From another program")},
            {QStringLiteral("starts_at"), Core::toRfc3339(Core::nowMsecs() + 3600000)}});
    QCOMPARE(created.status, 201);
    const qint64 id = created.json().value(QStringLiteral("id")).toInteger();
    // No manual refresh: the ChangeHub brings it.
    QTRY_COMPARE(m_view->model()->rowCount(), 1);
    QCOMPARE(m_view->model()->eventAt(0)->id, id);
    select(id);
    QCOMPARE(frank.put(QStringLiteral("/api/v1/events/%1/participation").arg(id), {}).status, 200);
    QTRY_COMPARE(m_view->model()->eventAt(0)->participantCount, 1);
    QTRY_VERIFY(find<QLabel>("detailParticipants")->text().contains(u'1'));
    QCOMPARE(frank
                 .patch(QStringLiteral("/api/v1/events/%1").arg(id),
                     {{QStringLiteral("title"), QStringLiteral("Renamed by API")}})
                 .status,
        200);
    QTRY_COMPARE(find<QLabel>("detailTitle")->text(), QStringLiteral("Renamed by API"));
    QCOMPARE(frank.del(QStringLiteral("/api/v1/events/%1").arg(id)).status, 204);
    QTRY_COMPARE(m_view->model()->rowCount(), 0);
    server.stop();
}

void TestEventsView::exportCsv()
{
    createEvent(m_erin.user.id, QStringLiteral("Plain"), 3600000);
    createEvent(m_frank.user.id, QStringLiteral("Quote \"and\", comma"), 7200000);
    const QString path = m_dir->filePath(QStringLiteral("events.csv"));
    QString error;
    QVERIFY2(m_view->exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 4); // header, two rows, the empty rest
    QVERIFY(lines.at(0).startsWith("id,title,starts_at"));
    QVERIFY(lines.at(1).contains(",Plain,"));
    QVERIFY(lines.at(1).contains(",erin,"));
    QVERIFY(lines.at(2).contains(",\"Quote \"\"and\"\", comma\","));
}

namespace {

// Collects what the feeds area's own iCalendar parser reads back from an exported file.
class TitleSink : public Core::FeedSink
{
public:
    Core::Result<void> item(const Core::FeedItem &item) override
    {
        titles.append(item.title);
        return {};
    }
    Core::Result<void> comment(const Core::FeedComment &) override { return {}; }
    void skipped(const Core::FeedIssue &issue) override { issues.append(issue.message); }
    QStringList titles;
    QStringList issues;
};

} // namespace

void TestEventsView::exportSelectedICalendar()
{
    // The real exporter, wired as app/windowfactory.cpp does: FeedService::exportICalendar(ids).
    Storage::SqliteFeedStore feedStore(*m_db);
    Feeds::FeedFormats formats;
    Feeds::NetworkFetcher fetcher;
    Core::FeedService feeds(feedStore, formats, fetcher, *m_changes);

    const qint64 alpha = createEvent(m_erin.user.id, QStringLiteral("Alpha"), 3600000);
    const qint64 bravo = createEvent(m_frank.user.id, QStringLiteral("Bravo"), 7200000);
    const qint64 charlie = createEvent(m_frank.user.id, QStringLiteral("Charlie"), 10800000);
    QVERIFY(alpha && bravo && charlie);
    QTRY_COMPARE(m_view->model()->rowCount(), 3);

    QAction *action = m_view->exportIcsAction();
    QVERIFY(action);
    QCOMPARE(action->objectName(), QStringLiteral("exportIcsAction"));
    auto *button = find<QToolButton>("exportButton"); // its menu holds the action
    QVERIFY(button);
    // No exporter injected: the action is not offered.
    QVERIFY(!action->isVisible());
    m_view->setIcsExporter(
        [&feeds](const QList<qint64> &ids) { return feeds.exportICalendar({}, ids); });
    QVERIFY(action->isVisible());
    QVERIFY(button->isVisible());
    // In the table's context menu too, with a shortcut.
    QCOMPARE(table()->contextMenuPolicy(), Qt::ActionsContextMenu);
    QVERIFY(table()->actions().contains(action));
    QVERIFY(!action->shortcut().isEmpty());

    // Nothing selected: disabled.
    table()->clearSelection();
    QVERIFY(!action->isEnabled());
    QVERIFY(button->isEnabled()); // the menu still offers the CSV export

    // Select Alpha, then Ctrl+click Charlie: two rows (extended selection).
    QCOMPARE(table()->selectionMode(), QAbstractItemView::ExtendedSelection);
    select(alpha);
    const QModelIndex charlieIndex = m_view->model()->index(m_view->model()->rowOf(charlie), 0);
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, Qt::ControlModifier,
        table()->visualRect(charlieIndex).center());
    QTRY_COMPARE(m_view->selectedEventIds().size(), 2);
    QVERIFY(m_view->selectedEventIds().contains(alpha));
    QVERIFY(m_view->selectedEventIds().contains(charlie));
    QVERIFY(action->isEnabled());
    QVERIFY(button->isEnabled());

    // The file chooser is a seam: no native dialog in the test.
    const QString path = m_dir->filePath(QStringLiteral("selected.ics"));
    QString askedFilter;
    int asked = 0;
    m_view->setSaveFileChooser(
        [&](QWidget *, const QString &, const QString &suggested, const QString &filter) {
            ++asked;
            askedFilter = filter;
            return suggested.endsWith(QStringLiteral(".ics")) ? path : QString();
        });
    QSignalSpy notices(m_view.get(), &Gui::EventsView::notice);
    QVERIFY(button->menu()->actions().contains(action));
    action->trigger();
    QCOMPARE(asked, 1);
    QVERIFY(askedFilter.contains(QStringLiteral("*.ics")));
    // Written off the GUI thread; the notice comes when it is done.
    QTRY_COMPARE(notices.size(), 1);
    QVERIFY(notices.at(0).at(0).toString().contains(QStringLiteral("selected.ics")));
    QVERIFY(!m_view->findChild<QMessageBox *>(QStringLiteral("exportIcsError")));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ics = file.readAll();
    file.close();
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR"));
    QCOMPARE(ics.count("BEGIN:VEVENT"), 2);
    QVERIFY(ics.contains("SUMMARY:Alpha"));
    QVERIFY(ics.contains("SUMMARY:Charlie"));
    QVERIFY(!ics.contains("Bravo"));
    // And it parses back (libical, through the feeds area's parser).
    QBuffer buffer;
    buffer.setData(ics);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    TitleSink sink;
    auto parser = formats.parser(Core::FeedFormat::ICal);
    QVERIFY(parser);
    auto parsed = parser->parse(buffer, sink, Core::ParseOptions {});
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    QVERIFY2(sink.issues.isEmpty(), qPrintable(sink.issues.join(u'\n')));
    sink.titles.sort();
    QCOMPARE(sink.titles, QStringList({QStringLiteral("Alpha"), QStringLiteral("Charlie")}));

    // Cancelling the chooser writes nothing and says nothing. Here through the shortcut.
    m_view->setSaveFileChooser(
        [&asked](QWidget *, const QString &, const QString &, const QString &) {
            ++asked;
            return QString();
        });
    QVERIFY(QFile::remove(path));
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    table()->setFocus();
    QTest::keySequence(table(), action->shortcut());
    QCOMPARE(asked, 2);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(notices.size(), 1);

    // An unwritable place: a clear error, no file, no success notice.
    const QString bad = m_dir->filePath(QStringLiteral("missing/dir/selected.ics"));
    m_view->setSaveFileChooser(
        [bad](QWidget *, const QString &, const QString &, const QString &) { return bad; });
    action->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_view->findChild<QMessageBox *>(QStringLiteral("exportIcsError"))));
    QVERIFY(box->text().contains(QStringLiteral("selected.ics")));
    QCOMPARE(notices.size(), 1);
    QVERIFY(!QFile::exists(bad));
    box->close();
    QTRY_VERIFY(!m_view->findChild<QMessageBox *>(QStringLiteral("exportIcsError")));

    // A failing exporter is reported as well.
    m_view->setSaveFileChooser(
        [path](QWidget *, const QString &, const QString &, const QString &) { return path; });
    m_view->setIcsExporter([](const QList<qint64> &) -> Core::Result<QByteArray> {
        return Core::Error {Core::ErrorKind::Internal, QStringLiteral("disk_gone"),
            QStringLiteral("The store went away."), {}, 0};
    });
    action->trigger();
    QTRY_VERIFY((box = m_view->findChild<QMessageBox *>(QStringLiteral("exportIcsError"))));
    QVERIFY(box->text().contains(QStringLiteral("The store went away.")));
    QVERIFY(!QFile::exists(path));
    box->close();

    // Clearing the selection disables it again.
    table()->clearSelection();
    QTRY_VERIFY(!action->isEnabled());
}

// Issue 10: the export runs off the GUI thread (the window keeps answering), shows progress,
// and ends with "Exported N events to …" (thousands separators) or the reason.
void TestEventsView::exportCsvInTheBackground()
{
    for (int i = 0; i < 30; ++i)
        createEvent(m_erin.user.id, QStringLiteral("Event %1").arg(i), 3600000 + i * 60000);
    const QString path = m_dir->filePath(QStringLiteral("all.csv"));
    m_view->setSaveFileChooser(
        [path](QWidget *, const QString &, const QString &, const QString &) { return path; });
    QSignalSpy notices(m_view.get(), &Gui::EventsView::notice);
    QSignalSpy finished(m_view.get(), &Gui::EventsView::exportFinished);
    m_view->exportCsvAction()->trigger();
    // Started, not done: the GUI thread is free while the worker writes.
    QVERIFY(m_view->isExporting());
    QVERIFY(!m_view->exportCsvAction()->isEnabled());
    QVERIFY(find<QProgressBar>("exportProgress")->isVisible());
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(!find<QProgressBar>("exportProgress")->isVisible());
    QCOMPARE(notices.size(), 1);
    QVERIFY2(notices.at(0).at(0).toString().contains(QStringLiteral("30")),
        qPrintable(notices.at(0).at(0).toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 31);

    // A place that cannot be written: the reason in a box, no notice.
    const QString bad = m_dir->filePath(QStringLiteral("missing/dir/all.csv"));
    m_view->exportCsvInBackground(bad);
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(finished.at(1).at(0).toBool(), false);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_view->findChild<QMessageBox *>(QStringLiteral("exportIcsError"))));
    QVERIFY(box->text().contains(QStringLiteral("all.csv")));
    QCOMPARE(notices.size(), 1);
    box->close();
}

// Issue 10: Ctrl+End and the scroll bar reached only the loaded rows. Over 20,000 events the
// model holds every row from the start (the ids), the scroll bar spans them all, and Ctrl+End
// and dragging the bar to the end read only the rows that show.
void TestEventsView::ctrlEndReachesTheLastEvent()
{
    Storage::GeneratorOptions options;
    options.events = 20000;
    options.users = 5;
    options.participants = 1;
    QVERIFY(Storage::generateSampleData(*m_db, options));
    m_view->resize(1200, 400);
    m_view->applyFilters();
    QTRY_COMPARE(m_view->model()->rowCount(), 20000);
    auto *model = m_view->model();
    QVERIFY2(model->loadedRows() < 1000, qPrintable(QString::number(model->loadedRows())));
    // The scroll bar's range covers every row: its end shows the last one.
    QScrollBar *bar = table()->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    bar->setValue(bar->maximum());
    QCoreApplication::processEvents();
    const int topShown = table()->rowAt(1);
    QVERIFY2(topShown > 19900, qPrintable(QString::number(topShown)));
    QVERIFY(model->loadedEventAt(19999));
    QVERIFY2(model->loadedRows() < 1000, qPrintable(QString::number(model->loadedRows())));
    // Ctrl+End from the top selects the last event.
    bar->setValue(0);
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(table()->currentIndex().row(), 19999);
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(model->eventAt(19999));
    QVERIFY(!model->eventAt(19999)->title.isEmpty());
    // Ctrl+Home goes back to the first.
    QTest::keyClick(table(), Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(table()->currentIndex().row(), 0);
    QCOMPARE(bar->value(), 0);
}

void TestEventsView::emptyStateSaysWhatToDo()
{
    auto *empty = find<QLabel>("eventsEmptyState");
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("New Event")));
    createEvent(m_erin.user.id, QStringLiteral("Jam session"), 3600000);
    m_view->applyFilters();
    QTRY_VERIFY(!empty->isVisible());
    find<QLineEdit>("eventSearch")->setText(QStringLiteral("jazz"));
    m_view->applyFilters();
    QTRY_VERIFY(empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("No events match “jazz”."));
}

// Enter opens the event (the detail pane takes the focus), F2 edits it, Delete deletes it after
// asking, Tab leaves the table.
void TestEventsView::keyboard()
{
    const qint64 id = createEvent(m_erin.user.id, QStringLiteral("Keys"), 3600000);
    m_view->applyFilters();
    select(id);
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Tab);
    QVERIFY(!table()->hasFocus());
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Return);
    QVERIFY(m_view->detail()->isAncestorOf(QApplication::focusWidget())
        || QApplication::focusWidget() == m_view->detail());
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_F2);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_view->findChild<QDialog *>()) && dialog->isVisible());
    dialog->reject();
    // Delete asks first (Cancel is the default), then deletes.
    m_view->detail()->setConfirmDeletes(true);
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Delete);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_view->findChild<QMessageBox *>(QStringLiteral("deleteEventBox"))));
    QCOMPARE(box->defaultButton()->objectName(), QStringLiteral("cancelDeleteButton"));
    QVERIFY(m_events->event(id, m_erin.user.id));
    box->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton"))->click();
    QTRY_VERIFY(!m_events->event(id, m_erin.user.id));
}

void TestEventsView::sortByHeader()
{
    createEvent(m_erin.user.id, QStringLiteral("banana"), 3600000);
    createEvent(m_erin.user.id, QStringLiteral("Apple"), 7200000);
    createEvent(m_erin.user.id, QStringLiteral("cherry"), -3600000);
    auto *model = m_view->model();
    QTRY_COMPARE(model->rowCount(), 3);
    QCOMPARE(model->eventAt(0)->title, QStringLiteral("banana")); // upcoming first
    QHeaderView *header = table()->horizontalHeader();
    const QPoint titleHeader(header->sectionViewportPosition(0) + 5, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, titleHeader);
    QTRY_COMPARE(model->rowCount(), 3);
    const QString first = model->eventAt(0)->title;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, titleHeader);
    QTRY_COMPARE(model->rowCount(), 3);
    // One click sorts by title one way, the next the other way (case-insensitive).
    const QStringList ascending {
        QStringLiteral("Apple"), QStringLiteral("banana"), QStringLiteral("cherry")};
    QStringList now;
    for (int row = 0; row < 3; ++row)
        now.append(model->eventAt(row)->title);
    QStringList reversed = ascending;
    std::reverse(reversed.begin(), reversed.end());
    QVERIFY(now == ascending || now == reversed);
    QVERIFY(first != now.constFirst());
}

QTEST_MAIN(TestEventsView)
#include "tst_eventsview.moc"
