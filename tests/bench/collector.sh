#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Collector benchmark, one command: tests/bench/collector.sh [seconds per run, default 10]
# Builds Release in build-rel, starts a headless server on a fresh database, then runs wrk
# (2 threads, 50 keep-alive connections) against /api/v1/health (the ceiling), single-event
# posts and 100-event batches, and checks that the stored count matches what was acknowledged.
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
"$BIN" --headless --port "$PORT" --data-dir "$DATA" >"$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$PORT/api/v1/health" >/dev/null && break; sleep 0.1; done

LUA=tests/bench/collector_track.lua
URL=http://127.0.0.1:$PORT
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== health (ceiling), ${DURATION}s"
wrk -t2 -c50 -d"${DURATION}s" --latency "$URL/api/v1/health" | grep -E "Requests/sec|99%|Latency "
total_acked=0
total_inflight_events=0
for batch in 1 100; do
    echo "== track, $batch event(s) per request, ${DURATION}s"
    out=$(EVENTDESK_KEY=$KEY EVENTDESK_BATCH=$batch wrk -t2 -c50 -d"${DURATION}s" --latency -s "$LUA" "$URL/api/v1/track")
    echo "$out" | grep -E "Requests/sec|99%|Latency |LUA|Non-2xx|Socket errors"
    lua=$(echo "$out" | grep '^LUA')
    sent=$(echo "$lua" | sed -E 's/.*sent=([0-9]+).*/\1/')
    answered=$(echo "$lua" | sed -E 's/.*answered=([0-9]+).*/\1/')
    acked=$(echo "$lua" | sed -E 's/.*acked_events=([0-9]+).*/\1/')
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    echo "   events/s acknowledged: $(awk -v a="$acked" -v d="$DURATION" 'BEGIN {printf "%.0f", a / d}') (requests/s $rps x $batch)"
    total_acked=$((total_acked + acked))
    total_inflight_events=$((total_inflight_events + (sent - answered) * batch))
done
sleep 1
stored=$(sqlite3 "$DATA/eventdesk.sqlite3" "SELECT count(*) FROM tracked_events")
echo "== integrity: stored=$stored acknowledged=$total_acked unanswered-at-wrk-stop=$total_inflight_events events"
# wrk stops with up to 50 requests in flight: the server may have committed them (answer never
# read) or never read them (connection reset first). So acknowledged <= stored <= acknowledged +
# unanswered; equality holds when wrk read every answer.
if [ "$stored" -ge "$total_acked" ] && [ "$stored" -le $((total_acked + total_inflight_events)) ]; then
    echo "   OK: acknowledged <= stored <= acknowledged + unanswered (no acknowledged event lost, none stored twice);"
    echo "   stored - acknowledged = $((stored - total_acked)) events from requests wrk sent but never read the answer of"
else
    echo "   MISMATCH: stored is outside [acknowledged, acknowledged + unanswered]"
fi
rm -rf "$DATA"
