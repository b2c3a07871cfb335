// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "webhooks.h"

#include <QAbstractTableModel>

#include <optional>

namespace Eventdesk::Gui {

// The signed-in account's webhooks: URL · Events · Status · Last delivery.
class WebhooksModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Url, Events, Status, LastDelivery, ColumnCount };
    struct Row
    {
        Core::Webhook webhook;
        std::optional<Core::WebhookDelivery> last; // the newest delivery
    };

    using QAbstractTableModel::QAbstractTableModel;

    // Same ids in the same order: the cells change in place (selection and scroll stay).
    void setRows(QList<Row> rows, qint64 now);
    const Row *rowAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "Active", "Failing since 14:05", "Paused", "Off: the receiver answered 410 Gone", ...
    static QString statusText(const Core::Webhook &webhook, qint64 now);
    // "Delivered · 5 minutes ago", "Failed: the server answered 500. Next try at 14:32.", ...
    static QString deliveryText(const Core::WebhookDelivery &delivery, qint64 now);
    // Why the last attempt failed, in words ("the server answered 500", "no answer: ...").
    static QString failureText(const Core::WebhookDelivery &delivery);
    // "Event created", "Participation joined", "Test", ...
    static QString typeLabel(const QString &type);

private:
    QList<Row> m_rows;
    qint64 m_now = 0;
};

// One subscription's delivery log, newest first: Type · Status · HTTP · Attempts · Latency ·
// Next attempt.
class DeliveriesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Type, Status, Code, Attempts, Latency, NextAttempt, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setDeliveries(QList<Core::WebhookDelivery> deliveries, qint64 now);
    const Core::WebhookDelivery *deliveryAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Core::WebhookDelivery> m_rows;
    qint64 m_now = 0;
};

} // namespace Eventdesk::Gui
