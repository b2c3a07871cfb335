// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The whole window as the application builds it (a real database in a temporary folder), in
// English, Spanish and German: no mnemonic clash in any window or dialog, nothing clipped
// (labels, buttons, placeholders, column headers; run again at 2x by ctest), a minimum width
// of at most 800 px, the navigation and its shortcuts, Tab leaving tables, the first-run page,
// the remembered layout and closing into the tray.
#include "accountcontroller.h"
#include "calendarview.h"
#include "composition.h"
#include "eventdialog.h"
#include "eventsview.h"
#include "feedsview.h"
#include "firstrunpage.h"
#include "importdialog.h"
#include "integrationswindow.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "session.h"
#include "settingsdialog.h"
#include "signupdialog.h"
#include "usersdialog.h"

#include "webhookdialog.h"
#include "windowfactory.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QThreadPool>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

#include "fakeauthservice.h"

using namespace Eventdesk;

namespace {

// The letter after a single '&', lower-cased; none for "&&" or no '&'.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Every mnemonic a user can reach in `window` as it is shown now: buttons, check boxes, labels
// with buddies, group boxes, tabs of visible tab bars, and the menu bar's menus.
QStringList mnemonicClashes(QWidget *window)
{
    QMap<QChar, QStringList> owners;
    const auto add = [&owners](const QString &text) {
        const QChar letter = mnemonic(text);
        if (!letter.isNull())
            owners[letter].append(text);
    };
    const auto visible = [window](QWidget *w) { return w->isVisibleTo(window); };
    const auto buttons = window->findChildren<QAbstractButton *>();
    for (QAbstractButton *b : buttons) {
        if (visible(b) && b->window() == window)
            add(b->text());
    }
    const auto labels = window->findChildren<QLabel *>();
    for (QLabel *l : labels) {
        if (visible(l) && l->buddy() && l->window() == window)
            add(l->text());
    }
    const auto groups = window->findChildren<QGroupBox *>();
    for (QGroupBox *g : groups) {
        if (visible(g) && g->window() == window)
            add(g->title());
    }
    const auto tabBars = window->findChildren<QTabBar *>();
    for (QTabBar *bar : tabBars) {
        if (!visible(bar) || bar->window() != window)
            continue;
        for (int i = 0; i < bar->count(); ++i)
            add(bar->tabText(i));
    }
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        const auto menus = main->menuBar()->actions();
        for (QAction *menu : menus)
            add(menu->text());
    }
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            clashes.append(QStringLiteral("Alt+%1: %2").arg(it.key(), it.value().join(u'|')));
    }
    return clashes;
}

