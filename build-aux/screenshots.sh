#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Remakes data/screenshots/*.png from the app as it is now:
#   build-aux/screenshots.sh [BUILDDIR]
# on a 1280x800 virtual screen when there is no display, in English, with
# the Cantarell font the GNOME desktop uses.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/_build}

meson compile -C "$build" cr-screenshots

run=(env LANG=C.UTF-8 LANGUAGE=en GTK_A11Y=none NO_AT_BRIDGE=1
     GSETTINGS_SCHEMA_DIR="$build/data"
     XDG_DATA_DIRS="$root/data:/usr/local/share:/usr/share"
     "$build/tests/cr-screenshots" "$root/data/screenshots")

mkdir -p "$root/data/screenshots"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  "${run[@]}"
else
  xvfb-run -a -s '-screen 0 1280x800x24' "${run[@]}"
fi
