// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgauthstore.h"

#include "actor.h"
#include "pgdatabase.h"
#include "pgstatement.h"

namespace Eventdesk::PgStorage {

using Core::Error;
using Core::ErrorKind;
using Core::Result;

namespace {

Error emailTaken()
{
    return Error::make(ErrorKind::Conflict, QStringLiteral("email_taken"),
        QStringLiteral("An account with this e-mail address already exists."));
}

// The columns of users that readUser() reads, in its order (t: a table alias and a dot, or "").
#define USER_COLUMNS(t) t "id, " t "email, " t "display_name, " t "created_at, " t "role"

Core::User readUser(const PgStatement &row, int first)
{
    Core::User user;
    user.id = row.integer(first);
    user.email = row.text(first + 1);
    user.displayName = row.text(first + 2);
    user.createdAt = row.integer(first + 3);
    user.role = Core::roleFromName(row.text(first + 4)).value_or(Core::Role::Member);
    return user;
}

Error lastAdmin()
{
    return Error::make(ErrorKind::Conflict, QStringLiteral("last_admin"),
        QStringLiteral("This is the last administrator: make another account an administrator "
                       "first."));
}

// The id an INSERT ... RETURNING id gave.
Result<qint64> returnedId(PgStatement &s)
{
    const auto row = s.next();
    if (!row)
        return row.error();
    if (!*row)
        return Error::internal(QStringLiteral("INSERT returned no id"));
    return s.integer(0);
}

// Several processes share the database: who is first, and who is the last admin, is decided
// under one transaction-scoped advisory lock (SQLite's BEGIN IMMEDIATE serialises writers).
Result<void> lockAccounts(PGconn *db)
{
    PgStatement s(db, "SELECT pg_advisory_xact_lock(:key)");
    s.bind(":key", qint64(0x4576656e74757372)); // "Eventusr"
    if (auto done = s.exec(); !done)
        return done.error();
    return {};
}

// The first column of the first row; 0 when there is none.
Result<qint64> scalar(PgStatement &s)
{
    const auto row = s.next();
    if (!row)
        return row.error();
    return *row ? s.integer(0) : qint64(0);
}

Result<qint64> insertToken(PGconn *db, qint64 userId, const Core::NewToken &token)
{
    PgStatement s(db,
        "INSERT INTO tokens (user_id, token_hash, label, created_at, last_used_at, expires_at) "
        "VALUES (:user, :hash, :label, :created_at, :created_at, :expires_at) RETURNING id");
    s.bind(":user", userId);
    s.bindBlob(":hash", token.hash);
    s.bind(":label", token.label);
    s.bind(":created_at", token.createdAt);
    s.bind(":expires_at", token.expiresAt);
    return returnedId(s);
}

// Inside a transaction: Conflict "last_admin" when userId is the only admin.
Result<void> keepAnAdmin(PGconn *db, qint64 userId)
{
    PgStatement s(db, "SELECT count(*) FROM users WHERE role = 'admin' AND id <> :user");
    s.bind(":user", userId);
    auto others = scalar(s);
    if (!others)
        return others.error();
    if (*others == 0)
        return lastAdmin();
    return {};
}

} // namespace

PgAuthStore::PgAuthStore(PgDatabase &database)
    : m_database(database)
{ }

Result<Core::User> PgAuthStore::createUser(
    const Core::NewUser &user, const Core::NewToken &firstToken)
{
    PGconn *db = m_database.handle();
    return pgInTransaction(db, [&]() -> Result<Core::User> {
        if (auto locked = lockAccounts(db); !locked)
            return locked.error();
        PgStatement exists(db, "SELECT EXISTS (SELECT 1 FROM users)");
        auto any = scalar(exists);
        if (!any)
            return any.error();
        const bool first = *any == 0;
        if (!first && user.admission == Core::Admission::FirstOnly)
            return Error::make(ErrorKind::Forbidden, QStringLiteral("registration_closed"),
                QStringLiteral("Registration is closed on this server. Ask an administrator."));
        // The invite is checked first, so a wrong code does not tell whether an e-mail exists.
        qint64 inviteId = 0;
        if (!first && user.admission == Core::Admission::Invite) {
            PgStatement use(db,
                "UPDATE invites SET used_at = :now WHERE code_hash = :hash AND used_at IS NULL "
                "AND expires_at > :now RETURNING id");
            use.bind(":now", user.createdAt);
            use.bindBlob(":hash", user.inviteHash);
            const auto row = use.next();
            if (!row)
                return row.error();
            if (!*row)
                return Error::make(ErrorKind::Forbidden, QStringLiteral("invalid_invite"),
                    QStringLiteral("The invite code is unknown, used or expired."));
            inviteId = use.integer(0);
            if (auto done = use.exec(); !done)
                return done.error();
        }
        PgStatement insert(db,
            "INSERT INTO users (email, email_key, display_name, password_hash, created_at, role) "
            "VALUES (:email, :email_key, :display_name, :password_hash, :created_at, :role) "
            "RETURNING id");
        insert.bind(":email", user.email);
        insert.bind(":email_key", user.emailKey);
        insert.bind(":display_name", user.displayName);
        insert.bind(":password_hash", user.passwordHash);
        insert.bind(":created_at", user.createdAt);
        insert.bind(":role", first ? "admin" : "member");
        const auto id = returnedId(insert);
        if (!id)
            return id.error().code == QLatin1String("conflict") ? emailTaken() : id.error();
        Core::User created;
        created.id = *id;
        created.email = user.email;
        created.displayName = user.displayName;
        created.createdAt = user.createdAt;
        created.role = first ? Core::Role::Admin : Core::Role::Member;
        if (inviteId != 0) {
            PgStatement usedBy(db, "UPDATE invites SET used_by = :user WHERE id = :id");
            usedBy.bind(":user", created.id);
            usedBy.bind(":id", inviteId);
            if (auto done = usedBy.exec(); !done)
                return done.error();
        }
        if (auto token = insertToken(db, created.id, firstToken); !token)
            return token.error();
        return created;
    });
}

Result<Core::StoredCredentials> PgAuthStore::credentialsByEmailKey(const QString &emailKey)
{
    PgStatement s(m_database.handle(),
        "SELECT " USER_COLUMNS("") ", password_hash FROM users WHERE email_key = :email_key");
    s.bind(":email_key", emailKey);
    const auto row = s.next();
    if (!row)
        return row.error();
    if (!*row)
        return Error::notFound(QStringLiteral("No account has this e-mail address."));
    return Core::StoredCredentials {readUser(s, 0), s.bytes(5)};
}

Result<Core::User> PgAuthStore::userById(qint64 id)
{
    PgStatement s(m_database.handle(), "SELECT " USER_COLUMNS("") " FROM users WHERE id = :id");
    s.bind(":id", id);
    const auto row = s.next();
    if (!row)
        return row.error();
    if (!*row)
        return Error::notFound(QStringLiteral("There is no user %1.").arg(id));
    return readUser(s, 0);
}

Result<void> PgAuthStore::setPasswordHash(qint64 userId, const QByteArray &passwordHash)
{
    PgStatement s(
        m_database.handle(), "UPDATE users SET password_hash = :password_hash WHERE id = :id");
    s.bind(":password_hash", passwordHash);
    s.bind(":id", userId);
    const auto changed = s.exec();
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return Error::notFound(QStringLiteral("There is no user %1.").arg(userId));
    return {};
}

Result<qint64> PgAuthStore::addToken(qint64 userId, const Core::NewToken &token)
{
    return insertToken(m_database.handle(), userId, token);
}

Result<Core::TokenRecord> PgAuthStore::tokenByHash(const QByteArray &hash)
{
    PgStatement s(m_database.handle(),
        "SELECT t.id, t.token_hash, t.created_at, t.last_used_at, t.expires_at, "
        "t.revoked_at, " USER_COLUMNS(
            "u.") " FROM tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = :hash");
    s.bindBlob(":hash", hash);
    const auto row = s.next();
    if (!row)
        return row.error();
    if (!*row)
        return Error::notFound(QStringLiteral("No such token."));
    Core::TokenRecord record;
    record.id = s.integer(0);
    record.hash = s.bytes(1);
    record.createdAt = s.integer(2);
    record.lastUsedAt = s.integer(3);
    record.expiresAt = s.integer(4);
    record.revokedAt = s.optionalInteger(5);
    record.user = readUser(s, 6);
    return record;
}

Result<void> PgAuthStore::touchToken(qint64 tokenId, qint64 at)
{
    PgStatement s(m_database.handle(),
        "UPDATE tokens SET last_used_at = :at WHERE id = :id AND last_used_at < :at");
    s.bind(":at", at);
    s.bind(":id", tokenId);
    if (auto done = s.exec(); !done)
        return done.error();
    return {};
}

Result<bool> PgAuthStore::revokeToken(const QByteArray &hash, qint64 at)
{
    PgStatement s(m_database.handle(),
        "UPDATE tokens SET revoked_at = :at WHERE token_hash = :hash AND revoked_at IS NULL");
    s.bind(":at", at);
    s.bindBlob(":hash", hash);
    const auto changed = s.exec();
    if (!changed)
        return changed.error();
    return *changed > 0;
}

Result<int> PgAuthStore::revokeAllTokens(qint64 userId, qint64 at)
{
    PgStatement s(m_database.handle(),
        "UPDATE tokens SET revoked_at = :at WHERE user_id = :user AND revoked_at IS NULL");
    s.bind(":at", at);
    s.bind(":user", userId);
    return s.exec();
}

Result<int> PgAuthStore::deleteDeadTokens(
    qint64 userId, qint64 expiredAt, qint64 idleSince, qint64 revokedBefore)
{
    PgStatement s(m_database.handle(),
        "DELETE FROM tokens WHERE user_id = :user AND (expires_at <= :expired OR last_used_at "
        "<= :idle_since OR revoked_at < :revoked_before)");
    s.bind(":user", userId);
    s.bind(":expired", expiredAt);
    s.bind(":idle_since", idleSince);
    s.bind(":revoked_before", revokedBefore);
    return s.exec();
}

Result<QList<Core::User>> PgAuthStore::users()
{
    PgStatement s(m_database.handle(), "SELECT " USER_COLUMNS("") " FROM users ORDER BY id");
    QList<Core::User> users;
    Result<bool> row = false;
    while ((row = s.next()) && *row)
        users.append(readUser(s, 0));
    if (!row)
        return row.error();
    return users;
}

Result<Core::User> PgAuthStore::setRole(qint64 userId, Core::Role role)
{
    PGconn *db = m_database.handle();
    return pgInTransaction(db, [&]() -> Result<Core::User> {
        if (auto locked = lockAccounts(db); !locked)
            return locked.error();
        auto current = userById(userId);
        if (!current)
            return current.error();
        if (current->role == Core::Role::Admin && role != Core::Role::Admin)
            if (auto kept = keepAnAdmin(db, userId); !kept)
                return kept.error();
        PgStatement s(db, "UPDATE users SET role = :role WHERE id = :id");
        s.bind(":role", Core::roleName(role));
        s.bind(":id", userId);
        if (auto done = s.exec(); !done)
            return done.error();
        Core::User changed = *current;
        changed.role = role;
        return changed;
    });
}

Result<void> PgAuthStore::deleteUser(qint64 userId)
{
    PGconn *db = m_database.handle();
    return pgInTransaction(db, [&]() -> Result<void> {
        if (auto locked = lockAccounts(db); !locked)
            return locked.error();
        auto current = userById(userId);
        if (!current)
            return current.error();
        if (current->role == Core::Role::Admin)
            if (auto kept = keepAnAdmin(db, userId); !kept)
                return kept.error();
        PgStatement s(db, "DELETE FROM users WHERE id = :id");
        s.bind(":id", userId);
        if (auto done = s.exec(); !done)
            return done.error();
        return {};
    });
}

Result<void> PgAuthStore::addInvite(const Core::NewInvite &invite)
{
    PgStatement s(m_database.handle(),
        "INSERT INTO invites (code_hash, created_by, created_at, expires_at) VALUES (:hash, "
        "NULLIF(:created_by, 0), :created_at, :expires_at)");
    s.bindBlob(":hash", invite.hash);
    s.bind(":created_by", invite.createdBy);
    s.bind(":created_at", invite.createdAt);
    s.bind(":expires_at", invite.expiresAt);
    if (auto done = s.exec(); !done)
        return done.error();
    return {};
}

Result<QString> PgAuthStore::setting(const QString &key)
{
    PgStatement s(m_database.handle(), "SELECT value FROM instance_settings WHERE key = :key");
    s.bind(":key", key);
    const auto row = s.next();
    if (!row)
        return row.error();
    return *row ? s.text(0) : QString();
}

Result<void> PgAuthStore::putSetting(const QString &key, const QString &value)
{
    PgStatement s(m_database.handle(),
        "INSERT INTO instance_settings (key, value) VALUES (:key, :value) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    s.bind(":key", key);
    s.bind(":value", value);
    if (auto done = s.exec(); !done)
        return done.error();
    return {};
}

Result<qint64> PgAuthStore::addDevice(qint64 userId, const QByteArray &hash, qint64 at)
{
    PGconn *db = m_database.handle();
    PgStatement insert(db,
        "INSERT INTO devices (user_id, credential_hash, created_at, last_used_at) VALUES (:user, "
        ":hash, :at, :at) RETURNING id");
    insert.bind(":user", userId);
    insert.bindBlob(":hash", hash);
    insert.bind(":at", at);
    const auto inserted = returnedId(insert);
    if (!inserted)
        return inserted.error();
    const qint64 id = *inserted;
    // A user keeps their 20 newest devices; an older credential is then judged like none.
    PgStatement prune(db,
        "DELETE FROM devices WHERE user_id = :user AND id NOT IN (SELECT id FROM devices WHERE "
        "user_id = :user ORDER BY id DESC LIMIT 20)");
    prune.bind(":user", userId);
    if (auto done = prune.exec(); !done)
        return done.error();
    return id;
}

Result<Core::DeviceRecord> PgAuthStore::deviceByHash(const QByteArray &hash)
{
    PgStatement s(
        m_database.handle(), "SELECT id, user_id FROM devices WHERE credential_hash = :hash");
    s.bindBlob(":hash", hash);
    const auto row = s.next();
    if (!row)
        return row.error();
    if (!*row)
        return Error::notFound(QStringLiteral("No such device."));
    return Core::DeviceRecord {s.integer(0), s.integer(1)};
}

} // namespace Eventdesk::PgStorage
