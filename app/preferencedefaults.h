// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"
#include "preferences.h"

namespace Eventdesk::App {

// The stored settings over the built-in defaults; the command line then beats both
// (parseCommandLine(arguments, defaultsFrom(preferences))).
inline Options defaultsFrom(const Gui::Preferences &preferences)
{
    Options options;
    if (preferences.port)
        options.port = *preferences.port;
    if (preferences.bind)
        options.bind = *preferences.bind;
    options.language = preferences.language;
    options.dataDir = preferences.dataDir;
    options.database = preferences.database;
    return options;
}

} // namespace Eventdesk::App
