#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Adding a language takes a .po file and a line in po/LINGUAS: the build
reads the language's name and direction from the new catalogue.

Runs build-aux/gen-languages.py as the build does, on catalogues compiled
here with msgfmt: Hebrew and French in the order of their LINGUAS, Hebrew
written from right to left because its name is; then a catalogue that
does not give its language's name, and a LINGUAS line without a catalogue,
both of which must fail the build with a message naming the language.

usage: check-gen-languages.py GEN_LANGUAGES
"""
import os
import subprocess
import sys
import tempfile

generator = sys.argv[1]
failures = []

PO = '''msgid ""
msgstr ""
"Project-Id-Version: creator-role\\n"
"PO-Revision-Date: 2026-12-02 00:00+0000\\n"
"Last-Translator: The Creator Role developers\\n"
"Language-Team: The Creator Role developers\\n"
"Language: {code}\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"

msgctxt "language name"
msgid "English"
msgstr "{name}"

msgid "Start"
msgstr "{start}"
'''


def catalogue(root, code, name, start='x'):
    """Compiles po/<code>.po as meson lays it out: <code>/LC_MESSAGES/<domain>.mo."""
    po = os.path.join(root, code + '.po')
    with open(po, 'w', encoding='utf-8') as f:
        f.write(PO.format(code=code, name=name, start=start))
    folder = os.path.join(root, code, 'LC_MESSAGES')
    os.makedirs(folder)
    mo = os.path.join(folder, 'creator-role.mo')
    subprocess.run(['msgfmt', '--check', '-o', mo, po], check=True)
    return mo


def generate(root, linguas, mos):
    path = os.path.join(root, 'LINGUAS')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('# a comment, then one code a line\n' + ''.join(c + '\n' for c in linguas))
    output = os.path.join(root, 'cr-languages.h')
    run = subprocess.run([sys.executable, generator, output, path] + mos,
                         capture_output=True, text=True)
    rows = None
    if run.returncode == 0:
        with open(output, encoding='utf-8') as f:
            rows = [line.strip() for line in f if line.startswith('{')]
    return run, rows


with tempfile.TemporaryDirectory() as root:
    he = catalogue(root, 'he', 'עברית', 'התחלה')
    fr = catalogue(root, 'fr', 'Français', 'Commencer')
    pt = catalogue(root, 'pt', '', 'Começar')

    run, rows = generate(root, ['he', 'fr'], [fr, he])
    expected = ['{ "he", "עברית", TRUE },', '{ "fr", "Français", FALSE },']
    if run.returncode != 0:
        failures.append('he and fr: the generator failed: %s' % run.stderr.strip())
    elif rows != expected:
        failures.append('he and fr: rows %r, expected %r' % (rows, expected))

    run, rows = generate(root, ['fr', 'pt'], [fr, pt])
    if run.returncode == 0:
        failures.append('pt names no language, yet the generator succeeded')
    elif 'po/pt.po' not in run.stderr or 'language name' not in run.stderr:
        failures.append('pt names no language: the message does not say so: %r' % run.stderr)

    run, rows = generate(root, ['fr', 'it'], [fr])
    if run.returncode == 0:
        failures.append('it has no catalogue, yet the generator succeeded')
    elif 'it' not in run.stderr.split():
        failures.append('it has no catalogue: the message does not name it: %r' % run.stderr)

for f in failures:
    print(f)
print('%d problems' % len(failures))
sys.exit(1 if failures else 0)
