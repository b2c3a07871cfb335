// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changehub.h"

#include <QElapsedTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace Eventdesk::Core {
class EventService;
}

namespace Eventdesk::Gui {

class EventDetailPane;
class EventTableModel;
class Session;

// The Events tab: a filter bar, the lazily loaded table and the detail pane. Follows the
// ChangeHub: a change from anywhere (the API thread included) reaches the table within a
// fraction of a second, bursts coalesced by a short single-shot timer.
class EventsView : public QWidget
{
    Q_OBJECT
public:
    EventsView(Core::EventService &events, Core::ChangeHub &changes, Session &session,
        QWidget *parent = nullptr);

    EventTableModel *model() const { return m_model; }
    EventDetailPane *detail() const { return m_detail; }

    // Writes every event the current filters list (not only the loaded rows) as CSV.
    bool exportCsv(const QString &path, QString *error = nullptr);

public Q_SLOTS:
    void newEvent();
    void editEvent(qint64 id);
    void applyFilters();

private:
    void changed(Core::ChangeHub::Topic topic, qint64 id);
    void refreshNow();
    void selectionChanged();
    void chooseExportFile();
    void updateCount();
    void reportFirstPage();

    Core::EventService &m_events;
    Session &m_session;
    EventTableModel *m_model = nullptr;
    EventDetailPane *m_detail = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_when = nullptr;
    QCheckBox *m_mine = nullptr;
    QCheckBox *m_joined = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QTimer *m_searchTimer = nullptr;
    QElapsedTimer m_sinceStart;
    bool m_benchReported = false;
    QList<qint64> m_changedEvents; // since the last refresh; 0 stands for "many"
};

} // namespace Eventdesk::Gui
