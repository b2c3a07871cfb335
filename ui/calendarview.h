// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changehub.h"
#include "event.h"

#include <QDate>
#include <QDateTime>
#include <QWidget>

class QAction;
class QLabel;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace Eventdesk::Core {
class EventService;
}

namespace Eventdesk::Gui {

class AgendaView;
class CalendarModel;
class EventDetailPane;
class MonthView;
class Session;
class WeekView;

// The Calendar page: month, week and agenda views of the same events, a bar with Today,
// previous / next, Go to Date… and the view switcher, a colour legend, and the detail pane.
// Each view reads only the range it shows (one range query); changes from anywhere (the API
// thread included) arrive through the ChangeHub and reload that range.
// The shell connects its own actions to the public slots (today(), newEvent()) and may follow
// the signals.
class CalendarView : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Month, Week, Agenda };

    CalendarView(Core::EventService &events, Core::ChangeHub &changes, Session &session,
        QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    QDate date() const { return m_date; }
    // "November 2026", "Nov 16 – 22" ...: what the view shows.
    QString title() const;
    // The model of the view shown (the others are not read until they show).
    CalendarModel *model() const;
    MonthView *monthView() const { return m_month; }
    WeekView *weekView() const { return m_week; }
    AgendaView *agendaView() const { return m_agenda; }
    EventDetailPane *detail() const { return m_detail; }

    QAction *previousAction() const { return m_previous; }
    QAction *nextAction() const { return m_next; }
    QAction *goToDateAction() const { return m_goToDate; }
    QList<QAction *> modeActions() const { return m_modeActions; }

public Q_SLOTS:
    void setMode(Mode mode);
    // Shows the period holding `date` and selects the day.
    void setDate(QDate date);
    void today();
    void previous();
    void next();
    void goToDate();
    // Filters from the shell's search field and Show choices (text, mine, joined).
    void setFilter(const QString &text, bool mine, bool joined);
    // Opens the event in the detail pane.
    void openEvent(qint64 id);
    // The New Event dialog, starting at `start` (invalid: the next full hour tomorrow).
    void newEvent(const QDateTime &start = {});
    void editEvent(qint64 id);

Q_SIGNALS:
    void titleChanged(const QString &title);
    void eventActivated(qint64 id);
    void newEventRequested(const QDateTime &start);
    void notice(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void changed(Core::ChangeHub::Topic topic, qint64 id);
    void sessionChanged();
    void showMore(QDate date, const QPoint &globalPos);
    void updateTexts();
    void updateLegend();
    CalendarModel *modelFor(Mode mode) const;

    Core::EventService &m_events;
    Session &m_session;
    Mode m_mode = Mode::Month;
    QDate m_date;
    Core::EventQuery m_query;
    CalendarModel *m_monthModel = nullptr;
    CalendarModel *m_weekModel = nullptr;
    CalendarModel *m_agendaModel = nullptr;
    MonthView *m_month = nullptr;
    WeekView *m_week = nullptr;
    AgendaView *m_agenda = nullptr;
    QStackedWidget *m_stack = nullptr;
    EventDetailPane *m_detail = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_error = nullptr;
    QWidget *m_legend = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_next = nullptr;
    QAction *m_goToDate = nullptr;
    QList<QAction *> m_modeActions;
    QTimer *m_refresh = nullptr;
};

} // namespace Eventdesk::Gui
