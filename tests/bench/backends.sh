#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 13 in one run, on 127.0.0.1 only:
#   BUILD=build tests/bench/backends.sh [EVENTS=100000] [SECONDS=5]
# 1. a SQLite database: `eventdesk generate --events EVENTS`, a generated provider feed imported
#    (for /search) and a collector run (wrk on /track), then `eventdesk migrate --to` a
#    throwaway PostgreSQL 15 cluster (tests/pg/cluster.sh), timed;
# 2. SQLite against PostgreSQL, one process each: the events list (uncached pages), a q text
#    search, /search, single and batched (100) /track;
# 3. one against two API processes on PostgreSQL for /track and the list (two wrk, one per
#    process, with the same total connections as the one-process run).
# Prints requests/s (track: acknowledged events/s) per line and the ratios, and for step 3 the
# share of both cores busy (everything on the machine: servers, PostgreSQL, wrk): what one process
# leaves idle is what a second one can add. The load average is printed, as these machines are
# shared.
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$bench/../.." && pwd)
build=${BUILD:-build}
bin=$(cd "$build" && pwd)/app/eventdesk
events=${1:-100000}
seconds=${2:-5}
work=$(mktemp -d /tmp/eventdesk-backends.XXXXXX)
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    "$root/tests/pg/cluster.sh" stop "$work/pg" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

start() { # NAME ARGS... -> sets url_NAME
    local name=$1
    shift
    "$bin" --headless --port 0 --registration open "$@" >"$work/$name.log" 2>&1 &
    pids+=($!)
    eval "pid_$name=$!"
    local url=
    for _ in $(seq 300); do
        url=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/$name.log" | head -1 || true)
        [ -n "$url" ] && break
        sleep 0.1
    done
    [ -n "$url" ] || { cat "$work/$name.log"; exit 1; }
    eval "url_$name=$url"
}
stop() { # NAME
    local p
    p=$(eval echo "\$pid_$1")
    kill "$p"
    wait "$p" 2>/dev/null || true
}
# The share of both cores busy (any process) between busy_from and busy_to: how much room a
# second process had.
busy_from() { read -r _ u n s i w q sq st _ </proc/stat; b0=$((u + n + s + q + sq + st)); t0=$((b0 + i + w)); }
busy_to() {
    local u n s i w q sq st b t
    read -r _ u n s i w q sq st _ </proc/stat
    b=$((u + n + s + q + sq + st))
    t=$((b + i + w))
    awk -v b=$((b - b0)) -v t=$((t - t0)) 'BEGIN {printf "%.0f%%", 100 * b / t}'
}
rps() { awk '/^Requests\/sec:/ {print $2}'; }
track() { # URL BATCH CONNECTIONS: acknowledged events per second over the posting phase
    EVENTDESK_KEY=$key EVENTDESK_BATCH=$2 EVENTDESK_TRACK_SECONDS=$seconds \
        wrk -t1 -c"$3" -d$((seconds + 1))s -s "$bench/collector_track.lua" "$1/api/v1/track" \
        2>/dev/null | sed -nE 's/^LUA .*acked_events=([0-9]+).*track_seconds=([0-9.]+).*/\1 \2/p' |
        awk '{printf "%.0f\n", $1 / $2}'
}

echo "== data: $events generated events, a provider feed, a collector run ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
mkdir -p "$work/sqlite"
"$bin" generate --events "$events" --data-dir "$work/sqlite" >/dev/null
python3 "$bench/genprovider.py" --plans 2000 --zones 3 >"$work/feed.xml"
"$bin" import "$work/feed.xml" --data-dir "$work/sqlite" >/dev/null
key=$("$bin" apps create bench --data-dir "$work/sqlite" 2>/dev/null | head -1)
start run --data-dir "$work/sqlite"
track "$url_run" 100 4 >/dev/null
stop run

echo "== eventdesk migrate --to postgresql (a throwaway cluster)"
"$root/tests/pg/cluster.sh" start "$work/pg" >/dev/null
conninfo=$(cat "$work/pg/conninfo")
sock=$(sed 's/.*host=\([^ ]*\).*/\1/' <<<"$conninfo")
/usr/lib/postgresql/15/bin/psql "$conninfo" -qc "CREATE DATABASE bench" >/dev/null
pg="postgresql://eventdesk@/bench?host=$sock&port=5432"
/usr/bin/time -f "   wall %e s, peak RSS %M KB" "$bin" migrate --to "$pg" --data-dir "$work/sqlite" |
    tail -1 | sed 's/^/   /'

