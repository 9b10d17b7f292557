#!/bin/sh
# Issue 14: `factcheck report` over the hostile 27 MB one-line article (cues,
# durations and quote marks, no full stop) with the seed claims must finish
# in under 10 s in a release build. A release-run check, not a timed test
# (tests never time things). Run from the project root: sh benches/hostile-line.sh
set -eu
limit=${LIMIT_SECONDS:-10}
file=${TMPDIR:-/tmp}/factcheck-hostile-line.txt
cargo build --release --quiet
cargo run --release --quiet --example hostile_line -- "$file" 27
start=$(date +%s%N)
status=0
./target/release/factcheck report "$file" --claims claims --format json > /dev/null || status=$?
end=$(date +%s%N)
rm -f "$file"
ms=$(( (end - start) / 1000000 ))
echo "hostile 27 MB line: report exited $status in ${ms} ms (limit ${limit} s)"
# Exit 1 is findings (the line contradicts the claims); 2 or a crash is not.
[ "$status" -le 1 ] || { echo "report failed"; exit 1; }
[ "$ms" -lt $(( limit * 1000 )) ] || { echo "too slow"; exit 1; }
