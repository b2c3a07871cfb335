// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedtypes.h"

namespace Eventdesk::Feeds {

// Fetches a feed with QNetworkAccessManager on the calling (worker) thread: connect and total
// timeouts, retries with exponential back-off and jitter on network errors, timeouts, 429 and
// 5xx; conditional GET (If-None-Match / If-Modified-Since; 304 is "not modified"); a size cap
// (declared and actual); limited, never less safe redirects. Local files (a path or a file:
// URL) are copied under the same size cap.
class NetworkFetcher : public Core::FeedFetcher
{
public:
    Core::Result<Core::FetchResult> fetch(
        const Core::FetchRequest &request, QIODevice &output) override;
};

} // namespace Eventdesk::Feeds
