#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Query speed at millions of rows, one command: tests/bench/collector_queries.sh [rows, default 2000000]
# Fills tracked_events with generated rows (100,000 sessions, 3 types, 2 apps, one event every
# 100 ms) and times each collector query over HTTP (median of 5, curl time_total).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS=${1:-2000000}
PORT=${EVENTDESK_BENCH_PORT:-18261}
BUILD=build-rel
[ -x "$BUILD/app/eventdesk" ] || { cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null; cmake --build "$BUILD" --target eventdesk >/dev/null; }
BIN=$PWD/$BUILD/app/eventdesk
DATA=$(mktemp -d /tmp/eventdesk-queries.XXXXXX)
"$BIN" apps create one --data-dir "$DATA" >/dev/null 2>&1
"$BIN" apps create two --data-dir "$DATA" >/dev/null 2>&1
START=1767225600000 # 2026-01-01T00:00:00Z
t0=$(date +%s.%N)
sqlite3 "$DATA/eventdesk.sqlite3" <<SQL
PRAGMA journal_mode = WAL;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < $ROWS - 1)
INSERT INTO tracked_events (app_id, session_id, category, name, data, occurred_at, received_at)
SELECT 1 + (i % 2), 's' || (i % 100000),
       CASE i % 3 WHEN 2 THEN 'form interaction' ELSE 'page interaction' END,
       CASE i % 3 WHEN 0 THEN 'pageview' WHEN 1 THEN 'cta click' ELSE 'submit' END,
       '{"host":"www.example.com","path":"/p/' || i || '"}', $START + i * 100, $START + i * 100 + 5
FROM n;
INSERT INTO tracked_minutes (minute, category, name, count)
SELECT occurred_at - occurred_at % 60000, category, name, count(*) FROM tracked_events GROUP BY 1, 2, 3;
COMMIT;
SQL
echo "generated $ROWS rows in $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}') s; file $(du -h "$DATA/eventdesk.sqlite3" | cut -f1)"
"$BIN" --headless --port "$PORT" --data-dir "$DATA" >"$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$PORT/api/v1/health" >/dev/null && break; sleep 0.1; done
TOKEN=$(curl -fs -X POST "http://127.0.0.1:$PORT/api/v1/auth/signup" -H 'Content-Type: application/json' \
    -d '{"email":"bench@example.org","password":"correct horse battery staple"}' |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
MID=2026-01-02T06:00:00Z
time_query() {
    local label=$1 path=$2 times=() items
    for _ in 1 2 3 4 5; do
        times+=("$(curl -s -o "$DATA/out.json" -w '%{time_total}' -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT$path")")
    done
    items=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["items"]))' "$DATA/out.json")
    printf '%-34s %7.2f ms  (%s items)\n' "$label" "$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p | awk '{print $1 * 1000}')" "$items"
}
time_query "newest 50" "/api/v1/track/events"
time_query "newest 500" "/api/v1/track/events?limit=500"
time_query "session (20 events)" "/api/v1/track/sessions/s4242"
time_query "by session_id" "/api/v1/track/events?session_id=s777"
time_query "by type, 1 h range" "/api/v1/track/events?category=form%20interaction&name=submit&from=$MID&to=2026-01-02T07:00:00Z"
time_query "by app, newest" "/api/v1/track/events?app=2"
time_query "time range (1 h) page 1" "/api/v1/track/events?from=$MID&to=2026-01-02T07:00:00Z"
time_query "stats, 24 h per minute" "/api/v1/track/stats?from=2026-01-02T00:00:00Z&to=2026-01-03T00:00:00Z"
time_query "errors" "/api/v1/track/errors"
