// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedsview.h"

#include "session.h"

#include "changehub.h"
#include "feedservice.h"
#include "feedsmodel.h"
#include "importdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
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
    setWindowTitle(feed.id ? tr("Edit feed") : tr("Add feed"));
    m_name = new QLineEdit(feed.name, this);
    m_name->setObjectName(QStringLiteral("feedNameEdit"));
    m_location = new QLineEdit(feed.location, this);
    m_location->setObjectName(QStringLiteral("feedLocationEdit"));
    m_location->setPlaceholderText(tr("https://… or /path/to/feed.xml"));
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
    m_minutes->setSpecialValueText(tr("manual only"));
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(feed.intervalSeconds / 60);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Every:"), m_minutes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
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

Core::Actor FeedsView::actor() const
{
    if (m_session)
        return Core::Actor::window(m_session->user());
    Core::Actor local = Core::Actor::commandLine();
    local.via = Core::Via::Window;
    return local;
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
    m_table->horizontalHeader()->setSectionResizeMode(FeedsModel::Location, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();

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
    buttons->addWidget(button(tr("&Add…"), "addFeedButton", &FeedsView::addFeed, false));
    buttons->addWidget(button(tr("&Edit…"), "editFeedButton", &FeedsView::editFeed, true));
    buttons->addWidget(button(tr("&Remove"), "removeFeedButton", &FeedsView::removeFeed, true));
    buttons->addWidget(button(tr("&Sync now"), "syncFeedButton", &FeedsView::syncFeed, true));
    buttons->addStretch(1);
    buttons->addWidget(
        button(tr("&Import file or URL…"), "importButton", &FeedsView::openImport, false));

    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_from->setObjectName(QStringLiteral("exportFromDate"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(QDate::currentDate().addYears(1), this);
    m_to->setObjectName(QStringLiteral("exportToDate"));
    m_to->setCalendarPopup(true);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(new QLabel(tr("Export events from"), this));
    exportRow->addWidget(m_from);
    exportRow->addWidget(new QLabel(tr("to"), this));
    exportRow->addWidget(m_to);
    exportRow->addWidget(
        button(tr("Export as .&ics…"), "exportIcsButton", &FeedsView::exportICalendar, false));
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

static QString describe(const Error &error)
{
    QString text = error.message;
    for (const FieldError &field : error.fields)
        text += QStringLiteral("\n• %1: %2").arg(field.field, field.message);
    return text;
}

void FeedsView::addFeed()
{
    Feed blank;
    blank.intervalSeconds = 3600;
    FeedDialog dialog(blank, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto created = m_feeds.createFeed(actor(), dialog.feed());
    showError(created ? QString() : describe(created.error()));
}

void FeedsView::editFeed()
{
    const Feed *feed = selected();
    if (!feed)
        return;
    FeedDialog dialog(*feed, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto updated = m_feeds.updateFeed(actor(), dialog.feed());
    showError(updated ? QString() : describe(updated.error()));
}

void FeedsView::removeFeed()
{
    const Feed *feed = selected();
    if (!feed)
        return;
    const qint64 id = feed->id;
    if (QMessageBox::question(
            this, tr("Remove feed"), tr("Remove the feed “%1”? Its events stay.").arg(feed->name))
        != QMessageBox::Yes)
        return;
    auto removed = m_feeds.deleteFeed(actor(), id);
    showError(removed ? QString() : describe(removed.error()));
}

void FeedsView::syncFeed()
{
    const Feed *feed = selected();
    if (!feed)
        return;
    auto queued = m_feeds.requestSync(actor(), feed->id);
    showError(queued ? tr("Sync queued (import #%1).").arg(*queued) : describe(queued.error()));
}

void FeedsView::openImport()
{
    auto *dialog = new ImportDialog(m_feeds, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

bool FeedsView::exportTo(const QString &path)
{
    const SearchWindow window {
        QDateTime(m_from->date(), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch(),
        QDateTime(m_to->date(), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch() + 86399999};
    auto ics = m_feeds.exportICalendar(window);
    if (!ics) {
        showError(describe(ics.error()));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(*ics) != ics->size()) {
        showError(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    showError(tr("Exported to %1.").arg(path));
    return true;
}

void FeedsView::exportICalendar()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export events"), QStringLiteral("events.ics"), tr("iCalendar (*.ics)"));
    if (!path.isEmpty())
        exportTo(path);
}

} // namespace Eventdesk::Gui
