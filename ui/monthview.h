// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QStyledItemDelegate>
#include <QTableView>

namespace Eventdesk::Gui {

class CalendarModel;

// The month grid: a QTableView over CalendarModel (a week per row), painted by MonthDelegate.
// Arrows move between days (past the edge into the next or previous month), Home / End go to
// the first / last day of the month, Page Up / Down by a month; Enter or a click on an event opens
// it, Enter or a double-click on an empty day asks for a new event there.
class MonthView : public QTableView
{
    Q_OBJECT
public:
    explicit MonthView(QWidget *parent = nullptr);

    void setCalendarModel(CalendarModel *model);
    void setViewerId(qint64 viewerId);
    qint64 viewerId() const { return m_viewerId; }
    void selectDate(QDate date);
    QDate selectedDate() const;
    // The event drawn at a point of the viewport (0: none), for clicks and tests.
    qint64 eventAt(const QPoint &viewportPos) const;
    // The "+N more" line at a point: its day, else an invalid date.
    QDate moreAt(const QPoint &viewportPos) const;

Q_SIGNALS:
    void dateRequested(QDate date);     // move the selection there (maybe another month)
    void eventActivated(qint64 id);     // open it
    void newEventRequested(QDate date); // on an empty day
    void moreRequested(QDate date, QPoint globalPos);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void activateDay(QDate date);
    void fitSections();
    CalendarModel *m_model = nullptr;
    qint64 m_viewerId = 0;
};

// Paints one day: the number (today on a Highlight pill, other months' days dimmed), the
// events as chips ("18:00 Board games night", all-day ones first) and "+N more" when they
// do not fit. Only palette colours, plus the event hues.
class MonthDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    MonthDelegate(const CalendarModel &model, const MonthView &view, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;

    // Where the chips of a cell go: one rect per shown event, and the "+N more" rect (empty
    // when every event fits).
    struct Layout
    {
        QRect header;
        QList<QRect> chips;
        QRect more;
        int hidden = 0;
    };
    static Layout layout(const QRect &cell, const QFontMetrics &metrics, int events);

private:
    const CalendarModel &m_model;
    const MonthView &m_view;
};

} // namespace Eventdesk::Gui
