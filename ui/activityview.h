// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changehub.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QTableView;

namespace Eventdesk::Core {
class Collector;
}

namespace Eventdesk::Gui {

class ActivityChart;
class TrackedEventModel;
class TrackingErrorModel;

// What the collector received: a live tail of events with filters, the rejected events with
// their raw payload and reasons, a chart of events per minute by type, and the types editor.
// Under ingest it stays responsive: commits are announced at most ten times a second and the
// view refreshes at most every 300 ms, one query for the visible tab, never per event.
class ActivityView : public QWidget
{
    Q_OBJECT
public:
    ActivityView(Core::Collector &collector, Core::ChangeHub &changes, QWidget *parent = nullptr);

    int refreshCount() const { return m_refreshes; }

public Q_SLOTS:
    void refresh();

private:
    static QString updatedAt();
    void onChanged(Core::ChangeHub::Topic topic);
    void scheduleRefresh(int delayMs);
    void refreshEvents(qint64 from, qint64 to);
    void refreshErrors(qint64 from, qint64 to);
    void showError(const QModelIndex &index);
    std::pair<qint64, qint64> range() const; // UTC ms; 0: unbounded

    Core::Collector &m_collector;
    QLineEdit *m_session = nullptr;
    QLineEdit *m_category = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_range = nullptr;
    QDateTimeEdit *m_from = nullptr; // the custom range
    QDateTimeEdit *m_to = nullptr;
    QCheckBox *m_live = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_eventsTable = nullptr;
    QTableView *m_errorsTable = nullptr;
    QPlainTextEdit *m_errorDetail = nullptr;
    QLabel *m_status = nullptr;
    TrackedEventModel *m_events = nullptr;
    TrackingErrorModel *m_errors = nullptr;
    ActivityChart *m_chart = nullptr;
    QTimer m_refreshTimer;
    int m_refreshes = 0;
};

} // namespace Eventdesk::Gui
