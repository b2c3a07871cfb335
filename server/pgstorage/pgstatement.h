// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "sqlcommon.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstring>
#include <optional>

#include <libpq-fe.h>

namespace Eventdesk::PgStorage {

// The PostgreSQL twin of Storage::SqliteStatement, with the same rules (docs/architecture.md,
// "One data-access style"): SQL names its parameters (":id"), which become $1, $2, ... once, at
// construction; bind() with a name the SQL lacks, or running with one left unbound, makes the
// statement refuse to run and error() names it; bindIfUsed() is for optional fragments. Values
// go as text (bytea as binary), results come back as text. Errors come out through pgError().
// Each SQL text is prepared once per connection (session) and then only bound and run, up to
// 256 per connection; a text search (SQL with @@) is planned per call, as its best plan depends
// on its words.
class PgStatement
{
public:
    PgStatement(PGconn *connection, const QByteArray &sql);
    ~PgStatement();
    PgStatement(const PgStatement &) = delete;
    PgStatement &operator=(const PgStatement &) = delete;

    bool isValid() const { return m_misuse.isEmpty(); }
    Core::Error error() const { return m_error; }

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
    template<typename T> void bindIfUsed(const char *name, const T &value)
    {
        if (const int index = indexOf(name, false))
            bindAt(index, value);
    }
    void bindBlob(const char *name, const QByteArray &bytes);

    // Runs the statement (once); the number of rows it changed or returned.
    Core::Result<int> exec();
    // Runs it on the first call; then one row per call: true, the end: false.
    Core::Result<bool> next();

    bool isNull(int column) const { return PQgetisnull(m_result, m_row, column) != 0; }
    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    // A bytea column's bytes, or a text column's UTF-8.
    QByteArray bytes(int column) const;
    std::optional<qint64> optionalInteger(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<qint64>(integer(column));
    }
    std::optional<double> optionalReal(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<double>(real(column));
    }
    // Compares a text column with a value without building a QString.
    bool textEquals(int column, const QByteArray &utf8) const
    {
        const int n = PQgetlength(m_result, m_row, column);
        return n == utf8.size()
            && (n == 0 || memcmp(PQgetvalue(m_result, m_row, column), utf8.constData(), n) == 0);
    }

    // The SQL as sent to PostgreSQL ($n placeholders), for tests.
    QByteArray translatedSql() const { return m_sql; }

private:
    struct Value
    {
        bool bound = false;
        bool null = true;
        bool binary = false;
        QByteArray data;
    };
    int indexOf(const char *name, bool required);
    void set(int index, QByteArray data, bool binary = false);
    void bindAt(int index, qint64 value) { set(index, QByteArray::number(value)); }
    void bindAt(int index, int value) { set(index, QByteArray::number(value)); }
    void bindAt(int index, bool value) { set(index, value ? "1" : "0"); }
    void bindAt(int index, double value) { set(index, QByteArray::number(value, 'g', 17)); }
    void bindAt(int index, const QString &value) { set(index, value.toUtf8()); }
    void bindAt(int index, const QByteArray &utf8) { set(index, utf8); }
    void bindAt(int index, const char *utf8) { set(index, QByteArray(utf8)); }
    void bindNullAt(int index);
    template<typename T> void bindAt(int index, const std::optional<T> &value)
    {
        if (value)
            bindAt(index, *value);
        else
            bindNullAt(index);
    }
    bool run();

    PGconn *m_connection;
    QByteArray m_sql;
    QList<QByteArray> m_names; // m_names[i] is $(i + 1)
    QList<Value> m_values;
    QString m_misuse;
    Core::Error m_error;
    PGresult *m_result = nullptr;
    int m_row = -1;
    bool m_ran = false;
};

// The one translator from a PostgreSQL failure to an error kind, matching Storage::sqliteError:
// unique violation (23505) -> Conflict "conflict", foreign key (23503) -> NotFound,
// serialization failure, deadlock, lock timeout (40001, 40P01, 55P03) -> Unavailable
// "database_busy", a lost or refused connection and a server shutting down (08*, 57P*) ->
// Unavailable "storage_unavailable"; both with Retry-After 1. Anything else Internal.
Core::Error pgError(const QByteArray &sqlState, const QString &message);
Core::Error pgError(PGconn *connection, const PGresult *result);

// Runs a script (migrations): several statements, no parameters.
Core::Result<void> pgExecScript(PGconn *connection, const QByteArray &sql);

// BEGIN ... COMMIT, rolled back unless commit() succeeded.
class PgTransaction
{
public:
    explicit PgTransaction(PGconn *connection);
    ~PgTransaction();
    bool isActive() const { return m_active; }
    Core::Error error() const { return m_error; }
    Core::Result<void> commit();

private:
    PGconn *m_connection;
    bool m_active = false;
    Core::Error m_error;
};

// Runs work in one transaction (SqlStores::inTransaction).
template<typename Work> auto pgInTransaction(PGconn *connection, Work &&work)
{
    return SqlStores::inTransaction<PgTransaction>(connection, std::forward<Work>(work));
}

} // namespace Eventdesk::PgStorage
