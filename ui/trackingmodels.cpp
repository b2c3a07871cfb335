// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trackingmodels.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace Eventdesk::Gui {

namespace {

QString localTime(qint64 msecs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc()).toLocalTime(),
        QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

} // namespace

void TrackedEventModel::setEvents(QList<Core::TrackedEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

int TrackedEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int TrackedEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrackedEventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Core::TrackedEvent &event = m_events.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Data)
        return QString::fromUtf8(event.data);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return localTime(event.occurredAt);
    case Session:
        return event.sessionId;
    case Category:
        return event.category;
    case Name:
        return event.name;
    case Data:
        return QString::fromUtf8(event.data.left(200));
    case App:
        return event.appId;
    }
    return {};
}

QVariant TrackedEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Session:
        return tr("Session");
    case Category:
        return tr("Category");
    case Name:
        return tr("Name");
    case Data:
        return tr("Data");
    case App:
        return tr("App");
    }
    return {};
}

void TrackingErrorModel::setErrors(QList<Core::TrackingError> errors)
{
    beginResetModel();
    m_errors = std::move(errors);
    endResetModel();
}

int TrackingErrorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_errors.size());
}

int TrackingErrorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TrackingErrorModel::reasonsText(const QList<Core::FieldError> &reasons)
{
    QStringList parts;
    for (const Core::FieldError &reason : reasons)
        parts.append(reason.field + u' ' + reason.message);
    return parts.join(QStringLiteral("; "));
}

QVariant TrackingErrorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Core::TrackingError &error = m_errors.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Received:
        return localTime(error.receivedAt);
    case App:
        return error.appId;
    case Reasons:
        return reasonsText(error.reasons);
    case Payload:
        return QString::fromUtf8(role == Qt::ToolTipRole ? error.payload : error.payload.left(200));
    }
    return {};
}

QVariant TrackingErrorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Received:
        return tr("Received");
    case App:
        return tr("App");
    case Reasons:
        return tr("Reasons");
    case Payload:
        return tr("Payload");
    }
    return {};
}

void AppModel::setApps(QList<Core::App> apps)
{
    beginResetModel();
    m_apps = std::move(apps);
    endResetModel();
}

int AppModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_apps.size());
}

int AppModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AppModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    const Core::App &app = m_apps.at(index.row());
    switch (index.column()) {
    case Name:
        return app.name;
    case Key:
        return QString(app.keyHint + QChar(0x2026));
    case Created:
        return localTime(app.createdAt);
    case State:
        return app.isRevoked() ? tr("Revoked %1").arg(localTime(app.revokedAt)) : tr("Active");
    }
    return {};
}

QVariant AppModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Key:
        return tr("Key");
    case Created:
        return tr("Created");
    case State:
        return tr("State");
    }
    return {};
}

} // namespace Eventdesk::Gui
