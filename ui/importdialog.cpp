// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"
#include "background.h"
#include "errortext.h"
#include "layoututil.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Eventdesk::Gui {

using namespace Core;

namespace {

constexpr int previewRows = 20;

QString formatTitle(FeedFormat format)
{
    switch (format) {
    case FeedFormat::Provider:
        return ImportDialog::tr("Provider XML");
    case FeedFormat::Json:
        return ImportDialog::tr("JSON API (posts and comments)");
    case FeedFormat::ICal:
        return ImportDialog::tr("iCalendar");
    case FeedFormat::Unknown:
        break;
    }
    return ImportDialog::tr("Unknown");
}

QString when(const std::optional<qint64> &ms)
{
    if (!ms)
        return {};
    return QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString price(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 2) : QString();
}

} // namespace

ImportDialog::ImportDialog(FeedService &feeds, QWidget *parent)
    : QDialog(parent)
    , m_feeds(feeds)
{
    setWindowTitle(tr("Import Calendar"));
    setObjectName(QStringLiteral("importDialog"));

    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("locationEdit"));
    m_location->setPlaceholderText(tr("A file or an http(s) URL"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    auto *previewButton = new QPushButton(tr("&Preview"), this);
    previewButton->setObjectName(QStringLiteral("previewButton"));
    auto *locationRow = new QHBoxLayout;
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(browse);
    locationRow->addWidget(previewButton);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(tr("Detect"), int(FeedFormat::Unknown));
    m_format->addItem(formatTitle(FeedFormat::Provider), int(FeedFormat::Provider));
    m_format->addItem(formatTitle(FeedFormat::Json), int(FeedFormat::Json));
    m_format->addItem(formatTitle(FeedFormat::ICal), int(FeedFormat::ICal));
    m_detected = new QLabel(this);
    m_detected->setObjectName(QStringLiteral("detectedFormatLabel"));

    auto *form = new QFormLayout;
    // The field is a row of widgets: the label needs its buddy set to show the mnemonic.
    auto *locationLabel = new QLabel(tr("&Location:"), this);
    locationLabel->setBuddy(m_location);
    form->addRow(locationLabel, locationRow);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("Detected:"), m_detected);

    m_preview = new QTableWidget(0, 5, this);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setAccessibleName(tr("Events in the file"));
    m_preview->setHorizontalHeaderLabels(
        {tr("Title"), tr("Starts (UTC)"), tr("Ends (UTC)"), tr("Prices"), tr("Key")});
    m_preview->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    prepareTable(m_preview);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_import = new QPushButton(tr("&Import"), this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setEnabled(false);
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("closeButton"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(760, 480);

    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(previewButton, &QPushButton::clicked, this, &ImportDialog::refreshPreview);
    connect(m_location, &QLineEdit::editingFinished, this, &ImportDialog::refreshPreview);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportDialog::refreshPreview);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancelImport);
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);
}

ImportDialog::~ImportDialog()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_workers.waitForDone();
}

void ImportDialog::reject()
{
    if (m_running)
        cancelImport();
    else
        QDialog::reject();
}

void ImportDialog::setLocation(const QString &location)
{
    m_location->setText(location);
    refreshPreview();
}

void ImportDialog::browse()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Import a feed"), QString(), tr("Feeds (*.xml *.json *.ics);;All files (*)"));
    if (!file.isEmpty())
        setLocation(file);
}

FeedFormat ImportDialog::chosenFormat() const
{
    return FeedFormat(m_format->currentData().toInt());
}

void ImportDialog::clearResults()
{
    // Nothing of a previous file stays on screen: preview, size, progress and summary go.
    m_preview->setRowCount(0);
    m_size = -1;
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_summary->clear();
}

void ImportDialog::refreshPreview()
{
    const QString location = m_location->text().trimmed();
    const FeedFormat format = chosenFormat();
    if (location == m_previewed && format == m_previewedFormat && !location.isEmpty())
        return;
    if (m_previewing) {
        m_previewAgain = true; // when the running preview ends
        return;
    }
    clearResults();
    m_previewed = location;
    m_previewedFormat = format;
    if (location.isEmpty()) {
        m_detected->setText(tr("Choose a file or enter a web address."));
        Q_EMIT previewReady();
        return;
    }
    m_detected->setText(tr("Reading…"));
    m_previewing = true;
    // The preview of a URL fetches it: never on the GUI thread.
    runInBackground<Result<FeedPreview>>(
        m_workers, this,
        [feeds = &m_feeds, location, format] {
            return feeds->preview(location, format, previewRows);
        },
        [this](const Result<FeedPreview> &preview) {
            m_previewing = false;
            if (std::exchange(m_previewAgain, false)
                && (m_location->text().trimmed() != m_previewed
                    || chosenFormat() != m_previewedFormat)) {
                refreshPreview();
                return;
            }
            showPreview(preview);
        });
}

