// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Calendar page, offscreen: month, week and agenda show the events of their range; Today,
// previous / next; keyboard navigation; click and Enter open, a double-click on an empty day
// starts a new event there; the detail pane's when-line, badges, Join on past events, Delete
// confirmation and width; the event dialog's end, errors and mnemonics.
#include "agendaview.h"
#include "calendarmodel.h"
#include "calendarview.h"
#include "eventdetailpane.h"
#include "eventdialog.h"
#include "eventpalette.h"
#include "eventsbackend.h"
#include "eventservice.h"
#include "eventtext.h"
#include "monthview.h"
#include "reminders.h"
#include "session.h"
#include "timeutil.h"
#include "weekview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Eventdesk;
using Gui::EventText;

namespace {

qint64 at(QDate date, QTime time)
{
    return QDateTime(date, time).toMSecsSinceEpoch();
}

// A date far from today, so "Today" never shows in the month tests.
const QDate march12(2031, 3, 12);

} // namespace

class TestCalendarView : public QObject
{
    Q_OBJECT

private:
    qint64 create(qint64 owner, const QString &title, qint64 start, std::optional<qint64> end,
        const QString &location = {});
    Gui::EventDialog *openDialog();
    template<typename T> T *find(QObject *parent, const char *name) const
    {
        T *widget = parent->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no widget %s", name);
        return widget;
    }

    std::unique_ptr<Testing::EventsBackend> m_backend;
    Core::EventService *m_events = nullptr;
    std::unique_ptr<Gui::Session> m_session;
    std::unique_ptr<Gui::CalendarView> m_view;
    Core::AuthSession m_erin;
    Core::AuthSession m_frank;

private Q_SLOTS:
    void init();
    void cleanup();
    void monthShowsItsRange();
    void weekShowsItsRange();
    void agendaGroupsByDay();
    void todayPreviousNext();
    void goToDate();
    void keyboardNavigation();
    void clickAndEnterOpen();
    void doubleClickOnEmptyDayStartsNewEvent();
    void whenLine_data();
    void whenLine();
    void badgesAndPastEvents();
    void deleteIsConfirmed();
    void paneKeepsItsWidth();
    void filterLetsGoOfHiddenEvent();
    void liveUpdate();
    void dialogEndFollowsStart();
    void dialogNoErrorBeforeTouched();
    void dialogAllDay();
    void mnemonics();
    void coloursFollowThePalette();
    void remindersBeforeOwnAndJoinedEvents();
};

qint64 TestCalendarView::create(qint64 owner, const QString &title, qint64 start,
    std::optional<qint64> end, const QString &location)
{
    Core::EventDraft draft;
    draft.title = title;
    draft.startsAt = start;
    draft.endsAt = end;
    draft.location = location;
    auto created = m_events->create(owner, draft);
    if (!created)
        qWarning("create: %s", qPrintable(created.error().message));
    return created ? created->id : 0;
}

