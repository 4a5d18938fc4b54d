#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Rosters in the spreadsheets LibreOffice Calc makes, read by the app, and
the app's XLSX export opened in Calc.

A CSV roster of varied creators (accented and Arabic names, a name that
looks like a number, a formula-like name, empty cells, several platforms,
adjacent cells of the same value, a blank row) is scored by
`creator-role --score roster.csv --batch --format csv`: what every other
form of it must give. `soffice --headless --convert-to` makes of that CSV
an Excel workbook (.xlsx), an Excel 97-2003 one (.xls) and an OpenDocument
spreadsheet (.ods), as Calc saves them; each is scored the same way, and
must give the same rows, byte for byte: the .ods's runs of equal cells
side by side (Calc stores "none,none" as one cell repeated) included.

Then the app's own export, `--batch --format xlsx`, is opened in Calc and
written as flat OpenDocument XML (.fods): every cell must be a value, no
formula, and show what the CSV export shows (a guarded name without the
single quote its CSV cell has, the shares as numbers); its second sheet,
Summary, must hold the roster's figures, the numbers as numbers. Last,
the XLSX export read back by the app scores as the CSV does.

Needs soffice (build-aux/dev.sh installs libreoffice-calc-nogui) and a
build that reads and writes spreadsheets; without them it fails rather
than skips.
"""

import csv
import io
import os
import subprocess
import sys
import tempfile

# The module beside this file, read without leaving its bytecode in the
# source tree.
sys.dont_write_bytecode = True
from crcalc import GUARDED, Checks, convert, find_soffice, fods_rows, fods_tables

HEADER = ["name", "compensation", "agreement", "brands", "exclusivity", "audience",
          "content", "customer", "effort", "notoriety", "platforms"]
ROWS = [
    ["Zo\u00e9 Durand", "none", "none", "one", "yes", "1k-10k", "relay", "yes-loyal",
     "occasional", "no", "instagram"],
    ["\u0644\u064a\u0644\u0649", "retainer", "long-term", "one", "yes", "over-1m", "create",
     "yes-loyal", "job", "public-figure", "instagram youtube"],
    ["2024", "per-campaign", "per-campaign", "many", "never", "10k-100k", "create", "no",
     "job", "niche", "tiktok youtube blog"],
    [],
    ["=1+1", "gifts", "", "", "", "", "", "", "", "", ""],
    ["O'Brien", "", "", "few", "depends", "", "mixed", "sometimes", "", "", "none"],
]

executable = sys.argv[1]
soffice = find_soffice()
checks = Checks()
fail = checks.fail


def score(path, *extra):
    run = subprocess.run([executable, "--score", path, "--batch", "--format", "csv", *extra],
                         capture_output=True, check=False)
    return run.returncode, run.stdout, run.stderr.decode()


with tempfile.TemporaryDirectory() as tmp:
    home = os.path.join(tmp, "home")
    outdir = os.path.join(tmp, "out")
    os.mkdir(home)
    roster = os.path.join(tmp, "roster.csv")
    with open(roster, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(ROWS)

    status, expected, err = score(roster)
    if status != 0:
        sys.exit(f"scoring the CSV roster: exit {status}: {err}")

    # The CSV opened as text in every column (so that 2024 stays a name
    # and =1+1 a text, as a user types them into cells formatted as
    # text), then saved in each of Calc's formats.
    infilter = "CSV:44,34,76,1,1/2/2/2/3/2/4/2/5/2/6/2/7/2/8/2/9/2/10/2/11/2"
    for target in ("xlsx:Calc MS Excel 2007 XML", "xls:MS Excel 97", "ods:calc8"):
        made = convert(soffice, roster, target, home, outdir, infilter)
        status, out, err = score(made)
        kind = os.path.splitext(made)[1]
        if status != 0:
            fail(f"{kind} made by Calc: exit {status}: {err.strip()}")
        elif out != expected:
            got = out.decode().splitlines()
            want = expected.decode().splitlines()
            diff = [(w, g) for w, g in zip(want, got) if w != g]
            fail(f"{kind} made by Calc scores otherwise than the CSV: {len(got)} lines for "
                 f"{len(want)}; first difference {diff[:1]}")
        else:
            print(f"ok: the {kind} Calc made of the roster scores as the CSV does "
                  f"({len(expected.splitlines()) - 1} creators)")

    # The app's XLSX export, opened in Calc.
    export = os.path.join(tmp, "export.xlsx")
    with open(export, "wb") as f:
        run = subprocess.run([executable, "--score", roster, "--batch", "--format", "xlsx"],
                             stdout=f, stderr=subprocess.PIPE, check=False)
    if run.returncode != 0:
        sys.exit(f"--batch --format xlsx: exit {run.returncode}: {run.stderr.decode()}")
    tables = fods_tables(convert(soffice, export, "fods", home, outdir))
    rows = tables[0][1]
    csv_rows = list(csv.reader(io.StringIO(expected.decode())))
    if len(rows) != len(csv_rows):
        fail(f"Calc reads {len(rows)} rows of the XLSX export, the CSV has {len(csv_rows)}")
    formulas = [text for row in rows for text, _, formula in row if formula is not None]
    if formulas:
        fail(f"Calc made formulas of the XLSX export's cells: {formulas}")
    mismatches = []
    for row, csv_row in zip(rows, csv_rows):
        for c, cell in enumerate(csv_row):
            text = cell[1:] if cell.startswith("'") and cell[1:].startswith(GUARDED) else cell
            shown = row[c][0] if c < len(row) else ""
            if shown != text:
                mismatches.append((csv_row[0], HEADER[c] if c < len(HEADER) else c, shown, text))
    if mismatches:
        fail(f"Calc shows the XLSX export otherwise than the CSV: {mismatches[:3]}")
    else:
        print(f"ok: Calc shows the XLSX export's {len(rows)} rows as the CSV has them, "
              "no cell a formula")
    shares = {row[12][1] for row in rows[1:] if len(row) > 12 and row[12][0]}
    if shares != {"float"}:
        fail(f"the shares are {shares} in Calc, expected numbers")
    else:
        print("ok: Calc takes the shares for numbers")

    # Its second sheet sums the roster up: a row a figure, its words, the
    # number, its id.
    summary = {}
    if len(tables) > 1:
        summary = {row[2][0]: (row[0][0], row[1][0], row[1][1])
                   for row in tables[1][1] if len(row) >= 3}
    n_creators = str(len(csv_rows) - 1)
    if [name for name, _ in tables] != [tables[0][0], "Summary"]:
        fail(f"the XLSX export's sheets are {[name for name, _ in tables]}, "
             "expected the roster's and Summary")
    elif summary.get("total") != ("Creators", n_creators, "float") or \
            summary.get("close-calls", ("",))[0] != "Close calls" or \
            summary.get("duplicate-names", ("", "", ""))[2] != "float":
        fail(f"the Summary sheet reads {summary}, expected {n_creators} creators")
    else:
        print(f"ok: Calc shows the XLSX export's Summary sheet: {len(summary)} figures, "
              f"{n_creators} creators")

    status, out, err = score(export)
    if status != 0 or out != expected:
        fail(f"the XLSX export read back scores otherwise than the CSV (exit {status}): {err}")
    else:
        print("ok: the XLSX export read back scores as the CSV does")

checks.exit()
