// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QList>
#include <QString>

#include <functional>

namespace Eventdesk::Storage {
class Database;
}
namespace Eventdesk::PgStorage {
class PgDatabase;
}

namespace Eventdesk::Stores {

// One table copied by migrateToPostgresql.
struct TableCopy
{
    QString table;
    qint64 sourceRows = 0;
    qint64 targetRows = 0; // counted in the target after the copy, before COMMIT
};

// The tables of the PostgreSQL schema that its own migrations fill (built-in rows): they may
// hold rows in an "empty" target, and are emptied before the copy (the source has the same
// rows, and whatever an admin changed).
QStringList seededTables();

// `eventdesk migrate --to postgresql://...` (issue 13): copies every table of a (migrated)
// SQLite database into a (migrated) PostgreSQL database that holds no data yet, in one
// transaction: COPY per table in foreign-key order, user triggers off (participant counts and
// webhook deliveries are copied, not recomputed), identity sequences moved past the copied ids,
// and the row counts of every table compared before COMMIT. Refused (Conflict "target_not_empty",
// nothing written) when the target holds data; Invalid when a source table has no place in the
// target. progress(table, rows) is called after each table.
Core::Result<QList<TableCopy>> migrateToPostgresql(Storage::Database &source,
    PgStorage::PgDatabase &target,
    const std::function<void(const QString &table, qint64 rows)> &progress = {});

} // namespace Eventdesk::Stores
