// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "pgdatabase.h"
#include "pgstatement.h"
#include "sqlitestatement.h"

#include <QByteArray>

namespace Eventdesk::Testing {

// Runs SQL that is the same on both backends on the database under test (exactly one of sqlite
// and pg is set, as StoreSet::sqlite() / postgresql() give them), on this thread's connection:
// the first column of its first row, 0 when there is none, -1 on an error (logged).
inline qint64 sqlScalar(Storage::Database *sqlite, PgStorage::PgDatabase *pg, const QByteArray &sql)
{
    auto first = [](auto &s) -> qint64 {
        const auto row = s.next();
        if (!row) {
            qWarning("%s", qPrintable(row.error().message));
            return -1;
        }
        return *row && !s.isNull(0) ? s.integer(0) : 0;
    };
    if (pg) {
        PgStorage::PgStatement s(pg->handle(), sql);
        return first(s);
    }
    Storage::SqliteStatement s(sqlite->handle(), sql);
    return first(s);
}

// Runs SQL (no parameters; one or more statements) on the database under test: true when all of
// it succeeded (a failure is logged).
inline bool sqlExec(Storage::Database *sqlite, PgStorage::PgDatabase *pg, const QByteArray &sql)
{
    const Core::Result<void> done = pg ? PgStorage::pgExecScript(pg->handle(), sql)
                                       : Storage::execScript(sqlite->handle(), sql);
    if (!done)
        qWarning("%s", qPrintable(done.error().message));
    return bool(done);
}

// The first column of the first row as bytes (a blob's bytes; a number or text as text); null
// when there is no row.
inline QByteArray sqlBytes(
    Storage::Database *sqlite, PgStorage::PgDatabase *pg, const QByteArray &sql)
{
    auto first = [](auto &s) {
        const auto row = s.next();
        return row && *row ? s.bytes(0) : QByteArray();
    };
    if (pg) {
        PgStorage::PgStatement s(pg->handle(), sql);
        return first(s);
    }
    Storage::SqliteStatement s(sqlite->handle(), sql);
    return first(s);
}

} // namespace Eventdesk::Testing
