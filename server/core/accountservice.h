// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "authservice.h"
#include "loginthrottle.h"
#include "passwordhasher.h"

#include <QByteArray>
#include <QMutex>

#include <functional>
#include <mutex>
#include <optional>

namespace Eventdesk::Core {

class AuthStore;
class ChangeHub;

struct AuthConfig
{
    PasswordParams password = PasswordParams::owasp();
    qint64 tokenIdleMs = 14LL * 24 * 3600 * 1000;     // unused this long: expired
    qint64 tokenLifetimeMs = 90LL * 24 * 3600 * 1000; // absolute expiry after creation
    qint64 touchIntervalMs = 60'000; // last_used_at is written at most this often per token
    ThrottleConfig throttle;
    ThrottleConfig signupThrottle; // refused sign-ups per client address
    // Where the throttles keep failures when several processes share the database; nullptr:
    // in this process's memory.
    ThrottleStore *sharedThrottle = nullptr;
    qint64 inviteLifetimeMs = 7LL * 24 * 3600 * 1000; // an invite expires after a week
    // --registration: wins over the stored setting for this run (which admins cannot change).
    std::optional<RegistrationMode> registrationOverride;
    // --outbound-private: wins over the stored setting for this run, like --registration.
    std::optional<OutboundPrivate> outboundOverride;
    bool apiOnLoopbackOnly = true; // what "auto" means for outbound requests in this run
    // Called (on the caller's thread) with the new meaning whenever an admin changes the
    // outbound setting, so the guards of feed fetches and webhooks follow at once.
    std::function<void(bool privateAllowed)> outboundChanged;
    std::function<qint64()> clock; // UTC ms; empty: the system clock (tests move time)
};

// The implementation of the AuthService contract over an AuthStore.
class AccountService : public AuthService
{
public:
    explicit AccountService(AuthStore &store, AuthConfig config = {}, ChangeHub *changes = nullptr);

    Result<AuthSession> signup(
        const QString &email, const QString &password, const QString &displayName) override;
    Result<AuthSession> login(
        const QString &email, const QString &password, const QString &clientAddress) override;
    Result<User> authenticate(QByteArrayView token) override;
    Result<void> logout(QByteArrayView token) override;
    Result<int> logoutAll(qint64 userId) override;
    Result<User> user(qint64 id) override;

    Result<AuthSession> signup(const SignupRequest &request) override;
    Result<AuthSession> login(const LoginRequest &request) override;
    Result<QList<User>> users(const Actor &actor) override;
    Result<User> setRole(const Actor &actor, qint64 userId, Role role) override;
    Result<void> deleteUser(const Actor &actor, qint64 userId) override;
    Result<Invite> createInvite(const Actor &actor) override;
    Result<RegistrationSettings> registration(const Actor &actor) override;
    Result<RegistrationSettings> setRegistration(
        const Actor &actor, RegistrationMode mode) override;
    // The mode sign-ups over the API follow now (the flag's, else the stored one).
    Result<RegistrationMode> registrationMode();
    Result<OutboundSettings> outbound(const Actor &actor) override;
    Result<OutboundSettings> setOutbound(const Actor &actor, OutboundPrivate mode) override;
    // The outbound setting in force now (the flag's, else the stored one; default auto),
    // without an actor: the composition root reads it at start.
    Result<OutboundSettings> outboundSettings();

    // Raising the parameters makes the next successful login of each user re-hash.
    void setPasswordParams(PasswordParams params);
    PasswordParams passwordParams() const;
    const LoginThrottle &throttle() const { return m_throttle; }
    const LoginThrottle &signupThrottle() const { return m_signupThrottle; }
    const AuthConfig &config() const { return m_config; }

    static Error invalidCredentials();

private:
    qint64 now() const;
    PasswordHasher hasher() const;
    QByteArray dummyHash();
    Result<AuthSession> issueToken(const User &user, const QString &label);
    std::optional<qint64> knownDevice(const QString &credential, qint64 userId);
    Result<QString> newDevice(qint64 userId);
    Error throttled(qint64 waitMs) const;

    AuthStore &m_store;
    AuthConfig m_config;
    ChangeHub *m_changes;
    LoginThrottle m_throttle;       // accounts and client addresses (and the window's own keys)
    LoginThrottle m_deviceThrottle; // per known device: "device:<id>"
    LoginThrottle m_signupThrottle; // refused sign-ups per client address
    mutable QMutex m_mutex;         // guards m_params and m_dummyHash
    PasswordParams m_params;
    QByteArray m_dummyHash;
    PasswordParams m_dummyParams;
};

} // namespace Eventdesk::Core
