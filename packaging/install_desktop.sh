#!/usr/bin/env bash
# Install (or with --uninstall, remove) Dyad's menu entry and icon for the current user (Linux, XDG).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
apps="$data/applications"
icons="$data/icons/hicolor"

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$apps/dyad.desktop" "$icons/scalable/apps/dyad.svg" "$icons/256x256/apps/dyad.png"
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$apps" || true
    echo "Removed Dyad's menu entry and icon from $data"
    exit 0
fi

exe="${DYAD_EXECUTABLE:-$here/dist/dyad/dyad}"
if [ ! -x "$exe" ]; then
    echo "No bundle at $exe: run 'make dist' first (or set DYAD_EXECUTABLE)." >&2
    exit 1
fi
mkdir -p "$apps" "$icons/scalable/apps" "$icons/256x256/apps"
sed "s|@EXEC@|\"$exe\"|" "$here/resources/dyad.desktop" > "$apps/dyad.desktop"
cp "$here/resources/dyad.svg" "$icons/scalable/apps/dyad.svg"
if [ -f "$here/packaging/build-icons/dyad-256.png" ]; then
    cp "$here/packaging/build-icons/dyad-256.png" "$icons/256x256/apps/dyad.png"
fi
command -v update-desktop-database >/dev/null && update-desktop-database -q "$apps" || true
echo "Installed $apps/dyad.desktop (runs $exe)"
