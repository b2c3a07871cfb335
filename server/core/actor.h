// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "user.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace Eventdesk::Core {

// Where a call comes from. The window and the command line run as the OS user who owns the
// data folder; the API serves any program that can reach the port. Some things (local files,
// sign-up without an invite) are only for the OS user.
enum class Via { Api, Window, Cli };

// Who is asking a service for something: the account (id 0: nobody signed in) and the channel.
// Core services decide with it, so the window and the API follow the same rules.
struct Actor
{
    User user;
    Via via = Via::Api;

    static Actor api(const User &user) { return {user, Via::Api}; }
    static Actor window(const User &user) { return {user, Via::Window}; }
    // The command line: the OS user, with an admin's rights and no account.
    static Actor commandLine()
    {
        Actor actor {User {}, Via::Cli};
        actor.user.role = Role::Admin;
        return actor;
    }

    bool isAdmin() const { return user.isAdmin(); }
    // The window and the command line run as the OS user (they may read local files).
    bool isLocal() const { return via != Via::Api; }
    // The owner (by account id) or an admin.
    bool mayManage(qint64 ownerId) const
    {
        return isAdmin() || (user.id != 0 && ownerId == user.id);
    }
};

// Forbidden "admin_only" unless the actor is an admin.
Result<void> requireAdmin(const Actor &actor);

QString roleName(Role role); // "admin", "member"
std::optional<Role> roleFromName(QStringView name);

// Who may create an account once the first one exists.
enum class RegistrationMode { Open, Invite, Closed };

QString registrationModeName(RegistrationMode mode); // "open", "invite", "closed"
std::optional<RegistrationMode> registrationModeFromName(QStringView name);

// Whether outbound requests (feed fetches, webhook deliveries) may reach loopback, link-local,
// private and multicast addresses. Auto: only while the API listens on loopback alone (then
// every client is on this machine and could reach those addresses anyway).
enum class OutboundPrivate { Auto, Allow, Deny };

QString outboundPrivateName(OutboundPrivate mode); // "auto", "allow", "deny"
std::optional<OutboundPrivate> outboundPrivateFromName(QStringView name);
// What a mode means for a run whose API listens on loopback alone (or not).
bool outboundPrivateAllowed(OutboundPrivate mode, bool apiOnLoopbackOnly);

} // namespace Eventdesk::Core
