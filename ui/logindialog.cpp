// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logindialog.h"

#include "accountvalidation.h"
#include "authservice.h"

#include <QLineEdit>

namespace Eventdesk::Gui {

LoginDialog::LoginDialog(Core::AuthService &auth, QThreadPool &workers, QWidget *parent)
    : AccountDialog(auth, workers, parent)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Log in"));
    m_email = addField(QStringLiteral("email"), tr("&E-mail:"), QStringLiteral("email"));
    m_password
        = addField(QStringLiteral("password"), tr("&Password:"), QStringLiteral("password"), true);
    finishLayout(tr("&Log in"));
}

void LoginDialog::setEmail(const QString &email)
{
    m_email.edit->setText(email);
    m_password.edit->setFocus();
}

bool LoginDialog::validate(bool showEmpty)
{
    // Only what is plainly wrong: the password rules are the sign-up's business.
    const QString email = m_email.edit->text();
    const QString emailIssue = emailProblem(email);
    if (showEmpty || !email.isEmpty() || emailIssue.isEmpty())
        setFieldError(m_email, emailIssue);
    const QString passwordIssue
        = m_password.edit->text().isEmpty() ? tr("Enter your password.") : QString();
    if (showEmpty || passwordIssue.isEmpty())
        setFieldError(m_password, passwordIssue);
    return emailIssue.isEmpty() && passwordIssue.isEmpty();
}

std::function<Core::Result<Core::AuthSession>()> LoginDialog::makeCall()
{
    // The window is judged by its own failures only, so a local script hammering the API with
    // wrong passwords cannot lock the person at the window out.
    return [&service = auth(), email = m_email.edit->text().trimmed(),
               password = m_password.edit->text()] {
        Core::LoginRequest request;
        request.email = email;
        request.password = password;
        request.clientAddress = QStringLiteral("window");
        request.via = Core::Via::Window;
        return service.login(request);
    };
}

QString LoginDialog::busyText() const
{
    return tr("Checking the password...");
}

void LoginDialog::showServiceError(const Core::Error &error)
{
    AccountDialog::showServiceError(error); // errorText(): "Email or password is incorrect."
    if (error.kind == Core::ErrorKind::Unauthorized) {
        m_password.edit->selectAll();
        m_password.edit->setFocus();
    }
}

} // namespace Eventdesk::Gui
