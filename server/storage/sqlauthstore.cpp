// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlauthstore.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Eventdesk::Storage {

using Core::Error;
using Core::ErrorKind;
using Core::Result;

namespace {

Error sqlError(const QSqlQuery &query)
{
    return Error::internal(QStringLiteral("Database error: %1").arg(query.lastError().text()));
}

Error emailTaken()
{
    return Error::make(ErrorKind::Conflict, QStringLiteral("email_taken"),
        QStringLiteral("An account with this e-mail address already exists."));
}

bool isUniqueViolation(const QSqlQuery &query)
{
    // SQLITE_CONSTRAINT (19) or its extended SQLITE_CONSTRAINT_UNIQUE (2067).
    const QString code = query.lastError().nativeErrorCode();
    return code == QLatin1String("2067") || code == QLatin1String("19")
        || query.lastError().databaseText().contains(QLatin1String("UNIQUE"));
}

Core::User readUser(const QSqlQuery &query, int first)
{
    Core::User user;
    user.id = query.value(first).toLongLong();
    user.email = query.value(first + 1).toString();
    user.displayName = query.value(first + 2).toString();
    user.createdAt = query.value(first + 3).toLongLong();
    return user;
}

bool insertToken(QSqlQuery &query, qint64 userId, const Core::NewToken &token)
{
    query.prepare(QStringLiteral(
        "INSERT INTO tokens (user_id, token_hash, label, created_at, last_used_at, expires_at) "
        "VALUES (?, ?, COALESCE(?, ''), ?, ?, ?)"));
    query.addBindValue(userId);
    query.addBindValue(token.hash);
    query.addBindValue(token.label);
    query.addBindValue(token.createdAt);
    query.addBindValue(token.createdAt);
    query.addBindValue(token.expiresAt);
    return query.exec();
}

} // namespace

SqlAuthStore::SqlAuthStore(Database &database)
    : m_database(database)
{ }

Result<Core::User> SqlAuthStore::createUser(
    const Core::NewUser &user, const Core::NewToken &firstToken)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(query);
    auto rollback = [&db] { QSqlQuery(db).exec(QStringLiteral("ROLLBACK")); };

    // A null QString binds as SQL NULL, hence the COALESCEs for the NOT NULL DEFAULT '' columns.
    query.prepare(
        QStringLiteral("INSERT INTO users (email, email_key, display_name, "
                       "password_hash, created_at) VALUES (?, ?, COALESCE(?, ''), ?, ?)"));
    query.addBindValue(user.email);
    query.addBindValue(user.emailKey);
    query.addBindValue(user.displayName);
    query.addBindValue(QString::fromLatin1(user.passwordHash));
    query.addBindValue(user.createdAt);
    if (!query.exec()) {
        const Error error = isUniqueViolation(query) ? emailTaken() : sqlError(query);
        rollback();
        return error;
    }
    Core::User created;
    created.id = query.lastInsertId().toLongLong();
    created.email = user.email;
    created.displayName = user.displayName;
    created.createdAt = user.createdAt;
    if (!insertToken(query, created.id, firstToken)) {
        const Error error = sqlError(query);
        rollback();
        return error;
    }
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const Error error = sqlError(query);
        rollback();
        return error;
    }
    return created;
}

Result<Core::StoredCredentials> SqlAuthStore::credentialsByEmailKey(const QString &emailKey)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, email, display_name, created_at, password_hash "
                                 "FROM users WHERE email_key = ?"));
    query.addBindValue(emailKey);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return Error::notFound(QStringLiteral("No account has this e-mail address."));
    return Core::StoredCredentials {readUser(query, 0), query.value(4).toString().toLatin1()};
}

Result<Core::User> SqlAuthStore::userById(qint64 id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT id, email, display_name, created_at FROM users WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return Error::notFound(QStringLiteral("There is no user %1.").arg(id));
    return readUser(query, 0);
}

Result<void> SqlAuthStore::setPasswordHash(qint64 userId, const QByteArray &passwordHash)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"));
    query.addBindValue(QString::fromLatin1(passwordHash));
    query.addBindValue(userId);
    if (!query.exec())
        return sqlError(query);
    if (query.numRowsAffected() == 0)
        return Error::notFound(QStringLiteral("There is no user %1.").arg(userId));
    return {};
}

Result<qint64> SqlAuthStore::addToken(qint64 userId, const Core::NewToken &token)
{
    QSqlQuery query(m_database.connection());
    if (!insertToken(query, userId, token))
        return sqlError(query);
    return query.lastInsertId().toLongLong();
}

Result<Core::TokenRecord> SqlAuthStore::tokenByHash(const QByteArray &hash)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT t.id, t.token_hash, t.created_at, t.last_used_at, t.expires_at, t.revoked_at, "
        "u.id, u.email, u.display_name, u.created_at "
        "FROM tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = ?"));
    query.addBindValue(hash);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return Error::notFound(QStringLiteral("No such token."));
    Core::TokenRecord record;
    record.id = query.value(0).toLongLong();
    record.hash = query.value(1).toByteArray();
    record.createdAt = query.value(2).toLongLong();
    record.lastUsedAt = query.value(3).toLongLong();
    record.expiresAt = query.value(4).toLongLong();
    if (!query.value(5).isNull())
        record.revokedAt = query.value(5).toLongLong();
    record.user = readUser(query, 6);
    return record;
}

Result<void> SqlAuthStore::touchToken(qint64 tokenId, qint64 at)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("UPDATE tokens SET last_used_at = ? WHERE id = ? AND last_used_at < ?"));
    query.addBindValue(at);
    query.addBindValue(tokenId);
    query.addBindValue(at);
    if (!query.exec())
        return sqlError(query);
    return {};
}

Result<bool> SqlAuthStore::revokeToken(const QByteArray &hash, qint64 at)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE tokens SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL"));
    query.addBindValue(at);
    query.addBindValue(hash);
    if (!query.exec())
        return sqlError(query);
    return query.numRowsAffected() > 0;
}

Result<int> SqlAuthStore::revokeAllTokens(qint64 userId, qint64 at)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL"));
    query.addBindValue(at);
    query.addBindValue(userId);
    if (!query.exec())
        return sqlError(query);
    return query.numRowsAffected();
}

Result<int> SqlAuthStore::deleteDeadTokens(
    qint64 userId, qint64 expiredAt, qint64 idleSince, qint64 revokedBefore)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM tokens WHERE user_id = ? AND (expires_at <= ? OR "
                                 "last_used_at <= ? OR revoked_at < ?)"));
    query.addBindValue(userId);
    query.addBindValue(expiredAt);
    query.addBindValue(idleSince);
    query.addBindValue(revokedBefore);
    if (!query.exec())
        return sqlError(query);
    return query.numRowsAffected();
}

} // namespace Eventdesk::Storage
