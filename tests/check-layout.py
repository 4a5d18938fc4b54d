#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks README.md's "Layout" table against the tree.

check-layout.py SRCDIR

- every path the table names exists;
- every folder of app/ and every .c file in it is named in the table, so
  that a newcomer finds each file's job there;
- the layers are folders in the order the table gives them (core, render,
  cli, ui), and no file of a layer includes a header of a later one. The
  build already refuses such an include, since a layer's dependency
  exposes only its own folder and those below; this says which file and
  which header, and covers the headers, which are compiled only when
  included.
"""
import os
import re
import sys

LAYERS = ['core', 'render', 'cli', 'ui']
# Headers the build writes, by the layer that generates them.
GENERATED = {
    'cr-languages.h': 'core',
    'cr-labels.h': 'core',
    'cr-render-resources.h': 'render',
    'cr-resources.h': 'ui',
}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def layout_table(readme):
    start = readme.find('\n## Layout\n')
    if start < 0:
        raise SystemExit('README.md has no "## Layout" section')
    end = readme.find('\n## ', start + 1)
    section = readme[start:end if end >= 0 else len(readme)]
    rows = [line for line in section.splitlines() if line.startswith('| `')]
    named = []
    for row in rows:
        first_cell = row.split(' | ')[0]
        named += re.findall(r'`([^`]+)`', first_cell)
    return named


def main():
    srcdir = sys.argv[1]
    failures = []
    with open(os.path.join(srcdir, 'README.md'), encoding='utf-8') as f:
        named = layout_table(f.read())
    if not named:
        raise SystemExit('README.md\'s Layout section has no table rows')

    for path in named:
        if not os.path.exists(os.path.join(srcdir, path)):
            failures.append('README.md names %s, which does not exist' % path)

    app = os.path.join(srcdir, 'app')
    folders = sorted(d for d in os.listdir(app) if os.path.isdir(os.path.join(app, d)))
    if folders != sorted(LAYERS):
        failures.append('app/ holds the folders %s; the layers are %s'
                        % (', '.join(folders), ', '.join(LAYERS)))
    layer_rows = [p.split('/')[1] for p in named
                  if re.fullmatch(r'app/[^/]+/', p)]
    if layer_rows != LAYERS:
        failures.append('README.md names the layers in the order %s; expected %s'
                        % (', '.join(layer_rows), ', '.join(LAYERS)))

    sources = []
    for dirpath, dirnames, filenames in os.walk(app):
        dirnames.sort()
        for name in sorted(filenames):
            if name.endswith('.c'):
                sources.append(os.path.relpath(os.path.join(dirpath, name), srcdir))
    for path in sources:
        if path not in named:
            failures.append('README.md\'s Layout table does not name %s' % path)

    # Where each header lives.
    home = dict(GENERATED)
    for layer in LAYERS:
        for name in os.listdir(os.path.join(app, layer)):
            if name.endswith('.h'):
                home[name] = layer
    for layer in LAYERS:
        folder = os.path.join(app, layer)
        for name in sorted(os.listdir(folder)):
            if not name.endswith(('.c', '.h')):
                continue
            with open(os.path.join(folder, name), encoding='utf-8') as f:
                text = f.read()
            for header in INCLUDE.findall(text):
                if header == 'config.h':
                    continue
                owner = home.get(header)
                if owner is None:
                    failures.append('app/%s/%s includes "%s", which no layer has'
                                    % (layer, name, header))
                elif LAYERS.index(owner) > LAYERS.index(layer):
                    failures.append('app/%s/%s includes "%s" of app/%s/, a later layer'
                                    % (layer, name, header, owner))

    for failure in failures:
        print(failure)
    print('%d paths named, %d source files, %d layers: %s'
          % (len(named), len(sources), len(LAYERS), 'FAIL' if failures else 'OK'))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
