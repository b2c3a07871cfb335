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
}

SqliteStatement::SqliteStatement(const Database &database, const char *sql)
    : m_db(database.handle())
    , m_statement(database.cachedStatement(sql))
    , m_borrowed(true)
{ }

SqliteStatement::~SqliteStatement()
{
    if (m_borrowed)
        reset();
    else
        sqlite3_finalize(m_statement);
}

QString SqliteStatement::errorMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                : QStringLiteral("no database connection");
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
