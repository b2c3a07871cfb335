// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
// -- events --
#include "generatecommand.h"
// -- collector --
#include "appscommand.h"
#include "trackclient.h"

#include <QCoreApplication>

#include <cstdio>

namespace Eventdesk::App {

void print(FILE *stream, const QString &text)
{
    std::fputs(qUtf8Printable(text), stream);
    std::fflush(stream);
}

int runCommand(const Options &options)
{
    // One line per command, one section per area.
    // -- events --
    if (options.command == QLatin1String("generate"))
        return runGenerate(options);

    // -- feeds --
    int runImportCommand(const Options &options); // importcommand.cpp
    if (options.command == QLatin1String("import"))
        return runImportCommand(options);

    // -- collector --
    if (options.command == QLatin1String("track"))
        return runTrackCommand(options.commandArguments);
    if (options.command == QLatin1String("apps"))
        return runAppsCommand(options.commandArguments);

    // -- server --
    int runMigrateCommand(const Options &options); // migratecommand.cpp
    if (options.command == QLatin1String("migrate"))
        return runMigrateCommand(options);

    std::fputs(qUtf8Printable(QCoreApplication::translate("main",
                   "eventdesk: unknown command '%1'. "
                   "See eventdesk --help.\n")
                                  .arg(options.command)),
        stderr);
    return 2;
}

} // namespace Eventdesk::App
