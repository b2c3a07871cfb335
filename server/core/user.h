// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Eventdesk::Core {

// What an account may do beyond its own data. The first account of an instance is an admin.
enum class Role { Member, Admin };

struct User
{
    qint64 id = 0;
    QString email;
    QString displayName;
    qint64 createdAt = 0; // UTC ms
    Role role = Role::Member;

    bool isAdmin() const { return role == Role::Admin; }

    // What lists show as the owner: the part of the e-mail before '@'.
    QString handle() const { return email.section(u'@', 0, 0); }
};

// What login and sign-up hand out. The token is shown once; only its SHA-256 is stored.
struct AuthSession
{
    QString token;
    qint64 expiresAt = 0; // UTC ms
    User user;
    // Login only: the device credential (OWASP device cookie) to present at the next login of
    // this account from this client, which is then judged only by this device's failures.
    QString deviceCredential;
};

} // namespace Eventdesk::Core
