// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboundguard.h"

#include <QHostInfo>

namespace Eventdesk::Feeds {

using Core::Error;
using Core::ErrorKind;
using Core::Result;

namespace {

bool inSubnet(const QHostAddress &address, const char *subnet)
{
    return address.isInSubnet(QHostAddress::parseSubnet(QLatin1String(subnet)));
}

} // namespace

bool OutboundGuard::defaultAllowPrivate(const QHostAddress &apiBindAddress)
{
    return apiBindAddress.isLoopback();
}

bool OutboundGuard::isPrivate(const QHostAddress &given)
{
    QHostAddress address = given;
    bool mapped = false;
    const quint32 v4 = given.toIPv4Address(&mapped); // also unwraps ::ffff:a.b.c.d
    if (mapped && given.protocol() == QAbstractSocket::IPv6Protocol)
        address = QHostAddress(v4);
    if (address.isNull() || address.isLoopback() || address.isMulticast() || address.isLinkLocal()
        || address.isBroadcast() || address.isSiteLocal() || address.isUniqueLocalUnicast())
        return true;
    if (address == QHostAddress(QHostAddress::AnyIPv4) || address == QHostAddress::AnyIPv6)
        return true;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        for (const char *subnet : {"0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8",
                 "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.168.0.0/16",
                 "198.18.0.0/15", "224.0.0.0/4", "240.0.0.0/4"})
            if (inSubnet(address, subnet))
                return true;
        return false;
    }
    // IPv6: ULA fc00::/7, link-local fe80::/10, site-local fec0::/10, multicast ff00::/8, the
    // IPv4-compatible and NAT64 ranges that would reach IPv4 space, and the discard prefix.
    for (const char *subnet :
        {"::/96", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8", "64:ff9b::/96", "100::/64"})
        if (inSubnet(address, subnet))
            return true;
    return false;
}

Error OutboundGuard::refused(const QString &host)
{
    return Error::make(ErrorKind::Forbidden, QStringLiteral("destination_refused"),
        QStringLiteral("%1 is a loopback, link-local, private or multicast address; outbound "
                       "requests to such addresses are not allowed on this server.")
            .arg(host));
}

Result<void> OutboundGuard::checkAddress(const QHostAddress &address) const
{
    if (allowPrivate() || !isPrivate(address))
        return {};
    return refused(address.toString());
}

Result<void> OutboundGuard::checkUrl(const QUrl &url) const
{
    const QString scheme = url.scheme();
    if ((scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        || url.host().isEmpty())
        return Error::make(ErrorKind::Invalid, QStringLiteral("unsupported_location"),
            QStringLiteral("Outbound requests go to http(s) URLs only."));
    if (allowPrivate())
        return {};
    const QString host = url.host();
    if (QHostAddress literal(host); !literal.isNull())
        return isPrivate(literal) ? Result<void>(refused(host)) : Result<void> {};
    const QHostInfo info = QHostInfo::fromName(host);
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty())
        return Error::make(ErrorKind::Unavailable, QStringLiteral("unavailable"),
            QStringLiteral("%1: %2").arg(host, info.errorString()));
    for (const QHostAddress &address : info.addresses())
        if (isPrivate(address))
            return refused(host);
    return {};
}

} // namespace Eventdesk::Feeds
