// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventsview.h"
#include "background.h"
#include "errortext.h"
#include "eventdetailpane.h"
#include "eventdialog.h"
#include "eventservice.h"
#include "eventtablemodel.h"
#include "layoututil.h"
#include "session.h"
#include "timeutil.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <cstdio>

namespace Eventdesk::Gui {

using namespace Eventdesk::Core;

namespace {

QByteArray csvField(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace("\"", "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

QString price(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 2) : QString();
}

} // namespace

EventsView::EventsView(EventService &events, ChangeHub &changes, Session &session, QWidget *parent)
    : QWidget(parent)
    , m_events(events)
    , m_session(session)
{
    m_sinceStart.start();
    setObjectName(QStringLiteral("eventsView"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("eventSearch"));
    m_search->setPlaceholderText(tr("Search events"));
    m_search->setToolTip(tr("Finds events by title and description (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search events"));
    m_search->setClearButtonEnabled(true);
    fitPlaceholder(m_search);
    m_when = new QComboBox(this);
    m_when->setObjectName(QStringLiteral("eventWhen"));
    m_when->addItem(tr("All events"), int(EventQuery::When::All));
    m_when->addItem(tr("Upcoming"), int(EventQuery::When::Upcoming));
    m_when->addItem(tr("Past"), int(EventQuery::When::Past));
    m_when->setAccessibleName(tr("When"));
    m_mine = new QCheckBox(tr("&Mine"), this);
    m_mine->setObjectName(QStringLiteral("eventMine"));
    m_joined = new QCheckBox(tr("&Joined"), this);
    m_joined->setObjectName(QStringLiteral("eventJoined"));
    // One Export button with a menu: all events as CSV, the selected ones as iCalendar.
    m_exportCsv = new QAction(tr("All Events as &CSV…"), this);
    m_exportCsv->setObjectName(QStringLiteral("exportCsvAction"));
    m_exportIcs = new QAction(tr("Selected Events as &iCalendar…"), this);
    m_exportIcs->setObjectName(QStringLiteral("exportIcsAction"));
    m_exportIcs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportIcs->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_exportIcs->setToolTip(tr("Write the selected events to an .ics file (%1)")
                                .arg(m_exportIcs->shortcut().toString(QKeySequence::NativeText)));
    m_exportIcs->setEnabled(false);
    m_exportIcs->setVisible(false); // until an exporter is injected
    addAction(m_exportIcs);
    auto *exportMenu = new QMenu(this);
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    exportMenu->addAction(m_exportCsv);
    exportMenu->addAction(m_exportIcs);
    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setText(tr("E&xport"));
    m_exportButton->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setMenu(exportMenu);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 30);
    m_chooseSaveFile = [](QWidget *owner, const QString &caption, const QString &suggested,
                           const QString &filter) {
        return QFileDialog::getSaveFileName(owner, caption, suggested, filter);
    };
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("eventCount"));

