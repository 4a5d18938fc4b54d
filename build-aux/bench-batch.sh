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
# than the wall clock (shown too); peak memory is the maximum resident set
# size. A short run on a tenth of the roster shows whether memory stays flat
# as the input grows. The last line reads, e.g.
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

base_cpu=$(awk '{ print $2 }' "$tmp/base.runs" | median)
app_cpu=$(awk '{ print $2 }' "$tmp/app.runs" | median)
base_wall=$(awk '{ print $1 }' "$tmp/base.runs" | median)
app_wall=$(awk '{ print $1 }' "$tmp/app.runs" | median)
base_rss=$(awk '{ print $3 }' "$tmp/base.runs" | sort -g | tail -n 1)
app_rss=$(awk '{ print $3 }' "$tmp/app.runs" | sort -g | tail -n 1)

awk -v n="$lines" -v bc="$base_cpu" -v ac="$app_cpu" -v bw="$base_wall" -v aw="$app_wall" \
    -v br="$base_rss" -v ar="$app_rss" -v sr="$small_rss" '
  BEGIN {
    printf "lines %d, medians of the runs\n", n
    printf "base  %8.0f profiles/s (cpu %.2f s)  %8.0f profiles/s (wall %.2f s)  peak %.1f MiB\n", n / bc, bc, n / bw, bw, br / 1024
    printf "app   %8.0f profiles/s (cpu %.2f s)  %8.0f profiles/s (wall %.2f s)  peak %.1f MiB (%.1f MiB for %d lines)\n", n / ac, ac, n / aw, aw, ar / 1024, sr / 1024, n / 10
    printf "ratio throughput %.2f memory %.2f\n", bc / ac, ar / br
  }'
