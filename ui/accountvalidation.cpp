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

// Gives lupdate and tr() one context for these free functions.
class AccountValidation
{
    Q_DECLARE_TR_FUNCTIONS(Eventdesk::Gui::AccountValidation)
};
} // namespace

QString emailProblem(const QString &email)
{
    static const QRegularExpression syntax(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    const QString trimmed = email.trimmed();
    if (trimmed.isEmpty())
        return AccountValidation::tr("Enter your e-mail address.");
    if (trimmed.size() > maxEmailLength || !syntax.match(trimmed).hasMatch())
        return AccountValidation::tr("This is not a valid e-mail address.");
    return {};
}

QString passwordProblem(const QString &password, const QString &email)
{
    if (password.isEmpty())
        return AccountValidation::tr("Enter a password.");
    if (password.size() < minPasswordLength)
        return AccountValidation::tr("Use at least 8 characters.");
    if (password.size() > maxPasswordLength)
        return AccountValidation::tr("Use at most 1024 characters.");
    const bool allDigits
        = std::all_of(password.cbegin(), password.cend(), [](QChar c) { return c.isDigit(); });
    if (allDigits)
        return AccountValidation::tr("Use more than digits.");
    if (!email.trimmed().isEmpty() && password.compare(email.trimmed(), Qt::CaseInsensitive) == 0)
        return AccountValidation::tr("The password must not be your e-mail address.");
    return {};
}

} // namespace Eventdesk::Gui
