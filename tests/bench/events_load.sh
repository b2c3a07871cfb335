#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The events scenario of tests/bench/run.sh: events.sh generates its own 100,000-event database
# and starts its own server (the one run.sh started idles meanwhile).
set -euo pipefail
SKIP_BUILD=1 exec "$BENCH_DIR/events.sh"
