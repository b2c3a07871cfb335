// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actor.h"
#include "authstore.h"
#include "sqlcommon.h"

namespace Eventdesk::SqlStores {

// The accounts store once, for every SQL backend: the statements are the same on SQLite and
// PostgreSQL (RETURNING, ON CONFLICT, NULLIF), so Storage::SqlAuthStore and
// PgStorage::PgAuthStore are this template with their backend (docs/architecture.md, "One
// data-access style"). A Backend gives:
//   Database, Connection, Statement           the backend's types (Statement: the shared API
//                                             of SqliteStatement and PgStatement)
//   static Connection *handle(Database &)      this thread's connection
//   static auto inTransaction(Connection *, work)
//   static Core::Result<void> lockAccounts(Connection *)
//                                             inside a transaction: serialise the decisions
//                                             "first account" and "last admin"
template<typename Backend> class AuthSql : public Core::AuthStore
{
public:
    using Database = typename Backend::Database;
    using Connection = typename Backend::Connection;
    using Statement = typename Backend::Statement;
    using Error = Core::Error;
    using ErrorKind = Core::ErrorKind;
    template<typename T> using Result = Core::Result<T>;

    explicit AuthSql(Database &database)
        : m_database(database)
    { }

    Core::Result<Core::User> createUser(
        const Core::NewUser &user, const Core::NewToken &firstToken) override;
    Core::Result<Core::StoredCredentials> credentialsByEmailKey(const QString &emailKey) override;
    Core::Result<Core::User> userById(qint64 id) override;
    Core::Result<void> setPasswordHash(qint64 userId, const QByteArray &passwordHash) override;

    Core::Result<qint64> addToken(qint64 userId, const Core::NewToken &token) override;
    Core::Result<Core::TokenRecord> tokenByHash(const QByteArray &hash) override;
    Core::Result<void> touchToken(qint64 tokenId, qint64 at) override;
    Core::Result<bool> revokeToken(const QByteArray &hash, qint64 at) override;
    Core::Result<int> revokeAllTokens(qint64 userId, qint64 at) override;
    Core::Result<int> deleteDeadTokens(
        qint64 userId, qint64 expiredAt, qint64 idleSince, qint64 revokedBefore) override;

    Core::Result<QList<Core::User>> users() override;
    Core::Result<Core::User> setRole(qint64 userId, Core::Role role) override;
    Core::Result<void> deleteUser(qint64 userId) override;
    Core::Result<void> addInvite(const Core::NewInvite &invite) override;
    Core::Result<QString> setting(const QString &key) override;
    Core::Result<void> putSetting(const QString &key, const QString &value) override;
    Core::Result<qint64> addDevice(qint64 userId, const QByteArray &hash, qint64 at) override;
    Core::Result<Core::DeviceRecord> deviceByHash(const QByteArray &hash) override;

private:
    Database &m_database;
};

namespace detail {

inline Core::Error emailTaken()
{
    return Core::Error::make(Core::ErrorKind::Conflict, QStringLiteral("email_taken"),
        QStringLiteral("An account with this e-mail address already exists."));
}

// The columns of users that readUser() reads, in its order (t: a table alias and a dot, or "").
#define EVENTDESK_USER_COLUMNS(t) t "id, " t "email, " t "display_name, " t "created_at, " t "role"

template<typename Statement> Core::User readUser(const Statement &row, int first)
{
    Core::User user;
    user.id = row.integer(first);
    user.email = row.text(first + 1);
    user.displayName = row.text(first + 2);
    user.createdAt = row.integer(first + 3);
    user.role = Core::roleFromName(row.text(first + 4)).value_or(Core::Role::Member);
    return user;
}

inline Core::Error lastAdmin()
{
    return Core::Error::make(Core::ErrorKind::Conflict, QStringLiteral("last_admin"),
        QStringLiteral("This is the last administrator: make another account an administrator "
                       "first."));
}

template<typename Backend>
Core::Result<qint64> insertToken(
    typename Backend::Connection *db, qint64 userId, const Core::NewToken &token)
{
    typename Backend::Statement s(db,
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
template<typename Backend>
Core::Result<void> keepAnAdmin(typename Backend::Connection *db, qint64 userId)
{
    typename Backend::Statement s(
        db, "SELECT count(*) FROM users WHERE role = 'admin' AND id <> :user");
    s.bind(":user", userId);
    auto others = scalar(s);
    if (!others)
        return others.error();
    if (*others == 0)
        return lastAdmin();
    return {};
}

} // namespace detail

template<typename Backend>
Core::Result<Core::User> AuthSql<Backend>::createUser(
    const Core::NewUser &user, const Core::NewToken &firstToken)
{
    Connection *db = Backend::handle(m_database);
    return Backend::inTransaction(db, [&]() -> Core::Result<Core::User> {
        if (auto locked = Backend::lockAccounts(db); !locked)
            return locked.error();
        Statement exists(db, "SELECT EXISTS (SELECT 1 FROM users)");
        auto any = detail::scalar(exists);
        if (!any)
            return any.error();
        const bool first = *any == 0;
        if (!first && user.admission == Core::Admission::FirstOnly)
            return Core::Error::make(Core::ErrorKind::Forbidden,
                QStringLiteral("registration_closed"),
                QStringLiteral("Registration is closed on this server. Ask an administrator."));
        // The invite is checked first, so a wrong code does not tell whether an e-mail exists.
        qint64 inviteId = 0;
        if (!first && user.admission == Core::Admission::Invite) {
            Statement use(db,
                "UPDATE invites SET used_at = :now WHERE code_hash = :hash AND used_at IS NULL "
                "AND expires_at > :now RETURNING id");
            use.bind(":now", user.createdAt);
            use.bindBlob(":hash", user.inviteHash);
            const auto row = use.next();
            if (!row)
                return row.error();
            if (!*row)
                return Core::Error::make(Core::ErrorKind::Forbidden,
                    QStringLiteral("invalid_invite"),
                    QStringLiteral("The invite code is unknown, used or expired."));
            inviteId = use.integer(0);
            if (auto done = use.exec(); !done)
                return done.error();
        }
        Statement insert(db,
            "INSERT INTO users (email, email_key, display_name, password_hash, created_at, role) "
            "VALUES (:email, :email_key, :display_name, :password_hash, :created_at, :role) "
            "RETURNING id");
        insert.bind(":email", user.email);
        insert.bind(":email_key", user.emailKey);
        insert.bind(":display_name", user.displayName);
        insert.bind(":password_hash", user.passwordHash);
        insert.bind(":created_at", user.createdAt);
        insert.bind(":role", first ? "admin" : "member");
        const auto id = detail::returnedId(insert);
        if (!id)
            return id.error().code == QLatin1String("conflict") ? detail::emailTaken() : id.error();
        Core::User created;
        created.id = *id;
        created.email = user.email;
        created.displayName = user.displayName;
        created.createdAt = user.createdAt;
        created.role = first ? Core::Role::Admin : Core::Role::Member;
        if (inviteId != 0) {
            Statement usedBy(db, "UPDATE invites SET used_by = :user WHERE id = :id");
            usedBy.bind(":user", created.id);
            usedBy.bind(":id", inviteId);
            if (auto done = usedBy.exec(); !done)
                return done.error();
        }
        if (auto token = detail::insertToken<Backend>(db, created.id, firstToken); !token)
            return token.error();
        return created;
    });
}

template<typename Backend>
Core::Result<Core::StoredCredentials> AuthSql<Backend>::credentialsByEmailKey(
    const QString &emailKey)
{
    Statement s(Backend::handle(m_database),
        "SELECT " EVENTDESK_USER_COLUMNS(
            "") ", password_hash FROM users WHERE email_key = :email_key");
    s.bind(":email_key", emailKey);
    const auto row = s.next();
    if (!row)
        return row.error();
    if (!*row)
        return Core::Error::notFound(QStringLiteral("No account has this e-mail address."));
    return Core::StoredCredentials {detail::readUser(s, 0), s.bytes(5)};
}

template<typename Backend> Core::Result<Core::User> AuthSql<Backend>::userById(qint64 id)
{
    Statement s(Backend::handle(m_database),
        "SELECT " EVENTDESK_USER_COLUMNS("") " FROM users WHERE id = :id");
    s.bind(":id", id);
    const auto row = s.next();
    if (!row)
        return row.error();
    if (!*row)
        return Core::Error::notFound(QStringLiteral("There is no user %1.").arg(id));
    return detail::readUser(s, 0);
}

template<typename Backend>
Core::Result<void> AuthSql<Backend>::setPasswordHash(qint64 userId, const QByteArray &passwordHash)
{
    Statement s(Backend::handle(m_database),
        "UPDATE users SET password_hash = :password_hash WHERE id = :id");
    s.bind(":password_hash", passwordHash);
    s.bind(":id", userId);
    const auto changed = s.exec();
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return Core::Error::notFound(QStringLiteral("There is no user %1.").arg(userId));
    return {};
}

template<typename Backend>
Core::Result<qint64> AuthSql<Backend>::addToken(qint64 userId, const Core::NewToken &token)
{
    return detail::insertToken<Backend>(Backend::handle(m_database), userId, token);
}

template<typename Backend>
Core::Result<Core::TokenRecord> AuthSql<Backend>::tokenByHash(const QByteArray &hash)
{
    Statement s(Backend::handle(m_database),
        "SELECT t.id, t.token_hash, t.created_at, t.last_used_at, t.expires_at, "
        "t.revoked_at, " EVENTDESK_USER_COLUMNS(
            "u.") " FROM tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = :hash");
    s.bindBlob(":hash", hash);
    const auto row = s.next();
    if (!row)
        return row.error();
    if (!*row)
        return Core::Error::notFound(QStringLiteral("No such token."));
    Core::TokenRecord record;
    record.id = s.integer(0);
    record.hash = s.bytes(1);
    record.createdAt = s.integer(2);
    record.lastUsedAt = s.integer(3);
    record.expiresAt = s.integer(4);
    record.revokedAt = s.optionalInteger(5);
    record.user = detail::readUser(s, 6);
    return record;
}

template<typename Backend>
Core::Result<void> AuthSql<Backend>::touchToken(qint64 tokenId, qint64 at)
{
    Statement s(Backend::handle(m_database),
        "UPDATE tokens SET last_used_at = :at WHERE id = :id AND last_used_at < :at");
    s.bind(":at", at);
    s.bind(":id", tokenId);
    if (auto done = s.exec(); !done)
        return done.error();
    return {};
}

template<typename Backend>
Core::Result<bool> AuthSql<Backend>::revokeToken(const QByteArray &hash, qint64 at)
{
    Statement s(Backend::handle(m_database),
        "UPDATE tokens SET revoked_at = :at WHERE token_hash = :hash AND revoked_at IS NULL");
    s.bind(":at", at);
    s.bindBlob(":hash", hash);
    const auto changed = s.exec();
    if (!changed)
        return changed.error();
    return *changed > 0;
}

template<typename Backend>
Core::Result<int> AuthSql<Backend>::revokeAllTokens(qint64 userId, qint64 at)
{
    Statement s(Backend::handle(m_database),
        "UPDATE tokens SET revoked_at = :at WHERE user_id = :user AND revoked_at IS NULL");
    s.bind(":at", at);
    s.bind(":user", userId);
    return s.exec();
}

template<typename Backend>
Core::Result<int> AuthSql<Backend>::deleteDeadTokens(
    qint64 userId, qint64 expiredAt, qint64 idleSince, qint64 revokedBefore)
{
    Statement s(Backend::handle(m_database),
        "DELETE FROM tokens WHERE user_id = :user AND (expires_at <= :expired OR last_used_at "
        "<= :idle_since OR revoked_at < :revoked_before)");
    s.bind(":user", userId);
    s.bind(":expired", expiredAt);
    s.bind(":idle_since", idleSince);
    s.bind(":revoked_before", revokedBefore);
    return s.exec();
}

template<typename Backend> Core::Result<QList<Core::User>> AuthSql<Backend>::users()
{
    Statement s(Backend::handle(m_database),
        "SELECT " EVENTDESK_USER_COLUMNS("") " FROM users ORDER BY id");
    QList<Core::User> users;
    Core::Result<bool> row = false;
    while ((row = s.next()) && *row)
        users.append(detail::readUser(s, 0));
    if (!row)
        return row.error();
    return users;
}

template<typename Backend>
Core::Result<Core::User> AuthSql<Backend>::setRole(qint64 userId, Core::Role role)
{
    Connection *db = Backend::handle(m_database);
    return Backend::inTransaction(db, [&]() -> Core::Result<Core::User> {
        if (auto locked = Backend::lockAccounts(db); !locked)
            return locked.error();
        auto current = userById(userId);
        if (!current)
            return current.error();
        if (current->role == Core::Role::Admin && role != Core::Role::Admin)
            if (auto kept = detail::keepAnAdmin<Backend>(db, userId); !kept)
                return kept.error();
        Statement s(db, "UPDATE users SET role = :role WHERE id = :id");
        s.bind(":role", Core::roleName(role));
        s.bind(":id", userId);
        if (auto done = s.exec(); !done)
            return done.error();
        Core::User changed = *current;
        changed.role = role;
        return changed;
    });
}

template<typename Backend> Core::Result<void> AuthSql<Backend>::deleteUser(qint64 userId)
{
    Connection *db = Backend::handle(m_database);
    return Backend::inTransaction(db, [&]() -> Core::Result<void> {
        if (auto locked = Backend::lockAccounts(db); !locked)
            return locked.error();
        auto current = userById(userId);
        if (!current)
            return current.error();
        if (current->role == Core::Role::Admin)
            if (auto kept = detail::keepAnAdmin<Backend>(db, userId); !kept)
                return kept.error();
        Statement s(db, "DELETE FROM users WHERE id = :id");
        s.bind(":id", userId);
        if (auto done = s.exec(); !done)
            return done.error();
        return {};
    });
}

template<typename Backend>
Core::Result<void> AuthSql<Backend>::addInvite(const Core::NewInvite &invite)
{
    Statement s(Backend::handle(m_database),
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

template<typename Backend> Core::Result<QString> AuthSql<Backend>::setting(const QString &key)
{
    Statement s(
        Backend::handle(m_database), "SELECT value FROM instance_settings WHERE key = :key");
    s.bind(":key", key);
    const auto row = s.next();
    if (!row)
        return row.error();
    return *row ? s.text(0) : QString();
}

template<typename Backend>
Core::Result<void> AuthSql<Backend>::putSetting(const QString &key, const QString &value)
{
    Statement s(Backend::handle(m_database),
        "INSERT INTO instance_settings (key, value) VALUES (:key, :value) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    s.bind(":key", key);
    s.bind(":value", value);
    if (auto done = s.exec(); !done)
        return done.error();
    return {};
}

template<typename Backend>
Core::Result<qint64> AuthSql<Backend>::addDevice(qint64 userId, const QByteArray &hash, qint64 at)
{
    Connection *db = Backend::handle(m_database);
    Statement insert(db,
        "INSERT INTO devices (user_id, credential_hash, created_at, last_used_at) VALUES (:user, "
        ":hash, :at, :at) RETURNING id");
    insert.bind(":user", userId);
    insert.bindBlob(":hash", hash);
    insert.bind(":at", at);
    const auto inserted = detail::returnedId(insert);
    if (!inserted)
        return inserted.error();
    const qint64 id = *inserted;
    // A user keeps their 20 newest devices; an older credential is then judged like none.
    Statement prune(db,
        "DELETE FROM devices WHERE user_id = :user AND id NOT IN (SELECT id FROM devices WHERE "
        "user_id = :user ORDER BY id DESC LIMIT 20)");
    prune.bind(":user", userId);
    if (auto done = prune.exec(); !done)
        return done.error();
    return id;
}

template<typename Backend>
Core::Result<Core::DeviceRecord> AuthSql<Backend>::deviceByHash(const QByteArray &hash)
{
    Statement s(Backend::handle(m_database),
        "SELECT id, user_id FROM devices WHERE credential_hash = :hash");
    s.bindBlob(":hash", hash);
    const auto row = s.next();
    if (!row)
        return row.error();
    if (!*row)
        return Core::Error::notFound(QStringLiteral("No such device."));
    return Core::DeviceRecord {s.integer(0), s.integer(1)};
}

} // namespace Eventdesk::SqlStores
