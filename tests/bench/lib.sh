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
