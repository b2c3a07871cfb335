// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Eventdesk::App {

// "eventdesk apps create NAME | list | revoke ID [--data-dir DIR]": manages the collector's
// trusted apps on this machine's database (headless installs, scripts, benchmarks).
int runAppsCommand(const QStringList &arguments);

} // namespace Eventdesk::App
