// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookmodels.h"
#include "eventtext.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>

namespace Eventdesk::Gui {

using namespace Eventdesk::Core;

namespace {

// A time to come or just past: "14:32" today, else "Sat, Nov 21, 14:32".
QString atText(qint64 msecs, qint64 now)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(msecs).toLocalTime();
    const QDate today = QDateTime::fromMSecsSinceEpoch(now).toLocalTime().date();
    const QString time = EventText::time(at.time());
    if (at.date() == today)
        return time;
    return WebhooksModel::tr("%1, %2").arg(EventText::compactDate(at.date(), today), time);
}

QString longAt(qint64 msecs)
{
    return QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(msecs).toLocalTime(), QLocale::LongFormat);
}

template<typename List, typename Id> bool sameIds(const List &a, const List &b, Id id)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (id(a.at(i)) != id(b.at(i)))
            return false;
    }
    return true;
}

} // namespace

// -- WebhooksModel --

QString WebhooksModel::typeLabel(const QString &type)
{
    static const QHash<QString, const char *> labels {
        {QStringLiteral("event.created"), QT_TR_NOOP("Event created")},
        {QStringLiteral("event.updated"), QT_TR_NOOP("Event changed")},
        {QStringLiteral("event.deleted"), QT_TR_NOOP("Event deleted")},
        {QStringLiteral("participation.joined"), QT_TR_NOOP("Someone joined")},
        {QStringLiteral("participation.withdrawn"), QT_TR_NOOP("Someone withdrew")},
        {QStringLiteral("comment.created"), QT_TR_NOOP("Comment added")},
        {QStringLiteral("comment.updated"), QT_TR_NOOP("Comment changed")},
        {QStringLiteral("comment.deleted"), QT_TR_NOOP("Comment deleted")},
        {QStringLiteral("import.finished"), QT_TR_NOOP("Import finished")},
        {QStringLiteral("ping"), QT_TR_NOOP("Test")},
    };
    const auto found = labels.constFind(type);
    return found == labels.cend() ? type : tr(*found);
}

QString WebhooksModel::statusText(const Webhook &webhook, qint64 now)
{
    if (!webhook.enabled) {
        if (webhook.disabledReason == u"gone")
            return tr("Off: the receiver answered 410 Gone");
        if (webhook.disabledReason == u"failing")
            return tr("Off: failed for 24 hours");
        return tr("Paused");
    }
    if (webhook.failingSince != 0)
        return tr("Failing since %1").arg(atText(webhook.failingSince, now));
    return tr("Active");
}

QString WebhooksModel::failureText(const WebhookDelivery &delivery)
{
    if (delivery.lastCode != 0)
        return tr("the server answered %1").arg(delivery.lastCode);
    if (!delivery.lastError.isEmpty())
        //: %1 is the network's or the dispatcher's reason, in English.
        return tr("no answer (%1)").arg(delivery.lastError);
    return tr("no answer");
}

QString WebhooksModel::deliveryText(const WebhookDelivery &delivery, qint64 now)
{
    if (delivery.status == u"delivered")
        return tr("Delivered · %1").arg(EventText::relative(delivery.finishedAt, now));
    if (delivery.status == u"failed")
        return tr("Failed: %1.").arg(failureText(delivery));
    if (delivery.attempts == 0)
        return tr("Sending…");
    return tr("Failed: %1. Next try at %2.")
        .arg(failureText(delivery), atText(delivery.nextAttemptAt, now));
}

void WebhooksModel::setRows(QList<Row> rows, qint64 now)
{
    m_now = now;
    if (sameIds(m_rows, rows, [](const Row &r) { return r.webhook.id; })) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const WebhooksModel::Row *WebhooksModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int WebhooksModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).webhook.id == id)
            return row;
    }
    return -1;
}

int WebhooksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WebhooksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WebhooksModel::data(const QModelIndex &index, int role) const
{
    const Row *row = rowAt(index.row());
    if (!row || !index.isValid())
        return {};
    const Webhook &w = row->webhook;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Url:
            return w.url;
        case Events: {
            QStringList labels;
            for (const QString &type : w.events)
                labels.append(typeLabel(type));
            return labels.join(tr(", "));
        }
        case Status:
            return statusText(w, m_now);
        case LastDelivery:
            return row->last ? deliveryText(*row->last, m_now) : tr("Never");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Url:
            return w.description.isEmpty() ? w.url : tr("%1, %2").arg(w.description, w.url);
        case Events:
            return data(index, Qt::DisplayRole);
        case Status:
            if (!w.enabled && w.disabledAt != 0)
                return tr("Turned off on %1").arg(longAt(w.disabledAt));
            break;
        case LastDelivery:
            if (row->last && row->last->finishedAt != 0)
                return tr("%1, %2").arg(
                    deliveryText(*row->last, m_now), longAt(row->last->finishedAt));
            return data(index, Qt::DisplayRole);
        default:
            break;
        }
    }
    return {};
}

QVariant WebhooksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Url:
        return tr("URL");
    case Events:
        return tr("Events");
    case Status:
        return tr("Status");
    case LastDelivery:
        return tr("Last Delivery");
    }
    return {};
}

// -- DeliveriesModel --

void DeliveriesModel::setDeliveries(QList<WebhookDelivery> deliveries, qint64 now)
{
    m_now = now;
    if (sameIds(m_rows, deliveries, [](const WebhookDelivery &d) { return d.id; })) {
        m_rows = std::move(deliveries);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(deliveries);
    endResetModel();
}

const WebhookDelivery *DeliveriesModel::deliveryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int DeliveriesModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int DeliveriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeliveriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeliveriesModel::data(const QModelIndex &index, int role) const
{
    const WebhookDelivery *d = deliveryAt(index.row());
    if (!d || !index.isValid())
        return {};
    const QString none = tr("—");
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Type:
            return WebhooksModel::typeLabel(d->type);
        case Status:
            if (d->status == u"delivered")
                return tr("Delivered");
            if (d->status == u"failed")
                return tr("Failed");
            return d->attempts == 0 ? tr("Sending") : tr("Retrying");
        case Code:
            return d->lastCode != 0 ? QString::number(d->lastCode) : none;
        case Attempts:
            return QLocale().toString(d->attempts);
        case Latency:
            return d->attempts == 0 ? none : tr("%1 ms").arg(QLocale().toString(d->latencyMs));
        case NextAttempt:
            return d->status == u"pending" ? atText(d->nextAttemptAt, m_now) : none;
        }
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == Status && d->status != u"delivered" && d->attempts > 0)
            return WebhooksModel::failureText(*d);
        if (index.column() == NextAttempt && d->status == u"pending")
            return longAt(d->nextAttemptAt);
    } else if (role == Qt::TextAlignmentRole) {
        if (index.column() == Code || index.column() == Attempts || index.column() == Latency)
            return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant DeliveriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Type:
        return tr("Type");
    case Status:
        return tr("Status");
    case Code:
        return tr("HTTP Status");
    case Attempts:
        return tr("Attempts");
    case Latency:
        return tr("Latency");
    case NextAttempt:
        return tr("Next Attempt");
    }
    return {};
}

} // namespace Eventdesk::Gui
