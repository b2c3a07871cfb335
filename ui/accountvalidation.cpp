// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountvalidation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Eventdesk::Gui {

namespace {
constexpr int minPasswordLength = 8;
constexpr int maxPasswordLength = 1024;
constexpr int maxEmailLength = 254;

QString tr(const char *text)
{
    return QCoreApplication::translate("Eventdesk::Gui::AccountValidation", text);
}
} // namespace

QString emailProblem(const QString &email)
{
    static const QRegularExpression syntax(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    const QString trimmed = email.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter your e-mail address.");
    if (trimmed.size() > maxEmailLength || !syntax.match(trimmed).hasMatch())
        return tr("This is not a valid e-mail address.");
    return {};
}

QString passwordProblem(const QString &password, const QString &email)
{
    if (password.isEmpty())
        return tr("Enter a password.");
    if (password.size() < minPasswordLength)
        return tr("Use at least 8 characters.");
    if (password.size() > maxPasswordLength)
        return tr("Use at most 1024 characters.");
    const bool allDigits
        = std::all_of(password.cbegin(), password.cend(), [](QChar c) { return c.isDigit(); });
    if (allDigits)
        return tr("Use more than digits.");
    if (!email.trimmed().isEmpty() && password.compare(email.trimmed(), Qt::CaseInsensitive) == 0)
        return tr("The password must not be your e-mail address.");
    return {};
}

} // namespace Eventdesk::Gui
