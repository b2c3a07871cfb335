// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace Eventdesk::Gui {

// The one way an error from a core service reaches the user: the service's message translated
// (core marks its messages with QT_TRANSLATE_NOOP), each field problem on its own line, and what
// to do next where the kind of error says it (wait, try again, check the source).
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(Eventdesk::Gui::ErrorText)
public:
    static QString of(const Core::Error &error);
};

inline QString errorText(const Core::Error &error)
{
    return ErrorText::of(error);
}

} // namespace Eventdesk::Gui
