#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The developer's entry point, and CI's:
#   build-aux/dev.sh run [ARGS…]   build, then start Creator Role from the build tree
#   build-aux/dev.sh test          build, then run the whole test suite and every check:
#                                  the suite again under AddressSanitizer and
#                                  UndefinedBehaviorSanitizer, the model and command-line
#                                  tests under valgrind, the document's and the roster's
#                                  fuzzers (60 s each when CI=true, 10 s otherwise),
#                                  clang-tidy and cppcheck, the window's
#                                  code against the newest GTK and libadwaita APIs, and the
#                                  release tarball (meson dist) built and tested;
#                                  the suite includes 'atspi', the screen-reader
#                                  walk through the accessibility bus (about 70 s)
#   build-aux/dev.sh test ARGS…    build, then run only: meson test ARGS…
#                                  (--suite atspi: the screen-reader walk alone)
#   build-aux/dev.sh build         build only
#   build-aux/dev.sh run-in BUILD_DIR [ARGS…]
#                                  what `run` does once BUILD_DIR is configured: compile
#                                  it, then start its program; installs nothing and never
#                                  enters the Debian 13 root (the test of `run` uses it)
#   build-aux/dev.sh asan | valgrind | fuzz [SECONDS] | lint | deprecations | dist
#                                  one of the checks that test runs
#   build-aux/dev.sh root [CMD…]   a shell, or CMD, in the Debian 13 root (below)
#
# The window needs GTK >= 4.14 and libadwaita >= 1.5. On a Debian 12 host,
# whose GTK is 4.8, every command above runs in a Debian 13 root that
# Debian's mmdebstrap makes from the host's own mirror (about 80 s, kept in
# _debian13/ and made again when a week old), with this checkout bound at
# the same path: `run` shows the window on your display from there. `test`
# there first builds and tests the part without a window (model,
# documents, rosters, renderer, command line) natively on Debian 12 in
# _build-deb12, so that scoring keeps working on older servers. On Debian
# 13, Ubuntu 24.04 or later, or Fedora, everything runs natively.
#
# Each installs what is missing first (apt-get on Debian and Ubuntu, dnf on
# Fedora; through sudo when not root) and configures _build when needed.
# When everything is there already this costs a second.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# The build folders; CR_BUILD picks another for the regular build.
build="${CR_BUILD:-$root/_build}"

# What the model, the renderer, the command line and their tests need.
debian_headless_packages=(
  meson ninja-build gcc pkg-config gettext
  libglib2.0-dev libglib2.0-bin libjson-glib-dev libcsv-dev libfreexl-dev libxlsxwriter-dev libminizip-dev
  libcairo2-dev libpango1.0-dev librsvg2-dev poppler-utils librsvg2-common
  python3 python3-jsonschema flatpak-builder
  fonts-cantarell fonts-noto-core locales
  valgrind
)

# And the window, its tests and every check.
debian_packages=(
  "${debian_headless_packages[@]}"
  libgtk-4-dev libadwaita-1-dev
  desktop-file-utils appstream dbus-daemon
  xvfb xauth xdotool imagemagick
  python3-pyatspi at-spi2-core
  libreoffice-calc-nogui
  clang clang-tidy cppcheck git xz-utils
)

fedora_packages=(
  meson ninja-build gcc pkgconf gettext
  glib2-devel gtk4-devel libadwaita-devel json-glib-devel libcsv-devel freexl-devel libxlsxwriter-devel minizip-ng-compat-devel
  cairo-devel pango-devel librsvg2-devel poppler-utils
  desktop-file-utils appstream librsvg2 dbus-daemon flatpak-builder
  xorg-x11-server-Xvfb xorg-x11-xauth xdotool ImageMagick
  python3 python3-jsonschema
  python3-pyatspi at-spi2-core
  libreoffice-calc
  abattis-cantarell-fonts google-noto-sans-arabic-fonts
  glibc-langpack-en glibc-langpack-fr glibc-langpack-de glibc-langpack-es glibc-langpack-ar
  libasan libubsan clang compiler-rt clang-tools-extra cppcheck valgrind
)

