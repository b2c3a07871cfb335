// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "pgdatabase.h"
#include "pgstatement.h"
#include "sqlitestatement.h"
#include "storeset.h"

#include <QByteArray>

namespace Eventdesk::Testing {

// SQL straight on the database of a StoreSet, whichever backend it is: for rows a suite sets up
// below the API (accounts of a token stub, a feed's import run) and for what no store answers
// (only a hash is stored). Statements without parameters, written for both dialects.
inline bool execSql(Stores::StoreSet &stores, const QByteArray &sql)
{
    if (PgStorage::PgDatabase *pg = stores.postgresql())
        return bool(PgStorage::pgExecScript(pg->handle(), sql));
    return bool(Storage::execScript(stores.sqlite()->handle(), sql));
}

// The first column of the first row as bytes (a blob's bytes, a number or text as text; NULL
// empty); null when there is no row or the statement fails.
inline QByteArray firstValue(Stores::StoreSet &stores, const QByteArray &sql)
{
    auto read = [](auto &&statement) {
        const auto row = statement.next();
        if (!row || !*row)
            return QByteArray();
        const QByteArray value = statement.bytes(0);
        return value.isNull() ? QByteArray("") : value;
    };
    if (PgStorage::PgDatabase *pg = stores.postgresql())
        return read(PgStorage::PgStatement(pg->handle(), sql));
    return read(Storage::SqliteStatement(stores.sqlite()->handle(), sql));
}

// The first column of the first row as a number (0 for NULL); -1 when there is no row.
inline qint64 scalarSql(Stores::StoreSet &stores, const QByteArray &sql)
{
    const QByteArray value = firstValue(stores, sql);
    return value.isNull() ? -1 : value.toLongLong();
}

} // namespace Eventdesk::Testing
