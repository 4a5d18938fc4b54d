#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks real documents printed by `creator-role --score` against the JSON
Schema in data/, for every profile of RUBRIC.md, a partial set of answers,
an empty one, and every option of every question."""

import json
import subprocess
import sys

import jsonschema

executable, schema_path = sys.argv[1], sys.argv[2]

with open(schema_path, encoding="utf-8") as f:
    schema = json.load(f)
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(
    schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)

profiles = {
    "full-time-creator": {
        "compensation": "per-campaign", "agreement": "per-campaign", "brands": "many",
        "exclusivity": "yes", "audience": "100k-1m", "content": "create", "customer": "no",
        "effort": "job", "notoriety": "niche", "platforms": ["instagram", "youtube", "blog"]},
    "loyal-fan": {
        "compensation": "none", "agreement": "none", "brands": "one", "exclusivity": "never",
        "audience": "under-1k", "content": "relay", "customer": "yes-loyal",
        "effort": "occasional", "notoriety": "no", "platforms": ["x"]},
    "face-of-the-brand": {
        "compensation": "retainer", "agreement": "long-term", "brands": "one",
        "exclusivity": "never", "audience": "over-1m", "content": "create",
        "customer": "yes-loyal", "effort": "part-time", "notoriety": "public-figure",
        "platforms": ["instagram"]},
    "no-brand-at-all": {"compensation": "none", "agreement": "none", "brands": "none"},
    "partial": {"audience": "10k-100k", "platforms": []},
    "empty": {},
}
expected_roles = {
    "full-time-creator": "influencer", "loyal-fan": "ambassador",
    "face-of-the-brand": "contracted-ambassador", "no-brand-at-all": "none",
    "partial": None, "empty": None,
}

# Every option of every question, taken from the schema's own enums.
for question, rule in schema["properties"]["answers"]["properties"].items():
    options = rule.get("enum") or rule["oneOf"][0]["items"]["enum"]
    for option in options:
        if option is None:
            continue
        value = [option] if "oneOf" in rule else option
        profiles[f"{question}={option}"] = {question: value}

failures = 0
for name, answers in profiles.items():
    run = subprocess.run([executable, "--score", "-"], input=json.dumps({"answers": answers}),
                         capture_output=True, text=True, check=False)
    if run.returncode != 0:
        print(f"not ok: {name}: exit {run.returncode}: {run.stderr.strip()}")
        failures += 1
        continue
    document = json.loads(run.stdout)
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    for error in errors:
        print(f"not ok: {name}: {'/'.join(map(str, error.path))}: {error.message}")
    failures += len(errors)
    if name in expected_roles and document["result"]["role"] != expected_roles[name]:
        print(f"not ok: {name}: role {document['result']['role']}")
        failures += 1
    if document["answers"] != answers:
        print(f"not ok: {name}: answers changed on the way: {document['answers']}")
        failures += 1

# A document that breaks the schema is caught: the check itself can fail.
broken = json.loads(subprocess.run([executable, "--score", "-"], input='{"answers": {}}',
                                   capture_output=True, text=True, check=True).stdout)
broken["result"]["role"] = "celebrity"
if validator.is_valid(broken):
    print("not ok: the schema accepts an unknown role")
    failures += 1
# A change said to be possible must have steps and a share.
broken = json.loads(subprocess.run([executable, "--score", "-"], input='{"answers": {}}',
                                   capture_output=True, text=True, check=True).stdout)
broken["result"]["would_change"][0]["steps"] = []
if validator.is_valid(broken):
    print("not ok: the schema accepts a possible change with no steps")
    failures += 1

# What to answer first, with no verdict yet, has no share: it depends on
# the answers still to come.
broken = json.loads(subprocess.run([executable, "--score", "-"], input='{"answers": {}}',
                                   capture_output=True, text=True, check=True).stdout)
broken["result"]["would_change"][0]["score"] = 67
if validator.is_valid(broken):
    print("not ok: the schema accepts a share for what to answer first")
    failures += 1

print(f"{len(profiles)} documents checked, {failures} problems")
sys.exit(1 if failures else 0)
