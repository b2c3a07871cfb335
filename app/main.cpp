// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiserver.h"
#include "commandline.h"
#include "commands.h"
#include "composition.h"
#include "mainwindow.h"
#include "preferencedefaults.h"
#include "preferences.h"
#include "signalwatcher.h"
#include "windowfactory.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <cstdio>

using namespace Eventdesk;
using App::print;

namespace {

bool hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

void installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *ours = new QTranslator(&app);
    // English has a translation too: its plural forms ("1 event", "2 events"). It is the
    // fallback for every language without one of its own.
    if (ours->load(
            locale, QStringLiteral("eventdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ours->load(QStringLiteral(":/i18n/eventdesk_en.qm")))
        app.installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    QCoreApplication::setOrganizationName(QStringLiteral("Eventdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("eventdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EVENTDESK_VERSION));

    // Command-line flag beats the Settings dialog's value beats the built-in default.
    QSettings settings;
    App::ParseOutcome parsed
        = App::parseCommandLine(arguments, App::defaultsFrom(Gui::Preferences::load(settings)));
    if (!parsed.options) {
        print(parsed.toStderr ? stderr : stdout, parsed.message);
        return parsed.exitCode;
    }
    App::Options options = *parsed.options;

    if (!options.command.isEmpty()) {
        QCoreApplication app(argc, argv);
        installTranslations(app, options.language);
        return App::runCommand(options);
    }

    bool headless = options.headless;
    if (!headless && !hasDisplay()) {
        print(stdout,
            QCoreApplication::translate("main",
                "No display found: starting the API server "
                "headless (use --headless to say so).\n"));
        headless = true;
    }

    std::unique_ptr<QCoreApplication> app;
    if (headless) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        app = std::make_unique<QApplication>(argc, argv);
        // Window titles read "November 2026 — Eventdesk"; the .desktop file's icon name.
        QGuiApplication::setApplicationDisplayName(QStringLiteral("Eventdesk"));
        QGuiApplication::setDesktopFileName(QStringLiteral("io.eventdesk.Eventdesk"));
    }
    installTranslations(*app, options.language);

    App::Composition composition(options);
    if (auto opened = composition.open(); !opened) {
        print(stderr,
            QCoreApplication::translate("main", "eventdesk: %1\n").arg(opened.error().message));
        return 1;
    }
    if (!options.bind.isLoopback())
        print(stderr,
            QCoreApplication::translate("main",
                "Warning: the API listens on %1, not only on this machine. "
                "Other computers can reach it.\n")
                .arg(options.bind.toString()));

    App::SignalWatcher watcher;
    QObject::connect(
        &watcher, &App::SignalWatcher::terminationRequested, app.get(), &QCoreApplication::quit);

    if (headless) {
        auto started = composition.startServer();
        if (!started) {
            print(stderr,
                QCoreApplication::translate("main", "eventdesk: %1\n")
                    .arg(started.error().message));
            return 1;
        }
        print(stdout,
            QCoreApplication::translate("main",
                "Eventdesk %1 API listening on %2 (database "
                "%3). Press Ctrl+C to stop.\n")
                .arg(QStringLiteral(EVENTDESK_VERSION), composition.server().baseUrl(),
                    composition.databasePath()));
        const int code = app->exec();
        composition.server().stop();
        print(stdout, QCoreApplication::translate("main", "Eventdesk stopped.\n"));
        return code;
    }

    auto window = App::createMainWindow(composition);
    // The window shows the server's state, including a failure to start (port taken).
    auto started = composition.startServer();
    if (started) {
        window->setApiStatus(composition.server().baseUrl(), true, {});
    } else {
        print(stderr,
            QCoreApplication::translate("main", "eventdesk: %1\n").arg(started.error().message));
        window->setApiStatus({}, false, started.error().message);
    }
    // The window may close into the tray; quitting is explicit (Quit, or closing without tray).
    QApplication::setQuitOnLastWindowClosed(false);
    QObject::connect(window.get(), &Gui::MainWindow::quitRequested, app.get(),
        &QCoreApplication::quit, Qt::QueuedConnection);
    window->show();
    const int code = app->exec();
    window.reset();
    composition.server().stop();
    return code;
}
