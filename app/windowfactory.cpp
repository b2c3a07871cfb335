// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowfactory.h"

#include "accountcontroller.h"
#include "calendarview.h"
#include "composition.h"
#include "eventsview.h"
#include "keychaincredentialstore.h"
#include "mainwindow.h"
#include "reminders.h"
#include "session.h"
#include "settingsdialog.h"
// -- feeds --
#include "feedservice.h"
#include "feedsview.h"
// -- collector --
#include "activityview.h"
#include "appsview.h"

#include <QCoreApplication>
#include <QSettings>

namespace Eventdesk::App {

std::unique_ptr<Gui::MainWindow> createMainWindow(Composition &composition)
{
    auto window = std::make_unique<Gui::MainWindow>(composition.changes());
    // -- window --
    // The window's shell: who is signed in (views take `session` by constructor and ask it for
    // userId() / token(), following changed()), the Settings dialog, the Account menu.
    auto *session = new Gui::Session(window.get());
    Gui::MainWindow *shell = window.get();
    QObject::connect(session, &Gui::Session::changed, shell,
        [shell, session] { shell->setSignedInUser(session->user().email); });
    QObject::connect(shell, &Gui::MainWindow::settingsRequested, shell, [shell] {
        QSettings settings;
        Gui::SettingsDialog dialog(settings, shell);
        dialog.exec();
    });
    auto *accounts = new Gui::AccountController(
        composition.auth(), *session, std::make_shared<Gui::KeychainCredentialStore>(), shell);
    accounts->setCredentialKey(
        Gui::AccountController::tokenKey + u' ' + composition.databasePath());
    accounts->addActions(shell->accountMenu());
    QObject::connect(
        accounts, &Gui::AccountController::notice, shell, &Gui::MainWindow::showNotice);
    accounts->restoreSession();
    // Views and dialogs, one section per area.
    // -- auth --

    // -- calendar --
    auto *calendarView
        = new Gui::CalendarView(composition.events(), composition.changes(), *session);
    QObject::connect(calendarView, &Gui::CalendarView::notice, shell, &Gui::MainWindow::showNotice);
    window->addView(calendarView, Gui::CalendarView::tr("Calendar"));
    // Reminders before one's own and joined events (the setting reminders/minutesBefore).
    auto *reminders = new Gui::Reminders(composition.events(), *session, shell);
    {
        QSettings settings;
        reminders->setMinutes(Gui::Reminders::minutesBefore(settings));
    }
    QObject::connect(reminders, &Gui::Reminders::reminder, shell,
        [shell](qint64, const QString &title, const QString &body) {
            shell->showNotice(title + QStringLiteral(" · ") + body);
        });
    reminders->start();

    // -- events --
    auto *eventsView = new Gui::EventsView(composition.events(), composition.changes(), *session);
    // The ui library does not know the feeds area: the .ics writer comes in as a function.
    Core::FeedService &feeds = composition.feeds();
    eventsView->setIcsExporter([&feeds](const QList<qint64> &ids) {
        return feeds.exportICalendar(Core::SearchWindow {}, ids);
    });
    QObject::connect(eventsView, &Gui::EventsView::notice, shell, &Gui::MainWindow::showNotice);
    window->addView(eventsView, Gui::EventsView::tr("Events"));

    // -- feeds --
    window->addView(new Gui::FeedsView(composition.feeds(), composition.changes()),
        QCoreApplication::translate("WindowFactory", "Feeds"));

    // -- collector --
    window->addView(new Gui::ActivityView(composition.collector(), composition.changes()),
        Gui::MainWindow::tr("Activity"));
    window->addView(new Gui::AppsView(composition.collector(), composition.changes(), session),
        Gui::MainWindow::tr("Apps"));

    return window;
}

} // namespace Eventdesk::App
