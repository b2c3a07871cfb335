// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actor.h"
#include "collectorstore.h"
#include "collectortypes.h"
#include "eventrules.h"
#include "result.h"

#include <QHash>
#include <QJsonObject>
#include <QReadWriteLock>

#include <optional>

namespace Eventdesk::Core {

class ChangeHub;
class JsonView;

// The collector's rules: trusted apps and their keys, event validation per type, settings and
// queries. Thread-safe: the API thread checks keys and events, the GUI thread edits types and
// apps, and each call uses the calling thread's database connection. Writing accepted events is
// the TrackWriter's job (one writer, group commit).
class Collector
{
public:
    static constexpr int MaxEventBytes = 32 * 1024;
    static constexpr int MaxBatch = 1000;
    static constexpr QLatin1StringView KeyPrefix {"eda_"};

    Collector(CollectorStore &store, ChangeHub &changes);

    // Reads the types and settings; call once after the database is open.
    [[nodiscard]] Result<void> load();

    // -- apps. ownerId 0 is the person at the window, who sees and may revoke every app.
    Result<CreatedApp> createApp(
        const QString &name, qint64 ownerId, const QStringList &scopes = {QStringLiteral("track")});
    Result<QList<App>> apps(qint64 ownerId);
    Result<App> revokeApp(qint64 id, qint64 ownerId);
    // The app of an unrevoked key with the "track" scope; Unauthorized otherwise. Fast: a cache
    // of key hash -> app, invalidated on revoke.
    Result<qint64> authenticateApp(QByteArrayView key);

    // -- validation of one event as posted. On success the event is ready for the writer;
    // otherwise the reasons say what is wrong ("timestamp", "data.host", ...).
    struct Checked
    {
        std::optional<PendingEvent> event;
        QList<FieldError> reasons;
    };
    // `event` is a node of `view` (any type: a non-object is rejected). The event's "data" is
    // stored as sent, without insignificant white space.
    Checked check(const JsonView &view, int event, qint64 appId, qint64 receivedAt) const;
    // The same for an event built in code (tests, the window).
    Checked check(const QJsonObject &event, qint64 appId, qint64 receivedAt) const;

    // -- types and settings
    Result<QList<EventType>> eventTypes();
    Result<EventType> putEventType(
        const QString &category, const QString &name, const QJsonObject &rules);
    Result<void> deleteEventType(const QString &category, const QString &name);
    // The settings as stored (another process's change included, see configVersion()).
    CollectorSettings settings();
    Result<void> setSettings(const CollectorSettings &settings);

    // -- queries
    Result<QList<TrackedEvent>> events(const TrackQuery &query) { return m_store.events(query); }
    Result<QList<TrackingError>> errors(const ErrorQuery &query) { return m_store.errors(query); }
    Result<QList<MinuteCount>> minuteCounts(qint64 from, qint64 to);
    Result<qint64> eventCount() { return m_store.eventCount(); }

    // -- the same with the caller's rights (issue 9): an app's events, sessions, errors and
    // stats are visible to its owner and to admins; event types, strict mode and the other
    // collector settings are changed by admins only. The API uses these.
    Result<QList<App>> apps(const Actor &actor);
    Result<App> revokeApp(const Actor &actor, qint64 id);
    Result<QList<TrackedEvent>> events(const Actor &actor, TrackQuery query);
    Result<QList<TrackingError>> errors(const Actor &actor, ErrorQuery query);
    Result<QList<MinuteCount>> minuteCounts(const Actor &actor, qint64 from, qint64 to);
    Result<EventType> putEventType(
        const Actor &actor, const QString &category, const QString &name, const QJsonObject &rules);
    Result<void> deleteEventType(const Actor &actor, const QString &category, const QString &name);
    Result<void> setSettings(const Actor &actor, const CollectorSettings &settings);

    static QByteArray hashKey(QByteArrayView key);

private:
    // Another process changed keys, types or settings (the store's configVersion() moved):
    // empty the key cache and reload types and settings before they are used.
    Result<void> followOtherProcesses();
    // A member's own app ids (nullopt for an admin, who sees every app); Forbidden when `only`
    // names an app that is not theirs.
    Result<std::optional<QList<qint64>>> visibleApps(const Actor &actor, qint64 only);

    CollectorStore &m_store;
    ChangeHub &m_changes;
    mutable QReadWriteLock m_lock;         // guards the three below
    QHash<QByteArray, EventRules> m_rules; // "category\x1fname" in UTF-8
    CollectorSettings m_settings;
    QHash<QByteArray, qint64> m_keyCache;  // key hash -> app id (valid, unrevoked keys only)
    quint64 m_revocations = 0;             // bumped by every revoke (see authenticateApp)
    std::optional<qint64> m_configVersion; // the store's configVersion() the caches hold
};

} // namespace Eventdesk::Core
