// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlauthstore.h"

#include "actor.h"
#include "database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

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

// The columns readUser() reads, in its order.
#define USER_COLUMNS(t) t "id, " t "email, " t "display_name, " t "created_at, " t "role"

Core::User readUser(const QSqlQuery &query, int first)
{
    Core::User user;
    user.id = query.value(first).toLongLong();
    user.email = query.value(first + 1).toString();
    user.displayName = query.value(first + 2).toString();
    user.createdAt = query.value(first + 3).toLongLong();
    user.role = Core::roleFromName(query.value(first + 4).toString()).value_or(Core::Role::Member);
    return user;
}

Error lastAdmin()
{
    return Error::make(ErrorKind::Conflict, QStringLiteral("last_admin"),
        QStringLiteral("This is the last administrator: make another account an administrator "
                       "first."));
}

// Runs `work` in one BEGIN IMMEDIATE transaction: committed when it returns a value, rolled
// back when it returns an error.
template<typename T>
Result<T> inTransaction(QSqlDatabase db, const std::function<Result<T>()> &work)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(query);
    Result<T> result = work();
    if (!result) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const Error error = sqlError(query);
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return error;
    }
    return result;
}

Result<qint64> scalar(QSqlQuery &query)
{
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return qint64(0);
    return query.value(0).toLongLong();
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
    return inTransaction<Core::User>(db, [&]() -> Result<Core::User> {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM users)"));
        auto any = scalar(query);
        if (!any)
            return any.error();
        const bool first = *any == 0;
        if (!first && user.admission == Core::Admission::FirstOnly)
            return Error::make(ErrorKind::Forbidden, QStringLiteral("registration_closed"),
                QStringLiteral("Registration is closed on this server. Ask an administrator."));
        // The invite is checked first, so a wrong code does not tell whether an e-mail exists.
        qint64 inviteId = 0;
        if (!first && user.admission == Core::Admission::Invite) {
            query.prepare(QStringLiteral("UPDATE invites SET used_at = ? WHERE code_hash = ? AND "
                                         "used_at IS NULL AND expires_at > ? RETURNING id"));
            query.addBindValue(user.createdAt);
            query.addBindValue(user.inviteHash);
            query.addBindValue(user.createdAt);
            if (!query.exec())
                return sqlError(query);
            if (!query.next())
                return Error::make(ErrorKind::Forbidden, QStringLiteral("invalid_invite"),
                    QStringLiteral("The invite code is unknown, used or expired."));
            inviteId = query.value(0).toLongLong();
            query.finish();
        }
        // A null QString binds as SQL NULL, hence the COALESCEs for NOT NULL DEFAULT '' columns.
        query.prepare(QStringLiteral("INSERT INTO users (email, email_key, display_name, "
                                     "password_hash, created_at, role) "
                                     "VALUES (?, ?, COALESCE(?, ''), ?, ?, ?)"));
        query.addBindValue(user.email);
        query.addBindValue(user.emailKey);
        query.addBindValue(user.displayName);
        query.addBindValue(QString::fromLatin1(user.passwordHash));
        query.addBindValue(user.createdAt);
        query.addBindValue(first ? QStringLiteral("admin") : QStringLiteral("member"));
        if (!query.exec())
            return isUniqueViolation(query) ? emailTaken() : sqlError(query);
        Core::User created;
        created.id = query.lastInsertId().toLongLong();
        created.email = user.email;
        created.displayName = user.displayName;
        created.createdAt = user.createdAt;
        created.role = first ? Core::Role::Admin : Core::Role::Member;
        if (inviteId != 0) {
            query.prepare(QStringLiteral("UPDATE invites SET used_by = ? WHERE id = ?"));
            query.addBindValue(created.id);
            query.addBindValue(inviteId);
            if (!query.exec())
                return sqlError(query);
        }
        if (!insertToken(query, created.id, firstToken))
            return sqlError(query);
        return created;
    });
}

Result<Core::StoredCredentials> SqlAuthStore::credentialsByEmailKey(const QString &emailKey)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT " USER_COLUMNS("") ", password_hash FROM users WHERE email_key = ?"));
    query.addBindValue(emailKey);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return Error::notFound(QStringLiteral("No account has this e-mail address."));
    return Core::StoredCredentials {readUser(query, 0), query.value(5).toString().toLatin1()};
}

