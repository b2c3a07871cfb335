// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sign-up and login dialogs offscreen: inline validation per field, the service's errors
// next to the right field or as a message, the busy state while the slow call runs off the GUI
// thread.
#include "errortext.h"
#include "fakeauthservice.h"
#include "logindialog.h"
#include "signupdialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QTranslator>

using namespace Eventdesk;

namespace {

template<typename T> T *child(QWidget &parent, const char *name)
{
    auto *widget = parent.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

void type(QWidget &dialog, const char *field, const QString &text)
{
    auto *edit = child<QLineEdit>(dialog, field);
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

class TestAccountDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // English plural forms ("30 seconds", "1 hour"), as the app loads them.
        QVERIFY(m_english.load(QStringLiteral(":/i18n/eventdesk_en.qm")));
        QCoreApplication::installTranslator(&m_english);
    }
    void init()
    {
        // Any warning fails, except the offscreen platform's note that it cannot resize windows.
        QTest::failOnWarning(QRegularExpression(
            QStringLiteral("^(?!This plugin does not support propagateSizeHints).*")));
        m_auth = std::make_unique<Testing::FakeAuthService>();
    }
    void cleanup()
    {
        m_auth->release();
        m_pool.waitForDone();
        m_auth.reset();
    }

    void signupValidatesEachField_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("emailError");
        QTest::addColumn<QString>("passwordError");
        QTest::newRow("empty") << QString() << QString() << "Enter your e-mail address."
                               << "Enter a password.";
        QTest::newRow("no at") << "ana.example.org"
                               << "good password"
                               << "Enter a valid e-mail address, like name@example.org."
                               << QString();
        QTest::newRow("no domain dot")
            << "ana@example"
            << "good password"
            << "Enter a valid e-mail address, like name@example.org." << QString();
        QTest::newRow("space") << "ana maria@example.org"
                               << "good password"
                               << "Enter a valid e-mail address, like name@example.org."
                               << QString();
        QTest::newRow("short") << "ana@example.org"
                               << "short1" << QString()
                               << "The password needs at least 8 characters.";
        QTest::newRow("digits") << "ana@example.org"
                                << "1234567890" << QString()
                                << "The password must not be only digits.";
        QTest::newRow("is e-mail")
            << "ana@example.org"
            << "ANA@example.org" << QString() << "The password must not be your e-mail address.";
        QTest::newRow("too long") << "ana@example.org" << QString(1025, u'x') << QString()
                                  << "The password may have at most 1024 characters.";
    }

    void signupValidatesEachField()
    {
        QFETCH(QString, email);
        QFETCH(QString, password);
        QFETCH(QString, emailError);
        QFETCH(QString, passwordError);
        Gui::SignupDialog dialog(*m_auth, m_pool);
        dialog.show();
        type(dialog, "emailEdit", email);
        // keyClicks on 1025 characters is slow and says nothing more: set it directly.
        child<QLineEdit>(dialog, "passwordEdit")->setText(password);
        QTest::mouseClick(child<QPushButton>(dialog, "submitButton"), Qt::LeftButton);

        auto *emailLabel = child<QLabel>(dialog, "emailError");
        auto *passwordLabel = child<QLabel>(dialog, "passwordError");
        QCOMPARE(emailLabel->isVisible(), !emailError.isEmpty());
        QCOMPARE(emailLabel->text(), emailError);
        QCOMPARE(passwordLabel->isVisible(), !passwordError.isEmpty());
        QCOMPARE(passwordLabel->text(), passwordError);
        // Invalid input never reaches the (slow) service.
        QCOMPARE(m_auth->calls(), 0);
        QVERIFY(dialog.isVisible());
    }

    void signupChecksTheDisplayName()
    {
        Gui::SignupDialog dialog(*m_auth, m_pool);
        dialog.show();
        type(dialog, "emailEdit", QStringLiteral("ana@example.org"));
        type(dialog, "passwordEdit", QStringLiteral("correct horse"));
        child<QLineEdit>(dialog, "displayNameEdit")->setText(QString(101, u'n'));
        QTest::mouseClick(child<QPushButton>(dialog, "submitButton"), Qt::LeftButton);
        QCOMPARE(child<QLabel>(dialog, "displayNameError")->text(),
            QStringLiteral("The display name may have at most 100 characters."));
        QCOMPARE(m_auth->calls(), 0);
    }

