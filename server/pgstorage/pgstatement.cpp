// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgstatement.h"

#include <QHash>

#include <cstdlib>
#include <unordered_map>

namespace Eventdesk::PgStorage {

namespace {

bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9');
}

// Statements prepared on this thread's connections: the SQL -> its server-side name. A
// connection that was reset (PQreset after a server restart) or replaced (a new PGconn at the
// same address) has another backend process, whose session holds none of them: the cache of a
// connection is kept for one backend pid.
struct PreparedStatements
{
    int backend = 0;
    QHash<QByteArray, QByteArray> names;
};
thread_local std::unordered_map<PGconn *, PreparedStatements> t_prepared;

// SQL built from varying parts (lists of ids written into the text) could fill a session: past
// this many statements a connection runs new SQL unprepared.
constexpr qsizetype MaxPrepared = 256;

} // namespace

PgStatement::PgStatement(PGconn *connection, const QByteArray &sql)
    : m_connection(connection)
{
    // ":name" -> "$n", the same n for every use of a name. Quoted strings and identifiers are
    // copied as they are, and "::" (a cast) is not a parameter.
    m_sql.reserve(sql.size());
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const char c = sql.at(i);
        if (c == '\'' || c == '"') {
            const qsizetype end = sql.indexOf(c, i + 1);
            const qsizetype stop = end < 0 ? sql.size() : end + 1;
            m_sql += sql.mid(i, stop - i);
            i = stop - 1;
            continue;
        }
        if (c == ':' && i + 1 < sql.size() && sql.at(i + 1) == ':') {
            m_sql += "::";
            ++i;
            continue;
        }
        if (c == ':' && i + 1 < sql.size() && isNameStart(sql.at(i + 1))) {
            qsizetype end = i + 1;
            while (end < sql.size() && isNameChar(sql.at(end)))
                ++end;
            const QByteArray name = sql.mid(i, end - i);
            qsizetype index = m_names.indexOf(name);
            if (index < 0) {
                m_names.append(name);
                index = m_names.size() - 1;
            }
            m_sql += '$' + QByteArray::number(index + 1);
            i = end - 1;
            continue;
        }
        m_sql += c;
    }
    m_values.resize(m_names.size());
}

PgStatement::~PgStatement()
{
    PQclear(m_result);
}

int PgStatement::indexOf(const char *name, bool required)
{
    const qsizetype index = m_names.indexOf(QByteArray(name));
    if (index < 0 && required && m_misuse.isEmpty()) {
        m_misuse = QStringLiteral("no parameter %1 in %2")
                       .arg(QString::fromUtf8(name), QString::fromUtf8(m_sql));
        qWarning("PgStatement: %s", qPrintable(m_misuse));
    }
    return int(index + 1);
}

void PgStatement::set(int index, QByteArray data, bool binary)
{
    Value &value = m_values[index - 1];
    value.bound = true;
    value.null = false;
    value.binary = binary;
    value.data = std::move(data);
}

void PgStatement::bindNullAt(int index)
{
    Value &value = m_values[index - 1];
    value.bound = true;
    value.null = true;
    value.data.clear();
}

void PgStatement::bindBlob(const char *name, const QByteArray &bytes)
{
    if (const int index = indexOf(name, true))
        set(index, bytes, true);
}

bool PgStatement::run()
{
    if (m_ran)
        return m_error.code.isEmpty();
    m_ran = true;
    for (qsizetype i = 0; i < m_values.size() && m_misuse.isEmpty(); ++i) {
        if (!m_values.at(i).bound) {
            m_misuse = QStringLiteral("parameter %1 is not bound in %2")
                           .arg(QString::fromUtf8(m_names.at(i)), QString::fromUtf8(m_sql));
            qWarning("PgStatement: %s", qPrintable(m_misuse));
        }
    }
    if (!m_misuse.isEmpty()) {
        m_error
            = Core::Error::internal(QStringLiteral("Database statement misused: %1").arg(m_misuse));
        return false;
    }
    if (!m_connection) {
        // The server cannot be reached (PgDatabase::handle() gave none): Unavailable.
        m_error = pgError(QByteArray(), QStringLiteral("no connection to the database server"));
        return false;
    }
    const int count = int(m_values.size());
    QList<const char *> values(count);
    QList<int> lengths(count);
    QList<int> formats(count);
    for (int i = 0; i < count; ++i) {
        const Value &value = m_values.at(i);
        values[i] = value.null ? nullptr : value.data.constData();
        lengths[i] = int(value.data.size());
        formats[i] = value.binary ? 1 : 0;
    }
    // Prepared once per connection, then only bound and run: parsing and planning a statement
    // cost PostgreSQL more than running most of ours (docs/benchmarks.md, "Issue 13").
    PreparedStatements &prepared = t_prepared[m_connection];
    if (prepared.backend != PQbackendPID(m_connection)) {
        prepared.backend = PQbackendPID(m_connection);
        prepared.names.clear();
    }
    // A text search's best plan depends on how common its words are (read the few matches
    // through the GIN index, or walk the order's index and test each row): a plan made once
    // for any words was over a thousand times slower for rare ones. Those statements are planned
    // per call.
    const bool planPerCall = m_sql.contains("@@");
    QByteArray name = planPerCall ? QByteArray() : prepared.names.value(m_sql);
    if (name.isEmpty() && !planPerCall && prepared.names.size() < MaxPrepared) {
        const QByteArray candidate = "edk" + QByteArray::number(prepared.names.size() + 1);
        PGresult *made
            = PQprepare(m_connection, candidate.constData(), m_sql.constData(), count, nullptr);
        if (PQresultStatus(made) != PGRES_COMMAND_OK) {
            m_error = pgError(m_connection, made);
            PQclear(made);
            return false;
        }
        PQclear(made);
        prepared.names.insert(m_sql, candidate);
        name = candidate;
    }
    if (name.isEmpty()) {
        m_result = PQexecParams(m_connection, m_sql.constData(), count, nullptr, values.constData(),
            lengths.constData(), formats.constData(), 0);
    } else {
        m_result = PQexecPrepared(m_connection, name.constData(), count, values.constData(),
            lengths.constData(), formats.constData(), 0);
    }
    const ExecStatusType status = PQresultStatus(m_result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        m_error = pgError(m_connection, m_result);
        return false;
    }
    return true;
}