void TestCalendarView::init()
{
    QTest::failOnWarning(QRegularExpression(
        QStringLiteral("^(?!This plugin does not support propagateSizeHints).*")));
    m_backend = std::make_unique<Testing::EventsBackend>();
    QVERIFY(m_backend->open());
    m_events = m_backend->events.get();
    m_erin = m_backend->signup(QStringLiteral("erin"), QStringLiteral("Erin Example"));
    m_frank = m_backend->signup(QStringLiteral("frank"), QStringLiteral("Frank"));
    m_session = std::make_unique<Gui::Session>();
    m_session->signIn(m_erin.user, m_erin.token);
    m_view = std::make_unique<Gui::CalendarView>(*m_events, *m_backend->changes, *m_session);
    m_view->resize(1300, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QApplication::setActiveWindow(m_view.get());
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
}

void TestCalendarView::cleanup()
{
    m_view.reset();
    m_session.reset();
    m_events = nullptr;
    m_backend.reset();
}

void TestCalendarView::monthShowsItsRange()
{
    const qint64 inside = create(m_erin.user.id, QStringLiteral("Jazz"), at(march12, QTime(18, 0)),
        at(march12, QTime(20, 0)));
    const qint64 across = create(m_frank.user.id, QStringLiteral("Festival"),
        at(QDate(2031, 2, 27), QTime(10, 0)), at(QDate(2031, 3, 2), QTime(18, 0)));
    const qint64 before = create(m_erin.user.id, QStringLiteral("February"),
        at(QDate(2031, 2, 10), QTime(10, 0)), std::nullopt);
    const qint64 after = create(
        m_erin.user.id, QStringLiteral("May"), at(QDate(2031, 5, 10), QTime(10, 0)), std::nullopt);
    QVERIFY(inside && across && before && after);
    m_view->setDate(march12);
    Gui::CalendarModel *model = m_view->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int lead = (QDate(2031, 3, 1).dayOfWeek() - int(QLocale().firstDayOfWeek()) + 7) % 7;
    QCOMPARE(model->firstDay(), QDate(2031, 3, 1).addDays(-lead));
    QCOMPARE(model->firstDay().dayOfWeek(), int(QLocale().firstDayOfWeek()));
    QVERIFY(model->lastDay() >= QDate(2031, 3, 31));
    QVERIFY(model->lastDay() < QDate(2031, 4, 7));
    QCOMPARE(model->columnCount(), 7);
    QCOMPARE(model->rowCount() * 7, model->dayCount());
    QList<qint64> ids;
    for (const Core::Event &e : model->events())
        ids.append(e.id);
    QCOMPARE(ids, (QList<qint64> {across, inside}));
    QCOMPARE(model->eventsOn(march12).size(), 1);
    QCOMPARE(model->eventsOn(QDate(2031, 3, 1)).constFirst()->id, across);
    QCOMPARE(model->eventsOn(QDate(2031, 3, 3)).size(), 0);
    QCOMPARE(m_view->title(), QStringLiteral("March 2031"));
    QCOMPARE(find<QLabel>(m_view.get(), "calendarTitle")->text(), QStringLiteral("March 2031"));
    // Cells are named for screen readers with the long date and the count.
    const QString cell = model->data(model->indexOf(march12), Qt::AccessibleTextRole).toString();
    QVERIFY2(cell.contains(QLocale().toString(march12, QLocale::LongFormat)), qPrintable(cell));
    QVERIFY2(cell.contains(QLatin1String("1 event")), qPrintable(cell));
    QCOMPARE(
        model->data(model->indexOf(QDate(2031, 4, 1)), Gui::CalendarModel::InMonthRole).toBool(),
        false);
    QCOMPARE(model->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(),
        QLocale().dayName(model->firstDay().dayOfWeek(), QLocale::ShortFormat));
}

void TestCalendarView::weekShowsItsRange()
{
    const qint64 inside = create(m_erin.user.id, QStringLiteral("Workshop"),
        at(march12, QTime(14, 0)), at(march12, QTime(16, 0)));
    const qint64 allDay = create(m_erin.user.id, QStringLiteral("Holiday"),
        at(march12, QTime(0, 0)), at(march12.addDays(1), QTime(0, 0)));
    const qint64 later = create(m_erin.user.id, QStringLiteral("Next week"),
        at(march12.addDays(8), QTime(14, 0)), std::nullopt);
    QVERIFY(inside && allDay && later);
    m_view->setDate(march12);
    m_view->setMode(Gui::CalendarView::Mode::Week);
    Gui::CalendarModel *model = m_view->model();
    QCOMPARE(model->dayCount(), 7);
    QVERIFY(model->firstDay() <= march12 && march12 <= model->lastDay());
    QCOMPARE(model->firstDay().dayOfWeek(), int(QLocale().firstDayOfWeek()));
    QCOMPARE(model->events().size(), 2);
    Gui::WeekView *week = m_view->weekView();
    QCOMPARE(week->selectedDate(), march12);
    // The timed event sits at its hours in its day's column; the all-day one in the top row.
    QWidget *grid = week->grid();
    const int hourHeight = grid->fontMetrics().height() * 5 / 2;
    qint64 found = 0;
    for (int x = 0; x < grid->width() && !found; x += 4)
        found = week->eventAt(QPoint(x, 15 * hourHeight));
    QCOMPARE(found, inside);
    for (int x = 0; x < grid->width(); x += 4)
        QVERIFY(week->eventAt(QPoint(x, 12 * hourHeight)) == 0);
    found = 0;
    for (int x = 0; x < week->header()->width() && !found; x += 4) {
        for (int y = 0; y < week->header()->height() && !found; y += 2)
            found = week->allDayEventAt(QPoint(x, y));
    }
    QCOMPARE(found, allDay);
    // A double-click on an empty slot starts there, on the half hour.
    const QDateTime slot
        = week->slotAt(QPoint(grid->width() - 5, 10 * hourHeight + hourHeight * 3 / 4));
    QCOMPARE(slot.time(), QTime(10, 30));
    QCOMPARE(slot.date(), model->lastDay());
}

void TestCalendarView::agendaGroupsByDay()
{
    const QDate today = QDate::currentDate();
    const qint64 tomorrow
        = create(m_erin.user.id, QStringLiteral("Board games"), at(today.addDays(1), QTime(18, 0)),
            at(today.addDays(1), QTime(20, 0)), QStringLiteral("Café"));
    QVERIFY(tomorrow);
    m_view->setMode(Gui::CalendarView::Mode::Agenda);
    m_view->today();
    Gui::AgendaView *agenda = m_view->agendaView();
    QTRY_VERIFY(agenda->topLevelItemCount() >= 4);
    // Today always shows, empty or not; then the days that have events.
    QCOMPARE(agenda->topLevelItem(0)->text(0), QStringLiteral("Today"));
    QCOMPARE(agenda->topLevelItem(1)->text(0), QStringLiteral("No events today"));
    QCOMPARE(agenda->topLevelItem(2)->text(0), QStringLiteral("Tomorrow"));
    QTreeWidgetItem *row = agenda->topLevelItem(3);
    QCOMPARE(row->text(0), EventText::time(QTime(18, 0)));
    QCOMPARE(row->text(1), QStringLiteral("Board games"));
    QCOMPARE(row->text(2), QStringLiteral("Café"));
    QCOMPARE(row->text(3), QStringLiteral("Yours"));
    QCOMPARE(agenda->topLevelItemCount(), 4);
    // Enter opens it.
    agenda->setFocus();
    agenda->setCurrentItem(row);
    QTest::keyClick(agenda, Qt::Key_Return);
    QCOMPARE(m_view->detail()->eventId(), tomorrow);
}

void TestCalendarView::todayPreviousNext()
{
    m_view->setDate(march12);
    m_view->previous();
    QCOMPARE(m_view->date(), QDate(2031, 2, 12));
    QCOMPARE(m_view->title(), QStringLiteral("February 2031"));
    QVERIFY(m_view->model()->firstDay() <= QDate(2031, 2, 1));
    m_view->next();
    m_view->next();
    QCOMPARE(m_view->title(), QStringLiteral("April 2031"));
    // The buttons do the same.
    QTest::mouseClick(find<QToolButton>(m_view.get(), "nextButton"), Qt::LeftButton);
    QCOMPARE(m_view->title(), QStringLiteral("May 2031"));
    // Today is the window's action (toolbar, Go menu, Ctrl+T; tst_window::oneTodayControl):
    // the page has no second Today button.
    QVERIFY(!m_view->findChild<QToolButton *>(QStringLiteral("todayButton")));
    m_view->today();
    QCOMPARE(m_view->date(), QDate::currentDate());
    QCOMPARE(m_view->title(), EventText::monthTitle(QDate::currentDate()));
    // In the week: a week at a time, and the tooltip names the keys.
    m_view->setMode(Gui::CalendarView::Mode::Week);
    m_view->setDate(march12);
    m_view->next();
    QCOMPARE(m_view->date(), march12.addDays(7));
    QVERIFY(m_view->model()->firstDay() <= march12.addDays(7));
    QVERIFY(m_view->model()->lastDay() >= march12.addDays(7));
    QVERIFY(m_view->nextAction()->toolTip().contains(QLatin1String("Next Week")));
    QVERIFY(m_view->nextAction()->toolTip().contains(QLatin1String("Alt")));
}

// Go to Date… (Ctrl+G): a date picker whose Go to Date shows that day's month, selected.
void TestCalendarView::goToDate()
{
    m_view->setDate(march12);
    QCOMPARE(m_view->goToDateAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_G));
    m_view->goToDateAction()->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_view->findChild<QDialog *>(QStringLiteral("goToDateDialog")))
        && dialog->isVisible());
    auto *edit = find<QDateEdit>(dialog, "goToDateEdit");
    QCOMPARE(edit->date(), march12);
    QVERIFY(edit->calendarPopup());
    edit->setDate(QDate(2032, 7, 19));
    QTest::mouseClick(
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(m_view->date(), QDate(2032, 7, 19));
    QCOMPARE(m_view->title(), QStringLiteral("July 2032"));
    QCOMPARE(m_view->monthView()->selectedDate(), QDate(2032, 7, 19));
}

