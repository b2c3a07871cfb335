// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "changehub.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QUrl>

namespace Eventdesk::Gui {

MainWindow::MainWindow(Core::ChangeHub &changes, QWidget *parent)
    : QMainWindow(parent)
    , m_changes(changes)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Eventdesk"));
    resize(1100, 700);

    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("views"));
    m_views->setDocumentMode(true);
    // Until an area adds a view, a short welcome keeps the window from looking broken.
    auto *welcome = new QLabel(this);
    m_welcome = welcome;
    welcome->setObjectName(QStringLiteral("welcomeLabel"));
    welcome->setAlignment(Qt::AlignCenter);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(welcome);
    m_pages->addWidget(m_views);
    setCentralWidget(m_pages);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    QAction *settings
        = fileMenu->addAction(tr("&Settings..."), this, &MainWindow::settingsRequested);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    m_accountMenu = menuBar()->addMenu(tr("&Account"));
    m_accountMenu->setObjectName(QStringLiteral("accountMenu"));
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_docsAction = helpMenu->addAction(tr("API &documentation"), this, [this] {
        if (!m_apiUrl.isEmpty())
            QDesktopServices::openUrl(QUrl(m_apiUrl + QStringLiteral("/docs")));
    });
    m_docsAction->setObjectName(QStringLiteral("apiDocsAction"));
    m_docsAction->setShortcut(QKeySequence(Qt::Key_F1));
    QAction *about = helpMenu->addAction(tr("&About Eventdesk"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);

    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_userLabel->setContentsMargins(8, 0, 8, 0);
    m_apiLabel = new QLabel(this);
    m_apiLabel->setObjectName(QStringLiteral("apiStatusLabel"));
    m_apiLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_apiLabel);
    setApiStatus({}, false, {});
    setSignedInUser({});
}

void MainWindow::addView(QWidget *view, const QString &title)
{
    const int index = m_views->addTab(view, title);
    m_pages->setCurrentWidget(m_views);
    QAction *show
        = m_viewMenu->addAction(title, this, [this, index] { m_views->setCurrentIndex(index); });
    if (index < 9)
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
}

void MainWindow::setApiStatus(const QString &url, bool running, const QString &error)
{
    m_apiUrl = running ? url : QString();
    m_docsAction->setEnabled(running);
    if (running)
        m_apiLabel->setText(tr("API: %1 (running)").arg(url));
    else if (!error.isEmpty())
        m_apiLabel->setText(tr("API: not running: %1").arg(error));
    else
        m_apiLabel->setText(tr("API: stopped"));
    m_apiLabel->setToolTip(m_apiLabel->text());
}

void MainWindow::setSignedInUser(const QString &email)
{
    m_userLabel->setText(email.isEmpty() ? tr("Not signed in") : tr("Signed in as %1").arg(email));
    m_welcome->setText(email.isEmpty()
            ? tr("<h2>Welcome to Eventdesk</h2>"
                 "<p>Sign up or log in from the <b>Account</b> menu.</p>")
            : tr("<h2>Welcome to Eventdesk</h2><p>You are signed in as %1.</p>")
                  .arg(email.toHtmlEscaped()));
}

void MainWindow::showNotice(const QString &text)
{
    statusBar()->showMessage(text, 15000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Eventdesk"),
        tr("<b>Eventdesk %1</b><p>A desktop events manager with a local HTTP "
           "API.</p>")
            .arg(QStringLiteral(EVENTDESK_VERSION)));
}

} // namespace Eventdesk::Gui