# The locales the language tests switch between, each a real locale that
# gettext honours (see app/core/cr-i18n.c).
test_locales=(en_US.UTF-8 fr_FR.UTF-8 de_DE.UTF-8 es_ES.UTF-8 ar_EG.UTF-8)

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

# ensure_packages [headless] [PACKAGE…]: the packages of the whole run, or
# of the part without a window, and any named.
ensure_packages () {
  local missing=()
  local -a wanted=("${debian_packages[@]}")

  if [ "${1:-}" = headless ]; then
    wanted=("${debian_headless_packages[@]}")
    shift
  fi

  if command -v dpkg-query >/dev/null && command -v apt-get >/dev/null; then
    local pkg status
    for pkg in "${wanted[@]}" "$@"; do
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
  ensure_locales
}

# Generates the test locales that are missing, where glibc's locale-gen
# makes them (Debian and Ubuntu; Fedora's langpacks come as packages).
ensure_locales () {
  local missing=() name have
  command -v locale-gen >/dev/null && [ -f /etc/locale.gen ] || return 0
  have=$(locale -a 2>/dev/null | tr 'A-Z' 'a-z' | sed 's/utf-8/utf8/')
  for name in "${test_locales[@]}"; do
    local key
    key=$(printf '%s' "$name" | tr 'A-Z' 'a-z' | sed 's/utf-8/utf8/')
    printf '%s\n' "$have" | grep -qx "$key" || missing+=("$name")
  done
  [ ${#missing[@]} -gt 0 ] || return 0
  say "generating the locales ${missing[*]}"
  for name in "${missing[@]}"; do
    if grep -q "^# *$name UTF-8" /etc/locale.gen; then
      as_root sed -i "s/^# *$name UTF-8/$name UTF-8/" /etc/locale.gen
    elif ! grep -q "^$name UTF-8" /etc/locale.gen; then
      printf '%s UTF-8\n' "$name" | as_root tee -a /etc/locale.gen >/dev/null
    fi
  done
  as_root locale-gen >/dev/null
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

# `run` with no display: a plain word, unless what is asked needs none.
check_display_for_run () {
  have_display && return 0
  say "there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)."
  say "Run this from a desktop session, or try it headless with:"
  say "  xvfb-run -a build-aux/dev.sh run"
  say "Scoring needs no display:  build-aux/dev.sh run --score FILE.json"
  case " $* " in
    *" --score "*|*" -s "*|*" --help "*|*" -h "*|*" --version "*) ;;
    *) exit 1 ;;
  esac
}

# run_in BUILD_DIR [ARGS…]: compiles BUILD_DIR and starts its program
# with the build tree's schema, icons and catalogues, as `meson devenv`
# gives them. Only the program writes to standard output: meson's and
# ninja's words go to standard error, so that `run --score x.json >
# out.json` writes the document alone.
run_in () {
  local dir=$1
  shift
  meson compile -C "$dir" >&2
  check_display_for_run "$@"
  # The dump appends to variables that may be unset, such as
  # GSETTINGS_SCHEMA_DIR ("…:$GSETTINGS_SCHEMA_DIR" from meson 1.0).
  set +u
  eval "$(meson devenv -C "$dir" --dump)"
  set -u
  exec "$dir/app/creator-role" "$@"
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

asan_build="$root/_build-asan"
fuzz_build="$root/_build-fuzz"

# Any sanitizer report stops the program, and so fails its test.
# LeakSanitizer skips only what tests/lsan.supp lists, with its reasons.
# GDK_DISABLE=gl (GDK_DEBUG=gl-disable before GTK 4.16) keeps Mesa's
# software driver out of the process: GDK probes OpenGL even with
# GSK_RENDERER=cairo, and the driver keeps blocks it never frees,
# sometimes after it has been unloaded, when its stack can no longer be
# named in a suppression.
if pkg-config --atleast-version 4.16 gtk4 2>/dev/null; then
  no_gl=GDK_DISABLE=gl
else
  no_gl=GDK_DEBUG=gl-disable
fi
sanitizer_env=(
  "$no_gl"
  ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=1
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  LSAN_OPTIONS=suppressions=$root/tests/lsan.supp:print_suppressions=0
)

check_asan () {
  configure "$asan_build" -Db_sanitize=address,undefined -Db_lundef=false
  meson compile -C "$asan_build"
  say "the test suite under AddressSanitizer and UndefinedBehaviorSanitizer"
  # Instrumented code runs about three times slower. The screen-reader
  # walk is left out: it runs the window code that the widget tests below
  # run instrumented, and LeakSanitizer's report of GTK's own blocks when
  # the program exits would fail it.
  (export "${sanitizer_env[@]}"; run_tests "$asan_build" --timeout-multiplier 3 --no-suite ui \
     --no-suite atspi)
  # The widget tests without LeakSanitizer: GTK 4.8's file chooser and
  # libcloudproviders leak blocks whose stacks, unwound through libraries
  # built without frame pointers, stop at g_malloc() and so cannot be
  # suppressed by name. Leaks of our widgets are caught by the tests'
  # g_assert_finalize_object(), and of the model by valgrind.
  (export "${sanitizer_env[@]}" ASAN_OPTIONS=halt_on_error=1:detect_leaks=0:detect_stack_use_after_return=1
   run_tests "$asan_build" --timeout-multiplier 3 --suite ui)
}

check_valgrind () {
  say "the model, command-line and session tests under valgrind"
  # The 'script' suite runs interpreters, not our code.
  env "${test_env[@]}" meson test -C "$build" --print-errorlogs --setup valgrind \
    --suite model --suite cli --suite session --no-suite script
}

# libFuzzer comes with clang, in libclang-rt-dev on recent Debian and Ubuntu.
ensure_libfuzzer () {
  local probe
  probe=$(mktemp -d)
  printf 'int LLVMFuzzerTestOneInput (const char *d, unsigned long n) { (void) d; return (int) (n & 0); }\n' \
    > "$probe/probe.c"
  if ! clang -fsanitize=fuzzer -o "$probe/probe" "$probe/probe.c" 2>/dev/null; then
    ensure_packages libclang-rt-dev
  fi
  rm -rf "$probe"
}

# Runs the libFuzzer target $1 over tests/fuzz/$2/ for $3 s.
run_fuzzer () {
  local target=$1 corpus=$2 seconds=$3 what=$4
  local artifacts="$fuzz_build/fuzz-artifacts/$target"
  local status=0

  mkdir -p "$fuzz_build/$target-corpus" "$artifacts"
  say "fuzzing $what for $seconds s"
  # New inputs go into the build folder's corpus; the one in tests/fuzz is
  # only read. Inputs up to 64 KiB: larger seeds are cut to that, and the
  # corpus tests read them whole.
  # LeakSanitizer leaves alone what tests/lsan.supp says is not ours, as
  # in the sanitizer build: FreeXL keeps a block of a workbook it could
  # not open.
  LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0" \
  "$fuzz_build/tests/fuzz/$target" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$artifacts/" \
    "$fuzz_build/$target-corpus" "$root/tests/fuzz/$corpus" || status=$?
  if [ $status -ne 0 ]; then
    say "the fuzzer failed; the input is in $artifacts/."
    say "Copy it into tests/fuzz/$corpus/ (as ok-… or bad-… once fixed) so that it stays a test."
  fi
  return $status
}

# The document reader, then the roster reader (CSV, JSON Lines, XLSX, XLS
# and ODS, read from a file), each for $1 s.
check_fuzz () {
  local seconds=$1
  local status=0

  ensure_libfuzzer
  CC=clang configure "$fuzz_build" -Dfuzzing=true
  meson compile -C "$fuzz_build" fuzz-document fuzz-roster
  run_fuzzer fuzz-document corpus "$seconds" "the document reader" || status=$?
  run_fuzzer fuzz-roster roster-corpus "$seconds" "the roster reader" || status=$?
  return $status
}

check_lint () {
  local files=("$root"/app/*.c "$root"/app/*/*.c)
  local status=0
  local output

  say "clang-tidy on app/ (.clang-tidy)"
  output=$(mktemp)
  printf '%s\n' "${files[@]}" |
    xargs -P "$(nproc)" -n 1 clang-tidy -p "$build" --quiet >"$output" 2>&1 || status=$?
  grep -v -e '^[0-9]* warnings\? generated' -e '^Suppressed [0-9]* warnings' \
    -e '^Use -header-filter' -e '^Use -system-headers' "$output" || true
  rm -f "$output"
  if [ $status -ne 0 ]; then
    say "clang-tidy found problems (above)"
    return 1
  fi

  say "cppcheck on app/"
  # Without its gtk library: cppcheck 2.17's gtk.cfg defines the values of
  # GTK 4.12's GtkListScrollFlags as macros, and GTK's own header then
  # fails to parse, which leaves every file that includes gtk.h unchecked.
  # What that library added, GLib's allocators, is valgrind's and
  # LeakSanitizer's to check.
  cppcheck --project="$build/compile_commands.json" --file-filter='*/app/*.c' \
    --enable=warning,performance,portability --inline-suppr \
    --suppress=missingIncludeSystem --suppress=normalCheckLevelMaxBranches \
    --error-exitcode=1 --quiet -j "$(nproc)"
}

deprecations_build="$root/_build-deprecations"

# The window's code built against the newest GTK and libadwaita APIs the
# run has (-Ddeprecations_current=true): a call they deprecate fails the
# build, unless meson.build's floor has no replacement for it and the
# code says so where it makes it.
check_deprecations () {
  say "the window against GTK 4.18's and libadwaita 1.7's deprecations"
  configure "$deprecations_build" -Dwerror=true -Ddeprecations_current=true
  meson compile -C "$deprecations_build"
}

dist_build="$root/_build-dist"

# The release tarball as a distribution gets it: meson dist packs what git
# has committed (uncommitted changes are left out, with a warning), and the
# tarball, unpacked elsewhere, must configure, build and pass its tests
# with no help from the checkout. Every suite runs but the window tests,
# which use no file the others do not and take the longest; the
# screen-reader walk runs, for the translations and the document schema
# it reads as the program does; the tarball's
# own test of the Flatpak manifest finds no git there and says so.
check_dist () {
  local tarball unpacked

  say "the release tarball: meson dist, then building and testing it unpacked"
  rm -rf "$build/meson-dist" "$dist_build"
  meson dist -C "$build" --formats xztar --no-tests --allow-dirty
  tarball=$(find "$build/meson-dist" -name '*.tar.xz')
  mkdir -p "$dist_build"
  tar -xJf "$tarball" -C "$dist_build"
  unpacked=$(find "$dist_build" -mindepth 1 -maxdepth 1 -type d)
  meson setup "$dist_build/build" "$unpacked" >/dev/null
  meson compile -C "$dist_build/build" >/dev/null
  run_tests "$dist_build/build" --no-suite ui
  say "$(basename "$tarball") builds and passes its tests"
}

timed () {
  local start=$SECONDS
  "$@"
  timings+=("$1: $((SECONDS - start)) s")
}

# The Debian 13 root, for hosts whose GTK is older than the window needs.
debian13="${CR_DEBIAN13:-$root/_debian13}"
debian13_root="$debian13/root"
# Days after which the root is made again from the mirror.
debian13_max_age=7

# True on a Debian 12 host, outside the root: the window's GTK 4.14 and
# libadwaita 1.5 are not to be had there.
host_is_old () {
  [ -z "${CR_IN_ROOT:-}" ] || return 1
  [ -r /etc/os-release ] || return 1
  # shellcheck disable=SC1091
  ( . /etc/os-release; [ "${ID:-}" = debian ] && [ "${VERSION_ID:-}" = 12 ] )
}

# The host's own Debian mirror, as its apt sources name it.
host_mirror () {
  local codename
  # shellcheck disable=SC1091
  codename=$(. /etc/os-release; echo "${VERSION_CODENAME:-}")
  apt-get indextargets --format '$(RELEASE) $(REPO_URI)' 'Created-By: Packages' 2>/dev/null |
    awk -v c="$codename" '$1 == c { print $2; exit }'
}

ensure_debian13 () {
  local mirror include

  if [ -x "$debian13_root/usr/bin/apt-get" ] && [ -f "$debian13/made" ] &&
     [ -z "$(find "$debian13/made" -mtime +"$debian13_max_age")" ]; then
    return 0
  fi
  command -v mmdebstrap >/dev/null || ensure_packages headless mmdebstrap
  mirror=$(host_mirror)
  include=$(IFS=,; echo "${debian_packages[*]}")
  say "making the Debian 13 root in $debian13_root (about 80 s)"
  as_root rm -rf "$debian13/root.new"
  mkdir -p "$debian13"
  as_root mmdebstrap --quiet --variant=apt --include="$include" trixie "$debian13/root.new" \
    ${mirror:+"$mirror"} </dev/null
  as_root rm -rf "$debian13_root" "$debian13/made"
  as_root mv "$debian13/root.new" "$debian13_root"
  date -u +%FT%TZ > "$debian13/made"
}

# in_debian13 [--user] CMD…: CMD in the root, in this checkout, bound at the
# same path. A private mount namespace holds the mounts, so that they go
# with the command however it ends. --user runs CMD as the calling user,
# with their home folder, display and session bus: for `run`.
in_debian13 () {
  local as_user=
  local -a pass=(CI="${CI:-}" CR_IN_ROOT=1 LANG="${LANG:-C.UTF-8}" TERM="${TERM:-dumb}"
                 HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin)
  local -a binds=("$root")

  if [ "${1:-}" = --user ]; then
    shift
    as_user="$(id -u):$(id -g)"
    pass+=(HOME="$HOME" USER="${USER:-}" DISPLAY="${DISPLAY:-}"
           WAYLAND_DISPLAY="${WAYLAND_DISPLAY:-}" XAUTHORITY="${XAUTHORITY:-}"
           XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-}"
           DBUS_SESSION_BUS_ADDRESS="${DBUS_SESSION_BUS_ADDRESS:-}")
    # The files named on the command line, and the X server's sockets.
    binds+=("$HOME" /tmp)
    [ -n "${XDG_RUNTIME_DIR:-}" ] && [ -d "$XDG_RUNTIME_DIR" ] && binds+=("$XDG_RUNTIME_DIR")
    [ -n "${XAUTHORITY:-}" ] && [ -f "$XAUTHORITY" ] && binds+=("$XAUTHORITY")
  fi

  as_root unshare --mount --propagation private bash -c '
    set -e
    r=$1 cwd=$2 user=$3 n=$4
    shift 4
    binds=("${@:1:$n}")
    shift "$n"
    for b in "${binds[@]}"; do
      if [ -d "$b" ]; then mkdir -p "$r$b"; else mkdir -p "$(dirname "$r$b")"; touch "$r$b"; fi
      mount --bind "$b" "$r$b"
    done
    mount -t proc proc "$r/proc"
    mount --rbind /dev "$r/dev"
    cp /etc/resolv.conf "$r/etc/resolv.conf" 2>/dev/null || true
    exec chroot ${user:+--userspec="$user"} "$r" /usr/bin/env -i "$@"
  ' in_debian13 "$debian13_root" "$PWD" "$as_user" "${#binds[@]}" "${binds[@]}" \
    "${pass[@]}" /bin/bash -c 'cd "$0" && exec "$@"' "$PWD" "$@"
}

# The part without a window, natively on this Debian 12 host: configured
# with what is installed here (the window left out), built, and tested.
headless_build="$root/_build-deb12"
test_headless () {
  ensure_packages headless
  configure "$headless_build" -Dwerror=true -Dwindow=disabled
  meson compile -C "$headless_build"
  say "the part without a window, natively on Debian 12"
  env "${test_env[@]}" meson test -C "$headless_build" --print-errorlogs
}

cmd=${1:-}
[ $# -gt 0 ] && shift

# On a Debian 12 host, every command but the Debian 12 tests runs in the
# root, where this script runs again.
if host_is_old; then
  case "$cmd" in
    build|run|asan|valgrind|lint|deprecations|dist|fuzz|root) ;;
    test)
      if [ $# -eq 0 ]; then
        start=$SECONDS
        test_headless
        headless_time=$((SECONDS - start))
        start=$SECONDS
        ensure_debian13
        say "the whole run, in the Debian 13 root"
        in_debian13 build-aux/dev.sh test
        say "Debian 12, the part without a window: $headless_time s; Debian 13, everything:" \
            "$((SECONDS - start)) s"
        exit 0
      fi
      ;;
    *) ;;
  esac
  case "$cmd" in
    build|run|test|asan|valgrind|lint|deprecations|dist|fuzz)
      if [ "$cmd" = run ]; then
        # Built as root in the root; shown as you, on your display, with
        # the build tree's schema, icons and catalogues. As in run_in,
        # standard output is the program's alone.
        ensure_debian13 >&2
        in_debian13 build-aux/dev.sh build >&2
        check_display_for_run "$@"
        in_debian13 meson devenv -C "$build" --dump > "$build/devenv.sh"
        in_debian13 --user /bin/bash -c 'eval "$(cat "$0")"; exec "$1/app/creator-role" "${@:2}"' \
          "$build/devenv.sh" "$build" "$@"
      else
        ensure_debian13
        in_debian13 build-aux/dev.sh "$cmd" "$@"
      fi
      exit $?
      ;;
    root)
      ensure_debian13
      if [ $# -eq 0 ]; then
        in_debian13 /bin/bash -i
      else
        in_debian13 "$@"
      fi
      exit $?
      ;;
    *) ;;
  esac
