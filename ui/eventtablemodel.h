// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"

#include <QAbstractTableModel>

namespace Eventdesk::Core {
class EventService;
}

namespace Eventdesk::Gui {

// The events list, loaded lazily in keyset pages through the EventService (canFetchMore /
// fetchMore), so a table over 100,000 events opens at once and scrolls smoothly. Sorting asks
// the service for another order; it never sorts rows in memory.
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
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The filters (sort fields and limit are the model's own). Reloads from the first page.
    void setQuery(const Core::EventQuery &query);
    Core::EventQuery query() const { return m_query; }
    void setPageSize(int rows) { m_pageSize = qBound(1, rows, int(Core::EventLimits::pageMax)); }

    // Reads the rows again (after a change), as many as were loaded, keeping the order's
    // position; a reset only when the rows differ.
    void refresh();
    // Reads one loaded event again: replaces it (or removes it when it is gone) when its place
    // in the order cannot have moved. False when only refresh() can tell (or it is not loaded).
    bool refreshEvent(qint64 id);
    // refresh() reads at most this many rows (a table scrolled to row 100,000 is not read
    // again on every change; it restarts from the top instead).
    static constexpr int refreshCap = 5000;

    const Core::Event *eventAt(int row) const;
    int rowOf(qint64 id) const;
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void loadFailed(const QString &message);
    void pageLoaded(int rows); // after each fetched page (rows: the total now loaded)

private:
    bool load(QList<Core::Event> *into, QString *cursor, int rows);

    Core::EventService &m_events;
    Core::EventQuery m_query;
    int m_pageSize = 200;
    QList<Core::Event> m_rows;
    QString m_cursor;
    bool m_hasMore = true;
    QString m_lastError;
    bool m_busy = false; // inside a reset or an insertion: no nested fetches
};

} // namespace Eventdesk::Gui