// Text that does not fit: single-line labels and buttons narrower than their text, wrapped
// labels shorter than their text needs, line edits narrower than their placeholder, column
// headers narrower than their title.
QStringList clipped(QWidget *window)
{
    QStringList found;
    const auto name = [](QWidget *w) {
        return QStringLiteral("%1 (%2)").arg(
            w->objectName(), QLatin1String(w->metaObject()->className()));
    };
    const auto visible = [window](QWidget *w) { return w->isVisibleTo(window); };
    const auto labels = window->findChildren<QLabel *>();
    for (QLabel *l : labels) {
        if (!visible(l) || l->text().isEmpty() || !l->pixmap().isNull())
            continue;
        if (l->wordWrap()) {
            if (l->height() + 1 < l->heightForWidth(l->width()))
                found.append(QStringLiteral("%1 “%2”: %3 px high, needs %4")
                                 .arg(name(l), l->text())
                                 .arg(l->height())
                                 .arg(l->heightForWidth(l->width())));
        } else if (l->width() + 1 < l->minimumSizeHint().width()) {
            found.append(QStringLiteral("%1 “%2”: %3 px wide, needs %4")
                             .arg(name(l), l->text())
                             .arg(l->width())
                             .arg(l->minimumSizeHint().width()));
        }
    }
    const auto buttons = window->findChildren<QAbstractButton *>();
    for (QAbstractButton *b : buttons) {
        if (!visible(b) || b->text().isEmpty() || qobject_cast<QToolButton *>(b))
            continue;
        if (b->width() + 1 < b->minimumSizeHint().width())
            found.append(QStringLiteral("%1 “%2”: %3 px wide, needs %4")
                             .arg(name(b), b->text())
                             .arg(b->width())
                             .arg(b->minimumSizeHint().width()));
    }
    const auto edits = window->findChildren<QLineEdit *>();
    for (QLineEdit *e : edits) {
        if (!visible(e) || e->placeholderText().isEmpty() || !e->text().isEmpty())
            continue;
        const int needs = e->fontMetrics().horizontalAdvance(e->placeholderText())
            + e->fontMetrics().averageCharWidth() * 2;
        if (e->width() < needs)
            found.append(QStringLiteral("%1 placeholder “%2”: %3 px wide, needs %4")
                             .arg(name(e), e->placeholderText())
                             .arg(e->width())
                             .arg(needs));
    }
    const auto headers = window->findChildren<QHeaderView *>();
    for (QHeaderView *h : headers) {
        if (!visible(h) || h->orientation() != Qt::Horizontal || !h->model())
            continue;
        for (int i = 0; i < h->count(); ++i) {
            if (h->isSectionHidden(i) || (h->stretchLastSection() && i == h->count() - 1))
                continue;
            const QString title = h->model()->headerData(i, Qt::Horizontal).toString();
            const int needs = h->fontMetrics().horizontalAdvance(title);
            if (h->sectionSize(i) < needs)
                found.append(QStringLiteral("%1 column “%2”: %3 px wide, needs %4")
                                 .arg(name(h), title)
                                 .arg(h->sectionSize(i))
                                 .arg(needs));
        }
    }
    return found;
}

// Interactive widgets a screen reader would announce without a name: no accessible name of
// their own, no text (buttons), no label pointing at them (QLabel::setBuddy, a form row's
// label). Read through QAccessible, as assistive technology reads them.
QStringList unnamedControls(QWidget *window)
{
    QStringList found;
    const auto widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(window) || w->window() != window)
            continue;
        const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
            || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
            || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QTextEdit *>(w)
            || qobject_cast<QPlainTextEdit *>(w)
            || (qobject_cast<QAbstractSlider *>(w) && !qobject_cast<QScrollBar *>(w));
        if (!interactive || qobject_cast<QHeaderView *>(w))
            continue;
        // Parts of a composite control (a spin box's or combo box's editor, a tab bar's
        // scroll arrows, a calendar popup's grid, a table's corner button) are named through
        // their owner.
        QWidget *owner = w->parentWidget();
        bool part = false;
        for (; owner && owner != window; owner = owner->parentWidget())
            part = part || qobject_cast<QAbstractSpinBox *>(owner)
                || qobject_cast<QComboBox *>(owner) || qobject_cast<QTabBar *>(owner)
                || qobject_cast<QCalendarWidget *>(owner)
                || qobject_cast<QAbstractItemView *>(owner); // a table's corner button
        if (part)
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            found.append(QStringLiteral("%1 (%2)").arg(
                w->objectName(), QLatin1String(w->metaObject()->className())));
    }
    return found;
}
} // namespace

class TestWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("EventdeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_window"));
    }

    void init()
    {
        QSettings().clear();
        m_data = std::make_unique<QTemporaryDir>();
        QVERIFY(m_data->isValid());
        App::Options options;
        options.dataDir = m_data->path();
        options.port = 0;
        m_composition = std::make_unique<App::Composition>(options);
        auto opened = m_composition->open();
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    }

    void cleanup()
    {
        m_window.reset();
        m_composition.reset();
        m_data.reset();
        if (m_translator) {
            QCoreApplication::removeTranslator(m_translator.get());
            m_translator.reset();
        }
    }

    void languages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("es") << QStringLiteral("es");
        QTest::newRow("de") << QStringLiteral("de");
    }

    // Every page of the main window, the Integrations window's tabs and every dialog: no
    // mnemonic clash, nothing clipped, and the main window fits in 800 px.
    void everyWindowInEveryLanguage_data() { languages_data(); }
    void everyWindowInEveryLanguage()
    {
        QFETCH(QString, language);
        install(language);
        createWindow();
        Gui::MainWindow *window = m_window.get();
        // Past the first-run page: the navigation's pages.
        window->findChild<QAbstractButton *>(QStringLiteral("firstRunBrowse"))->click();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QStringList problems;

        QStringList widths {QStringLiteral("window %1").arg(window->minimumSizeHint().width())};
        for (const auto page : {Gui::MainWindow::Page::Calendar, Gui::MainWindow::Page::List,
                 Gui::MainWindow::Page::Feeds}) {
            QWidget *view = window->page(page);
            widths.append(QStringLiteral("%1 %2")
                              .arg(view->objectName())
                              .arg(view->minimumSizeHint().width()));
            const auto parts = view->findChildren<QWidget *>();
            for (QWidget *part : parts) {
                if (part->isVisibleTo(view) && part->minimumSizeHint().width() > 100)
                    widths.append(
                        QStringLiteral("  %1 %2 %3")
                            .arg(part->objectName(), QLatin1String(part->metaObject()->className()),
                                QString::number(part->minimumSizeHint().width())));
            }
        }
        QVERIFY2(window->minimumSizeHint().width() <= 800, qPrintable(widths.join(u'\n')));
        for (const auto page : {Gui::MainWindow::Page::Calendar, Gui::MainWindow::Page::List,
                 Gui::MainWindow::Page::Feeds}) {
            window->showPage(page);
            // At the smallest size too: the layout, not luck, keeps the text whole.
            for (const QSize size : {QSize(1100, 700), window->minimumSizeHint()}) {
                window->resize(size);
                QTest::qWait(0);
                QCoreApplication::processEvents();
                for (const QString &clash : mnemonicClashes(window))
                    problems.append(
                        QStringLiteral("main window page %1: %2").arg(int(page)).arg(clash));
                for (const QString &cut : clipped(window))
                    problems.append(QStringLiteral("main window page %1 at %2x%3: %4")
                                        .arg(int(page))
                                        .arg(size.width())
                                        .arg(size.height())
                                        .arg(cut));
            }
        }
        // The first-run page.
        QSettings().remove(QStringLiteral("window/browseWithoutAccount"));
        Gui::MainWindow fresh(m_composition->changes());
        fresh.show();
        QVERIFY(fresh.isFirstRunShown());
        problems += mnemonicClashes(&fresh);
        problems += clipped(&fresh);

        Gui::IntegrationsWindow *integrations = window->integrations();
        integrations->show();
        QVERIFY(QTest::qWaitForWindowExposed(integrations));
        for (int tab = 0; tab < integrations->tabs()->count(); ++tab) {
            integrations->tabs()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            const auto inner = integrations->tabs()->widget(tab)->findChildren<QTabWidget *>();
            for (int sub = 0; sub < qMax(1, inner.isEmpty() ? 1 : int(inner.first()->count()));
                 ++sub) {
                if (!inner.isEmpty())
                    inner.first()->setCurrentIndex(sub);
                QCoreApplication::processEvents();
                for (const QString &clash : mnemonicClashes(integrations))
                    problems.append(QStringLiteral("Integrations %1/%2: %3")
                                        .arg(integrations->tabs()->tabText(tab))
                                        .arg(sub)
                                        .arg(clash));
                for (const QString &cut : clipped(integrations))
                    problems.append(QStringLiteral("Integrations %1/%2: %3")
                                        .arg(integrations->tabs()->tabText(tab))
                                        .arg(sub)
                                        .arg(cut));
            }
        }

        // Dialogs.
        QSettings settings(
            m_settingsDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        QList<QDialog *> dialogs;
        dialogs.append(new Gui::SettingsDialog(settings, window));
        dialogs.append(new Gui::FeedDialog(Core::Feed {}, window));
        dialogs.append(new Gui::ImportDialog(m_composition->feeds(), window));
        Testing::FakeAuthService auth;
        QThreadPool pool;
        dialogs.append(new Gui::SignupDialog(auth, pool, window));
        dialogs.append(new Gui::LoginDialog(auth, pool, window));
        dialogs.append(new Gui::WebhookDialog(window));
        for (QDialog *dialog : std::as_const(dialogs)) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            for (const QString &clash : mnemonicClashes(dialog))
                problems.append(QStringLiteral("%1: %2").arg(
                    QLatin1String(dialog->metaObject()->className()), clash));
            for (const QString &cut : clipped(dialog))
                problems.append(QStringLiteral("%1: %2").arg(
                    QLatin1String(dialog->metaObject()->className()), cut));
            delete dialog;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Two inline errors under the sign-up fields at once, in German: both readable.
    void inlineErrorsFit_data() { languages_data(); }
    void inlineErrorsFit()
    {
        QFETCH(QString, language);
        install(language);
        Testing::FakeAuthService auth;
        QThreadPool pool;
        Gui::SignupDialog signup(auth, pool);
        signup.show();
        QVERIFY(QTest::qWaitForWindowExposed(&signup));
        signup.findChild<QLineEdit *>(QStringLiteral("emailEdit"))
            ->setText(QStringLiteral("not an address"));
        signup.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
            ->setText(QStringLiteral("12345678"));
        const auto buttons = signup.findChildren<QAbstractButton *>();
        for (QAbstractButton *b : buttons) {
            if (b->objectName() == QLatin1String("submitButton"))
                b->click();
        }
        QCoreApplication::processEvents();
        QTRY_VERIFY(!signup.findChild<QLabel *>(QStringLiteral("passwordError"))->text().isEmpty());
        const QStringList cut = clipped(&signup);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));

        QSettings settings(
            m_settingsDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        Gui::SettingsDialog dialog(settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.findChild<QLineEdit *>(QStringLiteral("bindEdit"))
            ->setText(QStringLiteral("0.0.0.0"));
        QCoreApplication::processEvents();
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("bindWarning"))->isVisible());
        const QStringList cutSettings = clipped(&dialog);
        QVERIFY2(cutSettings.isEmpty(), qPrintable(cutSettings.join(u'\n')));
    }

    // Every control in every window and dialog has a name for screen readers (UX §17):
    // its own accessible name, its text, or a label that names it.
    void everyControlIsNamed()
    {
        install(QStringLiteral("en"));
        createWindow();
        Gui::MainWindow *window = m_window.get();
        window->findChild<QAbstractButton *>(QStringLiteral("firstRunBrowse"))->click();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QStringList problems;
        for (const auto page : {Gui::MainWindow::Page::Calendar, Gui::MainWindow::Page::List,
                 Gui::MainWindow::Page::Feeds}) {
            window->showPage(page);
            QCoreApplication::processEvents();
            for (const QString &unnamed : unnamedControls(window))
                problems.append(
                    QStringLiteral("main window page %1: %2").arg(int(page)).arg(unnamed));
        }
        // The calendar's other views.
        auto *calendar = window->page(Gui::MainWindow::Page::Calendar);
        window->showPage(Gui::MainWindow::Page::Calendar);
        const auto modes = calendar->findChildren<QAction *>();
        for (QAction *mode : modes) {
            if (!mode->objectName().endsWith(QLatin1String("ModeAction")))
                continue;
            mode->trigger();
            QCoreApplication::processEvents();
            for (const QString &unnamed : unnamedControls(window))
                problems.append(QStringLiteral("calendar %1: %2").arg(mode->objectName(), unnamed));
        }
        QSettings().remove(QStringLiteral("window/browseWithoutAccount"));
        Gui::MainWindow fresh(m_composition->changes());
        fresh.show();
        for (const QString &unnamed : unnamedControls(&fresh))
            problems.append(QStringLiteral("first-run page: %1").arg(unnamed));

        Gui::IntegrationsWindow *integrations = window->integrations();
        integrations->show();
        QVERIFY(QTest::qWaitForWindowExposed(integrations));
        for (int tab = 0; tab < integrations->tabs()->count(); ++tab) {
            integrations->tabs()->setCurrentIndex(tab);
            const auto inner = integrations->tabs()->widget(tab)->findChildren<QTabWidget *>();
            for (int sub = 0; sub < (inner.isEmpty() ? 1 : int(inner.first()->count())); ++sub) {
                if (!inner.isEmpty())
                    inner.first()->setCurrentIndex(sub);
                QCoreApplication::processEvents();
                for (const QString &unnamed : unnamedControls(integrations))
                    problems.append(QStringLiteral("Integrations %1/%2: %3")
                                        .arg(integrations->tabs()->tabText(tab))
                                        .arg(sub)
                                        .arg(unnamed));
            }
        }

        QSettings settings(
            m_settingsDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        Testing::FakeAuthService auth;
        QThreadPool pool;
        Gui::Session session;
        QList<QDialog *> dialogs {new Gui::SettingsDialog(settings, window),
            new Gui::FeedDialog(Core::Feed {}, window),
            new Gui::ImportDialog(m_composition->feeds(), window),
            new Gui::SignupDialog(auth, pool, window), new Gui::LoginDialog(auth, pool, window),
            new Gui::EventDialog(
                Core::EventDraft {},
                [](const Core::EventDraft &) -> Core::Result<Core::Event> {
                    return Core::Event {};
                },
                window),
            new Gui::UsersDialog(m_composition->auth(), session, window)};
        for (QDialog *dialog : std::as_const(dialogs)) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            for (const QString &unnamed : unnamedControls(dialog))
                problems.append(QStringLiteral("%1: %2").arg(
                    QLatin1String(dialog->metaObject()->className()), unnamed));
            delete dialog;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // One Today control in the window (the toolbar's; the calendar page has none of its own),
    // and Ctrl+T reaches the calendar through it.
    void oneTodayControl()
    {
        createWindow();
        Gui::MainWindow *window = m_window.get();
        window->findChild<QAbstractButton *>(QStringLiteral("firstRunBrowse"))->click();
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window));
        window->showPage(Gui::MainWindow::Page::Calendar);
        QStringList todays;
        const auto buttons = window->findChildren<QAbstractButton *>();
        for (QAbstractButton *b : buttons) {
            if (b->isVisibleTo(window)
                && QString(b->text()).remove(u'&').contains(QLatin1String("Today")))
                todays.append(b->objectName() + u' ' + b->text());
        }
        QCOMPARE(todays.size(), 1);
        auto *toolBar = window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        auto *today = window->findChild<QAction *>(QStringLiteral("todayAction"));
        QVERIFY(toolBar->actions().contains(today));
        auto *calendar
            = qobject_cast<Gui::CalendarView *>(window->page(Gui::MainWindow::Page::Calendar));
        QVERIFY(calendar);
        calendar->setDate(QDate::currentDate().addMonths(5));
        QTest::keyClick(window, Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(calendar->date(), QDate::currentDate());
    }

    void navigationAndShortcuts()
    {
        createWindow();
        Gui::MainWindow *window = m_window.get();
        window->findChild<QAbstractButton *>(QStringLiteral("firstRunBrowse"))->click();
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window));
        // Main navigation: Calendar, List, Feeds; the integrations are not in it.
        QStringList pages;
        const auto actions = window->viewMenu()->actions();
        for (QAction *a : actions)
            pages.append(a->text());
        QCOMPARE(pages,
            QStringList(
                {QStringLiteral("&Calendar"), QStringLiteral("&List"), QStringLiteral("&Feeds")}));
        QVERIFY(!window->findChild<QWidget *>(QStringLiteral("activityView"))->isVisibleTo(window));
        QCOMPARE(
            window->page(Gui::MainWindow::Page::List)->objectName(), QStringLiteral("eventsView"));
        QCOMPARE(
            window->page(Gui::MainWindow::Page::Feeds)->objectName(), QStringLiteral("feedsView"));

        QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window->currentPage(), Gui::MainWindow::Page::Feeds);
        QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window->currentPage(), Gui::MainWindow::Page::Calendar);
        QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window->currentPage(), Gui::MainWindow::Page::List);

        // Ctrl+F puts the cursor in the search field.
        QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("eventSearch"));
        // Ctrl+N asks for a new event; disabled while signed out, and its tooltip says why.
        auto *newEvent = window->findChild<QAction *>(QStringLiteral("newEventAction"));
        QCOMPARE(newEvent->shortcut(), QKeySequence(QKeySequence::New));
        QVERIFY(!newEvent->isEnabled());
        QVERIFY(newEvent->toolTip().contains(QStringLiteral("Sign in")));
        QSignalSpy today(window, &Gui::MainWindow::todayRequested);
        QTest::keyClick(window, Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(today.count(), 1);
        auto *integrations = window->findChild<QAction *>(QStringLiteral("integrationsAction"));
        QCOMPARE(integrations->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
        integrations->trigger();
        QVERIFY(window->integrations()->isVisible());
        QVERIFY(window->integrations()->findChild<QWidget *>(QStringLiteral("activityView")));
        QVERIFY(window->integrations()->findChild<QWidget *>(QStringLiteral("eventTypesEditor")));
        // The toolbar holds the main actions with icons (the bundled theme at least).
        auto *toolBar = window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(toolBar->actions().contains(newEvent));
        QVERIFY(!newEvent->icon().isNull());
        QVERIFY(!window->windowIcon().isNull());
    }

    void tabLeavesTheTable()
    {
        createWindow();
        Gui::MainWindow *window = m_window.get();
        window->findChild<QAbstractButton *>(QStringLiteral("firstRunBrowse"))->click();
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window));
        for (const char *name : {"eventTable", "feedsTable"}) {
            auto *table = window->findChild<QTableView *>(QLatin1String(name));
            QVERIFY(table);
            window->showPage(QLatin1String(name) == QLatin1String("eventTable")
                    ? Gui::MainWindow::Page::List
                    : Gui::MainWindow::Page::Feeds);
            table->setFocus();
            QTRY_VERIFY(table->hasFocus());
            QTest::keyClick(table, Qt::Key_Tab);
            QVERIFY2(!table->hasFocus(), name);
        }
    }

    void firstRunPage()
    {
        // The shell alone: the factory would connect Create Account to the real (modal) dialog.
        m_window = std::make_unique<Gui::MainWindow>(m_composition->changes());
        Gui::MainWindow *window = m_window.get();
        window->show();
        QVERIFY(window->isFirstRunShown());
        auto *page = window->findChild<Gui::FirstRunPage *>();
        QVERIFY(page->isVisible());
        QSignalSpy signUp(window, &Gui::MainWindow::signUpRequested);
        QSignalSpy import(window, &Gui::MainWindow::importRequested);
        window->findChild<QAbstractButton *>(QStringLiteral("firstRunSignUp"))->click();
        window->findChild<QAbstractButton *>(QStringLiteral("firstRunImport"))->click();
        QCOMPARE(signUp.count(), 1);
        QCOMPARE(import.count(), 1);
        // One line on the local API, with a link to its documentation.
        window->setApiStatus(QStringLiteral("http://127.0.0.1:8085"), true, {});
        QVERIFY(window->findChild<QLabel *>(QStringLiteral("firstRunApi"))
                    ->text()
                    .contains(QStringLiteral("http://127.0.0.1:8085/docs")));
        // Signed in, the calendar shows.
        window->setSignedInUser(QStringLiteral("ana@example.org"));
        QVERIFY(!window->isFirstRunShown());
        window->setSignedInUser({});
        QVERIFY(window->isFirstRunShown());
        window->findChild<QAbstractButton *>(QStringLiteral("firstRunBrowse"))->click();
        QVERIFY(!window->isFirstRunShown());
        // And it is remembered.
        Gui::MainWindow again(m_composition->changes());
        QVERIFY(!again.isFirstRunShown());
    }

    void layoutIsRemembered()
    {
        createWindow();
        m_window->findChild<QAbstractButton *>(QStringLiteral("firstRunBrowse"))->click();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("eventsSplitter"));
        QVERIFY(splitter);
        splitter->setSizes({300, 500});
        QCoreApplication::processEvents();
        const QList<int> sizes = splitter->sizes();
        m_window->showPage(Gui::MainWindow::Page::Feeds);
        auto *header = m_window->findChild<QHeaderView *>(QStringLiteral("eventTableHeader"));
        header->resizeSection(1, 211);
        m_window->saveLayout();
        m_window.reset();

        createWindow();
        QCOMPARE(m_window->currentPage(), Gui::MainWindow::Page::Feeds);
        m_window->findChild<QAbstractButton *>(QStringLiteral("firstRunBrowse"))->click();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->showPage(Gui::MainWindow::Page::List);
        auto *restored = m_window->findChild<QSplitter *>(QStringLiteral("eventsSplitter"));
        QTRY_VERIFY2(restored->sizes() == sizes,
            qPrintable(QStringLiteral("%1 %2 vs %3 %4, window %5")
                           .arg(restored->sizes().value(0))
                           .arg(restored->sizes().value(1))
                           .arg(sizes.value(0))
                           .arg(sizes.value(1))
                           .arg(m_window->width())));
        QCOMPARE(
            m_window->findChild<QHeaderView *>(QStringLiteral("eventTableHeader"))->sectionSize(1),
            211);
    }

    void closesIntoTheTrayOnce()
    {
        createWindow();
        Gui::MainWindow *window = m_window.get();
        window->setSystemTrayAvailable(true);
        window->setCloseToTray(true);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QSignalSpy closed(window, &Gui::MainWindow::closedToTray);
        QSignalSpy quitting(window, &Gui::MainWindow::quitRequested);
        QVERIFY(!window->close()); // the close is refused: the window hides
        QVERIFY(!window->isVisible());
        QCOMPARE(closed.count(), 1);
        QCOMPARE(closed.at(0).at(0).toBool(), true); // the notice, the first time
        window->show();
        window->close();
        QCOMPARE(closed.count(), 2);
        QCOMPARE(closed.at(1).at(0).toBool(), false); // only once
        QVERIFY(window->trayIcon());
        const auto trayActions = window->findChild<QMenu *>(QStringLiteral("trayMenu"))->actions();
        QVERIFY(trayActions.last()->objectName() == QLatin1String("quitAction"));
        QCOMPARE(quitting.count(), 0);

        // Without a tray, closing quits (Settings can switch close-to-tray off too).
        window->setSystemTrayAvailable(false);
        window->show();
        QVERIFY(window->close());
        QCOMPARE(closed.count(), 2);
        QCOMPARE(quitting.count(), 1);
    }

    void apiStateIsAnIconWithATooltip()
    {
        createWindow();
        auto *icon = m_window->findChild<QLabel *>(QStringLiteral("apiStatusIcon"));
        QVERIFY(icon);
        m_window->setApiStatus(QStringLiteral("http://127.0.0.1:8085"), true, {});
        QVERIFY(!icon->pixmap().isNull());
        QVERIFY(icon->text().isEmpty());
        QVERIFY(icon->toolTip().contains(QStringLiteral("127.0.0.1:8085")));
        m_window->setApiStatus({}, false, QStringLiteral("port 8085 is used by another program"));
        QVERIFY(icon->toolTip().contains(QStringLiteral("used by another program")));
        QVERIFY(icon->toolTip().contains(QStringLiteral("Settings")));
        // Only the icon is permanent: no address, no user name in the status bar.
        const auto labels = m_window->statusBar()->findChildren<QLabel *>();
        for (QLabel *label : labels)
            QVERIFY2(!label->isVisible() || label->text().isEmpty(), qPrintable(label->text()));
    }

private:
    void install(const QString &language)
    {
        m_translator = std::make_unique<QTranslator>();
        QVERIFY(m_translator->load(QStringLiteral(":/i18n/eventdesk_%1.qm").arg(language)));
        QCoreApplication::installTranslator(m_translator.get());
        QLocale::setDefault(QLocale(language));
    }

    void createWindow() { m_window = App::createMainWindow(*m_composition); }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<App::Composition> m_composition;
    std::unique_ptr<Gui::MainWindow> m_window;
    std::unique_ptr<QTranslator> m_translator;
};

QTEST_MAIN(TestWindow)
#include "tst_window.moc"
