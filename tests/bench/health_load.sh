#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# GET /api/v1/health: the ceiling of the HTTP stack (no database), kept-alive connections.
set -euo pipefail
source "$BENCH_DIR/lib.sh"
wrk_summary "GET /api/v1/health (c=$BENCH_CONNECTIONS)" -t "$BENCH_THREADS" -c "$BENCH_CONNECTIONS" \
    -d "$BENCH_DURATION" "$EVENTDESK_URL/api/v1/health"
wrk_summary "GET /api/v1/health (c=1)" -t 1 -c 1 -d "$BENCH_DURATION" "$EVENTDESK_URL/api/v1/health"
