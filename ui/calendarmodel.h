// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

#include <optional>
#include <utility>

namespace Eventdesk::Core {
class EventService;
}

namespace Eventdesk::Gui {

// The events of a run of days, read with one range query (EventService::overlapping) and
// sorted into the days they cover. As a table model: one row per week, one column per day
// (the month grid); the week and agenda views read eventsOn() directly.
class CalendarModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        DateRole = Qt::UserRole + 1, // QDate of the cell
        EventCountRole,              // int
        InMonthRole,                 // bool: the day belongs to the month shown
    };

    // Where an event sits in local time, computed once per load (local time conversions are
    // slow in Qt 6.4: each one may ask the C library for the zone again).
    struct Span
    {
        QDate first;           // the local day it starts on
        QDate last;            // the last local day it covers (the end exclusive)
        bool allDay = false;   // local midnight to a later local midnight
        bool multiDay = false; // all-day or over several days: drawn on top
    };

    explicit CalendarModel(Core::EventService &events, QObject *parent = nullptr);

    // Filters (text, mine, joined, source) and the viewer; from/to are ignored.
    void setQuery(const Core::EventQuery &query);
    const Core::EventQuery &query() const { return m_query; }
    // Reads the `days` days from `first` (local time), `columns` to a row. `month` marks the
    // days of the month shown (invalid: all). False, with error(), when the read failed.
    bool load(QDate first, int days, int columns = 7, QDate month = {});
    // Reads the same range again (after a change).
    bool reload();

    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_first.addDays(m_days - 1); }
    int dayCount() const { return m_days; }
    QString error() const { return m_error; }
    const QList<Core::Event> &events() const { return m_events; }
    // The events on a day: all-day and multi-day first, then by start time.
    QList<const Core::Event *> eventsOn(QDate date) const;
    const Core::Event *event(qint64 id) const;
    // The span of one of events() (a pointer from eventsOn() or event()).
    const Span &span(const Core::Event *event) const
    {
        return m_spans.at(event - m_events.constData());
    }

    QDate dateAt(const QModelIndex &index) const;
    QModelIndex indexOf(QDate date) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Short day names ("Sat", "sáb", "Sa."), never the one-letter ones.
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void loaded();

private:
    Core::EventService &m_service;
    Core::EventQuery m_query;
    QDate m_first;
    QDate m_month;
    int m_days = 0;
    int m_columns = 7;
    QString m_error;
    QList<Core::Event> m_events;
    QList<Span> m_spans;       // one per event
    QList<QList<int>> m_byDay; // indices into m_events, per day from m_first

    // The last ranges read, reused while nothing was written (EventService::generation() and
    // the file's data version unchanged): going back to a month just shown reads nothing.
    struct Cached
    {
        qint64 from = 0;
        qint64 to = 0;
        Core::EventQuery query;
        quint64 generation = 0;
        std::optional<std::pair<qint64, qint64>> dataVersion;
        QList<Core::Event> rows;
    };
    static constexpr int cacheSize = 4;
    QList<Cached> m_cache; // most recent first
};

} // namespace Eventdesk::Gui
