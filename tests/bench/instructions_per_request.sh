#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Instructions per request of the server, per build, and their ratio: a figure that does not
# move with the machine's load (CPU time and req/s do, on a shared machine).
#   tests/bench/instructions_per_request.sh before=OLD/app/eventdesk after=NEW/app/eventdesk
# Each build generates the same data (same seed, EVENTS events, default 20,000) into its own
# folder and runs headless under callgrind (valgrind; user-space instructions of every thread
# of the server, the kernel's are not counted). ROUNDS rounds (default 2) start the builds in
# turn; the lowest count of the rounds is reported. Per scenario it sends WARMUP requests, zeroes
# the counters, sends exactly N requests over one keep-alive connection
# (tests/bench/fixed_requests.py), dumps the counters and divides. Scenarios (SCENARIOS to pick):
# health, events-cached, events-uncached, track-single, track-batch (100 events), login. Login
# runs LOGINS requests (Argon2id dominates it). Time-driven work (the webhook dispatcher's poll,
# the connection sweep) is not counted. KEEP=DIR keeps the callgrind files there, for
# callgrind_annotate (the lowest round's file per build and scenario: DIR/LABEL.SCENARIO.out).
set -euo pipefail
bench_dir=$(cd "$(dirname "$0")" && pwd)
source "$bench_dir/lib.sh"
N=${N:-400}
WARMUP=${WARMUP:-40}
LOGINS=${LOGINS:-4}
ROUNDS=${ROUNDS:-2}
EVENTS=${EVENTS:-20000}
SCENARIOS=${SCENARIOS:-health events-cached events-uncached track-single track-batch login}
for tool in valgrind callgrind_control python3 curl; do
    command -v $tool >/dev/null || { echo "$tool is missing (apt-get install valgrind python3 curl)" >&2; exit 1; }
done
[ $# -ge 1 ] || { echo "usage: $0 LABEL=BINARY [LABEL=BINARY ...]" >&2; exit 2; }
data=$(mktemp -d /tmp/ipr.XXXXXX)
server=
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
    rm -rf "$data"
}
trap cleanup EXIT
if [ -n "${KEEP:-}" ]; then mkdir -p "$KEEP"; fi

# total Ir of a callgrind dump
total() { awk '/^(summary|totals):/ {print $2; exit}' "$1"; }

declare -A result key
for spec in "$@"; do
    label=${spec%%=*} bin=${spec#*=}
    mkdir -p "$data/$label"
    "$bin" generate --events "$EVENTS" --data-dir "$data/$label" >/dev/null
    key[$label]=$("$bin" apps create bench --data-dir "$data/$label" 2>/dev/null)
done

# One round: every build in turn, every scenario; the lowest count of the rounds is kept (what
# else runs in the process, the event loop's and the timers' work, only ever adds).
for round in $(seq "$ROUNDS"); do
for spec in "$@"; do
    label=${spec%%=*} bin=${spec#*=}
    dir=$data/$label
    # Builds with registration modes (issue 9) refuse sign-up once generated users exist.
    flags=()
    if "$bin" --help 2>/dev/null | grep -q -- --registration; then flags=(--registration open); fi
    # Work that runs on a timer whether requests come or not (the webhook dispatcher's 2 s poll,
    # the connection sweep) is left out: a run under callgrind is slow, so it would see more.
    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file="$dir/cg.%p" \
        --toggle-collect='*WebhookDispatcher::Worker::pass*' \
        --toggle-collect='*ConnectionGuard::sweep*' --collect-atstart=yes \
        "$bin" --headless --port 0 --data-dir "$dir" "${flags[@]}" >"$dir/log" 2>&1 &
    server=$!
    dumps=0
    url=$(server_url "$dir/log" 1200)
    callgrind_control -i on "$server" >/dev/null 2>&1
    curl -s -o /dev/null -H 'Content-Type: application/json' \
        -d '{"email":"bench@example.org","password":"correct horse battery staple"}' \
        "$url/api/v1/auth/signup"
    for scenario in $SCENARIOS; do
        n=$N
        [ "$scenario" = login ] && n=$LOGINS
        warm=$WARMUP
        [ "$scenario" = login ] && warm=1
        python3 "$bench_dir/fixed_requests.py" "$url" "$scenario" "$warm" --key "${key[$label]}" \
            --offset $((1000000 * round))
        callgrind_control -z "$server" >/dev/null 2>&1
        python3 "$bench_dir/fixed_requests.py" "$url" "$scenario" "$n" --key "${key[$label]}" \
            --offset $((1000000 * round + 10000))
        callgrind_control -d "$label.$scenario" "$server" >/dev/null 2>&1
        dumps=$((dumps + 1))
        file=$dir/cg.$server.$dumps
        ir=$(awk -v i="$(total "$file")" -v n="$n" 'BEGIN {printf "%.0f", i / n}')
        printf 'round %d %-10s %-16s %12s instructions/request (%d requests)\n' "$round" "$label" \
            "$scenario" "$ir" "$n"
        old=${result[$label.$scenario]:-}
        if [ -z "$old" ] || [ "$ir" -lt "$old" ]; then
            result[$label.$scenario]=$ir
            if [ -n "${KEEP:-}" ]; then cp "$file" "$KEEP/$label.$scenario.out"; fi
        fi
    done
    kill "$server"
    wait "$server" 2>/dev/null || true
    server=
done
done

first=${1%%=*}
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
    "$(valgrind --version); events: $EVENTS, N=$N (login: $LOGINS), warm-up $WARMUP," \
    "lowest of $ROUNDS rounds"
printf '%-16s' scenario
for spec in "$@"; do printf ' %14s' "${spec%%=*}"; done
for spec in "${@:2}"; do printf ' %10s' "${spec%%=*}/$first"; done
echo
for scenario in $SCENARIOS; do
    printf '%-16s' "$scenario"
    for spec in "$@"; do printf ' %14s' "${result[${spec%%=*}.$scenario]}"; done
    for spec in "${@:2}"; do
        printf ' %10s' "$(awk -v a="${result[${spec%%=*}.$scenario]}" -v b="${result[$first.$scenario]}" \
            'BEGIN {printf "%.3f", a / b}')"
    done
    echo
done
