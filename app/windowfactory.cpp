// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowfactory.h"

#include "composition.h"
#include "mainwindow.h"
// -- feeds --
#include "feedsview.h"

#include <QCoreApplication>

namespace Eventdesk::App {

std::unique_ptr<Gui::MainWindow> createMainWindow(Composition &composition)
{
    auto window = std::make_unique<Gui::MainWindow>(composition.changes());
    // Views and dialogs, one section per area.
    // -- auth --

    // -- events --

    // -- feeds --
    window->addView(new Gui::FeedsView(composition.feeds(), composition.changes()),
        QCoreApplication::translate("WindowFactory", "Feeds"));

    // -- collector --

    return window;
}

} // namespace Eventdesk::App