void ImportDialog::showPreview(const Result<FeedPreview> &preview)
{
    m_preview->setRowCount(0);
    if (!preview) {
        m_detected->setText(tr("Cannot read it: %1").arg(errorText(preview.error())));
        Q_EMIT previewReady();
        return;
    }
    m_size = preview->size;
    m_detected->setText(formatTitle(preview->format));
    m_preview->setRowCount(int(preview->items.size()));
    for (int row = 0; row < preview->items.size(); ++row) {
        const FeedItem &item = preview->items.at(row);
        const QStringList cells = {item.title, when(item.startsAt), when(item.endsAt),
            item.minPrice ? tr("%1 – %2").arg(price(item.minPrice), price(item.maxPrice))
                          : QString(),
            item.externalId};
        for (int column = 0; column < cells.size(); ++column)
            m_preview->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    Q_EMIT previewReady();
}

void ImportDialog::startImport()
{
    const QString location = m_location->text().trimmed();
    if (m_running)
        return;
    if (location.isEmpty()) {
        m_summary->setText(tr("Choose a file or enter a web address first."));
        m_location->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    m_summary->clear();
    m_import->setEnabled(false);
    m_cancel->setEnabled(true);
    if (m_size > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(0);
    } else {
        m_progress->setRange(0, 0); // busy: the size is unknown until fetched
    }
    ImportOptions options;
    options.format = chosenFormat();
    options.parse.cancel = m_cancelFlag.get();
    m_running = true;
    auto flag = m_cancelFlag; // keeps the flag alive as long as the worker
    // Progress packs bytes and items into one number: bytes in the high bits.
    runInBackground<ImportRun>(
        m_workers, this,
        [feeds = &m_feeds, location, options, flag](const ProgressReport &report) mutable {
            options.progress = [report](qint64 bytes, int items) {
                report((bytes << 24) | qMin(items, 0xffffff));
            };
            return feeds->importLocation(location, options);
        },
        [this](qint64 packed) { showProgress(packed >> 24, int(packed & 0xffffff)); },
        [this](const ImportRun &run) { finishImport(run); });
}

void ImportDialog::cancelImport()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_cancel->setEnabled(false);
    m_summary->setText(tr("Cancelling…"));
}

void ImportDialog::showProgress(qint64 bytes, int items)
{
    if (m_size > 0)
        m_progress->setValue(int(qMin<qint64>(1000, bytes * 1000 / m_size)));
    m_summary->setText(tr("%Ln event(s) read…", nullptr, items));
}

void ImportDialog::finishImport(const ImportRun &run)
{
    m_running = false;
    m_lastRun = run;
    m_import->setEnabled(true);
    m_cancel->setEnabled(false);
    m_progress->setRange(0, 1000);
    if (run.status == QLatin1String("succeeded")) {
        m_progress->setValue(1000);
        const QLocale locale;
        const int total = run.added + run.updated + run.unchanged;
        const QString name = QFileInfo(m_location->text().trimmed()).fileName();
        //: %1 is the file or address, %2..%4 counts ("30 new, 10 updated, 2 unchanged")
        QString text = tr(
            "Imported %Ln event(s) from “%1”: %2 new, %3 updated, %4 unchanged.", nullptr, total)
                           .arg(name.isEmpty() ? m_location->text().trimmed() : name,
                               locale.toString(run.added), locale.toString(run.updated),
                               locale.toString(run.unchanged));
        if (run.skipped > 0)
            text += u'\n'
                + tr("%Ln event(s) were skipped. The first reason: %1", nullptr, run.skipped)
                      .arg(run.errors.value(0));
        m_summary->setText(text);
    } else if (run.errorCode == QLatin1String("cancelled")) {
        m_progress->setValue(0);
        m_summary->setText(tr("Cancelled: nothing was changed."));
    } else {
        m_progress->setValue(0);
        QString text = tr("The import failed and changed nothing: %1")
                           .arg(run.errors.value(0, run.errorCode));
        // Everything skipped: the reasons follow the first line (issue 11).
        if (run.skipped > 0 && run.errors.size() > 1)
            text += u'\n'
                + tr("%Ln event(s) were skipped. The first reason: %1", nullptr, run.skipped)
                      .arg(run.errors.value(1));
        m_summary->setText(text);
    }
    Q_EMIT importFinished();
}

} // namespace Eventdesk::Gui
