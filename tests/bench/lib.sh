# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Helpers for scenario scripts (source "$BENCH_DIR/lib.sh").

# wrk_summary LABEL WRK-ARGS...: runs wrk with --latency and prints one line:
#   LABEL: N req/s, p50 X, p90 Y, p99 Z, max W, errors E
# The full wrk output is kept in $BENCH_LAST_OUTPUT.
wrk_summary() {
    local label=$1
    shift
    BENCH_LAST_OUTPUT=$(wrk --latency "$@")
    local rps p50 p90 p99 max errors
    rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$BENCH_LAST_OUTPUT")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$BENCH_LAST_OUTPUT")
    p90=$(awk '$1 == "90%" {print $2}' <<<"$BENCH_LAST_OUTPUT")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$BENCH_LAST_OUTPUT")
    max=$(awk '$1 == "Latency" {print $4}' <<<"$BENCH_LAST_OUTPUT")
    errors=$(awk '/Non-2xx or 3xx responses:/ {print $5}
        /Socket errors:/ {print "sockets:" $4 $5 $6 $7 $8 $9 $10 $11}' <<<"$BENCH_LAST_OUTPUT" |
        paste -sd' ')
    printf '%s: %s req/s, p50 %s, p90 %s, p99 %s, max %s, errors %s\n' \
        "$label" "$rps" "$p50" "$p90" "$p99" "$max" "${errors:-0}"
}

# server_url LOG [TENTHS]: waits up to TENTHS tenths of a second (default 300) for an Eventdesk
# server started with --port 0 to write the URL it listens on into LOG, and prints the URL; if
# none comes, prints LOG on stderr and fails.
server_url() {
    local log=$1 tries=${2:-300} url=
    for _ in $(seq "$tries"); do
        url=$(grep -o 'http://127.0.0.1:[0-9]*' "$log" | head -1 || true)
        if [ -n "$url" ]; then
            echo "$url"
            return 0
        fi
        sleep 0.1
    done
    cat "$log" >&2
    return 1
}
