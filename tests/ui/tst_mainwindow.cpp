// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The shell offscreen: menus with mnemonics and shortcuts (named in tooltips), the API state in
// the Integrations window, the signed-in user, the navigation's slots.
#include "changehub.h"
#include "integrationswindow.h"
#include "mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
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

    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("EventdeskTest"));
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
            QStringList(
                {QStringLiteral("&File"), QStringLiteral("&Account"), QStringLiteral("&View"),
                    QStringLiteral("&Go"), QStringLiteral("&Tools"), QStringLiteral("&Help")}));
        const QList<std::pair<const char *, QKeySequence>> keys
            = {{"settingsAction", QKeySequence(Qt::CTRL | Qt::Key_Comma)},
                {"quitAction", QKeySequence(Qt::CTRL | Qt::Key_Q)},
                {"closeWindowAction", QKeySequence(QKeySequence::Close)},
                {"newEventAction", QKeySequence(QKeySequence::New)},
                {"importAction", QKeySequence(Qt::CTRL | Qt::Key_I)},
                {"todayAction", QKeySequence(Qt::CTRL | Qt::Key_T)},
                {"findAction", QKeySequence(QKeySequence::Find)},
                {"calendarPageAction", QKeySequence(Qt::CTRL | Qt::Key_1)},
                {"listPageAction", QKeySequence(Qt::CTRL | Qt::Key_2)},
                {"feedsPageAction", QKeySequence(Qt::CTRL | Qt::Key_3)},
                {"apiDocsAction", QKeySequence(Qt::Key_F1)}};
        for (const auto &[name, sequence] : keys) {
            auto *action = window.findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action, name);
            QCOMPARE(action->shortcut(), sequence);
            // Tooltips name the keys: "Go to Today (Ctrl+T)".
            QVERIFY2(action->toolTip().contains(sequence.toString(QKeySequence::NativeText)),
                qPrintable(action->toolTip()));
        }
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("todayAction"))->toolTip(),
            QStringLiteral("Go to Today (Ctrl+T)"));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("aboutAction")));
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

    void apiStateReachesIntegrations()
    {
        Core::ChangeHub hub;
        Gui::MainWindow window(hub);
        auto *docs = window.findChild<QAction *>(QStringLiteral("apiDocsAction"));
        QVERIFY(!docs->isEnabled());
        window.setApiStatus(QStringLiteral("http://127.0.0.1:8085"), true, {});
        QVERIFY(docs->isEnabled());
        QCOMPARE(window.integrations()
                     ->findChild<QLabel *>(QStringLiteral("integrationsApiAddress"))
                     ->text(),
            QStringLiteral("http://127.0.0.1:8085"));
        window.setApiStatus({}, false, QStringLiteral("port 8085 is already in use"));
        QVERIFY(!docs->isEnabled());
        QCOMPARE(window.integrations()
                     ->findChild<QLabel *>(QStringLiteral("integrationsApiState"))
                     ->text(),
            QStringLiteral("Stopped: port 8085 is already in use"));
    }

    void signedInUserIsInTheAccountMenu()
    {
        Core::ChangeHub hub;
        Gui::MainWindow window(hub);
        auto *who = window.findChild<QAction *>(QStringLiteral("signedInAsAction"));
        QCOMPARE(who->text(), QStringLiteral("Not signed in"));
        window.setSignedInUser(QStringLiteral("ana@example.org"));
        QCOMPARE(who->text(), QStringLiteral("Signed in as ana@example.org"));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("newEventAction"))->isEnabled());
    }

    void pagesFillTheNavigationSlots()
    {
        Core::ChangeHub hub;
        Gui::MainWindow window(hub);
        window.setSignedInUser(QStringLiteral("ana@example.org"));
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        auto *calendar = new QLabel(QStringLiteral("calendar"));
        auto *list = new QLabel(QStringLiteral("list"));
        window.setPage(Gui::MainWindow::Page::Calendar, calendar);
        window.setPage(Gui::MainWindow::Page::List, list);
        QCOMPARE(pages->count(), 3);
        QCOMPARE(window.currentPage(), Gui::MainWindow::Page::List); // the default
        QCOMPARE(pages->currentWidget(), list);
        const auto viewActions = window.viewMenu()->actions();
        QCOMPARE(viewActions.size(), 3);
        viewActions.at(0)->trigger();
        QCOMPARE(pages->currentWidget(), calendar);
        QCOMPARE(window.windowTitle(), QStringLiteral("Calendar"));
        // Today belongs to the event pages, not to Feeds.
        viewActions.at(2)->trigger();
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("todayAction"))->isEnabled());
        // An extra view goes after the navigation.
        auto *extra = new QLabel(QStringLiteral("extra"));
        window.addView(extra, QStringLiteral("Extra"));
        window.viewMenu()->actions().last()->trigger();
        QCOMPARE(pages->currentWidget(), extra);
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
