// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QMenu;

namespace Eventdesk::Core {
class ChangeHub;
}

namespace Eventdesk::Gui {

// The shell: menus, the status bar with the API's address and state, and a tab per view.
// Views and dialogs are separate classes; this window only hosts them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Core::ChangeHub &changes, QWidget *parent = nullptr);

    // Adds a view as a tab (Events, Feeds, Activity, Apps...).
    void addView(QWidget *view, const QString &title);
    QMenu *accountMenu() const { return m_accountMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }

public Q_SLOTS:
    void setApiStatus(const QString &url, bool running, const QString &error);
    void setSignedInUser(const QString &email); // empty: signed out
    void showNotice(const QString &text);       // a passing message in the status bar

Q_SIGNALS:
    void settingsRequested();

private:
    void showAbout();
    Core::ChangeHub &m_changes;
    QStackedWidget *m_pages = nullptr;
    QTabWidget *m_views = nullptr;
    QMenu *m_accountMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_docsAction = nullptr;
    QLabel *m_apiLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_welcome = nullptr; // shown until an area adds a view
    QString m_apiUrl;
};

} // namespace Eventdesk::Gui
