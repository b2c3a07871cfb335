// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QTreeWidget>

namespace Eventdesk::Gui {

class CalendarModel;

// The agenda: the days of the range that have events, headed "Today", "Tomorrow", then
// "Saturday, November 21"; today always shows ("No events today" when empty). A row: time
// ("18:00", "All day", "Day 2 of 3"), colour, title, place and badges. Enter or a click opens
// the event.
class AgendaView : public QTreeWidget
{
    Q_OBJECT
public:
    enum Role { EventIdRole = Qt::UserRole + 1, DateRole };

    explicit AgendaView(QWidget *parent = nullptr);

    void setCalendarModel(CalendarModel *model);
    void setViewerId(qint64 viewerId);
    // Rebuilds the rows from the model.
    void rebuild();
    void selectEvent(qint64 id);

Q_SIGNALS:
    void eventActivated(qint64 id);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    CalendarModel *m_model = nullptr;
    qint64 m_viewerId = 0;
};

} // namespace Eventdesk::Gui
