#!/usr/bin/env bash
# Runs every fuzz target of the `fuzz` build for SECONDS (default 60) in total,
# starting from its seed corpus under tests/fuzz/corpus/. Crashes are kept in
# build/fuzz/crashes/.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
mkdir -p build/fuzz/crashes
for target in csv; do
    work=$(mktemp -d)
    echo "fuzz_$target: ${seconds}s"
    build/fuzz/tests/fuzz/fuzz_$target -max_total_time="$seconds" -rss_limit_mb=2048 \
        -timeout=10 -print_final_stats=1 -artifact_prefix=build/fuzz/crashes/ \
        "$work" "tests/fuzz/corpus/$target" 2>&1 | tail -n 12
    rm -rf "$work"
done