void TestCalendarView::keyboardNavigation()
{
    const qint64 id = create(
        m_erin.user.id, QStringLiteral("Jazz"), at(QDate(2031, 4, 13), QTime(18, 0)), std::nullopt);
    m_view->setDate(march12);
    Gui::MonthView *month = m_view->monthView();
    month->setFocus();
    QTest::keyClick(month, Qt::Key_Right);
    QCOMPARE(m_view->date(), QDate(2031, 3, 13));
    QCOMPARE(month->selectedDate(), QDate(2031, 3, 13));
    QTest::keyClick(month, Qt::Key_Down);
    QCOMPARE(m_view->date(), QDate(2031, 3, 20));
    QTest::keyClick(month, Qt::Key_Up);
    QTest::keyClick(month, Qt::Key_Left);
    QCOMPARE(m_view->date(), march12);
    QTest::keyClick(month, Qt::Key_End);
    QCOMPARE(m_view->date(), QDate(2031, 3, 31));
    QTest::keyClick(month, Qt::Key_Home);
    QCOMPARE(m_view->date(), QDate(2031, 3, 1));
    // Past the edge: the next month.
    QTest::keyClick(month, Qt::Key_Up);
    QCOMPARE(m_view->date(), QDate(2031, 2, 22));
    QCOMPARE(m_view->title(), QStringLiteral("February 2031"));
    QTest::keyClick(month, Qt::Key_PageDown);
    QTest::keyClick(month, Qt::Key_PageDown);
    QCOMPARE(m_view->title(), QStringLiteral("April 2031"));
    QCOMPARE(m_view->date(), QDate(2031, 4, 22));
    QCOMPARE(month->selectedDate(), QDate(2031, 4, 22));
    // Enter on a day with events opens the first.
    m_view->setDate(QDate(2031, 4, 13));
    QTest::keyClick(month, Qt::Key_Return);
    QCOMPARE(m_view->detail()->eventId(), id);
    // Alt+Right / Alt+Left page through months (the actions' keys).
    QTest::keyClick(month, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(m_view->title(), QStringLiteral("May 2031"));
    QTest::keyClick(month, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(m_view->title(), QStringLiteral("April 2031"));
    // Alt+2: the week.
    QTest::keyClick(month, Qt::Key_2, Qt::AltModifier);
    QCOMPARE(m_view->mode(), Gui::CalendarView::Mode::Week);
    QTest::keyClick(m_view->weekView(), Qt::Key_Right);
    QCOMPARE(m_view->date(), QDate(2031, 4, 14));
}

void TestCalendarView::clickAndEnterOpen()
{
    const qint64 id = create(m_erin.user.id, QStringLiteral("Jazz"), at(march12, QTime(18, 0)),
        at(march12, QTime(20, 0)));
    m_view->setDate(march12);
    QSignalSpy activated(m_view.get(), &Gui::CalendarView::eventActivated);
    Gui::MonthView *month = m_view->monthView();
    const QRect cell = month->visualRect(m_view->model()->indexOf(march12));
    const auto layout = Gui::MonthDelegate::layout(cell, month->fontMetrics(), 1);
    QCOMPARE(layout.chips.size(), 1);
    QCOMPARE(month->eventAt(layout.chips.constFirst().center()), id);
    QTest::mouseClick(month->viewport(), Qt::LeftButton, {}, layout.chips.constFirst().center());
    QCOMPARE(m_view->detail()->eventId(), id);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.constFirst().constFirst().toLongLong(), id);
    QCOMPARE(find<QLabel>(m_view->detail(), "detailTitle")->text(), QStringLiteral("Jazz"));
}

void TestCalendarView::doubleClickOnEmptyDayStartsNewEvent()
{
    m_view->setDate(march12);
    QSignalSpy requested(m_view.get(), &Gui::CalendarView::newEventRequested);
    Gui::MonthView *month = m_view->monthView();
    const QDate empty(2031, 3, 18);
    const QRect cell = month->visualRect(m_view->model()->indexOf(empty));
    QTest::mouseDClick(month->viewport(), Qt::LeftButton, {}, cell.center());
    Gui::EventDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_view->findChild<Gui::EventDialog *>(QStringLiteral("eventDialog"))));
    QCOMPARE(find<QDateEdit>(dialog, "startDateEdit")->date(), empty);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.constFirst().constFirst().toDateTime().date(), empty);
    // Saving puts the event there, selected.
    QTest::keyClicks(find<QLineEdit>(dialog, "titleEdit"), QStringLiteral("Picnic"));
    QTest::mouseClick(find<QPushButton>(dialog, "okButton"), Qt::LeftButton);
    QTRY_COMPARE(m_view->model()->eventsOn(empty).size(), 1);
    QCOMPARE(m_view->detail()->eventId(), m_view->model()->eventsOn(empty).constFirst()->id);
    // Enter on an empty day does the same.
    m_view->setDate(QDate(2031, 3, 19));
    m_view->monthView()->setFocus();
    QTest::keyClick(m_view->monthView(), Qt::Key_Enter);
    QTRY_COMPARE(requested.size(), 2);
    QCOMPARE(requested.constLast().constFirst().toDateTime().date(), QDate(2031, 3, 19));
}

