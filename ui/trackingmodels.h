// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collectortypes.h"

#include <QAbstractTableModel>

namespace Eventdesk::Gui {

// Tracked events as a table: time, session, category, name, data, app.
class TrackedEventModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Session, Category, Name, Data, App, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setEvents(QList<Core::TrackedEvent> events);
    const Core::TrackedEvent &event(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Core::TrackedEvent> m_events;
};

// Rejected events: when, app, reasons, the raw payload.
class TrackingErrorModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Received, App, Reasons, Payload, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setErrors(QList<Core::TrackingError> errors);
    const Core::TrackingError &error(int row) const { return m_errors.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString reasonsText(const QList<Core::FieldError> &reasons);

private:
    QList<Core::TrackingError> m_errors;
};

// Trusted apps: name, key hint, created, state.
class AppModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Key, Created, State, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setApps(QList<Core::App> apps);
    const Core::App &app(int row) const { return m_apps.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Core::App> m_apps;
};

} // namespace Eventdesk::Gui
