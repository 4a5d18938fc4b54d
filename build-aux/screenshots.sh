#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Remakes data/screenshots/*.png from the app as it is now:
#   build-aux/screenshots.sh [BUILDDIR]
# or, to look at the window as people get it, takes the whole screen with
# ImageMagick's import at each step, at 360 and 1280 pixels, in English and
# Arabic, light and dark, into BUILDDIR/screenshots-check/:
#   build-aux/screenshots.sh --check [BUILDDIR]
# in English, with the Cantarell font the GNOME desktop uses, on a private
# 1280x800 virtual screen even when there is a display, so that no setting
# of the desktop (font, text size, dark style, accent colour, button layout)
# shows in the pictures.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
check=false
if [ "${1:-}" = --check ]; then
  check=true
  shift
fi
build=${1:-$root/_build}
out=${CR_SCREENSHOTS_DIR:-$root/data/screenshots}

meson compile -C "$build" cr-screenshots

if $check; then
  out=$build/screenshots-check
  mkdir -p "$out"
  for width in 360 1280; do
    if [ "$width" = 360 ]; then height=640; else height=800; fi
    for language in en ar; do
      for scheme in light dark; do
        env -u WAYLAND_DISPLAY -u DISPLAY GDK_BACKEND=x11 \
            LANG=C.UTF-8 GTK_A11Y=none NO_AT_BRIDGE=1 \
            GSETTINGS_SCHEMA_DIR="$build/data" CR_LOCALEDIR="$build/po" \
            XDG_DATA_DIRS="$root/data:/usr/local/share:/usr/share" \
          xvfb-run -a -s "-screen 0 ${width}x${height}x24" \
            "$build/tests/cr-screenshots" --check "$width" "$language" "$scheme" "$out"
      done
    done
  done
  exit 0
fi

mkdir -p "$out"
env -u WAYLAND_DISPLAY -u DISPLAY GDK_BACKEND=x11 \
    LANG=C.UTF-8 LANGUAGE=en GTK_A11Y=none NO_AT_BRIDGE=1 \
    GSETTINGS_SCHEMA_DIR="$build/data" \
    XDG_DATA_DIRS="$root/data:/usr/local/share:/usr/share" \
  xvfb-run -a -s '-screen 0 1280x800x24' "$build/tests/cr-screenshots" "$out"
