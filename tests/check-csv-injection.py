#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Opens a real CSV export in LibreOffice Calc and checks that no name
became a formula (CSV injection).

A roster whose names are formulas (=1+1, =HYPERLINK(…)) and other texts a
spreadsheet may take for one (+…, -…, @…) is scored by
`creator-role --score roster.csv --batch --format csv`; `soffice
--headless --convert-to fods` opens that export as Calc opens a CSV, with
formulas evaluated, and writes it as flat OpenDocument XML, where a cell
that holds a formula has a table:formula attribute. No cell may have one,
and each name cell must show the name as text: the name itself, or, when
the export guards it, the name after the single quote the guard puts
before it. The same export read back by creator-role gives every name as
it was. A control file, the same names written with no guard, must come
out of Calc with formulas, so that the check is seen to catch them.
"""

import csv
import io
import json
import os
import subprocess
import sys
import tempfile

# The module beside this file, read without leaving its bytecode in the
# source tree.
sys.dont_write_bytecode = True
from crcalc import GUARDED, Checks, convert, find_soffice, fods_rows

NAMES = [
    "=1+1",
    '=HYPERLINK("http://example.com";"click")',
    "=cmd|' /C calc'!A0",
    "+33 6 12 34 56 78",
    "-2+3",
    "@handle",
    "Zo\u00eb Durand",
    "O'Brien",
]
ANSWERS = "per-campaign,many,instagram youtube"

executable = sys.argv[1]
soffice = find_soffice()
checks = Checks()
fail = checks.fail


def csv_text(names):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["name", "compensation", "brands", "platforms"])
    for name in names:
        writer.writerow([name, *ANSWERS.split(",")])
    return out.getvalue()


def calc_cells(path, home, outdir):
    """The rows of @path as Calc reads it: (text, formula or None) a cell."""
    # Comma-separated, quotes around text, UTF-8 (76), first row 1; the
    # 13th token, formulas evaluated, as a spreadsheet opening the file
    # does when asked to.
    infilter = "CSV:44,34,76,1,,0,false,true,false,false,false,-1,true"
    converted = convert(soffice, path, "fods", home, outdir, infilter)
    return [[(text, formula) for text, _, formula in row] for row in fods_rows(converted)]


with tempfile.TemporaryDirectory() as tmp:
    home = os.path.join(tmp, "home")
    outdir = os.path.join(tmp, "out")
    os.mkdir(home)
    roster = os.path.join(tmp, "roster.csv")
    with open(roster, "w", encoding="utf-8") as f:
        f.write(csv_text(NAMES))

    run = subprocess.run([executable, "--score", roster, "--batch", "--format", "csv"],
                         capture_output=True, check=False)
    if run.returncode != 0:
        sys.exit(f"--batch --format csv: exit {run.returncode}: {run.stderr.decode()}")
    exported = run.stdout
    export = os.path.join(tmp, "export.csv")
    with open(export, "wb") as f:
        f.write(exported)

    # The control: the roster as written by hand, with nothing guarded, is
    # what Calc turns into formulas.
    control = calc_cells(roster, home, outdir)
    if control[1][0][1] is None or control[2][0][1] is None:
        fail(f"Calc made no formula of the unguarded names: {control[1:3]}")
    else:
        print("ok: Calc takes the unguarded =1+1 and =HYPERLINK(…) for formulas: "
              f"{control[1][0][1]}, {control[2][0][1]}")

    rows = calc_cells(export, home, outdir)
    if len(rows) != len(NAMES) + 1:
        fail(f"Calc read {len(rows)} rows, expected {len(NAMES) + 1}")
    if rows and rows[0][0][0] != "name":
        fail(f"the header's first cell is {rows[0][0][0]!r}")
    for name, cells in zip(NAMES, rows[1:]):
        formulas = [f for _, f in cells if f is not None]
        if formulas:
            fail(f"{name!r}: Calc made formulas: {formulas}")
            continue
        shown = cells[0][0]
        expected = "'" + name if name.lstrip("'").startswith(GUARDED) else name
        if shown != expected:
            fail(f"{name!r}: Calc shows {shown!r}, expected {expected!r}")
        else:
            print(f"ok: {name!r} is text in Calc: {shown!r}")

    # The export read back: every name as it was.
    run = subprocess.run([executable, "--score", export, "--batch", "--format", "csv"],
                         capture_output=True, check=False)
    if run.returncode != 0:
        fail(f"reading the export back: exit {run.returncode}: {run.stderr.decode()}")
    elif run.stdout != exported:
        fail("the export read back and written again differs")
    run = subprocess.run([executable, "--score", export, "--batch"],
                         capture_output=True, text=True, check=False)
    read_names = [json.loads(line).get("name") for line in run.stdout.splitlines()]
    if read_names != NAMES:
        fail(f"the export reads back as {read_names}, expected {NAMES}")
    else:
        print("ok: the export reads back with every name as it was")

checks.exit()
