#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The collector's group commit on SQLite against PostgreSQL, in one run (issue 13):
#   tests/bench/collector_pg.sh [seconds per run, default 10]
# Store level, without HTTP (the server does not take --database yet): collectorstorebench
# writes events that each carry a client event id, in commits of 1 event (a single /track
# that the TrackWriter could not group with others) and of 100 events (a batched /track), with
# one writer, and on PostgreSQL also with two writers on their own connections (two server
# processes sharing the database). Each run starts on an empty database and checks that every
# acknowledged event is stored. PostgreSQL is a throwaway cluster (tests/pg/cluster.sh) with
# fsync on (EVENTDESK_PG_FSYNC=on): commits wait for the WAL flush (synchronous_commit = on,
# its default), while SQLite's writer uses WAL with synchronous = NORMAL, its default (durable against a crash
# of the process, not a power cut); `sqlite sync=full` (`--collector sync=full`) fsyncs every
# commit, as PostgreSQL does.
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${1:-10}
BUILD=${EVENTDESK_BENCH_BUILD:-build-rel}
[ -f "$BUILD/CMakeCache.txt" ] || cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD" --target collectorstorebench >/dev/null
case $BUILD in /*) BENCH=$BUILD/tests/pg/collectorstorebench ;; *) BENCH=$PWD/$BUILD/tests/pg/collectorstorebench ;; esac
STATE=$(mktemp -d /tmp/eventdesk-bench-pg.XXXXXX)
DATA=$(mktemp -d /tmp/eventdesk-bench.XXXXXX)
trap 'tests/pg/cluster.sh stop "$STATE" >/dev/null 2>&1 || true; rm -rf "$STATE" "$DATA"' EXIT
EVENTDESK_PG_FSYNC=on tests/pg/cluster.sh start "$STATE" >/dev/null
ADMIN=$(cat "$STATE/conninfo")
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "PostgreSQL $(psql "$ADMIN" -qAt -c 'SHOW server_version'), fsync $(psql "$ADMIN" -qAt -c 'SHOW fsync'), synchronous_commit $(psql "$ADMIN" -qAt -c 'SHOW synchronous_commit'); SQLite $(sqlite3 --version | cut -d' ' -f1)"
for batch in 1 100; do
    echo "== $batch event(s) per commit, ${DURATION}s"
    rm -f "$DATA"/bench.sqlite3*
    printf '   %-24s' "sqlite, 1 writer:"
    "$BENCH" "sqlite:$DATA/bench.sqlite3" "$DURATION" "$batch" 1
    rm -f "$DATA"/bench.sqlite3*
    printf '   %-24s' "sqlite sync=full:"
    "$BENCH" "sqlite:$DATA/bench.sqlite3" "$DURATION" "$batch" 1 full
    for writers in 1 2; do
        psql "$ADMIN" -qAt -o /dev/null -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS bench WITH (FORCE)" -c "CREATE DATABASE bench" >/dev/null
        printf '   %-24s' "postgresql, $writers writer(s):"
        "$BENCH" "${ADMIN/dbname=postgres/dbname=bench}" "$DURATION" "$batch" "$writers"
    done
done
