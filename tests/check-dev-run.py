#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that `build-aux/dev.sh run --score FILE --format json > out.json`
writes the document alone: the step of `run` that compiles the build
folder and starts its program (`dev.sh run-in BUILD_DIR`, which installs
nothing and never enters the Debian 13 root) leaves meson's and ninja's
words on standard error, and standard output is what `creator-role
--score` prints when run directly."""

import json
import os
import subprocess
import sys
import tempfile

dev_sh, build_dir, executable = sys.argv[1], sys.argv[2], sys.argv[3]

answers = {
    "compensation": "per-campaign", "agreement": "per-campaign", "brands": "many",
    "exclusivity": "yes", "audience": "100k-1m", "content": "create", "customer": "no",
    "effort": "job", "notoriety": "niche", "platforms": ["instagram", "youtube", "blog"]}

failures = 0


def fail(message):
    global failures
    print(f"not ok: {message}")
    failures += 1


with tempfile.TemporaryDirectory() as folder:
    profile = os.path.join(folder, "full-time-creator.json")
    with open(profile, "w", encoding="utf-8") as f:
        json.dump({"answers": answers}, f)

    args = ["--score", profile, "--format", "json"]
    # As from a terminal with no display: `run` then says so on standard
    # error and goes on, since scoring needs none.
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    run = subprocess.run([dev_sh, "run-in", build_dir, *args], capture_output=True,
                         text=True, env=env, check=False)
    direct = subprocess.run([executable, *args], capture_output=True, text=True, env=env,
                            check=True)

    if run.returncode != 0:
        fail(f"dev.sh run-in exited with {run.returncode}: {run.stderr.strip()}")
    # The compile step ran, and said so where it should.
    if "INFO:" not in run.stderr and "ninja" not in run.stderr:
        fail(f"meson's words are not on standard error: {run.stderr!r}")
    try:
        document = json.loads(run.stdout)
    except json.JSONDecodeError as error:
        fail(f"standard output is not JSON ({error}): {run.stdout[:300]!r}")
        document = None

    if document is not None:
        expected = json.loads(direct.stdout)
        # Made a moment apart.
        document.pop("created", None)
        expected.pop("created", None)
        if document != expected:
            fail("the document differs from creator-role --score's")
        if document.get("result", {}).get("role") != "influencer":
            fail(f"role {document.get('result', {}).get('role')!r}")

print(f"dev.sh run-in: {failures} problems")
sys.exit(1 if failures else 0)
