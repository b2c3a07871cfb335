// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collectorconfig.h"
#include "result.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace Eventdesk::Core {
class AuthStore;
class CalendarStore;
class CollectorStore;
class EventStore;
class FeedStore;
class ThrottleStore;
class WebhookStore;
} // namespace Eventdesk::Core
namespace Eventdesk::Storage {
class Database;
}
namespace Eventdesk::PgStorage {
class PgDatabase;
}

namespace Eventdesk::Stores {

// Where the data lives (`--database`, issue 13): a SQLite file (the default) or a PostgreSQL
// database.
struct DatabaseUrl
{
    enum class Kind { Sqlite, Postgresql };
    Kind kind = Kind::Sqlite;
    QString location; // the file's path, or the libpq URI

    // "sqlite:PATH", a plain path, or a libpq URI "postgresql://..." ("postgres://..."). Invalid
    // (with a message naming the forms) for anything else, such as "mysql://" or "sqlite:".
    static Core::Result<DatabaseUrl> parse(const QString &text);
    static DatabaseUrl sqlite(const QString &path) { return {Kind::Sqlite, path}; }
    // For messages, logs and keys: the PostgreSQL URI without its password.
    QString display() const;
    bool isPostgresql() const { return kind == Kind::Postgresql; }
};

// Every store of one database, opened (and migrated) together: the one place that knows which
// class implements which core store on which backend. The composition root and the tests that
// run on both backends build their services on a StoreSet.
class StoreSet
{
public:
    ~StoreSet();
    StoreSet(const StoreSet &) = delete;
    StoreSet &operator=(const StoreSet &) = delete;

    // Opens the database, applies its migrations and builds every store. An error names what
    // failed (cannot open, newer schema, unreachable server).
    static Core::Result<std::unique_ptr<StoreSet>> open(
        const DatabaseUrl &url, const Core::CollectorConfig &collector = {});

    // The areas whose store this backend does not have (yet): their accessors must not be
    // called. requireComplete() is the error that names them; the application refuses to start
    // on an incomplete set, a test of one area may use one.
    QStringList missing() const;
    Core::Result<void> requireComplete() const;

    const DatabaseUrl &url() const { return m_url; }
    Core::AuthStore &auth() { return *m_auth; }
    Core::EventStore &events() { return *m_events; }
    Core::FeedStore &feeds() { return *m_feeds; }
    Core::CollectorStore &collector() { return *m_collector; }
    Core::WebhookStore &webhooks() { return *m_webhooks; }
    Core::CalendarStore &calendars() { return *m_calendars; }
    // Where login throttles keep failures so that several processes share them; nullptr on
    // SQLite (one process: memory is enough).
    Core::ThrottleStore *throttle() { return m_throttle.get(); }

    // The backend's database: exactly one of them is set.
    Storage::Database *sqlite() { return m_sqlite.get(); }
    PgStorage::PgDatabase *postgresql() { return m_pg.get(); }

private:
    explicit StoreSet(DatabaseUrl url);

    DatabaseUrl m_url;
    // The databases first: destroyed after every store.
    std::unique_ptr<Storage::Database> m_sqlite;
    std::unique_ptr<PgStorage::PgDatabase> m_pg;
    std::unique_ptr<Core::AuthStore> m_auth;
    std::unique_ptr<Core::EventStore> m_events;
    std::unique_ptr<Core::FeedStore> m_feeds;
    std::unique_ptr<Core::CollectorStore> m_collector;
    std::unique_ptr<Core::WebhookStore> m_webhooks;
    std::unique_ptr<Core::CalendarStore> m_calendars;
    std::unique_ptr<Core::ThrottleStore> m_throttle;
};

} // namespace Eventdesk::Stores
