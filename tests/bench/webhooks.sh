#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Webhook benchmark, one run: tests/bench/webhooks.sh [seconds per phase, default 5]
# On one server and database: first event writes (POST /api/v1/events, wrk 16 connections) in
# ROUNDS (default 4) alternating slices of SLICE seconds (default 2) without and with three
# subscriptions, so that load from other programs on a shared machine hits both alike; prints
# each round and the ratio of the totals. Then event writes and /track (single events, 50
# connections) with no subscription, then the same with three subscriptions to every type on a
# local receiver (tests/bench/webhooks_receiver.py). Then waits until every message of that
# phase has arrived and prints deliveries per second and the commit-to-delivery lag (arrival at
# the receiver minus the message's commit timestamp).
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${1:-5}
PORT=${EVENTDESK_BENCH_PORT:-18261}
RPORT=$((PORT + 1))
BUILD=${BUILD:-build-rel}
[ -x "$BUILD/app/eventdesk" ] || { cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null; cmake --build "$BUILD" --target eventdesk >/dev/null; }
BIN=$PWD/$BUILD/app/eventdesk
URL=http://127.0.0.1:$PORT
DATA=$(mktemp -d /tmp/eventdesk-hookbench.XXXXXX)
KEY=$("$BIN" apps create bench --data-dir "$DATA" 2>/dev/null)
python3 tests/bench/webhooks_receiver.py "$RPORT" "$DATA/received.log" &
RECEIVER=$!
"$BIN" --headless --port "$PORT" --outbound-private allow --data-dir "$DATA" >"$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER $RECEIVER 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 100); do curl -fs "$URL/api/v1/health" >/dev/null && break; sleep 0.1; done
TOKEN=$(curl -fs -X POST -H 'Content-Type: application/json' \
    -d '{"email":"bench@example.org","password":"correct horse battery staple"}' \
    "$URL/api/v1/auth/signup" | python3 -c 'import sys,json; print(json.load(sys.stdin)["token"])')
touch "$DATA/received.log"

phase() {
    local out rate lua answered seconds
    out=$(EVENTDESK_TOKEN=$TOKEN wrk -t2 -c16 -d"${DURATION}s" --latency -s tests/bench/webhooks_events.lua "$URL")
    rate=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' <<<"$out")
    echo "   event writes: $rate/s (p99 $(awk '$1 == "99%" {print $2}' <<<"$out"), non-2xx: $(awk '/Non-2xx/ {print $5}' <<<"$out"))"
    out=$(EVENTDESK_KEY=$KEY EVENTDESK_TRACK_SECONDS=$DURATION \
        wrk -t2 -c50 -d"$((DURATION + 1))s" --latency -s tests/bench/collector_track.lua "$URL/api/v1/track")
    lua=$(grep '^LUA' <<<"$out")
    answered=$(sed -E 's/.* answered=([0-9]+).*/\1/' <<<"$lua")
    seconds=$(sed -E 's/.* track_seconds=([0-9.]+).*/\1/' <<<"$lua")
    echo "   /track single events: $(awk -v a="$answered" -v s="$seconds" 'BEGIN {printf "%.0f", a / s}')/s"
}

subscribe() {
    local path
    for path in s1 s2 s3; do
        curl -fs -X POST -H 'Content-Type: application/json' -H "Authorization: Bearer $TOKEN" \
            -d "{\"url\":\"http://127.0.0.1:$RPORT/$path\",\"events\":[\"event.created\",\"event.updated\",\"event.deleted\",\"participation.joined\",\"participation.withdrawn\",\"comment.created\",\"comment.updated\",\"comment.deleted\",\"import.finished\"]}" \
            "$URL/api/v1/webhooks" | python3 -c 'import sys,json; print(json.load(sys.stdin)["id"])'
    done
}
writes() {
    EVENTDESK_TOKEN=$TOKEN wrk -t2 -c16 -d"${SLICE}s" -s tests/bench/webhooks_events.lua "$URL" |
        awk '/^Requests\/sec:/ {printf "%.0f", $2}'
}

ROUNDS=${ROUNDS:-4}
SLICE=${SLICE:-2}
echo "== event writes in $ROUNDS alternating rounds of ${SLICE}s: no subscription, three"
total_none=0 total_three=0
for round in $(seq "$ROUNDS"); do
    none=$(writes)
    ids=$(subscribe)
    three=$(writes)
    for id in $ids; do
        curl -fs -X DELETE -H "Authorization: Bearer $TOKEN" "$URL/api/v1/webhooks/$id" >/dev/null
    done
    total_none=$((total_none + none)) total_three=$((total_three + three))
    echo "   round $round: $none/s without, $three/s with three subscriptions"
done
echo "   ratio (with / without, all rounds): $(awk -v a="$total_three" -v b="$total_none" 'BEGIN {printf "%.2f", a / b}')"
sleep 1
: >"$DATA/received.log" # what the rounds sent is not counted below

echo "== no subscription, ${DURATION}s each"
phase
subscribe >/dev/null
before=$(sqlite3 "$DATA/eventdesk.sqlite3" "SELECT coalesce(max(id), 0) FROM events")
echo "== three subscriptions (every type), ${DURATION}s each"
phase
created=$(sqlite3 "$DATA/eventdesk.sqlite3" "SELECT count(*) FROM events WHERE id > $before")
expected=$((3 * created))
for _ in $(seq 1200); do
    [ "$(wc -l <"$DATA/received.log")" -ge "$expected" ] && break
    sleep 0.1
done
python3 - "$DATA/received.log" "$expected" <<'PY'
import sys
rows = [line.split() for line in open(sys.argv[1])]
expected = int(sys.argv[2])
lags = sorted(int(r[0]) - int(r[4]) for r in rows)
first = min(int(r[4]) for r in rows)
last = max(int(r[0]) for r in rows)
pct = lambda p: lags[min(len(lags) - 1, int(p * len(lags)))]
print(f"== deliveries: {len(rows)} of {expected} expected, "
      f"{len(rows) / max(0.001, (last - first) / 1000):.0f}/s (first commit to last arrival), "
      f"commit-to-delivery lag p50 {pct(0.50)} ms, p99 {pct(0.99)} ms, max {lags[-1]} ms, "
      f"duplicates {len(rows) - len(set(r[1] + r[5] for r in rows))}")
PY
