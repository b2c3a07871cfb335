// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actor.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Eventdesk::Core {
class AuthService;
}

namespace Eventdesk::Gui {

class Session;

// Users and invitations (admins): every account with its role, making an account an admin or a
// member, who may sign up over the API (open, by invitation, closed) and single-use invite
// codes. The rules (admins only, the last admin stays) are the AuthService's; this dialog shows
// its answers. Each call is one quick database operation, so it runs on the GUI thread.
class UsersDialog : public QDialog
{
    Q_OBJECT
public:
    UsersDialog(Core::AuthService &auth, const Session &session, QWidget *parent = nullptr);

public Q_SLOTS:
    void reload();
    void makeAdmin();
    void makeMember();
    void createInvite();

private:
    Core::Actor actor() const;
    qint64 selectedUser() const;
    void setRole(Core::Role role);
    void applyRegistration(int index);
    void showError(const Core::Error &error);

    Core::AuthService &m_auth;
    const Session &m_session;
    QTableWidget *m_table = nullptr;
    QPushButton *m_makeAdmin = nullptr;
    QPushButton *m_makeMember = nullptr;
    QComboBox *m_registration = nullptr;
    QLabel *m_registrationNote = nullptr;
    QPushButton *m_invite = nullptr;
    QLineEdit *m_inviteCode = nullptr;
    QLabel *m_message = nullptr;
    bool m_loading = false;
};

} // namespace Eventdesk::Gui