sqlite_url="sqlite:$work/sqlite/eventdesk.sqlite3"
search="/search?starts_at=2023-03-01T00:00:00Z&ends_at=2023-03-08T00:00:00Z"
cat >"$work/q.lua" <<'LUA'
local words = {"concert", "workshop", "market", "festival", "lecture", "meetup"}
local n = 0
request = function()
    n = n + 1
    return wrk.format("GET", string.format("/api/v1/events?q=%s&to=2099-01-01T00:00:%02dZ",
        words[1 + n % #words], n % 60))
end
LUA
declare -A result
echo "== one process: SQLite against PostgreSQL, $seconds s per line, 4 connections (load $(cut -d' ' -f1-3 /proc/loadavg))"
for backend in sqlite pg; do
    db=$sqlite_url
    [ $backend = pg ] && db=$pg
    start $backend --database "$db"
    url=$(eval echo "\$url_$backend")
    wrk -t1 -c1 -d1s "$url/api/v1/events" >/dev/null
    result[$backend,list]=$(wrk -t2 -c4 -d${seconds}s -s "$bench/uncached_events.lua" "$url" | rps)
    result[$backend,q]=$(wrk -t2 -c4 -d${seconds}s -s "$work/q.lua" "$url" | rps)
    result[$backend,search]=$(wrk -t2 -c4 -d${seconds}s "$url$search" | rps)
    result[$backend,track1]=$(track "$url" 1 4)
    result[$backend,track100]=$(track "$url" 100 4)
    stop $backend
done
for what in list q search track1 track100; do
    printf '   %-10s SQLite %10s /s   PostgreSQL %10s /s   PostgreSQL/SQLite %s\n' "$what" \
        "${result[sqlite,$what]}" "${result[pg,$what]}" \
        "$(awk -v a="${result[pg,$what]}" -v b="${result[sqlite,$what]}" 'BEGIN {printf "%.2f", a/b}')"
done

echo "== PostgreSQL: one against two API processes, 8 connections in all (load $(cut -d' ' -f1-3 /proc/loadavg))"
start one --database "$pg"
wrk -t1 -c1 -d1s "$url_one/api/v1/events" >/dev/null
busy_from
one_list=$(wrk -t2 -c8 -d${seconds}s -s "$bench/uncached_events.lua" "$url_one" | rps)
one_list_busy=$(busy_to)
busy_from
one_track=$(track "$url_one" 1 8)
one_track_busy=$(busy_to)
stop one
start a --database "$pg"
start b --database "$pg"
wrk -t1 -c1 -d1s "$url_a/api/v1/events" >/dev/null
wrk -t1 -c1 -d1s "$url_b/api/v1/events" >/dev/null
busy_from
(wrk -t1 -c4 -d${seconds}s -s "$bench/uncached_events.lua" "$url_a" | rps >"$work/la") &
w1=$!
(wrk -t1 -c4 -d${seconds}s -s "$bench/uncached_events.lua" "$url_b" | rps >"$work/lb") &
w2=$!
wait $w1 $w2
two_list=$(awk '{s += $1} END {print s}' "$work/la" "$work/lb")
two_list_busy=$(busy_to)
busy_from
track "$url_a" 1 4 >"$work/ta" &
w1=$!
track "$url_b" 1 4 >"$work/tb" &
w2=$!
wait $w1 $w2
two_track=$(awk '{s += $1} END {print s}' "$work/ta" "$work/tb")
two_track_busy=$(busy_to)
printf '   list       one %10s req/s   two %10s req/s   two/one %s   cores busy: one %s, two %s\n' \
    "$one_list" "$two_list" "$(awk -v a="$two_list" -v b="$one_list" 'BEGIN {printf "%.2f", a/b}')" \
    "$one_list_busy" "$two_list_busy"
printf '   track      one %10s ev/s    two %10s ev/s    two/one %s   cores busy: one %s, two %s\n' \
    "$one_track" "$two_track" "$(awk -v a="$two_track" -v b="$one_track" 'BEGIN {printf "%.2f", a/b}')" \
    "$one_track_busy" "$two_track_busy"
echo "   load after: $(cut -d' ' -f1-3 /proc/loadavg)"
