-- SPDX-FileCopyrightText: 2026 Eventdesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- wrk script: POST /api/v1/events (a new event each time) as EVENTDESK_TOKEN's account.
local token = os.getenv("EVENTDESK_TOKEN") or ""
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
    thread:set("thread_id", #threads + 1)
    table.insert(threads, thread)
end

request = function()
    counter = counter + 1
    local body = string.format(
        '{"title":"bench %d-%d","starts_at":"2027-01-01T10:00:00Z","location":"here"}',
        thread_id, counter)
    return wrk.format("POST", "/api/v1/events",
        {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}, body)
end
