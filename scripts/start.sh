#!/usr/bin/env bash
# Installs what is missing, builds ccbulk, and runs it on the local default:
# lists the object types and checks the sample files in examples/.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release

cli=build/release/app/cli/ccbulk-cli
"$cli" types
echo
for type in site team queue; do
    "$cli" validate "$type" "examples/$type.csv"
done
