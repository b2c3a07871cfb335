#!/bin/bash
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL 15 cluster for the `pg` tests (Debian's postgresql-15), never a mock.
#   cluster.sh start STATE   initdb + pg_ctl start; writes STATE/conninfo
#   cluster.sh stop STATE    stops it and removes its files
#   cluster.sh pause STATE   stops the server, keeping its data (a database restart in a test)
#   cluster.sh resume STATE  starts it again on the same data and socket
# It listens on a Unix socket in a private temporary folder only (no TCP port), with trust
# authentication for the socket's owner; fsync is off (a test cluster need not survive power
# loss; EVENTDESK_PG_FSYNC=on turns it on, for benchmarks). As root it runs as the `postgres`
# system user (initdb refuses root).
set -euo pipefail
cmd=${1:?start or stop}
state=${2:?state folder}
bin=/usr/lib/postgresql/15/bin
run=()
if [ "$(id -u)" = 0 ]; then
    run=(runuser -u postgres --)
fi

stop() {
    [ -f "$state/datadir" ] || return 0
    local data sock
    data=$(cat "$state/datadir")
    sock=$(cat "$state/socketdir")
    if [ -f "$data/postmaster.pid" ]; then
        "${run[@]}" "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$data" "$sock" "$state/datadir" "$state/socketdir" "$state/conninfo"
}

serve() {
    local data sock
    data=$(cat "$state/datadir")
    sock=$(cat "$state/socketdir")
    "${run[@]}" "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
        -o "-c listen_addresses='' -k $sock -p 5432 -c fsync=${EVENTDESK_PG_FSYNC:-off} -c max_connections=200" \
        start >/dev/null || { cat "$data/server.log"; exit 1; }
}

case $cmd in
pause)
    "${run[@]}" "$bin/pg_ctl" -D "$(cat "$state/datadir")" -m fast -w stop >/dev/null
    ;;
resume)
    serve
    ;;
start)
    stop
    mkdir -p "$state"
    # Short paths under /tmp: a socket path must fit in 107 bytes, and the server's user must
    # reach its folders (a checkout under /root would not do).
    data=$(mktemp -d /tmp/eventdesk-pg-data.XXXXXX)
    sock=$(mktemp -d /tmp/eventdesk-pg-sock.XXXXXX)
    echo "$data" >"$state/datadir"
    echo "$sock" >"$state/socketdir"
    if [ "$(id -u)" = 0 ]; then
        chown postgres "$data" "$sock"
    fi
    chmod 700 "$data" "$sock"
    "${run[@]}" "$bin/initdb" -D "$data" --auth=trust -U eventdesk -E UTF8 --locale=C.UTF-8 \
        >"$state/initdb.log" 2>&1 || { cat "$state/initdb.log"; exit 1; }
    serve
    echo "host=$sock port=5432 user=eventdesk dbname=postgres" >"$state/conninfo"
    echo "PostgreSQL test cluster up: $(cat "$state/conninfo")"
    ;;
stop)
    stop
    ;;
*)
    echo "usage: $0 start|stop|pause|resume STATE" >&2
    exit 2
    ;;
esac
