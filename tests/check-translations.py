#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the translations against the sources.

check-translations.py po SRCDIR
    Every language in po/LINGUAS has a .po and every .po is listed; each
    passes `msgfmt --check`; and, measured against the messages extracted
    from the sources right now (not against the .po's own idea of them),
    each is 100 % translated with nothing fuzzy.

check-translations.py potfiles SRCDIR
    po/POTFILES.in is sorted, lists only files that exist, and lists every
    source or data file with a translatable string.
"""
import glob
import os
import re
import subprocess
import sys
import tempfile

# The keywords and flags of meson's i18n.gettext(preset: 'glib'), and the
# scorer's kept translations, which po/meson.build adds.
XGETTEXT_ARGS = [
    '--from-code=UTF-8', '--add-comments',
    '--keyword=_', '--keyword=N_', '--keyword=C_:1c,2', '--keyword=NC_:1c,2',
    '--keyword=g_dcgettext:2', '--keyword=g_dngettext:2,3', '--keyword=g_dpgettext2:2c,3',
    '--flag=N_:1:pass-c-format', '--flag=C_:2:pass-c-format', '--flag=NC_:2:pass-c-format',
    '--flag=g_dngettext:2:pass-c-format', '--flag=g_strdup_printf:1:c-format',
    '--flag=g_string_printf:2:c-format', '--flag=g_string_append_printf:2:c-format',
    '--flag=g_error_new:3:c-format', '--flag=g_set_error:4:c-format',
    '--flag=g_markup_printf_escaped:1:c-format', '--flag=g_log:3:c-format',
    '--flag=g_print:1:c-format', '--flag=g_printerr:1:c-format',
    '--flag=g_printf:1:c-format', '--flag=g_fprintf:2:c-format',
    '--flag=g_sprintf:2:c-format', '--flag=g_snprintf:3:c-format',
    '--keyword=cr_text_cache_gettext', '--keyword=cr_text_cache_ngettext:1,2',
    '--flag=cr_text_cache_gettext:1:pass-c-format',
    '--flag=cr_text_cache_ngettext:1:pass-c-format',
]

# What marks a string for translation, by kind of file.
# The scorer's keywords count with a string only, not where they are
# declared (app/core/cr-result-private.h).
C_MARKS = re.compile(r'(?<![A-Za-z0-9_])((_|N_|C_|NC_|ngettext|g_dngettext|g_dpgettext2|'
                     r'g_dgettext|g_dcgettext)\s*\(|'
                     r'(cr_text_cache_gettext|cr_text_cache_ngettext)\s*\(\s*")')
UI_MARK = re.compile(r'translatable\s*=\s*"(yes|true|1)"')


def read_potfiles(srcdir):
    with open(os.path.join(srcdir, 'po', 'POTFILES.in'), encoding='utf-8') as f:
        return [line.strip() for line in f
                if line.strip() and not line.lstrip().startswith('#')]


def extract(srcdir, files, output):
    """Runs xgettext over FILES (relative to SRCDIR) into OUTPUT."""
    subprocess.run(['xgettext', '--package-name=creator-role', '--output=' + output,
                    '--directory=' + srcdir] + XGETTEXT_ARGS + files,
                   check=True, capture_output=True, text=True)


def count_messages(pot):
    if not os.path.exists(pot):
        return 0
    with open(pot, encoding='utf-8') as f:
        return sum(1 for line in f if line.startswith('msgid ')) - 1


def check_po(srcdir):
    failures = []
    podir = os.path.join(srcdir, 'po')
    with open(os.path.join(podir, 'LINGUAS'), encoding='utf-8') as f:
        linguas = [w for line in f if not line.startswith('#') for w in line.split()]
    pos = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(podir, '*.po')))

    if not linguas:
        failures.append('po/LINGUAS lists no language')
    for lang in sorted(set(linguas) - set(pos)):
        failures.append('po/LINGUAS lists %s but po/%s.po does not exist' % (lang, lang))
    for lang in sorted(set(pos) - set(linguas)):
        failures.append('po/%s.po is not listed in po/LINGUAS' % lang)

    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, 'creator-role.pot')
        extract(srcdir, read_potfiles(srcdir), pot)
        total = count_messages(pot)
        print('%d messages in the sources' % total)
        if total == 0:
            failures.append('no message extracted from the files of po/POTFILES.in')

        for lang in linguas:
            po = os.path.join(podir, lang + '.po')
            if not os.path.exists(po):
                continue

            # The file as it is.
            check = subprocess.run(['msgfmt', '--check', '--statistics', '-o', os.devnull, po],
                                   capture_output=True, text=True)
            if check.returncode != 0:
                failures.append('po/%s.po: msgfmt --check fails:\n%s' % (lang, check.stderr))

            # The file against today's sources: a message added to the code
            # and not yet translated counts as untranslated.
            merged = os.path.join(tmp, lang + '.po')
            subprocess.run(['msgmerge', '--quiet', '--no-fuzzy-matching', '-o', merged, po, pot],
                           check=True, capture_output=True, text=True)
            stats = subprocess.run(['msgfmt', '--check', '--statistics', '-o', os.devnull,
                                    merged], capture_output=True, text=True)
            print('%s: %s' % (lang, stats.stderr.strip()))
            if stats.returncode != 0:
                failures.append('po/%s.po merged with the sources: msgfmt --check fails:\n%s'
                                % (lang, stats.stderr))
            for kind, flag in (('untranslated', '--untranslated'), ('fuzzy', '--only-fuzzy')):
                left = subprocess.run(['msgattrib', flag, '--no-obsolete', '--no-wrap',
                                       '--no-location', merged],
                                      check=True, capture_output=True, text=True).stdout
                ids = [m for m in re.findall(r'^msgid (".*")$', left, re.M) if m != '""']
                if ids:
                    failures.append('po/%s.po: %d %s:\n  %s'
                                    % (lang, len(ids), kind, '\n  '.join(ids)))
    return failures


def candidates(srcdir):
    patterns = ['app/**/*.c', 'app/**/*.h', 'app/**/*.ui', 'data/*.in', 'data/*.gschema.xml']
    found = set()
    for pattern in patterns:
        for path in glob.glob(os.path.join(srcdir, pattern), recursive=True):
            found.add(os.path.relpath(path, srcdir))
    return sorted(found)


def has_translatable(srcdir, path):
    with open(os.path.join(srcdir, path), encoding='utf-8') as f:
        text = f.read()
    if path.endswith(('.c', '.h')):
        # A mark in a comment or a macro definition is not a string.
        code = re.sub(r'/\*.*?\*/', '', text, flags=re.S)
        code = re.sub(r'^\s*#\s*define.*$', '', code, flags=re.M)
        if C_MARKS.search(code):
            return True
    if path.endswith('.ui') and UI_MARK.search(text):
        return True
    # Data files (and anything the patterns above miss): whatever xgettext
    # finds in the file on its own.
    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, 'one.pot')
        try:
            extract(srcdir, [path], pot)
        except subprocess.CalledProcessError:
            return False
        return count_messages(pot) > 0


def check_potfiles(srcdir):
    failures = []
    listed = read_potfiles(srcdir)

    if listed != sorted(listed):
        failures.append('po/POTFILES.in is not sorted; expected:\n  ' + '\n  '.join(sorted(listed)))
    if len(set(listed)) != len(listed):
        failures.append('po/POTFILES.in lists a file twice')
    for path in listed:
        if not os.path.exists(os.path.join(srcdir, path)):
            failures.append('po/POTFILES.in lists %s, which does not exist' % path)

    needed = [p for p in candidates(srcdir) if has_translatable(srcdir, p)]
    print('%d files with translatable strings' % len(needed))
    for path in needed:
        if path not in listed:
            failures.append('%s has translatable strings but is not in po/POTFILES.in' % path)
    for path in listed:
        if os.path.exists(os.path.join(srcdir, path)) and path not in needed:
            failures.append('po/POTFILES.in lists %s, which has no translatable string' % path)
    return failures


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ('po', 'potfiles'):
        sys.exit(__doc__)
    mode, srcdir = sys.argv[1], sys.argv[2]
    failures = check_po(srcdir) if mode == 'po' else check_potfiles(srcdir)
    for failure in failures:
        print('FAIL: ' + failure, file=sys.stderr)
    sys.exit(1 if failures else 0)


if __name__ == '__main__':
    main()
