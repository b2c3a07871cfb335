// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Settings dialog's round trip through QSettings, its warning for a non-loopback address,
// and the order at start: command-line flag, then setting, then built-in default; the
// instance's outbound setting over the real account service: admins change it (applied through
// the service at OK), members and signed-out users see it disabled with the reason, the flag
// fixes it.
#include "accountservice.h"
#include "commandline.h"
#include "database.h"
#include "preferencedefaults.h"
#include "preferences.h"
#include "reminders.h"
#include "settingsdialog.h"
#include "sqlauthstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Eventdesk;

namespace {

// A real account service on a database in `dir`: ann (the first account: admin) and bob.
struct Accounts
{
    Accounts(const QTemporaryDir &dir, Core::AuthConfig config,
        const QString &file = QStringLiteral("accounts.sqlite3"))
        : database(dir.filePath(file))
    {
        if (!database.open())
            qFatal("cannot open the database");
        store = std::make_unique<Storage::SqlAuthStore>(database);
        config.password = Core::PasswordParams::minimum();
        auth = std::make_unique<Core::AccountService>(*store, config);
        ann = auth->signup(QStringLiteral("ann@example.org"), QStringLiteral("correct horse"), {})
                  ->user;
        bob = auth->signup(QStringLiteral("bob@example.org"), QStringLiteral("correct horse"), {})
                  ->user;
    }
    Storage::Database database;
    std::unique_ptr<Storage::SqlAuthStore> store;
    std::unique_ptr<Core::AccountService> auth;
    Core::User ann;
    Core::User bob;
};

} // namespace

