// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Users and invitations dialog over the real account service and database: an admin lists
// users, changes roles (not the last admin's), sets the registration mode and creates invites;
// a member sees nothing to change.
#include "accountservice.h"
#include "database.h"
#include "session.h"
#include "sqlauthstore.h"
#include "usersdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Eventdesk;

class TestUsersDialog : public QObject
{
    Q_OBJECT

    template<typename T> T *child(QWidget *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no %s", name);
        return found;
    }

private Q_SLOTS:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(
            QStringLiteral("^(?!This plugin does not support propagateSizeHints).*")));
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Storage::Database>(m_dir->filePath(QStringLiteral("t.sqlite3")));
        QVERIFY(m_db->open());
        m_store = std::make_unique<Storage::SqlAuthStore>(*m_db);
        Core::AuthConfig config;
        config.password = Core::PasswordParams::minimum();
        m_auth = std::make_unique<Core::AccountService>(*m_store, config);
        m_ann
            = m_auth->signup(QStringLiteral("ann@example.org"), QStringLiteral("correct horse"), {})
                  ->user;
        m_bob
            = m_auth->signup(QStringLiteral("bob@example.org"), QStringLiteral("correct horse"), {})
                  ->user;
    }
    void cleanup()
    {
        m_auth.reset();
        m_store.reset();
        m_db.reset();
        m_dir.reset();
    }

    void adminManagesUsersAndInvites()
    {
        Gui::Session session;
        session.signIn(m_ann, QStringLiteral("t"));
        Gui::UsersDialog dialog(*m_auth, session);
        dialog.show();
        auto *table = child<QTableWidget>(&dialog, "usersTable");
        auto *message = child<QLabel>(&dialog, "usersMessage");
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("ann@example.org"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Administrator"));
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("Member"));

        // The last admin stays.
        table->selectRow(0);
        QTest::mouseClick(child<QPushButton>(&dialog, "makeMemberButton"), Qt::LeftButton);
        QVERIFY2(message->text().contains(QLatin1String("last administrator")),
            qPrintable(message->text()));
        QVERIFY(m_auth->user(m_ann.id)->isAdmin());

        table->selectRow(1);
        QTest::mouseClick(child<QPushButton>(&dialog, "makeAdminButton"), Qt::LeftButton);
        QVERIFY(m_auth->user(m_bob.id)->isAdmin());
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("Administrator"));

        auto *mode = child<QComboBox>(&dialog, "registrationCombo");
        QCOMPARE(mode->currentData().toInt(), int(Core::RegistrationMode::Invite));
        mode->setCurrentIndex(mode->findData(int(Core::RegistrationMode::Closed)));
        QCOMPARE(*m_auth->registrationMode(), Core::RegistrationMode::Closed);

        QTest::mouseClick(child<QPushButton>(&dialog, "createInviteButton"), Qt::LeftButton);
        const QString code = child<QLineEdit>(&dialog, "inviteCodeEdit")->text();
        QVERIFY2(code.startsWith(QLatin1String("edi_")), qPrintable(code));
        // The code works (once registration allows invites again).
        QVERIFY(
            m_auth->setRegistration(Core::Actor::window(m_ann), Core::RegistrationMode::Invite));
        auto invited = m_auth->signup(Core::SignupRequest {QStringLiteral("cy@example.org"),
            QStringLiteral("correct horse"), {}, code, QStringLiteral("10.0.0.1"), Core::Via::Api});
        QVERIFY2(invited, invited ? "" : qPrintable(invited.error().message));
    }

    void memberChangesNothing()
    {
        Gui::Session session;
        session.signIn(m_bob, QStringLiteral("t"));
        Gui::UsersDialog dialog(*m_auth, session);
        dialog.show();
        QCOMPARE(child<QTableWidget>(&dialog, "usersTable")->rowCount(), 0);
        QVERIFY(!child<QPushButton>(&dialog, "makeAdminButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "createInviteButton")->isEnabled());
        QVERIFY(!child<QComboBox>(&dialog, "registrationCombo")->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "usersMessage")->text().contains(QLatin1String("Only")));
        // Signing in as an admin fills it.
        session.signIn(m_ann, QStringLiteral("t"));
        QCOMPARE(child<QTableWidget>(&dialog, "usersTable")->rowCount(), 2);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Storage::SqlAuthStore> m_store;
    std::unique_ptr<Core::AccountService> m_auth;
    Core::User m_ann;
    Core::User m_bob;
};

QTEST_MAIN(TestUsersDialog)
#include "tst_usersdialog.moc"
