// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedtypes.h"
#include "outboundguard.h"

namespace Eventdesk::Feeds {

// Fetches a feed with QNetworkAccessManager on the calling (worker) thread: connect and total
// timeouts, retries with exponential back-off and jitter on network errors, timeouts, 429 and
// 5xx; conditional GET (If-None-Match / If-Modified-Since; 304 is "not modified"); a size cap
// (declared and actual); limited, never less safe redirects. Local files (a path or a file:
// URL) are copied under the same size cap. Every URL and every redirect target passes the
// OutboundGuard (after DNS resolution) before it is requested.
class NetworkFetcher : public Core::FeedFetcher
{
public:
    // allowPrivate: the guard's starting setting. true matches the default, loopback-only API;
    // the composition root passes OutboundGuard::defaultAllowPrivate(bind address).
    explicit NetworkFetcher(bool allowPrivate = true)
        : m_guard(allowPrivate)
    { }

    Core::Result<Core::FetchResult> fetch(
        const Core::FetchRequest &request, QIODevice &output) override;

    OutboundGuard &guard() { return m_guard; }
    const OutboundGuard &guard() const { return m_guard; }

private:
    OutboundGuard m_guard;
};

} // namespace Eventdesk::Feeds
