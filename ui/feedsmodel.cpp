// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedsmodel.h"

#include <QDateTime>

namespace Eventdesk::Gui {

using namespace Core;

void FeedsModel::setFeeds(QList<Feed> feeds)
{
    beginResetModel();
    m_feeds = std::move(feeds);
    endResetModel();
}

const Feed *FeedsModel::feedAt(int row) const
{
    return row >= 0 && row < m_feeds.size() ? &m_feeds.at(row) : nullptr;
}

int FeedsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_feeds.size());
}

int FeedsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FeedsModel::intervalText(int seconds)
{
    if (seconds <= 0)
        return tr("manual");
    if (seconds % 3600 == 0)
        return tr("every %n hour(s)", nullptr, seconds / 3600);
    return tr("every %n minute(s)", nullptr, qMax(1, seconds / 60));
}

QString FeedsModel::statusText(const Feed &feed)
{
    if (feed.lastStatus == QLatin1String("succeeded"))
        return tr("OK");
    if (feed.lastStatus == QLatin1String("not_modified"))
        return tr("OK (not modified)");
    if (feed.lastStatus == QLatin1String("failed"))
        return tr("Failed: %1").arg(feed.lastError);
    return tr("Never run");
}

QVariant FeedsModel::data(const QModelIndex &index, int role) const
{
    const Feed *feed = feedAt(index.row());
    if (!feed || !index.isValid())
        return {};
    if (role == Qt::UserRole)
        return feed->id;
    if (role == Qt::ToolTipRole && index.column() == Status)
        return feed->lastError;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return feed->name;
    case Location:
        return feed->location;
    case Format:
        return feed->format == FeedFormat::Unknown ? tr("detect") : feedFormatName(feed->format);
    case Interval:
        return intervalText(feed->enabled ? feed->intervalSeconds : 0);
    case LastRun:
        return feed->lastRunAt > 0 ? QLocale().toString(
                   QDateTime::fromMSecsSinceEpoch(feed->lastRunAt), QLocale::ShortFormat)
                                   : QString();
    case Status:
        return statusText(*feed);
    default:
        return {};
    }
}

QVariant FeedsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Location:
        return tr("Location");
    case Format:
        return tr("Format");
    case Interval:
        return tr("Interval");
    case LastRun:
        return tr("Last run");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace Eventdesk::Gui
