// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"
#include "timeutil.h"

namespace Eventdesk::Api {

namespace {

void writeDigits(char *at, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        at[i] = char('0' + value % 10);
        value /= 10;
    }
}

} // namespace

void appendJsonString(QByteArray &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    const char *begin = utf8.constData();
    const char *run = begin;
    const char *end = begin + utf8.size();
    for (const char *p = begin; p != end; ++p) {
        const unsigned char c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        }
    }
    out.append(run, end - run);
    out += '"';
}

void civilFromDays(qint64 days, int *year, unsigned *month, unsigned *day)
{
    // H. Hinnant's civil_from_days: no QDateTime per row.
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 y = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *day = doy - (153 * mp + 2) / 5 + 1;
    *month = mp < 10 ? mp + 3 : mp - 9;
    *year = int(y + (*month <= 2));
}

void appendDigits(QByteArray &out, unsigned value, int width)
{
    char buffer[10] = {};
    writeDigits(buffer, value, width);
    out.append(buffer, width);
}

void appendTimestamp(QByteArray &out, qint64 msecs)
{
    // The same text as toRfc3339() ("2026-11-23T09:15:27.243Z") without QDateTime, which was a
    // tenth of an uncached list page.
    if (msecs < -62135596800000LL || msecs > 253402300799999LL) {
        out += '"' + Core::toRfc3339(msecs).toLatin1() + '"';
        return;
    }
    constexpr qint64 day = 86400000;
    qint64 days = msecs / day;
    qint64 rest = msecs % day;
    if (rest < 0) {
        rest += day;
        --days;
    }
    int y;
    unsigned m, d;
    civilFromDays(days, &y, &m, &d);
    char text[27] = "\"0000-00-00T00:00:00.000Z\"";
    writeDigits(text + 1, y, 4);
    writeDigits(text + 6, m, 2);
    writeDigits(text + 9, d, 2);
    writeDigits(text + 12, rest / 3600000, 2);
    writeDigits(text + 15, rest / 60000 % 60, 2);
    writeDigits(text + 18, rest / 1000 % 60, 2);
    writeDigits(text + 21, rest % 1000, 3);
    out.append(text, 26);
}

} // namespace Eventdesk::Api
