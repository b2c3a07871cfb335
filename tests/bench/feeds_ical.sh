#!/bin/sh
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Feed import memory and time, one command:  tests/bench/feeds_ical.sh [build-dir] [ics-MB] [plans]
# Generates a large .ics (default 50 MB, genics.py) and a provider feed (default 100,000 plans x
# 10 zones, genprovider.py), imports each with 'eventdesk import' into a fresh database and
# prints wall time, CPU time and peak RSS (/usr/bin/time -v), and the peak as a multiple of the
# file's size. Targets (issue 11): the .ics peaks under 3x its size and under 200 MB (checked:
# the script exits 1 when the .ics import misses them); the provider import keeps its speed.
set -eu
BUILD=${1:-build}
MB=${2:-50}
PLANS=${3:-100000}
HERE=$(cd "$(dirname "$0")" && pwd)
EVENTDESK=$(cd "$BUILD" && pwd)/app/eventdesk
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT INT TERM

echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {print int($2/1024) " MiB"}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
python3 "$HERE/genics.py" --mb "$MB" > "$WORK/big.ics"
python3 "$HERE/genprovider.py" --plans "$PLANS" --zones 10 > "$WORK/feed.xml"

measure() { # label, file, then the command
    label=$1; file=$2; shift 2
    /usr/bin/time -v "$@" > "$WORK/out" 2> "$WORK/time" || { cat "$WORK/out" "$WORK/time"; exit 1; }
    sed 's/^/   /' "$WORK/out"
    size=$(du -m "$file" | cut -f1)
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$WORK/time")
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$WORK/time")
    cpu=$(awk -F': ' '/User time|System time/ {t += $2} END {printf "%.2f", t}' "$WORK/time")
    echo "   $label ($size MB): wall $wall, CPU $cpu s, peak RSS $rss MB ($(awk -v r="$rss" -v s="$size" 'BEGIN {printf "%.1f", r / s}')x the file)"
}

echo "== .ics import"
measure "ics import" "$WORK/big.ics" "$EVENTDESK" import "$WORK/big.ics" --data-dir "$WORK/ics" \
    --from 2024-01-01 --to 2029-01-01
ICS_RSS=$rss ICS_SIZE=$size
echo "== provider import"
measure "provider import" "$WORK/feed.xml" "$EVENTDESK" import "$WORK/feed.xml" --data-dir "$WORK/xml"

if [ "$ICS_RSS" -lt $((3 * ICS_SIZE)) ] && [ "$ICS_RSS" -lt 200 ]; then
    echo "== .ics target met: peak $ICS_RSS MB < 3 x $ICS_SIZE MB and < 200 MB"
else
    echo "== .ics target MISSED: peak $ICS_RSS MB, needs < 3 x $ICS_SIZE MB and < 200 MB"
    exit 1
fi
