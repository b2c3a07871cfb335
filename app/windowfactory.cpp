// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowfactory.h"

#include "composition.h"
#include "mainwindow.h"
// -- collector --
#include "activityview.h"
#include "appsview.h"

namespace Eventdesk::App {

std::unique_ptr<Gui::MainWindow> createMainWindow(Composition &composition)
{
    auto window = std::make_unique<Gui::MainWindow>(composition.changes());
    // Views and dialogs, one section per area.
    // -- auth --

    // -- events --

    // -- feeds --

    // -- collector --
    window->addView(new Gui::ActivityView(composition.collector(), composition.changes()),
        Gui::MainWindow::tr("Activity"));
    window->addView(new Gui::AppsView(composition.collector(), composition.changes()),
        Gui::MainWindow::tr("Apps"));

    return window;
}

} // namespace Eventdesk::App
