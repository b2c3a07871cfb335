// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgthrottlestore.h"

#include "pgdatabase.h"
#include "pgstatement.h"

namespace Eventdesk::PgStorage {

using Core::Result;
using Core::ThrottleEntry;

Result<void> PgThrottleStore::update(const QString &key, const Update &update)
{
    PGconn *db = m_database.handle();
    return pgInTransaction(db, [&]() -> Result<void> {
        PgStatement make(db,
            "INSERT INTO login_throttle (key, failures, last_failure, blocked_until) "
            "VALUES (:key, 0, 0, 0) ON CONFLICT (key) DO NOTHING");
        make.bind(":key", key);
        if (auto made = make.exec(); !made)
            return made.error();
        PgStatement read(db,
            "SELECT failures, last_failure, blocked_until FROM login_throttle WHERE key = :key "
            "FOR UPDATE");
        read.bind(":key", key);
        auto row = read.next();
        if (!row)
            return row.error();
        ThrottleEntry current;
        if (*row)
            current = {int(read.integer(0)), read.integer(1), read.integer(2)};
        const ThrottleEntry next = update(current);
        PgStatement write(db,
            "UPDATE login_throttle SET failures = :failures, last_failure = :last, "
            "blocked_until = :blocked WHERE key = :key");
        write.bind(":key", key);
        write.bind(":failures", qint64(next.failures));
        write.bind(":last", next.lastFailure);
        write.bind(":blocked", next.blockedUntil);
        if (auto written = write.exec(); !written)
            return written.error();
        return {};
    });
}

Result<std::optional<ThrottleEntry>> PgThrottleStore::entry(const QString &key)
{
    PgStatement read(m_database.handle(),
        "SELECT failures, last_failure, blocked_until FROM login_throttle WHERE key = :key");
    read.bind(":key", key);
    auto row = read.next();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<ThrottleEntry>();
    return std::optional<ThrottleEntry>(
        ThrottleEntry {int(read.integer(0)), read.integer(1), read.integer(2)});
}

Result<void> PgThrottleStore::remove(const QString &key)
{
    PgStatement s(m_database.handle(), "DELETE FROM login_throttle WHERE key = :key");
    s.bind(":key", key);
    if (auto done = s.exec(); !done)
        return done.error();
    return {};
}

Result<void> PgThrottleStore::prune(qint64 before, qint64 now)
{
    PgStatement s(m_database.handle(),
        "DELETE FROM login_throttle WHERE last_failure < :before AND blocked_until <= :now");
    s.bind(":before", before);
    s.bind(":now", now);
    if (auto done = s.exec(); !done)
        return done.error();
    return {};
}

} // namespace Eventdesk::PgStorage
