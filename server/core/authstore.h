// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "user.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Eventdesk::Core {

// Who may become a user, decided in the store's transaction with the count of users, so two
// sign-ups at once cannot both become "the first account".
enum class Admission {
    Any,       // the window, the command line, registration "open"
    FirstOnly, // registration "closed": only the first account of the instance
    Invite,    // registration "invite": the first account, or one holding a valid invite
};

struct NewUser
{
    QString email;    // as typed (trimmed)
    QString emailKey; // case-folded; unique
    QString displayName;
    QByteArray passwordHash;
    qint64 createdAt = 0;
    Admission admission = Admission::Any;
    QByteArray inviteHash; // SHA-256 of the invite code (Admission::Invite)
};

struct NewInvite
{
    QByteArray hash; // SHA-256 of the code
    qint64 createdBy = 0;
    qint64 createdAt = 0;
    qint64 expiresAt = 0;
};

struct DeviceRecord
{
    qint64 id = 0;
    qint64 userId = 0;
};

struct NewToken
{
    QByteArray hash; // SHA-256 of the token, never the token
    QString label;
    qint64 createdAt = 0;
    qint64 expiresAt = 0; // absolute expiry
};

struct StoredCredentials
{
    User user;
    QByteArray passwordHash;
};

struct TokenRecord
{
    qint64 id = 0;
    QByteArray hash;
    qint64 createdAt = 0;
    qint64 lastUsedAt = 0;
    qint64 expiresAt = 0;
    std::optional<qint64> revokedAt;
    User user;
};

// Persistence of accounts and tokens, implemented by Storage::SqlAuthStore. Every function is
// callable from any thread (the implementation uses that thread's connection).
class AuthStore
{
public:
    virtual ~AuthStore() = default;

    // Creates the user and its first token in one transaction. Conflict "email_taken" when the
    // e-mail key exists. The first user of the instance is an admin, later ones members.
    // Forbidden "registration_closed" / "invalid_invite" when the admission refuses (then an
    // invite is consumed only if the user was created).
    virtual Result<User> createUser(const NewUser &user, const NewToken &firstToken) = 0;
    // NotFound when no user has that e-mail key.
    virtual Result<StoredCredentials> credentialsByEmailKey(const QString &emailKey) = 0;
    virtual Result<User> userById(qint64 id) = 0;
    virtual Result<void> setPasswordHash(qint64 userId, const QByteArray &passwordHash) = 0;

    virtual Result<qint64> addToken(qint64 userId, const NewToken &token) = 0;
    // NotFound when no token has that hash (revoked and expired ones are still found).
    virtual Result<TokenRecord> tokenByHash(const QByteArray &hash) = 0;
    virtual Result<void> touchToken(qint64 tokenId, qint64 at) = 0;
    // false when there was no such token or it was already revoked.
    virtual Result<bool> revokeToken(const QByteArray &hash, qint64 at) = 0;
    // The number of tokens revoked (the ones not yet revoked).
    virtual Result<int> revokeAllTokens(qint64 userId, qint64 at) = 0;
    // Housekeeping: deletes the user's tokens that expired (expires_at <= expiredAt), sat idle
    // (last_used_at <= idleSince) or were revoked before revokedBefore. Returns how many.
    virtual Result<int> deleteDeadTokens(
        qint64 userId, qint64 expiredAt, qint64 idleSince, qint64 revokedBefore)
        = 0;

    // -- roles, invites, instance settings, devices (migration 0004)
    virtual Result<QList<User>> users() = 0;
    // Conflict "last_admin" when it would leave the instance without an admin.
    virtual Result<User> setRole(qint64 userId, Role role) = 0;
    virtual Result<void> deleteUser(qint64 userId) = 0;
    virtual Result<void> addInvite(const NewInvite &invite) = 0;
    // Empty when not set.
    virtual Result<QString> setting(const QString &key) = 0;
    virtual Result<void> putSetting(const QString &key, const QString &value) = 0;
    virtual Result<qint64> addDevice(qint64 userId, const QByteArray &hash, qint64 at) = 0;
    // NotFound when no device has that credential hash.
    virtual Result<DeviceRecord> deviceByHash(const QByteArray &hash) = 0;
};

} // namespace Eventdesk::Core
