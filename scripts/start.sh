#!/usr/bin/env bash
# Installs what is missing, builds ccbulk, and starts the desktop app on the
# local tenant (the default one in the application data folder).
#
# Without a display (a server, a container, an SSH session), the app starts on
# a virtual display instead: it runs for a few seconds, a screenshot of its
# window is saved to build/start-screenshot.png, and it is closed again.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release

app=build/release/app/desktop/ccbulk
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$app"
fi

echo "No display: starting ccbulk on a virtual display for a screenshot."
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    "$1" &
    pid=$!
    sleep 4
    import -window root "$2"
    kill "$pid"
    wait "$pid" || true
' _ "$app" build/start-screenshot.png
echo "ccbulk started; its window: build/start-screenshot.png"
