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
    , m_throttle(m_config.throttle, m_config.sharedThrottle, QStringLiteral("login"))
    , m_deviceThrottle(m_config.throttle, m_config.sharedThrottle, QStringLiteral("device"))
    , m_signupThrottle(m_config.signupThrottle, m_config.sharedThrottle, QStringLiteral("signup"))
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
    // Each login adds a row; drop the user's dead ones here so the table does not grow forever.
    // Revoked tokens are kept a week, so they still answer "token_revoked" meanwhile.
    constexpr qint64 keepRevokedMs = 7LL * 24 * 3600 * 1000;
    if (auto purged
        = m_store.deleteDeadTokens(user.id, at, at - m_config.tokenIdleMs, at - keepRevokedMs);
        !purged)
        qWarning("AccountService: cannot delete dead tokens: %s",
            qUtf8Printable(purged.error().message));
    const QByteArray token = AuthTokens::generate();
    NewToken record {AuthTokens::hash(token), label, at, at + m_config.tokenLifetimeMs};
    auto added = m_store.addToken(user.id, record);
    if (!added)
        return added.error();
    return AuthSession {QString::fromLatin1(token), record.expiresAt, user, {}};
}

Result<AuthSession> AccountService::signup(
    const QString &email, const QString &password, const QString &displayName)
{
    // The contract's form: a local caller (window, command line, tests), not bound by the mode.
    return signup(SignupRequest {email, password, displayName, {}, {}, Via::Window});
}

Result<AuthSession> AccountService::login(
    const QString &email, const QString &password, const QString &clientAddress)
{
    return login(LoginRequest {email, password, clientAddress, {}, Via::Api});
}

Error AccountService::throttled(qint64 waitMs) const
{
    const int seconds = static_cast<int>((waitMs + 999) / 1000);
    Error error = Error::make(ErrorKind::RateLimited, QStringLiteral("too_many_attempts"),
        QStringLiteral("Too many failed attempts. Try again in %1 seconds.").arg(seconds));
    error.retryAfterSeconds = seconds;
    return error;
}

Result<RegistrationMode> AccountService::registrationMode()
{
    if (m_config.registrationOverride)
        return *m_config.registrationOverride;
    auto stored = m_store.setting(QStringLiteral("registration"));
    if (!stored)
        return stored.error();
    return registrationModeFromName(*stored).value_or(RegistrationMode::Invite);
}

Result<AuthSession> AccountService::signup(const SignupRequest &request)
{
    const bool api = request.via == Via::Api;
    const QString address = request.clientAddress;
    if (api) {
        if (const qint64 wait = m_signupThrottle.retryAfterMs({}, address, now()); wait > 0)
            return throttled(wait);
    }
    const QList<FieldError> errors
        = validateSignup(request.email, request.password, request.displayName);
    if (!errors.isEmpty())
        return Error::invalid(QStringLiteral("validation_failed"),
            QStringLiteral("Some fields need attention."), errors);

    Admission admission = Admission::Any;
    if (api) {
        auto mode = registrationMode();
        if (!mode)
            return mode.error();
        if (*mode == RegistrationMode::Closed)
            admission = Admission::FirstOnly;
        else if (*mode == RegistrationMode::Invite)
            admission = Admission::Invite;
    }
    auto refuse = [this, api, &address](Error error) {
        if (api)
            m_signupThrottle.recordFailure({}, address, now());
        return error;
    };

    const QString key = emailKey(request.email);
    const FieldError taken {QStringLiteral("email"),
        QStringLiteral("An account with this e-mail address already exists.")};
    // Checked before the slow hash when anyone may sign up; otherwise the store checks the
    // admission first, so a refused sign-up does not tell which e-mails have accounts.
    if (admission == Admission::Any) {
        if (auto existing = m_store.credentialsByEmailKey(key); existing) {
            Error error = Error::make(ErrorKind::Conflict, QStringLiteral("email_taken"),
                QStringLiteral("An account with this e-mail address already exists."));
            error.fields = {taken};
            return refuse(error);
        } else if (existing.error().kind != ErrorKind::NotFound) {
            return existing.error();
        }
    }

    auto hashed = hasher().hash(request.password);
    if (!hashed)
        return hashed.error();

    const qint64 at = now();
    const QByteArray token = AuthTokens::generate();
    const QByteArray invite = admission == Admission::Invite
        ? AuthTokens::hash(request.invite.trimmed().toLatin1())
        : QByteArray();
    const NewUser newUser {normalizedEmail(request.email), key, request.displayName.trimmed(),
        *hashed, at, admission, invite};
    const NewToken newToken {
        AuthTokens::hash(token), QStringLiteral("signup"), at, at + m_config.tokenLifetimeMs};
    auto created = m_store.createUser(newUser, newToken);
    if (!created) {
        Error error = created.error();
        if (error.code == QLatin1String("email_taken") && error.fields.isEmpty())
            error.fields = {taken};
        if (error.code == QLatin1String("invalid_invite") && request.invite.trimmed().isEmpty())
            error.message = QStringLiteral(
                "Registration on this server is by invitation: send \"invite\" with a code "
                "from an administrator.");
        return error.kind == ErrorKind::Internal ? error : refuse(error);
    }
    if (m_changes)
        m_changes->notify(ChangeHub::Topic::Users, created->id);
    return AuthSession {QString::fromLatin1(token), newToken.expiresAt, *created, {}};
}

