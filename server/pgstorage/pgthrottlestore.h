// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "loginthrottle.h"

namespace Eventdesk::PgStorage {

class PgDatabase;

// The login throttle's failures in the database (migration 0006), so that every process on it
// judges a login by the same counts. update() locks the key's row for its transaction.
class PgThrottleStore : public Core::ThrottleStore
{
public:
    explicit PgThrottleStore(PgDatabase &database)
        : m_database(database)
    { }

    Core::Result<void> update(const QString &key, const Update &update) override;
    Core::Result<std::optional<Core::ThrottleEntry>> entry(const QString &key) override;
    Core::Result<void> remove(const QString &key) override;
    Core::Result<void> prune(qint64 before, qint64 now) override;

private:
    PgDatabase &m_database;
};

} // namespace Eventdesk::PgStorage
