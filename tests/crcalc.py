# SPDX-License-Identifier: GPL-3.0-or-later
"""What the checks that open files in LibreOffice Calc share: finding
soffice, a count of failures, converting a file as Calc saves it, and the
cells of the flat OpenDocument file (.fods) Calc writes.

Used by check-csv-injection.py and check-spreadsheets.py, which Python
finds this beside.
"""

import os
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"

# What the export guards with a single quote (CSV injection, as OWASP
# lists it).
GUARDED = ("=", "+", "-", "@", "\t", "\r")


def find_soffice():
    """soffice's path; exits, failing, when it is not installed."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        sys.exit("soffice is not installed (build-aux/dev.sh installs libreoffice-calc-nogui)")
    return soffice


class Checks:
    """Failures counted, each printed as it is found."""

    def __init__(self):
        self.failures = 0

    def fail(self, message):
        print(f"not ok: {message}")
        self.failures += 1

    def exit(self):
        sys.exit(1 if self.failures else 0)


def convert(soffice, path, target, home, outdir, infilter=None):
    """@path converted by Calc to @target ("fods", "xlsx:Calc MS Excel
    2007 XML", …) in @outdir, with @home as its profile's home; returns
    the file made, or exits, failing, when Calc made none."""
    start = time.monotonic()
    args = [soffice, "--headless", "--norestore", "--nolockcheck"]
    if infilter:
        args.append(f"--infilter={infilter}")
    run = subprocess.run(args + ["--convert-to", target, "--outdir", outdir, path],
                         env={**os.environ, "HOME": home}, capture_output=True, text=True,
                         timeout=180, check=False)
    base = os.path.splitext(os.path.basename(path))[0]
    converted = os.path.join(outdir, base + "." + target.split(":")[0])
    if run.returncode != 0 or not os.path.exists(converted):
        sys.exit(f"soffice could not convert {path} to {target} (exit {run.returncode}): "
                 f"{run.stdout.strip()} {run.stderr.strip()}")
    print(f"# {os.path.basename(converted)} made by Calc in {time.monotonic() - start:.1f} s")
    return converted


def fods_rows(path):
    """The rows of a flat ODS as Calc wrote them, empty ones left out, each
    a list of cells (text, value type, formula or None)."""
    return table_rows(ET.parse(path).getroot())


def fods_tables(path):
    """The sheets of a flat ODS as Calc wrote them, in order: (name, rows)
    each, the rows as fods_rows() gives them."""
    return [(table.get(f"{{{TABLE}}}name"), table_rows(table))
            for table in ET.parse(path).iter(f"{{{TABLE}}}table")]


def table_rows(element):
    rows = []
    for row in element.iter(f"{{{TABLE}}}table-row"):
        cells = []
        for cell in row.findall(f"{{{TABLE}}}table-cell"):
            text = "\n".join("".join(p.itertext()) for p in cell.findall(f"{{{TEXT}}}p"))
            repeat = int(cell.get(f"{{{TABLE}}}number-columns-repeated", "1"))
            entry = (text, cell.get(f"{{{OFFICE}}}value-type"), cell.get(f"{{{TABLE}}}formula"))
            cells.extend([entry] * min(repeat, 64))
        while cells and not cells[-1][0]:
            cells.pop()
        if cells:
            rows.append(cells)
    return rows
