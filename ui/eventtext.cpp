// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventtext.h"

#include <QDateTime>
#include <QRegularExpression>

namespace Eventdesk::Gui {

using namespace Eventdesk::Core;

namespace {

QDateTime local(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs).toLocalTime();
}

// Spanish and German weekday and month names are lower case in the middle of a sentence; a
// line or heading that opens with one starts with a capital.
QString capitalized(QString text, const QLocale &locale)
{
    if (!text.isEmpty())
        text.replace(0, 1, locale.toUpper(text.left(1)));
    return text;
}

} // namespace

QString EventText::time(QTime time, const QLocale &locale)
{
    // The short format of some locales (C among them) carries seconds: drop them with their
    // separator.
    static const QRegularExpression seconds(QStringLiteral("[.:,]?\\s*ss?"));
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(seconds);
    return locale.toString(time, format.trimmed());
}

QString EventText::compactDate(QDate date, QDate today, const QLocale &locale)
{
    if (date.year() == today.year())
        //: A compact date, QDate format: en "ddd, MMM d" (Sat, Nov 21), es "ddd, d MMM"
        //: (sáb, 21 nov), de "ddd, d. MMM" (Sa., 21. Nov.).
        return locale.toString(date, tr("ddd, MMM d"));
    //: A compact date in another year, QDate format: en "ddd, MMM d, yyyy", es
    //: "ddd, d MMM yyyy", de "ddd, d. MMM yyyy".
    return locale.toString(date, tr("ddd, MMM d, yyyy"));
}

QString EventText::day(QDate date, QDate today, const QLocale &locale)
{
    const qint64 ahead = today.daysTo(date);
    if (ahead == 0)
        return tr("Today");
    if (ahead == 1)
        return tr("Tomorrow");
    if (ahead == -1)
        return tr("Yesterday");
    if (ahead > 1 && ahead <= 6)
        return capitalized(locale.dayName(date.dayOfWeek()), locale);
    return capitalized(compactDate(date, today, locale), locale);
}

QString EventText::dayHeading(QDate date, QDate today, const QLocale &locale)
{
    const qint64 ahead = today.daysTo(date);
    if (ahead == 0)
        return tr("Today");
    if (ahead == 1)
        return tr("Tomorrow");
    if (date.year() == today.year())
        //: An agenda heading, QDate format: en "dddd, MMMM d" (Saturday, November 21), es
        //: "dddd, d 'de' MMMM", de "dddd, d. MMMM".
        return capitalized(locale.toString(date, tr("dddd, MMMM d")), locale);
    //: An agenda heading in another year, QDate format: en "dddd, MMMM d, yyyy", es
    //: "dddd, d 'de' MMMM 'de' yyyy", de "dddd, d. MMMM yyyy".
    return capitalized(locale.toString(date, tr("dddd, MMMM d, yyyy")), locale);
}

QString EventText::monthTitle(QDate date, const QLocale &locale)
{
    //: The month view's title, QDate format: en "MMMM yyyy" (November 2026), es
    //: "MMMM 'de' yyyy", de "MMMM yyyy".
    return capitalized(locale.toString(date, tr("MMMM yyyy")), locale);
}

QString EventText::relative(qint64 then, qint64 now, const QLocale &locale)
{
    const qint64 minutes = (now - then) / 60000;
    if (minutes < 1)
        return tr("Just now");
    if (minutes < 60)
        return tr("%n minute(s) ago", nullptr, int(minutes));
    const QDateTime at = local(then);
    const QDate today = local(now).date();
    if (minutes < 12 * 60 && at.date() == today)
        return tr("%n hour(s) ago", nullptr, int(minutes / 60));
    if (at.date() == today)
        return tr("%1, %2").arg(tr("Today"), time(at.time(), locale));
    if (at.date() == today.addDays(-1))
        return tr("%1, %2").arg(tr("Yesterday"), time(at.time(), locale));
    return compactDate(at.date(), today, locale);
}

bool EventText::isAllDay(const Event &event)
{
    if (!event.endsAt || *event.endsAt <= event.startsAt)
        return false;
    const QDateTime start = local(event.startsAt);
    const QDateTime end = local(*event.endsAt);
    return start.time() == QTime(0, 0) && end.time() == QTime(0, 0) && end.date() > start.date();
}

QDate EventText::firstDay(const Event &event)
{
    return local(event.startsAt).date();
}

QDate EventText::lastDay(const Event &event)
{
    if (!event.endsAt || *event.endsAt <= event.startsAt)
        return firstDay(event);
    const QDateTime end = local(*event.endsAt);
    // The end is exclusive: an event ending at midnight does not reach that day.
    return end.time() == QTime(0, 0) ? end.date().addDays(-1) : end.date();
}

QString EventText::when(const Event &event, qint64 now, const QLocale &locale)
{
    const QDate today = local(now).date();
    const QDateTime start = local(event.startsAt);
    const QDate first = start.date();
    const QDate last = lastDay(event);
    if (isAllDay(event)) {
        if (first == last)
            //: An all-day event: %1 is the day ("Tomorrow", "Saturday", "Sat, Nov 21").
            return tr("%1 · All day").arg(day(first, today, locale));
        //: An all-day event over several days: first and last day, both included.
        return tr("%1 – %2").arg(day(first, today, locale), day(last, today, locale));
    }
    const QString startTime = time(start.time(), locale);
    if (!event.endsAt)
        //: A day and a time: "Tomorrow, 18:00".
        return tr("%1, %2").arg(day(first, today, locale), startTime);
    const QDateTime end = local(*event.endsAt);
    if (end.date() == first)
        //: One day, start and end time: "Tomorrow, 18:00 – 20:00".
        return tr("%1, %2 – %3")
            .arg(day(first, today, locale), startTime, time(end.time(), locale));
    //: Across days: "Sat, Nov 21, 22:00 – Sun, Nov 22, 02:00".
    return tr("%1, %2 – %3, %4")
        .arg(day(first, today, locale), startTime, day(end.date(), today, locale),
            time(end.time(), locale));
}

} // namespace Eventdesk::Gui
