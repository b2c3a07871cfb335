// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSpinBox;

namespace Eventdesk::Gui {

// Port, bind address, language and data folder, stored with QSettings. They apply at the next
// start (the dialog says so); a command-line flag still beats them.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QSettings &settings, QWidget *parent = nullptr);

    // What the fields hold now.
    Preferences preferences() const;

    void accept() override;

private:
    void validate();
    void browseDataDir();

    QSettings &m_settings;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_bind = nullptr;
    QLabel *m_bindWarning = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_dataDir = nullptr;
    QCheckBox *m_closeToTray = nullptr;
    QComboBox *m_reminder = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Eventdesk::Gui
