#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Install the build into a temporary DESTDIR and check that everything a
desktop needs lands where it looks for it: the program, the desktop entry,
the D-Bus service, the AppStream metainfo, the settings schema, both icons
and one compiled catalogue for every language in po/LINGUAS.

usage: check-install.py MESON BUILDDIR SOURCEDIR APP_ID PREFIX BINDIR DATADIR LOCALEDIR
"""

import os
import subprocess
import sys
import tempfile


def linguas(path):
    langs = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.split('#', 1)[0]
            langs.extend(line.split())
    return langs


def main():
    (meson, builddir, srcdir, app_id, prefix, bindir, datadir,
     localedir) = sys.argv[1:9]

    def under_prefix(path):
        path = path if os.path.isabs(path) else os.path.join(prefix, path)
        return path.lstrip('/')

    bindir = under_prefix(bindir)
    datadir = under_prefix(datadir)
    localedir = under_prefix(localedir)

    expected = {
        os.path.join(bindir, 'creator-role'): 'the program',
        os.path.join(datadir, 'applications', app_id + '.desktop'): 'the desktop entry',
        os.path.join(datadir, 'dbus-1', 'services', app_id + '.service'):
            'the D-Bus service the desktop entry relies on',
        os.path.join(datadir, 'metainfo', app_id + '.metainfo.xml'): 'the AppStream metainfo',
        os.path.join(datadir, 'glib-2.0', 'schemas', app_id + '.gschema.xml'):
            'the settings schema',
        os.path.join(datadir, 'icons', 'hicolor', 'scalable', 'apps', app_id + '.svg'):
            'the application icon',
        os.path.join(datadir, 'icons', 'hicolor', 'symbolic', 'apps', app_id + '-symbolic.svg'):
            'the symbolic icon',
    }
    langs = linguas(os.path.join(srcdir, 'po', 'LINGUAS'))
    for lang in langs:
        expected[os.path.join(localedir, lang, 'LC_MESSAGES', 'creator-role.mo')] = \
            'the %s translation' % lang

    with tempfile.TemporaryDirectory(prefix='cr-install-') as destdir:
        env = dict(os.environ)
        env.pop('DESTDIR', None)
        proc = subprocess.run([meson, 'install', '-C', builddir, '--destdir', destdir,
                               '--no-rebuild', '--quiet'],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True)
        if proc.returncode != 0:
            print(proc.stdout)
            print('meson install failed with status %d' % proc.returncode)
            return 1

        installed = set()
        for root, _dirs, files in os.walk(destdir):
            for name in files:
                installed.add(os.path.relpath(os.path.join(root, name), destdir))

        print('# installed:')
        for path in sorted(installed):
            print('#   ' + path)

        failures = 0
        for path, what in sorted(expected.items()):
            if path in installed:
                print('ok: %s: %s' % (what, path))
            else:
                print('MISSING: %s: %s' % (what, path))
                failures += 1

        program = os.path.join(destdir, bindir, 'creator-role')
        if os.path.exists(program) and not os.access(program, os.X_OK):
            print('NOT EXECUTABLE: ' + program)
            failures += 1

        # The service must start the installed program, as a service.
        service = os.path.join(destdir, datadir, 'dbus-1', 'services', app_id + '.service')
        if os.path.exists(service):
            with open(service, encoding='utf-8') as f:
                text = f.read()
            want_exec = 'Exec=/%s --gapplication-service' % os.path.join(bindir, 'creator-role')
            want_name = 'Name=' + app_id
            for want in (want_name, want_exec):
                if want not in text.splitlines():
                    print('D-Bus service lacks the line %r:\n%s' % (want, text))
                    failures += 1

        # A compiled catalogue nobody asked for means LINGUAS and po/ disagree.
        for path in sorted(installed):
            if path.endswith('/LC_MESSAGES/creator-role.mo'):
                lang = path.split('/')[-3]
                if lang not in langs:
                    print('UNEXPECTED: a catalogue for %s, which po/LINGUAS does not list' % lang)
                    failures += 1

        print('%d languages in po/LINGUAS: %s' % (len(langs), ' '.join(langs) or '(none)'))
        return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
