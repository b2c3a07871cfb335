#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang-14 (AddressSanitizer + UndefinedBehaviorSanitizer) in
# their own build directory and runs each for SECONDS seconds on its committed seed corpus.
#   tests/fuzz/run.sh [SECONDS] [TARGET...]      (default: 30 s, every target)
# New inputs go to $FUZZ_WORK (default build-fuzz/work/<target>), never into the committed
# corpus; a crash leaves its input in build-fuzz/artifacts/ and fails the script. A unit may take
# up to 60 s (a shared, loaded CI machine starves the process; no input needs a second alone).
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_EACH=${1:-30}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(fuzz_jsonview fuzz_providerxml fuzz_icalendar fuzz_jsonapi fuzz_framing)
BUILD=${FUZZ_BUILD_DIR:-build-fuzz}
WORK=${FUZZ_WORK:-$BUILD/work}
JOBS=${JOBS:-2}

SAN="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
if [ ! -f "$BUILD/build.ninja" ]; then
    CC=clang-14 CXX=clang++-14 cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DEVENTDESK_FUZZ_ONLY=ON -DCMAKE_CXX_FLAGS="$SAN" >/dev/null
fi
cmake --build "$BUILD" -j "$JOBS" --target "${TARGETS[@]}"

mkdir -p "$BUILD/artifacts"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
status=0
for target in "${TARGETS[@]}"; do
    corpus=tests/fuzz/corpus/${target#fuzz_}
    mkdir -p "$WORK/$target"
    echo "== $target: ${SECONDS_EACH}s, seeds in $corpus"
    if ! "$BUILD/tests/fuzz/$target" -max_total_time="$SECONDS_EACH" -timeout=60 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$BUILD/artifacts/$target-" \
        "$WORK/$target" "$corpus" 2>"$BUILD/$target.log"; then
        status=1
        echo "!! $target failed; see $BUILD/$target.log and $BUILD/artifacts/"
        tail -40 "$BUILD/$target.log"
    else
        grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ *DONE)' "$BUILD/$target.log" || true
    fi
done
exit $status
