// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collectorconfig.h"
#include "collectorstore.h"

#include <functional>

namespace Eventdesk::Storage {

class Database;

// The collector's tables on SQLite, through the raw handle of the calling thread's connection
// (prepared statements, bound values). write() runs in one transaction and makes the writer's
// connection synchronous=FULL, so a commit that returned survives a crash of the process or of
// the machine.
class SqliteCollectorStore : public Core::CollectorStore
{
public:
    explicit SqliteCollectorStore(Database &database, Core::CollectorConfig config = {})
        : m_database(database)
        , m_config(config)
    { }

    Core::Result<Core::App> insertApp(const Core::App &app, const QByteArray &keyHash) override;
    Core::Result<QList<Core::App>> apps(qint64 ownerId) override;
    Core::Result<Core::App> app(qint64 id) override;
    Core::Result<void> revokeApp(qint64 id, qint64 at) override;
    Core::Result<std::optional<std::pair<Core::App, QByteArray>>> appByKeyHash(
        const QByteArray &keyHash) override;

    Core::Result<QList<Core::WriteResult>> write(
        const QList<Core::PendingEvent> &events, const QList<Core::PendingError> &errors) override;

    Core::Result<int> checkpoint() override;

    Core::Result<QList<Core::TrackedEvent>> events(const Core::TrackQuery &query) override;
    Core::Result<QList<Core::TrackingError>> errors(const Core::ErrorQuery &query) override;
    Core::Result<QList<Core::MinuteCount>> minuteCounts(qint64 from, qint64 to) override;
    Core::Result<QList<Core::MinuteCount>> minuteCountsOfApps(
        qint64 from, qint64 to, const QList<qint64> &apps) override;
    Core::Result<qint64> eventCount() override;

    Core::Result<QList<Core::EventType>> eventTypes() override;
    Core::Result<void> putEventType(const Core::EventType &type) override;
    Core::Result<void> deleteEventType(const QString &category, const QString &name) override;
    Core::Result<Core::CollectorSettings> settings() override;
    Core::Result<void> putSettings(const Core::CollectorSettings &settings) override;

    // The SQL of an event query (also for EXPLAIN QUERY PLAN in tests): only the filters in use
    // appear in it, with named parameters that bindEventsQuery() fills.
    static QByteArray eventsSql(const Core::TrackQuery &query);

private:
    Database &m_database;
    Core::CollectorConfig m_config;
};

} // namespace Eventdesk::Storage