namespace {

constexpr QByteArrayView devicePrefix = "edd_";

} // namespace

std::optional<qint64> AccountService::knownDevice(const QString &credential, qint64 userId)
{
    const QByteArray bytes = credential.toLatin1();
    if (!bytes.startsWith(devicePrefix) || bytes.size() != AuthTokens::length)
        return std::nullopt;
    const QByteArray hash = AuthTokens::hash(bytes);
    auto device = m_store.deviceByHash(hash);
    if (!device || device->userId != userId)
        return std::nullopt;
    return device->id;
}

Result<QString> AccountService::newDevice(qint64 userId)
{
    QByteArray credential = AuthTokens::generate();
    credential.replace(0, devicePrefix.size(), devicePrefix.toByteArray());
    auto added = m_store.addDevice(userId, AuthTokens::hash(credential), now());
    if (!added)
        return added.error();
    return QString::fromLatin1(credential);
}

Result<AuthSession> AccountService::login(const LoginRequest &request)
{
    QList<FieldError> missing;
    if (request.email.trimmed().isEmpty())
        missing.append({QStringLiteral("email"), QStringLiteral("Enter your e-mail address.")});
    if (request.password.isEmpty())
        missing.append({QStringLiteral("password"), QStringLiteral("Enter your password.")});
    if (!missing.isEmpty())
        return Error::invalid(QStringLiteral("validation_failed"),
            QStringLiteral("Some fields need attention."), missing);

    const QString key = emailKey(request.email);
    auto credentials = m_store.credentialsByEmailKey(key);
    if (!credentials && credentials.error().kind != ErrorKind::NotFound)
        return credentials.error();

    // Which failures judge this attempt (OWASP device cookies): a known device of this account
    // only its own; the window only the window's; anyone else the account's and the address's.
    std::optional<qint64> device;
    if (credentials && !request.deviceCredential.isEmpty())
        device = knownDevice(request.deviceCredential, credentials->user.id);
    LoginThrottle *throttle = &m_throttle;
    QString accountKey = key;
    QString addressKey = request.clientAddress;
    if (device) {
        throttle = &m_deviceThrottle;
        accountKey = QStringLiteral("device:%1").arg(*device);
        addressKey.clear();
    } else if (request.via != Via::Api) {
        accountKey = QStringLiteral("window\x1f") + key;
        addressKey.clear();
    }
    if (const qint64 wait = throttle->retryAfterMs(accountKey, addressKey, now()); wait > 0) {
        Error error = throttled(wait);
        error.message = QStringLiteral("Too many failed logins. Try again in %1 seconds.")
                            .arg(error.retryAfterSeconds);
        return error;
    }

    const PasswordHasher passwords = hasher();
    // Over-long passwords cannot match (sign-up refuses them); do not spend a hash on them.
    const bool plausible = request.password.size() <= 2 * maxPasswordLength;
    bool ok = false;
    if (credentials) {
        ok = plausible && passwords.verify(credentials->passwordHash, request.password);
    } else if (plausible) {
        (void)passwords.verify(dummyHash(), request.password);
    }
    if (!ok) {
        throttle->recordFailure(accountKey, addressKey, now());
        return invalidCredentials();
    }
    throttle->recordSuccess(accountKey);

    if (passwords.needsRehash(credentials->passwordHash)) {
        if (auto rehashed = passwords.hash(request.password); rehashed) {
            if (auto stored = m_store.setPasswordHash(credentials->user.id, *rehashed); !stored)
                qWarning("AccountService: cannot store a re-hashed password: %s",
                    qUtf8Printable(stored.error().message));
        }
    }
    auto session = issueToken(credentials->user, QStringLiteral("login"));
    if (!session)
        return session;
    if (device) {
        session->deviceCredential = request.deviceCredential;
    } else if (request.via == Via::Api) {
        auto made = newDevice(credentials->user.id);
        if (!made)
            return made.error();
        session->deviceCredential = *made;
    }
    return session;
}

