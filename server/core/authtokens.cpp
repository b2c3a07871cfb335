// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "authtokens.h"

#include <sodium.h>

namespace Eventdesk::Core::AuthTokens {

QByteArray generate()
{
    static const bool ready = sodium_init() >= 0;
    Q_UNUSED(ready)
    unsigned char bytes[randomBytes];
    randombytes_buf(bytes, sizeof bytes);
    QByteArray token = prefix.toByteArray();
    token += QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes)
                 .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    sodium_memzero(bytes, sizeof bytes);
    return token;
}

bool isWellFormed(QByteArrayView token)
{
    if (token.size() != length || !token.startsWith(prefix))
        return false;
    for (const char c : token.sliced(prefix.size())) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || c == '-' || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

QByteArray hash(QByteArrayView token)
{
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(digest.data()),
        reinterpret_cast<const unsigned char *>(token.data()),
        static_cast<unsigned long long>(token.size()));
    return digest;
}

bool equalConstantTime(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    return sodium_memcmp(a.data(), b.data(), static_cast<size_t>(a.size())) == 0;
}

} // namespace Eventdesk::Core::AuthTokens
