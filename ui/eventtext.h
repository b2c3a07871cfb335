// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

namespace Eventdesk::Gui {

// How the window says when something happens: in local time, through QLocale, without seconds,
// with the day in words first (Today, Tomorrow, a weekday within six days, then a date with the
// year only when it is not this year). One place, so every view says it the same way.
class EventText
{
    Q_DECLARE_TR_FUNCTIONS(EventText)
public:
    // "18:00" / "6:00 PM": the locale's short time format without seconds.
    static QString time(QTime time, const QLocale &locale = {});
    // "Today", "Tomorrow", "Yesterday", "Saturday", "Sat, Nov 21", "Sat, Nov 21, 2027".
    static QString day(QDate date, QDate today, const QLocale &locale = {});
    // Agenda heading: "Today", "Tomorrow", else "Saturday, November 21".
    static QString dayHeading(QDate date, QDate today, const QLocale &locale = {});
    // "November 2026" / "noviembre de 2026".
    static QString monthTitle(QDate date, const QLocale &locale = {});
    // "Sat, Nov 21" (the year added when it is not today's year).
    static QString compactDate(QDate date, QDate today, const QLocale &locale = {});
    // The detail pane's line: "Tomorrow, 18:00 – 20:00", "Saturday · All day",
    // "Sat, Nov 21 – Mon, Nov 23", "Sat, Nov 21, 22:00 – Sun, Nov 22, 02:00".
    static QString when(const Core::Event &event, qint64 now, const QLocale &locale = {});

    // "Just now", "5 minutes ago", "2 hours ago", "Yesterday, 14:05", then the compact date.
    static QString relative(qint64 then, qint64 now, const QLocale &locale = {});

    // All-day events start and end at local midnight (the end exclusive, at least a day later).
    static bool isAllDay(const Core::Event &event);
    // The local dates an event covers, end inclusive ([start, start] without an end).
    static QDate firstDay(const Core::Event &event);
    static QDate lastDay(const Core::Event &event);
};

} // namespace Eventdesk::Gui
