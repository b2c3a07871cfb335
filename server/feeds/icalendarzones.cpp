// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "icalendarzones.h"

#include <QDateTime>

namespace Eventdesk::Feeds {

std::optional<QTimeZone> systemZone(const QByteArray &tzid)
{
    QByteArray id = tzid.trimmed();
    if (id.size() >= 2 && id.startsWith('"') && id.endsWith('"'))
        id = id.mid(1, id.size() - 2);
    while (id.startsWith('/'))
        id.remove(0, 1);
    if (id.isEmpty())
        return std::nullopt;
    if (QTimeZone::isTimeZoneIdAvailable(id))
        return QTimeZone(id);
    const QByteArray windows = QTimeZone::windowsIdToDefaultIanaId(id);
    if (!windows.isEmpty() && QTimeZone::isTimeZoneIdAvailable(windows))
        return QTimeZone(windows);
    // Vendor prefixes: "mozilla.org/20050126_1/Europe/Berlin",
    // "freeassociation.sourceforge.net/Tzfile/Europe/Berlin".
    for (qsizetype slash = id.indexOf('/'); slash >= 0; slash = id.indexOf('/', slash + 1)) {
        const QByteArray tail = id.mid(slash + 1);
        if (tail.contains('/') && QTimeZone::isTimeZoneIdAvailable(tail))
            return QTimeZone(tail);
    }
    return std::nullopt;
}

ZoneResolver::~ZoneResolver()
{
    for (icaltimezone *z : std::as_const(m_fileZones))
        icaltimezone_free(z, 1);
}

void ZoneResolver::addFileZone(const QByteArray &vtimezone)
{
    icalcomponent *c = icalparser_parse_string(vtimezone.constData());
    if (!c)
        return;
    if (icalcomponent_isa(c) != ICAL_VTIMEZONE_COMPONENT) {
        icalcomponent_free(c);
        return;
    }
    icalproperty *tzidProperty = icalcomponent_get_first_property(c, ICAL_TZID_PROPERTY);
    const char *tzid = tzidProperty ? icalproperty_get_tzid(tzidProperty) : nullptr;
    if (!tzid || m_fileZones.contains(QByteArray(tzid))) {
        icalcomponent_free(c);
        return;
    }
    const QByteArray key(tzid);
    icaltimezone *zone = icaltimezone_new();
    if (!icaltimezone_set_component(zone, c)) {
        icalcomponent_free(c);
        icaltimezone_free(zone, 1);
        return;
    }
    m_fileZones.insert(key, zone);
    m_cache.remove(key);
}

const ZoneResolver::Zone &ZoneResolver::zone(const char *tzid)
{
    const QByteArray key(tzid);
    auto found = m_cache.constFind(key);
    if (found != m_cache.cend())
        return *found;
    Zone z;
    z.system = systemZone(key);
    if (!z.system)
        z.file = m_fileZones.value(key, nullptr);
    return *m_cache.insert(key, z);
}

std::optional<QTimeZone> ZoneResolver::zoneOf(const char *tzid)
{
    if (!tzid)
        return std::nullopt;
    return zone(tzid).system;
}

std::optional<qint64> ZoneResolver::toUtc(icaltimetype t, const char *tzid)
{
    if (icaltime_is_null_time(t) || !icaltime_is_valid_time(t))
        return std::nullopt;
    const QDate date(t.year, t.month, t.day);
    const QTime time = t.is_date ? QTime(0, 0) : QTime(t.hour, t.minute, t.second);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QDateTime asUtc(date, time, QTimeZone::utc());
    if (t.is_date || icaltime_is_utc(t) || (!tzid && !m_floating))
        return asUtc.toMSecsSinceEpoch();
    const Zone *z = tzid ? &zone(tzid) : nullptr;
    const std::optional<QTimeZone> system = z ? z->system : m_floating;
    if (system) {
        const QDateTime local(date, time, *system);
        if (local.isValid() && local.time() == time)
            return local.toMSecsSinceEpoch();
        // A wall-clock time in a DST gap: read with the standard offset (as pytz's
        // is_dst=False does), i.e. the same instant as the time moved forward.
        return asUtc.toMSecsSinceEpoch() - qint64(system->standardTimeOffset(asUtc)) * 1000;
    }
    if (z && z->file) {
        t.zone = nullptr;
        return qint64(icaltime_as_timet_with_zone(t, z->file)) * 1000;
    }
    return asUtc.toMSecsSinceEpoch(); // an unknown TZID without a VTIMEZONE: floating
}

} // namespace Eventdesk::Feeds
