#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# GUI responsiveness under full ingest, one command: tests/bench/collector_guilag.sh [seconds]
# Runs the window (offscreen, Activity view live) with its API server, measures how late a 10 ms
# GUI timer fires: first idle, then while wrk posts 100-event batches over 50 connections.
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_RUN=${1:-10}
PORT=${EVENTDESK_BENCH_PORT:-18251}
BUILD=build-rel
[ -f "$BUILD/CMakeCache.txt" ] || cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD" --target eventdesk collector_guilag >/dev/null
DATA=$(mktemp -d /tmp/eventdesk-guilag.XXXXXX)
KEY=$("$BUILD/app/eventdesk" apps create guilag --data-dir "$DATA" 2>/dev/null)
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
for load in idle ingest; do
    "$BUILD/tests/ui/collector_guilag" --data-dir "$DATA" --port "$PORT" --seconds "$SECONDS_RUN" >"$DATA/lag.txt" 2>"$DATA/lag.err" &
    PROBE=$!
    for _ in $(seq 100); do grep -q ready "$DATA/lag.txt" 2>/dev/null && break; sleep 0.1; done
    if [ "$load" = ingest ]; then
        EVENTDESK_KEY=$KEY EVENTDESK_BATCH=100 wrk -t2 -c50 -d"$((SECONDS_RUN - 1))s" -s tests/bench/collector_track.lua \
            "http://127.0.0.1:$PORT/api/v1/track" | grep -E "Requests/sec|LUA" | sed 's/^/   wrk: /'
    fi
    wait "$PROBE"
    echo "$load: $(grep GUILAG "$DATA/lag.txt")"
done
rm -rf "$DATA"
