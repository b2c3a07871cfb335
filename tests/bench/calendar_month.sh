#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The month view over 100,000 events, one command: tests/bench/calendar_month.sh [events]
# Generates a database (eventdesk generate), then runs calendarbench offscreen three times:
# a month ready on screen (target < 100 ms) and switching months (target < 50 ms).
# BUILD=build uses an existing debug build instead of building Release into build-rel.
set -euo pipefail
cd "$(dirname "$0")/../.."
EVENTS=${1:-100000}
BUILD=${BUILD:-build-rel}
[ -f "$BUILD/CMakeCache.txt" ] || cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD" --target calendarbench >/dev/null
# Offscreen for every step (generating too: calendarbench is a QApplication).
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
DATA=$(mktemp -d /tmp/eventdesk-calendar.XXXXXX)
trap 'rm -rf "$DATA"' EXIT
# The same data as `eventdesk generate --events N` (Storage::generateSampleData).
"$BUILD/tests/ui/calendarbench" --data-dir "$DATA" --generate "$EVENTS" --switches 0 | head -1
for run in 1 2 3; do
    echo "run $run:"
    "$BUILD/tests/ui/calendarbench" --data-dir "$DATA" --switches 24 | sed 's/^/   /'
done
