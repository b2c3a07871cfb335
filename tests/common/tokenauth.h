// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "authservice.h"

namespace Eventdesk::Testing {

// The accounts of a server under test without the accounts service: users 1..lastId (at most 9)
// authenticate with the token "token-<id>", and adminId (0: nobody) is the instance's admin.
class TokenAuth : public Core::AuthService
{
public:
    explicit TokenAuth(qint64 lastId = 3, qint64 adminId = 1)
        : m_lastId(lastId)
        , m_adminId(adminId)
    { }

    Core::Result<Core::AuthSession> signup(
        const QString &, const QString &, const QString &) override
    {
        return Core::Error::internal(QStringLiteral("unused"));
    }
    Core::Result<Core::AuthSession> login(
        const QString &, const QString &, const QString &) override
    {
        return Core::Error::internal(QStringLiteral("unused"));
    }
    Core::Result<Core::User> authenticate(QByteArrayView token) override
    {
        if (token.size() == 7 && token.startsWith("token-") && token.back() >= '1'
            && token.back() - '0' <= m_lastId)
            return user(token.back() - '0');
        return Core::Error::make(Core::ErrorKind::Unauthorized, QStringLiteral("invalid_token"),
            QStringLiteral("The token is not valid."));
    }
    Core::Result<void> logout(QByteArrayView) override { return {}; }
    Core::Result<int> logoutAll(qint64) override { return 0; }
    Core::Result<Core::User> user(qint64 id) override
    {
        return Core::User {id, QStringLiteral("user%1@example.org").arg(id), {}, 0,
            id == m_adminId ? Core::Role::Admin : Core::Role::Member};
    }

private:
    qint64 m_lastId;
    qint64 m_adminId;
};

} // namespace Eventdesk::Testing