class TestSettingsDialog : public QObject
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
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(
            m_dir->filePath(QStringLiteral("eventdesk.ini")), QSettings::IniFormat);
    }
    void cleanup()
    {
        m_settings.reset();
        m_dir.reset();
    }

    void showsDefaultsWhenNothingIsStored()
    {
        Gui::SettingsDialog dialog(*m_settings);
        QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("portSpin"))->value(), 8085);
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("bindEdit"))->text(),
            QStringLiteral("127.0.0.1"));
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"))->currentIndex(), 0);
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("dataDirEdit"))->text().isEmpty());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("restartNote"))
                    ->text()
                    .contains(QStringLiteral("next time Eventdesk starts")));
    }

    void roundTrip()
    {
        {
            Gui::SettingsDialog dialog(*m_settings);
            dialog.show();
            auto *port = dialog.findChild<QSpinBox *>(QStringLiteral("portSpin"));
            port->setValue(9191);
            auto *bind = dialog.findChild<QLineEdit *>(QStringLiteral("bindEdit"));
            bind->clear();
            QTest::keyClicks(bind, QStringLiteral("::1"));
            auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
            language->setCurrentIndex(language->findData(QStringLiteral("de")));
            QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("dataDirEdit")),
                QStringLiteral("/tmp/eventdesk-data"));
            QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QSettings reread(m_settings->fileName(), QSettings::IniFormat);
        const Gui::Preferences stored = Gui::Preferences::load(reread);
        QCOMPARE(stored.port, std::optional<quint16>(9191));
        QCOMPARE(stored.bind, std::optional<QHostAddress>(QHostAddress(QStringLiteral("::1"))));
        QCOMPARE(stored.language, QStringLiteral("de"));
        QCOMPARE(stored.dataDir, QStringLiteral("/tmp/eventdesk-data"));

        Gui::SettingsDialog again(reread);
        QCOMPARE(again.preferences(), stored);
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("languageCombo"))->currentText(),
            QStringLiteral("Deutsch"));
    }

    void reminderLeadTimeIsASetting()
    {
        {
            Gui::SettingsDialog dialog(*m_settings);
            dialog.show();
            auto *reminder = dialog.findChild<QComboBox *>(QStringLiteral("reminderCombo"));
            QVERIFY(reminder);
            // 15 minutes before by default, and "Off" is a choice.
            QCOMPARE(reminder->currentData().toInt(), 15);
            QCOMPARE(reminder->currentText(), QStringLiteral("15 minutes before"));
            QCOMPARE(reminder->itemText(0), QStringLiteral("Off"));
            // Its label carries the mnemonic and points at it (Alt+M).
            QLabel *label = nullptr;
            const auto labels = dialog.findChildren<QLabel *>();
            for (QLabel *candidate : labels)
                if (candidate->buddy() == reminder)
                    label = candidate;
            QVERIFY(label);
            QCOMPARE(label->text(), QStringLiteral("Re&minders:"));
            reminder->setFocus();
            QTest::keyClick(reminder, Qt::Key_Home); // the first choice: Off
            QCOMPARE(reminder->currentData().toInt(), Gui::Reminders::off);
            QCOMPARE(dialog.preferences().reminderMinutes, Gui::Reminders::off);
            QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                Qt::LeftButton);
        }
        QSettings reread(m_settings->fileName(), QSettings::IniFormat);
        QCOMPARE(Gui::Preferences::load(reread).reminderMinutes, Gui::Reminders::off);
        // What the reminder scheduler reads at start.
        QCOMPARE(Gui::Reminders::minutesBefore(reread), Gui::Reminders::off);
        // Reopened, the dialog shows the stored choice; an hour is stored as 60.
        Gui::SettingsDialog again(*m_settings);
        auto *reminder = again.findChild<QComboBox *>(QStringLiteral("reminderCombo"));
        QCOMPARE(reminder->currentText(), QStringLiteral("Off"));
        reminder->setCurrentIndex(reminder->findData(60));
        QCOMPARE(reminder->currentText(), QStringLiteral("1 hour before"));
        again.accept();
        QCOMPARE(Gui::Reminders::minutesBefore(*m_settings), 60);
    }

    void cancelStoresNothing()
    {
        Gui::SettingsDialog dialog(*m_settings);
        dialog.show();
        dialog.findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(9999);
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel),
            Qt::LeftButton);
        QVERIFY(!m_settings->contains(QStringLiteral("api/port")));
    }

    void warnsWhenNotLoopback()
    {
        Gui::SettingsDialog dialog(*m_settings);
        dialog.show();
        auto *bind = dialog.findChild<QLineEdit *>(QStringLiteral("bindEdit"));
        auto *warning = dialog.findChild<QLabel *>(QStringLiteral("bindWarning"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!warning->isVisible());
        bind->setText(QStringLiteral("0.0.0.0"));
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("other computers")));
        QVERIFY(ok->isEnabled());
        bind->setText(QStringLiteral("not an address"));
        QVERIFY(warning->text().startsWith(QStringLiteral("Not an IP address")));
        QVERIFY(!ok->isEnabled());
        bind->setText(QStringLiteral("localhost"));
        QVERIFY(!warning->isVisible());
        QVERIFY(ok->isEnabled());
    }

    void flagBeatsSettingBeatsDefault()
    {
        Gui::Preferences stored;
        stored.port = 9191;
        stored.bind = QHostAddress(QStringLiteral("::1"));
        stored.language = QStringLiteral("de");
        stored.dataDir = QStringLiteral("/srv/eventdesk");
        const App::Options defaults = App::defaultsFrom(stored);

        const auto bare = App::parseCommandLine({QStringLiteral("eventdesk")}, defaults);
        QVERIFY(bare.options);
        QCOMPARE(bare.options->port, quint16(9191));
        QCOMPARE(bare.options->bind, QHostAddress(QStringLiteral("::1")));
        QCOMPARE(bare.options->language, QStringLiteral("de"));
        QCOMPARE(bare.options->dataDir, QStringLiteral("/srv/eventdesk"));

        const auto flags = App::parseCommandLine(
            {QStringLiteral("eventdesk"), QStringLiteral("--port"), QStringLiteral("7000"),
                QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--lang"),
                QStringLiteral("es"), QStringLiteral("--data-dir"), QStringLiteral("/tmp/x")},
            defaults);
        QVERIFY(flags.options);
        QCOMPARE(flags.options->port, quint16(7000));
        QCOMPARE(flags.options->bind, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(flags.options->language, QStringLiteral("es"));
        QCOMPARE(flags.options->dataDir, QStringLiteral("/tmp/x"));

        const auto none = App::parseCommandLine(
            {QStringLiteral("eventdesk")}, App::defaultsFrom(Gui::Preferences {}));
        QVERIFY(none.options);
        QCOMPARE(none.options->port, quint16(8085));
        QCOMPARE(none.options->bind, QHostAddress(QHostAddress::LocalHost));
        QVERIFY(none.options->language.isEmpty());
        QVERIFY(none.options->dataDir.isEmpty());
    }

    void adminChangesOutboundSetting()
    {
        QList<bool> applied;
        Core::AuthConfig config;
        config.apiOnLoopbackOnly = false;
        config.outboundChanged = [&applied](bool allowed) { applied.append(allowed); };
        Accounts accounts(*m_dir, config);
        Gui::SettingsDialog dialog(*m_settings);
        dialog.showInstanceSettings(*accounts.auth, accounts.ann);
        dialog.show();
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("outboundCombo"));
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("outboundNote"));
        QVERIFY(combo && note);
        QVERIFY(combo->isEnabled());
        QCOMPARE(combo->currentData().toInt(), int(Core::OutboundPrivate::Auto));
        QVERIFY(combo->toolTip().contains(QStringLiteral("local network")));
        QVERIFY2(note->text().contains(QStringLiteral("refused now")), qPrintable(note->text()));

        combo->setCurrentIndex(combo->findData(int(Core::OutboundPrivate::Allow)));
        QTest::mouseClick(
            dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto stored = accounts.auth->outbound(Core::Actor::window(accounts.ann));
        QVERIFY(stored);
        QCOMPARE(stored->mode, Core::OutboundPrivate::Allow);
        QCOMPARE(applied, QList<bool> {true});

        // Unchanged at OK: nothing is written again.
        Gui::SettingsDialog again(*m_settings);
        again.showInstanceSettings(*accounts.auth, accounts.ann);
        QCOMPARE(
            again.findChild<QComboBox *>(QStringLiteral("outboundCombo"))->currentData().toInt(),
            int(Core::OutboundPrivate::Allow));
        again.accept();
        QCOMPARE(applied.size(), 1);
    }

    void outboundSettingDisabledWithAReason()
    {
        Core::AuthConfig config;
        Accounts accounts(*m_dir, config);
        const QList<std::pair<Core::User, QString>> cases {
            {accounts.bob, QStringLiteral("Only administrators")},
            {Core::User {}, QStringLiteral("Sign in as an administrator")}};
        for (const auto &[user, reason] : cases) {
            Gui::SettingsDialog dialog(*m_settings);
            dialog.showInstanceSettings(*accounts.auth, user);
            dialog.show();
            QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("outboundCombo"))->isEnabled());
            QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("outboundNote"))
                        ->text()
                        .contains(reason));
            dialog.accept(); // changes nothing, refuses nothing
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(accounts.auth->outbound(Core::Actor::window(accounts.ann))->mode,
            Core::OutboundPrivate::Auto);

        Core::AuthConfig flagged;
        flagged.outboundOverride = Core::OutboundPrivate::Deny;
        Accounts fixed(*m_dir, flagged, QStringLiteral("fixed.sqlite3"));
        Gui::SettingsDialog dialog(*m_settings);
        dialog.showInstanceSettings(*fixed.auth, fixed.ann);
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("outboundCombo"));
        QVERIFY(!combo->isEnabled());
        QCOMPARE(combo->currentData().toInt(), int(Core::OutboundPrivate::Deny));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("outboundNote"))
                    ->text()
                    .contains(QStringLiteral("--outbound-private")));
    }

    void unreadableStoredValuesAreIgnored()
    {
        m_settings->setValue(QStringLiteral("api/port"), QStringLiteral("lots"));
        m_settings->setValue(QStringLiteral("api/bind"), QStringLiteral("nowhere"));
        const Gui::Preferences stored = Gui::Preferences::load(*m_settings);
        QVERIFY(!stored.port);
        QVERIFY(!stored.bind);
        const auto parsed
            = App::parseCommandLine({QStringLiteral("eventdesk")}, App::defaultsFrom(stored));
        QVERIFY(parsed.options);
        QCOMPARE(parsed.options->port, quint16(8085));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    QTranslator m_english;
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
