// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedstore.h"

#include <QAbstractTableModel>

namespace Eventdesk::Gui {

// The feeds as a table: name, location, format, interval, last run, status.
class FeedsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Location, Format, Interval, LastRun, Status, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setFeeds(QList<Core::Feed> feeds);
    const Core::Feed *feedAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString intervalText(int seconds);
    static QString statusText(const Core::Feed &feed);

private:
    QList<Core::Feed> m_feeds;
};

} // namespace Eventdesk::Gui