void TestCalendarView::whenLine_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end"); // 0: none
    QTest::addColumn<QString>("expected");
    const QDate today = march12;
    const QDate tomorrow = today.addDays(1);
    QTest::newRow("tomorrow") << "en_GB" << at(tomorrow, QTime(18, 0)) << at(tomorrow, QTime(20, 0))
                              << "Tomorrow, 18:00 – 20:00";
    // 12-hour locales (the exact spacing before PM is CLDR's).
    const QLocale us(QStringLiteral("en_US"));
    QTest::newRow("12-hour locale")
        << "en_US" << at(tomorrow, QTime(18, 0)) << at(tomorrow, QTime(20, 30))
        << QStringLiteral("Tomorrow, %1 – %2")
               .arg(us.toString(QTime(18, 0), QLocale::ShortFormat),
                   us.toString(QTime(20, 30), QLocale::ShortFormat));
    QTest::newRow("german times") << "de_DE" << at(today, QTime(9, 5)) << 0LL << "Today, 09:05";
    QTest::newRow("yesterday") << "en_GB" << at(today.addDays(-1), QTime(18, 0)) << 0LL
                               << "Yesterday, 18:00";
    const QDate friday = today.addDays(2);
    QTest::newRow("all day") << "en_GB" << at(friday, QTime(0, 0))
                             << at(friday.addDays(1), QTime(0, 0))
                             << QLocale(QStringLiteral("en_GB")).dayName(friday.dayOfWeek())
            + QStringLiteral(" · All day");
    QTest::newRow("several days") << "en_US" << at(QDate(2031, 3, 20), QTime(0, 0))
                                  << at(QDate(2031, 3, 23), QTime(0, 0))
                                  << "Thu, Mar 20 – Sat, Mar 22";
    QTest::newRow("across midnight")
        << "en_GB" << at(today, QTime(22, 0)) << at(tomorrow, QTime(2, 0))
        << "Today, 22:00 – Tomorrow, 02:00";
    QTest::newRow("another year") << "en_US" << at(QDate(2032, 3, 12), QTime(18, 0)) << 0LL
                                  << QStringLiteral("Fri, Mar 12, 2032, %1")
                                         .arg(us.toString(QTime(18, 0), QLocale::ShortFormat));
}

