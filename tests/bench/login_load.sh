#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# /health latency with and without ~20 logins a second (Argon2id, 19 MiB, 2 passes), in one run.
# Builds Release in build-rel if needed, starts the headless server on a free port with a
# temporary --data-dir, signs up one user, then:
#   1. baseline: wrk against GET /api/v1/health alone;
#   2. loaded: the same wrk against /health while a second wrk logs in ~20 times a second.
# Prints requests/s and latency percentiles of both and their ratio.
#
# Usage: tests/bench/login_load.sh     (env: DURATION=10 LOGIN_RATE=20 HEALTH_CONNECTIONS=4)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="${BUILD_DIR:-$ROOT/build-rel}"
DURATION="${DURATION:-10}"
LOGIN_RATE="${LOGIN_RATE:-20}"
LOGIN_CONNECTIONS="${LOGIN_CONNECTIONS:-8}" # enough to keep the pace while logins queue
HEALTH_CONNECTIONS="${HEALTH_CONNECTIONS:-4}"

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
    [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
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

EMAIL="bench@example.org"
PASSWORD="correct horse battery staple"
export LOGIN_BODY="{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}"
status="$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
    -d "$LOGIN_BODY" "$BASE/api/v1/auth/signup")"
[ "$status" = 201 ] || { echo "signup failed: HTTP $status" >&2; exit 1; }

# One login alone, for the record (median of 5).
single_ms="$(for _ in 1 2 3 4 5; do
    curl -s -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' \
        -d "$LOGIN_BODY" "$BASE/api/v1/auth/login"
done | sort -n | sed -n 3p | awk '{printf "%d", $1 * 1000}')"
export LOGIN_RATE

# Prints "req_s p50 p75 p90 p99" (latencies in ms) from wrk --latency output.
summarize() {
    awk '
        function ms(v) {
            if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000
            if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0
            if (v ~ /s$/)  return substr(v, 1, length(v) - 1) * 1000
            return v + 0
        }
        /^ +50%/ { p50 = ms($2) } /^ +75%/ { p75 = ms($2) }
        /^ +90%/ { p90 = ms($2) } /^ +99%/ { p99 = ms($2) }
        /^Requests\/sec/ { rps = $2 }
        /Non-2xx/ { bad = $NF }
        END { printf "%s %.3f %.3f %.3f %.3f %d\n", rps, p50, p75, p90, p99, bad }'
}

health() {
    wrk -t1 -c"$HEALTH_CONNECTIONS" -d"${DURATION}s" --latency "$BASE/api/v1/health"
}

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"\
     "$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Server: $BIN (Release), port $PORT; one login alone: ${single_ms} ms;" \
     "logins paced at $LOGIN_RATE/s over up to $LOGIN_CONNECTIONS connections (tests/bench/login.lua)"
echo

baseline="$(health | summarize)"

# The login load runs 2 s longer on both sides so it covers the whole /health window.
LOGIN_OUT="$DATA/login.txt"
wrk -t1 -c"$LOGIN_CONNECTIONS" -d"$((DURATION + 4))s" --latency -s "$ROOT/tests/bench/login.lua" \
    "$BASE/api/v1/auth/login" >"$LOGIN_OUT" &
LOGIN_PID=$!
sleep 2
loaded="$(health | summarize)"
wait "$LOGIN_PID"
logins="$(summarize <"$LOGIN_OUT")"

read -r b_rps b_p50 b_p75 b_p90 b_p99 b_bad <<<"$baseline"
read -r l_rps l_p50 l_p75 l_p90 l_p99 l_bad <<<"$loaded"
read -r g_rps g_p50 g_p75 g_p90 g_p99 g_bad <<<"$logins"

printf '%-28s %10s %9s %9s %9s %9s %6s\n' "run" "req/s" "p50 ms" "p75 ms" "p90 ms" "p99 ms" "non2xx"
printf '%-28s %10s %9s %9s %9s %9s %6s\n' "/health alone" "$b_rps" "$b_p50" "$b_p75" "$b_p90" "$b_p99" "$b_bad"
printf '%-28s %10s %9s %9s %9s %9s %6s\n' "/health during logins" "$l_rps" "$l_p50" "$l_p75" "$l_p90" "$l_p99" "$l_bad"
printf '%-28s %10s %9s %9s %9s %9s %6s\n' "logins (concurrent)" "$g_rps" "$g_p50" "$g_p75" "$g_p90" "$g_p99" "$g_bad"
echo
awk -v br="$b_rps" -v lr="$l_rps" -v b50="$b_p50" -v l50="$l_p50" -v b99="$b_p99" -v l99="$l_p99" \
    'BEGIN { printf "ratio during/alone: req/s %.2f, p50 %.2fx, p99 %.2fx\n", lr / br, l50 / b50, l99 / b99 }'
echo "login rate achieved: $g_rps/s (target $LOGIN_RATE/s); load after: $(cut -d' ' -f1-3 /proc/loadavg)"
