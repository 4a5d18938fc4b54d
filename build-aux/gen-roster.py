#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a roster of creators as JSON Lines, or as CSV with --csv, for the
batch and roster benchmarks.

gen-roster.py N [SEED] > roster.jsonl
gen-roster.py --csv N [SEED] > roster.csv

Every line is an answers object with varied answers: most questions
answered, some left out or null, several platforms or none, now and then
the format and version members of a full document. The same N and SEED
always give the same file.
"""
import random
import sys

QUESTIONS = [
    ("compensation", ["none", "gifts", "per-campaign", "retainer"]),
    ("agreement", ["none", "per-campaign", "long-term"]),
    ("brands", ["none", "one", "few", "many"]),
    ("exclusivity", ["never", "depends", "yes"]),
    ("audience", ["under-1k", "1k-10k", "10k-100k", "100k-1m", "over-1m"]),
    ("content", ["relay", "mixed", "create"]),
    ("customer", ["yes-loyal", "sometimes", "no"]),
    ("effort", ["occasional", "part-time", "job"]),
    ("notoriety", ["no", "niche", "public-figure"]),
]
PLATFORMS = ["instagram", "youtube", "tiktok", "snapchat", "blog", "x",
             "facebook", "linkedin", "twitch", "other"]


def main_csv(args):
    """The same kind of answers as a spreadsheet would hold them: a name
    column, a column a question, empty cells for what is not answered,
    the platforms separated by spaces in one cell."""
    n = int(args[0])
    rng = random.Random(int(args[1]) if len(args) > 1 else 7)
    out = sys.stdout
    batch = ["name," + ",".join(q for q, _ in QUESTIONS) + ",platforms\n"]
    for i in range(n):
        cells = ['"Creator %07d"' % i if i % 3 else "@c%07d" % i]
        for _, options in QUESTIONS:
            cells.append("" if rng.random() < 0.06 else rng.choice(options))
        if rng.random() < 0.95:
            chosen = [p for p in PLATFORMS if rng.random() < 0.3]
            cells.append(" ".join(chosen) if chosen else "none")
        else:
            cells.append("")
        batch.append(",".join(cells) + "\n")
        if len(batch) >= 10000:
            out.write("".join(batch))
            batch.clear()
    out.write("".join(batch))


def main():
    if sys.argv[1] == "--csv":
        main_csv(sys.argv[2:])
        return
    n = int(sys.argv[1])
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 7)
    out = sys.stdout
    batch = []
    for i in range(n):
        parts = []
        for qid, options in QUESTIONS:
            p = rng.random()
            if p < 0.04:
                continue
            if p < 0.06:
                parts.append('"%s":null' % qid)
            else:
                parts.append('"%s":"%s"' % (qid, rng.choice(options)))
        if rng.random() < 0.95:
            chosen = [p for p in PLATFORMS if rng.random() < 0.3]
            parts.append('"platforms":[%s]' % ",".join('"%s"' % p for p in chosen))
        head = '"creator":"c%07d",' % i
        if rng.random() < 0.05:
            head = '"format":"creator-role/result","version":1,' + head
        batch.append('{%s"answers":{%s}}\n' % (head, ",".join(parts)))
        if len(batch) == 10000:
            out.write("".join(batch))
            batch.clear()
    out.write("".join(batch))


if __name__ == "__main__":
    main()
