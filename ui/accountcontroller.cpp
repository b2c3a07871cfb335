// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountcontroller.h"

#include "authservice.h"
#include "credentialstore.h"
#include "errortext.h"
#include "logindialog.h"
#include "session.h"
#include "signupdialog.h"

#include <QAction>
#include <QMenu>
#include <QPointer>

namespace Eventdesk::Gui {

const QString AccountController::tokenKey = QStringLiteral("session-token");

AccountController::AccountController(Core::AuthService &auth, Session &session,
    std::shared_ptr<CredentialStore> credentials, QWidget *window)
    : QObject(window)
    , m_auth(auth)
    , m_session(session)
    , m_credentials(std::move(credentials))
    , m_window(window)
{
    m_signUp = new QAction(tr("&Sign Up..."), this);
    m_signUp->setObjectName(QStringLiteral("signUpAction"));
    m_signUp->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_logIn = new QAction(tr("&Log In..."), this);
    m_logIn->setObjectName(QStringLiteral("logInAction"));
    m_logIn->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_logOut = new QAction(tr("Log &Out"), this);
    m_logOut->setObjectName(QStringLiteral("logOutAction"));
    m_logOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_signUp, &QAction::triggered, this, &AccountController::signUp);
    connect(m_logIn, &QAction::triggered, this, &AccountController::logIn);
    connect(m_logOut, &QAction::triggered, this, &AccountController::logOut);
    connect(&m_session, &Session::changed, this, &AccountController::updateActions);
    updateActions();
}

AccountController::~AccountController()
{
    m_workers.waitForDone();
}

void AccountController::addActions(QMenu *menu)
{
    menu->addAction(m_signUp);
    menu->addAction(m_logIn);
    menu->addSeparator();
    menu->addAction(m_logOut);
}

void AccountController::updateActions()
{
    m_logOut->setEnabled(m_session.isSignedIn());
}

void AccountController::signUp()
{
    openDialog(new SignupDialog(m_auth, m_workers, m_window));
}

void AccountController::logIn()
{
    auto *dialog = new LoginDialog(m_auth, m_workers, m_window);
    if (m_session.isSignedIn())
        dialog->setEmail(m_session.user().email);
    openDialog(dialog);
}

void AccountController::openDialog(AccountDialog *dialog)
{
    // Window-modal and without a nested event loop (open(), not exec()): the window keeps
    // painting and the API keeps answering while the dialog is up.
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { signedIn(*dialog); });
    dialog->open();
}

void AccountController::signedIn(const AccountDialog &dialog)
{
    const Core::AuthSession &session = dialog.session();
    // Switching accounts: the previous token is of no further use.
    if (m_session.isSignedIn() && m_session.token() != session.token)
        (void)m_auth.logout(m_session.token().toUtf8());
    m_session.signIn(session.user, session.token);
    Q_EMIT notice(tr("Signed in as %1.").arg(session.user.email));

    QPointer<AccountController> self(this);
    const auto saved = [self](const Core::Result<void> &result) {
        if (self && !result)
            Q_EMIT self->notice(tr("The login could not be kept in the system keychain (%1). "
                                   "You will need to log in again next time.")
                                    .arg(result.error().message));
    };
    if (dialog.rememberMe())
        m_credentials->write(m_key, session.token, saved);
    else
        m_credentials->remove(m_key, [](const Core::Result<void> &) {});
}

void AccountController::logOut()
{
    if (!m_session.isSignedIn())
        return;
    const QString token = m_session.token();
    m_session.signOut();
    if (auto revoked = m_auth.logout(token.toUtf8()); !revoked)
        Q_EMIT notice(
            tr("Signed out, but the server did not confirm: %1").arg(errorText(revoked.error())));
    else
        Q_EMIT notice(tr("Signed out."));
    QPointer<AccountController> self(this);
    m_credentials->remove(m_key, [self](const Core::Result<void> &result) {
        if (self && !result && result.error().kind != Core::ErrorKind::NotFound)
            Q_EMIT self->notice(tr("The saved login could not be removed from the system "
                                   "keychain (%1).")
                                    .arg(result.error().message));
    });
}

void AccountController::restoreSession()
{
    QPointer<AccountController> self(this);
    m_credentials->read(m_key, [self](const Core::Result<QString> &token) {
        if (!self)
            return;
        if (!token) {
            // Nothing saved is the usual case and not worth a word.
            if (token.error().kind != Core::ErrorKind::NotFound)
                Q_EMIT self->notice(tr("\"Remember me\" is off: no system keychain (%1).")
                                        .arg(token.error().message));
            Q_EMIT self->restoreFinished();
            return;
        }
        auto user = self->m_auth.authenticate(token->toUtf8());
        if (user) {
            if (!self->m_session.isSignedIn())
                self->m_session.signIn(*user, *token);
            Q_EMIT self->notice(tr("Welcome back, %1.").arg(user->email));
        } else {
            // Expired or revoked elsewhere (logout-all): forget it.
            self->m_credentials->remove(self->m_key, [](const Core::Result<void> &) {});
            if (user.error().kind == Core::ErrorKind::Unauthorized)
                Q_EMIT self->notice(tr("Your saved login has expired. Please log in again."));
            else
                Q_EMIT self->notice(
                    tr("Could not restore the saved login: %1").arg(errorText(user.error())));
        }
        Q_EMIT self->restoreFinished();
    });
}

} // namespace Eventdesk::Gui
