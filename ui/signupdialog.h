// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountdialog.h"

namespace Eventdesk::Gui {

// Creates an account: e-mail, optional display name, password, checked as the user types.
class SignupDialog : public AccountDialog
{
    Q_OBJECT
public:
    SignupDialog(Core::AuthService &auth, QThreadPool &workers, QWidget *parent = nullptr);
    ~SignupDialog() override { stopValidating(); }

protected:
    bool validate(bool showEmpty) override;
    std::function<Core::Result<Core::AuthSession>()> makeCall() override;
    QString busyText() const override;
    QString localProblem(const QString &apiName) const override;
    void showServiceError(const Core::Error &error) override;

private:
    Field m_email;
    Field m_displayName;
    Field m_password;
};

} // namespace Eventdesk::Gui
