// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The shell offscreen: menus with mnemonics and shortcuts, the status bar's API state and user,
// views added as tabs.
#include "changehub.h"
#include "mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>

using namespace Eventdesk;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    { // Any warning fails, except the offscreen platform's note that it cannot resize windows.
        QTest::failOnWarning(QRegularExpression(
            QStringLiteral("^(?!This plugin does not support propagateSizeHints).*")));
    }

    void menusHaveMnemonicsAndShortcuts()
    {
        Core::ChangeHub hub;
        Gui::MainWindow window(hub);
        QStringList titles;
        const auto actions = window.menuBar()->actions();
        for (QAction *action : actions)
            titles.append(action->text());
        QCOMPARE(titles,
            QStringList({QStringLiteral("&File"), QStringLiteral("&Account"),
                QStringLiteral("&View"), QStringLiteral("&Help")}));
        auto *settings = window.findChild<QAction *>(QStringLiteral("settingsAction"));
        QVERIFY(settings);
        QCOMPARE(settings->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("quitAction"))->shortcut(),
            QKeySequence(Qt::CTRL | Qt::Key_Q));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("apiDocsAction"))->shortcut(),
            QKeySequence(Qt::Key_F1));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("aboutAction")));
        QVERIFY(window.accountMenu());
        QCOMPARE(window.accountMenu()->title(), QStringLiteral("&Account"));
    }

    void settingsActionAsksForTheDialog()
    {
        Core::ChangeHub hub;
        Gui::MainWindow window(hub);
        QSignalSpy requested(&window, &Gui::MainWindow::settingsRequested);
        window.findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
        QCOMPARE(requested.count(), 1);
    }

    void statusBarShowsTheApiState()
    {
        Core::ChangeHub hub;
        Gui::MainWindow window(hub);
        window.show();
        auto *api = window.findChild<QLabel *>(QStringLiteral("apiStatusLabel"));
        auto *docs = window.findChild<QAction *>(QStringLiteral("apiDocsAction"));
        QVERIFY(api);
        QCOMPARE(api->text(), QStringLiteral("API: stopped"));
        QVERIFY(!docs->isEnabled());

        window.setApiStatus(QStringLiteral("http://127.0.0.1:8085"), true, {});
        QCOMPARE(api->text(), QStringLiteral("API: http://127.0.0.1:8085 (running)"));
        QVERIFY(api->isVisible());
        QVERIFY(docs->isEnabled());

        window.setApiStatus({}, false, QStringLiteral("port 8085 is already in use"));
        QCOMPARE(api->text(), QStringLiteral("API: not running: port 8085 is already in use"));
        QVERIFY(!docs->isEnabled());
    }

    void statusBarShowsTheUser()
    {
        Core::ChangeHub hub;
        Gui::MainWindow window(hub);
        auto *user = window.findChild<QLabel *>(QStringLiteral("userLabel"));
        QCOMPARE(user->text(), QStringLiteral("Not signed in"));
        window.setSignedInUser(QStringLiteral("ana@example.org"));
        QCOMPARE(user->text(), QStringLiteral("Signed in as ana@example.org"));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("welcomeLabel"))
                    ->text()
                    .contains(QStringLiteral("signed in as ana@example.org")));
        window.setSignedInUser({});
        QCOMPARE(user->text(), QStringLiteral("Not signed in"));
    }

    void viewsBecomeTabsWithMenuEntries()
    {
        Core::ChangeHub hub;
        Gui::MainWindow window(hub);
        auto *pages = window.findChild<QStackedWidget *>();
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("views"));
        QVERIFY(pages->currentWidget() != tabs); // the welcome page until a view exists
        auto *events = new QLabel(QStringLiteral("events"));
        auto *feeds = new QLabel(QStringLiteral("feeds"));
        window.addView(events, QStringLiteral("Events"));
        window.addView(feeds, QStringLiteral("Feeds"));
        QCOMPARE(pages->currentWidget(), tabs);
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->tabText(1), QStringLiteral("Feeds"));
        const auto viewActions = window.viewMenu()->actions();
        QCOMPARE(viewActions.size(), 2);
        QCOMPARE(viewActions.at(1)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));
        viewActions.at(1)->trigger();
        QCOMPARE(tabs->currentWidget(), feeds);
        viewActions.at(0)->trigger();
        QCOMPARE(tabs->currentWidget(), events);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
