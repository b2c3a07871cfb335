// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountdialog.h"

namespace Eventdesk::Gui {

// Logs in with e-mail and password. Wrong credentials get one generic message (it never says
// which of the two was wrong); throttling says how long to wait.
class LoginDialog : public AccountDialog
{
    Q_OBJECT
public:
    LoginDialog(Core::AuthService &auth, QThreadPool &workers, QWidget *parent = nullptr);
    ~LoginDialog() override { stopValidating(); }

    void setEmail(const QString &email);

protected:
    bool validate(bool showEmpty) override;
    std::function<Core::Result<Core::AuthSession>()> makeCall() override;
    QString busyText() const override;
    void showServiceError(const Core::Error &error) override;

private:
    Field m_email;
    Field m_password;
};

} // namespace Eventdesk::Gui
