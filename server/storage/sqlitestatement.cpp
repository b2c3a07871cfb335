// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestatement.h"

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
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

QString SqliteStatement::errorMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                : QStringLiteral("no database connection");
}

int SqliteStatement::index(const char *name) const
{
    return sqlite3_bind_parameter_index(m_statement, name);
}

void SqliteStatement::bind(const char *name, qint64 value)
{
    if (const int i = index(name))
        sqlite3_bind_int64(m_statement, i, value);
}

void SqliteStatement::bind(const char *name, const QString &value)
{
    bind(name, value.toUtf8());
}

void SqliteStatement::bind(const char *name, const QByteArray &utf8)
{
    if (const int i = index(name))
        sqlite3_bind_text(m_statement, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindNull(const char *name)
{
    if (const int i = index(name))
        sqlite3_bind_null(m_statement, i);
}

void SqliteStatement::bind(const char *name, std::optional<qint64> value)
{
    if (value)
        bind(name, *value);
    else
        bindNull(name);
}

void SqliteStatement::bind(const char *name, std::optional<double> value)
{
    if (const int i = index(name)) {
        if (value)
            sqlite3_bind_double(m_statement, i, *value);
        else
            sqlite3_bind_null(m_statement, i);
    }
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
        return Core::Error::internal(errorMessage());
    m_active = false;
    return {};
}

} // namespace Eventdesk::Storage
