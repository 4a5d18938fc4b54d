#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The card and the report from the command line, against the result
# document from the same command line.
#
#   build-aux/bench-render.sh [BUILD_DIR]
#
# Generates a roster of LINES creators (build-aux/gen-roster.py,
# deterministic), one document a file, then for each creator in turn runs
#   json  creator-role --score FILE --format json --output OUT
#   png   creator-role --score FILE --format png --output OUT    (the square card)
#   wide  creator-role --score FILE --format png --size wide --output OUT
#   pdf   creator-role --score FILE --format pdf --output OUT    (the report, A4)
# one after the other, so that a busy moment of the machine weighs on all
# alike, and times each run from its start to its exit. It prints the
# median and the 90th percentile per profile of each, and last a line such as
#   ratio png 2.10 wide 2.00 pdf 2.60
# (the median of each over json's: what drawing adds to a run that reads,
# scores and writes the same answers). Goals: a card well under 100 ms and a
# report under 300 ms a profile, process start included, on 2 cores.
#
# Environment: LINES (1000), SEED (11), WORKDIR (a new temporary folder).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-$root/_build}" && pwd)
lines=${LINES:-1000}
seed=${SEED:-11}
app="$build/app/creator-role"

[ -x "$app" ] || { echo "bench-render: $app is missing; build first (ninja -C $build)" >&2; exit 1; }

export LANG=C.UTF-8 GSETTINGS_BACKEND=memory
unset LANGUAGE DISPLAY WAYLAND_DISPLAY

tmp=${WORKDIR:-$(mktemp -d)}
[ -n "${WORKDIR:-}" ] || trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/in" "$tmp/out"

python3 "$root/build-aux/gen-roster.py" "$lines" "$seed" | split -l 1 -a 6 -d - "$tmp/in/p"

python3 - "$app" "$tmp" <<'PY'
import os, statistics, subprocess, sys, time

app, tmp = sys.argv[1], sys.argv[2]
kinds = {
    "json": ["--format", "json"],
    "png": ["--format", "png"],
    "wide": ["--format", "png", "--size", "wide"],
    "pdf": ["--format", "pdf"],
}
times = {k: [] for k in kinds}
files = sorted(os.listdir(os.path.join(tmp, "in")))
for name in files:
    path = os.path.join(tmp, "in", name)
    for kind, args in kinds.items():
        out = os.path.join(tmp, "out", kind)
        start = time.perf_counter()
        subprocess.run([app, "--score", path, *args, "--output", out], check=True)
        times[kind].append((time.perf_counter() - start) * 1000)

print(f"profiles {len(files)}, ms a profile (process start included):")
for kind, t in times.items():
    t.sort()
    print(f"  {kind:5} median {statistics.median(t):6.1f}  p90 {t[int(len(t) * 0.9)]:6.1f}")
base = statistics.median(times["json"])
print("ratio " + " ".join(f"{k} {statistics.median(times[k]) / base:.2f}"
                          for k in ("png", "wide", "pdf")))
PY
