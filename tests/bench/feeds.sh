#!/bin/sh
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Feed import benchmark, one command:  tests/bench/feeds.sh [build-dir] [plans] [zones]
# (also run as the 'feeds' scenario of tests/bench/run.sh)
# Generates a provider feed (default 100,000 plans x 10 zones), imports it with
# 'eventdesk import' (time and peak RSS from /usr/bin/time -v), re-imports it unchanged and
# changed (a third of the plans repriced, then back), then
# measures GET /search p99 with wrk on 127.0.0.1 at that size, idle and while another import
# (a changed feed, so it writes) runs against the same database. Build Release first:
#   cmake -S . -B build-rel -G Ninja -DCMAKE_BUILD_TYPE=Release && cmake --build build-rel --target eventdesk
set -eu
BUILD=${1:-build-rel}
PLANS=${2:-100000}
ZONES=${3:-10}
HERE=$(cd "$(dirname "$0")" && pwd)
EVENTDESK=$(cd "$BUILD" && pwd)/app/eventdesk
PORT=${PORT:-$(python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")}
WORK=$(mktemp -d)
SERVER_PID=
cleanup() {
    [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {print int($2/1024) " MiB"}' /proc/meminfo), $(uname -sr)"
echo "== generating $PLANS plans x $ZONES zones"
python3 "$HERE/genprovider.py" --plans "$PLANS" --zones "$ZONES" > "$WORK/feed.xml"
python3 "$HERE/genprovider.py" --plans "$PLANS" --zones "$ZONES" --variant 3 > "$WORK/feed2.xml"
echo "   feed: $(du -m "$WORK/feed.xml" | cut -f1) MB"

measure() { # label, then the command
    label=$1; shift
    /usr/bin/time -v "$@" > "$WORK/out" 2> "$WORK/time"
    cat "$WORK/out"
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$WORK/time")
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$WORK/time")
    cpu=$(awk -F': ' '/User time|System time/ {t += $2} END {printf "%.2f", t}' "$WORK/time")
    echo "   $label: wall $wall, CPU ${cpu} s (user + system), peak RSS ${rss} MB, load $(cut -d' ' -f1-3 /proc/loadavg)"
}

echo "== first import"
measure "import" "$EVENTDESK" import "$WORK/feed.xml" --data-dir "$WORK/data"
echo "== unchanged re-import"
measure "re-import (unchanged)" "$EVENTDESK" import "$WORK/feed.xml" --data-dir "$WORK/data"
echo "== changed re-imports (a third of the plans repriced, then back)"
measure "re-import (changed)" "$EVENTDESK" import "$WORK/feed2.xml" --data-dir "$WORK/data"
measure "re-import (back)" "$EVENTDESK" import "$WORK/feed.xml" --data-dir "$WORK/data"

echo "== /search with wrk (2 threads; 4 then 16 connections, 10 s each), load $(cut -d" " -f1-3 /proc/loadavg)"
"$EVENTDESK" --headless --port "$PORT" --data-dir "$WORK/data" > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
i=0
until curl -sf "http://127.0.0.1:$PORT/api/v1/health" > /dev/null; do
    i=$((i + 1)); [ $i -gt 100 ] && { cat "$WORK/server.log"; exit 1; }; sleep 0.1
done
URL="http://127.0.0.1:$PORT/search?starts_at=2023-03-01T00:00:00Z&ends_at=2023-03-08T00:00:00Z"
echo "   one answer: $(curl -s "$URL" | head -c 200)..."
echo "   events in the window: $(curl -s "$URL" | grep -o '"id"' | wc -l)"
for c in 4 16; do
    wrk -t2 -c$c -d10s --latency "$URL" > "$WORK/wrk1"
    grep -E "Requests/sec|  50%|  99%" "$WORK/wrk1" | sed "s/^/   idle, $c connections: /"
done

echo "== /search while an import runs (a changed feed, then the original again: both write)"
for c in 4 16; do
    feed=$WORK/feed2.xml; [ $c = 16 ] && feed=$WORK/feed.xml
    "$EVENTDESK" import "$feed" --data-dir "$WORK/data" > "$WORK/import2" 2>&1 &
    IMPORT_PID=$!
    wrk -t2 -c$c -d4s --latency "$URL" > "$WORK/wrk2"
    wait "$IMPORT_PID" || true
    sed 's/^/   /' "$WORK/import2"
    grep -E "Requests/sec|  50%|  99%" "$WORK/wrk2" | sed "s/^/   during import, $c connections: /"
done

echo "== /search at a bounded rate (16 connections, 8 ms between a connection's requests), idle then during an import"
wrk -t2 -c16 -d8s --latency -s "$HERE/think.lua" "$URL" > "$WORK/wrk3"
grep -E "Requests/sec|  50%|  99%" "$WORK/wrk3" | sed "s/^/   bounded, idle: /"
"$EVENTDESK" import "$WORK/feed2.xml" --data-dir "$WORK/data" > "$WORK/import3" 2>&1 &
IMPORT_PID=$!
wrk -t2 -c16 -d4s --latency -s "$HERE/think.lua" "$URL" > "$WORK/wrk3"
wait "$IMPORT_PID" || true
sed 's/^/   /' "$WORK/import3"
grep -E "Requests/sec|  50%|  99%" "$WORK/wrk3" | sed "s/^/   bounded, during import: /"
