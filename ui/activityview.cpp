// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityview.h"
#include "activitychart.h"
#include "collector.h"
#include "errortext.h"
#include "layoututil.h"
#include "timeutil.h"
#include "trackingmodels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QTime>
#include <QVBoxLayout>

namespace Eventdesk::Gui {

namespace {

constexpr int RowsShown = 200;
constexpr int LiveDelayMs = 300;
enum Tab { EventsTab, ErrorsTab, ChartTab };

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    prepareTable(table);
    table->horizontalHeader()->setObjectName(name + QStringLiteral("Header"));
    return table;
}

} // namespace

ActivityView::ActivityView(Core::Collector &collector, Core::ChangeHub &changes, QWidget *parent)
    : QWidget(parent)
    , m_collector(collector)
{
    setObjectName(QStringLiteral("activityView"));
    m_session = new QLineEdit(this);
    m_session->setObjectName(QStringLiteral("activitySessionFilter"));
    m_session->setPlaceholderText(tr("Session id"));
    m_session->setClearButtonEnabled(true);
    m_category = new QLineEdit(this);
    m_category->setObjectName(QStringLiteral("activityCategoryFilter"));
    m_category->setPlaceholderText(tr("Category"));
    m_category->setClearButtonEnabled(true);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("activityNameFilter"));
    m_name->setPlaceholderText(tr("Name"));
    m_name->setClearButtonEnabled(true);
    for (QLineEdit *edit : {m_session, m_category, m_name})
        edit->setAccessibleName(edit->placeholderText());
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("activityRangeCombo"));
    m_range->addItem(tr("Last 15 minutes"), 15);
    m_range->addItem(tr("Last hour"), 60);
    m_range->addItem(tr("Last 24 hours"), 24 * 60);
    m_range->addItem(tr("Last 7 days"), 7 * 24 * 60);
    m_range->addItem(tr("All time"), 0);
    m_range->addItem(tr("From… to…"), -1);
    m_range->setCurrentIndex(4);
    m_range->setAccessibleName(tr("Time range"));
    m_from = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(-3600), this);
    m_from->setObjectName(QStringLiteral("activityFromEdit"));
    m_to = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(3600), this);
    m_to->setObjectName(QStringLiteral("activityToEdit"));
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setVisible(false);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this] { scheduleRefresh(250); });
    }
    m_live = new QCheckBox(tr("&Live"), this);
    m_live->setObjectName(QStringLiteral("activityLiveCheck"));
    m_live->setChecked(true);
    m_live->setToolTip(tr("Show new events as they arrive"));
    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("activityRefreshButton"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_session, 2);
    filters->addWidget(m_category, 1);
    filters->addWidget(m_name, 1);
    filters->addWidget(m_range);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addWidget(m_live);
    filters->addWidget(refreshButton);

    m_events = new TrackedEventModel(this);
    m_errors = new TrackingErrorModel(this);
    m_eventsTable = makeTable(m_events, QStringLiteral("activityEventsTable"), this);
    m_errorsTable = makeTable(m_errors, QStringLiteral("activityErrorsTable"), this);
    m_errorDetail = new QPlainTextEdit(this);
    m_eventsTable->setAccessibleName(tr("Accepted events"));
    m_errorsTable->setAccessibleName(tr("Rejected events"));
    m_errorDetail->setObjectName(QStringLiteral("activityErrorDetail"));
    m_errorDetail->setAccessibleName(tr("Rejected event details"));
    m_errorDetail->setReadOnly(true);
    m_errorDetail->setPlaceholderText(
        tr("Select a rejected event to see its payload and reasons."));
    auto *errorSplit = new QSplitter(Qt::Vertical, this);
    errorSplit->addWidget(m_errorsTable);
    errorSplit->addWidget(m_errorDetail);
    m_chart = new ActivityChart(this);
    m_chart->setObjectName(QStringLiteral("activityChart"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("activityTabs"));
    m_tabs->insertTab(EventsTab, m_eventsTable, tr("&Events"));
    // Not "E&rrors": Alt+R is Refresh's.
    m_tabs->insertTab(ErrorsTab, errorSplit, tr("Re&jected"));
    m_tabs->insertTab(ChartTab, m_chart, tr("&Chart"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("activityStatus"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);

    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ActivityView::refresh);
    connect(&changes, &Core::ChangeHub::changed, this,
        [this](Core::ChangeHub::Topic topic, qint64) { onChanged(topic); });
    for (QLineEdit *edit : {m_session, m_category, m_name})
        connect(edit, &QLineEdit::textChanged, this, [this] { scheduleRefresh(250); });
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_range->currentData().toInt() < 0;
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        scheduleRefresh(0);
    });
    connect(m_live, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            scheduleRefresh(0);
    });
    connect(refreshButton, &QPushButton::clicked, this, &ActivityView::refresh);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { scheduleRefresh(0); });
    connect(m_errorsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { showError(current); });
    scheduleRefresh(0);
}