    m_model = new EventTableModel(events, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("eventTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows (Shift / Ctrl + click) for the iCalendar export; the detail pane follows
    // the current row.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_exportIcs);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures 100,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(EventTableModel::Title, 320);
    m_table->setColumnWidth(EventTableModel::Starts, 150);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSortIndicatorClearable(true);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setAccessibleName(tr("Events"));
    // Tab leaves the table (arrows move between rows and cells); titles fit.
    prepareTable(m_table);
    m_table->horizontalHeader()->setObjectName(QStringLiteral("eventTableHeader"));
    m_table->installEventFilter(this);
    // What to do when there is nothing to show, over the empty table.
    m_empty = new QLabel(m_table->viewport());
    m_empty->setObjectName(QStringLiteral("eventsEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_detail = new EventDetailPane(events, session, this);

    // Narrow rows, so that the list and the detail pane fit in 800 px in every language: the
    // search and when, then the checkboxes; the count and Export under the table.
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_count, 1);
    actions->addWidget(m_progress);
    actions->addWidget(m_exportButton);
    auto *search = new QHBoxLayout;
    search->addWidget(m_search, 1);
    search->addWidget(m_when);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_mine);
    filters->addWidget(m_joined);
    filters->addStretch(1);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(search);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addLayout(actions);
    placeBesideDetailPane(this, left, m_detail, QStringLiteral("eventsSplitter"));

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(100);
    connect(m_refreshTimer, &QTimer::timeout, this, &EventsView::refreshNow);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, &EventsView::applyFilters);

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &EventsView::applyFilters);
    connect(m_when, &QComboBox::currentIndexChanged, this, &EventsView::applyFilters);
    connect(m_mine, &QCheckBox::toggled, this, &EventsView::applyFilters);
    connect(m_joined, &QCheckBox::toggled, this, &EventsView::applyFilters);
    connect(m_exportCsv, &QAction::triggered, this, &EventsView::chooseExportFile);
    connect(m_detail, &EventDetailPane::editRequested, this, &EventsView::editEvent);
    connect(m_exportIcs, &QAction::triggered, this, &EventsView::chooseIcsExportFile);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &EventsView::selectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &EventsView::updateExportIcsAction);
    connect(m_model, &EventTableModel::modelReset, this, &EventsView::updateExportIcsAction);
    connect(m_model, &EventTableModel::rowsRemoved, this, &EventsView::updateExportIcsAction);
    connect(m_model, &EventTableModel::modelReset, this, &EventsView::updateCount);
    connect(m_model, &EventTableModel::modelReset, this, &EventsView::updateEmptyState);
    connect(m_model, &EventTableModel::rowsInserted, this, &EventsView::updateEmptyState);
    connect(m_model, &EventTableModel::rowsRemoved, this, &EventsView::updateEmptyState);
    connect(m_model, &EventTableModel::pageLoaded, this, &EventsView::reportFirstPage);
    connect(m_model, &EventTableModel::loadFailed, m_count, &QLabel::setText);
    // Queued: changes made on the API thread arrive here on the GUI thread.
    connect(&changes, &ChangeHub::changed, this, &EventsView::changed, Qt::QueuedConnection);
    connect(&session, &Session::changed, this, &EventsView::applyFilters);
    applyFilters();
}

void EventsView::applyFilters()
{
    m_searchTimer->stop();
    EventQuery query = m_model->query();
    query.viewerId = m_session.userId();
    query.text = m_search->text().trimmed().left(256);
    query.when = EventQuery::When(m_when->currentData().toInt());
    const bool signedIn = query.viewerId != 0;
    m_mine->setEnabled(signedIn);
    m_joined->setEnabled(signedIn);
    query.mine = signedIn && m_mine->isChecked();
    query.joined = signedIn && m_joined->isChecked();
    m_model->setQuery(query);
    updateCount();
    // The detail pane never keeps an event that the filters no longer show.
    const qint64 selected = m_detail->eventId();
    const int row = selected ? m_model->rowOf(selected) : -1;
    if (row >= 0)
        m_table->selectRow(row);
    else if (selected)
        m_detail->setEvent(0);
    updateEmptyState();
}

void EventsView::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    if (empty) {
        const QString text = m_search->text().trimmed();
        if (!m_model->lastError().isEmpty())
            m_empty->setText(m_model->lastError());
        else if (!text.isEmpty())
            m_empty->setText(tr("No events match “%1”.").arg(text));
        else if (m_mine->isChecked() || m_joined->isChecked() || m_when->currentIndex() != 0)
            m_empty->setText(tr("No events match these filters."));
        else if (m_session.userId() == 0)
            m_empty->setText(tr("No events yet. Sign in to create one, or import a calendar "
                                "with File › Import Calendar…"));
        else
            m_empty->setText(tr("No events yet. Create one with New Event (Ctrl+N), or import "
                                "a calendar with File › Import Calendar…"));
        m_empty->setGeometry(m_table->viewport()->rect().adjusted(
            fontMetrics().height(), 0, -fontMetrics().height(), 0));
    }
    m_empty->setVisible(empty);
}

