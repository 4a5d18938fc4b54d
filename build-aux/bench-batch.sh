#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Batch scoring against its floor, json-glib alone.
#
#   build-aux/bench-batch.sh [BUILD_DIR]
#
# Generates a roster of LINES creators with varied answers (deterministic:
# the same LINES and SEED give the same file, kept in WORKDIR and reused),
# then times, alternately, RUNS times each:
#   base  tests/bench/bench-json-baseline: json-glib parses each line and
#         writes a result document of the same size and shape, no scoring
#   app   creator-role --score ROSTER --batch
# Both write to /dev/null, so the disk is not measured. Throughput is lines
# per second of CPU time (user + system), which a busy machine disturbs less
# than the wall clock (shown too), for the median run and for the best run
# of each: on a shared machine the best run is the least disturbed one, and
# the ratio of the best runs is the last line's. Peak memory is the maximum
# resident set size; a short run on a tenth of the roster shows whether it
# stays flat as the input grows. The last line reads, e.g.
#   ratio throughput 0.91 memory 1.10
# (app / base: throughput, higher is better, the goal is at least 0.80;
# memory, the goal is an app peak under 20 MiB.)
#
# Environment: LINES (1000000), RUNS (3), SEED (7), WORKDIR (/tmp).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-$root/_build}" && pwd)
lines=${LINES:-1000000}
runs=${RUNS:-3}
seed=${SEED:-7}
workdir=${WORKDIR:-/tmp}

app="$build/app/creator-role"
base="$build/tests/bench/bench-json-baseline"
timer=/usr/bin/time

for f in "$app" "$base"; do
  [ -x "$f" ] || { echo "bench-batch: $f is missing; build first (ninja -C $build)" >&2; exit 1; }
done
[ -x "$timer" ] || { echo "bench-batch: $timer is missing (apt-get install time)" >&2; exit 1; }

export LANG=C.UTF-8 GSETTINGS_BACKEND=memory
unset LANGUAGE

roster="$workdir/creator-role-roster-$lines-$seed.jsonl"
if [ ! -s "$roster" ]; then
  echo "bench-batch: generating $roster" >&2
  python3 "$root/build-aux/gen-roster.py" "$lines" "$seed" > "$roster.tmp"
  mv "$roster.tmp" "$roster"
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Real result documents, for the baseline to copy the size and shape of.
head -n 256 "$roster" | "$app" --score - --batch > "$tmp/templates.jsonl"

# Both must write one line per input line, of about the same size.
head -n 10000 "$roster" > "$tmp/sample.jsonl"
"$app" --score "$tmp/sample.jsonl" --batch > "$tmp/app.out"
"$base" "$tmp/templates.jsonl" "$tmp/sample.jsonl" > "$tmp/base.out"
app_lines=$(wc -l < "$tmp/app.out")
base_lines=$(wc -l < "$tmp/base.out")
if [ "$app_lines" -ne 10000 ] || [ "$base_lines" -ne 10000 ] || grep -q '^{"error"' "$tmp/app.out"; then
  echo "bench-batch: unexpected output ($app_lines and $base_lines lines for 10000)" >&2
  exit 1
fi
printf 'output bytes a line: app %d, base %d\n' \
  $(( $(wc -c < "$tmp/app.out") / 10000 )) $(( $(wc -c < "$tmp/base.out") / 10000 ))

# One timed run: prints "wall cpu rss_kb".
measure () {
  "$timer" -f '%e %U %S %M' -o "$tmp/time" "$@" > /dev/null
  awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$tmp/time"
}

median () {
  sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

cat "$roster" > /dev/null   # into the page cache
: > "$tmp/base.runs"
: > "$tmp/app.runs"
for i in $(seq "$runs"); do
  measure "$base" "$tmp/templates.jsonl" "$roster" | tee -a "$tmp/base.runs" | sed "s/^/run $i base: wall cpu rss_kb /" >&2
  measure "$app" --score "$roster" --batch | tee -a "$tmp/app.runs" | sed "s/^/run $i app:  wall cpu rss_kb /" >&2
done

# Memory for a tenth of the input: flat means the same peak.
head -n $(( lines / 10 )) "$roster" > "$tmp/tenth.jsonl"
small_rss=$(measure "$app" --score "$tmp/tenth.jsonl" --batch | awk '{ print $3 }')

base_best=$(awk '{ print $2 }' "$tmp/base.runs" | sort -g | head -n 1)
app_best=$(awk '{ print $2 }' "$tmp/app.runs" | sort -g | head -n 1)
base_cpu=$(awk '{ print $2 }' "$tmp/base.runs" | median)
app_cpu=$(awk '{ print $2 }' "$tmp/app.runs" | median)
base_wall=$(awk '{ print $1 }' "$tmp/base.runs" | median)
app_wall=$(awk '{ print $1 }' "$tmp/app.runs" | median)
base_rss=$(awk '{ print $3 }' "$tmp/base.runs" | sort -g | tail -n 1)
app_rss=$(awk '{ print $3 }' "$tmp/app.runs" | sort -g | tail -n 1)

awk -v n="$lines" -v bc="$base_cpu" -v ac="$app_cpu" -v bw="$base_wall" -v aw="$app_wall" \
    -v bb="$base_best" -v ab="$app_best" -v br="$base_rss" -v ar="$app_rss" -v sr="$small_rss" '
  BEGIN {
    printf "lines %d, %s runs each\n", n, "'"$runs"'"
    printf "median  base %6.0f profiles/s (cpu %.2f s, wall %.2f s: %.0f/s)\n", n / bc, bc, bw, n / bw
    printf "median  app  %6.0f profiles/s (cpu %.2f s, wall %.2f s: %.0f/s)\n", n / ac, ac, aw, n / aw
    printf "best    base %6.0f profiles/s (cpu %.2f s)\n", n / bb, bb
    printf "best    app  %6.0f profiles/s (cpu %.2f s)\n", n / ab, ab
    printf "peak    base %.1f MiB, app %.1f MiB (%.1f MiB for %d lines)\n", br / 1024, ar / 1024, sr / 1024, n / 10
    printf "ratio of the medians: throughput %.2f\n", bc / ac
    printf "ratio throughput %.2f memory %.2f\n", bb / ab, ar / br
  }'