Result<QList<User>> AccountService::users(const Actor &actor)
{
    if (auto allowed = requireAdmin(actor); !allowed)
        return allowed.error();
    return m_store.users();
}

Result<User> AccountService::setRole(const Actor &actor, qint64 userId, Role role)
{
    if (auto allowed = requireAdmin(actor); !allowed)
        return allowed.error();
    auto changed = m_store.setRole(userId, role);
    if (changed && m_changes)
        m_changes->notify(ChangeHub::Topic::Users, userId);
    return changed;
}

Result<void> AccountService::deleteUser(const Actor &actor, qint64 userId)
{
    if (auto allowed = requireAdmin(actor); !allowed)
        return allowed.error();
    auto deleted = m_store.deleteUser(userId);
    if (deleted && m_changes)
        m_changes->notify(ChangeHub::Topic::Users, userId);
    return deleted;
}

Result<Invite> AccountService::createInvite(const Actor &actor)
{
    if (auto allowed = requireAdmin(actor); !allowed)
        return allowed.error();
    QByteArray code = AuthTokens::generate();
    code.replace(0, 4, "edi_");
    const qint64 at = now();
    const NewInvite invite {
        AuthTokens::hash(code), actor.user.id, at, at + m_config.inviteLifetimeMs};
    if (auto added = m_store.addInvite(invite); !added)
        return added.error();
    return Invite {QString::fromLatin1(code), invite.expiresAt};
}

Result<RegistrationSettings> AccountService::registration(const Actor &actor)
{
    if (auto allowed = requireAdmin(actor); !allowed)
        return allowed.error();
    auto mode = registrationMode();
    if (!mode)
        return mode.error();
    return RegistrationSettings {*mode, m_config.registrationOverride.has_value()};
}

Result<RegistrationSettings> AccountService::setRegistration(
    const Actor &actor, RegistrationMode mode)
{
    if (auto allowed = requireAdmin(actor); !allowed)
        return allowed.error();
    if (m_config.registrationOverride)
        return Error::make(ErrorKind::Conflict, QStringLiteral("set_by_command_line"),
            QStringLiteral("The registration mode is set by --registration for this run."));
    if (auto stored
        = m_store.putSetting(QStringLiteral("registration"), registrationModeName(mode));
        !stored)
        return stored.error();
    if (m_changes)
        m_changes->notify(ChangeHub::Topic::Users, 0);
    return RegistrationSettings {mode, false};
}

Result<OutboundSettings> AccountService::outboundSettings()
{
    OutboundSettings settings;
    settings.setByFlag = m_config.outboundOverride.has_value();
    if (m_config.outboundOverride) {
        settings.mode = *m_config.outboundOverride;
    } else {
        auto stored = m_store.setting(QStringLiteral("outbound_private"));
        if (!stored)
            return stored.error();
        settings.mode = outboundPrivateFromName(*stored).value_or(OutboundPrivate::Auto);
    }
    settings.privateAllowed = outboundPrivateAllowed(settings.mode, m_config.apiOnLoopbackOnly);
    return settings;
}

Result<OutboundSettings> AccountService::outbound(const Actor &actor)
{
    if (auto allowed = requireAdmin(actor); !allowed)
        return allowed.error();
    return outboundSettings();
}

Result<OutboundSettings> AccountService::setOutbound(const Actor &actor, OutboundPrivate mode)
{
    if (auto allowed = requireAdmin(actor); !allowed)
        return allowed.error();
    if (m_config.outboundOverride)
        return Error::make(ErrorKind::Conflict, QStringLiteral("set_by_command_line"),
            QStringLiteral("Outbound requests to private addresses are set by --outbound-private "
                           "for this run."));
    if (auto stored
        = m_store.putSetting(QStringLiteral("outbound_private"), outboundPrivateName(mode));
        !stored)
        return stored.error();
    const OutboundSettings settings {
        mode, false, outboundPrivateAllowed(mode, m_config.apiOnLoopbackOnly)};
    if (m_config.outboundChanged)
        m_config.outboundChanged(settings.privateAllowed);
    if (m_changes)
        m_changes->notify(ChangeHub::Topic::Users, 0);
    return settings;
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