bool EventsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table) {
        if (event->type() == QEvent::Resize && m_empty->isVisible())
            updateEmptyState();
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->matches(QKeySequence::MoveToEndOfDocument)) {
                goToEnd();
                return true;
            }
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
                && key->modifiers() == Qt::NoModifier) {
                m_detail->setFocus(Qt::OtherFocusReason);
                return true;
            }
            if (key->matches(QKeySequence::Delete)) {
                // The pane owns Delete (it confirms when others joined).
                auto *remove
                    = m_detail->findChild<QPushButton *>(QStringLiteral("deleteEventButton"));
                if (remove && remove->isVisibleTo(m_detail) && remove->isEnabled())
                    remove->click();
                return true;
            }
            if (key->key() == Qt::Key_F2 && key->modifiers() == Qt::NoModifier) {
                if (const qint64 id = m_detail->eventId())
                    editEvent(id);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EventsView::goToEnd()
{
    // Every row is in the model (the ids); only the last rows are read to show them.
    while (m_model->canFetchMore({}))
        m_model->fetchMore({});
    const int last = m_model->rowCount() - 1;
    if (last < 0)
        return;
    m_table->setCurrentIndex(m_model->index(last, 0));
    m_table->scrollToBottom();
}

void EventsView::goToToday()
{
    const qint64 today = QDateTime(QDate::currentDate(), QTime(0, 0)).toMSecsSinceEpoch();
    int best = -1;
    qint64 bestStart = 0;
    // Among the rows read so far (the ones shown): reading 100,000 rows to find today would
    // take longer than the answer is worth.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Event *event = m_model->loadedEventAt(row);
        if (event && event->startsAt >= today && (best < 0 || event->startsAt < bestStart)) {
            best = row;
            bestStart = event->startsAt;
        }
    }
    if (best < 0)
        return;
    m_table->setCurrentIndex(m_model->index(best, 0));
    m_table->scrollTo(m_model->index(best, 0), QAbstractItemView::PositionAtTop);
    m_table->setFocus(Qt::OtherFocusReason);
}

void EventsView::updateCount()
{
    auto total = m_events.count(m_model->query());
    m_count->setText(total ? tr("%Ln event(s)", nullptr, int(*total)) : errorText(total.error()));
}

void EventsView::changed(ChangeHub::Topic topic, qint64 id)
{
    switch (topic) {
    case ChangeHub::Topic::Events:
    case ChangeHub::Topic::Participation:
    case ChangeHub::Topic::Comments:
        if (!m_changedEvents.contains(id))
            m_changedEvents.append(id);
        break;
    case ChangeHub::Topic::Imports:
    case ChangeHub::Topic::Feeds:
        m_changedEvents.append(0);
        break;
    default:
        return;
    }
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void EventsView::refreshNow()
{
    const qint64 selected = m_detail->eventId();
    // Edits, joins and comments of loaded events update their rows in place; anything else
    // (a new event, an import) reads the list again.
    const QList<qint64> changed = std::exchange(m_changedEvents, {});
    bool full = changed.isEmpty() || changed.size() > 50;
    for (qint64 id : changed) {
        if (full)
            break;
        full = id == 0 || !m_model->refreshEvent(id);
    }
    if (full)
        m_model->refresh();
    updateCount();
    const int row = selected ? m_model->rowOf(selected) : -1;
    if (row >= 0 && m_table->currentIndex().row() != row) {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_table->selectRow(row);
    }
    m_detail->reload();
    updateExportIcsAction();
}

void EventsView::selectionChanged()
{
    const Event *event = m_model->eventAt(m_table->currentIndex().row());
    m_detail->setEvent(event ? event->id : 0);
}

void EventsView::newEvent()
{
    if (m_session.userId() == 0)
        return; // the action is disabled and says why
    auto *dialog = new EventDialog(
        EventDraft {},
        [this](const EventDraft &draft) { return m_events.create(m_session.userId(), draft); },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 id = dialog->saved().id;
        refreshNow();
        const int row = m_model->rowOf(id);
        if (row >= 0)
            m_table->selectRow(row);
    });
    dialog->open();
}

