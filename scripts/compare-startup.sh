#!/usr/bin/env bash
# Start-up of one or more sipref builds against the empty-window baseline, run alternately: each
# round starts every program once, in reversed order every other round, so that all of them meet the
# same moments of a shared host (a sequential series of one program, then of the next, moved the
# ratio by a fifth from one run to the next). Each start gets an empty HOME (a first start). Prints
# per program the median and the range of the whole process's wall time, and the ratio of the
# medians to the empty window's (the start-up target of issue 5: at most 1.5).
# Runs on the display the environment names (DISPLAY, QT_QPA_PLATFORM); bench.sh starts Xvfb for it.
#   bash scripts/compare-startup.sh [ROUNDS] [SIPREF...]     (default: 40 rounds, ./build/app/sipref)
set -euo pipefail
rounds=40
if [[ ${1:-} =~ ^[0-9]+$ ]]; then
    rounds=$1
    shift
fi
programs=("./build/tests/bench_emptywindow")
if [ $# -eq 0 ]; then
    set -- ./build/app/sipref
fi
for sipref in "$@"; do
    programs+=("$sipref --bench-startup")
done
times=$(mktemp)
trap 'rm -f "$times"' EXIT
run() {
    local home
    home=$(mktemp -d)
    local start end
    start=$(date +%s%N)
    HOME=$home $1 > /dev/null 2>&1
    end=$(date +%s%N)
    rm -rf "$home"
    echo "$2 $(( (end - start) / 1000 ))" >> "$times"
}
for ((i = 0; i < ${#programs[@]}; ++i)); do # one start each first, not counted: files into the page cache
    run "${programs[i]}" warm-up
done
for ((round = 0; round < rounds; ++round)); do
    for ((k = 0; k < ${#programs[@]}; ++k)); do
        i=$k
        ((round % 2)) && i=$((${#programs[@]} - 1 - k))
        run "${programs[i]}" "$i"
    done
done
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
base=$(awk '$1 == 0 { print $2 }' "$times" | median)
echo "== start-up, $rounds rounds alternating, whole process wall time in ms: median (lowest - highest), ratio of medians"
for ((i = 0; i < ${#programs[@]}; ++i)); do
    m=$(awk -v i="$i" '$1 == i { print $2 }' "$times" | median)
    low=$(awk -v i="$i" '$1 == i { print $2 }' "$times" | sort -n | head -1)
    high=$(awk -v i="$i" '$1 == i { print $2 }' "$times" | sort -n | tail -1)
    awk -v p="${programs[i]}" -v m="$m" -v lo="$low" -v hi="$high" -v b="$base" \
        'BEGIN { printf "    %-45s %7.1f (%.1f - %.1f)  %.2fx\n", p, m / 1000, lo / 1000, hi / 1000, m / b }'
done
