// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actor.h"

#include "authservice.h"

namespace Eventdesk::Core {

QString roleName(Role role)
{
    return role == Role::Admin ? QStringLiteral("admin") : QStringLiteral("member");
}

std::optional<Role> roleFromName(QStringView name)
{
    if (name == u"admin")
        return Role::Admin;
    if (name == u"member")
        return Role::Member;
    return std::nullopt;
}

QString registrationModeName(RegistrationMode mode)
{
    switch (mode) {
    case RegistrationMode::Open:
        return QStringLiteral("open");
    case RegistrationMode::Invite:
        return QStringLiteral("invite");
    case RegistrationMode::Closed:
        break;
    }
    return QStringLiteral("closed");
}

std::optional<RegistrationMode> registrationModeFromName(QStringView name)
{
    for (RegistrationMode mode :
        {RegistrationMode::Open, RegistrationMode::Invite, RegistrationMode::Closed})
        if (name == registrationModeName(mode))
            return mode;
    return std::nullopt;
}

QString outboundPrivateName(OutboundPrivate mode)
{
    switch (mode) {
    case OutboundPrivate::Auto:
        return QStringLiteral("auto");
    case OutboundPrivate::Allow:
        return QStringLiteral("allow");
    case OutboundPrivate::Deny:
        break;
    }
    return QStringLiteral("deny");
}

std::optional<OutboundPrivate> outboundPrivateFromName(QStringView name)
{
    for (OutboundPrivate mode :
        {OutboundPrivate::Auto, OutboundPrivate::Allow, OutboundPrivate::Deny})
        if (name == outboundPrivateName(mode))
            return mode;
    return std::nullopt;
}

bool outboundPrivateAllowed(OutboundPrivate mode, bool apiOnLoopbackOnly)
{
    return mode == OutboundPrivate::Allow || (mode == OutboundPrivate::Auto && apiOnLoopbackOnly);
}

Result<void> requireAdmin(const Actor &actor)
{
    if (actor.isAdmin())
        return {};
    return Error::make(ErrorKind::Forbidden, QStringLiteral("admin_only"),
        QStringLiteral("Only an administrator may do this."));
}

static Error unsupported()
{
    return Error::make(ErrorKind::Unsupported, QStringLiteral("unsupported"),
        QStringLiteral("This account service does not manage users."));
}

Result<QList<User>> AuthService::users(const Actor &)
{
    return unsupported();
}

Result<User> AuthService::setRole(const Actor &, qint64, Role)
{
    return unsupported();
}

Result<void> AuthService::deleteUser(const Actor &, qint64)
{
    return unsupported();
}

Result<Invite> AuthService::createInvite(const Actor &)
{
    return unsupported();
}

Result<RegistrationSettings> AuthService::registration(const Actor &)
{
    return unsupported();
}

Result<RegistrationSettings> AuthService::setRegistration(const Actor &, RegistrationMode)
{
    return unsupported();
}

Result<OutboundSettings> AuthService::outbound(const Actor &)
{
    return unsupported();
}

Result<OutboundSettings> AuthService::setOutbound(const Actor &, OutboundPrivate)
{
    return unsupported();
}

} // namespace Eventdesk::Core
