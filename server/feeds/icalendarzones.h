// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QTimeZone>

#include <libical/ical.h>

#include <optional>

namespace Eventdesk::Feeds {

// A TZID's zone in the system database (IANA, prefixed IANA or Windows name), if any.
std::optional<QTimeZone> systemZone(const QByteArray &tzid);

// Turns iCalendar local times into UTC. A TZID that names a known zone (an IANA id, with or
// without a leading '/' or a vendor prefix such as "/mozilla.org/20050126_1/", or a Windows
// name with a CLDR mapping) uses the system's zone database, which covers every year; the
// file's own VTIMEZONE is used only for names the system does not know (as Thunderbird and
// libical-glib do), because files often carry blocks that cover a few years only. Floating
// times and dates are read as UTC.
class ZoneResolver
{
public:
    ZoneResolver() = default;
    ~ZoneResolver();
    ZoneResolver(const ZoneResolver &) = delete;
    ZoneResolver &operator=(const ZoneResolver &) = delete;

    // A VTIMEZONE component of the file, as text.
    void addFileZone(const QByteArray &vtimezone);
    // X-WR-TIMEZONE: floating date-times are read in this zone (when the system knows it).
    void setFloatingZone(const QByteArray &tzid) { m_floating = systemZone(tzid); }
    std::optional<qint64> toUtc(icaltimetype t, const char *tzid);
    // The system zone behind a TZID, when there is one.
    std::optional<QTimeZone> zoneOf(const char *tzid);

private:
    struct Zone
    {
        std::optional<QTimeZone> system;
        icaltimezone *file = nullptr; // owned by m_fileZones
    };
    const Zone &zone(const char *tzid);

    QHash<QByteArray, Zone> m_cache;
    QHash<QByteArray, icaltimezone *> m_fileZones;
    std::optional<QTimeZone> m_floating;
};

} // namespace Eventdesk::Feeds
