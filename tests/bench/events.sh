#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Events benchmark, one command:
#
#   tests/bench/events.sh
#
# 1. builds Release into build-rel (only the eventdesk target; SKIP_BUILD=1 reuses it),
# 2. generates 100,000 events, 10,000 users and one event with 10,000 participants,
# 3. starts the headless server on a free port and runs wrk (127.0.0.1 only, bounded in time)
#    against the first page of GET /api/v1/events, a q search, and pages that miss the cache
#    (a different `from` on every request),
# 4. times the window from process start to a filled events table (offscreen, and under
#    xvfb-run when it is installed), five runs each.
# Knobs: BUILD_DIR, BENCH_DURATION (10s), BENCH_THREADS (2), BENCH_CONNECTIONS (16), EVENTS,
# USERS, PARTICIPANTS, SKIP_BUILD=1, KEEP_DATA=1.
set -euo pipefail
bench_dir=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$bench_dir/../.." && pwd)
source "$bench_dir/lib.sh"
build_dir=${BUILD_DIR:-$root/build-rel}
duration=${BENCH_DURATION:-10s}
threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-16}
events=${EVENTS:-100000}
users=${USERS:-10000}
participants=${PARTICIPANTS:-10000}

if [ "${SKIP_BUILD:-0}" != 1 ]; then
    cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$build_dir" --target eventdesk
fi
bin=$build_dir/app/eventdesk
data=$(mktemp -d /tmp/eventdesk-bench-events.XXXXXX)
server_pid=
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    if [ "${KEEP_DATA:-0}" != 1 ]; then rm -rf "$data"; else echo "data kept in $data"; fi
}
trap cleanup EXIT

echo "== machine"
echo "$(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== generate"
"$bin" generate --events "$events" --users "$users" --participants "$participants" --data-dir "$data"
ls -l "$data/eventdesk.sqlite3" | awk '{printf "database: %.1f MB\n", $5/1048576}'

echo "== server"
log=$data/server.log
"$bin" --headless --port 0 --data-dir "$data" >"$log" 2>&1 &
server_pid=$!
url=$(server_url "$log" 100) || { echo "server did not start" >&2; exit 1; }
echo "listening on $url"
curl -sf "$url/api/v1/events?limit=1" >/dev/null

summary() { # LABEL WRK-ARGS...
    local label=$1
    shift
    local out
    out=$(wrk --latency -t"$threads" -c"$connections" -d"$duration" "$@")
    local rps p50 p99 non2xx
    rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<<"$out")
    printf '%s: %s req/s, p50 %s, p99 %s, non-2xx %s\n' "$label" "$rps" "$p50" "$p99" "${non2xx:-0}"
}

echo "== wrk (-t$threads -c$connections -d$duration)"
bytes=$(curl -s "$url/api/v1/events" | wc -c)
echo "first page: 50 events, $bytes bytes"
summary "GET /api/v1/events (first page)" "$url/api/v1/events"
summary "GET /api/v1/events?q=jazz" "$url/api/v1/events?q=jazz"
summary "GET /api/v1/events?q=night%20jazz&limit=20" "$url/api/v1/events?q=night%20jazz&limit=20"
# Every request a different query string (a far-future `to` that changes with n makes each
# unique; unknown parameters are refused): the cache cannot help; this is the SQL + JSON cost.
summary "GET /api/v1/events?from=... (uncached, new query each time)" -s "$bench_dir/uncached_events.lua" "$url"
cat >"$data/uncachedq.lua" <<'LUA'
local words = {"jazz", "chess", "python", "pottery", "cycling", "poetry", "robotics", "salsa",
    "photography", "gardening", "astronomy", "cinema", "running", "baking", "climbing", "theatre"}
local n = 0
local function unique(n)
    return string.format("2099-%02d-%02dT%02d:%02d:%02dZ", 1 + math.floor(n / 2419200) % 12,
        1 + math.floor(n / 86400) % 28, math.floor(n / 3600) % 24, math.floor(n / 60) % 60, n % 60)
end
request = function()
    n = n + 1
    return wrk.format("GET", string.format("/api/v1/events?q=%s&from=2025-%02d-%02dT00:00:00Z&to=%s",
        words[1 + n % #words], 1 + n % 12, 1 + n % 28, unique(n)))
end
LUA
summary "GET /api/v1/events?q=<word>&from=... (uncached q search)" -s "$data/uncachedq.lua" "$url"
# One client at a time: the service time itself, without queueing behind 15 others.
threads=1 connections=1
summary "one client: first page, cached" "$url/api/v1/events"
summary "one client: uncached first page" -s "$bench_dir/uncached_events.lua" "$url"
summary "one client: uncached q search" -s "$data/uncachedq.lua" "$url"
kill "$server_pid"
wait "$server_pid" 2>/dev/null || true
server_pid=

echo "== window: process start to a filled events table"
window_run() { # PREFIX...
    local start end line
    start=$(date +%s%3N)
    line=$(EVENTDESK_BENCH_EVENTS=1 timeout 60 "$@" "$bin" --port 0 --data-dir "$data" 2>/dev/null |
        grep -m1 'events-first-page' || true)
    end=$(date +%s%3N)
    local shown=${line##*epoch_ms=}
    [ -n "$line" ] || { echo "no report"; return; }
    echo "$((shown - start)) ms to the first page (${line% epoch_ms=*}), exit after $((end - start)) ms"
}
for i in 1 2 3 4 5; do
    printf 'offscreen run %s: ' "$i"
    QT_QPA_PLATFORM=offscreen window_run env
done
if command -v xvfb-run >/dev/null; then
    for i in 1 2 3; do
        printf 'xvfb run %s: ' "$i"
        window_run env -u QT_QPA_PLATFORM xvfb-run -a
    done
fi
printf 'scrolling to the last of %s rows (offscreen): ' "$events"
EVENTDESK_BENCH_EVENTS=scroll QT_QPA_PLATFORM=offscreen timeout 300 "$bin" --port 0 --data-dir "$data" 2>/dev/null |
    grep -m1 'events-scrolled' || echo "no report"
