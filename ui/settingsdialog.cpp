// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"
#include "authservice.h"
#include "errortext.h"
#include "layoututil.h"
#include "reminders.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Eventdesk::Gui {

namespace {
constexpr quint16 defaultPort = 8085;
}

SettingsDialog::SettingsDialog(QSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setMinimumWidth(480);

    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_bind = new QLineEdit(this);
    m_bind->setObjectName(QStringLiteral("bindEdit"));
    m_bindWarning = new QLabel(this);
    m_bindWarning->setObjectName(QStringLiteral("bindWarning"));
    m_bindWarning->setWordWrap(true);
    m_bindWarning->setStyleSheet(QStringLiteral("color: #b35900;"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Language names stay in their own language, so anyone can find theirs.
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_dataDir = new QLineEdit(this);
    m_dataDir->setObjectName(QStringLiteral("dataDirEdit"));
    m_dataDir->setPlaceholderText(tr("Default: the user's data folder"));
    fitPlaceholder(m_dataDir);
    auto *browse = new QPushButton(tr("&Browse..."), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    auto *dataRow = new QHBoxLayout;
    dataRow->addWidget(m_dataDir, 1);
    dataRow->addWidget(browse);

    m_closeToTray = new QCheckBox(
        tr("&Keep running in the notification area when the window is closed"), this);
    m_closeToTray->setObjectName(QStringLiteral("closeToTrayCheck"));
    m_closeToTray->setToolTip(tr("Reminders and the local API keep working while the window "
                                 "is closed. Quit from the tray icon or the File menu."));

    // Reminders before one's own and joined events (the choices of the event dialog's list).
    m_reminder = new QComboBox(this);
    m_reminder->setObjectName(QStringLiteral("reminderCombo"));
    m_reminder->addItem(tr("Off"), Reminders::off);
    m_reminder->addItem(tr("At start"), 0);
    for (const int minutes : {5, 10, 15, 30})
        m_reminder->addItem(tr("%n minute(s) before", nullptr, minutes), minutes);
    m_reminder->addItem(tr("%n hour(s) before", nullptr, 1), 60);
    m_reminder->addItem(tr("%n day(s) before", nullptr, 1), 24 * 60);

    auto *form = new QFormLayout;
    form->addRow(tr("API &port:"), m_port);
    form->addRow(tr("Listen on &address:"), m_bind);
    form->addRow(QString(), m_bindWarning);
    form->addRow(tr("&Language:"), m_language);
    // A row whose field is a layout gets no buddy by itself: give the label one for its mnemonic.
    auto *dataLabel = new QLabel(tr("&Data folder:"), this);
    dataLabel->setBuddy(m_dataDir);
    form->addRow(dataLabel, dataRow);
    form->addRow(tr("Re&minders:"), m_reminder);

    auto *note = new QLabel(tr("The API, language and data folder change the next time Eventdesk "
                               "starts. Command-line options "
                               "(--port, --bind, --lang, --data-dir) override these settings."),
        this);
    note->setObjectName(QStringLiteral("restartNote"));
    note->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));

    auto *layout = new QVBoxLayout(this);
    // The dialog never gets narrower than its contents (long checkbox texts in es and de).
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addLayout(form);
    layout->addWidget(m_closeToTray);
    layout->addWidget(note);
    m_instanceAt = layout->count(); // the instance part goes here (showInstanceSettings)
    layout->addWidget(m_buttons);

    const Preferences stored = Preferences::load(m_settings);
    m_port->setValue(stored.port.value_or(defaultPort));
    m_bind->setText(stored.bind.value_or(QHostAddress(QHostAddress::LocalHost)).toString());
    m_language->setCurrentIndex(qMax(0, m_language->findData(stored.language)));
    m_dataDir->setText(stored.dataDir);
    m_closeToTray->setChecked(stored.closeToTray);
    int reminder = m_reminder->findData(stored.reminderMinutes);
    if (reminder < 0) { // a value set elsewhere: keep it
        m_reminder->addItem(
            tr("%n minute(s) before", nullptr, stored.reminderMinutes), stored.reminderMinutes);
        reminder = m_reminder->count() - 1;
    }
    m_reminder->setCurrentIndex(reminder);

    connect(m_bind, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseDataDir);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    validate();
}

Preferences SettingsDialog::preferences() const
{
    Preferences preferences;
    preferences.port = quint16(m_port->value());
    preferences.bind = parseBindAddress(m_bind->text());
    preferences.language = m_language->currentData().toString();
    preferences.dataDir = m_dataDir->text().trimmed();
    preferences.closeToTray = m_closeToTray->isChecked();
    preferences.reminderMinutes = m_reminder->currentData().toInt();
    return preferences;
}

void SettingsDialog::validate()
{
    const std::optional<QHostAddress> address = parseBindAddress(m_bind->text());
    if (!address)
        m_bindWarning->setText(tr("Not an IP address (for example 127.0.0.1 or ::1)."));
    else if (!address->isLoopback())
        m_bindWarning->setText(tr("Warning: other computers on the network will be able to "
                                  "reach the API at this address."));
    else
        m_bindWarning->clear();
    m_bindWarning->setVisible(!m_bindWarning->text().isEmpty());
    growToFit(this);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(address.has_value());
}

void SettingsDialog::browseDataDir()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Data folder"), m_dataDir->text());
    if (!folder.isEmpty())
        m_dataDir->setText(folder);
}

