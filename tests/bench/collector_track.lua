-- SPDX-FileCopyrightText: 2026 Eventdesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- wrk script: POST /api/v1/track with one event (EVENTDESK_BATCH unset or 1) or a batch of
-- EVENTDESK_BATCH events, for EVENTDESK_TRACK_SECONDS; then GET /api/v1/health until wrk stops.
-- wrk stops with a request in flight on every connection and never reads those answers; the
-- /health tail makes them health checks, so every posted event has its answer read, and the
-- bench can require stored == acknowledged exactly. Run wrk for at least a second longer than
-- EVENTDESK_TRACK_SECONDS. Counts per thread: track requests sent and answered, events
-- acknowledged by 202 answers ("accepted":N), and the track phase's time (first post to last
-- track answer), for the events/s figure.
local ffi = require("ffi")
ffi.cdef [[
    typedef struct { long tv_sec; long tv_nsec; } edk_timespec;
    int clock_gettime(int clock, edk_timespec *out);
]]
local timespec = ffi.new("edk_timespec")
local function now()
    ffi.C.clock_gettime(1, timespec) -- CLOCK_MONOTONIC
    return tonumber(timespec.tv_sec) + tonumber(timespec.tv_nsec) / 1e9
end

local key = os.getenv("EVENTDESK_KEY") or ""
local n = tonumber(os.getenv("EVENTDESK_BATCH") or "1")
local trackSeconds = tonumber(os.getenv("EVENTDESK_TRACK_SECONDS") or "") or math.huge
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

local threads = {}
function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    sent = 0
    answered = 0
    acked = 0
    others = 0
    first = 0
    last = 0
    local headers = {}
    headers["Content-Type"] = "application/json"
    headers["Authorization"] = "Bearer " .. key
    track = wrk.format("POST", "/api/v1/track", headers, body)
    health = wrk.format("GET", "/api/v1/health")
end

function request()
    local t = now()
    if first == 0 then first = t end
    if t - first < trackSeconds then
        sent = sent + 1
        return track
    end
    return health
end

function response(status, headers, body)
    if status == 200 and string.find(body, '"status":"ok"', 1, true) then
        return -- the /health tail
    end
    answered = answered + 1
    last = now()
    if status == 202 then
        acked = acked + tonumber(string.match(body, '"accepted":(%d+)'))
    else
        others = others + 1
    end
end

function done(summary, latency, requests)
    local s, a, k, o = 0, 0, 0, 0
    local from, to = math.huge, 0
    for _, t in ipairs(threads) do
        s = s + t:get("sent")
        a = a + t:get("answered")
        k = k + t:get("acked")
        o = o + t:get("others")
        if t:get("first") > 0 then from = math.min(from, t:get("first")) end
        to = math.max(to, t:get("last"))
    end
    io.write(string.format(
        "LUA sent=%d answered=%d acked_events=%d non202=%d per_request=%d track_seconds=%.3f\n",
        s, a, k, o, n, to - from))
end
