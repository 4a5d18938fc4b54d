#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The developer's entry point, and CI's:
#   build-aux/dev.sh run [ARGS…]   build, then start Creator Role from the build tree
#   build-aux/dev.sh test          build, then run the whole test suite and every check:
#                                  the suite again under AddressSanitizer and
#                                  UndefinedBehaviorSanitizer, the model and command-line
#                                  tests under valgrind, the fuzzer (60 s when CI=true,
#                                  10 s otherwise), clang-tidy and cppcheck, and the
#                                  release tarball (meson dist) built and tested;
#                                  the suite includes 'atspi', the screen-reader
#                                  walk through the accessibility bus (about 70 s)
#   build-aux/dev.sh test ARGS…    build, then run only: meson test ARGS…
#                                  (--suite atspi: the screen-reader walk alone)
#   build-aux/dev.sh build         build only
#   build-aux/dev.sh asan | valgrind | fuzz [SECONDS] | lint | dist
#                                  one of the checks that test runs
#
# Each installs what is missing first (apt-get on Debian and Ubuntu, dnf on
# Fedora; through sudo when not root) and configures _build when needed.
# When everything is there already this costs a second.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# The build folders; CR_BUILD picks another for the regular build.
build="${CR_BUILD:-$root/_build}"

debian_packages=(
  meson ninja-build gcc pkg-config gettext
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libadwaita-1-dev libjson-glib-dev libcsv-dev
  libcairo2-dev libpango1.0-dev librsvg2-dev poppler-utils
  desktop-file-utils appstream librsvg2-common dbus-daemon flatpak-builder
  xvfb xauth xdotool
  python3 python3-jsonschema
  python3-pyatspi at-spi2-core
  fonts-cantarell fonts-noto-core
  clang clang-tidy cppcheck valgrind
)

fedora_packages=(
  meson ninja-build gcc pkgconf gettext
  glib2-devel gtk4-devel libadwaita-devel json-glib-devel libcsv-devel
  cairo-devel pango-devel librsvg2-devel poppler-utils
  desktop-file-utils appstream librsvg2 dbus-daemon flatpak-builder
  xorg-x11-server-Xvfb xorg-x11-xauth xdotool
  python3 python3-jsonschema
  python3-pyatspi at-spi2-core
  abattis-cantarell-fonts google-noto-sans-arabic-fonts
  libasan libubsan clang compiler-rt clang-tools-extra cppcheck valgrind
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

asan_build="$root/_build-asan"
fuzz_build="$root/_build-fuzz"

# Any sanitizer report stops the program, and so fails its test.
# LeakSanitizer skips only what tests/lsan.supp lists, with its reasons.
# GDK_DEBUG=gl-disable keeps Mesa's software driver out of the process:
# GDK probes OpenGL even with GSK_RENDERER=cairo, and the driver keeps
# blocks it never frees, sometimes after it has been unloaded, when its
# stack can no longer be named in a suppression.
sanitizer_env=(
  GDK_DEBUG=gl-disable
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

check_fuzz () {
  local seconds=$1
  local artifacts="$fuzz_build/fuzz-artifacts"
  local status=0

  ensure_libfuzzer
  CC=clang configure "$fuzz_build" -Dfuzzing=true
  meson compile -C "$fuzz_build" fuzz-document
  mkdir -p "$fuzz_build/fuzz-corpus" "$artifacts"
  say "fuzzing the document reader for $seconds s"
  # New inputs go into the build folder's corpus; tests/fuzz/corpus is
  # only read. Inputs up to 64 KiB: larger seeds are cut to that, and the
  # corpus test reads them whole.
  "$fuzz_build/tests/fuzz/fuzz-document" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$artifacts/" \
    "$fuzz_build/fuzz-corpus" "$root/tests/fuzz/corpus" || status=$?
  if [ $status -ne 0 ]; then
    say "the fuzzer failed; the input is in $artifacts/."
    say "Copy it into tests/fuzz/corpus/ (as ok-… or bad-… once fixed) so that it stays a test."
    return $status
  fi
}

check_lint () {
  local files=("$root"/app/*.c)
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
  cppcheck --project="$build/compile_commands.json" --file-filter='*/app/*.c' \
    --enable=warning,performance,portability --library=gtk --inline-suppr \
    --suppress=missingIncludeSystem --error-exitcode=1 --quiet -j "$(nproc)"
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
    timed check_dist
    say "every test and check passed (${timings[*]})"
    ;;
  asan|valgrind|lint|dist)
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
    echo "usage: build-aux/dev.sh run [ARGS…] | test [ARGS…] | build | asan | valgrind | fuzz [SECONDS] | lint | dist" >&2
    exit 2
    ;;
esac