void EventsView::editEvent(qint64 id)
{
    EventDialog::openEditor(m_events, m_session, id, this);
}

bool EventsView::exportCsv(
    const QString &path, QString *error, const std::function<void(qint64)> &report)
{
    return writeCsv(m_events, m_model->query(), path, error, report);
}

bool EventsView::writeCsv(EventService &events, EventQuery query, const QString &path,
    QString *error, const std::function<void(qint64)> &report)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write("id,title,starts_at,ends_at,location,owner,participants,source,min_price,"
               "max_price\r\n");
    query.limit = EventLimits::pageMax;
    QString cursor;
    qint64 written = 0;
    do {
        auto page = events.list(query, cursor);
        if (!page) {
            if (error)
                *error = errorText(page.error());
            return false;
        }
        written += page->items.size();
        if (report)
            report(written);
        for (const Event &e : std::as_const(page->items)) {
            const QList<QByteArray> fields {QByteArray::number(e.id), csvField(e.title),
                toRfc3339(e.startsAt).toLatin1(),
                e.endsAt ? toRfc3339(*e.endsAt).toLatin1() : QByteArray(), csvField(e.location),
                csvField(e.ownerHandle), QByteArray::number(e.participantCount), csvField(e.source),
                price(e.minPrice).toLatin1(), price(e.maxPrice).toLatin1()};
            file.write(fields.join(',') + "\r\n");
        }
        cursor = page->nextCursor;
    } while (!cursor.isEmpty());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void EventsView::chooseExportFile()
{
    const QString path = m_chooseSaveFile(
        this, tr("Export Events"), QStringLiteral("events.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsvInBackground(path);
}

void EventsView::exportCsvInBackground(const QString &path)
{
    if (m_exporting)
        return;
    m_exporting = true;
    m_exportCsv->setEnabled(false);
    const auto total = m_events.count(m_model->query());
    m_progress->setRange(0, total ? int(qMin<qint64>(*total, INT_MAX)) : 0);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    struct Outcome
    {
        bool ok = false;
        qint64 rows = 0;
        QString error;
    };
    runInBackground<Outcome>(
        m_workers, this,
        [events = &m_events, query = m_model->query(), path](const ProgressReport &report) {
            Outcome outcome;
            outcome.ok = writeCsv(*events, query, path, &outcome.error, [&](qint64 rows) {
                outcome.rows = rows;
                report(rows);
            });
            return outcome;
        },
        [this](qint64 rows) { m_progress->setValue(int(qMin<qint64>(rows, INT_MAX))); },
        [this, path](const Outcome &outcome) {
            m_exporting = false;
            m_exportCsv->setEnabled(true);
            m_progress->setVisible(false);
            if (outcome.ok)
                Q_EMIT notice(tr("Exported %Ln event(s) to %1.", nullptr, int(outcome.rows))
                                  .arg(QDir::toNativeSeparators(path)));
            else
                showExportError(tr("Export Events"),
                    tr("Could not export the events to %1: %2")
                        .arg(QDir::toNativeSeparators(path), outcome.error));
            Q_EMIT exportFinished(outcome.ok);
        });
}

void EventsView::showExportError(const QString &caption, const QString &text)
{
    // Not exec(): the window keeps running (and tests can find and close the box).
    auto *box = new QMessageBox(QMessageBox::Warning, caption, text, QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("exportIcsError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void EventsView::setIcsExporter(IcsExporter exporter)
{
    m_icsExporter = std::move(exporter);
    m_exportIcs->setVisible(bool(m_icsExporter));
    updateExportIcsAction();
}

void EventsView::setSaveFileChooser(SaveFileChooser chooser)
{
    m_chooseSaveFile = std::move(chooser);
}

QList<qint64> EventsView::selectedEventIds() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int row : std::as_const(rows)) // the ids alone: no row is read for them
        ids.append(m_model->index(row, 0).data(EventTableModel::IdRole).toLongLong());
    return ids;
}

void EventsView::updateExportIcsAction()
{
    m_exportIcs->setEnabled(
        m_icsExporter && !m_exporting && m_table->selectionModel()->hasSelection());
}

bool EventsView::exportSelectedICalendar(const QString &path, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!m_icsExporter)
        return fail(tr("iCalendar export is not available."));
    const QList<qint64> ids = selectedEventIds();
    if (ids.isEmpty())
        return fail(tr("No events are selected."));
    auto ics = m_icsExporter(ids);
    if (!ics)
        return fail(errorText(ics.error()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*ics) != ics->size() || !file.commit())
        return fail(file.errorString());
    return true;
}

void EventsView::chooseIcsExportFile()
{
    const int selected = int(selectedEventIds().size());
    if (!m_icsExporter || selected == 0)
        return;
    const QString caption = tr("Export selected events as iCalendar");
    const QString path = m_chooseSaveFile(
        this, caption, QStringLiteral("events.ics"), tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    if (m_exporting)
        return;
    m_exporting = true;
    m_exportIcs->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    // Reads and writes off the GUI thread; the ids are fixed now.
    const QList<qint64> ids = selectedEventIds();
    IcsExporter exporter = m_icsExporter;
    struct Outcome
    {
        bool ok = false;
        QString error;
    };
    runInBackground<Outcome>(
        m_workers, this,
        [exporter, ids, path] {
            Outcome outcome;
            auto ics = exporter(ids);
            if (!ics) {
                outcome.error = errorText(ics.error());
                return outcome;
            }
            QSaveFile file(path);
            outcome.ok = file.open(QIODevice::WriteOnly) && file.write(*ics) == ics->size()
                && file.commit();
            if (!outcome.ok)
                outcome.error = file.errorString();
            return outcome;
        },
        [this, caption, path, selected](const Outcome &outcome) {
            m_exporting = false;
            m_progress->setVisible(false);
            updateExportIcsAction();
            if (outcome.ok)
                Q_EMIT notice(tr("Exported %Ln event(s) to %1.", nullptr, selected)
                                  .arg(QDir::toNativeSeparators(path)));
            else
                showExportError(caption,
                    tr("Could not export the selected events to %1: %2")
                        .arg(QDir::toNativeSeparators(path), outcome.error));
            Q_EMIT exportFinished(outcome.ok);
        });
}

void EventsView::reportFirstPage()
{
    // Benchmark hook: EVENTDESK_BENCH_EVENTS=1 prints when the first page is in the table
    // (wall clock, so a script can subtract its own start time) and quits; =scroll then also
    // scrolls to the end of the list, page by page as a user dragging the scroll bar would.
    if (m_benchReported || qEnvironmentVariableIsEmpty("EVENTDESK_BENCH_EVENTS"))
        return;
    m_benchReported = true;
    // After the event loop painted the rows.
    QTimer::singleShot(0, this, [this] {
        std::printf("events-first-page rows=%d view_ms=%lld epoch_ms=%lld\n", m_model->rowCount(),
            static_cast<long long>(m_sinceStart.elapsed()),
            static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
        std::fflush(stdout);
        if (qgetenv("EVENTDESK_BENCH_EVENTS") == "scroll") {
            QElapsedTimer scrolling;
            scrolling.start();
            int pages = 0;
            qint64 slowest = 0;
            // The scroll bar spans every row: the end is one jump, reading only what shows.
            for (const bool bottom : {true, false}) {
                QElapsedTimer page;
                page.start();
                if (bottom)
                    m_table->scrollToBottom();
                else
                    m_table->scrollToTop();
                QCoreApplication::processEvents();
                slowest = qMax(slowest, page.elapsed());
                ++pages;
            }
            std::printf("events-scrolled rows=%d pages=%d ms=%lld slowest_page_ms=%lld\n",
                m_model->rowCount(), pages, static_cast<long long>(scrolling.elapsed()),
                static_cast<long long>(slowest));
            std::fflush(stdout);
        }
        QCoreApplication::quit();
    });
}
} // namespace Eventdesk::Gui
