#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks data/profile-readings.md against the profiles the tests use.

check-profile-readings.py EXECUTABLE HEADER DOC [--write]

HEADER is tests/cr-test-profiles.h, DOC data/profile-readings.md. Every
profile of HEADER must appear in DOC, in the same order, with the same
answers, reading and reason, and with the result that `EXECUTABLE --score`
gives it now: verdict, shares and close call. With --write, DOC is written
from HEADER and EXECUTABLE instead.
"""
import json
import re
import subprocess
import sys

ROLES = {"INFLUENCER": "influencer", "AMBASSADOR": "ambassador",
         "CONTRACTED": "contracted-ambassador", '"none"': "none", "NULL": None}
NAMES = {"influencer": "Influencer", "ambassador": "Brand ambassador",
         "contracted-ambassador": "Contracted ambassador", "none": "Neither, yet", None: "No verdict"}
ENTRY = re.compile(r'\{\s*"([a-z0-9-]+)",\s*((?:"(?:[^"\\]|\\.)*"\s*)+),\s*'
                   r'(INFLUENCER|AMBASSADOR|CONTRACTED|"none"|NULL),\s*(-?\d),\s*'
                   r'(INFLUENCER|AMBASSADOR|CONTRACTED|NULL),\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\}')

HEAD = """# How Creator Role reads in-between people

Creator Role's verdicts follow one article on influencers and ambassadors
(see the RUBRIC and How Scoring Works in the app). These are the people the
tests hold it to: the four obvious cases first, then people who are half one
thing, half another, then answer sheets left partly blank. For each, the
reading a careful reader of the article gives, why, and the result the app
gives today. Where the article allows two readings, the result must be a
close call between them.

Answers use the ids of the result document (`creator-role --score`).
Shares are influencer / brand ambassador / contracted ambassador, of 100.

This file is checked against `tests/cr-test-profiles.h` and the app by the
`profile-readings` test; `tests/check-profile-readings.py EXECUTABLE HEADER
DOC --write` rewrites it.
"""


def strings(text):
    return "".join(bytes(s, "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")
                   for s in re.findall(r'"((?:[^"\\]|\\.)*)"', text))


def read_profiles(header):
    with open(header, encoding="utf-8") as f:
        source = f.read()
    body = source[source.index("cr_test_profiles[] = {"):]
    profiles = []
    for name, answers, role, close, other, why in ENTRY.findall(body):
        profiles.append({"name": name, "answers": strings(answers), "role": ROLES[role],
                         "close": int(close), "other": ROLES[other], "why": strings(why)})
    if len(profiles) != body.count('\n  { "'):
        sys.exit("check-profile-readings: could not read every profile of %s" % header)
    return profiles


def answers_object(spec):
    answers = {}
    for word in spec.split():
        key, value = word.split("=", 1)
        answers[key] = [v for v in value.split(",") if v] if key == "platforms" else value
    return answers


def score(executable, spec):
    run = subprocess.run([executable, "--score", "-", "--language", "en"],
                         input=json.dumps({"answers": answers_object(spec)}),
                         capture_output=True, text=True, check=True)
    return json.loads(run.stdout)["result"]


def reading(profile):
    if profile["other"] is not None:
        return "%s or %s, a close call" % (NAMES[profile["role"]], NAMES[profile["other"]])
    return NAMES[profile["role"]]


def outcome(result):
    role = result["role"]
    if role not in ("influencer", "ambassador", "contracted-ambassador"):
        return "%s, no shares" % NAMES[role]
    scores = result["scores"]
    return "%s, %d / %d / %d%s" % (NAMES[role], scores["influencer"], scores["ambassador"],
                                   scores["contracted-ambassador"],
                                   ", a close call" if result["close_call"] else "")


def render(executable, profiles):
    out = [HEAD]
    for profile in profiles:
        result = score(executable, profile["answers"])
        out.append("## %s\n" % profile["name"])
        out.append("- Answers: `%s`" % (profile["answers"] or "(none)"))
        out.append("- Reading: %s. %s" % (reading(profile), profile["why"]))
        out.append("- Result: %s.\n" % outcome(result))
    return "\n".join(out)


def main():
    executable, header, doc = sys.argv[1:4]
    profiles = read_profiles(header)
    text = render(executable, profiles)
    if "--write" in sys.argv[4:]:
        with open(doc, "w", encoding="utf-8") as f:
            f.write(text)
        return 0
    with open(doc, encoding="utf-8") as f:
        current = f.read()
    if current == text:
        print("ok: %d profiles" % len(profiles))
        return 0
    current_lines, lines = current.splitlines(), text.splitlines()
    for i, (a, b) in enumerate(zip(current_lines, lines)):
        if a != b:
            print("not ok: %s:%d says\n  %s\nbut the profiles and the app give\n  %s"
                  % (doc, i + 1, a, b))
            break
    else:
        print("not ok: %s has %d lines, expected %d" % (doc, len(current_lines), len(lines)))
    return 1


if __name__ == "__main__":
    sys.exit(main())
