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
# and, where the build writes and reads XLSX, the same roster written as a
# workbook (--batch --format xlsx) and that workbook read back (--score
# roster.xlsx --batch --format csv), each timed with its peak memory;
# and prints the medians, then lines such as
#   ratio xlsx_write 2.70 xlsx_read 1.90 xlsx_write_mib 210 xlsx_read_mib 175
#   ratio scored 1.10 first_rows_ms 35 memory_mib 60
# (the window's whole-roster time / the batch's; goals: at most 1.5, the
# first rows within 200 ms, under 150 MiB above the empty window; and the
# XLSX write and read each under 150 MiB at their peak). The peaks and
# wall times are measured from Python (resource.getrusage), as
# /usr/bin/time -f '%e %M' would, which a minimal system lacks.
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

for f in "$app" "$bench"; do
  [ -x "$f" ] || { echo "bench-roster: $f is missing; build first (ninja -C $build)" >&2; exit 1; }
done

# timed OUT CMD…: runs CMD, its standard output into OUT, and writes into
# $tmp/time its wall time in seconds and its peak resident memory in KiB,
# as /usr/bin/time -f '%e %M' does (which a minimal system lacks).
timed () {
  python3 - "$tmp/time" "$@" <<'PY'
import resource, subprocess, sys, time
start = time.monotonic()
with open(sys.argv[2], "wb") as out:
    status = subprocess.run(sys.argv[3:], stdout=out).returncode
elapsed = time.monotonic() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
with open(sys.argv[1], "w") as f:
    f.write(f"{elapsed:.2f} {peak}\n")
sys.exit(status)
PY
}

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

# Spreadsheets where the build has them: the same roster written as XLSX,
# and that workbook read back, each against the CSV batch.
xlsx=""
if "$app" --score "$roster" --batch --format xlsx > "$tmp/roster.xlsx" 2> /dev/null &&
   "$app" --score "$tmp/roster.xlsx" --batch --format csv > /dev/null 2>&1; then
  xlsx="$tmp/roster.xlsx"
else
  echo "bench-roster: this build does not write and read XLSX; measuring CSV only" >&2
fi

for i in $(seq "$runs"); do
  "$bench" "$roster" >> "$tmp/window"
  timed /dev/null "$app" --score "$roster" --batch --format csv
  awk '{ print $1 * 1000 }' "$tmp/time" >> "$tmp/batch"
  echo "run $i: window $(tail -n 1 "$tmp/window"); batch $(tail -n 1 "$tmp/batch") ms" >&2
  if [ -n "$xlsx" ]; then
    timed "$tmp/out.xlsx" "$app" --score "$roster" --batch --format xlsx
    awk '{ print $1 * 1000, $2 / 1024 }' "$tmp/time" >> "$tmp/xlsx-write"
    timed /dev/null "$app" --score "$xlsx" --batch --format csv
    awk '{ print $1 * 1000, $2 / 1024 }' "$tmp/time" >> "$tmp/xlsx-read"
    echo "run $i: xlsx write $(tail -n 1 "$tmp/xlsx-write"); read $(tail -n 1 "$tmp/xlsx-read")" \
         "(ms, MiB)" >&2
  fi
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

if [ -n "$xlsx" ]; then
  write=$(awk '{ print $1 }' "$tmp/xlsx-write" | median)
  write_mib=$(awk '{ print $2 }' "$tmp/xlsx-write" | median)
  read=$(awk '{ print $1 }' "$tmp/xlsx-read" | median)
  read_mib=$(awk '{ print $2 }' "$tmp/xlsx-read" | median)
  echo "xlsx:   written in $write ms ($write_mib MiB peak), read in $read ms ($read_mib MiB peak)," \
       "$(du -h "$xlsx" | cut -f1)"
  awk -v w="$write" -v r="$read" -v b="$batch" -v wm="$write_mib" -v rm="$read_mib" \
    'BEGIN { printf "ratio xlsx_write %.2f xlsx_read %.2f xlsx_write_mib %.0f xlsx_read_mib %.0f\n", w / b, r / b, wm, rm }'
fi

awk -v s="$scored" -v b="$batch" -v f="$first" -v m="$memory" \
  'BEGIN { printf "ratio scored %.2f first_rows_ms %.0f memory_mib %.0f\n", s / b, f, m }'
