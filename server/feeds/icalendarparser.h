// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedtypes.h"

namespace Eventdesk::Feeds {

// iCalendar through libical: each VEVENT's summary, description, location, start and end
// (DTEND or DURATION) converted to UTC through its TZID (the calendar's VTIMEZONE, else the
// system's zone database); floating and all-day times read as UTC. A recurring event (RRULE,
// minus EXDATE) is expanded over the options' window, each occurrence keyed
// "<UID>/<start as yyyyMMddTHHmmssZ>"; a RECURRENCE-ID override takes its occurrence's key.
class ICalendarParser : public Core::FeedParser
{
public:
    Core::Result<void> parse(
        QIODevice &input, Core::FeedSink &sink, const Core::ParseOptions &options) override;
};

// Writes events as one VCALENDAR (UTC times), with libical.
QByteArray exportICalendar(const QList<Core::StoredEvent> &events);

} // namespace Eventdesk::Feeds
