// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QHostAddress>
#include <QList>
#include <QUrl>

#include <atomic>

namespace Eventdesk::Feeds {

// Where outbound requests (feed fetches, webhooks) may go. Unless private destinations are
// allowed, it refuses loopback, link-local, private (RFC 1918, IPv6 ULA, CGNAT 100.64/10),
// multicast, broadcast and unspecified addresses, so an API client cannot make the server reach
// into this machine or its network (SSRF). Callers check the URL before connecting (after DNS
// resolution) and again for every redirect target. Thread-safe: the flag is atomic and may be
// flipped at run time (an admin's setting); the checks are pure.
//
//     Feeds::OutboundGuard guard(OutboundGuard::defaultAllowPrivate(apiBindAddress));
//     if (auto ok = guard.checkUrl(url); !ok)   // blocking DNS lookup: worker threads only
//         return ok.error();                    // Forbidden, code "destination_refused"
class OutboundGuard
{
public:
    explicit OutboundGuard(bool allowPrivate = false)
        : m_allowPrivate(allowPrivate)
    { }

    bool allowPrivate() const { return m_allowPrivate.load(std::memory_order_relaxed); }
    void setAllowPrivate(bool allow) { m_allowPrivate.store(allow, std::memory_order_relaxed); }

    // The default: private destinations are allowed only while the API listens on loopback
    // alone (then every client is on this machine and could reach those addresses anyway).
    static bool defaultAllowPrivate(const QHostAddress &apiBindAddress);

    // True for every address a public-only guard refuses (IPv4-mapped IPv6 is judged as IPv4).
    static bool isPrivate(const QHostAddress &address);

    // Forbidden "destination_refused" when the address is private and that is not allowed.
    Core::Result<void> checkAddress(const QHostAddress &address) const;
    // Requires an http(s) URL with a host; resolves the host (blocking) and checks every address
    // it resolves to: one private address refuses the URL. Unavailable "unavailable" when the
    // name does not resolve.
    Core::Result<void> checkUrl(const QUrl &url) const;

    static Core::Error refused(const QString &host);

private:
    std::atomic<bool> m_allowPrivate;
};

} // namespace Eventdesk::Feeds
