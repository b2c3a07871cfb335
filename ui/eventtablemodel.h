// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"

#include <QAbstractTableModel>

#include <unordered_map>

namespace Eventdesk::Core {
class EventService;
}

namespace Eventdesk::Gui {

// The events list over every matching event: one query reads the ids of all of them in the
// order (EventService::listIds), so rowCount() is the whole list and the scroll bar and
// Ctrl+End reach its end; the rows themselves are read by id, a block at a time, when a view
// asks for them (data(), eventAt()). A table over 100,000 events opens at once and reads only
// what it shows. Sorting asks the service for another order; it never sorts rows in memory.
class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Starts, Participants, Owner, Source, Price, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, JoinedRole };

    explicit EventTableModel(Core::EventService &events, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // Once after each reset: reads the ids (the rows come later, as they show).
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The filters (sort fields are the model's own). Reloads from the start.
    void setQuery(const Core::EventQuery &query);
    Core::EventQuery query() const { return m_query; }
    // How many rows are read at once around the one asked for.
    void setPageSize(int rows) { m_pageSize = qBound(1, rows, int(Core::EventLimits::pageMax)); }

    // Reads the ids again (after a change): the rows read so far are read again as they show;
    // a reset only when the ids differ.
    void refresh();
    // Reads one event again: replaces it (or removes its row when it is gone) when its place
    // in the order cannot have moved. False when only refresh() can tell (or it is not read).
    bool refreshEvent(qint64 id);
    // At most this many rows stay read; beyond it the oldest block of the cache is dropped
    // (rows are read again when they show).
    static constexpr int cacheCap = 5000;

    // The event of a row, read if needed (valid until the row leaves the cache: a reset, a
    // refresh, or cacheCap more rows read).
    const Core::Event *eventAt(int row) const;
    // The row's event if it has been read already, without reading.
    const Core::Event *loadedEventAt(int row) const;
    int rowOf(qint64 id) const;
    int loadedRows() const { return int(m_cache.size()); }
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void loadFailed(const QString &message);
    void pageLoaded(int rows); // after the ids are read (rows: the whole list)

private:
    bool readIds(QList<qint64> *into);
    const Core::Event *load(int row) const;

    Core::EventService &m_events;
    Core::EventQuery m_query;
    int m_pageSize = 200;
    QList<qint64> m_ids;
    bool m_idsRead = false;
    // Rows read, by id; node-based, so a pointer from eventAt() survives further reads.
    mutable std::unordered_map<qint64, Core::Event> m_cache;
    mutable QList<qint64> m_cacheOrder; // read order, to drop the oldest first
    mutable QString m_lastError;
    bool m_busy = false; // inside a reset or an insertion: no nested fetches
};

} // namespace Eventdesk::Gui
