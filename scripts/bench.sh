#!/usr/bin/env bash
# Runs every benchmark of BENCHMARKS.md on this machine and prints the figures:
#   bash scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
bash scripts/build.sh -DCMAKE_BUILD_TYPE=Release
out=build/bench
mkdir -p "$out"
./build/tests/sipref-traffic "$out/raw20.sip" --bytes 20000000 --style raw
./build/tests/sipref-traffic "$out/log20.log" --bytes 20000000 --style log
./build/tests/sipref-traffic "$out/log10.log" --bytes 10000000 --style log
echo "== inspector core, 20 MB (best of 5)"
for f in raw20.sip log20.log; do
    for i in 1 2 3 4 5; do ./build/app/sipref inspect "$out/$f" --bench || true; done | sort -t= -k6 -n -r | head -1
done
echo "== peak memory, 100 MB raw"
./build/tests/sipref-traffic "$out/raw100.sip" --bytes 100000000 --style raw > /dev/null
/usr/bin/time -f "peak_rss_kb=%M" ./build/app/sipref inspect "$out/raw100.sip" --bench || true
echo "== QBENCHMARK (4 MB)"
./build/tests/bench_inspector -median 5 | grep -A1 RESULT
echo "== GUI: paste 10 MB of log (offscreen)"
HOME=$(mktemp -d) QT_QPA_PLATFORM=offscreen ./build/app/sipref --bench-paste "$out/log10.log" 2>/dev/null
echo "== start-up, 20 runs each (offscreen), milliseconds per run"
for cmd in "./build/tests/bench_emptywindow" "./build/app/sipref --bench-startup"; do
    start=$(date +%s%N)
    for i in $(seq 20); do HOME=$(mktemp -d) QT_QPA_PLATFORM=offscreen $cmd > /dev/null 2>&1; done
    echo "$cmd: $(( ($(date +%s%N) - start) / 20000000 ))"
done
