#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Remakes data/screenshots/*.png from the app as it is now:
#   build-aux/screenshots.sh [BUILDDIR]
# in English, with the Cantarell font the GNOME desktop uses, on a private
# 1280x800 virtual screen even when there is a display, so that no setting
# of the desktop (font, text size, dark style, accent colour, button layout)
# shows in the pictures.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/_build}
out=${CR_SCREENSHOTS_DIR:-$root/data/screenshots}

meson compile -C "$build" cr-screenshots

mkdir -p "$out"
env -u WAYLAND_DISPLAY -u DISPLAY GDK_BACKEND=x11 \
    LANG=C.UTF-8 LANGUAGE=en GTK_A11Y=none NO_AT_BRIDGE=1 \
    GSETTINGS_SCHEMA_DIR="$build/data" \
    XDG_DATA_DIRS="$root/data:/usr/local/share:/usr/share" \
  xvfb-run -a -s '-screen 0 1280x800x24' "$build/tests/cr-screenshots" "$out"
