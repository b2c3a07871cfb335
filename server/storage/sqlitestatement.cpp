// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestatement.h"
#include "database.h"

namespace Eventdesk::Storage {

SqliteStatement::SqliteStatement(sqlite3 *db, const QByteArray &sql)
    : m_db(db)
{
    if (m_db
        && sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &m_statement, nullptr)
            != SQLITE_OK) {
        qWarning("SqliteStatement: %s in %s", sqlite3_errmsg(m_db), sql.constData());
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
    if (m_statement && sqlite3_bind_parameter_count(m_statement) > 64)
        m_misuse = QStringLiteral("more than 64 parameters in %1").arg(QString::fromUtf8(sql));
}

SqliteStatement::SqliteStatement(const Database &database, const char *sql)
    : m_db(database.handle())
    , m_statement(database.cachedStatement(sql))
    , m_borrowed(true)
{
    if (m_statement && sqlite3_bind_parameter_count(m_statement) > 64)
        m_misuse = QStringLiteral("more than 64 parameters in %1").arg(QString::fromUtf8(sql));
}

SqliteStatement::SqliteStatement(const Database &database, const QByteArray &sql)
    : m_db(database.handle())
    , m_statement(database.cachedStatement(sql))
    , m_borrowed(m_statement != nullptr)
{
    if (!m_statement && m_db
        && sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &m_statement, nullptr)
            != SQLITE_OK) {
        qWarning("SqliteStatement: %s in %s", sqlite3_errmsg(m_db), sql.constData());
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
    if (m_statement && sqlite3_bind_parameter_count(m_statement) > 64)
        m_misuse = QStringLiteral("more than 64 parameters in %1").arg(QString::fromUtf8(sql));
}

SqliteStatement::~SqliteStatement()
{
    if (m_borrowed)
        reset();
    else
        sqlite3_finalize(m_statement);
}

QString SqliteStatement::errorMessage() const
{
    if (!m_misuse.isEmpty())
        return m_misuse;
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                : QStringLiteral("no database connection");
}

Core::Error SqliteStatement::error() const
{
    if (!m_misuse.isEmpty())
        return Core::Error::internal(
            QStringLiteral("Database statement misused: %1").arg(m_misuse));
    if (!m_db)
        return Core::Error::internal(QStringLiteral("no database connection"));
    return sqliteError(m_db);
}

int SqliteStatement::indexOf(const char *name, bool required)
{
    if (!m_statement)
        return 0;
    const int index = sqlite3_bind_parameter_index(m_statement, name);
    if (index == 0 && required && m_misuse.isEmpty()) {
        m_misuse = QStringLiteral("no parameter %1 in %2")
                       .arg(QString::fromUtf8(name), QString::fromUtf8(sqlite3_sql(m_statement)));
        qWarning("SqliteStatement: %s", qPrintable(m_misuse));
    }
    return index;
}

bool SqliteStatement::checkAllBound()
{
    // EXPLAIN QUERY PLAN (tests) looks at the SQL, not at values.
    if (sqlite3_stmt_isexplain(m_statement))
        return true;
    const int count = sqlite3_bind_parameter_count(m_statement);
    for (int index = 1; index <= count; ++index) {
        if (m_bound & (quint64(1) << (index - 1)))
            continue;
        const char *name = sqlite3_bind_parameter_name(m_statement, index);
        m_misuse = QStringLiteral("parameter %1 is not bound in %2")
                       .arg(name ? QString::fromUtf8(name) : QString::number(index),
                           QString::fromUtf8(sqlite3_sql(m_statement)));
        qWarning("SqliteStatement: %s", qPrintable(m_misuse));
        return false;
    }
    return true;
}

int SqliteStatement::step()
{
    if (!m_statement || !m_misuse.isEmpty())
        return SQLITE_MISUSE;
    if (!m_checked) {
        if (!checkAllBound())
            return SQLITE_MISUSE;
        m_checked = true;
    }
    return sqlite3_step(m_statement);
}

Core::Result<bool> SqliteStatement::next()
{
    switch (step()) {
    case SQLITE_ROW:
        return true;
    case SQLITE_DONE:
        return false;
    default:
        return error();
    }
}

Core::Result<int> SqliteStatement::exec()
{
    int rc;
    while ((rc = step()) == SQLITE_ROW) { }
    if (rc != SQLITE_DONE)
        return error();
    return sqlite3_changes(m_db);
}

void SqliteStatement::reset()
{
    if (m_statement) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
    m_bound = 0;
    m_checked = false;
}

Core::Error sqliteError(int extendedCode, const QString &message)
{
    using Core::Error;
    using Core::ErrorKind;
    switch (extendedCode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED: {
        Error error = Error::make(ErrorKind::Unavailable, QStringLiteral("database_busy"),
            QStringLiteral("The database is busy: %1").arg(message));
        error.retryAfterSeconds = 1;
        return error;
    }
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN: {
        Error error = Error::make(ErrorKind::Unavailable, QStringLiteral("storage_unavailable"),
            QStringLiteral("The database cannot be written: %1").arg(message));
        error.retryAfterSeconds = 1;
        return error;
    }
    case SQLITE_CONSTRAINT:
        if (extendedCode == SQLITE_CONSTRAINT_UNIQUE
            || extendedCode == SQLITE_CONSTRAINT_PRIMARYKEY)
            return Error::make(ErrorKind::Conflict, QStringLiteral("conflict"),
                QStringLiteral("This already exists: %1").arg(message));
        if (extendedCode == SQLITE_CONSTRAINT_FOREIGNKEY)
            return Error::notFound(
                QStringLiteral("Something this refers to does not exist: %1").arg(message));
        break;
    default:
        break;
    }
    return Error::internal(QStringLiteral("Database error: %1").arg(message));
}

Core::Error sqliteError(sqlite3 *db)
{
    if (!db)
        return Core::Error::internal(QStringLiteral("no database connection"));
    return sqliteError(sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)));
}

bool isUniqueViolation(const Core::Error &error)
{
    return error.kind == Core::ErrorKind::Conflict && error.code == QLatin1String("conflict");
}

SqliteTransaction::SqliteTransaction(sqlite3 *db)
    : m_db(db)
{
    m_active
        = m_db && sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
}

SqliteTransaction::~SqliteTransaction()
{
    if (m_active)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

Core::Result<void> SqliteTransaction::commit()
{
    if (!m_active)
        return Core::Error::internal(QStringLiteral("no transaction"));
    if (sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqliteError(m_db);
    m_active = false;
    return {};
}

} // namespace Eventdesk::Storage
