// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

namespace Eventdesk::Gui {
class MainWindow;
}

namespace Eventdesk::App {

class Composition;

// Builds the main window and its views from the composition's services.
std::unique_ptr<Gui::MainWindow> createMainWindow(Composition &composition);

} // namespace Eventdesk::App
