// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <optional>

#include <sqlite3.h>

namespace Eventdesk::Storage {

// The feed importer's prepared statement (bound values, finalized on destruction). Binds and reads
// by index (1-based binds, 0-based columns as in SQLite).
class FeedStatement
{
public:
    FeedStatement(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        m_rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    }
    ~FeedStatement() { sqlite3_finalize(m_stmt); }
    FeedStatement(const FeedStatement &) = delete;
    FeedStatement &operator=(const FeedStatement &) = delete;

    bool ok() const { return m_rc == SQLITE_OK && m_stmt; }
    Core::Error error() const
    {
        return Core::Error::internal(QString::fromUtf8(sqlite3_errmsg(m_db)));
    }

    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    void bind(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    void bind(int i, int v) { sqlite3_bind_int64(m_stmt, i, v); }
    void bind(int i, double v) { sqlite3_bind_double(m_stmt, i, v); }
    void bind(int i, const QString &v)
    {
        QByteArray utf8 = v.toUtf8();
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bind(int i, const QByteArray &v)
    {
        sqlite3_bind_text(m_stmt, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
    }
    void bindNull(int i) { sqlite3_bind_null(m_stmt, i); }
    template<typename T> void bind(int i, const std::optional<T> &v)
    {
        if (v)
            bind(i, *v);
        else
            bindNull(i);
    }

    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step() { return sqlite3_step(m_stmt); }

    bool isNull(int c) const { return sqlite3_column_type(m_stmt, c) == SQLITE_NULL; }
    qint64 int64(int c) const { return sqlite3_column_int64(m_stmt, c); }
    double real(int c) const { return sqlite3_column_double(m_stmt, c); }
    QString text(int c) const
    {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, c)),
            sqlite3_column_bytes(m_stmt, c));
    }
    QByteArray bytes(int c) const
    {
        return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, c)),
            sqlite3_column_bytes(m_stmt, c));
    }
    // Compares a text column with a value without building a QString.
    bool textEquals(int c, const QByteArray &utf8) const
    {
        const int n = sqlite3_column_bytes(m_stmt, c);
        return n == utf8.size()
            && (n == 0 || memcmp(sqlite3_column_text(m_stmt, c), utf8.constData(), n) == 0);
    }
    std::optional<double> optReal(int c) const
    {
        return isNull(c) ? std::nullopt : std::optional<double>(real(c));
    }
    std::optional<qint64> optInt(int c) const
    {
        return isNull(c) ? std::nullopt : std::optional<qint64>(int64(c));
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_ERROR;
};

} // namespace Eventdesk::Storage
