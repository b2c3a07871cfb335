// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventtablemodel.h"
#include "eventservice.h"

#include <QDateTime>
#include <QLocale>

namespace Eventdesk::Gui {

using namespace Eventdesk::Core;

EventTableModel::EventTableModel(EventService &events, QObject *parent)
    : QAbstractTableModel(parent)
    , m_events(events)
{ }

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Title");
    case Starts:
        return tr("Date");
    case Participants:
        return tr("Participants");
    case Owner:
        return tr("Owner");
    case Source:
        return tr("Source");
    case Price:
        return tr("Price");
    default:
        return {};
    }
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &event = m_rows.at(index.row());
    if (role == IdRole)
        return event.id;
    if (role == JoinedRole)
        return event.joined;
    if (role == Qt::TextAlignmentRole
        && (index.column() == Participants || index.column() == Price))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Title)
        return event.description.left(500);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Title:
        return event.title;
    case Starts:
        return QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(event.startsAt).toLocalTime(), QLocale::ShortFormat);
    case Participants:
        return event.participantCount;
    case Owner:
        return event.isImported() ? tr("(imported)") : event.ownerHandle;
    case Source:
        return event.source;
    case Price:
        if (!event.minPrice)
            return QString();
        if (!event.maxPrice || *event.maxPrice == *event.minPrice)
            return QLocale().toString(*event.minPrice, 'f', 2);
        return tr("%1 – %2").arg(QLocale().toString(*event.minPrice, 'f', 2),
            QLocale().toString(*event.maxPrice, 'f', 2));
    default:
        return {};
    }
}

bool EventTableModel::load(QList<Event> *into, QString *cursor, int rows)
{
    while (rows > 0) {
        EventQuery query = m_query;
        query.limit = qMin(rows, int(EventLimits::pageMax));
        auto page = m_events.list(query, *cursor);
        if (!page) {
            m_lastError = page.error().message;
            Q_EMIT loadFailed(m_lastError);
            return false;
        }
        rows -= int(page->items.size());
        into->append(page->items);
        *cursor = page->nextCursor;
        if (cursor->isEmpty())
            break;
    }
    return true;
}

bool EventTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_busy;
}

void EventTableModel::fetchMore(const QModelIndex &parent)
{
    // Views (and QAbstractItemModelTester) ask for more from inside the model's own change
    // notifications; a nested insertion would corrupt theirs.
    if (parent.isValid() || !m_hasMore || m_busy)
        return;
    QList<Event> page;
    QString cursor = m_cursor;
    if (!load(&page, &cursor, m_pageSize)) {
        m_hasMore = false;
        return;
    }
    m_cursor = cursor;
    m_hasMore = !m_cursor.isEmpty();
    if (!page.isEmpty()) {
        m_busy = true;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
        m_rows.append(page);
        endInsertRows();
        m_busy = false;
    }
    Q_EMIT pageLoaded(int(m_rows.size()));
}

void EventTableModel::sort(int column, Qt::SortOrder order)
{
    switch (column) {
    case Title:
        m_query.sort = EventSort::Title;
        break;
    case Starts:
        m_query.sort = EventSort::StartsAt;
        break;
    case Participants:
        m_query.sort = EventSort::Participants;
        break;
    default:
        m_query.sort = EventSort::Upcoming; // the natural order: upcoming first, then past
        break;
    }
    m_query.descending = order == Qt::DescendingOrder;
    setQuery(m_query);
}

void EventTableModel::setQuery(const EventQuery &query)
{
    m_busy = true;
    beginResetModel();
    m_query = query;
    m_rows.clear();
    m_cursor.clear();
    m_hasMore = true;
    m_lastError.clear();
    endResetModel();
    m_busy = false;
}

void EventTableModel::refresh()
{
    QList<Event> rows;
    QString cursor;
    if (!load(&rows, &cursor, qBound(m_pageSize, int(m_rows.size()), refreshCap)))
        return;
    bool sameRows = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < rows.size(); ++i)
        sameRows = rows.at(i).id == m_rows.at(i).id;
    if (sameRows) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    } else {
        m_busy = true;
        beginResetModel();
        m_rows = std::move(rows);
        m_cursor = cursor;
        m_hasMore = !m_cursor.isEmpty();
        endResetModel();
        m_busy = false;
        return;
    }
    m_cursor = cursor;
    m_hasMore = !m_cursor.isEmpty();
}

bool EventTableModel::refreshEvent(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    auto fresh = m_events.event(id, m_query.viewerId);
    if (!fresh) {
        if (fresh.error().kind != ErrorKind::NotFound)
            return false;
        m_busy = true;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        m_busy = false;
        return true;
    }
    const Event &old = m_rows.at(row);
    const bool samePlace = old.startsAt == fresh->startsAt && old.title == fresh->title
        && (m_query.sort != EventSort::Participants
            || old.participantCount == fresh->participantCount);
    // A filter the change may have broken (text, mine, joined) needs the full query.
    const bool sameFilters
        = m_query.text.isEmpty() && !m_query.joined && old.description == fresh->description;
    if (!samePlace || !sameFilters)
        return false;
    m_rows[row] = *fresh;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

const Event *EventTableModel::eventAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int EventTableModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

} // namespace Eventdesk::Gui
