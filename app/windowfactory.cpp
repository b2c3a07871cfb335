// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowfactory.h"

#include "composition.h"
#include "mainwindow.h"

namespace Eventdesk::App {

std::unique_ptr<Gui::MainWindow> createMainWindow(Composition &composition)
{
    auto window = std::make_unique<Gui::MainWindow>(composition.changes());
    // Views and dialogs, one section per area.
    // -- auth --

    // -- events --

    // -- feeds --

    // -- collector --

    return window;
}

} // namespace Eventdesk::App
