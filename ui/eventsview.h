// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changehub.h"

#include "event.h"
#include "result.h"

#include <QElapsedTimer>
#include <QThreadPool>
#include <QWidget>

#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QToolButton;
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

    // Writes every event the current filters list (not only the loaded rows) as CSV. Blocking;
    // the window runs it in the background (exportCsvInBackground). report(rows) after each page.
    bool exportCsv(const QString &path, QString *error = nullptr,
        const std::function<void(qint64)> &report = {});
    // The window's export: off the GUI thread, progress under the table, "Exported 57,012
    // events to …" in the status bar (notice) or the reason in a message box. exportFinished()
    // either way.
    void exportCsvInBackground(const QString &path);
    bool isExporting() const { return m_exporting; }

    // Turns event ids into an iCalendar document. Injected by the composition root (the feeds
    // area writes .ics), so this library does not depend on it; unset, the action stays hidden.
    using IcsExporter = std::function<Core::Result<QByteArray>(const QList<qint64> &ids)>;
    void setIcsExporter(IcsExporter exporter);
    // Asks where to save: (parent, caption, suggested name, filter) -> path, empty to cancel.
    // Defaults to QFileDialog::getSaveFileName; tests put a function returning a path here.
    using SaveFileChooser = std::function<QString(
        QWidget *parent, const QString &caption, const QString &suggested, const QString &filter)>;
    void setSaveFileChooser(SaveFileChooser chooser);
    // The ids of the selected rows, in table order.
    QList<qint64> selectedEventIds() const;
    QAction *exportIcsAction() const { return m_exportIcs; }
    QAction *exportCsvAction() const { return m_exportCsv; }
    // Writes the selected events as .ics to path; false (and why in error) when it could not.
    bool exportSelectedICalendar(const QString &path, QString *error = nullptr);

Q_SIGNALS:
    // A passing message for the status bar (e.g. "Exported 2 events to ...").
    void notice(const QString &text);
    void exportFinished(bool ok);

public Q_SLOTS:
    void newEvent();
    void editEvent(qint64 id);
    void applyFilters();
    // Selects the first event that starts today or later.
    void goToToday();
    // Loads every remaining page and selects the last row (Ctrl+End).
    void goToEnd();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void changed(Core::ChangeHub::Topic topic, qint64 id);
    void refreshNow();
    void selectionChanged();
    void chooseExportFile();
    void chooseIcsExportFile();
    void updateExportIcsAction();
    void updateCount();
    void reportFirstPage();
    static bool writeCsv(Core::EventService &events, Core::EventQuery query, const QString &path,
        QString *error, const std::function<void(qint64)> &report);
    void updateEmptyState();
    void showExportError(const QString &caption, const QString &text);

    Core::EventService &m_events;
    Session &m_session;
    EventTableModel *m_model = nullptr;
    EventDetailPane *m_detail = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_when = nullptr;
    QCheckBox *m_mine = nullptr;
    QCheckBox *m_joined = nullptr;
    QLabel *m_empty = nullptr;
    QProgressBar *m_progress = nullptr;
    QThreadPool m_workers;
    bool m_exporting = false;
    QAction *m_exportCsv = nullptr;
    QAction *m_exportIcs = nullptr;
    QToolButton *m_exportButton = nullptr;
    IcsExporter m_icsExporter;
    SaveFileChooser m_chooseSaveFile;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QTimer *m_searchTimer = nullptr;
    QElapsedTimer m_sinceStart;
    bool m_benchReported = false;
    QList<qint64> m_changedEvents; // since the last refresh; 0 stands for "many"
};

} // namespace Eventdesk::Gui