void SettingsDialog::showInstanceSettings(Core::AuthService &auth, const Core::User &user)
{
    using Core::OutboundPrivate;
    if (m_outbound)
        return;
    m_auth = &auth;
    m_user = user;
    auto *group = new QGroupBox(tr("This instance (applies at once, for every account)"), this);
    group->setObjectName(QStringLiteral("instanceGroup"));
    m_outbound = new QComboBox(group);
    m_outbound->setObjectName(QStringLiteral("outboundCombo"));
    m_outbound->addItem(tr("Automatic: only while the API listens on this computer alone"),
        int(OutboundPrivate::Auto));
    m_outbound->addItem(tr("Allow"), int(OutboundPrivate::Allow));
    m_outbound->addItem(tr("Refuse"), int(OutboundPrivate::Deny));
    m_outbound->setToolTip(tr("Feed fetches and webhook deliveries to loopback (127.0.0.1, "
                              "localhost), link-local and private network addresses. Allowing "
                              "them lets anyone who may use the API make Eventdesk send "
                              "requests to services on this computer and on your local "
                              "network. Automatic allows them only while the API listens on "
                              "127.0.0.1 alone, when every API client is on this computer "
                              "anyway."));
    m_outboundNote = new QLabel(group);
    m_outboundNote->setObjectName(QStringLiteral("outboundNote"));
    m_outboundNote->setWordWrap(true);
    auto *form = new QFormLayout(group);
    auto *label = new QLabel(tr("&Outbound requests to private addresses:"), group);
    label->setBuddy(m_outbound);
    label->setToolTip(m_outbound->toolTip());
    form->addRow(label, m_outbound);
    form->addRow(QString(), m_outboundNote);
    static_cast<QVBoxLayout *>(layout())->insertWidget(m_instanceAt, group);

    m_outbound->setEnabled(false);
    if (m_user.id == 0) {
        m_outboundNote->setText(tr("Sign in as an administrator to change this."));
    } else if (!m_user.isAdmin()) {
        m_outboundNote->setText(tr("Only administrators change this."));
    } else if (auto settings = m_auth->outbound(Core::Actor::window(m_user)); !settings) {
        m_outboundNote->setText(errorText(settings.error()));
    } else {
        m_outboundStored = m_outbound->findData(int(settings->mode));
        m_outbound->setCurrentIndex(m_outboundStored);
        m_outbound->setEnabled(!settings->setByFlag);
        const QString now = settings->privateAllowed ? tr("Such requests are allowed now.")
                                                     : tr("Such requests are refused now.");
        m_outboundNote->setText(
            settings->setByFlag ? tr("Set by --outbound-private for this run.") + u' ' + now : now);
    }
    growToFit(this);
}

bool SettingsDialog::applyInstanceSettings()
{
    if (!m_outbound || !m_outbound->isEnabled() || m_outbound->currentIndex() == m_outboundStored)
        return true;
    const auto mode = Core::OutboundPrivate(m_outbound->currentData().toInt());
    auto stored = m_auth->setOutbound(Core::Actor::window(m_user), mode);
    if (!stored) {
        m_outboundNote->setText(errorText(stored.error()));
        return false;
    }
    m_outboundStored = m_outbound->currentIndex();
    return true;
}

void SettingsDialog::accept()
{
    const Preferences chosen = preferences();
    if (!chosen.bind)
        return;
    if (!applyInstanceSettings())
        return;
    chosen.save(m_settings);
    QDialog::accept();
}

} // namespace Eventdesk::Gui
