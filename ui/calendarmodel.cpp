// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarmodel.h"
#include "eventservice.h"
#include "eventtext.h"

#include <QLocale>

#include <algorithm>

namespace Eventdesk::Gui {

using namespace Eventdesk::Core;

CalendarModel::CalendarModel(EventService &events, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(events)
{ }

void CalendarModel::setQuery(const EventQuery &query)
{
    m_query = query;
}

bool CalendarModel::load(QDate first, int days, int columns, QDate month)
{
    beginResetModel();
    m_first = first;
    m_days = qMax(0, days);
    m_columns = qMax(1, columns);
    m_month = month;
    m_error.clear();
    m_events.clear();
    m_spans.clear();
    m_byDay = QList<QList<int>>(m_days);
    // Local midnights of the range's days (and the day after): events are placed by comparing
    // their UTC times with these, with no local time conversion per event.
    QList<qint64> bounds;
    bounds.reserve(m_days + 1);
    for (int day = 0; day <= m_days; ++day)
        bounds.append(first.addDays(day).startOfDay().toMSecsSinceEpoch());
    const qint64 from = bounds.constFirst();
    const qint64 to = bounds.constLast();
    const quint64 generation = m_service.generation();
    const auto dataVersion = m_service.dataVersion();
    const auto same = [&](const Cached &c) {
        return c.from == from && c.to == to && c.generation == generation
            && c.dataVersion == dataVersion && c.query.viewerId == m_query.viewerId
            && c.query.text == m_query.text && c.query.mine == m_query.mine
            && c.query.joined == m_query.joined && c.query.source == m_query.source;
    };
    const auto hit = std::find_if(m_cache.begin(), m_cache.end(), same);
    Core::Result<QList<Event>> rows = hit != m_cache.end()
        ? Core::Result<QList<Event>>(hit->rows)
        : m_service.overlapping(m_query, from, to);
    if (hit != m_cache.end()) {
        m_cache.move(hit - m_cache.begin(), 0);
    } else if (rows) {
        m_cache.prepend({from, to, m_query, generation, dataVersion, *rows});
        if (m_cache.size() > cacheSize)
            m_cache.removeLast();
    }
    if (!rows) {
        m_error = rows.error().message;
    } else {
        m_events = std::move(*rows);
        m_spans.reserve(m_events.size());
        for (int i = 0; i < m_events.size(); ++i) {
            const Event &e = m_events.at(i);
            const qint64 end = e.endsAt && *e.endsAt > e.startsAt ? *e.endsAt : e.startsAt;
            // Day of the start: the last midnight at or before it; of the end: the last
            // midnight before it (an end at midnight does not reach that day).
            const qint64 firstIndex = std::upper_bound(bounds.cbegin(), bounds.cend(), e.startsAt)
                - bounds.cbegin() - 1;
            const qint64 lastIndex = end > e.startsAt
                ? std::lower_bound(bounds.cbegin(), bounds.cend(), end) - bounds.cbegin() - 1
                : firstIndex;
            Span span;
            const bool inside = firstIndex >= 0 && lastIndex < m_days;
            span.first = firstIndex >= 0 ? m_first.addDays(firstIndex) : EventText::firstDay(e);
            span.last = lastIndex < m_days ? m_first.addDays(lastIndex) : EventText::lastDay(e);
            span.allDay = inside ? end > e.startsAt && e.startsAt == bounds.at(firstIndex)
                    && end == bounds.at(lastIndex + 1)
                                 : EventText::isAllDay(e);
            span.multiDay = span.allDay || span.last != span.first;
            m_spans.append(span);
            const qint64 begin = qMax<qint64>(0, firstIndex);
            const qint64 stop = qMin<qint64>(m_days - 1, lastIndex);
            for (qint64 day = begin; day <= stop; ++day)
                m_byDay[day].append(i);
        }
        // All-day and multi-day events first (the bars on top), then by start time; the rows
        // come in start order, so a stable sort keeps that.
        for (QList<int> &day : m_byDay) {
            std::stable_sort(day.begin(), day.end(),
                [this](int a, int b) { return m_spans.at(a).multiDay && !m_spans.at(b).multiDay; });
        }
    }
    endResetModel();
    Q_EMIT loaded();
    return m_error.isEmpty();
}

bool CalendarModel::reload()
{
    return m_first.isValid() ? load(m_first, m_days, m_columns, m_month) : true;
}

QList<const Event *> CalendarModel::eventsOn(QDate date) const
{
    QList<const Event *> out;
    const qint64 day = m_first.isValid() ? m_first.daysTo(date) : -1;
    if (day < 0 || day >= m_days)
        return out;
    for (int i : m_byDay.at(day))
        out.append(&m_events.at(i));
    return out;
}

const Event *CalendarModel::event(qint64 id) const
{
    for (const Event &e : m_events) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

QDate CalendarModel::dateAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const int day = index.row() * m_columns + index.column();
    return day < m_days ? m_first.addDays(day) : QDate();
}

QModelIndex CalendarModel::indexOf(QDate date) const
{
    const qint64 day = m_first.isValid() ? m_first.daysTo(date) : -1;
    if (day < 0 || day >= m_days)
        return {};
    return index(int(day / m_columns), int(day % m_columns));
}

int CalendarModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : (m_days + m_columns - 1) / m_columns;
}

int CalendarModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant CalendarModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || !m_first.isValid() || section < 0 || section >= m_columns)
        return {};
    const int weekday = m_first.addDays(section).dayOfWeek();
    if (role == Qt::DisplayRole)
        return QLocale().dayName(weekday, QLocale::ShortFormat);
    if (role == Qt::AccessibleTextRole || role == Qt::ToolTipRole)
        return QLocale().dayName(weekday, QLocale::LongFormat);
    return {};
}

QVariant CalendarModel::data(const QModelIndex &index, int role) const
{
    const QDate date = dateAt(index);
    if (!date.isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return date.day();
    case DateRole:
        return date;
    case EventCountRole:
        return int(m_byDay.at(m_first.daysTo(date)).size());
    case InMonthRole:
        return !m_month.isValid()
            || (date.month() == m_month.month() && date.year() == m_month.year());
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole: {
        const int count = int(m_byDay.at(m_first.daysTo(date)).size());
        //: A day cell read out by screen readers: "Saturday, November 21, 2026, 3 events".
        return tr("%1, %n event(s)", nullptr, count)
            .arg(QLocale().toString(date, QLocale::LongFormat));
    }
    default:
        return {};
    }
}

} // namespace Eventdesk::Gui
