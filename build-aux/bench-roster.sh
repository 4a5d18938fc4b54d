#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The roster window opening a large roster, against --batch on the same
# file in the same run.
#
#   build-aux/bench-roster.sh [BUILD_DIR]
#
# Generates a CSV roster of LINES creators (build-aux/gen-roster.py --csv,
# deterministic, kept in WORKDIR and reused), then runs alternately, RUNS
# times each:
#   window  tests/bench/bench-roster-window ROSTER: an empty roster window,
#           then the roster opened in it; prints the time from the open to
#           the first frame that shows rows, to the whole roster read and
#           scored, and the resident memory then above the empty window's
#   batch   creator-role --score ROSTER --batch --format csv > /dev/null:
#           the same rows read and scored, on the command line (wall time)
# and prints the medians, then a line such as
#   ratio scored 1.10 first_rows_ms 35 memory_mib 60
# (the window's whole-roster time / the batch's; goals: at most 1.5, the
# first rows within 200 ms, under 150 MiB above the empty window).
#
# With BIG=N (e.g. 1000000) it also opens a roster of N rows once, and
# presses Cancel 500 ms into another opening of it: the rows the table
# holds after the cancel must be those it held at the cancel, and
# cancel_to_idle_ms says how long the reading took to stop.
#
# Under Xvfb when there is no display. Environment: LINES (100000), RUNS
# (3), SEED (7), WORKDIR (/tmp), BIG (unset).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-$root/_build}" && pwd)
lines=${LINES:-100000}
runs=${RUNS:-3}
seed=${SEED:-7}
workdir=${WORKDIR:-/tmp}

app="$build/app/creator-role"
bench="$build/tests/bench/bench-roster-window"
timer=/usr/bin/time

for f in "$app" "$bench"; do
  [ -x "$f" ] || { echo "bench-roster: $f is missing; build first (ninja -C $build)" >&2; exit 1; }
done
[ -x "$timer" ] || { echo "bench-roster: $timer is missing (apt-get install time)" >&2; exit 1; }

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${CR_BENCH_IN_XVFB:-}" ]; then
  exec env CR_BENCH_IN_XVFB=1 xvfb-run -a -s '-screen 0 1280x800x24' "$0" "$@"
fi

export LANG=C.UTF-8 GSETTINGS_BACKEND=memory NO_AT_BRIDGE=1 GTK_A11Y=none
export GSETTINGS_SCHEMA_DIR="$build/data"
unset LANGUAGE

make_roster () {
  local n=$1 path="$workdir/creator-role-roster-$1-$seed.csv"
  if [ ! -s "$path" ]; then
    echo "bench-roster: generating $path" >&2
    python3 "$root/build-aux/gen-roster.py" --csv "$n" "$seed" > "$path.tmp"
    mv "$path.tmp" "$path"
  fi
  echo "$path"
}

median () { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

roster=$(make_roster "$lines")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for i in $(seq "$runs"); do
  "$bench" "$roster" >> "$tmp/window"
  "$timer" -f '%e %M' -o "$tmp/time" "$app" --score "$roster" --batch --format csv > /dev/null
  awk '{ print $1 * 1000 }' "$tmp/time" >> "$tmp/batch"
  echo "run $i: window $(tail -n 1 "$tmp/window"); batch $(tail -n 1 "$tmp/batch") ms" >&2
done

first=$(awk '{ print $2 }' "$tmp/window" | median)
scored=$(awk '{ print $4 }' "$tmp/window" | median)
memory=$(awk '{ print $6 }' "$tmp/window" | median)
batch=$(median < "$tmp/batch")

echo "roster: $lines rows ($(du -h "$roster" | cut -f1)), $runs runs, medians"
echo "window: first rows $first ms, whole roster scored $scored ms, $memory MiB above the empty window"
echo "batch:  $batch ms"

if [ -n "${BIG:-}" ]; then
  big=$(make_roster "$BIG")
  echo "big:    $("$bench" "$big")"
  echo "cancel: $("$bench" "$big" --cancel-after 500)"
fi

awk -v s="$scored" -v b="$batch" -v f="$first" -v m="$memory" \
  'BEGIN { printf "ratio scored %.2f first_rows_ms %.0f memory_mib %.0f\n", s / b, f, m }'
