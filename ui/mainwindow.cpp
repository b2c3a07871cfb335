// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "changehub.h"
#include "firstrunpage.h"
#include "integrationswindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>

namespace Eventdesk::Gui {

namespace {

const QString appIconName = QStringLiteral("io.eventdesk.Eventdesk");

// Themed icons with our bundled theme (resources/icons/eventdesk) as the fallback; where the
// platform names no theme at all (Windows, macOS, bare X11), ours is the theme.
void installIconTheme()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    QIcon::setFallbackThemeName(QStringLiteral("eventdesk"));
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == QLatin1String("hicolor"))
        QIcon::setThemeName(QStringLiteral("eventdesk"));
}

QIcon icon(const char *name)
{
    return QIcon::fromTheme(QLatin1String(name));
}

// "New Event (Ctrl+N)": tooltips name the keys.
void setShortcutTip(QAction *action, const QString &text)
{
    const QKeySequence keys = action->shortcut();
    action->setToolTip(keys.isEmpty()
            ? text
            : MainWindow::tr("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText)));
}

QString withoutMnemonic(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    if (text.endsWith(u'…'))
        text.chop(1);
    return text;
}

QString layoutKey(const QObject *object)
{
    return QStringLiteral("layout/") + object->objectName();
}

} // namespace

MainWindow::MainWindow(Core::ChangeHub &changes, QWidget *parent)
    : QMainWindow(parent)
    , m_changes(changes)
{
    installIconTheme();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Eventdesk"));
    setWindowIcon(QIcon::fromTheme(appIconName));
    resize(1100, 700);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_firstRun = new FirstRunPage(this);
    m_central = new QStackedWidget(this);
    m_central->setObjectName(QStringLiteral("central"));
    m_central->addWidget(m_pages);
    m_central->addWidget(m_firstRun);
    setCentralWidget(m_central);
    m_integrations = new IntegrationsWindow(this);

    createActions();

    // Placeholders until the factory fills the slots.
    const QStringList titles = {tr("Calendar"), tr("List"), tr("Feeds")};
    for (const QString &title : titles) {
        auto *placeholder = new QLabel(tr("%1 is not available in this build.").arg(title), this);
        placeholder->setAlignment(Qt::AlignCenter);
        placeholder->setEnabled(false);
        m_slots.append(placeholder);
        m_pages->addWidget(placeholder);
    }

    m_apiIcon = new QLabel(this);
    m_apiIcon->setObjectName(QStringLiteral("apiStatusIcon"));
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(m_apiIcon);

    connect(m_firstRun, &FirstRunPage::signUpRequested, this, &MainWindow::signUpRequested);
    connect(m_firstRun, &FirstRunPage::logInRequested, this, &MainWindow::logInRequested);
    connect(m_firstRun, &FirstRunPage::importRequested, this, &MainWindow::importRequested);
    connect(m_firstRun, &FirstRunPage::browseRequested, this, [this] {
        m_browseWithoutAccount = true;
        QSettings().setValue(QStringLiteral("window/browseWithoutAccount"), true);
        updateFirstRun();
    });
    m_browseWithoutAccount
        = QSettings().value(QStringLiteral("window/browseWithoutAccount"), false).toBool();

    setSystemTrayAvailable(QSystemTrayIcon::isSystemTrayAvailable());
    connect(qApp, &QCoreApplication::aboutToQuit, this, &MainWindow::saveLayout);
    setApiStatus({}, false, {});
    setSignedInUser({});
    showPage(Page::List);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    const auto action = [this](const QString &text, const char *name, const char *iconName,
                            const QKeySequence &keys = {}) {
        auto *a = new QAction(icon(iconName), text, this);
        a->setObjectName(QLatin1String(name));
        if (!keys.isEmpty())
            a->setShortcut(keys);
        setShortcutTip(a, withoutMnemonic(text));
        return a;
    };
    m_newEvent = action(
        tr("&New Event…"), "newEventAction", "appointment-new", QKeySequence(QKeySequence::New));
    connect(m_newEvent, &QAction::triggered, this, &MainWindow::newEventRequested);
    m_import = action(tr("&Import Calendar…"), "importAction", "document-import",
        QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_import, &QAction::triggered, this, &MainWindow::importRequested);
    m_settings = action(
        tr("&Settings…"), "settingsAction", "configure", QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settings->setMenuRole(QAction::PreferencesRole);
    connect(m_settings, &QAction::triggered, this, &MainWindow::settingsRequested);
    m_close
        = action(tr("&Close Window"), "closeWindowAction", "", QKeySequence(QKeySequence::Close));
    connect(m_close, &QAction::triggered, this, &QWidget::close);
    m_quit
        = action(tr("&Quit"), "quitAction", "application-exit", QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, [this] {
        saveLayout();
        Q_EMIT quitRequested();
    });
    m_today = action(
        tr("Go to &Today"), "todayAction", "go-jump-today", QKeySequence(Qt::CTRL | Qt::Key_T));
    m_today->setIconText(tr("Today"));
    connect(m_today, &QAction::triggered, this, &MainWindow::todayRequested);
    m_find = action(tr("&Find Events"), "findAction", "edit-find", QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, &MainWindow::focusSearch);
    m_integrationsAction = action(tr("&Integrations"), "integrationsAction", "network-server",
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(m_integrationsAction, &QAction::triggered, this, &MainWindow::showIntegrations);
    m_docsAction
        = action(tr("API &Documentation"), "apiDocsAction", "help-about", QKeySequence(Qt::Key_F1));
    connect(m_docsAction, &QAction::triggered, this, [this] {
        if (!m_apiUrl.isEmpty())
            QDesktopServices::openUrl(QUrl(m_apiUrl + QStringLiteral("/docs")));
    });
    m_about = action(tr("&About Eventdesk"), "aboutAction", appIconName.toLatin1().constData());
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);

    // The navigation: one checkable action per page, Ctrl+1..3.
    m_navigation = new QActionGroup(this);
    const struct
    {
        QString text;
        const char *name;
        const char *icon;
    } pages[] = {{tr("&Calendar"), "calendarPageAction", "view-calendar-month"},
        {tr("&List"), "listPageAction", "view-list-details"},
        {tr("&Feeds"), "feedsPageAction", "application-rss+xml"}};
    for (int i = 0; i < 3; ++i) {
        QAction *page = action(pages[i].text, pages[i].name, pages[i].icon,
            QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        page->setCheckable(true);
        m_navigation->addAction(page);
        m_pageActions.append(page);
        connect(page, &QAction::triggered, this, [this, i] { showPage(Page(i)); });
    }

    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_newEvent);
    m_fileMenu->addAction(m_import);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_settings);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_close);
    m_fileMenu->addAction(m_quit);
    m_accountMenu = menuBar()->addMenu(tr("&Account"));
    m_accountMenu->setObjectName(QStringLiteral("accountMenu"));
    m_signedInAs = m_accountMenu->addAction(QString());
    m_signedInAs->setObjectName(QStringLiteral("signedInAsAction"));
    m_signedInAs->setEnabled(false);
    m_accountMenu->addSeparator();
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addActions(m_pageActions);
    m_goMenu = menuBar()->addMenu(tr("&Go"));
    m_goMenu->setObjectName(QStringLiteral("goMenu"));
    m_goMenu->addAction(m_today);
    m_goMenu->addAction(m_find);
    m_toolsMenu = menuBar()->addMenu(tr("&Tools"));
    m_toolsMenu->setObjectName(QStringLiteral("toolsMenu"));
    m_toolsMenu->addAction(m_integrationsAction);
    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_docsAction);
    m_helpMenu->addAction(m_about);

    // Main action first, the navigation in the middle, find last (GNOME's header bar order).
    m_toolBar = addToolBar(tr("Main Toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_newEvent);
    m_toolBar->addAction(m_today);
    m_toolBar->addSeparator();
    m_toolBar->addActions(m_pageActions);
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addAction(m_find);
    m_toolBar->addAction(m_integrationsAction);
    for (QAction *iconOnly : {m_find, m_integrationsAction}) {
        if (auto *button = m_toolBar->widgetForAction(iconOnly)) {
            static_cast<QToolButton *>(button)->setToolButtonStyle(Qt::ToolButtonIconOnly);
            button->setAccessibleName(withoutMnemonic(iconOnly->text()));
        }
    }
}

void MainWindow::setSystemTrayAvailable(bool available)
{
    m_trayAvailable = available;
    if (available && !m_tray)
        createTray();
    if (m_tray)
        m_tray->setVisible(available);
}

void MainWindow::createTray()
{
    m_tray = new QSystemTrayIcon(QIcon::fromTheme(appIconName), this);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    m_tray->setToolTip(tr("Eventdesk"));
    m_trayMenu = new QMenu(this);
    m_trayMenu->setObjectName(QStringLiteral("trayMenu"));
    QAction *showHide = m_trayMenu->addAction(QString());
    showHide->setObjectName(QStringLiteral("trayShowHideAction"));
    connect(showHide, &QAction::triggered, this, [this] {
        if (isVisible()) {
            hide();
        } else {
            showNormal();
            raise();
            activateWindow();
        }
    });
    m_trayMenu->addAction(m_newEvent);
    m_trayMenu->addSeparator();
    m_trayMenu->addAction(m_quit);
    connect(m_trayMenu, &QMenu::aboutToShow, this, [this, showHide] {
        showHide->setText(isVisible() ? tr("&Hide Eventdesk") : tr("&Show Eventdesk"));
    });
    m_tray->setContextMenu(m_trayMenu);
    connect(m_tray, &QSystemTrayIcon::activated, this,
        [showHide](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger)
                showHide->trigger();
        });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    if (!m_closeToTray || !m_trayAvailable) {
        event->accept();
        m_integrations->close();
        Q_EMIT quitRequested();
        return;
    }
    // Reminders and the API need the process: keep running in the tray, and say so once.
    event->ignore();
    hide();
    QSettings settings;
    const bool first = !settings.value(QStringLiteral("window/trayNoticeShown"), false).toBool();
    if (first) {
        settings.setValue(QStringLiteral("window/trayNoticeShown"), true);
        if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages())
            m_tray->showMessage(tr("Eventdesk is still running"),
                tr("Reminders and the local API keep working. Change this in Settings."),
                QSystemTrayIcon::Information);
    }
    Q_EMIT closedToTray(first);
}