void TestCalendarView::whenLine()
{
    QFETCH(QString, locale);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(QString, expected);
    Core::Event event;
    event.startsAt = start;
    if (end)
        event.endsAt = end;
    const QString line = EventText::when(event, at(march12, QTime(9, 0)), QLocale(locale));
    QCOMPARE(line, expected);
    QVERIFY(!line.contains(QLatin1String(":00:00")));
    if (locale == QLatin1String("en_US"))
        QVERIFY(!line.contains(QLatin1String("18:"))); // 12-hour times
}

void TestCalendarView::badgesAndPastEvents()
{
    const qint64 hour = 3600000;
    const qint64 now = Core::nowMsecs();
    const qint64 mine = create(m_erin.user.id, QStringLiteral("Mine"), now + hour, now + 2 * hour);
    const qint64 joined
        = create(m_frank.user.id, QStringLiteral("Frank's"), now + hour, now + 2 * hour);
    const qint64 past
        = create(m_frank.user.id, QStringLiteral("Last week"), now - 200 * hour, now - 199 * hour);
    QVERIFY(m_events->join(joined, m_erin.user.id));
    QSqlQuery query(m_backend->db->connection());
    QVERIFY(query.exec(QStringLiteral(
        "INSERT INTO events (title, starts_at, source, external_id, min_price, max_price, "
        "sold_out, "
        "created_at, updated_at) VALUES ('Concert', %1, 'City Events', 'x1', 12, 30, 1, 0, 0)")
                           .arg(now + 5 * hour)));
    const qint64 imported = query.lastInsertId().toLongLong();
    Gui::EventDetailPane *detail = m_view->detail();
    auto badges = [detail] {
        QStringList out;
        for (QLabel *label : detail->findChildren<QLabel *>(QStringLiteral("badge")))
            out.append(label->text());
        return out;
    };
    auto *join = find<QPushButton>(detail, "joinButton");
    detail->setEvent(mine);
    QCOMPARE(badges(), QStringList {QStringLiteral("Yours")});
    QVERIFY(find<QPushButton>(detail, "deleteEventButton")->isVisible());
    QCOMPARE(
        find<QLabel>(detail, "detailOwner")->text(), QStringLiteral("Organized by Erin Example"));
    detail->setEvent(joined);
    QCOMPARE(badges(), QStringList {QStringLiteral("Joined")});
    QVERIFY(join->isVisible());
    QCOMPARE(join->text(), QStringLiteral("W&ithdraw"));
    QCOMPARE(find<QLabel>(detail, "detailParticipants")->text(),
        QStringLiteral("1 going: Erin Example"));
    detail->setEvent(imported);
    QCOMPARE(badges(), (QStringList {QStringLiteral("Imported"), QStringLiteral("Sold out")}));
    QVERIFY(find<QLabel>(detail, "detailOwner")->text().contains(QLatin1String("City Events")));
    QVERIFY(find<QLabel>(detail, "detailPrice")->text().contains(QLatin1String("12")));
    QVERIFY(find<QLabel>(detail, "detailPrice")->text().contains(QLatin1String("30")));
    QVERIFY(!find<QPushButton>(detail, "editEventButton")->isVisible());
    // A past event: marked, and Join is not offered.
    detail->setEvent(past);
    QCOMPARE(badges(), QStringList {QStringLiteral("Past")});
    QVERIFY(!join->isVisible());
    // Signed out: Join is visible but disabled, and says why.
    detail->setEvent(joined);
    m_session->signOut();
    QVERIFY(join->isVisible());
    QVERIFY(!join->isEnabled());
    QVERIFY(!join->toolTip().isEmpty());
}

