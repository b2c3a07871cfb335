#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Webhook crash test, one command: tests/bench/webhooks_crash.sh [seconds of load, default 4]
# Starts a headless server and a receiver (its own process, it outlives the server), subscribes
# to every type, writes events from 8 connections (wrk), kills the server with SIGKILL mid-burst,
# restarts it on the same database and waits until every committed change (every event row in
# the file) has reached the receiver at least once. Counts the duplicates (same webhook-id).
set -euo pipefail
cd "$(dirname "$0")/../.."
LOAD=${1:-4}
PORT=${EVENTDESK_BENCH_PORT:-18251}
RPORT=$((PORT + 1))
BUILD=${BUILD:-build-rel}
[ -x "$BUILD/app/eventdesk" ] || { cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null; cmake --build "$BUILD" --target eventdesk >/dev/null; }
BIN=$PWD/$BUILD/app/eventdesk
DATA=$(mktemp -d /tmp/eventdesk-hookcrash.XXXXXX)
wait_up() { for _ in $(seq 100); do curl -fs "http://127.0.0.1:$1/$2" >/dev/null 2>&1 && return 0; sleep 0.1; done; return 1; }

python3 tests/bench/webhooks_receiver.py "$RPORT" "$DATA/received.log" &
RECEIVER=$!
"$BIN" --headless --port "$PORT" --outbound-private allow --data-dir "$DATA" >"$DATA/server1.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER $RECEIVER 2>/dev/null || true' EXIT
wait_up "$PORT" api/v1/health
TOKEN=$(curl -fs -X POST -H 'Content-Type: application/json' \
    -d '{"email":"crash@example.org","password":"correct horse battery staple"}' \
    "http://127.0.0.1:$PORT/api/v1/auth/signup" | python3 -c 'import sys,json; print(json.load(sys.stdin)["token"])')
curl -fs -X POST -H 'Content-Type: application/json' -H "Authorization: Bearer $TOKEN" \
    -d "{\"url\":\"http://127.0.0.1:$RPORT/crash\",\"events\":[\"event.created\"]}" \
    "http://127.0.0.1:$PORT/api/v1/webhooks" >/dev/null
EVENTDESK_TOKEN=$TOKEN wrk -t2 -c8 -d$((LOAD + 5))s -s tests/bench/webhooks_events.lua \
    "http://127.0.0.1:$PORT" >"$DATA/wrk.log" 2>&1 &
CLIENT=$!
sleep "$LOAD"
kill -9 "$SERVER"
wait "$SERVER" 2>/dev/null || true
kill "$CLIENT" 2>/dev/null || true
wait "$CLIENT" 2>/dev/null || true
before=$(wc -l <"$DATA/received.log")
echo "server killed with SIGKILL after ${LOAD}s of writes; $before messages had reached the receiver"

"$BIN" --headless --port "$PORT" --outbound-private allow --data-dir "$DATA" >"$DATA/server2.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER $RECEIVER 2>/dev/null || true' EXIT
wait_up "$PORT" api/v1/health
sqlite3 "$DATA/eventdesk.sqlite3" "SELECT id FROM events WHERE source = 'local'" | sort -u >"$DATA/committed.sorted"
committed=$(wc -l <"$DATA/committed.sorted")
missing=$committed
for _ in $(seq 600); do
    awk '$3 == "event.created" {print $4}' "$DATA/received.log" | sort -u >"$DATA/delivered.sorted"
    missing=$(comm -23 "$DATA/committed.sorted" "$DATA/delivered.sorted" | wc -l)
    [ "$missing" -eq 0 ] && break
    sleep 0.1
done
total=$(wc -l <"$DATA/received.log")
unique=$(awk '{print $2}' "$DATA/received.log" | sort -u | wc -l)
echo "committed events: $committed   messages received: $total (unique webhook-ids: $unique, duplicates: $((total - unique)))   committed but never delivered: $missing"
kill "$SERVER" "$RECEIVER"; wait "$SERVER" 2>/dev/null || true
trap - EXIT
rm -rf "$DATA"
if [ "$missing" -eq 0 ]; then echo "PASS: every committed change was delivered at least once"; else echo "FAIL"; exit 1; fi
