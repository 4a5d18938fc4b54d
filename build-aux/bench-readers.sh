#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every reader's time against the length of its input: each shape of
# input is read at a length and at four times that length, and the growth
# of the time between the two gives the reader's order.
#
#   build-aux/bench-readers.sh [BUILD_DIR]
#
# Shapes, each read by the command line as a user would give it:
#   csv-rows   a CSV roster of many rows (build-aux/gen-roster.py --csv)
#   csv-cr     the same rows with the CR-only line ends of old spreadsheets
#   csv-wide   one header row of many columns, and one row as wide
#   csv-cell   quoted cells of many lines (200 rows, each cell n lines)
#   jsonl-rows a JSON Lines roster of many lines (gen-roster.py)
#   json-names one result document with many members in one object
# The CSV and JSON Lines shapes run `creator-role --score FILE --batch`,
# the document `creator-role --score FILE`; standard output goes to
# /dev/null. A run of the same shape with a tiny input, in the same run,
# is the floor (process start, the questionnaire, the first buffers) taken
# from both times. Runs alternate, RUNS times each, and the median counts.
#
# It prints, per shape, the medians in ms and last a line such as
#   order csv-rows 1.00 csv-cr 1.01 csv-wide 0.98 csv-cell 1.02 ...
# (log4 of the ratio of the two times above the floor: 1 for a reader
# linear in its input, 2 for a quadratic one). Goal: every order under 1.2.
#
# Environment: RUNS (5), SCALE (1: the lengths; the wide shapes are held
# under the 1 MiB a row or document may take), WORKDIR (a new temporary
# folder).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-$root/_build}" && pwd)
app="$build/app/creator-role"

[ -x "$app" ] || { echo "bench-readers: $app is missing; build first (ninja -C $build)" >&2; exit 1; }

export LANG=C.UTF-8 GSETTINGS_BACKEND=memory
unset LANGUAGE DISPLAY WAYLAND_DISPLAY

tmp=${WORKDIR:-$(mktemp -d)}
[ -n "${WORKDIR:-}" ] || trap 'rm -rf "$tmp"' EXIT

python3 - "$app" "$root" "$tmp" "${RUNS:-5}" "${SCALE:-1}" <<'PY'
import math, os, statistics, subprocess, sys, time

app, root, tmp, runs, scale = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), float(sys.argv[5])
gen = os.path.join(root, "build-aux", "gen-roster.py")

def roster(n, csv):
    args = [sys.executable, gen] + (["--csv"] if csv else []) + [str(n), "7"]
    return subprocess.run(args, check=True, capture_output=True).stdout

def csv_rows(n):
    return roster(n, True)

def csv_cr(n):
    return roster(n, True).replace(b"\r\n", b"\r").replace(b"\n", b"\r")

def csv_wide(n):
    # Two bytes a column: the row stays under 1 MiB up to 500,000.
    return b"name,brands" + b",z" * n + b"\nAda,many" + b"," * n + b"\n"

def csv_cell(n):
    # 200 rows, so that the time is above the floor's noise: 200 times a
    # reader linear in the cell's length is still linear in it.
    return b"name,brands,notes\n" + (b"Ada,many,\"" + b"x\n" * n + b"\"\n") * 200

def jsonl_rows(n):
    return roster(n, False)

def json_names(n):
    members = b",".join(b'"k%d":0' % i for i in range(n))
    return b'{"answers": {"brands": "many"}, "x": {' + members + b"}}"

# Shape, maker, the small length (the large one is four times it), the
# tiny one for the floor, the file's suffix and the command's options.
shapes = [
    ("csv-rows", csv_rows, int(10000 * scale), 1, ".csv", ["--batch"]),
    ("csv-cr", csv_cr, int(10000 * scale), 1, ".csv", ["--batch"]),
    ("csv-wide", csv_wide, min(int(120000 * scale), 120000), 1, ".csv", ["--batch"]),
    ("csv-cell", csv_cell, int(40000 * scale), 1, ".csv", ["--batch"]),
    ("jsonl-rows", jsonl_rows, int(10000 * scale), 1, ".jsonl", ["--batch"]),
    ("json-names", json_names, min(int(20000 * scale), 20000), 1, ".json", []),
]

def run(path, options):
    start = time.perf_counter()
    subprocess.run([app, "--score", path] + options, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000

orders = []
for name, make, n, tiny, suffix, options in shapes:
    paths = {}
    for label, length in (("floor", tiny), ("small", n), ("large", 4 * n)):
        paths[label] = os.path.join(tmp, name + "-" + label + suffix)
        with open(paths[label], "wb") as f:
            f.write(make(length))
    times = {label: [] for label in paths}
    for _ in range(runs):
        for label, path in paths.items():
            times[label].append(run(path, options))
    m = {label: statistics.median(t) for label, t in times.items()}
    small = max(m["small"] - m["floor"], 0.001)
    large = max(m["large"] - m["floor"], 0.001)
    order = math.log(large / small, 4)
    orders.append((name, order))
    print(f"{name:10} n {n:7} floor {m['floor']:7.1f}  n {m['small']:7.1f}  4n {m['large']:7.1f} ms"
          f"  ({os.path.getsize(paths['large']) / 1e6:.1f} MB)")
print("order " + " ".join(f"{name} {order:.2f}" for name, order in orders))
PY
