-- SPDX-FileCopyrightText: 2026 Eventdesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- wrk script for tests/bench/login_load.sh: sends PACE_METHOD (default GET) with PACE_BODY as
-- JSON at PACE_RATE requests a second per wrk thread. Plain wrk has no -R option (wrk2 has), so
-- delay() paces the requests on the monotonic clock (LuaJIT FFI): each request takes the next
-- free time slot and its connection waits for it. Give wrk enough connections to cover the
-- requests in flight (rate x latency).
local ffi = require("ffi")
ffi.cdef [[
   typedef struct { long tv_sec; long tv_nsec; } edk_timespec;
   int clock_gettime(int clock, edk_timespec *ts);
]]
local ts = ffi.new("edk_timespec")
local function now_ms()
   ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
   return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

wrk.method = os.getenv("PACE_METHOD") or "GET"
local body = os.getenv("PACE_BODY")
if body and body ~= "" then
   wrk.headers["Content-Type"] = "application/json"
   wrk.body = body
end
local interval = 1000 / tonumber(os.getenv("PACE_RATE") or "20")
local next_slot = nil

function delay()
   local t = now_ms()
   if next_slot == nil or next_slot < t then
      next_slot = t
   end
   local wait = next_slot - t
   next_slot = next_slot + interval
   return math.floor(wait)
end