void TestCalendarView::deleteIsConfirmed()
{
    const qint64 hour = 3600000;
    const qint64 id = create(m_erin.user.id, QStringLiteral("Picnic"), Core::nowMsecs() + hour,
        Core::nowMsecs() + 2 * hour);
    Gui::EventDetailPane *detail = m_view->detail();
    detail->setEvent(id);
    auto answer = [&](const char *button) {
        QTest::mouseClick(find<QPushButton>(detail, "deleteEventButton"), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = detail->findChild<QMessageBox *>(QStringLiteral("deleteEventBox"))));
        QVERIFY(box->text().contains(QLatin1String("Picnic")));
        auto *confirm = find<QPushButton>(box, "confirmDeleteButton");
        auto *cancel = find<QPushButton>(box, "cancelDeleteButton");
        QCOMPARE(confirm->text(), QStringLiteral("&Delete Event"));
        QCOMPARE(box->buttonRole(confirm), QMessageBox::DestructiveRole);
        QCOMPARE(box->defaultButton(), cancel);
        QCOMPARE(box->escapeButton(), static_cast<QAbstractButton *>(cancel));
        QTest::mouseClick(find<QPushButton>(box, button), Qt::LeftButton);
        QTRY_VERIFY(!detail->findChild<QMessageBox *>(QStringLiteral("deleteEventBox")));
    };
    answer("cancelDeleteButton");
    QVERIFY(m_events->event(id));
    QCOMPARE(detail->eventId(), id);
    answer("confirmDeleteButton");
    QCOMPARE(m_events->event(id).error().kind, Core::ErrorKind::NotFound);
    QCOMPARE(detail->eventId(), 0);
}

void TestCalendarView::paneKeepsItsWidth()
{
    const qint64 hour = 3600000;
    const qint64 plain
        = create(m_erin.user.id, QStringLiteral("Tea"), Core::nowMsecs() + hour, std::nullopt);
    const qint64 wide = create(m_erin.user.id, QString(200, u'W'), Core::nowMsecs() + hour,
        std::nullopt, QString(200, u'P'));
    Gui::EventDetailPane *detail = m_view->detail();
    auto settle = [] { QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); };
    settle();
    const int width = detail->width();
    QVERIFY(width > 0);
    QVERIFY(width < m_view->width() / 2);
    for (const qint64 id : {plain, wide, qint64(0), wide}) {
        detail->setEvent(id);
        settle();
        QCOMPARE(detail->width(), width);
    }
}

void TestCalendarView::filterLetsGoOfHiddenEvent()
{
    const qint64 id
        = create(m_frank.user.id, QStringLiteral("Chess"), at(march12, QTime(18, 0)), std::nullopt);
    m_view->setDate(march12);
    m_view->openEvent(id);
    m_view->setFilter(QStringLiteral("chess"), false, false);
    QCOMPARE(m_view->model()->events().size(), 1);
    QCOMPARE(m_view->detail()->eventId(), id);
    m_view->setFilter(QStringLiteral("chess"), true, false); // mine only: Frank's is gone
    QCOMPARE(m_view->model()->events().size(), 0);
    QCOMPARE(m_view->detail()->eventId(), 0);
}

void TestCalendarView::liveUpdate()
{
    m_view->setDate(march12);
    QCOMPARE(m_view->model()->events().size(), 0);
    // Written elsewhere (as the API thread would): the view follows the ChangeHub.
    const qint64 id
        = create(m_frank.user.id, QStringLiteral("Later"), at(march12, QTime(18, 0)), std::nullopt);
    QTRY_COMPARE(m_view->model()->events().size(), 1);
    QCOMPARE(m_view->model()->events().constFirst().id, id);
}

