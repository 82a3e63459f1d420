#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, runs every test,
# then runs the fuzz targets for a bounded time. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh

export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
jobs=$(nproc)

cmake --preset ci
cmake --build --preset ci -j "$jobs"
ctest --preset ci -j "$jobs" --timeout 300

# Every user-visible string is in the catalogues: lupdate finds nothing new.
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    cmake --build --preset ci --target update_translations >/dev/null
    if ! git diff --quiet -- translations/; then
        git diff --stat -- translations/
        echo "translations/ is out of date: run the update_translations target and translate" >&2
        exit 1
    fi
fi

# Fuzzing: the CSV reader and validator, about a minute, fails on any crash.
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$jobs"
bash scripts/fuzz.sh "${CCBULK_FUZZ_SECONDS:-60}"
