// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountvalidation.h"

#include "accountrules.h"

#include <QCoreApplication>

namespace Eventdesk::Gui {

namespace {
QString firstProblem(const QList<Core::FieldError> &errors)
{
    return errors.isEmpty() ? QString() : translatedRuleMessage(errors.constFirst().message);
}
} // namespace

QString translatedRuleMessage(const QString &message)
{
    return QCoreApplication::translate(Core::accountRulesContext, message.toUtf8().constData());
}

QString emailProblem(const QString &email)
{
    return firstProblem(Core::validateEmail(email));
}

QString passwordProblem(const QString &password, const QString &email)
{
    return firstProblem(Core::validatePassword(password, email));
}

QString displayNameProblem(const QString &displayName)
{
    return firstProblem(Core::validateDisplayName(displayName));
}

} // namespace Eventdesk::Gui
