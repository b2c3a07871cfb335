#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The benchmark harness: one command.
#
#   tests/bench/run.sh [SCENARIO...]     SCENARIO: health, login, events, collector, ... or all
#
# Builds Release into build-rel (only the eventdesk target), then for each scenario starts a
# fresh headless server on a free port with a temporary data folder, runs the scenario against
# it (wrk, bounded in time, 127.0.0.1 only) and stops the server.
#
# A scenario is a script tests/bench/<name>_load.sh, so each area adds its own without touching
# this file. It is run with these variables set and prints its own figures:
#   EVENTDESK_URL       base URL of the running server, e.g. http://127.0.0.1:40123
#   EVENTDESK_BIN       the Release binary
#   EVENTDESK_DATA_DIR  the server's data folder (its database is eventdesk.sqlite3)
#   BENCH_DURATION      how long each wrk run lasts (default 10s)
#   BENCH_THREADS, BENCH_CONNECTIONS  wrk -t and -c (defaults 2 and 32)
#   BENCH_DIR           this folder (for shared helpers such as lib.sh)
#   BUILD_DIR           the Release build folder
# A scenario may also ignore EVENTDESK_URL and start servers of its own (for example with other
# flags); the one run.sh started then just idles.
# Environment knobs: BUILD_DIR (default build-rel), BENCH_DURATION, BENCH_THREADS,
# BENCH_CONNECTIONS, SKIP_BUILD=1 (reuse an existing build).
set -euo pipefail
bench_dir=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$bench_dir/../.." && pwd)
build_dir=${BUILD_DIR:-$root/build-rel}
export BUILD_DIR=$build_dir
export BENCH_DURATION=${BENCH_DURATION:-10s}
export BENCH_THREADS=${BENCH_THREADS:-2}
export BENCH_CONNECTIONS=${BENCH_CONNECTIONS:-32}
export BENCH_DIR=$bench_dir

available() {
    for script in "$bench_dir"/*_load.sh; do
        [ -e "$script" ] && basename "$script" _load.sh
    done
}

scenarios=("$@")
if [ ${#scenarios[@]} -eq 0 ] || [ "${scenarios[0]}" = all ]; then
    mapfile -t scenarios < <(available)
fi
for name in "${scenarios[@]}"; do
    if [ ! -x "$bench_dir/${name}_load.sh" ]; then
        echo "run.sh: no scenario '$name' (tests/bench/${name}_load.sh); have: $(available | tr '\n' ' ')" >&2
        exit 2
    fi
done
command -v wrk >/dev/null || { echo "run.sh: wrk is not installed (make deps)" >&2; exit 2; }

if [ "${SKIP_BUILD:-0}" != 1 ]; then
    # The docs page's assets: make deps puts them in build/npm; else reuse what build/ uses.
    swagger=${EVENTDESK_SWAGGER_DIR:-$root/build/npm/node_modules/swagger-ui-dist}
    if [ ! -d "$swagger" ] && [ -f "$root/build/CMakeCache.txt" ]; then
        swagger=$(sed -n 's/^EVENTDESK_SWAGGER_DIR:PATH=//p' "$root/build/CMakeCache.txt")
    fi
    echo "== building Release into $build_dir"
    cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DEVENTDESK_SWAGGER_DIR="$swagger" >/dev/null
    cmake --build "$build_dir" --target eventdesk -j "$(nproc)" | tail -n 1
fi
export EVENTDESK_BIN=$build_dir/app/eventdesk

server=
data=
stop_server() {
    if [ -n "$server" ]; then
        kill -TERM "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
        server=
    fi
    [ -n "$data" ] && rm -rf "$data"
    data=
}
trap stop_server EXIT

start_server() {
    data=$(mktemp -d /tmp/eventdesk-bench.XXXXXX)
    env -u DISPLAY -u WAYLAND_DISPLAY "$EVENTDESK_BIN" --headless --port 0 --data-dir "$data" \
        >"$data/server.log" 2>&1 &
    server=$!
    EVENTDESK_URL=
    for _ in $(seq 1 300); do
        EVENTDESK_URL=$(grep -Eo 'http://127\.0\.0\.1:[0-9]+' "$data/server.log" | head -n1 || true)
        [ -n "$EVENTDESK_URL" ] && break
        kill -0 "$server" 2>/dev/null || break
        sleep 0.1
    done
    if [ -z "$EVENTDESK_URL" ]; then
        cat "$data/server.log" >&2
        echo "run.sh: the server did not start" >&2
        exit 1
    fi
    export EVENTDESK_URL EVENTDESK_DATA_DIR=$data
}

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -n1),"\
    "$(uname -sr), $(wrk --version 2>&1 | head -n1 | cut -d' ' -f1-2)"
echo "wrk: ${BENCH_THREADS} threads, ${BENCH_CONNECTIONS} connections, ${BENCH_DURATION} per run"
for name in "${scenarios[@]}"; do
    echo
    echo "== scenario: $name"
    start_server
    "$bench_dir/${name}_load.sh"
    stop_server
done
