// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

namespace Eventdesk::App {

// eventdesk generate [--events N] [--users N] [--participants N] [--seed N] [--data-dir D]:
// fills the database with sample users and events (benchmarks, demos).
int runGenerate(const Options &options);

} // namespace Eventdesk::App