void ActivityView::onChanged(Core::ChangeHub::Topic topic)
{
    if (topic != Core::ChangeHub::Topic::Tracking || !m_live->isChecked())
        return;
    // Coalesced: however many commits arrive, at most one refresh per LiveDelayMs.
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start(LiveDelayMs);
}

void ActivityView::scheduleRefresh(int delayMs)
{
    m_refreshTimer.start(delayMs);
}

std::pair<qint64, qint64> ActivityView::range() const
{
    const int minutes = m_range->currentData().toInt();
    if (minutes < 0)
        return {m_from->dateTime().toMSecsSinceEpoch(), m_to->dateTime().toMSecsSinceEpoch()};
    return {minutes == 0 ? 0 : Core::nowMsecs() - qint64(minutes) * 60'000, 0};
}

void ActivityView::refresh()
{
    m_refreshTimer.stop();
    ++m_refreshes;
    const auto [from, until] = range();
    switch (m_tabs->currentIndex()) {
    case EventsTab:
        refreshEvents(from, until);
        break;
    case ErrorsTab:
        refreshErrors(from, until);
        break;
    case ChartTab: {
        const qint64 to = until != 0 ? until : Core::nowMsecs() + 60'000;
        // All time (from = 0): the chart starts at the first minute that has events, within
        // the 31 days the collector answers for at once.
        const qint64 monthAgo = to - 31LL * 24 * 3600 * 1000 + 1;
        auto counts = m_collector.minuteCounts(from == 0 ? monthAgo : from, to);
        if (counts)
            m_chart->setCounts(*counts, from, to);
        m_status->setText(counts ? tr("Updated %1").arg(updatedAt()) : errorText(counts.error()));
        break;
    }
    }
}

void ActivityView::refreshEvents(qint64 from, qint64 to)
{
    Core::TrackQuery query;
    query.sessionId = m_session->text().trimmed();
    query.category = m_category->text().trimmed();
    query.name = m_name->text().trimmed();
    query.from = from;
    query.to = to;
    query.limit = RowsShown;
    auto events = m_collector.events(query);
    if (!events) {
        m_status->setText(errorText(events.error()));
        return;
    }
    const qsizetype shown = events->size();
    m_events->setEvents(std::move(*events));
    m_status->setText(shown >= RowsShown
            ? tr("Newest %Ln event(s) shown; updated %1", nullptr, int(shown)).arg(updatedAt())
            : tr("%Ln event(s); updated %1", nullptr, int(shown)).arg(updatedAt()));
}

void ActivityView::refreshErrors(qint64 from, qint64 to)
{
    Core::ErrorQuery query;
    query.from = from;
    query.to = to;
    query.limit = RowsShown;
    auto errors = m_collector.errors(query);
    if (!errors) {
        m_status->setText(errorText(errors.error()));
        return;
    }
    const qsizetype shown = errors->size();
    m_errors->setErrors(std::move(*errors));
    m_errorDetail->clear();
    m_status->setText(
        tr("%Ln rejected event(s); updated %1", nullptr, int(shown)).arg(updatedAt()));
}

QString ActivityView::updatedAt()
{
    return QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
}

void ActivityView::showError(const QModelIndex &index)
{
    if (!index.isValid()) {
        m_errorDetail->clear();
        return;
    }
    const Core::TrackingError &error = m_errors->error(index.row());
    QString payload = QString::fromUtf8(error.payload);
    const QJsonDocument document = QJsonDocument::fromJson(error.payload);
    if (document.isObject())
        payload = QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    QStringList reasons;
    for (const Core::FieldError &reason : error.reasons)
        reasons.append(QStringLiteral("- ") + reason.field + QStringLiteral(": ") + reason.message);
    m_errorDetail->setPlainText(
        tr("Reasons:\n%1\n\nPayload as received:\n%2").arg(reasons.join(u'\n'), payload));
}

} // namespace Eventdesk::Gui
