#!/usr/bin/env bash
# Runs every benchmark of BENCHMARKS.md on this machine and prints the figures:
#   bash scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
bash scripts/build.sh # RelWithDebInfo (-O2), the build every figure in BENCHMARKS.md was measured with
out=build/bench
mkdir -p "$out"
./build/tests/sipref-traffic "$out/raw20.sip" --bytes 20000000 --style raw
./build/tests/sipref-traffic "$out/log20.log" --bytes 20000000 --style log
./build/tests/sipref-traffic "$out/log10.log" --bytes 10000000 --style log
./build/tests/sipref-traffic "$out/log1.log" --bytes 1000000 --style log > /dev/null
./build/tests/sipref-traffic "$out/log100.log" --bytes 100000000 --style log > /dev/null
echo "== inspector core, 20 MB (best of 5)"
for f in raw20.sip log20.log; do
    for i in 1 2 3 4 5; do ./build/app/sipref inspect "$out/$f" --bench || true; done | sort -t= -k6 -n -r | head -1
done
echo "== whole inspection of a capture, 20 MB pcap of the same kind of traffic, UDP then TCP (best of 5)"
./build/tests/sipref-traffic "$out/cap20.pcap" --bytes 20000000 --style capture > /dev/null
./build/tests/sipref-traffic "$out/tcp20.pcap" --bytes 20000000 --style tcp-capture > /dev/null
for f in cap20.pcap tcp20.pcap; do
    for i in 1 2 3 4 5; do ./build/app/sipref inspect "$out/$f" --bench || true; done | sort -t= -k6 -n -r | head -1
done
echo "== inspector core part by part (prepare, scan, checks; log origins apart), 20 MB, best of 5 processes"
for f in raw20.sip log20.log; do
    for i in 1 2 3 4 5; do ./build/tests/bench_core "$out/$f"; done | sort -t= -k11 -n -r | head -1
done
echo "== peak memory, 100 MB raw: whole inspection, then the core alone (no flow analysis)"
./build/tests/sipref-traffic "$out/raw100.sip" --bytes 100000000 --style raw > /dev/null
/usr/bin/time -f "peak_rss_kb=%M" ./build/app/sipref inspect "$out/raw100.sip" --bench || true
/usr/bin/time -f "peak_rss_kb=%M" ./build/tests/bench_core "$out/raw100.sip" || true
echo "== QBENCHMARK (4 MB): whole inspection, then each part on its own"
./build/tests/bench_inspector -median 5 | grep -A1 RESULT
if command -v valgrind > /dev/null; then
    # Instruction counts do not depend on what else the machine is doing: the figures to compare
    # on a shared machine. Inclusive counts of each part of an inspection on 2 MB.
    echo "== instructions (callgrind), 2 MB"
    ./build/tests/sipref-traffic "$out/raw2.sip" --bytes 2000000 --style raw > /dev/null
    ./build/tests/sipref-traffic "$out/log2.log" --bytes 2000000 --style log > /dev/null
    ./build/tests/sipref-traffic "$out/cap2.pcap" --bytes 2000000 --style capture > /dev/null
    ./build/tests/sipref-traffic "$out/tcp2.pcap" --bytes 2000000 --style tcp-capture > /dev/null
    # instructions FILE ENTRY: the parts of one inspection counted from ENTRY on (inspect for text;
    # inspectInput for a capture: read with libpcap, reassembled, made text, then inspected).
    instructions() {
        valgrind --tool=callgrind --callgrind-out-file="$out/callgrind.$1" "--toggle-collect=sipref::$2(*" \
            ./build/app/sipref inspect "$out/$1" --bench 2>&1 | grep -E "BENCH|Collected" || true
        # Each function once, with its largest inclusive count (callgrind lists some twice, by
        # the file of their first and of their inlined lines).
        callgrind_annotate --inclusive=yes "$out/callgrind.$1" 2> /dev/null | grep -v "=>" \
            | grep -E ":sipref::(readCapture|prepareInput|Scanner::scan|checkMessage|readFacts|attachLogOrigins|analyzeFlow)\(" \
            | sed -E 's/^ *([0-9,]+) .*:sipref::([A-Za-z:]+)\(.*/\1 \2/' \
            | awk '{n = $1; gsub(",", "", n); if (!($2 in best) || n + 0 > best[$2] + 0) { best[$2] = n; text[$2] = $1 } }
                   END { for (k in best) printf "    %s %s\n", text[k], k }' || true
    }
    instructions raw2.sip inspect
    instructions log2.log inspect
    instructions cap2.pcap inspectInput
    instructions tcp2.pcap inspectInput
fi
echo "== GUI: paste 10 MB of log (offscreen)"
HOME=$(mktemp -d) QT_QPA_PLATFORM=offscreen ./build/app/sipref --bench-paste "$out/log10.log" 2>/dev/null
HOME=$(mktemp -d) QT_QPA_PLATFORM=offscreen ./build/app/sipref --bench-paste "$out/log100.log" 2>/dev/null
echo "== GUI: type 100 characters into 1 MB of log (offscreen)"
HOME=$(mktemp -d) QT_QPA_PLATFORM=offscreen ./build/app/sipref --bench-typing "$out/log1.log" 2>/dev/null
# Start-up: each program quits once its window's first exposure has been drawn. Measured offscreen and,
# when Xvfb is installed, in a real X11 window (a display server in the loop, as on a desktop); the
# programs alternate round by round (compare-startup.sh).
echo "== start-up: offscreen"
QT_QPA_PLATFORM=offscreen bash scripts/compare-startup.sh 20
if command -v Xvfb > /dev/null; then
    echo "== start-up: in an X11 window (Xvfb)"
    Xvfb :97 -screen 0 1280x800x24 -nolisten tcp > /dev/null 2>&1 &
    xvfb=$!
    sleep 1
    DISPLAY=:97 QT_QPA_PLATFORM=xcb bash scripts/compare-startup.sh 40
    kill $xvfb
fi
