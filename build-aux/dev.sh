#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The developer's entry point, and CI's:
#   build-aux/dev.sh run [ARGS…]   build, then start Creator Role from the build tree
#   build-aux/dev.sh test          build, then run the whole test suite
#   build-aux/dev.sh build         build only
#
# Each installs what is missing first (apt-get on Debian and Ubuntu, dnf on
# Fedora; through sudo when not root) and configures _build when needed.
# When everything is there already this costs a second.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/_build"

debian_packages=(
  meson ninja-build gcc pkg-config gettext
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libadwaita-1-dev libjson-glib-dev
  desktop-file-utils appstream librsvg2-common dbus-daemon
  xvfb xauth
  python3 python3-jsonschema
  fonts-cantarell fonts-noto-core
)

fedora_packages=(
  meson ninja-build gcc pkgconf gettext
  glib2-devel gtk4-devel libadwaita-devel json-glib-devel
  desktop-file-utils appstream librsvg2 dbus-daemon
  xorg-x11-server-Xvfb xorg-x11-xauth
  python3 python3-jsonschema
  abattis-cantarell-fonts google-noto-sans-arabic-fonts
)

say () { printf 'dev.sh: %s\n' "$*" >&2; }

as_root () {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo "$@"
  else
    say "need root to run: $*"
    exit 1
  fi
}

ensure_packages () {
  local missing=()

  if command -v dpkg-query >/dev/null && command -v apt-get >/dev/null; then
    local pkg status
    for pkg in "${debian_packages[@]}" "$@"; do
      status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
      [ "$status" = installed ] || missing+=("$pkg")
    done
    if [ ${#missing[@]} -gt 0 ]; then
      say "installing ${missing[*]}"
      as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
      as_root env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
  elif command -v dnf >/dev/null && command -v rpm >/dev/null; then
    local pkg
    for pkg in "${fedora_packages[@]}"; do
      rpm -q --whatprovides "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
    done
    if [ ${#missing[@]} -gt 0 ]; then
      say "installing ${missing[*]}"
      as_root dnf install -y -q "${missing[@]}"
    fi
  else
    say "neither apt-get nor dnf found: install meson, GTK 4, libadwaita and json-glib by hand"
  fi
}

configure () {
  local dir=$1
  shift
  if [ ! -f "$dir/build.ninja" ]; then
    meson setup "$dir" "$root" "$@"
  fi
}

have_display () {
  [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]
}

test_env=(LANG=C.UTF-8 GTK_A11Y=none GSETTINGS_BACKEND=memory NO_AT_BRIDGE=1)

run_tests () {
  local dir=$1
  shift
  if have_display; then
    env "${test_env[@]}" meson test -C "$dir" --print-errorlogs "$@"
  else
    env "${test_env[@]}" xvfb-run -a -s '-screen 0 1280x800x24' \
      meson test -C "$dir" --print-errorlogs "$@"
  fi
}

cmd=${1:-}
[ $# -gt 0 ] && shift

case "$cmd" in
  build)
    ensure_packages
    configure "$build"
    meson compile -C "$build"
    ;;
  run)
    ensure_packages
    configure "$build"
    meson compile -C "$build"
    if ! have_display; then
      say "there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)."
      say "Run this from a desktop session, or try it headless with:"
      say "  xvfb-run -a build-aux/dev.sh run"
      say "Scoring needs no display:  build-aux/dev.sh run --score FILE.json"
      case " $* " in
        *" --score "*|*" -s "*|*" --help "*|*" -h "*|*" --version "*) ;;
        *) exit 1 ;;
      esac
    fi
    exec meson devenv -C "$build" "$build/app/creator-role" "$@"
    ;;
  test)
    ensure_packages
    configure "$build" -Dwerror=true
    meson compile -C "$build"
    run_tests "$build" "$@"
    ;;
  *)
    echo "usage: build-aux/dev.sh run [ARGS…] | test | build" >&2
    exit 2
    ;;
esac
