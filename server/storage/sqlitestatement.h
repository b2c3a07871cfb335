// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <optional>

#include <sqlite3.h>

namespace Eventdesk::Storage {

// A prepared statement on a raw sqlite3 handle, for the hot paths (lists, bulk inserts).
// Values are bound, never spliced into the SQL.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const QByteArray &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    QString errorMessage() const;

    void bind(const char *name, qint64 value);
    void bind(const char *name, const QString &value);
    void bind(const char *name, const QByteArray &utf8);
    void bindNull(const char *name);
    void bind(const char *name, std::optional<qint64> value);
    void bind(const char *name, std::optional<double> value);
    void bind(int index, qint64 value) { sqlite3_bind_int64(m_statement, index, value); }
    void bindReal(int index, double value) { sqlite3_bind_double(m_statement, index, value); }
    void bindNull(int index) { sqlite3_bind_null(m_statement, index); }
    void bind(int index, const QByteArray &utf8)
    {
        sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }

    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step() { return sqlite3_step(m_statement); }
    void reset()
    {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }

    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    double real(int column) const { return sqlite3_column_double(m_statement, column); }
    bool isNull(int column) const
    {
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    }
    QString text(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
    }
    std::optional<qint64> optionalInteger(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<qint64>(integer(column));
    }
    std::optional<double> optionalReal(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<double>(real(column));
    }

    Core::Error error() const { return Core::Error::internal(errorMessage()); }

private:
    int index(const char *name) const;
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back unless commit() succeeded.
class SqliteTransaction
{
public:
    explicit SqliteTransaction(sqlite3 *db);
    ~SqliteTransaction();
    bool isActive() const { return m_active; }
    Core::Result<void> commit();
    QString errorMessage() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

private:
    sqlite3 *m_db;
    bool m_active = false;
};

} // namespace Eventdesk::Storage
