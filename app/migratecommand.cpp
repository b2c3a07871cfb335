// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// eventdesk migrate --to postgresql://... [--data-dir D | --database sqlite:PATH]
#include "commandline.h"
#include "commands.h"
#include "composition.h"
#include "database.h"
#include "migrate.h"
#include "pgdatabase.h"
#include "storeset.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

namespace Eventdesk::App {

namespace {

struct MigrateCommand
{
    Q_DECLARE_TR_FUNCTIONS(MigrateCommand)
};

} // namespace

int runMigrateCommand(const Options &options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(MigrateCommand::tr(
        "Copies this SQLite database into an empty PostgreSQL database (docs/server.md)."));
    const QCommandLineOption to(QStringLiteral("to"),
        MigrateCommand::tr("The PostgreSQL database: postgresql://USER@HOST:PORT/NAME."),
        QStringLiteral("url"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        MigrateCommand::tr("The folder of the SQLite database."), QStringLiteral("folder"));
    const QCommandLineOption database(QStringLiteral("database"),
        MigrateCommand::tr("The SQLite database: sqlite:PATH."), QStringLiteral("url"));
    parser.addOptions({to, dataDir, database});
    parser.addHelpOption();
    const QString usage
        = MigrateCommand::tr("Usage: eventdesk migrate --to postgresql://USER@HOST:PORT/NAME "
                             "[--data-dir D | --database sqlite:PATH]\n");
    if (!parser.parse(
            QStringList {QStringLiteral("eventdesk migrate")} + options.commandArguments)) {
        print(stderr, QStringLiteral("eventdesk migrate: %1\n").arg(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        print(stdout, usage);
        return 0;
    }
    if (!parser.isSet(to) || !parser.positionalArguments().isEmpty()) {
        print(stderr, usage);
        return 2;
    }
    auto target = Stores::DatabaseUrl::parse(parser.value(to));
    if (!target || !target->isPostgresql()) {
        print(stderr,
            MigrateCommand::tr("eventdesk migrate: --to is a PostgreSQL URI "
                               "(postgresql://USER@HOST:PORT/NAME).\n"));
        return 2;
    }
    Options sourceOptions = options;
    if (parser.isSet(dataDir))
        sourceOptions.dataDir = parser.value(dataDir);
    if (parser.isSet(database))
        sourceOptions.database = parser.value(database);
    const auto source = databaseUrl(sourceOptions);
    if (!source) {
        print(stderr, QStringLiteral("eventdesk migrate: %1\n").arg(source.error().message));
        return 2;
    }
    if (source->isPostgresql()) {
        print(stderr, MigrateCommand::tr("eventdesk migrate: the source is a SQLite database.\n"));
        return 2;
    }

    QElapsedTimer clock;
    clock.start();
    Storage::Database sqlite(source->location);
    if (auto opened = sqlite.open(); !opened) {
        print(stderr, QStringLiteral("eventdesk migrate: %1\n").arg(opened.error().message));
        return 1;
    }
    PgStorage::PgDatabase pg(target->location);
    if (auto opened = pg.open(); !opened) {
        print(stderr, QStringLiteral("eventdesk migrate: %1\n").arg(opened.error().message));
        return 1;
    }
    print(stdout,
        MigrateCommand::tr("Copying %1 into %2\n").arg(source->display(), target->display()));
    auto copied = Stores::migrateToPostgresql(sqlite, pg, [](const QString &table, qint64 rows) {
        print(stdout, MigrateCommand::tr("  %1: %2 rows\n").arg(table).arg(rows));
    });
    if (!copied) {
        print(stderr,
            MigrateCommand::tr("eventdesk migrate: %1 Nothing was written.\n")
                .arg(copied.error().message));
        return 1;
    }
    qint64 rows = 0;
    for (const Stores::TableCopy &table : *copied)
        rows += table.targetRows;
    print(stdout,
        MigrateCommand::tr("Copied %1 rows in %2 tables in %3 ms; every table's count matches.\n")
            .arg(rows)
            .arg(copied->size())
            .arg(clock.elapsed()));
    return 0;
}

} // namespace Eventdesk::App
