// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "storeset.h"

#include "actor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace Eventdesk::App {

ParseOutcome parseCommandLine(const QStringList &arguments, const Options &defaults)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Eventdesk: a desktop events manager with a local HTTP API."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("CommandLine", "Show this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("CommandLine", "Show the version."));
    const QCommandLineOption headless(QStringLiteral("headless"),
        QCoreApplication::translate("CommandLine", "Run the API server without a window."));
    const QCommandLineOption port(QStringLiteral("port"),
        QCoreApplication::translate("CommandLine", "Port of the local API (default 8085)."),
        QStringLiteral("port"), QStringLiteral("8085"));
    const QCommandLineOption bind(QStringLiteral("bind"),
        QCoreApplication::translate("CommandLine", "Address to listen on (default 127.0.0.1)."),
        QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QCoreApplication::translate("CommandLine", "Folder of the database."),
        QStringLiteral("folder"));
    const QCommandLineOption database(QStringLiteral("database"),
        QCoreApplication::translate("CommandLine",
            "The database: sqlite:PATH (default: eventdesk.sqlite3 in the data folder) or "
            "postgresql://USER@HOST:PORT/NAME (a shared server, see docs/server.md)."),
        QStringLiteral("url"));
    const QCommandLineOption language(QStringLiteral("lang"),
        QCoreApplication::translate(
            "CommandLine", "Language of the window (e.g. es, de; default: system)."),
        QStringLiteral("code"));
    const QCommandLineOption registration(QStringLiteral("registration"),
        QCoreApplication::translate("CommandLine",
            "Who may sign up over the API: open, invite or closed (default: the stored "
            "setting, invite)."),
        QStringLiteral("mode"));
    const QCommandLineOption outboundPrivate(QStringLiteral("outbound-private"),
        QCoreApplication::translate("CommandLine",
            "Whether feed fetches and webhooks may reach loopback, private and link-local "
            "addresses: auto, allow or deny (default: the stored setting, auto: only while "
            "the API listens on loopback alone)."),
        QStringLiteral("mode"));
    const QCommandLineOption collector(QStringLiteral("collector"),
        QCoreApplication::translate("CommandLine",
            "Collector tuning, comma-separated: sync=full|normal, wal-frames=N, commit-us=N, "
            "writer=thread|loop, inline=0|1 (see docs/collector.md)."),
        QStringLiteral("settings"));
    parser.addOptions({help, version, headless, port, bind, dataDir, database, language,
        registration, outboundPrivate, collector});
    parser.addPositionalArgument(QStringLiteral("command"),
        QCoreApplication::translate("CommandLine",
            "Optional, first: a command such as 'import' or 'track' "
            "with its own arguments ('eventdesk import --help')."),
        QStringLiteral("[command]"));

    ParseOutcome outcome;
    // "eventdesk COMMAND args...": the command parses its own arguments.
    if (arguments.size() > 1 && !arguments.at(1).startsWith(u'-')) {
        Options options = defaults;
        options.command = arguments.at(1);
        options.commandArguments = arguments.mid(2);
        outcome.options = options;
        return outcome;
    }
    if (!parser.parse(arguments)) {
        outcome.exitCode = 2;
        outcome.toStderr = true;
        outcome.message = parser.errorText() + u'\n';
        return outcome;
    }
    if (parser.isSet(help)) {
        // Parsed before QCoreApplication exists, so Qt cannot name the program itself and
        // writes "<executable_name>"; name it from argv[0].
        QString text = parser.helpText();
        const QString program = arguments.isEmpty() ? QStringLiteral("eventdesk")
                                                    : QFileInfo(arguments.constFirst()).fileName();
        text.replace(QLatin1String("<executable_name>"), program);
        outcome.message = text;
        return outcome;
    }
    if (parser.isSet(version)) {
        outcome.message = QStringLiteral("eventdesk %1\n").arg(QStringLiteral(EVENTDESK_VERSION));
        return outcome;
    }
    Options options = defaults;
    options.headless = parser.isSet(headless);
    bool ok = false;
    const QString portText
        = parser.isSet(port) ? parser.value(port) : QString::number(defaults.port);
    const uint portValue = portText.toUInt(&ok);
    if (!ok || portValue > 65535) {
        outcome.exitCode = 2;
        outcome.toStderr = true;
        outcome.message
            = QCoreApplication::translate("CommandLine", "Invalid port: %1\n").arg(portText);
        return outcome;
    }
    options.port = quint16(portValue);
    const QString bindText = parser.isSet(bind) ? parser.value(bind) : defaults.bind.toString();
    if (bindText == QLatin1String("localhost"))
        options.bind = QHostAddress::LocalHost;
    else if (!options.bind.setAddress(bindText)) {
        outcome.exitCode = 2;
        outcome.toStderr = true;
        outcome.message = QCoreApplication::translate("CommandLine", "Invalid bind address: %1\n")
                              .arg(bindText);
        return outcome;
    }
    if (parser.isSet(dataDir))
        options.dataDir = parser.value(dataDir);
    if (parser.isSet(database)) {
        const QString url = parser.value(database);
        if (auto parsed = Stores::DatabaseUrl::parse(url); !parsed) {
            outcome.exitCode = 2;
            outcome.toStderr = true;
            outcome.message = parsed.error().message + u'\n';
            return outcome;
        }
        options.database = url;
    }
    if (parser.isSet(language))
        options.language = parser.value(language);
    if (parser.isSet(registration)) {
        const QString mode = parser.value(registration);
        if (!Core::registrationModeFromName(mode)) {
            outcome.exitCode = 2;
            outcome.toStderr = true;
            outcome.message = QCoreApplication::translate(
                "CommandLine", "Invalid registration mode: %1 (open, invite or closed)\n")
                                  .arg(mode);
            return outcome;
        }
        options.registration = mode;
    }
    if (parser.isSet(outboundPrivate)) {
        const QString mode = parser.value(outboundPrivate);
        if (!Core::outboundPrivateFromName(mode)) {
            outcome.exitCode = 2;
            outcome.toStderr = true;
            outcome.message = QCoreApplication::translate(
                "CommandLine", "Invalid --outbound-private mode: %1 (auto, allow or deny)\n")
                                  .arg(mode);
            return outcome;
        }
        options.outboundPrivate = mode;
    }
    for (const QString &settings : parser.values(collector)) {
        if (auto applied = options.collector.apply(settings); !applied) {
            outcome.exitCode = 2;
            outcome.toStderr = true;
            outcome.message = applied.error().message + u'\n';
            return outcome;
        }
    }
    if (!parser.positionalArguments().isEmpty()) {
        outcome.exitCode = 2;
        outcome.toStderr = true;
        outcome.message = QCoreApplication::translate("CommandLine", "Unexpected argument: %1\n")
                              .arg(parser.positionalArguments().constFirst());
        return outcome;
    }
    outcome.options = options;
    return outcome;
}

} // namespace Eventdesk::App
