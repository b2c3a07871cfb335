// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Eventdesk::Core::AuthTokens {

// Bearer tokens: "edk_" followed by 256 random bits (libsodium randombytes) in unpadded
// base64url, 47 characters in all. The prefix lets secret scanners and people recognise them.
inline constexpr QByteArrayView prefix = "edk_";
inline constexpr int randomBytes = 32;
inline constexpr int length = 4 + 43;

QByteArray generate();
// Cheap syntax check before any database work: prefix, length and alphabet.
bool isWellFormed(QByteArrayView token);
// What the database stores instead of the token: its SHA-256 (32 raw bytes).
QByteArray hash(QByteArrayView token);
// Constant-time equality of two hashes (or any two byte strings of equal length).
bool equalConstantTime(QByteArrayView a, QByteArrayView b);

} // namespace Eventdesk::Core::AuthTokens
