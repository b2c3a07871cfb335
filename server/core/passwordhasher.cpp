// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordhasher.h"

#include <sodium.h>

namespace Eventdesk::Core {

namespace {

bool initSodium()
{
    // sodium_init() is idempotent and thread-safe; a static makes it run once anyway.
    static const bool ok = sodium_init() >= 0;
    return ok;
}

} // namespace

PasswordParams PasswordParams::minimum()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN};
}

PasswordHasher::PasswordHasher(PasswordParams params)
    : m_params(params)
{
    initSodium();
}

Result<QByteArray> PasswordHasher::hash(const QString &password) const
{
    if (!initSodium())
        return Error::internal(QStringLiteral("libsodium failed to initialise"));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
            m_params.opsLimit, m_params.memLimitBytes, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Error::internal(QStringLiteral("Password hashing ran out of memory"));
    return QByteArray(out);
}

bool PasswordHasher::verify(const QByteArray &storedHash, const QString &password) const
{
    if (!initSodium() || storedHash.isEmpty() || storedHash.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = password.toUtf8();
    // storedHash is a QByteArray, so constData() is NUL-terminated as libsodium expects.
    return crypto_pwhash_str_verify(storedHash.constData(), utf8.constData(),
               static_cast<unsigned long long>(utf8.size()))
        == 0;
}

bool PasswordHasher::needsRehash(const QByteArray &storedHash) const
{
    if (!storedHash.startsWith("$argon2id$"))
        return true;
    // 1: other parameters; -1: malformed. Either way a fresh hash is the answer.
    return crypto_pwhash_str_needs_rehash(
               storedHash.constData(), m_params.opsLimit, m_params.memLimitBytes)
        != 0;
}

} // namespace Eventdesk::Core