Gui::EventDialog *TestCalendarView::openDialog()
{
    Core::EventDraft draft;
    draft.title = QStringLiteral("Talk");
    draft.startsAt = at(march12, QTime(10, 0));
    draft.endsAt = at(march12, QTime(11, 30));
    auto *dialog = new Gui::EventDialog(draft, {}, m_view.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void TestCalendarView::dialogEndFollowsStart()
{
    Gui::EventDialog *dialog = openDialog();
    auto *startTime = find<QComboBox>(dialog, "startTimeEdit");
    auto *startDate = find<QDateEdit>(dialog, "startDateEdit");
    auto *endTime = find<QComboBox>(dialog, "endTimeEdit");
    auto *endDate = find<QDateEdit>(dialog, "endDateEdit");
    QCOMPARE(endTime->currentText(), EventText::time(QTime(11, 30)));
    // The start moves: so does the end, keeping 1 h 30 min.
    startTime->setCurrentIndex(28); // 14:00
    QCOMPARE(endTime->currentText(), EventText::time(QTime(15, 30)));
    startDate->setDate(march12.addDays(1));
    QCOMPARE(endDate->date(), march12.addDays(1));
    // A new end gives a new duration, which the next move keeps.
    endTime->setCurrentIndex(34);   // 17:00
    startTime->setCurrentIndex(30); // 15:00
    QCOMPARE(endTime->currentText(), EventText::time(QTime(18, 0)));
    // Typed times are read in the locale's format.
    startTime->setEditText(EventText::time(QTime(9, 15)));
    QCOMPARE(endTime->currentText(), EventText::time(QTime(12, 15)));
    const Core::EventDraft draft = dialog->draft();
    QCOMPARE(draft.startsAt, at(march12.addDays(1), QTime(9, 15)));
    QCOMPARE(*draft.endsAt, at(march12.addDays(1), QTime(12, 15)));
    // The time zone shows.
    QVERIFY(!find<QLabel>(dialog, "timeZoneLabel")->text().isEmpty());
    dialog->reject();
}

void TestCalendarView::dialogNoErrorBeforeTouched()
{
    auto *dialog = new Gui::EventDialog(Core::EventDraft {}, {}, m_view.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    auto *error = find<QLabel>(dialog, "errorLabel");
    auto *save = find<QPushButton>(dialog, "okButton");
    QVERIFY(error->isHidden());
    QVERIFY(!save->isEnabled());
    QCOMPARE(save->toolTip(), QStringLiteral("Enter a title."));
    auto *title = find<QLineEdit>(dialog, "titleEdit");
    QTest::keyClicks(title, QStringLiteral("x"));
    QVERIFY(error->isHidden());
    QVERIFY(save->isEnabled());
    QTest::keyClick(title, Qt::Key_Backspace);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("Enter a title."));
    // A wrong time says what to type.
    QTest::keyClicks(title, QStringLiteral("Tea"));
    find<QComboBox>(dialog, "startTimeEdit")->setEditText(QStringLiteral("half past"));
    QVERIFY(error->text().contains(QLatin1String("Enter a time such as")));
    QVERIFY(!save->isEnabled());
    dialog->reject();
}

void TestCalendarView::dialogAllDay()
{
    Gui::EventDialog *dialog = openDialog();
    auto *allDay = find<QCheckBox>(dialog, "allDayCheck");
    allDay->setChecked(true);
    QVERIFY(find<QComboBox>(dialog, "startTimeEdit")->isHidden());
    Core::EventDraft draft = dialog->draft();
    QCOMPARE(draft.startsAt, at(march12, QTime(0, 0)));
    QCOMPARE(*draft.endsAt, at(march12.addDays(1), QTime(0, 0)));
    find<QDateEdit>(dialog, "endDateEdit")->setDate(march12.addDays(2));
    draft = dialog->draft();
    Core::Event event;
    event.startsAt = draft.startsAt;
    event.endsAt = draft.endsAt;
    QVERIFY(EventText::isAllDay(event));
    QCOMPARE(EventText::lastDay(event), march12.addDays(2));
    dialog->reject();
    // An all-day event opens as one.
    Core::EventDraft initial;
    initial.title = QStringLiteral("Fair");
    initial.startsAt = event.startsAt;
    initial.endsAt = event.endsAt;
    Gui::EventDialog again(initial, {});
    QVERIFY(again.findChild<QCheckBox *>(QStringLiteral("allDayCheck"))->isChecked());
    QCOMPARE(
        again.findChild<QDateEdit *>(QStringLiteral("endDateEdit"))->date(), march12.addDays(2));
}

namespace {

// The mnemonic letters of the visible controls under `root` (labels with a buddy, buttons,
// checkboxes); a control without one is reported as '?'.
QString mnemonicsOf(QWidget *root, QStringList *missing)
{
    QString letters;
    auto take = [&](const QString &text, const QString &name) {
        const qsizetype amp = text.indexOf(u'&');
        if (amp < 0 || amp + 1 >= text.size()) {
            missing->append(name + u'=' + text);
            return;
        }
        letters.append(text.at(amp + 1).toLower());
    };
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy() && label->isVisibleTo(root))
            take(label->text(), label->objectName());
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(root) || button->text().isEmpty())
            continue;
        if (qobject_cast<QToolButton *>(button) && !button->text().contains(u'&'))
            continue; // icon buttons and the previous / next arrows carry tooltips instead
        // OK, Cancel and Apply keep the platform's own.
        auto *box = qobject_cast<QDialogButtonBox *>(button->parentWidget());
        if (box && box->standardButton(button) == QDialogButtonBox::Cancel)
            continue;
        take(button->text(), button->objectName());
    }
    return letters;
}

bool unique(const QString &letters)
{
    for (qsizetype i = 0; i < letters.size(); ++i) {
        if (letters.indexOf(letters.at(i), i + 1) >= 0)
            return false;
    }
    return true;
}

} // namespace

void TestCalendarView::mnemonics()
{
    Gui::EventDialog *dialog = openDialog();
    QStringList missing;
    const QString inDialog = mnemonicsOf(dialog, &missing);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u' ')));
    QVERIFY2(unique(inDialog), qPrintable(inDialog));
    QVERIFY(inDialog.size() >= 9);
    dialog->reject();
    // The page with an event of one's own open: bar, views and detail pane.
    const qint64 id
        = create(m_erin.user.id, QStringLiteral("Jazz"), Core::nowMsecs() + 3600000, std::nullopt);
    m_view->detail()->setEvent(id);
    const QString onPage = mnemonicsOf(m_view.get(), &missing);
    QVERIFY2(unique(onPage), qPrintable(onPage));
}

