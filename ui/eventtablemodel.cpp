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
    return parent.isValid() ? 0 : int(m_ids.size());
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
    if (role == IdRole)
        return m_ids.at(index.row());
    const Event *read = eventAt(index.row());
    if (!read)
        return {};
    const Event &event = *read;
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

bool EventTableModel::readIds(QList<qint64> *into)
{
    auto ids = m_events.listIds(m_query);
    if (!ids) {
        m_lastError = ids.error().message;
        Q_EMIT loadFailed(m_lastError);
        return false;
    }
    *into = std::move(*ids);
    return true;
}

bool EventTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_idsRead && !m_busy;
}

void EventTableModel::fetchMore(const QModelIndex &parent)
{
    // Views (and QAbstractItemModelTester) ask for more from inside the model's own change
    // notifications; a nested insertion would corrupt theirs.
    if (parent.isValid() || m_idsRead || m_busy)
        return;
    m_idsRead = true;
    QList<qint64> ids;
    if (!readIds(&ids))
        return;
    if (!ids.isEmpty()) {
        m_busy = true;
        beginInsertRows({}, 0, int(ids.size() - 1));
        m_ids = std::move(ids);
        endInsertRows();
        m_busy = false;
    }
    Q_EMIT pageLoaded(int(m_ids.size()));
}

const Event *EventTableModel::load(int row) const
{
    // The block around the row, each event by id (a primary-key read).
    const int first = row - row % m_pageSize;
    const int last = qMin(int(m_ids.size()), first + m_pageSize) - 1;
    if (m_cache.size() + m_pageSize > cacheCap) {
        // Drop the oldest block read; what shows is read again.
        const qsizetype drop = qMin<qsizetype>(m_cacheOrder.size(), m_pageSize * 4);
        for (qsizetype i = 0; i < drop; ++i)
            m_cache.erase(m_cacheOrder.at(i));
        m_cacheOrder.remove(0, drop);
    }
    for (int r = first; r <= last; ++r) {
        const qint64 id = m_ids.at(r);
        if (m_cache.count(id))
            continue;
        auto event = m_events.event(id, m_query.viewerId);
        if (!event) {
            // Deleted since the ids were read: the change notification refreshes the list.
            if (event.error().kind != ErrorKind::NotFound)
                m_lastError = event.error().message;
            continue;
        }
        m_cache.emplace(id, std::move(*event));
        m_cacheOrder.append(id);
    }
    return loadedEventAt(row);
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
    m_ids.clear();
    m_cache.clear();
    m_cacheOrder.clear();
    m_idsRead = false;
    m_lastError.clear();
    endResetModel();
    m_busy = false;
}

void EventTableModel::refresh()
{
    QList<qint64> ids;
    if (!readIds(&ids))
        return;
    m_idsRead = true;
    m_cache.clear();
    m_cacheOrder.clear();
    if (ids == m_ids) {
        if (!m_ids.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
        return;
    }
    m_busy = true;
    beginResetModel();
    m_ids = std::move(ids);
    endResetModel();
    m_busy = false;
}

bool EventTableModel::refreshEvent(qint64 id)
{
    const int row = rowOf(id);
    const auto cached = m_cache.find(id);
    if (row < 0 || cached == m_cache.end())
        return false;
    auto fresh = m_events.event(id, m_query.viewerId);
    if (!fresh) {
        if (fresh.error().kind != ErrorKind::NotFound)
            return false;
        m_busy = true;
        beginRemoveRows({}, row, row);
        m_ids.removeAt(row);
        m_cache.erase(cached);
        m_cacheOrder.removeOne(id);
        endRemoveRows();
        m_busy = false;
        return true;
    }
    const Event &old = cached->second;
    const bool samePlace = old.startsAt == fresh->startsAt && old.title == fresh->title
        && (m_query.sort != EventSort::Participants
            || old.participantCount == fresh->participantCount);
    // A filter the change may have broken (text, mine, joined) needs the full query.
    const bool sameFilters
        = m_query.text.isEmpty() && !m_query.joined && old.description == fresh->description;
    if (!samePlace || !sameFilters)
        return false;
    cached->second = *fresh;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

const Event *EventTableModel::eventAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    if (const Event *read = loadedEventAt(row))
        return read;
    return load(row);
}

const Event *EventTableModel::loadedEventAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const auto found = m_cache.find(m_ids.at(row));
    return found == m_cache.end() ? nullptr : &found->second;
}

int EventTableModel::rowOf(qint64 id) const
{
    return int(m_ids.indexOf(id));
}

} // namespace Eventdesk::Gui