Result<Core::User> SqlAuthStore::userById(qint64 id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT " USER_COLUMNS("") " FROM users WHERE id = ?"));
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
        "SELECT t.id, t.token_hash, t.created_at, t.last_used_at, t.expires_at, "
        "t.revoked_at, " USER_COLUMNS(
            "u.") " FROM tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = ?"));
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

Result<QList<Core::User>> SqlAuthStore::users()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT " USER_COLUMNS("") " FROM users ORDER BY id")))
        return sqlError(query);
    QList<Core::User> users;
    while (query.next())
        users.append(readUser(query, 0));
    return users;
}

namespace {

// Inside a transaction: Conflict "last_admin" when `userId` is the only admin.
Result<void> keepAnAdmin(QSqlQuery &query, qint64 userId)
{
    query.prepare(QStringLiteral("SELECT count(*) FROM users WHERE role = 'admin' AND id <> ?"));
    query.addBindValue(userId);
    auto others = scalar(query);
    if (!others)
        return others.error();
    if (*others == 0)
        return lastAdmin();
    return {};
}

} // namespace

Result<Core::User> SqlAuthStore::setRole(qint64 userId, Core::Role role)
{
    QSqlDatabase db = m_database.connection();
    return inTransaction<Core::User>(db, [&]() -> Result<Core::User> {
        auto current = userById(userId);
        if (!current)
            return current.error();
        QSqlQuery query(db);
        if (current->role == Core::Role::Admin && role != Core::Role::Admin)
            if (auto kept = keepAnAdmin(query, userId); !kept)
                return kept.error();
        query.prepare(QStringLiteral("UPDATE users SET role = ? WHERE id = ?"));
        query.addBindValue(Core::roleName(role));
        query.addBindValue(userId);
        if (!query.exec())
            return sqlError(query);
        Core::User changed = *current;
        changed.role = role;
        return changed;
    });
}

Result<void> SqlAuthStore::deleteUser(qint64 userId)
{
    QSqlDatabase db = m_database.connection();
    return inTransaction<void>(db, [&]() -> Result<void> {
        auto current = userById(userId);
        if (!current)
            return current.error();
        QSqlQuery query(db);
        if (current->role == Core::Role::Admin)
            if (auto kept = keepAnAdmin(query, userId); !kept)
                return kept.error();
        query.prepare(QStringLiteral("DELETE FROM users WHERE id = ?"));
        query.addBindValue(userId);
        if (!query.exec())
            return sqlError(query);
        return {};
    });
}

Result<void> SqlAuthStore::addInvite(const Core::NewInvite &invite)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO invites (code_hash, created_by, created_at, "
                                 "expires_at) VALUES (?, NULLIF(?, 0), ?, ?)"));
    query.addBindValue(invite.hash);
    query.addBindValue(invite.createdBy);
    query.addBindValue(invite.createdAt);
    query.addBindValue(invite.expiresAt);
    if (!query.exec())
        return sqlError(query);
    return {};
}

Result<QString> SqlAuthStore::setting(const QString &key)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT value FROM instance_settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return sqlError(query);
    return query.next() ? query.value(0).toString() : QString();
}

Result<void> SqlAuthStore::putSetting(const QString &key, const QString &value)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO instance_settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return sqlError(query);
    return {};
}

Result<qint64> SqlAuthStore::addDevice(qint64 userId, const QByteArray &hash, qint64 at)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO devices (user_id, credential_hash, created_at, "
                                 "last_used_at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(userId);
    query.addBindValue(hash);
    query.addBindValue(at);
    query.addBindValue(at);
    if (!query.exec())
        return sqlError(query);
    const qint64 id = query.lastInsertId().toLongLong();
    // A user keeps their 20 newest devices; an older credential is then judged like none.
    query.prepare(QStringLiteral("DELETE FROM devices WHERE user_id = ? AND id NOT IN (SELECT id "
                                 "FROM devices WHERE user_id = ? ORDER BY id DESC LIMIT 20)"));
    query.addBindValue(userId);
    query.addBindValue(userId);
    if (!query.exec())
        return sqlError(query);
    return id;
}

Result<Core::DeviceRecord> SqlAuthStore::deviceByHash(const QByteArray &hash)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, user_id FROM devices WHERE credential_hash = ?"));
    query.addBindValue(hash);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return Error::notFound(QStringLiteral("No such device."));
    return Core::DeviceRecord {query.value(0).toLongLong(), query.value(1).toLongLong()};
}

} // namespace Eventdesk::Storage
