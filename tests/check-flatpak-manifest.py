#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Flatpak manifests pass what Flathub checks that can be checked here,
without the network or a Flatpak runtime.

build-aux/APP_ID.json is the manifest for Flathub: it builds the release
from its git tag and commit. build-aux/APP_ID.Devel.json builds the
checkout, for development. For both:

- flatpak-builder reads it without a warning (Flathub's linter fails a
  manifest with a property flatpak-builder does not know);
- the application ID, the command, the GNOME runtime and SDK, and a runtime
  that is supported on the date of the newest release in the metainfo:
  GNOME releases in March and September (44 in March 2023), and a runtime
  is supported for about a year, so the two newest are (Flathub refuses
  end-of-life runtimes);
- every translation stays in the app (separate-locales: false): Flatpak
  would otherwise move them to a Locale extension that installs only the
  system's languages, and the Language menu would find no catalogue;
- finish-args as narrow as the app needs: IPC, Wayland with X11 as a
  fallback, the GPU; no file system access (files go through the portal),
  no network, no D-Bus names, no devices; and Flathub's rules on these
  (no X11 next to Wayland, no fallback-x11 without Wayland, no X11 without
  IPC, not Wayland alone);
- no top-level branch, no cleanup of /lib/debug, no network while
  building, and nothing that keeps the installed files (metainfo, desktop
  entry, icons, schema, catalogues) from /app/share, where Flatpak exports
  them from: tests/check-install.py checks that meson installs them there;
- the application is the last module, built with meson;
- before it, a module for each library the build requires that the GNOME
  SDK lacks (libcsv; FreeXL and libxlsxwriter, required with the window,
  after minizip, which both use), each source pinned: a git source by
  its full commit id, an archive by its sha256.

For the Flathub manifest, the source is the project's git repository at
the tag v<version> with a full commit id, no branch; when the tag exists in
this checkout, the commit must be the tag's. For the development manifest,
the source is this checkout.

