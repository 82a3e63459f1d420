#!/usr/bin/env bash
# Installs the Debian 12 packages ccbulk needs to build, test and run, and only
# those that are missing. Run as root (or through sudo).
set -euo pipefail

packages=(
    # Build
    cmake ninja-build g++ ccache pkg-config
    # Qt 6.4 and QuaZip (Debian's packages)
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libquazip1-qt6-dev libqt6sql6-sqlite libgl-dev libxkbcommon-dev
    # Run time: the time-zone database that validation checks names against
    tzdata
    # A virtual display for the desktop app on machines without one, and
    # screenshots of it
    xvfb xauth imagemagick
    # Fuzzing: clang with libFuzzer, ASan and UBSan
    clang libclang-rt-14-dev
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
