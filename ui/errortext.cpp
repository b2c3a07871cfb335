// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "errortext.h"

#include "accountvalidation.h"

namespace Eventdesk::Gui {

QString ErrorText::of(const Core::Error &error)
{
    QString text = translatedRuleMessage(error.message);
    if (error.code == QLatin1String("invalid_credentials"))
        // Generic on purpose: it does not tell which of the two was wrong.
        text = tr("Email or password is incorrect.");
    else if (error.kind == Core::ErrorKind::RateLimited)
        text = tr("Too many attempts. Try again in %n second(s).", nullptr,
            qMax(1, error.retryAfterSeconds));
    if (text.isEmpty())
        text = tr("Something went wrong (%1).").arg(error.code);
    QStringList lines {text};
    for (const Core::FieldError &field : error.fields) {
        const QString message = translatedRuleMessage(field.message);
        if (message != text)
            lines.append(tr("• %1").arg(message));
    }
    switch (error.kind) {
    case Core::ErrorKind::Unavailable:
        lines.append(tr("Check the connection and try again in a moment."));
        break;
    case Core::ErrorKind::PreconditionFailed:
        lines.append(tr("Someone changed it in the meantime; it now shows their version."));
        break;
    case Core::ErrorKind::Internal:
        lines.append(tr("Try again. If it happens again, please report it."));
        break;
    default:
        break;
    }
    return lines.join(u'\n');
}

} // namespace Eventdesk::Gui
