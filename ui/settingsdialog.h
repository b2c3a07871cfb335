// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preferences.h"
#include "user.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSpinBox;

namespace Eventdesk::Core {
class AuthService;
}

namespace Eventdesk::Gui {

// Port, bind address, language and data folder, stored with QSettings. They apply at the next
// start (the dialog says so); a command-line flag still beats them. With showInstanceSettings(),
// also the instance's setting for outbound requests to private addresses, which the account
// service stores and applies at once (admins only; members see why they cannot change it).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QSettings &settings, QWidget *parent = nullptr);

    // What the fields hold now.
    Preferences preferences() const;

    // Adds the instance's outbound setting, for `user` (changeable only by an admin).
    void showInstanceSettings(Core::AuthService &auth, const Core::User &user);

    void accept() override;

private:
    void validate();
    void browseDataDir();
    bool applyInstanceSettings();

    QSettings &m_settings;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_bind = nullptr;
    QLabel *m_bindWarning = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_dataDir = nullptr;
    QCheckBox *m_closeToTray = nullptr;
    QComboBox *m_reminder = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    // The instance part (only after showInstanceSettings()).
    Core::AuthService *m_auth = nullptr;
    Core::User m_user;
    QComboBox *m_outbound = nullptr;
    QLabel *m_outboundNote = nullptr;
    int m_outboundStored = -1; // the index the stored setting has
    int m_instanceAt = 0;      // where the instance part goes in the dialog's layout
};

} // namespace Eventdesk::Gui