Core::Result<int> PgStatement::exec()
{
    if (!run())
        return m_error;
    if (PQresultStatus(m_result) == PGRES_TUPLES_OK && PQcmdTuples(m_result)[0] == '\0')
        return PQntuples(m_result);
    return int(std::strtol(PQcmdTuples(m_result), nullptr, 10));
}

Core::Result<bool> PgStatement::next()
{
    if (!run())
        return m_error;
    if (m_row + 1 >= PQntuples(m_result))
        return false;
    ++m_row;
    return true;
}

qint64 PgStatement::integer(int column) const
{
    const char *value = PQgetvalue(m_result, m_row, column);
    // Booleans come back as "t" and "f".
    if (value[0] == 't')
        return 1;
    return std::strtoll(value, nullptr, 10);
}

double PgStatement::real(int column) const
{
    return std::strtod(PQgetvalue(m_result, m_row, column), nullptr);
}

QString PgStatement::text(int column) const
{
    return QString::fromUtf8(
        PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
}

QByteArray PgStatement::bytes(int column) const
{
    constexpr Oid byteaOid = 17;
    const char *value = PQgetvalue(m_result, m_row, column);
    if (PQftype(m_result, column) != byteaOid)
        return QByteArray(value, PQgetlength(m_result, m_row, column));
    size_t length = 0;
    unsigned char *raw = PQunescapeBytea(reinterpret_cast<const unsigned char *>(value), &length);
    QByteArray bytes(reinterpret_cast<const char *>(raw), qsizetype(length));
    PQfreemem(raw);
    return bytes;
}

Core::Error pgError(const QByteArray &sqlState, const QString &message)
{
    using Core::Error;
    using Core::ErrorKind;
    auto unavailable = [&](const QString &code, const QString &text) {
        Error error = Error::make(ErrorKind::Unavailable, code, text.arg(message));
        error.retryAfterSeconds = 1;
        return error;
    };
    if (sqlState == "23505")
        return Error::make(ErrorKind::Conflict, QStringLiteral("conflict"),
            QStringLiteral("This already exists: %1").arg(message));
    if (sqlState == "23503")
        return Error::notFound(
            QStringLiteral("Something this refers to does not exist: %1").arg(message));
    if (sqlState == "40001" || sqlState == "40P01" || sqlState == "55P03")
        return unavailable(
            QStringLiteral("database_busy"), QStringLiteral("The database is busy: %1"));
    if (sqlState.isEmpty() || sqlState.startsWith("08") || sqlState.startsWith("57P"))
        return unavailable(QStringLiteral("storage_unavailable"),
            QStringLiteral("The database cannot be reached: %1"));
    return Error::internal(QStringLiteral("Database error: %1").arg(message));
}

Core::Error pgError(PGconn *connection, const PGresult *result)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char *message = result ? PQresultErrorMessage(result) : nullptr;
    if (!message || !*message)
        message = connection ? PQerrorMessage(connection) : "no database connection";
    return pgError(QByteArray(state ? state : ""), QString::fromUtf8(message).trimmed());
}

Core::Result<void> pgExecScript(PGconn *connection, const QByteArray &sql)
{
    PGresult *result = PQexec(connection, sql.constData());
    const ExecStatusType status = PQresultStatus(result);
    Core::Result<void> outcome;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        outcome = pgError(connection, result);
    PQclear(result);
    return outcome;
}

PgTransaction::PgTransaction(PGconn *connection)
    : m_connection(connection)
{
    if (auto begun = pgExecScript(m_connection, "BEGIN"); begun)
        m_active = true;
    else
        m_error = begun.error();
}

PgTransaction::~PgTransaction()
{
    if (m_active)
        (void)pgExecScript(m_connection, "ROLLBACK");
}

Core::Result<void> PgTransaction::commit()
{
    if (!m_active)
        return Core::Error::internal(QStringLiteral("no transaction"));
    m_active = false;
    return pgExecScript(m_connection, "COMMIT");
}

} // namespace Eventdesk::PgStorage
