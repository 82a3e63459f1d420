#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, runs every test,
# then runs the fuzz targets for a bounded time. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh

export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
# Paths relative to the checkout, so that a fresh clone reuses the cache.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
jobs=$(nproc)

cmake --preset ci
cmake --build --preset ci -j "$jobs"
ctest --preset ci -j "$jobs" --timeout 300

# Every user-visible string is in the catalogues: lupdate finds nothing new.
# It writes into the source tree, so the catalogues are compared with a copy
# taken before and then put back as they were.
saved=$(mktemp -d)
cp translations/*.ts "$saved/"
cmake --build --preset ci --target update_translations >/dev/null
stale=()
for ts in translations/*.ts; do
    cmp -s "$ts" "$saved/$(basename "$ts")" || stale+=("$ts")
    cp "$saved/$(basename "$ts")" "$ts"
done
rm -rf "$saved"
if [ ${#stale[@]} -gt 0 ]; then
    echo "Not up to date with the sources: ${stale[*]}. Run the update_translations target and translate." >&2
    exit 1
fi

# Fuzzing: the CSV reader and validator, about a minute, fails on any crash.
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$jobs"
bash scripts/fuzz.sh "${CCBULK_FUZZ_SECONDS:-60}"
