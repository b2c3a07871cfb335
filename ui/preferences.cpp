// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences.h"
#include "reminders.h"

#include <QSettings>

namespace Eventdesk::Gui {

namespace {
const QString portKey = QStringLiteral("api/port");
const QString bindKey = QStringLiteral("api/bind");
const QString languageKey = QStringLiteral("window/language");
const QString dataDirKey = QStringLiteral("storage/dataDir");
const QString databaseKey = QStringLiteral("storage/database");
const QString closeToTrayKey = QStringLiteral("window/closeToTray");
} // namespace

std::optional<QHostAddress> parseBindAddress(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    QHostAddress address;
    if (!address.setAddress(trimmed))
        return std::nullopt;
    return address;
}

Preferences Preferences::load(QSettings &settings)
{
    Preferences preferences;
    bool ok = false;
    const uint port = settings.value(portKey).toUInt(&ok);
    if (ok && port <= 65535)
        preferences.port = quint16(port);
    if (settings.contains(bindKey))
        preferences.bind = parseBindAddress(settings.value(bindKey).toString());
    preferences.language = settings.value(languageKey).toString();
    preferences.dataDir = settings.value(dataDirKey).toString();
    preferences.database = settings.value(databaseKey).toString();
    preferences.closeToTray = settings.value(closeToTrayKey, true).toBool();
    preferences.reminderMinutes = Reminders::minutesBefore(settings);
    return preferences;
}

void Preferences::save(QSettings &settings) const
{
    if (port)
        settings.setValue(portKey, *port);
    else
        settings.remove(portKey);
    if (bind)
        settings.setValue(bindKey, bind->toString());
    else
        settings.remove(bindKey);
    if (language.isEmpty())
        settings.remove(languageKey);
    else
        settings.setValue(languageKey, language);
    if (dataDir.isEmpty())
        settings.remove(dataDirKey);
    else
        settings.setValue(dataDirKey, dataDir);
    if (database.isEmpty())
        settings.remove(databaseKey);
    else
        settings.setValue(databaseKey, database);
    settings.setValue(closeToTrayKey, closeToTray);
    Reminders::setMinutesBefore(settings, reminderMinutes);
    settings.sync();
}

} // namespace Eventdesk::Gui
