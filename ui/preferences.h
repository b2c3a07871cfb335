// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

class QSettings;

namespace Eventdesk::Gui {

// What the Settings dialog stores (QSettings). Each value is optional: an unset value leaves the
// built-in default, and a command-line flag beats both. Applied at the next start.
struct Preferences
{
    std::optional<quint16> port;
    std::optional<QHostAddress> bind;
    QString language; // empty: follow the system
    QString dataDir;  // empty: the user's data folder
    // The database URL (storage/database; set in the settings file, not in the dialog: a team
    // server's), as --database takes it. Empty: the SQLite file in dataDir.
    QString database;
    // Closing the window keeps Eventdesk (reminders, the API) running in the tray. At once.
    bool closeToTray = true;
    // Minutes before one's own and joined events that a reminder shows; Reminders::off: none.
    // At once.
    int reminderMinutes = 15;

    static Preferences load(QSettings &settings);
    void save(QSettings &settings) const;
    bool operator==(const Preferences &) const = default;
};

// Parses a bind address as the command line does ("localhost" included).
std::optional<QHostAddress> parseBindAddress(const QString &text);

} // namespace Eventdesk::Gui
