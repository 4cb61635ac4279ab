#!/usr/bin/env bash
# Runs two sipref binaries on the same inputs and compares what they say, byte for byte: the JSON of
# `inspect` and the ladders of `flow`. For changes meant to keep every answer as it was (speed, memory):
#   bash scripts/compare-outputs.sh OLD_SIPREF NEW_SIPREF FILE...
# A second worktree gives the old binary: git worktree add /tmp/old REV && cmake -S /tmp/old -B /tmp/old/build
# -G Ninja && cmake --build /tmp/old/build --target sipref. Prints each difference and a count.
set -uo pipefail
if [ $# -lt 3 ]; then
    echo "usage: $0 OLD_SIPREF NEW_SIPREF FILE..." >&2
    exit 2
fi
old=$1
new=$2
shift 2
files=0
diffs=0
for f in "$@"; do
    files=$((files + 1))
    for command in "inspect --format json" "flow"; do
        # Through files, not variables: inputs may hold NUL bytes, and so may what is quoted of them.
        "$old" $command "$f" > /tmp/compare-old.$$ 2>&1
        "$new" $command "$f" > /tmp/compare-new.$$ 2>&1
        if ! cmp -s /tmp/compare-old.$$ /tmp/compare-new.$$; then
            diffs=$((diffs + 1))
            echo "DIFFERENT: ${command%% *} $f"
            diff /tmp/compare-old.$$ /tmp/compare-new.$$ | head -10
        fi
    done
done
rm -f /tmp/compare-old.$$ /tmp/compare-new.$$
echo "files=$files differences=$diffs"
[ "$diffs" -eq 0 ]
