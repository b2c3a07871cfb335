#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Does /health keep answering fast while ~20 logins a second hash passwords (Argon2id, 19 MiB,
# 2 passes)? One command, one run, ratios taken within it:
#   - builds Release in build-rel if needed and starts the headless server on a free port with a
#     temporary --data-dir, then signs up one user;
#   - /health at full speed (wrk, HEALTH_CONNECTIONS connections): alone, then during logins;
#   - /health paced at HEALTH_RATE/s (latency at a steady load): alone, then during logins;
#   - logins are POST /api/v1/auth/login paced at LOGIN_RATE/s by tests/bench/paced.lua.
# Prints requests/s and latency percentiles of every run and the during/alone ratios.
#
# Usage: tests/bench/login_load.sh
#        (env: DURATION=10 LOGIN_RATE=20 HEALTH_RATE=500 HEALTH_CONNECTIONS=4 BUILD_DIR=build-rel)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="${BUILD_DIR:-$ROOT/build-rel}"
DURATION="${DURATION:-10}"
LOGIN_RATE="${LOGIN_RATE:-20}"
LOGIN_CONNECTIONS="${LOGIN_CONNECTIONS:-8}" # enough to keep the pace while logins queue
HEALTH_RATE="${HEALTH_RATE:-500}"
HEALTH_CONNECTIONS="${HEALTH_CONNECTIONS:-4}"
PACED="$ROOT/tests/bench/paced.lua"

command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is missing" >&2; exit 1; }

if [ ! -f "$BUILD/build.ninja" ]; then
    swagger=()
    [ -d "$ROOT/build/npm/node_modules/swagger-ui-dist" ] &&
        swagger=(-DEVENTDESK_SWAGGER_DIR="$ROOT/build/npm/node_modules/swagger-ui-dist")
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release "${swagger[@]}" >/dev/null
fi
cmake --build "$BUILD" --target eventdesk >/dev/null
BIN="$BUILD/app/eventdesk"

PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
DATA="$(mktemp -d)"
SERVER_PID=""
cleanup() {
    if [ -n "$SERVER_PID" ]; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$DATA"
}
trap cleanup EXIT

"$BIN" --headless --port "$PORT" --data-dir "$DATA" >"$DATA/server.log" 2>&1 &
SERVER_PID=$!
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 100); do
    curl -fs "$BASE/api/v1/health" >/dev/null 2>&1 && break
    sleep 0.1
done
curl -fs "$BASE/api/v1/health" >/dev/null || { cat "$DATA/server.log" >&2; exit 1; }

LOGIN_BODY='{"email":"bench@example.org","password":"correct horse battery staple"}'
status="$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
    -d "$LOGIN_BODY" "$BASE/api/v1/auth/signup")"
[ "$status" = 201 ] || { echo "signup failed: HTTP $status" >&2; exit 1; }
single_ms="$(for _ in 1 2 3 4 5; do
    curl -s -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' \
        -d "$LOGIN_BODY" "$BASE/api/v1/auth/login"
done | sort -n | sed -n 3p | awk '{printf "%d", $1 * 1000}')"

# Prints "req/s p50 p75 p90 p99 non2xx" (latencies in ms) from wrk --latency output.
summarize() {
    awk '
        function ms(v) {
            if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000
            if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0
            if (v ~ /m$/)  return substr(v, 1, length(v) - 1) * 60000
            if (v ~ /s$/)  return substr(v, 1, length(v) - 1) * 1000
            return v + 0
        }
        /^ +50%/ { p50 = ms($2) } /^ +75%/ { p75 = ms($2) }
        /^ +90%/ { p90 = ms($2) } /^ +99%/ { p99 = ms($2) }
        /^Requests\/sec/ { rps = $2 }
        /Non-2xx/ { bad = $NF }
        END { printf "%s %.3f %.3f %.3f %.3f %d\n", rps, p50, p75, p90, p99, bad }'
}
health_full() {
    wrk -t1 -c"$HEALTH_CONNECTIONS" -d"${DURATION}s" --latency "$BASE/api/v1/health" | summarize
}
health_paced() {
    PACE_RATE="$HEALTH_RATE" wrk -t1 -c"$HEALTH_CONNECTIONS" -d"${DURATION}s" --latency \
        -s "$PACED" "$BASE/api/v1/health" | summarize
}
# Runs "$@" (a /health measurement) while logins run; the logins start 2 s before and stop
# 2 s after it. The logins' summary goes to $DATA/logins.sum (this runs in a subshell).
during_logins() {
    local out="$DATA/logins.txt" pid result
    PACE_RATE="$LOGIN_RATE" PACE_METHOD=POST PACE_BODY="$LOGIN_BODY" \
        wrk -t1 -c"$LOGIN_CONNECTIONS" -d"$((DURATION + 4))s" --latency -s "$PACED" \
        "$BASE/api/v1/auth/login" >"$out" &
    pid=$!
    sleep 2
    result="$("$@")"
    wait "$pid"
    summarize <"$out" >"$DATA/logins.sum"
    echo "$result"
}
row() {
    local name="$1" rps p50 p75 p90 p99 bad
    read -r rps p50 p75 p90 p99 bad <<<"$2"
    printf '%-34s %10s %9s %9s %9s %9s %6s\n' "$name" "$rps" "$p50" "$p75" "$p90" "$p99" "$bad"
}
ratio() {
    local name="$1" a b
    read -r -a a <<<"$2"
    read -r -a b <<<"$3"
    awk -v n="$name" -v ar="${a[0]}" -v br="${b[0]}" -v a50="${a[1]}" -v b50="${b[1]}" \
        -v a99="${a[4]}" -v b99="${b[4]}" 'BEGIN {
            printf "%-34s req/s %.2fx, p50 %.2fx, p99 %.2fx\n", n, br / ar, b50 / a50, b99 / a99 }'
}

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')," \
     "$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo);" \
     "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Server: $BIN (Release), port $PORT; one login alone (median of 5): ${single_ms} ms"
echo "Logins paced at $LOGIN_RATE/s over up to $LOGIN_CONNECTIONS connections; /health paced" \
     "runs at $HEALTH_RATE/s; $HEALTH_CONNECTIONS connections for /health; ${DURATION} s per run"
echo

full_alone="$(health_full)"
full_loaded="$(during_logins health_full)"
logins_full="$(cat "$DATA/logins.sum")"
paced_alone="$(health_paced)"
paced_loaded="$(during_logins health_paced)"
logins_paced="$(cat "$DATA/logins.sum")"

printf '%-34s %10s %9s %9s %9s %9s %6s\n' "run" "req/s" "p50 ms" "p75 ms" "p90 ms" "p99 ms" "non2xx"
row "/health full speed, alone" "$full_alone"
row "/health full speed, during logins" "$full_loaded"
row "  logins meanwhile" "$logins_full"
row "/health ${HEALTH_RATE}/s, alone" "$paced_alone"
row "/health ${HEALTH_RATE}/s, during logins" "$paced_loaded"
row "  logins meanwhile" "$logins_paced"
echo
echo "during logins / alone:"
ratio "  /health full speed" "$full_alone" "$full_loaded"
ratio "  /health ${HEALTH_RATE}/s" "$paced_alone" "$paced_loaded"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
