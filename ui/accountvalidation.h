// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Eventdesk::Gui {

// The account rules, checked as the user types. They mirror the service's rules so the user
// sees a problem before the slow call; the service stays the authority (its errors are shown
// too). Each returns a translated message, or an empty string when the value is fine.
QString emailProblem(const QString &email);
QString passwordProblem(const QString &password, const QString &email);

} // namespace Eventdesk::Gui
