#!/bin/sh
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# run.sh scenario "feeds": the feed import benchmark (tests/bench/feeds.sh). It starts its own
# server on the imported database, so the one run.sh started just idles.
exec "$BENCH_DIR/feeds.sh" "$BUILD_DIR"
