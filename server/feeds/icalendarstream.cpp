// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "icalendarstream.h"

#include <QIODevice>
#include <QStringDecoder>

namespace Eventdesk::Feeds {

using namespace Core;

namespace {

constexpr qint64 chunkBytes = 64 * 1024;

Error malformed(const QString &message)
{
    return Error::make(ErrorKind::Invalid, QStringLiteral("malformed"), message);
}

bool startsWithNoCase(const QByteArray &line, const char *prefix)
{
    const auto n = qsizetype(qstrlen(prefix));
    return line.size() >= n && qstrnicmp(line.constData(), prefix, uint(n)) == 0;
}

// "BEGIN:VEVENT" -> "VEVENT" (upper case), empty when the line is not a BEGIN/END of that kind.
QByteArray componentName(const QByteArray &line, const char *keyword)
{
    if (!startsWithNoCase(line, keyword))
        return {};
    return line.mid(qsizetype(qstrlen(keyword))).trimmed().toUpper();
}

bool isValidUtf8(const QByteArray &line)
{
    bool ascii = true;
    for (const char c : line) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return true;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder(line);
    return !decoder.hasError();
}

} // namespace

ICalendarStream::ICalendarStream(QIODevice &input, qint64 maxBytes, qint64 maxComponentBytes)
    : m_input(input)
    , m_maxBytes(maxBytes)
    , m_maxComponentBytes(maxComponentBytes)
{ }

Result<bool> ICalendarStream::readPhysical(QByteArray &line)
{
    for (;;) {
        const qsizetype end = m_buffer.indexOf('\n', m_pos);
        if (end >= 0 || m_eof) {
            m_physicalOffset = m_total - (m_buffer.size() - m_pos);
            if (end < 0 && m_pos >= m_buffer.size())
                return false;
            const qsizetype stop = end >= 0 ? end : m_buffer.size();
            line = m_buffer.mid(m_pos, stop - m_pos);
            m_pos = stop + 1;
            if (line.endsWith('\r'))
                line.chop(1);
            return true;
        }
        if (m_buffer.size() - m_pos > m_maxComponentBytes)
            return Error::make(ErrorKind::TooLarge, QStringLiteral("token_too_large"),
                QStringLiteral("A line of the iCalendar document is larger than %1 bytes.")
                    .arg(m_maxComponentBytes));
        m_buffer.remove(0, m_pos);
        m_pos = 0;
        const QByteArray chunk = m_input.read(chunkBytes);
        m_total += chunk.size();
        if (m_total > m_maxBytes)
            return Error::make(ErrorKind::TooLarge, QStringLiteral("too_large"),
                QStringLiteral("The document is larger than %1 bytes.").arg(m_maxBytes));
        if (chunk.isEmpty())
            m_eof = true;
        m_buffer.append(chunk);
    }
}

Result<bool> ICalendarStream::readLine(QByteArray &line)
{
    QByteArray physical;
    if (!m_havePending) {
        auto got = readPhysical(m_pending);
        if (!got)
            return got.error();
        if (!*got)
            return false;
        m_havePending = true;
        m_pendingOffset = m_physicalOffset;
    }
    line = std::move(m_pending);
    m_lineOffset = m_pendingOffset;
    m_havePending = false;
    for (;;) {
        auto got = readPhysical(physical);
        if (!got)
            return got.error();
        if (!*got) {
            m_pendingOffset = m_total; // the end of the input
            break;
        }
        if (!physical.isEmpty() && (physical.at(0) == ' ' || physical.at(0) == '\t')) {
            line.append(physical.constData() + 1, physical.size() - 1);
            if (line.size() > m_maxComponentBytes)
                return Error::make(ErrorKind::TooLarge, QStringLiteral("token_too_large"),
                    QStringLiteral("A content line is larger than %1 bytes.")
                        .arg(m_maxComponentBytes));
            continue;
        }
        m_pending = std::move(physical);
        m_havePending = true;
        m_pendingOffset = m_physicalOffset;
        break;
    }
    if (m_first) {
        m_first = false;
        if (line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3);
    }
    if (!isValidUtf8(line)) {
        ++m_latin1Lines;
        line = QString::fromLatin1(line).toUtf8();
    }
    return true;
}

Result<bool> ICalendarStream::next(Component &component)
{
    QByteArray line;
    for (;;) {
        auto got = readLine(line);
        if (!got)
            return got.error();
        if (!*got)
            break;
        if (line.trimmed().isEmpty())
            continue;
        const QByteArray name = componentName(line, "BEGIN:");
        if (m_depth == 0) {
            if (name == "VCALENDAR") {
                m_depth = 1;
                continue;
            }
            // A bare VEVENT or VTIMEZONE (what some tools export for one event) is read as if
            // it were in a calendar.
            if (name != "VEVENT" && name != "VTIMEZONE") {
                if (m_calendars == 0 && m_bare == 0)
                    return malformed(QStringLiteral(
                        "Not an iCalendar document (BEGIN:VCALENDAR ... END:VCALENDAR)."));
                continue; // text between two calendars
            }
            ++m_bare;
        } else if (componentName(line, "END:") == "VCALENDAR") {
            m_depth = 0;
            ++m_calendars;
            continue;
        } else if (name.isEmpty()) {
            if (startsWithNoCase(line, "X-WR-TIMEZONE:") && m_calendarZone.isEmpty())
                m_calendarZone = line.mid(14).trimmed();
            continue; // a calendar property (VERSION, PRODID, METHOD, ...)
        }
        component.name = name;
        component.uid.clear();
        component.begin = m_lineOffset;
        component.text = line + "\r\n";
        int nested = 0;
        for (;;) {
            auto more = readLine(line);
            if (!more)
                return more.error();
            if (!*more)
                return malformed(QStringLiteral("The component %1 is not closed (END:%1).")
                                     .arg(QString::fromUtf8(name)));
            if (nested == 0 && startsWithNoCase(line, "RRULE:") && line.contains("\\;"))
                line.replace("\\;", ";"); // an escaped separator (some exporters)
            component.text += line + "\r\n";
            if (component.text.size() > m_maxComponentBytes)
                return Error::make(ErrorKind::TooLarge, QStringLiteral("token_too_large"),
                    QStringLiteral("A %1 component is larger than %2 bytes.")
                        .arg(QString::fromUtf8(name))
                        .arg(m_maxComponentBytes));
            if (!componentName(line, "BEGIN:").isEmpty()) {
                ++nested;
            } else if (const QByteArray end = componentName(line, "END:"); !end.isEmpty()) {
                if (nested == 0) {
                    if (end != name) { // a misspelt END closes the component all the same
                        ++m_mismatchedEnds;
                        component.text.chop(line.size() + 2);
                        component.text += "END:" + name + "\r\n";
                    }
                    component.end = m_pendingOffset; // where the next line starts
                    component.text.squeeze();
                    return true;
                }
                --nested;
            } else if (nested == 0
                && (startsWithNoCase(line, "UID:") || startsWithNoCase(line, "UID;"))) {
                component.uid = line.mid(line.indexOf(':') + 1).trimmed();
            }
        }
    }
    if (m_depth != 0 || (m_calendars == 0 && m_bare == 0))
        return malformed(
            QStringLiteral("Not an iCalendar document (BEGIN:VCALENDAR ... END:VCALENDAR)."));
    return false;
}

} // namespace Eventdesk::Feeds
