// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatecommand.h"
#include "commands.h"
#include "database.h"
#include "eventgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <cstdio>

namespace Eventdesk::App {

int runGenerate(const Options &options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "generate", "Fills the database with sample users, events and one crowded event."));
    const QCommandLineOption events(QStringLiteral("events"),
        QCoreApplication::translate("generate", "Number of events."), QStringLiteral("n"),
        QStringLiteral("100000"));
    const QCommandLineOption users(QStringLiteral("users"),
        QCoreApplication::translate("generate", "Number of users."), QStringLiteral("n"),
        QStringLiteral("10000"));
    const QCommandLineOption participants(QStringLiteral("participants"),
        QCoreApplication::translate("generate", "Participants of the crowded event."),
        QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QCoreApplication::translate("generate", "Random seed."), QStringLiteral("n"),
        QStringLiteral("1"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QCoreApplication::translate("generate", "Folder of the database."), QStringLiteral("dir"),
        options.dataDir);
    parser.addOptions({events, users, participants, seed, dataDir});
    parser.addHelpOption();
    if (!parser.parse(
            QStringList {QStringLiteral("eventdesk generate")} + options.commandArguments)) {
        print(stderr, parser.errorText() + u'\n');
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        print(stdout, parser.helpText());
        return 0;
    }
    Storage::GeneratorOptions generator;
    bool ok[4] = {};
    generator.events = parser.value(events).toInt(&ok[0]);
    generator.users = parser.value(users).toInt(&ok[1]);
    generator.participants = parser.value(participants).toInt(&ok[2]);
    generator.seed = parser.value(seed).toUInt(&ok[3]);
    for (bool b : ok) {
        if (!b) {
            print(stderr,
                QCoreApplication::translate("generate", "eventdesk generate: numbers expected.\n"));
            return 2;
        }
    }
    if (generator.events < 0 || generator.users < 0 || generator.participants < 0) {
        print(stderr,
            QCoreApplication::translate("generate", "eventdesk generate: counts must be >= 0.\n"));
        return 2;
    }
    const QString folder = parser.value(dataDir);
    const QString path = folder.isEmpty()
        ? Storage::Database::defaultPath()
        : QDir(folder).absoluteFilePath(QStringLiteral("eventdesk.sqlite3"));
    Storage::Database database(path);
    if (auto opened = database.open(); !opened) {
        print(stderr, QStringLiteral("eventdesk generate: %1\n").arg(opened.error().message));
        return 1;
    }
    auto report = Storage::generateSampleData(database, generator);
    if (!report) {
        print(stderr, QStringLiteral("eventdesk generate: %1\n").arg(report.error().message));
        return 1;
    }
    print(stdout,
        QCoreApplication::translate("generate",
            "Generated %1 users, %2 events and %3 participants of event %4 in %5 ms (%6).\n")
            .arg(report->users)
            .arg(report->events)
            .arg(report->participants)
            .arg(report->crowdedEventId)
            .arg(report->elapsedMs)
            .arg(path));
    return 0;
}

} // namespace Eventdesk::App
