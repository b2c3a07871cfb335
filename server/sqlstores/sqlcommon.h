// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <utility>

namespace Eventdesk::SqlStores {

// Runs work in one transaction of the backend (Storage::SqliteTransaction, PgStorage::
// PgTransaction): committed when work returns a value, rolled back when it returns an error.
template<typename Transaction, typename Connection, typename Work>
auto inTransaction(Connection *connection, Work &&work) -> decltype(work())
{
    Transaction transaction(connection);
    if (!transaction.isActive())
        return transaction.error();
    auto result = std::forward<Work>(work)();
    if (!result)
        return result;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return result;
}

// One ordered schema step: the file NNNN_name.sql.
struct Migration
{
    int version = 0;
    QString name;
    QByteArray sql;
};

// The migrations embedded as resources in resourceDir (":/migrations" for SQLite,
// ":/pg/migrations" for PostgreSQL), ascending by version (the names are zero-padded).
inline QList<Migration> embeddedMigrations(const QString &resourceDir)
{
    static const QRegularExpression fileName(QStringLiteral(R"(^(\d{4})_(\w+)\.sql$)"));
    QList<Migration> migrations;
    const QDir dir(resourceDir);
    for (const QString &entry : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = fileName.match(entry);
        if (!match.hasMatch())
            continue;
        QFile file(dir.filePath(entry));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        migrations.append({match.captured(1).toInt(), match.captured(2), file.readAll()});
    }
    return migrations;
}

namespace detail {

// The id an INSERT ... RETURNING id gave.
template<typename Statement> Core::Result<qint64> returnedId(Statement &s)
{
    const auto row = s.next();
    if (!row)
        return row.error();
    if (!*row)
        return Core::Error::internal(QStringLiteral("INSERT returned no id"));
    return s.integer(0);
}

// The first column of the first row; 0 when there is none.
template<typename Statement> Core::Result<qint64> scalar(Statement &s)
{
    const auto row = s.next();
    if (!row)
        return row.error();
    return *row ? s.integer(0) : qint64(0);
}

} // namespace detail

} // namespace Eventdesk::SqlStores
