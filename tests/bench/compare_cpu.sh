#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Compares builds by the server's CPU time per request (stable on a shared, loaded machine,
# where req/s is not): tests/bench/compare_cpu.sh before=OLD/app/eventdesk after=NEW/app/eventdesk
# Each build generates the same data (same seed) into its own folder (a newer build migrates a
# file, which an older one then refuses); each round starts each binary in turn; DUR per scenario
# (default 4s). Prints the load average before each run.
set -euo pipefail
bench_dir=$(cd "$(dirname "$0")" && pwd)
D=${DUR:-4s}
data=$(mktemp -d /tmp/pipe-cmp.XXXXXX)
for spec in "$@"; do
    label=${spec%%=*}; bin=${spec#*=}
    mkdir -p "$data/$label"
    "$bin" generate --events 20000 --users 2000 --participants 2000 --data-dir "$data/$label" >/dev/null
    key=$("$bin" apps create bench --data-dir "$data/$label" 2>/dev/null)
    cat >"$data/$label/track.lua" <<LUA
local n = 0
request = function()
    n = n + 1
    local body = string.format('{"session_id":"s%d","category":"page","name":"view","data":{},"timestamp":"2026-01-01T00:00:00Z"}', n % 1000)
    return wrk.format("POST", "/api/v1/track", {["Content-Type"]="application/json", ["Authorization"]="Bearer $key"}, body)
end
LUA
done
cpu() { awk '{print $14+$15}' /proc/$pid/stat; }
run() { # label wrk-args
    local before after out n
    before=$(cpu)
    out=$(wrk --latency -t2 -c16 -d"$D" "${@:2}")
    after=$(cpu)
    n=$(awk '/requests in/ {print $1}' <<<"$out")
    printf '  %-22s %10s req/s  p99 %-9s non2xx %-6s server CPU %s us/request\n' "$1" "$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")" \
        "$(awk '$1 == "99%" {print $2}' <<<"$out")" "$(awk '/Non-2xx/ {print $5}' <<<"$out")" \
        "$(awk -v a=$before -v b=$after -v n=$n -v hz=$(getconf CLK_TCK) 'BEGIN {printf "%.1f", (b-a)*1e6/hz/n}')"
}
for round in 1 2 3; do
  for spec in "$@"; do
    label=${spec%%=*}; bin=${spec#*=}
    "$bin" --headless --port 0 --data-dir "$data/$label" >"$data/log" 2>&1 &
    pid=$!
    url=; for _ in $(seq 100); do url=$(grep -o 'http://127.0.0.1:[0-9]*' "$data/log" | head -1 || true); [ -n "$url" ] && break; sleep 0.1; done
    echo "round $round $label (load $(cut -d' ' -f1-3 /proc/loadavg))"
    run health "$url/api/v1/health"
    run events-cached "$url/api/v1/events"
    run events-uncached -s "$bench_dir/uncached_events.lua" "$url"
    run track-single -s "$data/$label/track.lua" "$url"
    kill $pid; wait $pid 2>/dev/null || true
  done
done
rm -rf "$data"
