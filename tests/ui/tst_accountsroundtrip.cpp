// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// "An account created in the window logs in through the API, and the reverse": the dialogs
// driven offscreen against the real AccountService (production Argon2id parameters, a temporary
// database), and the real API server over HTTP on the same service.
#include "accountcontroller.h"
#include "accountservice.h"
#include "apiserver.h"
#include "authcontroller.h"
#include "credentialstore.h"
#include "database.h"
#include "httpclient.h"
#include "logindialog.h"
#include "session.h"
#include "signupdialog.h"
#include "sqlauthstore.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

using namespace Eventdesk;

namespace {

constexpr int hashTimeoutMs = 60000; // Argon2id on a shared, loaded machine

QJsonObject credentials(const QString &email, const QString &password)
{
    return {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
}

void fill(QWidget &dialog, const QString &email, const QString &password)
{
    dialog.findChild<QLineEdit *>(QStringLiteral("emailEdit"))->setText(email);
    dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(password);
    QTest::mouseClick(
        dialog.findChild<QPushButton *>(QStringLiteral("submitButton")), Qt::LeftButton);
}

} // namespace

class TestAccountsRoundTrip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(
            QStringLiteral("^(?!This plugin does not support propagateSizeHints).*")));
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Storage::Database>(m_dir->filePath(QStringLiteral("t.sqlite3")));
        QVERIFY(m_db->open());
        m_store = std::make_unique<Storage::SqlAuthStore>(*m_db);
        Core::AuthConfig authConfig; // production password parameters
        authConfig.registrationOverride = Core::RegistrationMode::Open; // API and window sign up
        m_auth = std::make_unique<Core::AccountService>(*m_store, authConfig);
        Api::ApiConfig config;
        config.port = 0;
        m_server = std::make_unique<Api::ApiServer>(config);
        m_server->addController(std::make_shared<Api::AuthController>(*m_auth));
        auto started = m_server->start();
        QVERIFY2(bool(started), "server did not start");
        m_http = std::make_unique<Testing::HttpClient>(QUrl(m_server->baseUrl()));
    }
    void cleanup()
    {
        m_pool.waitForDone();
        m_http.reset();
        m_server.reset();
        m_auth.reset();
        m_store.reset();
        m_db.reset();
        m_dir.reset();
    }

    void createdInTheWindowLogsInThroughTheApi()
    {
        Gui::SignupDialog dialog(*m_auth, m_pool);
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("displayNameEdit"))
            ->setText(QStringLiteral("Ana"));
        fill(dialog, QStringLiteral("Ana@Example.org"), QStringLiteral("correct horse"));
        QVERIFY(dialog.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), hashTimeoutMs);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const qint64 windowUserId = dialog.session().user.id;
        QVERIFY(windowUserId > 0);

        // Log in over HTTP, e-mail in another case.
        const Testing::HttpReply login = m_http->post(QStringLiteral("/api/v1/auth/login"),
            credentials(QStringLiteral("ana@example.org"), QStringLiteral("correct horse")));
        QCOMPARE(login.status, 200);
        const QJsonObject user = login.json().value(QStringLiteral("user")).toObject();
        QCOMPARE(user.value(QStringLiteral("id")).toInteger(), windowUserId);
        const QByteArray apiToken = login.json().value(QStringLiteral("token")).toString().toUtf8();
        QVERIFY(!apiToken.isEmpty());

        // Both the window's token and the API's are valid bearer tokens for the same user.
        for (const QByteArray &token : {dialog.session().token.toUtf8(), apiToken}) {
            m_http->setToken(token);
            const Testing::HttpReply me = m_http->get(QStringLiteral("/api/v1/auth/me"));
            QCOMPARE(me.status, 200);
            QVERIFY(me.body.contains("Ana@Example.org") || me.body.contains("ana@example.org"));
        }

        // The window's rules and the API's agree: the same e-mail is taken for the API too.
        m_http->setToken({});
        const Testing::HttpReply again = m_http->post(QStringLiteral("/api/v1/auth/signup"),
            credentials(QStringLiteral("ANA@example.org"), QStringLiteral("another horse")));
        QCOMPARE(again.status, 409);
    }

    void createdThroughTheApiLogsInInTheWindow()
    {
        const Testing::HttpReply signup = m_http->post(QStringLiteral("/api/v1/auth/signup"),
            credentials(QStringLiteral("bo@example.org"), QStringLiteral("battery staple")));
        QCOMPARE(signup.status, 201);
        const qint64 apiUserId = signup.json()
                                     .value(QStringLiteral("user"))
                                     .toObject()
                                     .value(QStringLiteral("id"))
                                     .toInteger();

        // A wrong password first: the generic message, next to nothing in particular.
        Gui::LoginDialog dialog(*m_auth, m_pool);
        dialog.show();
        fill(dialog, QStringLiteral("bo@example.org"), QStringLiteral("battery stapler"));
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("messageLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), hashTimeoutMs);
        QCOMPARE(message->text(), QStringLiteral("Email or password is incorrect."));

        fill(dialog, QStringLiteral("bo@example.org"), QStringLiteral("battery staple"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), hashTimeoutMs);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.session().user.id, apiUserId);
        QCOMPARE(dialog.session().user.email, QStringLiteral("bo@example.org"));
    }

    void logoutInTheWindowRevokesTheTokenForTheApi()
    {
        const Testing::HttpReply signup = m_http->post(QStringLiteral("/api/v1/auth/signup"),
            credentials(QStringLiteral("cy@example.org"), QStringLiteral("battery staple")));
        QCOMPARE(signup.status, 201);

        QWidget window;
        Gui::Session session;
        auto keychain = std::make_shared<Gui::MemoryCredentialStore>();
        Gui::AccountController accounts(*m_auth, session, keychain, &window);
        window.show();
        QTimer::singleShot(0, [] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            dialog->findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->setChecked(true);
            fill(*dialog, QStringLiteral("cy@example.org"), QStringLiteral("battery staple"));
        });
        accounts.logIn();
        QTRY_VERIFY(session.isSignedIn());
        const QByteArray token = session.token().toUtf8();
        QCOMPARE(keychain->secrets().value(Gui::AccountController::tokenKey), session.token());
        m_http->setToken(token);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/auth/me")).status, 200);

        accounts.logOut();
        QVERIFY(!session.isSignedIn());
        QVERIFY(keychain->secrets().isEmpty());
        const Testing::HttpReply after = m_http->get(QStringLiteral("/api/v1/auth/me"));
        QCOMPARE(after.status, 401);
        QVERIFY(after.header("WWW-Authenticate").startsWith("Bearer"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Storage::SqlAuthStore> m_store;
    std::unique_ptr<Core::AccountService> m_auth;
    std::unique_ptr<Api::ApiServer> m_server;
    std::unique_ptr<Testing::HttpClient> m_http;
    QThreadPool m_pool;
};

QTEST_MAIN(TestAccountsRoundTrip)
#include "tst_accountsroundtrip.moc"
