// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeset.h"

#include "database.h"
#include "pgdatabase.h"
#include "sqlauthstore.h"
#include "sqlitecalendarstore.h"
#include "sqlitecollectorstore.h"
#include "sqliteeventstore.h"
#include "sqlitefeedstore.h"
#include "sqlitewebhookstore.h"
// The PostgreSQL stores, one include per area.
#include "pgauthstore.h"
#include "pgcalendarstore.h"
#include "pgcollectorstore.h"
#include "pgeventstore.h"
#include "pgfeedstore.h"
#include "pgthrottlestore.h"
#include "pgwebhookstore.h"

#include <QStringList>
#include <QUrl>

namespace Eventdesk::Stores {

using Core::Error;
using Core::ErrorKind;
using Core::Result;

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    const auto invalid = [&text] {
        return Error::make(ErrorKind::Invalid, QStringLiteral("invalid_database"),
            QStringLiteral("\"%1\" is not a database: use sqlite:PATH (or a path) or "
                           "postgresql://USER@HOST:PORT/NAME.")
                .arg(text));
    };
    if (text.startsWith(QLatin1String("postgresql://"))
        || text.startsWith(QLatin1String("postgres://"))) {
        if (!QUrl(text, QUrl::StrictMode).isValid())
            return invalid();
        return DatabaseUrl {Kind::Postgresql, text};
    }
    QString path = text;
    if (path.startsWith(QLatin1String("sqlite:")))
        path = path.mid(7);
    // A path, not another scheme: "mysql://x" or "sqlite:" alone are mistakes.
    if (path.isEmpty() || path.contains(QLatin1String("://")))
        return invalid();
    return DatabaseUrl {Kind::Sqlite, path};
}

QString DatabaseUrl::display() const
{
    if (kind == Kind::Sqlite)
        return location;
    QUrl url(location);
    if (!url.password().isEmpty())
        url.setPassword(QStringLiteral("***"));
    return url.toString();
}

StoreSet::StoreSet(DatabaseUrl url)
    : m_url(std::move(url))
{ }

// Stores before their database (the members' reverse order).
StoreSet::~StoreSet() = default;

Result<std::unique_ptr<StoreSet>> StoreSet::open(
    const DatabaseUrl &url, const Core::CollectorConfig &collector)
{
    std::unique_ptr<StoreSet> set(new StoreSet(url));
    if (!url.isPostgresql()) {
        set->m_sqlite = std::make_unique<Storage::Database>(url.location);
        if (auto opened = set->m_sqlite->open(); !opened)
            return opened.error();
        Storage::Database &db = *set->m_sqlite;
        set->m_auth = std::make_unique<Storage::SqlAuthStore>(db);
        set->m_events = std::make_unique<Storage::SqliteEventStore>(db);
        set->m_feeds = std::make_unique<Storage::SqliteFeedStore>(db);
        set->m_collector = std::make_unique<Storage::SqliteCollectorStore>(db, collector);
        set->m_webhooks = std::make_unique<Storage::SqliteWebhookStore>(db);
        set->m_calendars = std::make_unique<Storage::SqliteCalendarStore>(db);
        return set;
    }

    set->m_pg = std::make_unique<PgStorage::PgDatabase>(url.location);
    if (auto opened = set->m_pg->open(); !opened)
        return opened.error();
    PgStorage::PgDatabase &db = *set->m_pg;
    // One section per area (keeps parallel work mergeable).
    // -- auth --
    set->m_auth = std::make_unique<PgStorage::PgAuthStore>(db);
    set->m_throttle = std::make_unique<PgStorage::PgThrottleStore>(db);
    // -- events --
    set->m_events = std::make_unique<PgStorage::PgEventStore>(db);
    // -- feeds --
    set->m_feeds = std::make_unique<PgStorage::PgFeedStore>(db);
    // -- collector --
    set->m_collector = std::make_unique<PgStorage::PgCollectorStore>(db, collector);
    // -- push --
    set->m_webhooks = std::make_unique<PgStorage::PgWebhookStore>(db);
    set->m_calendars = std::make_unique<PgStorage::PgCalendarStore>(db);
    return set;
}

QStringList StoreSet::missing() const
{
    QStringList areas;
    const auto note = [&areas](const auto &store, const char *area) {
        if (!store)
            areas.append(QString::fromLatin1(area));
    };
    note(m_auth, "accounts");
    note(m_events, "events");
    note(m_feeds, "feeds");
    note(m_collector, "collector");
    note(m_webhooks, "webhooks");
    note(m_calendars, "calendars");
    return areas;
}

Result<void> StoreSet::requireComplete() const
{
    if (const QStringList areas = missing(); !areas.isEmpty())
        return Error::make(ErrorKind::Unavailable, QStringLiteral("backend_incomplete"),
            QStringLiteral("%1 has no store yet for: %2.")
                .arg(m_url.isPostgresql() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"),
                    areas.join(QStringLiteral(", "))));
    return {};
}

} // namespace Eventdesk::Stores
