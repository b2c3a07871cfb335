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
# 3. one against two API processes on PostgreSQL for /track and the list: the same two wrk
#    clients (CONNECTIONS each, default 4) in both cases, ROUNDS (default 3) alternating
#    rounds, medians compared.
# Prints requests/s (track: acknowledged events/s) per line and the ratios, and for step 3 the
# share of both cores busy (everything on the machine: servers, PostgreSQL, wrk): what one process
# leaves idle is what a second one can add. The load average is printed, as these machines are
# shared.
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$bench/../.." && pwd)
source "$bench/lib.sh"
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
    local url
    url=$(server_url "$work/$name.log")
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
busy_from() {
    local u n s i w q sq st
    read -r _ u n s i w q sq st _ </proc/stat
    b0=$((u + n + s + q + sq + st))
    t0=$((b0 + i + w))
}
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

# migrate ANALYZEs; a VACUUM now keeps autovacuum's first pass over the copied tables out of
# the measurements.
/usr/lib/postgresql/15/bin/psql "$pg" -qc "VACUUM" >/dev/null
sqlite_url="sqlite:$work/sqlite/eventdesk.sqlite3"
search="/search?starts_at=2023-03-01T00:00:00Z&ends_at=2023-03-08T00:00:00Z"
declare -A result
echo "== one process: SQLite against PostgreSQL, $seconds s per line, 4 connections (load $(cut -d' ' -f1-3 /proc/loadavg))"
for backend in sqlite pg; do
    db=$sqlite_url
    [ $backend = pg ] && db=$pg
    start $backend --database "$db"
    url=$(eval echo "\$url_$backend")
    wrk -t1 -c1 -d1s "$url/api/v1/events" >/dev/null
    result[$backend,list]=$(wrk -t2 -c4 -d${seconds}s -s "$bench/uncached_events.lua" "$url" | rps)
    result[$backend,q]=$(wrk -t2 -c4 -d${seconds}s -s "$bench/q_search.lua" "$url" | rps)
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

# Step 3: the clients are the same in both cases, two wrk processes of 4 connections each (one
# per server when there are two, both on the one server otherwise), so only the number of
# server processes changes. Rounds alternate one and two; the medians are compared.
rounds=${ROUNDS:-3}
conns=${CONNECTIONS:-4}
both() { # KIND URL1 URL2: two clients at once; prints their sum
    local kind=$1 p1 p2
    if [ "$kind" = list ]; then
        (wrk -t1 -c$conns -d${seconds}s -s "$bench/uncached_events.lua" "$2" | rps >"$work/c1") &
        p1=$!
        (wrk -t1 -c$conns -d${seconds}s -s "$bench/uncached_events.lua" "$3" | rps >"$work/c2") &
        p2=$!
    else
        track "$2" 1 $conns >"$work/c1" &
        p1=$!
        track "$3" 1 $conns >"$work/c2" &
        p2=$!
    fi
    wait $p1 $p2
    awk '{s += $1} END {printf "%.0f\n", s}' "$work/c1" "$work/c2"
}
median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
echo "== PostgreSQL: one against two API processes, two clients of $conns connections, $rounds rounds (load $(cut -d' ' -f1-3 /proc/loadavg))"
: >"$work/rounds"
for round in $(seq "$rounds"); do
    for servers in one two; do
        start a --database "$pg"
        url2=$url_a
        if [ $servers = two ]; then
            start b --database "$pg"
            url2=$url_b
            wrk -t1 -c1 -d1s "$url_b/api/v1/events" >/dev/null
        fi
        wrk -t1 -c1 -d1s "$url_a/api/v1/events" >/dev/null
        for kind in list track; do
            busy_from
            value=$(both $kind "$url_a" "$url2")
            echo "$servers $kind $value $(busy_to)" >>"$work/rounds"
            printf '   round %s  %-5s %-5s %8s /s   cores busy %s\n' "$round" $servers $kind "$value" "$(tail -1 "$work/rounds" | cut -d' ' -f4)"
        done
        stop a
        if [ $servers = two ]; then stop b; fi
    done
done
for kind in list track; do
    one=$(awk -v k=$kind '$1 == "one" && $2 == k {print $3}' "$work/rounds" | median)
    two=$(awk -v k=$kind '$1 == "two" && $2 == k {print $3}' "$work/rounds" | median)
    printf '   %-6s median one %8s /s   two %8s /s   two/one %s\n' $kind "$one" "$two" \
        "$(awk -v a="$two" -v b="$one" 'BEGIN {printf "%.2f", a/b}')"
done
echo "   load after: $(cut -d' ' -f1-3 /proc/loadavg)"
