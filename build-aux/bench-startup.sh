#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Start-up of Creator Role against a bare AdwApplication window.
#
#   build-aux/bench-startup.sh [BUILD_DIR]
#
# Under Xvfb, with a private session bus (so that the applications register
# as on a desktop, but no portal or other service is started on the way),
# runs alternately RUNS times each, after one warm-up run of each:
#   app   creator-role
#   bare  tests/bench/bench-bare-window: an AdwApplicationWindow of the same
#         default size with a header bar, built in the same tree
# Both run with CR_BENCH_FIRST_FRAME=1 (see app/ui/cr-bench.c): the first
# painted frame, seen by a frame-clock after-paint handler in the process,
# prints the time since the exec call and the peak resident memory so far,
# and ends the process. Settings are in memory and the data folders are
# empty, as on a first start.
#
# Then one more run of the app switches language LANGUAGES times through
# app.language and reports the time from each choice to the end of the
# rebuilt window's first frame.
#
# Prints medians, and last the ratios app / bare, e.g.
#   ratio time 1.04 memory 1.02
# The goal is at most 1.10 for both, and a language switch of at most 50 ms.
#
# Environment: RUNS (10), LANGUAGES (fr,en,de,es,ar,en,fr,de,es,en,ar,en).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-$root/_build}" && pwd)
runs=${RUNS:-10}
languages=${LANGUAGES:-fr,en,de,es,ar,en,fr,de,es,en,ar,en}

app="$build/app/creator-role"
bare="$build/tests/bench/bench-bare-window"
launch="$build/tests/bench/bench-exec"

for f in "$app" "$bare" "$launch"; do
  [ -x "$f" ] || { echo "bench-startup: $f is missing; build first (ninja -C $build)" >&2; exit 1; }
done

if [ -z "${CR_BENCH_INSIDE:-}" ]; then
  for tool in xvfb-run dbus-run-session; do
    command -v "$tool" > /dev/null || { echo "bench-startup: $tool is missing" >&2; exit 1; }
  done
  bus_dir=$(mktemp -d)
  trap 'rm -rf "$bus_dir"' EXIT
  # A session bus with no services to start: nothing but the two programs.
  cat > "$bus_dir/session.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$bus_dir</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF
  CR_BENCH_INSIDE=1 dbus-run-session --config-file="$bus_dir/session.conf" -- \
    xvfb-run -a -s '-screen 0 1280x800x24' "$0" "$build"
  exit
fi

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export LANG=C.UTF-8 GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$build/data"
export CR_LOCALEDIR="$build/po"
export XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache"
export XDG_STATE_HOME="$home/state"
unset LANGUAGE CR_BENCH_LANGUAGES

# One measured start: prints "ms rss_kb".
measure () {
  local line
  line=$(CR_BENCH_FIRST_FRAME=1 timeout 60 "$launch" "$@" 2>&1 >/dev/null | grep '^first-frame-ms ' || true)
  [ -n "$line" ] || { echo "bench-startup: no first frame from $1" >&2; exit 1; }
  awk '{ print $2, $4 }' <<< "$line"
}

median () {
  sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

measure "$app" > /dev/null
measure "$bare" > /dev/null

app_runs=$(mktemp -p "$home")
bare_runs=$(mktemp -p "$home")
for i in $(seq "$runs"); do
  measure "$app" | tee -a "$app_runs" | awk -v i="$i" '{ printf "run %d app   first frame %7.1f ms  peak %6.1f MiB\n", i, $1, $2 / 1024 }'
  measure "$bare" | tee -a "$bare_runs" | awk -v i="$i" '{ printf "run %d bare  first frame %7.1f ms  peak %6.1f MiB\n", i, $1, $2 / 1024 }'
done

app_ms=$(awk '{ print $1 }' "$app_runs" | median)
bare_ms=$(awk '{ print $1 }' "$bare_runs" | median)
app_kb=$(awk '{ print $2 }' "$app_runs" | median)
bare_kb=$(awk '{ print $2 }' "$bare_runs" | median)

switches=$(CR_BENCH_FIRST_FRAME=1 CR_BENCH_LANGUAGES="$languages" timeout 120 "$launch" "$app" 2>&1 >/dev/null |
           grep '^language-switch-ms ' || true)

echo "medians of $runs runs"
awk -v ms="$app_ms" -v kb="$app_kb" 'BEGIN { printf "app   first frame %7.1f ms  peak %6.1f MiB\n", ms, kb / 1024 }'
awk -v ms="$bare_ms" -v kb="$bare_kb" 'BEGIN { printf "bare  first frame %7.1f ms  peak %6.1f MiB\n", ms, kb / 1024 }'
if [ -n "$switches" ]; then
  switch_ms=$(awk '{ print $3 }' <<< "$switches" | median)
  printf 'language switch: median %.1f ms over %d switches (%s)\n' "$switch_ms" \
    "$(wc -l <<< "$switches")" "$(awk '{ printf "%s%s %s", (NR > 1 ? ", " : ""), $2, $3 }' <<< "$switches")"
else
  echo "language switch: not measured (no app.language action answered)"
fi
awk -v am="$app_ms" -v bm="$bare_ms" -v ak="$app_kb" -v bk="$bare_kb" \
  'BEGIN { printf "ratio time %.2f memory %.2f\n", am / bm, ak / bk }'
