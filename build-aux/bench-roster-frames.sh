#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Whether the roster window keeps drawing while a large roster loads.
#
#   build-aux/bench-roster-frames.sh [BUILD_DIR]
#
# Generates a CSV roster of LINES creators (build-aux/gen-roster.py --csv,
# kept in WORKDIR and reused, as build-aux/bench-roster.sh does) and a tiny
# one of 20, then runs alternately, RUNS times each, the app opening each
# with CR_BENCH_ROSTER_FRAMES=1 (see app/ui/cr-bench.c): the window is made
# to draw every frame, and the time between two painted frames is noted
# from the open to the end of the loading:
#   large  the roster of LINES rows
#   tiny   the tiny roster, its frames counted as long as the large one
#          loaded: the floor of frame gaps of this display and machine
# Then once more the large roster, with keys typed into the window as
# soon as it opens the roster (xdotool: Ctrl+F, then "abc"): the search
# entry must hold them, its text changed before the loading ended.
#
# Prints the medians, then e.g.
#   ratio max_gap 1.40 p99_gap 1.05 max_gap_ms 24.1 p99_gap_ms 17.2 tiny_max_gap_ms 17.2
# The goal: no gap over 50 ms while the roster loads (max_gap_ms), and the
# typed keys in the search entry.
#
# Under Xvfb when there is no display. Environment: LINES (100000), RUNS
# (3), SEED (7), WORKDIR (/tmp).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-$root/_build}" && pwd)
lines=${LINES:-100000}
runs=${RUNS:-3}
seed=${SEED:-7}
workdir=${WORKDIR:-/tmp}

app="$build/app/creator-role"
[ -x "$app" ] || { echo "bench-roster-frames: $app is missing; build first (ninja -C $build)" >&2; exit 1; }

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${CR_BENCH_IN_XVFB:-}" ]; then
  command -v xvfb-run > /dev/null || { echo "bench-roster-frames: xvfb-run is missing" >&2; exit 1; }
  exec env CR_BENCH_IN_XVFB=1 xvfb-run -a -s '-screen 0 1280x800x24' "$0" "$@"
fi

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export LANG=C.UTF-8 GSETTINGS_BACKEND=memory NO_AT_BRIDGE=1 GTK_A11Y=none GDK_BACKEND=x11
export GSETTINGS_SCHEMA_DIR="$build/data"
export XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache"
export XDG_STATE_HOME="$home/state"
unset LANGUAGE CR_BENCH_ROSTER_TYPED CR_BENCH_ROSTER_FRAMES_MS

make_roster () {
  local n=$1 path="$workdir/creator-role-roster-$1-$seed.csv"
  if [ ! -s "$path" ]; then
    echo "bench-roster-frames: generating $path" >&2
    python3 "$root/build-aux/gen-roster.py" --csv "$n" "$seed" > "$path.tmp"
    mv "$path.tmp" "$path"
  fi
  echo "$path"
}

median () {
  sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# One measured opening: prints "max_ms p99_ms frames load_ms".
measure () {
  local line
  line=$(CR_BENCH_ROSTER_FRAMES=1 timeout 600 "$app" "$@" 2>&1 > /dev/null |
         grep '^max-frame-gap-ms ' || true)
  [ -n "$line" ] || { echo "bench-roster-frames: no frame report from $*" >&2; exit 1; }
  awk '{ print $2, $4, $6, $8 }' <<< "$line"
}

large=$(make_roster "$lines")
tiny=$(make_roster 20)

for i in $(seq "$runs"); do
  measure "$large" | tee -a "$home/large" |
    awk -v i="$i" '{ printf "run %d large  max gap %6.1f ms  p99 %5.1f ms  %5d frames  loaded in %.0f ms\n", i, $1, $2, $3, $4 }'
  span=$(tail -n 1 "$home/large" | awk '{ printf "%d", $4 }')
  CR_BENCH_ROSTER_FRAMES_MS=$span measure "$tiny" | tee -a "$home/tiny" |
    awk -v i="$i" '{ printf "run %d tiny   max gap %6.1f ms  p99 %5.1f ms  %5d frames\n", i, $1, $2, $3 }'
done

# Keys typed mid-load reach the search entry: sent as soon as the roster
# is being opened, and the report waits 3 s for them.
typed="not checked (no xdotool)"
if command -v xdotool > /dev/null; then
  : > "$home/typed"
  CR_BENCH_ROSTER_FRAMES=1 CR_BENCH_ROSTER_TYPED=1 CR_BENCH_ROSTER_FRAMES_MS=3000 \
    timeout 600 "$app" "$large" > /dev/null 2> "$home/typed" &
  pid=$!
  for _ in $(seq 500); do
    grep -q '^roster-opened' "$home/typed" && break
    sleep 0.02
  done
  xdotool key --clearmodifiers ctrl+f
  xdotool type --delay 20 abc
  wait "$pid" || true
  typed=$(awk '/^max-frame-gap-ms / { load = $8 }
               /^search-text / { printf "%s %s at %s ms, the loading took %s ms: %s\n", $1, $2, $4, load,
                                 ($2 == "\"abc\"" && $4 >= 0 && $4 < load) ? "typed mid-load" : "NOT mid-load" }' \
          "$home/typed")
  [ -n "$typed" ] || typed="no report"
fi

large_max=$(awk '{ print $1 }' "$home/large" | median)
large_p99=$(awk '{ print $2 }' "$home/large" | median)
large_frames=$(awk '{ print $3 }' "$home/large" | median)
load=$(awk '{ print $4 }' "$home/large" | median)
tiny_max=$(awk '{ print $1 }' "$home/tiny" | median)
tiny_p99=$(awk '{ print $2 }' "$home/tiny" | median)

echo "roster: $lines rows, $runs runs, medians"
echo "large:  max gap $large_max ms, p99 $large_p99 ms, $large_frames frames, loaded in $load ms"
echo "tiny:   max gap $tiny_max ms, p99 $tiny_p99 ms"
echo "typed:  $typed"
awk -v lm="$large_max" -v lp="$large_p99" -v tm="$tiny_max" -v tp="$tiny_p99" \
  'BEGIN { printf "ratio max_gap %.2f p99_gap %.2f max_gap_ms %.1f p99_gap_ms %.1f tiny_max_gap_ms %.1f\n", lm / tm, lp / tp, lm, lp, tm }'
