// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actor.h"
#include "result.h"
#include "user.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Eventdesk::Core {

struct SignupRequest
{
    QString email;
    QString password;
    QString displayName;
    QString invite;        // an invite code (registration "invite")
    QString clientAddress; // feeds the sign-up throttle
    Via via = Via::Api;    // the window and the command line are not bound by the mode
};

struct LoginRequest
{
    QString email;
    QString password;
    QString clientAddress;
    QString deviceCredential; // from an earlier login of this account on this client
    Via via = Via::Api;       // window logins count only against the window's own failures
};

// A single-use invitation to sign up. The code is shown once; only its SHA-256 is stored.
struct Invite
{
    QString code;
    qint64 expiresAt = 0; // UTC ms
};

struct RegistrationSettings
{
    RegistrationMode mode = RegistrationMode::Invite;
    bool setByFlag = false; // --registration fixes it for this run; the stored value waits
};

struct OutboundSettings
{
    OutboundPrivate mode = OutboundPrivate::Auto;
    bool setByFlag = false;      // --outbound-private fixes it for this run
    bool privateAllowed = false; // what the mode means for this run (the guards follow it)
};

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

    // -- trust (issue 9). The defaults serve simple test doubles; AccountService implements
    // every rule: registration modes and invites, device credentials, admin-only user
    // management where the last admin cannot be demoted or deleted, the outbound setting.
    virtual Result<AuthSession> signup(const SignupRequest &request)
    {
        return signup(request.email, request.password, request.displayName);
    }
    virtual Result<AuthSession> login(const LoginRequest &request)
    {
        return login(request.email, request.password, request.clientAddress);
    }
    virtual Result<QList<User>> users(const Actor &actor);
    virtual Result<User> setRole(const Actor &actor, qint64 userId, Role role);
    virtual Result<void> deleteUser(const Actor &actor, qint64 userId);
    virtual Result<Invite> createInvite(const Actor &actor);
    virtual Result<RegistrationSettings> registration(const Actor &actor);
    virtual Result<RegistrationSettings> setRegistration(const Actor &actor, RegistrationMode mode);
    // Whether outbound requests may reach private addresses (admins only; issue 9).
    virtual Result<OutboundSettings> outbound(const Actor &actor);
    virtual Result<OutboundSettings> setOutbound(const Actor &actor, OutboundPrivate mode);
};

} // namespace Eventdesk::Core
