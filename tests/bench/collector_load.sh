#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The collector scenario of tests/bench/run.sh: ignores the server run.sh started and runs the
# collector's own benchmarks (each starts its servers): ingest vs /health with the stored-count
# check, the SIGKILL crash test and the GUI event-loop lag. COLLECTOR_QUERIES=1 adds the query
# benchmark at 2 million rows.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
seconds=${BENCH_DURATION:-10s}
seconds=${seconds%s}
EVENTDESK_BENCH_REBUILD=0 "$here/collector.sh" "$seconds"
"$here/collector_crash.sh" 5
"$here/collector_guilag.sh" "$seconds"
if [ "${COLLECTOR_QUERIES:-0}" = 1 ]; then "$here/collector_queries.sh" 2000000; fi
