// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Eventdesk::Gui {

// The account rules checked as the user types: the same pure functions the service enforces
// (Core::validateEmail and friends in accountrules.h), with their messages translated. Each
// returns a message, or an empty string when the value is fine. The service stays the authority:
// its errors are shown too.
QString emailProblem(const QString &email);
QString passwordProblem(const QString &password, const QString &email);
QString displayNameProblem(const QString &displayName);

// A message from the account rules (or the service) in the user's language, when translated.
QString translatedRuleMessage(const QString &message);

} // namespace Eventdesk::Gui
