// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedsview.h"

#include "background.h"
#include "changehub.h"
#include "errortext.h"
#include "feedservice.h"
#include "feedsmodel.h"
#include "importdialog.h"
#include "layoututil.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Eventdesk::Gui {

using namespace Core;

FeedDialog::FeedDialog(const Feed &feed, QWidget *parent)
    : QDialog(parent)
    , m_feed(feed)
{
    setObjectName(QStringLiteral("feedDialog"));
    setWindowTitle(feed.id ? tr("Edit Feed") : tr("Add Feed"));
    m_name = new QLineEdit(feed.name, this);
    m_name->setObjectName(QStringLiteral("feedNameEdit"));
    m_location = new QLineEdit(feed.location, this);
    m_location->setObjectName(QStringLiteral("feedLocationEdit"));
    m_location->setPlaceholderText(tr("https://… or /path/to/feed.xml"));
    fitPlaceholder(m_location);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("feedFormatCombo"));
    m_format->addItem(tr("Detect"), int(FeedFormat::Unknown));
    m_format->addItem(tr("Provider XML"), int(FeedFormat::Provider));
    m_format->addItem(tr("JSON API"), int(FeedFormat::Json));
    m_format->addItem(tr("iCalendar"), int(FeedFormat::ICal));
    m_format->setCurrentIndex(qMax(0, m_format->findData(int(feed.format))));
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("feedIntervalSpin"));
    m_minutes->setRange(0, 7 * 24 * 60);
    m_minutes->setSpecialValueText(tr("Manual only"));
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setAccessibleName(tr("Sync every (minutes)"));
    m_minutes->setValue(feed.intervalSeconds / 60);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Every:"), m_minutes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(feed.id ? tr("Save") : tr("Add Feed"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Feed FeedDialog::feed() const
{
    Feed feed = m_feed;
    feed.name = m_name->text().trimmed();
    feed.location = m_location->text().trimmed();
    feed.format = FeedFormat(m_format->currentData().toInt());
    feed.intervalSeconds = m_minutes->value() * 60;
    return feed;
}

FeedsView::FeedsView(FeedService &feeds, ChangeHub &changes, QWidget *parent)
    : QWidget(parent)
    , m_feeds(feeds)
{
    setObjectName(QStringLiteral("feedsView"));
    m_model = new FeedsModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("feedsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Feeds"));
    prepareTable(m_table);
    // The address needs the room; the status ends the row.
    const int chars = m_table->fontMetrics().averageCharWidth();
    m_table->setColumnWidth(
        FeedsModel::Name, qMax(m_table->columnWidth(FeedsModel::Name), chars * 22));
    m_table->setColumnWidth(
        FeedsModel::Location, qMax(m_table->columnWidth(FeedsModel::Location), chars * 40));
    m_table->horizontalHeader()->setObjectName(QStringLiteral("feedsTableHeader"));
    m_empty = new QLabel(tr("No feeds yet. Add a feed to import events from a web site or a "
                            "calendar file, and keep them up to date."),
        m_table->viewport());
    m_empty->setObjectName(QStringLiteral("feedsEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_table->viewport()->installEventFilter(this);

    auto button = [this](const QString &text, const char *name, void (FeedsView::*slot)(),
                      bool needsSelection) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        if (needsSelection) {
            b->setEnabled(false);
            m_needSelection.append(b);
        }
        return b;
    };
    auto *buttons = new QHBoxLayout;
    // Mnemonics stay clear of the menu bar's (File, Account, View, Go, Tools, Help).
    buttons->addWidget(button(tr("A&dd Feed…"), "addFeedButton", &FeedsView::addFeed, false));
    buttons->addWidget(button(tr("&Edit…"), "editFeedButton", &FeedsView::editFeed, true));
    buttons->addWidget(button(tr("&Remove…"), "removeFeedButton", &FeedsView::removeFeed, true));
    buttons->addWidget(button(tr("&Sync Now"), "syncFeedButton", &FeedsView::syncFeed, true));
    buttons->addStretch(1);
    buttons->addWidget(
        button(tr("&Import Calendar…"), "importButton", &FeedsView::openImport, false));

    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_from->setObjectName(QStringLiteral("exportFromDate"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(QDate::currentDate().addYears(1), this);
    m_to->setObjectName(QStringLiteral("exportToDate"));
    m_to->setCalendarPopup(true);
    auto *exportRow = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("E&xport events from"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("t&o"), this);
    toLabel->setBuddy(m_to);
    exportRow->addWidget(fromLabel);
    exportRow->addWidget(m_from);
    exportRow->addWidget(toLabel);
    exportRow->addWidget(m_to);
    m_exportButton
        = button(tr("Save as i&Calendar…"), "exportIcsButton", &FeedsView::exportICalendar, false);
    exportRow->addWidget(m_exportButton);
    exportRow->addStretch(1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("feedsMessage"));
    m_message->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(exportRow);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        for (QPushButton *b : std::as_const(m_needSelection))
            b->setEnabled(selected() != nullptr);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (QPushButton *b : std::as_const(m_needSelection))
            b->setEnabled(false);
        m_empty->setVisible(m_model->rowCount() == 0);
    });
    connect(&changes, &ChangeHub::changed, this, [this](ChangeHub::Topic topic, qint64) {
        if (topic == ChangeHub::Topic::Feeds || topic == ChangeHub::Topic::Imports)
            reload();
    });
    reload();
}

