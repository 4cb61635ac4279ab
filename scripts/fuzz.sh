#!/usr/bin/env bash
# Builds the libFuzzer target with clang (ASan + UBSan) and fuzzes the whole inspection path.
#   bash scripts/fuzz.sh [SECONDS]   (default 60; the corpus grows in build-fuzz/corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
bash scripts/deps.sh
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSIPREF_FUZZ=ON -DSIPREF_SANITIZE=ON -DSIPREF_BUILD_TESTS=ON
cmake --build build-fuzz --target fuzz_inspect --parallel "$(nproc)"
mkdir -p build-fuzz/corpus
cp -n tests/fuzz/seeds/* build-fuzz/corpus/ 2>/dev/null || true
export ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1
# -rss_limit_mb and -max_len keep runs on this 2-core, 24 GB machine bounded; a crash or leak of
# bounds stops the run with a reproducer in build-fuzz/.
./build-fuzz/tests/fuzz_inspect build-fuzz/corpus -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=4096 \
    -print_final_stats=1 -artifact_prefix=build-fuzz/
