#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the questionnaire's short texts in every shipped language, for the
roster reader to know a column or a cell by the words a spreadsheet gives it.

gen-labels.py OUTPUT QUESTIONNAIRE LINGUAS MO...

Every N_() string of QUESTIONNAIRE (app/core/cr-questionnaire.c) of at most
MAX_LENGTH bytes (the questions and the options' labels; the long reasons
are left out) is written with its translation in each language of
LINGUAS, in that order, as the rows of a table (sorted by msgid):

  { "Never", { "Jamais", "Nie", "Nunca", "أبدًا" } },

A language whose catalogue leaves a string untranslated gives NULL there.
The table is data compiled in, so that a reader in a worker thread can
match it without asking gettext, whose answer depends on the process's
language. Each MO is po/<code>/LC_MESSAGES/<domain>.mo as meson builds it.
"""
import os
import re
import sys

# The module beside this file, read without leaving its bytecode in the
# source tree.
sys.dont_write_bytecode = True
import catalogues

MAX_LENGTH = 100

# N_("…") with the literals C joins, over several lines.
N_CALL = re.compile(r'\bN_\(((?:\s*"(?:[^"\\]|\\.)*")+)\s*\)')
LITERAL = re.compile(r'"((?:[^"\\]|\\.)*)"')


def c_unescape(text):
    return re.sub(r'\\(.)', lambda m: {'n': '\n', 't': '\t'}.get(m.group(1), m.group(1)), text)


def msgids(path):
    with open(path, encoding='utf-8') as f:
        source = f.read()
    found = set()
    for call in N_CALL.finditer(source):
        text = ''.join(c_unescape(part) for part in LITERAL.findall(call.group(1)))
        if len(text.encode('utf-8')) <= MAX_LENGTH:
            found.add(text)
    return sorted(found, key=lambda s: s.encode('utf-8'))


def c_string(text):
    if text is None:
        return 'NULL'
    return '"' + text.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n') + '"'


def main():
    output, questionnaire, linguas_path = sys.argv[1:4]
    languages = catalogues.load(linguas_path, sys.argv[4:])
    missing = [code for code, catalogue in languages if catalogue is None]
    if missing:
        print('gen-labels.py: no catalogue was built for ' + ', '.join(missing), file=sys.stderr)
        sys.exit(1)
    codes = [code for code, _ in languages]
    by_code = dict(languages)

    lines = ['/* Generated from %s and the catalogues by build-aux/gen-labels.py. */'
             % os.path.basename(questionnaire),
             '#define CR_LABEL_N_LANGUAGES %d' % len(codes),
             'static const char * const cr_label_languages[] = { %s };'
             % ', '.join(c_string(code) for code in codes),
             'static const struct { const char *msgid; const char *texts[%d]; } cr_labels[] = {'
             % max(len(codes), 1)]
    for msgid in msgids(questionnaire):
        texts = []
        for code in codes:
            text = by_code[code].gettext(msgid)
            texts.append(text if text != msgid else None)
        lines.append('  { %s, { %s } },' % (c_string(msgid),
                                           ', '.join(c_string(t) for t in texts) or 'NULL'))
    lines.append('};')

    with open(output, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    main()
