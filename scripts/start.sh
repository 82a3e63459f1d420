#!/usr/bin/env bash
# Installs what is missing, builds ccbulk, and runs it on the local default:
# lists the object types and checks sample files from examples/.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release

cli=build/release/app/cli/ccbulk-cli
"$cli" types
echo
# Files without references to other objects check against any tenant; the
# whole example contact center imports with examples/import-all.sh.
for type in site work-type skill-definition; do
    "$cli" validate "$type" "examples/$type.csv"
done
