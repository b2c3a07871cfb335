// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "authstore.h"

namespace Eventdesk::PgStorage {

class PgDatabase;

// Storage::SqlAuthStore on PostgreSQL, statement for statement (server/pgstorage/migrations/0001).
// Who is the first account and who is the last admin is decided under one advisory lock.
class PgAuthStore : public Core::AuthStore
{
public:
    explicit PgAuthStore(PgDatabase &database);

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
    PgDatabase &m_database;
};

} // namespace Eventdesk::PgStorage
