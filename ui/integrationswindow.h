// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;

namespace Eventdesk::Gui {

// Tools › Integrations: what programs use, out of the main navigation (as qBittorrent keeps its
// Web UI in Preferences): the local API's address and state first, then the pages the window
// factory adds (App Keys, Activity, Event Types).
class IntegrationsWindow : public QDialog
{
    Q_OBJECT
public:
    explicit IntegrationsWindow(QWidget *parent = nullptr);

    void addPage(QWidget *page, const QString &title);
    QTabWidget *tabs() const { return m_tabs; }
    void setApiStatus(const QString &url, bool running, const QString &error);

Q_SIGNALS:
    // The API's address while it runs, empty while it is stopped (pages that hand out
    // addresses follow it).
    void apiUrlChanged(const QString &url);

private:
    QTabWidget *m_tabs = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_address = nullptr;
    QPushButton *m_docs = nullptr;
    QString m_url;
};

} // namespace Eventdesk::Gui