void TestCalendarView::coloursFollowThePalette()
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, QColor(0x23, 0x26, 0x29));
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    dark.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    const QColor blue = Gui::EventPalette::hue(Gui::EventPalette::Kind::Yours);
    // Chips are the hue mixed into the background: light on light, dark on dark.
    QVERIFY(Gui::EventPalette::chipBackground(light, blue, false).lightness() > 150);
    QVERIFY(Gui::EventPalette::chipBackground(dark, blue, false).lightness() < 100);
    // Past ones are paler (closer to the background) than current ones.
    QVERIFY(Gui::EventPalette::chipBackground(light, blue, true).lightness()
        > Gui::EventPalette::chipBackground(light, blue, false).lightness());
    QVERIFY(Gui::EventPalette::chipText(dark, true).lightness()
        < Gui::EventPalette::chipText(dark, false).lightness());
    // Each feed keeps its hue; no hue is red.
    QCOMPARE(Gui::EventPalette::hue(Gui::EventPalette::Kind::Imported, QStringLiteral("a")),
        Gui::EventPalette::hue(Gui::EventPalette::Kind::Imported, QStringLiteral("a")));
    // The legend names every kind.
    QStringList legend;
    for (QLabel *label : find<QWidget>(m_view.get(), "calendarLegend")->findChildren<QLabel *>()) {
        if (!label->text().isEmpty())
            legend.append(label->text());
    }
    QVERIFY2(legend.contains(QStringLiteral("Yours")) && legend.contains(QStringLiteral("Joined"))
            && legend.contains(QStringLiteral("Imported"))
            && legend.contains(QStringLiteral("Others")),
        qPrintable(legend.join(u',')));
}

void TestCalendarView::remindersBeforeOwnAndJoinedEvents()
{
    const qint64 minute = 60000;
    const qint64 now = Core::nowMsecs();
    const qint64 mine = create(m_erin.user.id, QStringLiteral("Mine soon"), now + 10 * minute,
        now + 70 * minute, QStringLiteral("Café Central"));
    const qint64 joined
        = create(m_frank.user.id, QStringLiteral("Joined soon"), now + 5 * minute, std::nullopt);
    const qint64 notJoined
        = create(m_frank.user.id, QStringLiteral("Someone else's"), now + 5 * minute, std::nullopt);
    const qint64 later
        = create(m_erin.user.id, QStringLiteral("Later"), now + 40 * minute, std::nullopt);
    const qint64 running
        = create(m_erin.user.id, QStringLiteral("Running"), now - 5 * minute, now + 60 * minute);
    QVERIFY(mine && joined && notJoined && later && running);
    QVERIFY(m_events->join(joined, m_erin.user.id));
    // The setting: 15 minutes unless changed.
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    QCOMPARE(Gui::Reminders::minutesBefore(settings), 15);
    Gui::Reminders::setMinutesBefore(settings, 45);
    QCOMPARE(Gui::Reminders::minutesBefore(settings), 45);

    Gui::Reminders reminders(*m_events, *m_session);
    QCOMPARE(reminders.minutes(), Gui::Reminders::defaultMinutes);
    QList<qint64> ids;
    for (const Core::Event &e : reminders.takeDue(now))
        ids.append(e.id);
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, (QList<qint64> {mine, joined}));
    // Once only.
    QVERIFY(reminders.takeDue(now).isEmpty());
    // The longer lead reaches the later one.
    reminders.setMinutes(45);
    QCOMPARE(reminders.takeDue(now).size(), 1);
    // The text says when and where.
    const QString body = Gui::Reminders::body(*m_events->event(mine), now);
    // ("minute(s)" until English plurals are translated.)
    QVERIFY2(body.startsWith(QLatin1String("In 10 minute")), qPrintable(body));
    QVERIFY(body.contains(EventText::time(
        QDateTime::fromMSecsSinceEpoch(m_events->event(mine)->startsAt).toLocalTime().time())));
    QVERIFY(body.endsWith(QStringLiteral(" · Café Central")));
    // The signal carries the title.
    const qint64 soon
        = create(m_erin.user.id, QStringLiteral("Soon"), Core::nowMsecs() + minute, std::nullopt);
    QVERIFY(soon);
    QSignalSpy spy(&reminders, &Gui::Reminders::reminder);
    reminders.check();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.constFirst().at(1).toString(), QStringLiteral("Soon"));
    // Off (Settings › Reminders: Off): nothing, however soon.
    QVERIFY(create(
        m_erin.user.id, QStringLiteral("Also soon"), Core::nowMsecs() + minute, std::nullopt));
    reminders.setMinutes(Gui::Reminders::off);
    reminders.check();
    QCOMPARE(spy.size(), 1);
    reminders.setMinutes(Gui::Reminders::defaultMinutes);
    reminders.check();
    QCOMPARE(spy.size(), 2);
    // Signed out: nothing.
    m_session->signOut();
    QVERIFY(reminders.takeDue(now).isEmpty());
}

QTEST_MAIN(TestCalendarView)
#include "tst_calendarview.moc"
