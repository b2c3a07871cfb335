// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThreadPool>

#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace Eventdesk::Core {
class AuthService;
}

namespace Eventdesk::Gui {

class AccountDialog;
class CredentialStore;
class Session;

// The Account menu's actions: sign up, log in, log out, and "remember me" (the token in the
// keychain, restored at start). Owns the pool the dialogs hash passwords on, so the pool's
// work ends before the services it uses go away.
class AccountController : public QObject
{
    Q_OBJECT
public:
    static const QString tokenKey; // the keychain entry, unless setCredentialKey() says otherwise

    AccountController(Core::AuthService &auth, Session &session,
        std::shared_ptr<CredentialStore> credentials, QWidget *window);
    ~AccountController() override;

    // One entry per database, so that a second data folder does not drop the first one's login.
    void setCredentialKey(const QString &key) { m_key = key; }
    void addActions(QMenu *menu);
    QAction *signUpAction() const { return m_signUp; }
    QAction *logInAction() const { return m_logIn; }
    QAction *logOutAction() const { return m_logOut; }
    QThreadPool &workers() { return m_workers; }

public Q_SLOTS:
    void restoreSession(); // reads the keychain; asynchronous
    void signUp();
    void logIn();
    void logOut();

Q_SIGNALS:
    // Something the user should know that needs no answer (shown in the status bar).
    void notice(const QString &text);
    void restoreFinished();

private:
    void openDialog(AccountDialog *dialog);
    void signedIn(const AccountDialog &dialog);
    void updateActions();

    Core::AuthService &m_auth;
    Session &m_session;
    std::shared_ptr<CredentialStore> m_credentials;
    QWidget *m_window;
    QString m_key = tokenKey;
    QThreadPool m_workers;
    QAction *m_signUp = nullptr;
    QAction *m_logIn = nullptr;
    QAction *m_logOut = nullptr;
};

} // namespace Eventdesk::Gui
