#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Two builds of the server on PostgreSQL, one process each, in alternating rounds on 127.0.0.1:
#   tests/bench/backends_ab.sh before=OLD/app/eventdesk after=NEW/app/eventdesk [EVENTS=20000]
# Generates EVENTS events, a provider feed (for /search) and an app into one SQLite folder, then
# each build `migrate`s it into a database of its own (each build's own schema) in one
# throwaway PostgreSQL 15 cluster (tests/pg/cluster.sh). ROUNDS rounds (default 3), SECONDS s per
# line (default 5), wrk -t2 -c8: the events list (uncached pages), a q text search, /search and
# single-event /track (acknowledged events/s). Prints each round's line per build; compare the
# builds within a round (these machines are shared and noisy).
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$bench/../.." && pwd)
source "$bench/lib.sh"
rounds=${ROUNDS:-3}
seconds=${SECONDS_PER_LINE:-5}
events=${EVENTS:-20000}
labels=()
declare -A binary
for arg in "$@"; do
    labels+=("${arg%%=*}")
    binary[${arg%%=*}]=$(realpath "${arg#*=}")
done
[ ${#labels[@]} -ge 1 ] || { echo "usage: $0 LABEL=BINARY [LABEL=BINARY ...]" >&2; exit 2; }
work=$(mktemp -d /tmp/eventdesk-ab.XXXXXX)
pid=
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
    wait 2>/dev/null || true
    "$root/tests/pg/cluster.sh" stop "$work/pg" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
rps() { awk '/^Requests\/sec:/ {printf "%.0f", $2}'; }

first=${binary[${labels[0]}]}
"$first" generate --events "$events" --data-dir "$work/sqlite" >/dev/null
python3 "$bench/genprovider.py" --plans 2000 --zones 3 >"$work/feed.xml"
"$first" import "$work/feed.xml" --data-dir "$work/sqlite" >/dev/null
key=$("$first" apps create bench --data-dir "$work/sqlite" 2>/dev/null | head -1)
"$root/tests/pg/cluster.sh" start "$work/pg" >/dev/null
conninfo=$(cat "$work/pg/conninfo")
sock=$(sed 's/.*host=\([^ ]*\).*/\1/' <<<"$conninfo")
for label in "${labels[@]}"; do
    /usr/lib/postgresql/15/bin/psql "$conninfo" -qc "CREATE DATABASE \"ab_$label\""
    "${binary[$label]}" migrate --to "postgresql://eventdesk@/ab_$label?host=$sock&port=5432" \
        --data-dir "$work/sqlite" >/dev/null
done
search="/api/v1/search?starts_at=2023-03-01T00:00:00Z&ends_at=2023-03-08T00:00:00Z"
echo "== $events events, wrk -t2 -c8, $seconds s per line, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq "$rounds"); do
    for label in "${labels[@]}"; do
        "${binary[$label]}" --headless --port 0 --registration open --data-dir "$work/state" \
            --database "postgresql://eventdesk@/ab_$label?host=$sock&port=5432" >"$work/server.log" 2>&1 &
        pid=$!
        url=$(server_url "$work/server.log")
        wrk -t1 -c1 -d1s "$url/api/v1/events" >/dev/null
        list=$(wrk -t2 -c8 -d${seconds}s -s "$bench/uncached_events.lua" "$url" | rps)
        q=$(wrk -t2 -c8 -d${seconds}s -s "$bench/q_search.lua" "$url" | rps)
        found=$(wrk -t2 -c8 -d${seconds}s "$url$search" | rps)
        track=$(EVENTDESK_KEY=$key EVENTDESK_BATCH=1 EVENTDESK_TRACK_SECONDS=$seconds \
            wrk -t2 -c8 -d$((seconds + 1))s -s "$bench/collector_track.lua" "$url/api/v1/track" 2>/dev/null |
            sed -nE 's/^LUA .*acked_events=([0-9]+).*track_seconds=([0-9.]+).*/\1 \2/p' |
            awk '{events += $1; if ($2 > t) t = $2} END {printf "%.0f", events / t}')
        printf 'round %s  %-8s list %6s /s   q %6s /s   /search %6s /s   track %6s ev/s\n' \
            "$round" "$label" "$list" "$q" "$found" "$track"
        kill "$pid"
        wait "$pid" 2>/dev/null || true
        pid=
    done
done
echo "   load after: $(cut -d' ' -f1-3 /proc/loadavg)"