fi

case "$cmd" in
  build)
    ensure_packages
    configure "$build"
    meson compile -C "$build"
    ;;
  run)
    ensure_packages >&2
    configure "$build" >&2
    run_in "$build" "$@"
    ;;
  run-in)
    if [ $# -eq 0 ] || [ ! -f "$1/build.ninja" ]; then
      say "run-in needs a configured build folder, e.g. build-aux/dev.sh run-in _build --score x.json"
      exit 2
    fi
    run_in "$@"
    ;;
  test)
    ensure_packages
    configure "$build" -Dwerror=true
    meson compile -C "$build"
    if [ $# -gt 0 ]; then
      run_tests "$build" "$@"
      exit 0
    fi
    timings=()
    timed run_tests "$build"
    timed check_asan
    timed check_valgrind
    timed check_fuzz "$([ "${CI:-}" = true ] && echo 60 || echo 10)"
    timed check_lint
    timed check_deprecations
    timed check_dist
    say "every test and check passed (${timings[*]})"
    ;;
  asan|valgrind|lint|deprecations|dist)
    ensure_packages
    configure "$build" -Dwerror=true
    meson compile -C "$build"
    "check_$cmd"
    ;;
  fuzz)
    ensure_packages
    check_fuzz "${1:-60}"
    ;;
  *)
    echo "usage: build-aux/dev.sh run [ARGS…] | run-in BUILD_DIR [ARGS…] | test [ARGS…] | build | asan | valgrind | fuzz [SECONDS] | lint | deprecations | dist | root [CMD…]" >&2
    exit 2
    ;;
esac
