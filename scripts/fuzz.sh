#!/usr/bin/env bash
# Runs every fuzz target of the `fuzz` build, sharing SECONDS (default 60)
# between them, each starting from its seed corpus under tests/fuzz/corpus/.
# Crashes are kept in build/fuzz/crashes/.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
targets=(csv zip)
each=$(( seconds / ${#targets[@]} ))
(( each > 0 )) || each=1
mkdir -p build/fuzz/crashes
for target in "${targets[@]}"; do
    work=$(mktemp -d)
    echo "fuzz_$target: ${each}s"
    build/fuzz/tests/fuzz/fuzz_$target -max_total_time="$each" -rss_limit_mb=2048 \
        -timeout=10 -print_final_stats=1 -artifact_prefix=build/fuzz/crashes/ \
        "$work" "tests/fuzz/corpus/$target" 2>&1 | tail -n 12
    rm -rf "$work"
done
