// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedstore.h"

#include <QDialog>
#include <QThreadPool>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Eventdesk::Core {
class ChangeHub;
class FeedService;
} // namespace Eventdesk::Core

namespace Eventdesk::Gui {

class FeedsModel;

// Adds or edits one feed: name, location, format, interval.
class FeedDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FeedDialog(const Core::Feed &feed, QWidget *parent = nullptr);
    Core::Feed feed() const;

private:
    Core::Feed m_feed;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_location = nullptr;
    QComboBox *m_format = nullptr;
    QSpinBox *m_minutes = nullptr;
};

// The Feeds tab: the feeds with their interval, last run and status; add, edit, remove, sync
// now, a one-off import, and the .ics export of events in a date range. Follows the ChangeHub.
class FeedsView : public QWidget
{
    Q_OBJECT
public:
    FeedsView(Core::FeedService &feeds, Core::ChangeHub &changes, QWidget *parent = nullptr);

    FeedsModel *model() const { return m_model; }
    // Writes the events between the two dates (UTC days, inclusive) as .ics (blocking).
    bool exportTo(const QString &path);
    // The same off the GUI thread, then notice() or the reason under the table.
    void exportInBackground(const QString &path);

Q_SIGNALS:
    void notice(const QString &text);
    void exportFinished(bool ok);

public Q_SLOTS:
    void reload();
    void addFeed();
    void editFeed();
    void removeFeed();
    void syncFeed();
    void openImport();
    void exportICalendar();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Core::SearchWindow exportWindow() const;
    const Core::Feed *selected() const;
    void showError(const QString &text);

    Core::FeedService &m_feeds;
    FeedsModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QList<QPushButton *> m_needSelection;
    QPushButton *m_exportButton = nullptr;
    QLabel *m_empty = nullptr;
    QThreadPool m_workers;
};

} // namespace Eventdesk::Gui
