// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedservice.h"

#include <QDialog>
#include <QThreadPool>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Eventdesk::Gui {

// Imports a file or a URL once: the detected format and a preview of the first rows, then the
// import on a worker thread with a progress bar and Cancel, and a summary at the end.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(Core::FeedService &feeds, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setLocation(const QString &location);
    bool isRunning() const { return m_running; }
    const Core::ImportRun &lastRun() const { return m_lastRun; }

public Q_SLOTS:
    void refreshPreview();
    void startImport();
    void cancelImport();

Q_SIGNALS:
    void previewReady();
    void importFinished();

private:
    void browse();
    void showPreview(const Core::Result<Core::FeedPreview> &preview);
    void showProgress(qint64 bytes, int items);
    void finishImport(const Core::ImportRun &run);
    Core::FeedFormat chosenFormat() const;
    void clearResults();
    void reject() override;

    Core::FeedService &m_feeds;
    QLineEdit *m_location = nullptr;
    QComboBox *m_format = nullptr;
    QLabel *m_detected = nullptr;
    QTableWidget *m_preview = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_summary = nullptr;
    bool m_running = false;
    bool m_previewing = false;
    bool m_previewAgain = false;
    QString m_previewed; // the location (and format) the preview shows
    Core::FeedFormat m_previewedFormat = Core::FeedFormat::Unknown;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    qint64 m_size = -1;
    Core::ImportRun m_lastRun;
    QThreadPool m_workers; // last: destroyed (and waited for) first
};

} // namespace Eventdesk::Gui
