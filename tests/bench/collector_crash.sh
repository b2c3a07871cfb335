#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Crash test, one command: tests/bench/collector_crash.sh [seconds of load, default 4]
# Starts a headless server, puts it under sustained load (8 workers posting 20-event batches
# with unique event_ids and logging every acknowledged id), kills it with SIGKILL mid-load,
# restarts it on the same database and checks that every acknowledged event is stored, once.
set -euo pipefail
cd "$(dirname "$0")/../.."
LOAD=${1:-4}
PORT=${EVENTDESK_BENCH_PORT:-18241}
BUILD=build-rel
[ -x "$BUILD/app/eventdesk" ] || { cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null; cmake --build "$BUILD" --target eventdesk >/dev/null; }
BIN=$PWD/$BUILD/app/eventdesk
DATA=$(mktemp -d /tmp/eventdesk-crash.XXXXXX)
KEY=$("$BIN" apps create crash --data-dir "$DATA" 2>/dev/null)
wait_up() { for _ in $(seq 100); do curl -fs "http://127.0.0.1:$PORT/api/v1/health" >/dev/null && return 0; sleep 0.1; done; return 1; }

# EVENTDESK_COLLECTOR=sync=full (or any --collector setting) runs a tuned server.
"$BIN" --headless --port "$PORT" --data-dir "$DATA" ${EVENTDESK_COLLECTOR:+--collector "$EVENTDESK_COLLECTOR"} >"$DATA/server1.log" 2>&1 &
SERVER=$!
wait_up
python3 tests/bench/collector_crash_client.py "$PORT" "$KEY" "$DATA/acked.txt" 8 20 &
CLIENT=$!
sleep "$LOAD"
kill -9 "$SERVER"
wait "$SERVER" 2>/dev/null || true
wait "$CLIENT" || true
echo "server killed with SIGKILL after ${LOAD}s of load (--collector ${EVENTDESK_COLLECTOR:-sync=normal})"

"$BIN" --headless --port "$PORT" --data-dir "$DATA" ${EVENTDESK_COLLECTOR:+--collector "$EVENTDESK_COLLECTOR"} >"$DATA/server2.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
wait_up
sort -u "$DATA/acked.txt" | sed '/^$/d' >"$DATA/acked.sorted"
sqlite3 "$DATA/eventdesk.sqlite3" "SELECT client_event_id FROM tracked_events" | sort >"$DATA/stored.sorted"
acked=$(wc -l <"$DATA/acked.sorted")
stored=$(wc -l <"$DATA/stored.sorted")
unique=$(sort -u "$DATA/stored.sorted" | wc -l)
missing=$(comm -23 "$DATA/acked.sorted" "$DATA/stored.sorted" | wc -l)
echo "acknowledged: $acked   stored after restart: $stored (unique ids: $unique)   acknowledged but missing: $missing"
echo "stored but never acknowledged (in flight at the kill): $((stored - acked + missing))"
kill "$SERVER"; wait "$SERVER" 2>/dev/null || true
trap - EXIT
rm -rf "$DATA"
if [ "$missing" -eq 0 ] && [ "$stored" -eq "$unique" ]; then echo "PASS: every acknowledged event survived, none twice"; else echo "FAIL"; exit 1; fi