void MainWindow::setPage(Page page, QWidget *view)
{
    const int index = int(page);
    QWidget *old = m_slots.at(index);
    m_pages->insertWidget(m_pages->indexOf(old), view);
    const bool wasCurrent = m_pages->currentWidget() == old;
    m_pages->removeWidget(old);
    old->deleteLater();
    m_slots[index] = view;
    if (wasCurrent)
        m_pages->setCurrentWidget(view);
}

QWidget *MainWindow::page(Page page) const
{
    return m_slots.at(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    const int index = int(m_slots.indexOf(m_pages->currentWidget()));
    return Page(qBound(0, index, 2));
}

void MainWindow::showPage(Page page)
{
    const int index = int(page);
    if (index < 0 || index >= m_slots.size())
        return;
    m_pages->setCurrentWidget(m_slots.at(index));
    if (index < m_pageActions.size()) {
        m_pageActions.at(index)->setChecked(true);
        // The title says what is shown; the platform appends "— Eventdesk".
        setWindowTitle(withoutMnemonic(m_pageActions.at(index)->text()));
    }
    // Today and New Event belong to the event pages.
    m_today->setEnabled(page != Page::Feeds);
}

void MainWindow::addView(QWidget *view, const QString &title)
{
    const int index = int(m_slots.size());
    m_slots.append(view);
    m_pages->addWidget(view);
    QAction *show = m_viewMenu->addAction(title, this, [this, view] {
        m_pages->setCurrentWidget(view);
        for (QAction *page : std::as_const(m_pageActions))
            page->setChecked(false);
    });
    if (index < 9)
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
}

void MainWindow::showIntegrations()
{
    m_integrations->show();
    m_integrations->raise();
    m_integrations->activateWindow();
}

void MainWindow::focusSearch()
{
    // Each page that can be searched has a line edit whose name ends in "Search".
    QWidget *current = m_central->currentWidget() == m_pages ? m_pages->currentWidget() : nullptr;
    if (!current)
        return;
    const auto edits = current->findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (edit->objectName().endsWith(QLatin1String("Search")) && edit->isVisibleTo(current)) {
            edit->setFocus(Qt::ShortcutFocusReason);
            edit->selectAll();
            return;
        }
    }
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    showPage(Page(qBound(0, settings.value(QStringLiteral("window/page"), 1).toInt(), 2)));
    const auto splitters = findChildren<QSplitter *>();
    for (QSplitter *splitter : splitters) {
        if (!splitter->objectName().isEmpty())
            splitter->restoreState(settings.value(layoutKey(splitter)).toByteArray());
    }
    const auto headers = findChildren<QHeaderView *>();
    for (QHeaderView *header : headers) {
        if (!header->objectName().isEmpty() && header->orientation() == Qt::Horizontal)
            header->restoreState(settings.value(layoutKey(header)).toByteArray());
    }
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/page"), int(currentPage()));
    const auto splitters = findChildren<QSplitter *>();
    for (QSplitter *splitter : splitters) {
        if (!splitter->objectName().isEmpty())
            settings.setValue(layoutKey(splitter), splitter->saveState());
    }
    const auto headers = findChildren<QHeaderView *>();
    for (QHeaderView *header : headers) {
        if (!header->objectName().isEmpty() && header->orientation() == Qt::Horizontal)
            settings.setValue(layoutKey(header), header->saveState());
    }
}

