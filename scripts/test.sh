#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds sipref and runs every test headless:
#   1. the normal build and the whole ctest suite;
#   2. the same suite built with AddressSanitizer and UndefinedBehaviorSanitizer;
#   3. a short libFuzzer run over the inspection path (SIPREF_FUZZ_SECONDS, default 60).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
export QT_QPA_PLATFORM=offscreen

bash scripts/build.sh
ctest --test-dir build --output-on-failure --timeout 900

cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSIPREF_SANITIZE=ON
cmake --build build-asan --parallel "$(nproc)"
# Qt keeps some allocations to the end of the process on purpose; leaks are not what this run checks.
ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --test-dir build-asan --output-on-failure --timeout 1800

bash scripts/fuzz.sh "${SIPREF_FUZZ_SECONDS:-60}"
