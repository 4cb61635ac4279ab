#!/usr/bin/env bash
# Compares the inspector core of two builds on the same files, run alternately so that both meet the
# same hours of a shared host (its speed drifts by a factor of two over a day; see BENCHMARKS.md):
#   bash scripts/compare-speed.sh OLD_BENCH_CORE NEW_BENCH_CORE [ROUNDS] FILE...
# OLD_BENCH_CORE is build/tests/bench_core of another worktree (git worktree add /tmp/old REV, then
# cmake -S /tmp/old -B /tmp/old/build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo and
# cmake --build /tmp/old/build --target bench_core). Each round runs each binary once per file, best of
# five inside the process; prints every figure, then per binary and file the range and the median MB/s.
set -euo pipefail
if [ $# -lt 3 ]; then
    echo "usage: $0 OLD_BENCH_CORE NEW_BENCH_CORE [ROUNDS] FILE..." >&2
    exit 2
fi
old=$1
new=$2
shift 2
rounds=10
if [[ $1 =~ ^[0-9]+$ ]]; then
    rounds=$1
    shift
fi
results=$(mktemp)
copies=$(mktemp -d)
trap 'rm -rf "$results" "$copies"' EXIT
# Each binary runs from several copies of its file, a different one each round. On this host one
# file of a binary can run its checks a third slower than a byte-identical copy of it, for as long as
# the file stays cached (where its pages happen to lie, most likely): one copy per binary made two
# builds of the same code look different.
spread=4
for ((k = 0; k < spread; ++k)); do
    cp "$old" "$copies/old$k"
    cp "$new" "$copies/new$k"
done
for ((round = 1; round <= rounds; ++round)); do
    for which in old new; do
        binary=$copies/$which$((round % spread))
        for f in "$@"; do
            line=$("$binary" "$f" 5)
            echo "$which $(basename "$f") $line"
            echo "$which $(basename "$f") $(grep -oE 'core_mbps=[0-9.]+' <<< "$line" | cut -d= -f2)" >> "$results"
        done
    done
done
echo "== core MB/s over $rounds rounds: lowest, median, highest"
for f in "$@"; do
    for which in old new; do
        awk -v w="$which" -v f="$(basename "$f")" '$1 == w && $2 == f { print $3 }' "$results" | sort -n \
            | awk -v w="$which" -v f="$(basename "$f")" '{ v[NR] = $1 } END {
                  m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
                  printf "%-4s %-20s %8.1f %8.1f %8.1f\n", w, f, v[1], m, v[NR] }'
    done
done
