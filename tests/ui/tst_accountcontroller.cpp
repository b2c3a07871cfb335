// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Account menu's work: logging in through the dialog into the Session, "remember me" in a
// (here in-memory) keychain, restoring it at start, logout revoking the token, and a machine
// without a keychain service.
#include "accountcontroller.h"
#include "credentialstore.h"
#include "errortext.h"
#include "fakeauthservice.h"
#include "logindialog.h"
#include "session.h"
#include "signupdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Eventdesk;

namespace {

// Fills in the modal dialog that the controller is about to open and submits it.
void whenDialogOpens(const QString &email, const QString &password, bool remember)
{
    QTimer::singleShot(0, [=] {
        auto *dialog = qobject_cast<Gui::AccountDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit"))->setText(email);
        dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(password);
        dialog->findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->setChecked(remember);
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(QStringLiteral("submitButton")), Qt::LeftButton);
    });
}

} // namespace

class TestAccountController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        // Any warning fails, except the offscreen platform's note that it cannot resize windows.
        QTest::failOnWarning(QRegularExpression(
            QStringLiteral("^(?!This plugin does not support propagateSizeHints).*")));
        m_auth = std::make_unique<Testing::FakeAuthService>();
        m_keychain = std::make_shared<Gui::MemoryCredentialStore>();
        m_window = std::make_unique<QWidget>();
        m_session = new Gui::Session(m_window.get());
        m_controller = new Gui::AccountController(*m_auth, *m_session, m_keychain, m_window.get());
        m_window->show();
    }
    void cleanup()
    {
        m_window.reset(); // the controller waits for its pool
        m_auth.reset();
    }

    void actionsInTheMenu()
    {
        QMenu menu;
        m_controller->addActions(&menu);
        QStringList names;
        const auto actions = menu.actions();
        for (QAction *action : actions)
            if (!action->isSeparator())
                names.append(action->objectName());
        QCOMPARE(names,
            QStringList({QStringLiteral("signUpAction"), QStringLiteral("logInAction"),
                QStringLiteral("logOutAction")}));
        QVERIFY(!m_controller->logOutAction()->isEnabled()); // nobody signed in yet
        QCOMPARE(m_controller->signUpAction()->shortcut(),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
        QCOMPARE(m_controller->logInAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
        QCOMPARE(m_controller->logOutAction()->shortcut(),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        QCOMPARE(m_controller->logInAction()->text(), QStringLiteral("&Log In..."));
    }

    void signUpSignsIn()
    {
        QSignalSpy changed(m_session, &Gui::Session::changed);
        QTimer::singleShot(0, [] {
            auto *dialog = qobject_cast<Gui::SignupDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit"))
                ->setText(QStringLiteral("ana@example.org"));
            dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
                ->setText(QStringLiteral("correct horse"));
            QTest::mouseClick(
                dialog->findChild<QPushButton *>(QStringLiteral("submitButton")), Qt::LeftButton);
        });
        m_controller->signUpAction()->trigger();
        QTRY_VERIFY(m_session->isSignedIn());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_session->user().email, QStringLiteral("ana@example.org"));
        QVERIFY(m_session->userId() > 0);
        QVERIFY(m_controller->logOutAction()->isEnabled());
        QVERIFY(m_keychain->secrets().isEmpty()); // not asked to remember
    }

    void dialogsOpenWithoutANestedLoop()
    {
        // open(), not exec(): logIn() returns at once with a window-modal dialog up, which
        // deletes itself when closed; the session changes only when the dialog succeeds.
        m_auth->addUser(QStringLiteral("ana@example.org"), QStringLiteral("correct horse"));
        m_controller->logIn();
        auto *dialog = qobject_cast<Gui::LoginDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        QCOMPARE(dialog->parentWidget(), m_window.get());
        QVERIFY(!m_session->isSignedIn());
        QPointer<QDialog> cancelled(dialog);
        dialog->reject();
        QTRY_VERIFY(!cancelled);
        QVERIFY(!m_session->isSignedIn());

        // A wrong password: the message comes from the one error-text helper, translated.
        m_controller->logIn();
        dialog = qobject_cast<Gui::LoginDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit"))
            ->setText(QStringLiteral("ana@example.org"));
        dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
            ->setText(QStringLiteral("wrong horse"));
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(QStringLiteral("submitButton")), Qt::LeftButton);
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("messageLabel"));
        QTRY_VERIFY(message->isVisible());
        Core::Error wrong = Core::Error::make(Core::ErrorKind::Unauthorized,
            QStringLiteral("invalid_credentials"), QStringLiteral("wrong"));
        QCOMPARE(message->text(), Gui::errorText(wrong));
        QCOMPARE(message->text(), QStringLiteral("Email or password is incorrect."));
        dialog->reject();
        QVERIFY(!m_session->isSignedIn());
    }

    void rememberMeKeepsTheTokenAndRestoresIt()
    {
        m_auth->addUser(QStringLiteral("ana@example.org"), QStringLiteral("correct horse"));
        whenDialogOpens(QStringLiteral("ana@example.org"), QStringLiteral("correct horse"), true);
        m_controller->logIn();
        QTRY_VERIFY(m_session->isSignedIn());
        const QString token = m_session->token();
        QCOMPARE(m_keychain->secrets().value(Gui::AccountController::tokenKey), token);

        // Next start: a new window with the same keychain signs in without a dialog.
        QWidget nextWindow;
        Gui::Session nextSession;
        Gui::AccountController next(*m_auth, nextSession, m_keychain, &nextWindow);
        QSignalSpy done(&next, &Gui::AccountController::restoreFinished);
        next.restoreSession();
        QTRY_COMPARE(done.count(), 1);
        QVERIFY(nextSession.isSignedIn());
        QCOMPARE(nextSession.token(), token);
        QCOMPARE(nextSession.user().email, QStringLiteral("ana@example.org"));
    }

    void loginWithoutRememberForgetsAnOldToken()
    {
        m_auth->addUser(QStringLiteral("ana@example.org"), QStringLiteral("correct horse"));
        m_keychain->write(Gui::AccountController::tokenKey, QStringLiteral("edk_old"), [](auto) {});
        whenDialogOpens(QStringLiteral("ana@example.org"), QStringLiteral("correct horse"), false);
        m_controller->logIn();
        QTRY_VERIFY(m_session->isSignedIn());
        QVERIFY(m_keychain->secrets().isEmpty());
    }

    void logoutRevokesAndForgets()
    {
        m_auth->addUser(QStringLiteral("ana@example.org"), QStringLiteral("correct horse"));
        whenDialogOpens(QStringLiteral("ana@example.org"), QStringLiteral("correct horse"), true);
        m_controller->logIn();
        QTRY_VERIFY(m_session->isSignedIn());
        const QString token = m_session->token();
        QVERIFY(!token.isEmpty());
        QSignalSpy notices(m_controller, &Gui::AccountController::notice);

        m_controller->logOutAction()->trigger();
        QVERIFY(!m_session->isSignedIn());
        QCOMPARE(m_session->userId(), 0);
        QVERIFY(m_session->token().isEmpty());
        QCOMPARE(m_auth->revoked(), QStringList {token});
        QVERIFY(!m_auth->authenticate(token.toUtf8())); // the token no longer works
        QVERIFY(m_keychain->secrets().isEmpty());
        QVERIFY(!m_controller->logOutAction()->isEnabled());
        QCOMPARE(notices.count(), 1);
        QCOMPARE(notices.at(0).at(0).toString(), QStringLiteral("Signed out."));
    }

    void restoreDropsARevokedToken()
    {
        const QString token
            = m_auth->addUser(QStringLiteral("ana@example.org"), QStringLiteral("correct horse"));
        QVERIFY(m_auth->logout(token.toUtf8()));
        m_keychain->write(Gui::AccountController::tokenKey, token, [](auto) {});
        QSignalSpy notices(m_controller, &Gui::AccountController::notice);
        QSignalSpy done(m_controller, &Gui::AccountController::restoreFinished);
        m_controller->restoreSession();
        QTRY_COMPARE(done.count(), 1);
        QVERIFY(!m_session->isSignedIn());
        QVERIFY(m_keychain->secrets().isEmpty());
        QCOMPARE(notices.count(), 1);
        QCOMPARE(notices.at(0).at(0).toString(),
            QStringLiteral("Your saved login has expired. Please log in again."));
    }

    void restoreWithNothingSavedSaysNothing()
    {
        QSignalSpy notices(m_controller, &Gui::AccountController::notice);
        QSignalSpy done(m_controller, &Gui::AccountController::restoreFinished);
        m_controller->restoreSession();
        QTRY_COMPARE(done.count(), 1);
        QVERIFY(!m_session->isSignedIn());
        QCOMPARE(notices.count(), 0);
    }

    void noKeychainFailsGracefully()
    {
        auto none = std::make_shared<Gui::MemoryCredentialStore>(false);
        QWidget window;
        Gui::Session session;
        Gui::AccountController controller(*m_auth, session, none, &window);
        QSignalSpy notices(&controller, &Gui::AccountController::notice);
        QSignalSpy done(&controller, &Gui::AccountController::restoreFinished);
        controller.restoreSession();
        QTRY_COMPARE(done.count(), 1);
        QCOMPARE(notices.count(), 1);
        QCOMPARE(notices.at(0).at(0).toString(),
            QStringLiteral("\"Remember me\" is off: no system keychain (No keychain service is "
                           "available.)."));

        // Logging in with "remember me" still works; the user is told it was not kept.
        m_auth->addUser(QStringLiteral("ana@example.org"), QStringLiteral("correct horse"));
        whenDialogOpens(QStringLiteral("ana@example.org"), QStringLiteral("correct horse"), true);
        controller.logIn();
        QTRY_VERIFY(session.isSignedIn());
        QTRY_COMPARE(notices.count(), 3);
        QCOMPARE(notices.at(1).at(0).toString(), QStringLiteral("Signed in as ana@example.org."));
        QVERIFY(notices.at(2).at(0).toString().startsWith(
            QStringLiteral("The login could not be kept in the system keychain")));
    }

private:
    std::unique_ptr<Testing::FakeAuthService> m_auth;
    std::shared_ptr<Gui::MemoryCredentialStore> m_keychain;
    std::unique_ptr<QWidget> m_window;
    Gui::Session *m_session = nullptr;
    Gui::AccountController *m_controller = nullptr;
};

QTEST_MAIN(TestAccountController)
#include "tst_accountcontroller.moc"
