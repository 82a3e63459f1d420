#!/usr/bin/env bash
# Builds ccbulk_screenshots and takes the screenshots of the desktop app in
# English and Swedish under a virtual display: the dashboard, the wizard's
# check page and a job's details, filled with the example contact center in
# a temporary folder (never the user's own data). Writes
# docs/screenshots/{dashboard,check,details}-{en,sv}.png.
#
#   bash scripts/screenshots.sh [BUILD_DIR]
#
# BUILD_DIR defaults to build/dev (configured with `cmake --preset dev` when
# it is not yet). Needs xvfb-run and, to shrink the files, ImageMagick.
set -euo pipefail
cd "$(dirname "$0")/.."

build="${1:-build/dev}"
out=docs/screenshots

if [[ ! -f "$build/CMakeCache.txt" ]]; then
    if [[ "$build" != build/dev ]]; then
        echo "screenshots.sh: $build is not a configured build folder" >&2
        exit 2
    fi
    cmake --preset dev >/dev/null
fi
cmake --build "$build" --target ccbulk_screenshots
program="$build/tools/screenshots/ccbulk_screenshots"

mkdir -p "$out"
for lang in en sv; do
    # The same look on every machine: no desktop's theme, scaling or style
    # leaks in from the caller's session. The times are the example
    # company's, in Sweden.
    env -u QT_QPA_PLATFORMTHEME -u QT_STYLE_OVERRIDE -u QT_SCALE_FACTOR \
        -u QT_SCREEN_SCALE_FACTORS -u QT_FONT_DPI -u XDG_CURRENT_DESKTOP \
        -u DESKTOP_SESSION -u KDE_FULL_SESSION -u GNOME_DESKTOP_SESSION_ID \
        QT_QPA_PLATFORM=xcb TZ=Europe/Stockholm \
        xvfb-run -a -s "-screen 0 1280x800x24" \
        "$program" --lang "$lang" --out "$out"
done

# Metadata (times, software) would make every run differ from the last.
if command -v convert >/dev/null; then
    for file in "$out"/*-en.png "$out"/*-sv.png; do
        convert "$file" -strip "$file"
    done
fi
ls -l "$out"