const Feed *FeedsView::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->feedAt(rows.first().row());
}

void FeedsView::showError(const QString &text)
{
    m_message->setText(text);
}

void FeedsView::reload()
{
    const qint64 keep = selected() ? selected()->id : 0;
    auto feeds = m_feeds.feeds();
    if (!feeds) {
        showError(tr("Cannot read the feeds: %1").arg(feeds.error().message));
        return;
    }
    m_model->setFeeds(*feeds);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->feedAt(row)->id == keep)
            m_table->selectRow(row);
    }
}

bool FeedsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        m_empty->setGeometry(m_table->viewport()->rect().adjusted(
            fontMetrics().height(), 0, -fontMetrics().height(), 0));
    return QWidget::eventFilter(watched, event);
}

static QString describe(const Error &error)
{
    return errorText(error);
}

void FeedsView::addFeed()
{
    Feed blank;
    blank.intervalSeconds = 3600;
    auto *dialog = new FeedDialog(blank, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto created = m_feeds.createFeed(dialog->feed());
        showError(created ? QString() : describe(created.error()));
    });
    dialog->open();
}

void FeedsView::editFeed()
{
    const Feed *feed = selected();
    if (!feed)
        return;
    auto *dialog = new FeedDialog(*feed, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto updated = m_feeds.updateFeed(dialog->feed());
        showError(updated ? QString() : describe(updated.error()));
    });
    dialog->open();
}

void FeedsView::removeFeed()
{
    const Feed *feed = selected();
    if (!feed)
        return;
    const qint64 id = feed->id;
    // A named button, Cancel as the default (UX guide §9).
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove Feed"),
        tr("Remove the feed “%1”?").arg(feed->name), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("removeFeedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Its events stay in the calendar; they are no longer updated."));
    QPushButton *remove = box->addButton(tr("&Remove Feed"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveFeed"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, id, remove](QAbstractButton *clicked) {
        if (clicked != remove)
            return;
        auto removed = m_feeds.deleteFeed(id);
        showError(removed ? QString() : describe(removed.error()));
    });
    box->open();
}

void FeedsView::syncFeed()
{
    const Feed *feed = selected();
    if (!feed)
        return;
    const QString name = feed->name;
    auto queued = m_feeds.requestSync(feed->id);
    showError(queued ? tr("Syncing “%1”…").arg(name) : describe(queued.error()));
}

void FeedsView::openImport()
{
    auto *dialog = new ImportDialog(m_feeds, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

namespace {

// Writes the range's events as .ics to path: "" when done, else why not. Any thread.
QString writeICalendar(FeedService &feeds, const SearchWindow &window, const QString &path)
{
    auto ics = feeds.exportICalendar(window);
    if (!ics)
        return errorText(ics.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*ics) != ics->size() || !file.commit())
        return FeedsView::tr("Cannot write %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

} // namespace

SearchWindow FeedsView::exportWindow() const
{
    return {QDateTime(m_from->date(), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch(),
        QDateTime(m_to->date(), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch() + 86399999};
}

bool FeedsView::exportTo(const QString &path)
{
    const QString error = writeICalendar(m_feeds, exportWindow(), path);
    showError(error.isEmpty() ? tr("Exported to %1.").arg(QDir::toNativeSeparators(path)) : error);
    return error.isEmpty();
}

void FeedsView::exportICalendar()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save as iCalendar"), QStringLiteral("events.ics"), tr("iCalendar (*.ics)"));
    if (!path.isEmpty())
        exportInBackground(path);
}

void FeedsView::exportInBackground(const QString &path)
{
    m_exportButton->setEnabled(false);
    showError(tr("Exporting…"));
    runInBackground<QString>(
        m_workers, this,
        [feeds = &m_feeds, window = exportWindow(), path] {
            return writeICalendar(*feeds, window, path);
        },
        [this, path](const QString &error) {
            m_exportButton->setEnabled(true);
            if (error.isEmpty()) {
                showError({});
                Q_EMIT notice(tr("Exported the events to %1.").arg(QDir::toNativeSeparators(path)));
            } else {
                showError(error);
            }
            Q_EMIT exportFinished(error.isEmpty());
        });
}

} // namespace Eventdesk::Gui
