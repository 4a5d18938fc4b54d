#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Flatpak manifest builds this application with meson on the GNOME 43
runtime, starts creator-role, and asks for no more than a GTK application
needs: IPC, Wayland with X11 as a fallback, and the GPU.

usage: check-flatpak-manifest.py MANIFEST APP_ID SOURCEDIR
"""

import json
import os
import sys

path, app_id, srcdir = sys.argv[1:4]
failures = []


def fail(message):
    failures.append(message)


try:
    with open(path, encoding='utf-8') as f:
        manifest = json.load(f)
except ValueError as e:
    print('%s: not valid JSON: %s' % (path, e))
    sys.exit(1)

if os.path.basename(path) != app_id + '.json':
    fail('the manifest is not named after the application ID')
if manifest.get('app-id', manifest.get('id')) != app_id:
    fail('app-id is %r' % manifest.get('app-id'))
if manifest.get('runtime') != 'org.gnome.Platform':
    fail('runtime is %r, expected org.gnome.Platform' % manifest.get('runtime'))
if manifest.get('runtime-version') != '43':
    fail('runtime-version is %r, expected "43"' % manifest.get('runtime-version'))
if manifest.get('sdk') != 'org.gnome.Sdk':
    fail('sdk is %r, expected org.gnome.Sdk' % manifest.get('sdk'))
if manifest.get('command') != 'creator-role':
    fail('command is %r, expected creator-role' % manifest.get('command'))

finish_args = manifest.get('finish-args', [])
for wanted in ('--share=ipc', '--socket=fallback-x11', '--socket=wayland', '--device=dri'):
    if wanted not in finish_args:
        fail('finish-args lacks %s' % wanted)
# Files are opened and saved through the portal: no file system access, no
# network, no plain X11 next to Wayland, no sound, no other device.
for arg in finish_args:
    if arg.startswith(('--filesystem', '--share=network', '--device=all', '--socket=x11',
                       '--socket=pulseaudio', '--socket=system-bus', '--socket=session-bus',
                       '--talk-name', '--system-talk-name')):
        fail('finish-args asks for %s, which Creator Role does not need' % arg)

modules = manifest.get('modules', [])
if not modules:
    fail('no modules')
else:
    app = modules[-1]
    if not isinstance(app, dict):
        fail('the last module is not inline')
    else:
        if app.get('buildsystem') != 'meson':
            fail('the application module builds with %r, not meson' % app.get('buildsystem'))
        sources = app.get('sources', [])
        local = [s for s in sources if s.get('type') in ('dir', 'git') and 'path' in s]
        if not local:
            fail('the application module has no source in this repository')
        for source in local:
            root = os.path.normpath(os.path.join(os.path.dirname(path), source['path']))
            if not os.path.samefile(root, srcdir):
                fail('the source path %s is not the project root' % source['path'])

for f in failures:
    print(f)
print('%d problems' % len(failures))
sys.exit(1 if failures else 0)
