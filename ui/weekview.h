// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QWidget>

class QScrollArea;
class QTimer;

namespace Eventdesk::Gui {

class CalendarModel;
class WeekGrid;
class WeekHeader;

// The week: day names and an all-day row on top, an hour grid below (scrolled to working
// hours, 08:00–17:00, the other hours on AlternateBase), timed events placed by their hours and
// side by side when they overlap, and a Highlight line at "now" in today's column.
// Left / Right move between days, Home / End to the first / last day, Page Up / Down by a week,
// Enter opens the day's first event or starts a new one; a double-click on an empty slot starts
// a new event at that half hour.
class WeekView : public QWidget
{
    Q_OBJECT
public:
    explicit WeekView(QWidget *parent = nullptr);

    void setCalendarModel(CalendarModel *model);
    CalendarModel *calendarModel() const { return m_model; }
    void setViewerId(qint64 viewerId);
    qint64 viewerId() const { return m_viewerId; }
    void selectDate(QDate date);
    QDate selectedDate() const { return m_selected; }
    // The event drawn at a point of the hour grid / the all-day row (0: none).
    qint64 eventAt(const QPoint &gridPos) const;
    qint64 allDayEventAt(const QPoint &headerPos) const;
    // The start a double-click at this point of the grid gives (half hours).
    QDateTime slotAt(const QPoint &gridPos) const;
    QWidget *grid() const;
    QWidget *header() const;

Q_SIGNALS:
    void dateRequested(QDate date);
    void eventActivated(qint64 id);
    void newEventRequested(QDateTime start);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    friend class WeekGrid;
    friend class WeekHeader;
    void modelLoaded();

    CalendarModel *m_model = nullptr;
    qint64 m_viewerId = 0;
    QDate m_selected;
    WeekHeader *m_header = nullptr;
    WeekGrid *m_grid = nullptr;
    QScrollArea *m_scroll = nullptr;
    QTimer *m_minute = nullptr;
    bool m_scrolled = false; // to the working hours, once
};

} // namespace Eventdesk::Gui
