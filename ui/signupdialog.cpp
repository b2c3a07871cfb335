// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "signupdialog.h"

#include "accountvalidation.h"
#include "authservice.h"

#include <QLabel>
#include <QLineEdit>

namespace Eventdesk::Gui {

SignupDialog::SignupDialog(Core::AuthService &auth, QThreadPool &workers, QWidget *parent)
    : AccountDialog(auth, workers, parent)
{
    setObjectName(QStringLiteral("signupDialog"));
    setWindowTitle(tr("Create an account"));
    m_email = addField(QStringLiteral("email"), tr("&E-mail:"), QStringLiteral("email"));
    m_email.edit->setPlaceholderText(tr("you@example.org"));
    m_displayName = addField(
        QStringLiteral("displayName"), tr("&Name (optional):"), QStringLiteral("display_name"));
    m_password
        = addField(QStringLiteral("password"), tr("&Password:"), QStringLiteral("password"), true);
    m_password.edit->setToolTip(
        tr("At least 8 characters, not only digits, and not your e-mail address."));
    finishLayout(tr("&Sign up"));
    // The password rule depends on the e-mail: re-check it when the e-mail changes.
    connect(m_email.edit, &QLineEdit::textChanged, this, [this] {
        if (isValidating() && m_password.error->isVisible())
            validate(false);
    });
}

bool SignupDialog::validate(bool showEmpty)
{
    bool ok = true;
    const auto check = [&](const Field &field, const QString &problem) {
        ok = ok && problem.isEmpty();
        if (showEmpty || !field.edit->text().isEmpty() || problem.isEmpty())
            setFieldError(field, problem);
    };
    check(m_email, emailProblem(m_email.edit->text()));
    check(m_displayName, displayNameProblem(m_displayName.edit->text()));
    check(m_password, passwordProblem(m_password.edit->text(), m_email.edit->text()));
    return ok;
}

std::function<Core::Result<Core::AuthSession>()> SignupDialog::makeCall()
{
    return [&service = auth(), email = m_email.edit->text().trimmed(),
               password = m_password.edit->text(), name = m_displayName.edit->text().trimmed()] {
        return service.signup(email, password, name);
    };
}

QString SignupDialog::busyText() const
{
    return tr("Creating the account...");
}

QString SignupDialog::localProblem(const QString &apiName) const
{
    if (apiName == m_email.apiName)
        return emailProblem(m_email.edit->text());
    if (apiName == m_password.apiName)
        return passwordProblem(m_password.edit->text(), m_email.edit->text());
    if (apiName == m_displayName.apiName)
        return displayNameProblem(m_displayName.edit->text());
    return {};
}

void SignupDialog::showServiceError(const Core::Error &error)
{
    if (error.kind == Core::ErrorKind::Conflict) {
        setFieldError(m_email, tr("An account with this e-mail address already exists."));
        m_email.edit->setFocus();
        return;
    }
    AccountDialog::showServiceError(error);
}

} // namespace Eventdesk::Gui
