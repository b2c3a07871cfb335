// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountservice.h"

#include "accountrules.h"
#include "authstore.h"
#include "authtokens.h"
#include "changehub.h"
#include "timeutil.h"

namespace Eventdesk::Core {

namespace {

Error unauthorized(const char *code, const QString &message)
{
    return Error::make(ErrorKind::Unauthorized, QString::fromLatin1(code), message);
}

} // namespace

AccountService::AccountService(AuthStore &store, AuthConfig config, ChangeHub *changes)
    : m_store(store)
    , m_config(std::move(config))
    , m_changes(changes)
    , m_throttle(m_config.throttle)
    , m_params(m_config.password)
{
    // Made now, so the first login for an unknown e-mail does not pay for it (and stand out).
    (void)dummyHash();
}

qint64 AccountService::now() const
{
    return m_config.clock ? m_config.clock() : nowMsecs();
}

void AccountService::setPasswordParams(PasswordParams params)
{
    QMutexLocker lock(&m_mutex);
    m_params = params;
}

PasswordParams AccountService::passwordParams() const
{
    QMutexLocker lock(&m_mutex);
    return m_params;
}

PasswordHasher AccountService::hasher() const
{
    return PasswordHasher(passwordParams());
}

QByteArray AccountService::dummyHash()
{
    // Logins for unknown e-mails verify against this hash, so they cost what a real one costs
    // and the answer's timing does not tell whether the account exists.
    const PasswordParams params = passwordParams();
    {
        QMutexLocker lock(&m_mutex);
        if (!m_dummyHash.isEmpty() && m_dummyParams == params)
            return m_dummyHash;
    }
    auto made = PasswordHasher(params).hash(QStringLiteral("eventdesk-dummy-password"));
    QMutexLocker lock(&m_mutex);
    if (made) {
        m_dummyHash = *made;
        m_dummyParams = params;
    }
    return m_dummyHash;
}

Error AccountService::invalidCredentials()
{
    return unauthorized(
        "invalid_credentials", QStringLiteral("The e-mail address or the password is wrong."));
}

Result<AuthSession> AccountService::issueToken(const User &user, const QString &label)
{
    const qint64 at = now();
    const QByteArray token = AuthTokens::generate();
    NewToken record {AuthTokens::hash(token), label, at, at + m_config.tokenLifetimeMs};
    auto added = m_store.addToken(user.id, record);
    if (!added)
        return added.error();
    return AuthSession {QString::fromLatin1(token), record.expiresAt, user};
}

Result<AuthSession> AccountService::signup(
    const QString &email, const QString &password, const QString &displayName)
{
    const QList<FieldError> errors = validateSignup(email, password, displayName);
    if (!errors.isEmpty())
        return Error::invalid(QStringLiteral("validation_failed"),
            QStringLiteral("Some fields need attention."), errors);

    const QString key = emailKey(email);
    const FieldError taken {QStringLiteral("email"),
        QStringLiteral("An account with this e-mail address already exists.")};
    // Checked before the slow hash; the unique index still decides races.
    if (auto existing = m_store.credentialsByEmailKey(key); existing) {
        Error error = Error::make(ErrorKind::Conflict, QStringLiteral("email_taken"),
            QStringLiteral("An account with this e-mail address already exists."));
        error.fields = {taken};
        return error;
    } else if (existing.error().kind != ErrorKind::NotFound) {
        return existing.error();
    }

    auto hashed = hasher().hash(password);
    if (!hashed)
        return hashed.error();

    const qint64 at = now();
    const QByteArray token = AuthTokens::generate();
    const NewUser newUser {normalizedEmail(email), key, displayName.trimmed(), *hashed, at};
    const NewToken newToken {
        AuthTokens::hash(token), QStringLiteral("signup"), at, at + m_config.tokenLifetimeMs};
    auto created = m_store.createUser(newUser, newToken);
    if (!created) {
        Error error = created.error();
        if (error.code == QLatin1String("email_taken") && error.fields.isEmpty())
            error.fields = {taken};
        return error;
    }
    if (m_changes)
        m_changes->notify(ChangeHub::Topic::Users, created->id);
    return AuthSession {QString::fromLatin1(token), newToken.expiresAt, *created};
}

Result<AuthSession> AccountService::login(
    const QString &email, const QString &password, const QString &clientAddress)
{
    QList<FieldError> missing;
    if (email.trimmed().isEmpty())
        missing.append({QStringLiteral("email"), QStringLiteral("Enter your e-mail address.")});
    if (password.isEmpty())
        missing.append({QStringLiteral("password"), QStringLiteral("Enter your password.")});
    if (!missing.isEmpty())
        return Error::invalid(QStringLiteral("validation_failed"),
            QStringLiteral("Some fields need attention."), missing);

    const QString key = emailKey(email);
    if (const qint64 wait = m_throttle.retryAfterMs(key, clientAddress, now()); wait > 0) {
        Error error = Error::make(ErrorKind::RateLimited, QStringLiteral("too_many_attempts"),
            QStringLiteral("Too many failed logins. Try again later."));
        error.retryAfterSeconds = static_cast<int>((wait + 999) / 1000);
        return error;
    }

    const PasswordHasher passwords = hasher();
    // Over-long passwords cannot match (sign-up refuses them); do not spend a hash on them.
    const bool plausible = password.size() <= 2 * maxPasswordLength;
    auto credentials = m_store.credentialsByEmailKey(key);
    bool ok = false;
    if (credentials) {
        ok = plausible && passwords.verify(credentials->passwordHash, password);
    } else if (credentials.error().kind == ErrorKind::NotFound) {
        if (plausible)
            (void)passwords.verify(dummyHash(), password);
    } else {
        return credentials.error();
    }
    if (!ok) {
        m_throttle.recordFailure(key, clientAddress, now());
        return invalidCredentials();
    }
    m_throttle.recordSuccess(key);

    if (passwords.needsRehash(credentials->passwordHash)) {
        if (auto rehashed = passwords.hash(password); rehashed) {
            if (auto stored = m_store.setPasswordHash(credentials->user.id, *rehashed); !stored)
                qWarning("AccountService: cannot store a re-hashed password: %s",
                    qUtf8Printable(stored.error().message));
        }
    }
    return issueToken(credentials->user, QStringLiteral("login"));
}

Result<User> AccountService::authenticate(QByteArrayView token)
{
    if (!AuthTokens::isWellFormed(token))
        return unauthorized("invalid_token", QStringLiteral("The bearer token is not valid."));
    const QByteArray hash = AuthTokens::hash(token);
    auto record = m_store.tokenByHash(hash);
    if (!record) {
        if (record.error().kind == ErrorKind::NotFound)
            return unauthorized("invalid_token", QStringLiteral("The bearer token is not valid."));
        return record.error();
    }
    // The lookup matched by index; this comparison keeps the check constant-time regardless.
    if (!AuthTokens::equalConstantTime(record->hash, hash))
        return unauthorized("invalid_token", QStringLiteral("The bearer token is not valid."));
    if (record->revokedAt)
        return unauthorized("token_revoked",
            QStringLiteral("The bearer token was revoked (logged out). Log in again."));
    const qint64 at = now();
    if (at >= record->expiresAt || at - record->lastUsedAt >= m_config.tokenIdleMs)
        return unauthorized(
            "token_expired", QStringLiteral("The bearer token has expired. Log in again."));
    // Write last_used_at only when it is stale by a minute or so: most requests stay read-only.
    if (at - record->lastUsedAt >= m_config.touchIntervalMs) {
        if (auto touched = m_store.touchToken(record->id, at); !touched)
            qWarning("AccountService: cannot update a token's last use: %s",
                qUtf8Printable(touched.error().message));
    }
    return record->user;
}

Result<void> AccountService::logout(QByteArrayView token)
{
    if (!AuthTokens::isWellFormed(token))
        return unauthorized("invalid_token", QStringLiteral("The bearer token is not valid."));
    auto revoked = m_store.revokeToken(AuthTokens::hash(token), now());
    if (!revoked)
        return revoked.error();
    if (!*revoked)
        return unauthorized("invalid_token",
            QStringLiteral("The bearer token is not valid or was already revoked."));
    return {};
}

Result<int> AccountService::logoutAll(qint64 userId)
{
    return m_store.revokeAllTokens(userId, now());
}

Result<User> AccountService::user(qint64 id)
{
    return m_store.userById(id);
}

} // namespace Eventdesk::Core