    void signupErrorFollowsTyping()
    {
        Gui::SignupDialog dialog(*m_auth, m_pool);
        dialog.show();
        type(dialog, "emailEdit", QStringLiteral("ana@"));
        QTest::mouseClick(child<QPushButton>(dialog, "submitButton"), Qt::LeftButton);
        auto *emailLabel = child<QLabel>(dialog, "emailError");
        QVERIFY(emailLabel->isVisible());
        QTest::keyClicks(child<QLineEdit>(dialog, "emailEdit"), QStringLiteral("example.org"));
        QVERIFY(!emailLabel->isVisible());
    }

    void signupSucceedsOffTheGuiThread()
    {
        Gui::SignupDialog dialog(*m_auth, m_pool);
        dialog.show();
        type(dialog, "emailEdit", QStringLiteral("ana@example.org"));
        type(dialog, "displayNameEdit", QStringLiteral("Ana"));
        type(dialog, "passwordEdit", QStringLiteral("correct horse"));
        child<QCheckBox>(dialog, "rememberCheck")->setChecked(true);
        QSignalSpy busy(&dialog, &Gui::AccountDialog::busyChanged);

        m_auth->hold();
        QTest::mouseClick(child<QPushButton>(dialog, "submitButton"), Qt::LeftButton);
        // Busy while the call runs: the button is off, the indicator shows, and the event loop
        // still runs (this wait processes events while the service is held).
        QVERIFY(dialog.isBusy());
        QVERIFY(!child<QPushButton>(dialog, "submitButton")->isEnabled());
        QVERIFY(child<QProgressBar>(dialog, "busyBar")->isVisible());
        QVERIFY(child<QLineEdit>(dialog, "emailEdit")->isReadOnly());
        // The GUI thread keeps processing events while the call is held on the pool.
        bool ticked = false;
        QTimer::singleShot(0, &dialog, [&ticked] { ticked = true; });
        QTRY_VERIFY(ticked);
        QVERIFY(dialog.isVisible());
        m_auth->release();

        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isBusy());
        QCOMPARE(busy.count(), 2);
        QVERIFY(m_auth->lastCallThread() != QThread::currentThread());
        QCOMPARE(dialog.session().user.email, QStringLiteral("ana@example.org"));
        QCOMPARE(dialog.session().user.displayName, QStringLiteral("Ana"));
        QVERIFY(!dialog.session().token.isEmpty());
        QVERIFY(dialog.rememberMe());
    }

    void signupTakenEmailShownAtTheEmail()
    {
        m_auth->addUser(QStringLiteral("ana@example.org"), QStringLiteral("correct horse"));
        Gui::SignupDialog dialog(*m_auth, m_pool);
        dialog.show();
        type(dialog, "emailEdit", QStringLiteral("ANA@example.org"));
        type(dialog, "passwordEdit", QStringLiteral("another horse"));
        QTest::mouseClick(child<QPushButton>(dialog, "submitButton"), Qt::LeftButton);
        auto *emailLabel = child<QLabel>(dialog, "emailError");
        QTRY_VERIFY(emailLabel->isVisible());
        QCOMPARE(emailLabel->text(),
            QStringLiteral("An account with this e-mail address already exists."));
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.isBusy());
    }

    void signupServiceFieldErrorsGoToTheirField()
    {
        // A rule only the service knows: its message lands under the field it names.
        m_auth->failNextWith(
            Core::Error::invalid(QStringLiteral("invalid_fields"), QStringLiteral("invalid"),
                {{QStringLiteral("display_name"), QStringLiteral("Too long for a name.")},
                    {QStringLiteral("color"), QStringLiteral("Unknown field.")}}));
        Gui::SignupDialog dialog(*m_auth, m_pool);
        dialog.show();
        type(dialog, "emailEdit", QStringLiteral("ana@example.org"));
        type(dialog, "passwordEdit", QStringLiteral("correct horse"));
        QTest::mouseClick(child<QPushButton>(dialog, "submitButton"), Qt::LeftButton);
        auto *nameLabel = child<QLabel>(dialog, "displayNameError");
        QTRY_VERIFY(nameLabel->isVisible());
        QCOMPARE(nameLabel->text(), QStringLiteral("Too long for a name."));
        // The rest goes to the message, worded by errorText(): the message and the field
        // problem that has no field here.
        Core::Error rest
            = Core::Error::invalid(QStringLiteral("invalid_fields"), QStringLiteral("invalid"),
                {{QStringLiteral("color"), QStringLiteral("Unknown field.")}});
        QCOMPARE(child<QLabel>(dialog, "messageLabel")->text(), Gui::errorText(rest));
        QVERIFY(child<QLabel>(dialog, "messageLabel")
                    ->text()
                    .contains(QStringLiteral("Unknown field.")));
        QVERIFY(
            !child<QLabel>(dialog, "messageLabel")->text().contains(QStringLiteral("Too long")));
        QVERIFY(!child<QLabel>(dialog, "emailError")->isVisible());
    }

    void loginWrongCredentialsIsGeneric()
    {
        m_auth->addUser(QStringLiteral("ana@example.org"), QStringLiteral("correct horse"));
        Gui::LoginDialog dialog(*m_auth, m_pool);
        dialog.show();
        type(dialog, "emailEdit", QStringLiteral("ana@example.org"));
        type(dialog, "passwordEdit", QStringLiteral("wrong horse"));
        QTest::mouseClick(child<QPushButton>(dialog, "submitButton"), Qt::LeftButton);
        auto *message = child<QLabel>(dialog, "messageLabel");
        QTRY_VERIFY(message->isVisible());
        QCOMPARE(message->text(), QStringLiteral("Email or password is incorrect."));
        QVERIFY(!child<QLabel>(dialog, "emailError")->isVisible());
        QVERIFY(!child<QLabel>(dialog, "passwordError")->isVisible());
        QVERIFY(dialog.isVisible());

        // The same dialog then succeeds, and the message goes.
        type(dialog, "passwordEdit", QStringLiteral("correct horse"));
        QTest::mouseClick(child<QPushButton>(dialog, "submitButton"), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.session().user.email, QStringLiteral("ana@example.org"));
    }

    void loginThrottledSaysHowLongToWait()
    {
        Core::Error throttled = Core::Error::make(Core::ErrorKind::RateLimited,
            QStringLiteral("too_many_attempts"), QStringLiteral("slow down"));
        throttled.retryAfterSeconds = 30;
        m_auth->failNextWith(throttled);
        Gui::LoginDialog dialog(*m_auth, m_pool);
        dialog.show();
        type(dialog, "emailEdit", QStringLiteral("ana@example.org"));
        type(dialog, "passwordEdit", QStringLiteral("whatever1"));
        QTest::keyClick(child<QLineEdit>(dialog, "passwordEdit"), Qt::Key_Return);
        auto *message = child<QLabel>(dialog, "messageLabel");
        QTRY_VERIFY(message->isVisible());
        QCOMPARE(message->text(), QStringLiteral("Too many attempts. Try again in 30 seconds."));
    }

    void loginRequiresBothFields()
    {
        Gui::LoginDialog dialog(*m_auth, m_pool);
        dialog.show();
        QTest::mouseClick(child<QPushButton>(dialog, "submitButton"), Qt::LeftButton);
        QCOMPARE(child<QLabel>(dialog, "emailError")->text(),
            QStringLiteral("Enter your e-mail address."));
        QCOMPARE(
            child<QLabel>(dialog, "passwordError")->text(), QStringLiteral("Enter your password."));
        QCOMPARE(m_auth->calls(), 0);
    }

    void cancelWhileBusyDropsTheResult()
    {
        m_auth->addUser(QStringLiteral("ana@example.org"), QStringLiteral("correct horse"));
        Gui::LoginDialog dialog(*m_auth, m_pool);
        dialog.show();
        type(dialog, "emailEdit", QStringLiteral("ana@example.org"));
        type(dialog, "passwordEdit", QStringLiteral("correct horse"));
        m_auth->hold();
        QTest::mouseClick(child<QPushButton>(dialog, "submitButton"), Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        dialog.reject();
        m_auth->release();
        m_pool.waitForDone();
        QCoreApplication::processEvents();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.session().token.isEmpty());
    }

private:
    std::unique_ptr<Testing::FakeAuthService> m_auth;
    QThreadPool m_pool;
    QTranslator m_english;
};

QTEST_MAIN(TestAccountDialogs)
#include "tst_accountdialogs.moc"
