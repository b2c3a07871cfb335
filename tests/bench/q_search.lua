-- SPDX-FileCopyrightText: 2026 Eventdesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- wrk: GET /api/v1/events?q=WORD with six words of `eventdesk generate` in turn and a `to` that
-- changes with n, so most answers are not in the server's cache: the text search's cost.
-- Used by backends.sh and backends_ab.sh.
local words = {"concert", "workshop", "market", "festival", "lecture", "meetup"}
local n = 0
request = function()
    n = n + 1
    return wrk.format("GET", string.format("/api/v1/events?q=%s&to=2099-01-01T00:00:%02dZ",
        words[1 + n % #words], n % 60))
end
