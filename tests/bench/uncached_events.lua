-- SPDX-FileCopyrightText: 2026 Eventdesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- wrk: GET /api/v1/events with a different query string every time (a far-future `to` that
-- changes with n), so the answer cache cannot help: the SQL + JSON cost of a first page.
-- Used by events.sh, compare_cpu.sh and compare_events.sh.
local n = 0
local function unique(n)
    return string.format("2099-%02d-%02dT%02d:%02d:%02dZ", 1 + math.floor(n / 2419200) % 12,
        1 + math.floor(n / 86400) % 28, math.floor(n / 3600) % 24, math.floor(n / 60) % 60, n % 60)
end
request = function()
    n = n + 1
    return wrk.format("GET", string.format("/api/v1/events?from=2026-01-%02dT%02d:%02d:00Z&to=%s",
        1 + n % 28, n % 24, n % 60, unique(n)))
end
