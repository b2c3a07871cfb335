// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QSystemTrayIcon;
class QToolBar;

namespace Eventdesk::Core {
class ChangeHub;
}

namespace Eventdesk::Gui {

class FirstRunPage;
class IntegrationsWindow;

// The shell: menus, one toolbar, the main navigation (Calendar, List, Feeds), the status bar
// with the API's state as an icon, the tray icon, and the Integrations window (app keys,
// activity, event types, the API address). Views and dialogs are separate classes filled in by
// the window factory; this window only hosts them and remembers its layout.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The main navigation's slots. Each starts as a placeholder until the factory fills it.
    enum class Page { Calendar, List, Feeds };

    explicit MainWindow(Core::ChangeHub &changes, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Puts a view into a navigation slot (replacing the placeholder).
    void setPage(Page page, QWidget *view);
    QWidget *page(Page page) const;
    Page currentPage() const;
    void showPage(Page page);
    // Kept for areas that register extra views: a further navigation entry after Feeds.
    void addView(QWidget *view, const QString &title);

    QMenu *accountMenu() const { return m_accountMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QToolBar *toolBar() const { return m_toolBar; }
    IntegrationsWindow *integrations() const { return m_integrations; }

    // Restores geometry, splitters, table columns and the chosen page from QSettings, and
    // saves them (also called on close and when the application quits).
    void restoreLayout();
    void saveLayout() const;

    // Closing hides the window into the tray when this is on and a tray exists.
    void setCloseToTray(bool on) { m_closeToTray = on; }
    bool closeToTray() const { return m_closeToTray; }
    // Tests: pretend the desktop has (or lacks) a system tray.
    void setSystemTrayAvailable(bool available);
    bool systemTrayAvailable() const { return m_trayAvailable; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }

    // The first-run page shows while nobody is signed in, until the user chooses to browse.
    bool isFirstRunShown() const;

public Q_SLOTS:
    void setApiStatus(const QString &url, bool running, const QString &error);
    void setSignedInUser(const QString &email); // empty: signed out
    void showNotice(const QString &text);       // a passing message in the status bar
    void showIntegrations();

Q_SIGNALS:
    void settingsRequested();
    void newEventRequested();
    void importRequested();
    void todayRequested();
    void signUpRequested();
    void logInRequested();
    // Quit, or the window closed without a tray: the application should end.
    void quitRequested();
    // The first close into the tray: the one-time notice was shown.
    void closedToTray(bool noticeShown);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createTray();
    void updateFirstRun();
    void focusSearch();
    void showAbout();

    Core::ChangeHub &m_changes;
    QStackedWidget *m_central = nullptr; // first-run page or the navigation's pages
    QStackedWidget *m_pages = nullptr;
    FirstRunPage *m_firstRun = nullptr;
    QList<QWidget *> m_slots; // one per navigation entry
    QActionGroup *m_navigation = nullptr;
    QList<QAction *> m_pageActions;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_accountMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newEvent = nullptr;
    QAction *m_import = nullptr;
    QAction *m_today = nullptr;
    QAction *m_find = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_integrationsAction = nullptr;
    QAction *m_close = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_docsAction = nullptr;
    QAction *m_about = nullptr;
    QAction *m_signedInAs = nullptr;
    QLabel *m_apiIcon = nullptr;
    IntegrationsWindow *m_integrations = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_trayMenu = nullptr;
    QString m_apiUrl;
    QString m_email;
    bool m_apiRunning = false;
    QString m_apiError;
    bool m_closeToTray = true;
    bool m_trayAvailable = false;
    bool m_browseWithoutAccount = false;
};

} // namespace Eventdesk::Gui