usage: check-flatpak-manifest.py FLATPAK_BUILDER APP_ID VERSION SOURCEDIR
"""

import datetime
import fnmatch
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

flatpak_builder, app_id, version, srcdir = sys.argv[1:5]
failures = []

NEEDED_FINISH_ARGS = ['--share=ipc', '--socket=fallback-x11', '--socket=wayland', '--device=dri']
# Where the installed files must stay for Flatpak to export them, and the
# catalogues the Language menu needs.
KEPT = ['/bin/creator-role', '/share/applications', '/share/metainfo', '/share/icons',
        '/share/glib-2.0', '/share/dbus-1', '/share/locale']
# The names of those files, which a cleanup pattern without a folder
# matches wherever they are.
INSTALLED_NAMES = ['creator-role', 'creator-role.mo', app_id + '.desktop',
                   app_id + '.metainfo.xml', app_id + '.svg', app_id + '-symbolic.svg',
                   app_id + '.gschema.xml', app_id + '.service', 'gschemas.compiled']
REPOSITORY = 'https://github.com/creatorrole/CreatorRole'
# The modules the app needs before it, in an order that builds: a module
# after those it uses.
DEPENDENCIES = ['libcsv', 'minizip', 'freexl', 'libxlsxwriter']
USES = {'freexl': ['minizip'], 'libxlsxwriter': ['minizip']}


def fail(manifest, message):
    failures.append('%s: %s' % (os.path.basename(manifest), message))


def newest_release_date():
    root = ET.parse(os.path.join(srcdir, 'data', app_id + '.metainfo.xml.in')).getroot()
    dates = [datetime.date.fromisoformat(r.get('date')) for r in root.findall('releases/release')]
    return max(dates)


def supported_gnome_runtimes(date):
    """The two newest GNOME runtimes on DATE: 44 came out in March 2023,
    and one more every March and September."""
    months = (date.year - 2023) * 12 + (date.month - 3)
    newest = 44 + months // 6
    return newest - 1, newest


def read_with_flatpak_builder(path):
    """flatpak-builder's own reading of the manifest, as Flathub's linter
    takes it, and its warnings."""
    with tempfile.TemporaryDirectory() as state:
        env = dict(os.environ, LC_ALL='C', LANGUAGE='C')
        run = subprocess.run([flatpak_builder, '--show-manifest', os.path.abspath(path)],
                             cwd=state, env=env, capture_output=True, text=True)
    if run.returncode != 0:
        fail(path, 'flatpak-builder cannot read it: %s' % run.stderr.strip())
        return None
    for line in run.stderr.splitlines():
        if 'WARNING' in line or 'Unknown property' in line:
            fail(path, 'flatpak-builder: %s' % line.strip())
    return json.loads(run.stdout)


def finish_arg_problems(args):
    sockets = {a.split('=', 1)[1] for a in args if a.startswith('--socket=')}
    shares = {a.split('=', 1)[1] for a in args if a.startswith('--share=')}
    problems = []
    if 'x11' in sockets and 'wayland' in sockets:
        problems.append('both x11 and wayland sockets')
    if 'fallback-x11' in sockets and 'wayland' not in sockets:
        problems.append('fallback-x11 without wayland')
    if ('x11' in sockets or 'fallback-x11' in sockets) and 'ipc' not in shares:
        problems.append('X11 without --share=ipc')
    if 'wayland' in sockets and not sockets & {'x11', 'fallback-x11'}:
        problems.append('wayland alone, with no X11 fallback')
    return problems


def check_dependencies(path, modules):
    names = [m.get('name') if isinstance(m, dict) else m for m in modules]
    for name in DEPENDENCIES:
        if name not in names:
            fail(path, 'no module builds %s, which the app needs' % name)
            continue
        for used in USES.get(name, []):
            if used in names and names.index(used) > names.index(name):
                fail(path, 'the module %s comes before %s, which it uses' % (name, used))
    for module in modules:
        if not isinstance(module, dict):
            fail(path, 'the module %r is not read by flatpak-builder' % module)
            continue
        for source in module.get('sources', []):
            kind = source.get('type')
            if kind == 'git':
                if not re.fullmatch(r'[0-9a-f]{40}', source.get('commit', '')) \
                        or 'branch' in source:
                    fail(path, 'the module %s follows %s without a full commit id'
                         % (module.get('name'), source.get('url')))
            elif kind in ('archive', 'file'):
                if not re.fullmatch(r'[0-9a-f]{64}', source.get('sha256', '')):
                    fail(path, 'the module %s takes %s without its sha256'
                         % (module.get('name'), source.get('url')))
            else:
                fail(path, 'the module %s has a %s source, which Flathub cannot pin'
                     % (module.get('name'), kind))
    if all(name in names for name in DEPENDENCIES):
        print('ok: %s builds %s before the app, each source pinned'
              % (os.path.basename(path), ', '.join(DEPENDENCIES)))


def check_common(path, manifest, runtimes):
    if os.path.islink(path):
        fail(path, 'is a symbolic link')
    if manifest.get('id', manifest.get('app-id')) != app_id:
        fail(path, 'the application ID is %r, expected %s'
             % (manifest.get('id', manifest.get('app-id')), app_id))
    if manifest.get('command') != 'creator-role':
        fail(path, 'command is %r, expected creator-role' % manifest.get('command'))
    if manifest.get('runtime') != 'org.gnome.Platform':
        fail(path, 'runtime is %r, expected org.gnome.Platform' % manifest.get('runtime'))
    if manifest.get('sdk') != 'org.gnome.Sdk':
        fail(path, 'sdk is %r, expected org.gnome.Sdk' % manifest.get('sdk'))
    runtime_version = str(manifest.get('runtime-version'))
    if not re.fullmatch(r'\d+', runtime_version):
        fail(path, 'runtime-version is %r, not a GNOME release' % runtime_version)
    elif int(runtime_version) < runtimes[0]:
        fail(path, 'GNOME %s is at its end of life on %s; the supported runtimes are %d and %d'
             % (runtime_version, newest_release_date(), runtimes[0], runtimes[1]))
    if manifest.get('separate-locales') is not False:
        fail(path, 'separate-locales is not false: the translations would go to a Locale '
                   'extension with only the system\'s languages')
    if 'branch' in manifest:
        fail(path, 'has a top-level branch')

    finish_args = manifest.get('finish-args', [])
    for wanted in NEEDED_FINISH_ARGS:
        if wanted not in finish_args:
            fail(path, 'finish-args lacks %s' % wanted)
    for arg in finish_args:
        if arg not in NEEDED_FINISH_ARGS:
            fail(path, 'finish-args asks for %s, which Creator Role does not need' % arg)
    for problem in finish_arg_problems(finish_args):
        fail(path, 'finish-args: %s' % problem)

    for pattern in manifest.get('cleanup', []):
        if pattern == '/lib/debug' or pattern.startswith('/lib/debug/'):
            fail(path, 'cleanup removes /lib/debug')
        if not pattern.startswith('/'):
            for name in INSTALLED_NAMES:
                if fnmatch.fnmatch(name, pattern):
                    fail(path, 'cleanup %r removes %s, which the app installs' % (pattern, name))
            continue
        for kept in KEPT:
            if kept == pattern or kept.startswith(pattern.rstrip('/') + '/') \
                    or pattern.startswith(kept + '/'):
                fail(path, 'cleanup %r removes what the app installs in %s' % (pattern, kept))
    if '--share=network' in manifest.get('build-options', {}).get('build-args', []):
        fail(path, 'builds with network access')

    modules = manifest.get('modules', [])
    check_dependencies(path, modules[:-1])
    app = modules[-1] if modules else None
    if not isinstance(app, dict):
        fail(path, 'the last module, the application, is not written in the manifest')
        return None
    if app.get('buildsystem') != 'meson':
        fail(path, 'the application builds with %r, not meson' % app.get('buildsystem'))
    if '--share=network' in app.get('build-options', {}).get('build-args', []):
        fail(path, 'the application builds with network access')
    for opt in app.get('config-opts', []):
        if opt.startswith(('--prefix', '-Dprefix', '--datadir', '-Ddatadir', '--localedir',
                           '-Dlocaledir', '--bindir', '-Dbindir')):
            fail(path, 'config-opts %r moves the installed files out of /app' % opt)
    return app.get('sources', [])


def check_release(path, sources):
    git = [s for s in sources if s.get('type') == 'git']
    if len(sources) != 1 or len(git) != 1:
        fail(path, 'the application is not built from one git source')
        return
    source = git[0]
    if source.get('url') not in (REPOSITORY, REPOSITORY + '.git'):
        fail(path, 'the git source is %r, not %s.git' % (source.get('url'), REPOSITORY))
    if 'branch' in source:
        fail(path, 'the git source follows a branch; Flathub wants a tag and a commit')
    if source.get('tag') != 'v' + version:
        fail(path, 'the git source is at tag %r, the project is %s' % (source.get('tag'), version))
    commit = source.get('commit', '')
    if not re.fullmatch(r'[0-9a-f]{40}', commit):
        fail(path, 'the git source has no full commit id: %r' % commit)
        return

    # The tag's commit, when this checkout has the tag.
    if not os.path.exists(os.path.join(srcdir, '.git')):
        print('# not a git checkout: the commit of %s is not compared' % source['tag'])
        return
    run = subprocess.run(['git', '-C', srcdir, 'rev-parse', '--verify', '--quiet',
                          'refs/tags/%s^{commit}' % source['tag']],
                         capture_output=True, text=True)
    if run.returncode != 0:
        print('# %s is not tagged here yet: once it is, the manifest names its commit '
              '(CONTRIBUTING.md, "Making a release")' % source['tag'])
    elif run.stdout.strip() != commit:
        fail(path, 'the commit is %s, but %s is %s' % (commit, source['tag'], run.stdout.strip()))
    else:
        print('ok: %s is %s' % (source['tag'], commit))


def check_devel(path, sources):
    local = [s for s in sources if s.get('type') == 'dir']
    if len(local) != 1:
        fail(path, 'the application is not built from the checkout (one dir source)')
        return
    root = os.path.normpath(os.path.join(os.path.dirname(path), local[0].get('path', '')))
    if not os.path.isdir(root) or not os.path.samefile(root, srcdir):
        fail(path, 'the dir source %r is not the project root' % local[0].get('path'))


def main():
    runtimes = supported_gnome_runtimes(newest_release_date())
    print('# supported GNOME runtimes on %s: %d and %d'
          % (newest_release_date(), runtimes[0], runtimes[1]))

    for name, check in ((app_id + '.json', check_release),
                        (app_id + '.Devel.json', check_devel)):
        path = os.path.join(srcdir, 'build-aux', name)
        try:
            with open(path, encoding='utf-8') as f:
                json.load(f)
        except (OSError, ValueError) as e:
            fail(path, 'cannot be read as JSON: %s' % e)
            continue
        manifest = read_with_flatpak_builder(path)
        if manifest is None:
            continue
        sources = check_common(path, manifest, runtimes)
        if sources is not None:
            check(path, sources)

    for f in failures:
        print(f)
    print('%d problems' % len(failures))
    return 1 if failures else 0


sys.exit(main())
