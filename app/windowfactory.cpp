// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowfactory.h"

#include "accountcontroller.h"
#include "calendarview.h"
#include "composition.h"
#include "eventsview.h"
#include "integrationswindow.h"
#include "keychaincredentialstore.h"
#include "mainwindow.h"
#include "reminders.h"
#include "session.h"
#include "settingsdialog.h"
#include "usersdialog.h"
// -- feeds --
#include "feedservice.h"
#include "feedsview.h"
// -- collector --
#include "activityview.h"
#include "appsview.h"
#include "eventtypeseditor.h"
// -- push --
#include "calendarsubscriptionsview.h"
#include "webhooksview.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTabWidget>

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
    // The shell reads close-to-tray from the stored preferences; Settings writes them.
    {
        QSettings settings;
        shell->setCloseToTray(Gui::Preferences::load(settings).closeToTray);
    }
    // Reminders before one's own and joined events (the setting reminders/minutesBefore).
    auto *reminders = new Gui::Reminders(composition.events(), *session, shell);
    {
        QSettings settings;
        reminders->setMinutes(Gui::Reminders::minutesBefore(settings));
    }
    QObject::connect(shell, &Gui::MainWindow::settingsRequested, shell,
        [&composition, session, shell, reminders] {
            auto settings = std::make_shared<QSettings>();
            auto *dialog = new Gui::SettingsDialog(*settings, shell);
            // The instance's outbound setting (issue 9): admins change it, members see why not.
            dialog->showInstanceSettings(composition.auth(), session->user());
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(
                dialog, &QDialog::accepted, shell, [shell, settings, dialog, reminders] {
                    shell->setCloseToTray(dialog->preferences().closeToTray);
                    reminders->setMinutes(dialog->preferences().reminderMinutes);
                });
            dialog->open();
        });
    auto *accounts = new Gui::AccountController(
        composition.auth(), *session, std::make_shared<Gui::KeychainCredentialStore>(), shell);
    accounts->setCredentialKey(
        Gui::AccountController::tokenKey + u' ' + composition.databasePath());
    accounts->addActions(shell->accountMenu());
    QObject::connect(
        shell, &Gui::MainWindow::signUpRequested, accounts, &Gui::AccountController::signUp);
    QObject::connect(
        shell, &Gui::MainWindow::logInRequested, accounts, &Gui::AccountController::logIn);
    QObject::connect(
        accounts, &Gui::AccountController::notice, shell, &Gui::MainWindow::showNotice);
    accounts->restoreSession();
    // -- trust -- Users and invitations, for admins.
    QAction *users = shell->accountMenu()->addAction(
        QCoreApplication::translate("WindowFactory", "&Users and invitations…"));
    users->setObjectName(QStringLiteral("usersAction"));
    const auto adminOnly = [users, session] { users->setEnabled(session->user().isAdmin()); };
    adminOnly();
    QObject::connect(session, &Gui::Session::changed, users, adminOnly);
    QObject::connect(users, &QAction::triggered, shell, [&composition, session, shell] {
        auto *dialog = new Gui::UsersDialog(composition.auth(), *session, shell);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    // Views and dialogs, one section per area.
    // -- auth --

    // -- calendar --
    auto *calendarView
        = new Gui::CalendarView(composition.events(), composition.changes(), *session);
    QObject::connect(calendarView, &Gui::CalendarView::notice, shell, &Gui::MainWindow::showNotice);
    window->setPage(Gui::MainWindow::Page::Calendar, calendarView);
    QObject::connect(shell, &Gui::MainWindow::todayRequested, calendarView, [shell, calendarView] {
        if (shell->currentPage() == Gui::MainWindow::Page::Calendar)
            calendarView->today();
    });
    // Reminders (created with the shell, Settings changes their lead time) as notifications.
    QObject::connect(reminders, &Gui::Reminders::reminder, shell,
        [shell](qint64, const QString &title, const QString &body) {
            // A desktop notification through the tray where the desktop shows them; the status
            // bar always.
            QSystemTrayIcon *tray = shell->trayIcon();
            if (tray && tray->isVisible() && QSystemTrayIcon::supportsMessages())
                tray->showMessage(title, body, QSystemTrayIcon::Information);
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
    QObject::connect(
        shell, &Gui::MainWindow::newEventRequested, eventsView, &Gui::EventsView::newEvent);
    QObject::connect(shell, &Gui::MainWindow::todayRequested, eventsView, [shell, eventsView] {
        if (shell->currentPage() == Gui::MainWindow::Page::List)
            eventsView->goToToday();
    });
    window->setPage(Gui::MainWindow::Page::List, eventsView);

    // -- feeds --
    auto *feedsView = new Gui::FeedsView(composition.feeds(), composition.changes());
    feedsView->setSession(session); // feeds are made and managed as the signed-in account
    QObject::connect(feedsView, &Gui::FeedsView::notice, shell, &Gui::MainWindow::showNotice);
    QObject::connect(
        shell, &Gui::MainWindow::importRequested, feedsView, &Gui::FeedsView::openImport);
    window->setPage(Gui::MainWindow::Page::Feeds, feedsView);

    // -- collector --
    // Out of the main navigation: Tools › Integrations.
    Gui::IntegrationsWindow *integrations = shell->integrations();
    integrations->addPage(
        new Gui::AppsView(composition.collector(), composition.changes(), session),
        Gui::IntegrationsWindow::tr("App Keys"));
    integrations->addPage(new Gui::ActivityView(composition.collector(), composition.changes()),
        Gui::IntegrationsWindow::tr("Activity"));
    auto *types = new Gui::EventTypesEditor(composition.collector());
    types->setObjectName(QStringLiteral("eventTypesEditor"));
    integrations->addPage(types, Gui::IntegrationsWindow::tr("Event Types"));
    QObject::connect(
        integrations->tabs(), &QTabWidget::currentChanged, types, [types, integrations] {
            if (integrations->tabs()->currentWidget() == types)
                types->reload();
        });

    // -- push -- Webhooks and calendar subscriptions, as the signed-in account.
    auto *webhooks = new Gui::WebhooksView(composition.webhooks(), composition.changes(), *session);
    QObject::connect(webhooks, &Gui::WebhooksView::notice, shell, &Gui::MainWindow::showNotice);
    integrations->addPage(webhooks, Gui::IntegrationsWindow::tr("Webhooks"));
    auto *calendarApps = new Gui::CalendarSubscriptionsView(composition.calendars(), *session);
    QObject::connect(integrations, &Gui::IntegrationsWindow::apiUrlChanged, calendarApps,
        &Gui::CalendarSubscriptionsView::setApiUrl);
    integrations->addPage(calendarApps, Gui::IntegrationsWindow::tr("Calendar Apps"));

    window->restoreLayout();

    return window;
}

} // namespace Eventdesk::App
