// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

namespace Eventdesk::App {

// Runs "eventdesk COMMAND ..." (import, track, generate...). Returns the process exit code.
int runCommand(const Options &options);

} // namespace Eventdesk::App
