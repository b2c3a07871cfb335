// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// eventdesk import FILE-or-URL [--format provider|json|ical] [--source S] [--data-dir D]
#include "commandline.h"
#include "commands.h"
#include "composition.h"
#include "feedservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <cstdio>

namespace Eventdesk::App {

namespace {

// lupdate takes the context from the macro (a free tr() function would get the namespace's).
struct ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
};

} // namespace

int runImportCommand(const Options &options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ImportCommand::tr("Imports a provider XML, JSON API or iCalendar feed."));
    const QCommandLineOption format(QStringLiteral("format"),
        ImportCommand::tr("The feed's format: provider, json or ical (default: detected)."),
        QStringLiteral("format"));
    const QCommandLineOption source(QStringLiteral("source"),
        ImportCommand::tr("The events' source (default: the format's name)."),
        QStringLiteral("source"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        ImportCommand::tr("The folder of the database."), QStringLiteral("folder"));
    const QCommandLineOption from(QStringLiteral("from"),
        ImportCommand::tr(
            "iCalendar: expand recurring events from this date (default: a year ago)."),
        QStringLiteral("date"));
    const QCommandLineOption to(QStringLiteral("to"),
        ImportCommand::tr(
            "iCalendar: expand recurring events until this date (default: in two years)."),
        QStringLiteral("date"));
    parser.addOptions({format, source, dataDir, from, to});
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("location"), ImportCommand::tr("A file or an http(s) URL."));
    if (!parser.parse(
            QStringList {QStringLiteral("eventdesk import")} + options.commandArguments)) {
        print(stderr, QStringLiteral("eventdesk import: %1\n").arg(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.positionalArguments().size() != 1) {
        print(parser.isSet(QStringLiteral("help")) ? stdout : stderr,
            ImportCommand::tr("Usage: eventdesk import FILE-or-URL [--format provider|json|ical] "
                              "[--source S] [--from DATE --to DATE] [--data-dir D]\n"));
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    }

    Options opened = options;
    if (parser.isSet(dataDir))
        opened.dataDir = parser.value(dataDir);
    Core::ImportOptions importOptions;
    if (parser.isSet(format)) {
        importOptions.format = Core::feedFormatFromName(parser.value(format));
        if (importOptions.format == Core::FeedFormat::Unknown) {
            print(stderr,
                ImportCommand::tr("eventdesk import: --format is provider, json or ical.\n"));
            return 2;
        }
    }
    importOptions.source = parser.value(source);
    for (const auto &[option, bound] : {std::pair {&from, &importOptions.parse.windowStart},
             std::pair {&to, &importOptions.parse.windowEnd}}) {
        if (!parser.isSet(*option))
            continue;
        const QDate day = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!day.isValid()) {
            print(stderr,
                ImportCommand::tr("eventdesk import: --from and --to are dates (YYYY-MM-DD).\n"));
            return 2;
        }
        *bound = QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    }

    Composition composition(opened);
    if (auto ok = composition.open(); !ok) {
        print(stderr, QStringLiteral("eventdesk import: %1\n").arg(ok.error().message));
        return 1;
    }
    const Core::ImportRun run = composition.feeds().importLocation(
        parser.positionalArguments().constFirst(), importOptions);
    if (run.status != QLatin1String("succeeded")) {
        print(stderr,
            ImportCommand::tr("import #%1 failed (%2): %3\n")
                .arg(run.id)
                .arg(run.errorCode, run.errors.value(0)));
        return 1;
    }
    print(stdout,
        ImportCommand::tr(
            "import #%1 (%2, source %3): added %4, updated %5, unchanged %6, skipped %7 "
            "in %8 ms (fetch %9 ms)\n")
            .arg(run.id)
            .arg(Core::feedFormatName(run.format), run.source)
            .arg(run.added)
            .arg(run.updated)
            .arg(run.unchanged)
            .arg(run.skipped)
            .arg(run.finishedAt - run.startedAt)
            .arg(run.fetchMs));
    for (const QString &error : run.errors)
        print(stderr, QStringLiteral("  skipped: %1\n").arg(error));
    return 0;
}

} // namespace Eventdesk::App
