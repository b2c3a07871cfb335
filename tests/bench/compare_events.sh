#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# One client at a time, the uncached and the cached first page of GET /api/v1/events over
# 100,000 generated events, builds alternated ROUNDS times (default 3), 5 s per line:
#   tests/bench/compare_events.sh before=OLD/app/eventdesk after=NEW/app/eventdesk
# Prints req/s, p50 and the server's CPU time per request (utime + stime / requests), with the
# load average. Each build generates its own data (same seed): a newer build migrates a file.
set -euo pipefail
bench_dir=$(cd "$(dirname "$0")" && pwd)
rounds=${ROUNDS:-3}
data=$(mktemp -d /tmp/events-cmp.XXXXXX)
trap 'rm -rf "$data"' EXIT
for spec in "$@"; do
    mkdir -p "$data/${spec%%=*}"
    "${spec#*=}" generate --data-dir "$data/${spec%%=*}" >/dev/null
done
one() { # label binary
    "$2" --headless --port 0 --data-dir "$data/$1" >"$data/log" 2>&1 &
    local pid=$! url=
    for _ in $(seq 100); do url=$(grep -o 'http://127.0.0.1:[0-9]*' "$data/log" | head -1 || true); [ -n "$url" ] && break; sleep 0.1; done
    wrk -t1 -c1 -d1s -s "$bench_dir/uncached_events.lua" "$url" >/dev/null
    for page in uncached cached; do
        local before after out n
        before=$(awk '{print $14+$15}' /proc/$pid/stat)
        if [ $page = uncached ]; then out=$(wrk --latency -t1 -c1 -d5s -s "$bench_dir/uncached_events.lua" "$url")
        else out=$(wrk --latency -t1 -c1 -d5s "$url/api/v1/events"); fi
        after=$(awk '{print $14+$15}' /proc/$pid/stat)
        n=$(awk '/requests in/ {print $1}' <<<"$out")
        printf '%-8s %-9s %9s req/s  p50 %-8s  server CPU %s us/request  load %s\n' "$1" $page \
            "$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")" "$(awk '$1 == "50%" {print $2}' <<<"$out")" \
            "$(awk -v a=$after -v b=$before -v n=$n -v hz=$(getconf CLK_TCK) 'BEGIN {printf "%.1f", (a-b)*1e6/hz/n}')" \
            "$(cut -d' ' -f1 /proc/loadavg)"
    done
    kill $pid; wait $pid 2>/dev/null || true
}
for _ in $(seq "$rounds"); do
    for spec in "$@"; do one "${spec%%=*}" "${spec#*=}"; done
done