bool MainWindow::isFirstRunShown() const
{
    return m_central->currentWidget() == m_firstRun;
}

void MainWindow::updateFirstRun()
{
    const bool show = m_email.isEmpty() && !m_browseWithoutAccount;
    m_central->setCurrentWidget(show ? static_cast<QWidget *>(m_firstRun) : m_pages);
    m_toolBar->setEnabled(!show);
}

void MainWindow::setApiStatus(const QString &url, bool running, const QString &error)
{
    m_apiUrl = running ? url : QString();
    m_apiRunning = running;
    m_apiError = error;
    m_docsAction->setEnabled(running);
    m_integrations->setApiStatus(url, running, error);
    m_firstRun->setApiUrl(m_apiUrl);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    QIcon state = running ? QIcon::fromTheme(QStringLiteral("network-transmit-receive"))
                          : QIcon::fromTheme(QStringLiteral("network-offline"));
    if (!running && !error.isEmpty())
        state = style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this);
    m_apiIcon->setPixmap(state.pixmap(size, size));
    QString tip;
    if (running)
        tip = tr("Local API on %1. Programs on this computer can use Eventdesk; see Tools › "
                 "Integrations.")
                  .arg(url);
    else if (!error.isEmpty())
        tip = tr("Local API stopped: %1. Change the port in Settings.").arg(error);
    else
        tip = tr("Local API stopped.");
    m_apiIcon->setToolTip(tip);
    m_apiIcon->setAccessibleName(tip);
    if (m_tray)
        m_tray->setToolTip(tr("Eventdesk"));
}

void MainWindow::setSignedInUser(const QString &email)
{
    m_email = email;
    m_signedInAs->setText(email.isEmpty() ? tr("Not signed in") : tr("Signed in as %1").arg(email));
    m_newEvent->setEnabled(!email.isEmpty());
    setShortcutTip(m_newEvent,
        email.isEmpty() ? tr("Sign in to create events") : withoutMnemonic(m_newEvent->text()));
    updateFirstRun();
}

void MainWindow::showNotice(const QString &text)
{
    statusBar()->showMessage(text, 15000);
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Eventdesk"));
    box->setIconPixmap(QIcon::fromTheme(appIconName).pixmap(64, 64));
    box->setText(tr("<b>Eventdesk %1</b><p>A desktop calendar for the events you share, with a "
                    "local API for your programs.</p>")
                     .arg(QStringLiteral(EVENTDESK_VERSION)));
    box->open();
}

} // namespace Eventdesk::Gui
