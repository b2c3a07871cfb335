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
    setCentralWidget(m_views);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    m_accountMenu = menuBar()->addMenu(tr("&Account"));
    m_accountMenu->setObjectName(QStringLiteral("accountMenu"));
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *docs = helpMenu->addAction(tr("API &documentation"), this, [this] {
        if (!m_apiUrl.isEmpty())
            QDesktopServices::openUrl(QUrl(m_apiUrl + QStringLiteral("/docs")));
    });
    docs->setObjectName(QStringLiteral("apiDocsAction"));
    helpMenu->addAction(tr("&About Eventdesk"), this, &MainWindow::showAbout);

    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_apiLabel = new QLabel(this);
    m_apiLabel->setObjectName(QStringLiteral("apiStatusLabel"));
    m_apiLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_userLabel, 1);
    statusBar()->addPermanentWidget(m_apiLabel);
    setApiStatus({}, false, {});
    setSignedInUser({});
}

void MainWindow::addView(QWidget *view, const QString &title)
{
    const int index = m_views->addTab(view, title);
    QAction *show
        = m_viewMenu->addAction(title, this, [this, index] { m_views->setCurrentIndex(index); });
    if (index < 9)
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
}

void MainWindow::setApiStatus(const QString &url, bool running, const QString &error)
{
    m_apiUrl = running ? url : QString();
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
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Eventdesk"),
        tr("<b>Eventdesk %1</b><p>A desktop events manager with a local HTTP "
           "API.</p>")
            .arg(QStringLiteral(EVENTDESK_VERSION)));
}

} // namespace Eventdesk::Gui
