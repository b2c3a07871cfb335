// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace Eventdesk::Core {

// Argon2id cost. Production uses OWASP's recommendation (19 MiB, 2 passes, 1 lane); tests use
// libsodium's minimum so hundreds of hashes take milliseconds.
struct PasswordParams
{
    quint64 opsLimit = 2;                   // passes over memory
    std::size_t memLimitBytes = 19u << 20u; // 19 MiB

    static PasswordParams owasp() { return {2, 19u << 20u}; }
    static PasswordParams minimum(); // crypto_pwhash_argon2id_{OPS,MEM}LIMIT_MIN
    bool operator==(const PasswordParams &) const = default;
};

// Argon2id through libsodium's crypto_pwhash_str: the result is a self-describing PHC string
// ("$argon2id$v=19$m=19456,t=2,p=1$salt$hash") with its own random salt. Stateless and
// thread-safe; hashing and verifying are slow on purpose, so call them off the API thread.
class PasswordHasher
{
public:
    explicit PasswordHasher(PasswordParams params = PasswordParams::owasp());

    PasswordParams params() const { return m_params; }

    [[nodiscard]] Result<QByteArray> hash(const QString &password) const;
    // Constant-time in the hash comparison (libsodium); false for a malformed stored hash.
    bool verify(const QByteArray &storedHash, const QString &password) const;
    // True when storedHash was made with other parameters (or another algorithm) than ours.
    bool needsRehash(const QByteArray &storedHash) const;

private:
    PasswordParams m_params;
};

} // namespace Eventdesk::Core
