// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collectorconfig.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace Eventdesk::App {

struct Options
{
    bool headless = false;
    quint16 port = 8085;
    QHostAddress bind = QHostAddress::LocalHost;
    QString dataDir; // empty: the user's data folder
    // --database sqlite:PATH | postgresql://...: wins over dataDir. Empty: the SQLite file in
    // dataDir.
    QString database;
    QString language; // empty: follow the system
    // --registration open|invite|closed: who may sign up over the API, for this run (wins over
    // the setting admins store). Empty: the stored setting.
    QString registration;
    // --outbound-private auto|allow|deny: whether feed fetches and webhooks may reach private
    // addresses, for this run (wins over the stored setting). Empty: the stored setting.
    QString outboundPrivate;
    QString command; // empty (the app), or a subcommand such as "import"
    QStringList commandArguments;
    Core::CollectorConfig collector; // --collector key=value,...
};

struct ParseOutcome
{
    std::optional<Options> options; // empty: exit with exitCode after printing message
    int exitCode = 0;
    QString message;
    bool toStderr = false;
};

// Parses eventdesk's command line. Pure: prints nothing, so it is testable. Values the command
// line does not set come from `defaults` (the stored settings over the built-in defaults).
ParseOutcome parseCommandLine(const QStringList &arguments, const Options &defaults = Options {});

} // namespace Eventdesk::App
