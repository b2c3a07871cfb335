// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "sqlcommon.h"

#include <QByteArray>
#include <QString>

#include <cstring>
#include <optional>

#include <sqlite3.h>

namespace Eventdesk::Storage {

class Database;

// The one way the SQLite stores talk to the database (docs/architecture.md, "One data-access
// style"): a prepared statement on this thread's connection. Values are bound by name (":id"),
// never spliced into the SQL, and binding fails loudly:
// - bind() with a name the SQL does not have makes the statement unusable: step() answers
//   SQLITE_MISUSE and error() names the parameter (bindIfUsed() is for SQL assembled from
//   optional fragments, where a name may legitimately be absent);
// - stepping with a parameter left unbound is refused the same way (bind std::nullopt or call
//   bindNull() for NULL), so a misspelt optional name cannot silently bind NULL either.
// Columns are 0-based, as in SQLite. Text is bound as a copy (SQLITE_TRANSIENT) unless
// bindStatic() says otherwise. Errors come out as Core::Error through sqliteError(), the one
// translator from SQLite's result codes to error kinds.
class SqliteStatement
{
public:
    // Prepares sql on db and finalizes it on destruction.
    SqliteStatement(sqlite3 *db, const QByteArray &sql);
    // Borrows the connection's cached statement for sql (Database::cachedStatement), for
    // statements run many times a second: destruction resets it and clears its bindings, and
    // the connection finalizes it.
    SqliteStatement(const Database &database, const char *sql);
    // The same for SQL built at run time; prepares its own when the connection keeps no more.
    SqliteStatement(const Database &database, const QByteArray &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Prepared, and no bind so far named a parameter the SQL lacks.
    bool isValid() const { return m_statement != nullptr && m_misuse.isEmpty(); }
    QString errorMessage() const;
    // What went wrong, translated by sqliteError() (a misuse of this class is Internal).
    Core::Error error() const;

    template<typename T> void bind(const char *name, const T &value)
    {
        if (const int index = indexOf(name, true))
            bindAt(index, value);
    }
    void bindNull(const char *name)
    {
        if (const int index = indexOf(name, true))
            bindNullAt(index);
    }
    // A name resolved once, for loops that bind the same statement many times a second (the
    // collector's writer): looking a name up costs a scan of the statement's parameters.
    // Resolving a name the SQL lacks fails loudly, like bind().
    struct Parameter
    {
        int index = 0;
    };
    Parameter parameter(const char *name) { return Parameter {indexOf(name, true)}; }
    template<typename T> void bind(Parameter parameter, const T &value)
    {
        if (parameter.index)
            bindAt(parameter.index, value);
    }
    void bindNull(Parameter parameter)
    {
        if (parameter.index)
            bindNullAt(parameter.index);
    }
    void bindStatic(Parameter parameter, const QByteArray &utf8)
    {
        if (parameter.index)
            bindStaticAt(parameter.index, utf8);
    }

    // Binds when the SQL has the name; for statements built from optional fragments.
    template<typename T> void bindIfUsed(const char *name, const T &value)
    {
        if (const int index = indexOf(name, false))
            bindAt(index, value);
    }
    // Without a copy: the caller keeps utf8 alive and unchanged until the statement is stepped
    // and reset.
    void bindStatic(const char *name, const QByteArray &utf8)
    {
        if (const int index = indexOf(name, true))
            bindStaticAt(index, utf8);
    }
    void bindBlob(const char *name, const QByteArray &bytes)
    {
        if (const int index = indexOf(name, true)) {
            sqlite3_bind_blob(
                m_statement, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
            markBound(index);
        }
    }

    // SQLITE_ROW, SQLITE_DONE or an error code (SQLITE_MISUSE after a wrong or missing bind).
    int step();
    // One row: true, the end: false.
    Core::Result<bool> next();
    // Runs the statement to its end; the number of rows it changed.
    Core::Result<int> exec();
    void reset();
    // The rowid of the last INSERT on this connection.
    qint64 lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }

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
    // The 1-based index of name; 0 (and, when required, the statement marked misused) when the
    // SQL has no such parameter.
    int indexOf(const char *name, bool required);
    void markBound(int index)
    {
        if (index <= 64)
            m_bound |= quint64(1) << (index - 1);
    }
    void bindAt(int index, qint64 value)
    {
        sqlite3_bind_int64(m_statement, index, value);
        markBound(index);
    }
    void bindAt(int index, int value) { bindAt(index, qint64(value)); }
    void bindAt(int index, bool value) { bindAt(index, qint64(value ? 1 : 0)); }
    void bindAt(int index, double value)
    {
        sqlite3_bind_double(m_statement, index, value);
        markBound(index);
    }
    void bindAt(int index, const QString &value) { bindAt(index, value.toUtf8()); }
    void bindAt(int index, const QByteArray &utf8)
    {
        sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        markBound(index);
    }
    void bindAt(int index, const char *utf8) { bindAt(index, QByteArray(utf8)); }
    void bindStaticAt(int index, const QByteArray &utf8)
    {
        sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
        markBound(index);
    }
    void bindNullAt(int index)
    {
        sqlite3_bind_null(m_statement, index);
        markBound(index);
    }
    template<typename T> void bindAt(int index, const std::optional<T> &value)
    {
        if (value)
            bindAt(index, *value);
        else
            bindNullAt(index);
    }
    void bindAt(int index, std::nullopt_t) { bindNullAt(index); }
    bool checkAllBound();

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    bool m_borrowed = false;
    // Bit i: parameter i + 1 is bound since the last reset (statements have at most 64).
    quint64 m_bound = 0;
    bool m_checked = false;
    QString m_misuse;
};

// The one translator from an SQLite result code to an error kind: a busy or locked database and
// a full disk or I/O error are Unavailable ("database_busy", "storage_unavailable"; retry after
// a second), a UNIQUE or PRIMARY KEY violation is Conflict ("conflict"), a FOREIGN KEY violation
// NotFound, anything else Internal. Stores that give a violation a specific meaning (an e-mail
// already taken) check the code first with isUniqueViolation().
Core::Error sqliteError(int extendedCode, const QString &message);
Core::Error sqliteError(sqlite3 *db);
bool isUniqueViolation(const Core::Error &error);

// BEGIN IMMEDIATE ... COMMIT, rolled back unless commit() succeeded.
class SqliteTransaction
{
public:
    explicit SqliteTransaction(sqlite3 *db);
    ~SqliteTransaction();
    bool isActive() const { return m_active; }
    Core::Result<void> commit();
    QString errorMessage() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }
    Core::Error error() const { return sqliteError(m_db); }

private:
    sqlite3 *m_db;
    bool m_active = false;
};

// Runs work in one BEGIN IMMEDIATE transaction (SqlStores::inTransaction).
template<typename Work> auto inTransaction(sqlite3 *db, Work &&work)
{
    return SqlStores::inTransaction<SqliteTransaction>(db, std::forward<Work>(work));
}

} // namespace Eventdesk::Storage
