#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Collector benchmark, one command: tests/bench/collector.sh [seconds per run, default 10]
# Builds Release in build-rel, starts a headless server on a fresh database, then runs wrk
# (2 threads, 50 keep-alive connections) against /api/v1/health (the ceiling), single-event
# posts and 100-event batches, and checks that the stored count equals what was acknowledged.
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${1:-10}
PORT=${EVENTDESK_BENCH_PORT:-18231}
BUILD=${EVENTDESK_BENCH_BUILD:-build-rel} # another build dir (absolute or relative) to compare binaries
if [ ! -x "$BUILD/app/eventdesk" ] || [ "${EVENTDESK_BENCH_REBUILD:-1}" = 1 ]; then
    [ -f "$BUILD/CMakeCache.txt" ] || cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$BUILD" --target eventdesk >/dev/null
fi
case $BUILD in /*) BIN=$BUILD/app/eventdesk ;; *) BIN=$PWD/$BUILD/app/eventdesk ;; esac
DATA=$(mktemp -d /tmp/eventdesk-bench.XXXXXX)
KEY=$("$BIN" apps create bench --data-dir "$DATA" 2>/dev/null)
# EVENTDESK_COLLECTOR=sync=full (or any --collector setting) runs a tuned server.
"$BIN" --headless --port "$PORT" --data-dir "$DATA" ${EVENTDESK_COLLECTOR:+--collector "$EVENTDESK_COLLECTOR"} >"$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$PORT/api/v1/health" >/dev/null && break; sleep 0.1; done

LUA=tests/bench/collector_track.lua
URL=http://127.0.0.1:$PORT
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== health (ceiling), ${DURATION}s"
wrk -t2 -c50 -d"${DURATION}s" --latency "$URL/api/v1/health" | grep -E "Requests/sec|99%|Latency "
total_acked=0
for batch in 1 100; do
    echo "== track, $batch event(s) per request, ${DURATION}s (then 1 s of /health, see collector_track.lua)"
    out=$(EVENTDESK_KEY=$KEY EVENTDESK_BATCH=$batch EVENTDESK_TRACK_SECONDS=$DURATION \
        wrk -t2 -c50 -d"$((DURATION + 1))s" --latency -s "$LUA" "$URL/api/v1/track")
    echo "$out" | grep -E "Requests/sec|99%|Latency |LUA|Non-2xx|Socket errors"
    lua=$(echo "$out" | grep '^LUA')
    field() { echo "$lua" | sed -E "s/.* $1=([0-9.]+).*/\1/"; }
    answered=$(field answered)
    acked=$(field acked_events)
    seconds=$(field track_seconds)
    echo "   track requests/s: $(awk -v a="$answered" -v s="$seconds" 'BEGIN {printf "%.0f", a / s}')" \
        " events/s acknowledged: $(awk -v a="$acked" -v s="$seconds" 'BEGIN {printf "%.0f", a / s}')" \
        "(over the ${seconds}s of posting; wrk's Requests/sec and latency include the /health tail)"
    total_acked=$((total_acked + acked))
done
stored=$(sqlite3 "$DATA/eventdesk.sqlite3" "SELECT count(*) FROM tracked_events")
echo "== integrity: stored=$stored acknowledged=$total_acked"
# Every post had its answer read (the /health tail), so nothing is in flight: exact equality.
if [ "$stored" -eq "$total_acked" ]; then
    echo "   OK: the stored count equals the acknowledged count exactly"
else
    echo "   MISMATCH: stored - acknowledged = $((stored - total_acked))"
    exit 1
fi
rm -rf "$DATA"
