// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "user.h"

#include <QByteArrayView>
#include <QString>

namespace Eventdesk::Core {

// Accounts: sign-up, login, bearer tokens, logout. Thread-safe: the API thread, the password
// workers and the GUI thread call it at once (each uses its own database connection).
// CONTRACT for the other areas: the public functions below keep these signatures.
class AuthService
{
public:
    virtual ~AuthService() = default;

    // 201-style: creates the account and a first token. Slow (hashes the password).
    virtual Result<AuthSession> signup(
        const QString &email, const QString &password, const QString &displayName)
        = 0;
    // Slow (verifies the hash): call it off the API thread. clientAddress feeds the throttle.
    virtual Result<AuthSession> login(
        const QString &email, const QString &password, const QString &clientAddress)
        = 0;
    // Fast: checks a bearer token (prefix, SHA-256 lookup, idle and absolute expiry, revocation)
    // and returns its user. ErrorKind::Unauthorized when wrong, expired or revoked.
    virtual Result<User> authenticate(QByteArrayView token) = 0;
    virtual Result<void> logout(QByteArrayView token) = 0;
    virtual Result<int> logoutAll(qint64 userId) = 0; // number of tokens revoked
    virtual Result<User> user(qint64 id) = 0;
};

} // namespace Eventdesk::Core
