// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>

class QIODevice;

namespace Eventdesk::Feeds {

// Reads an iCalendar document as a stream of top-level components (VEVENT, VTIMEZONE, ...),
// each handed over as its unfolded text, so a large file is never parsed as one tree. Accepts
// a UTF-8 byte-order mark, LF or CRLF line ends and several VCALENDAR objects one after the
// other, and components without a VCALENDAR around them. A content line that is not valid UTF-8 is
// read as Latin-1 and converted (counted).
class ICalendarStream
{
public:
    struct Component
    {
        QByteArray name;  // upper case: "VEVENT", "VTIMEZONE", ...
        QByteArray text;  // "BEGIN:NAME\r\n...END:NAME\r\n", unfolded, UTF-8
        QByteArray uid;   // the component's own UID property, if any
        qint64 begin = 0; // its bytes in the input: [begin, end)
        qint64 end = 0;
    };

    ICalendarStream(QIODevice &input, qint64 maxBytes, qint64 maxComponentBytes);

    // The next component; false at the end of the document. A fatal problem is an error.
    Core::Result<bool> next(Component &component);

    int latin1Lines() const { return m_latin1Lines; }
    int mismatchedEnds() const { return m_mismatchedEnds; }
    // The first calendar's X-WR-TIMEZONE (Google, Outlook): the zone of its floating times.
    QByteArray calendarZone() const { return m_calendarZone; }
    int calendars() const { return m_calendars; }
    qint64 bytesRead() const { return m_total; }

private:
    // The next unfolded content line (without line end); false at the end of the input.
    Core::Result<bool> readLine(QByteArray &line);
    Core::Result<bool> readPhysical(QByteArray &line);

    QIODevice &m_input;
    qint64 m_maxBytes;
    qint64 m_maxComponentBytes;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_total = 0;
    bool m_eof = false;
    bool m_first = true;
    bool m_havePending = false;
    qint64 m_physicalOffset = 0; // input offset of the last physical line read
    qint64 m_pendingOffset = 0;
    qint64 m_lineOffset = 0; // of the logical line last returned
    QByteArray m_pending;
    int m_depth = 0; // 0 outside, 1 inside a VCALENDAR
    int m_calendars = 0;
    int m_latin1Lines = 0;
    int m_mismatchedEnds = 0;
    int m_bare = 0; // components outside any VCALENDAR
    QByteArray m_calendarZone;
};

} // namespace Eventdesk::Feeds
