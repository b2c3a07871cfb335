-- SPDX-FileCopyrightText: 2026 Eventdesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- wrk script: POST /api/v1/track with one event (EVENTDESK_BATCH unset or 1) or a batch of
-- EVENTDESK_BATCH events. Counts, per thread, the requests sent, the answers received and the
-- events acknowledged by 202 answers ("accepted":N), so the bench can compare them with the
-- stored count exactly: stored == acknowledged + events of requests still unanswered at stop.
local key = os.getenv("EVENTDESK_KEY") or ""
local n = tonumber(os.getenv("EVENTDESK_BATCH") or "1")
local event = '{"session_id":"bench-%d","category":"page interaction","name":"pageview",'
    .. '"data":{"host":"www.example.com","path":"/bench/%d"},"timestamp":"2021-01-01 09:15:27.243860"}'

local body
if n <= 1 then
    body = string.format(event, 1, 1)
else
    local parts = {}
    for i = 1, n do parts[i] = string.format(event, i % 7, i) end
    body = '{"batch":[' .. table.concat(parts, ",") .. ']}'
end

wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. key

local threads = {}
function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    sent = 0
    answered = 0
    acked = 0
    others = 0
    prepared = wrk.format()
end

function request()
    sent = sent + 1
    return prepared
end

function response(status, headers, body)
    answered = answered + 1
    if status == 202 then
        acked = acked + tonumber(string.match(body, '"accepted":(%d+)'))
    else
        others = others + 1
    end
end

function done(summary, latency, requests)
    local s, a, k, o = 0, 0, 0, 0
    for _, t in ipairs(threads) do
        s = s + t:get("sent")
        a = a + t:get("answered")
        k = k + t:get("acked")
        o = o + t:get("others")
    end
    io.write(string.format("LUA sent=%d answered=%d acked_events=%d non202=%d per_request=%d\n",
        s, a, k, o, n))
end
