#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the rows of app/core/cr-i18n.c's table of languages: those of po/LINGUAS,
in its order, after English, the language of the sources, which
app/core/cr-i18n.c lists itself.

gen-languages.py OUTPUT LINGUAS MO...

Each catalogue gives its language's name in that language: the translation
of "English" in the context "language name", which app/core/cr-i18n.c marks. The
text direction follows the first letter of that name that has one, as Pango
finds a paragraph's: a language whose name is written from right to left
is written so. Each MO is po/<code>/LC_MESSAGES/<domain>.mo as meson builds
it; a language without a catalogue, or whose catalogue does not name it,
fails the build.
"""
import sys
import unicodedata

# The module beside this file, read without leaving its bytecode in the
# source tree.
sys.dont_write_bytecode = True
import catalogues

# The msgid and context of the language's name in app/core/cr-i18n.c.
NAME_CONTEXT = 'language name'
SOURCE_NAME = 'English'


def is_rtl(name):
    for char in name:
        direction = unicodedata.bidirectional(char)
        if direction in ('R', 'AL'):
            return True
        if direction == 'L':
            return False
    return False


def c_string(text):
    return '"' + text.replace('\\', '\\\\').replace('"', '\\"') + '"'


def main():
    output, linguas_path = sys.argv[1:3]
    languages = []
    problems = []
    for code, catalogue in catalogues.load(linguas_path, sys.argv[3:]):
        if catalogue is None:
            problems.append('po/LINGUAS lists %s, but no catalogue was built for it' % code)
            continue
        name = catalogue.pgettext(NAME_CONTEXT, SOURCE_NAME)
        if name == SOURCE_NAME:
            problems.append('po/%s.po does not give the language\'s name: translate "%s" '
                            '(msgctxt "%s") into the name of the language in itself'
                            % (code, SOURCE_NAME, NAME_CONTEXT))
            continue
        languages.append((code, name))

    if problems:
        for problem in problems:
            print('gen-languages.py: ' + problem, file=sys.stderr)
        sys.exit(1)

    lines = ['/* Generated from po/LINGUAS and the catalogues by build-aux/gen-languages.py. */']
    for code, name in languages:
        lines.append('{ %s, %s, %s },' % (c_string(code), c_string(name),
                                          'TRUE' if is_rtl(name) else 'FALSE'))

    with open(output, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')


main()
