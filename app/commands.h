// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

#include <QString>

#include <cstdio>

namespace Eventdesk::App {

// Runs "eventdesk COMMAND ..." (import, track, generate...). Returns the process exit code.
int runCommand(const Options &options);

// Writes text (UTF-8) to stdout or stderr at once: what every command prints goes through here.
void print(FILE *stream, const QString &text);

} // namespace Eventdesk::App
