// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <cstring>
#include <optional>

#include <sqlite3.h>

namespace Eventdesk::Storage {

class Database;

// A prepared statement on a raw sqlite3 handle, for the hot paths (lists, bulk inserts, imports,
// the collector's writer). Values are bound, never spliced into the SQL. Binds take 1-based
// indexes (?1) or names (":id"; a name the SQL does not use binds nothing); columns are 0-based,
// as in SQLite. Text is bound as a copy (SQLITE_TRANSIENT) unless bindStatic() says otherwise.
class SqliteStatement
{
public:
    // Prepares sql on db and finalizes it on destruction.
    SqliteStatement(sqlite3 *db, const QByteArray &sql);
    // Borrows the connection's cached statement for sql (Database::cachedStatement), for
    // statements run many times a second: destruction resets it and clears its bindings, and
    // the connection finalizes it.
    SqliteStatement(const Database &database, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    QString errorMessage() const;
    Core::Error error() const { return Core::Error::internal(errorMessage()); }

    void bind(int index, qint64 value) { sqlite3_bind_int64(m_statement, index, value); }
    void bind(int index, int value) { sqlite3_bind_int64(m_statement, index, value); }
    void bind(int index, double value) { sqlite3_bind_double(m_statement, index, value); }
    void bind(int index, const QString &value) { bind(index, value.toUtf8()); }
    void bind(int index, const QByteArray &utf8)
    {
        sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bindNull(int index) { sqlite3_bind_null(m_statement, index); }
    template<typename T> void bind(int index, const std::optional<T> &value)
    {
        if (value)
            bind(index, *value);
        else
            bindNull(index);
    }
    template<typename T> void bind(const char *name, const T &value)
    {
        if (const int index = sqlite3_bind_parameter_index(m_statement, name))
            bind(index, value);
    }
    // Without a copy: the caller keeps utf8 alive and unchanged until the statement is stepped
    // and reset.
    void bindStatic(int index, const QByteArray &utf8)
    {
        sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    }
    void bindBlob(int index, const QByteArray &bytes)
    {
        sqlite3_bind_blob(
            m_statement, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    }

    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step() { return sqlite3_step(m_statement); }
    void reset()
    {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }

    bool isNull(int column) const
    {
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    }
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    double real(int column) const { return sqlite3_column_double(m_statement, column); }
    QString text(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
    }
    // The column's bytes as stored (a blob, or text as UTF-8); null when empty.
    QByteArray bytes(int column) const
    {
        const void *data = sqlite3_column_blob(m_statement, column);
        return QByteArray(
            static_cast<const char *>(data), sqlite3_column_bytes(m_statement, column));
    }
    // Compares a text column with a value without building a QString.
    bool textEquals(int column, const QByteArray &utf8) const
    {
        const int n = sqlite3_column_bytes(m_statement, column);
        return n == utf8.size()
            && (n == 0
                || memcmp(sqlite3_column_text(m_statement, column), utf8.constData(), n) == 0);
    }
    std::optional<qint64> optionalInteger(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<qint64>(integer(column));
    }
    std::optional<double> optionalReal(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<double>(real(column));
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    bool m_borrowed = false;
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
