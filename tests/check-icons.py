#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The icons are clean SVG: an <svg> root with a square viewBox of the size
the icon is drawn for, nothing embedded from outside, no editor residue, and
a symbolic icon that uses one colour only, so that it can be recoloured.

usage: check-icons.py APP_ICON.svg SYMBOLIC_ICON.svg
"""

import re
import sys
import xml.etree.ElementTree as ET

SVG = '{http://www.w3.org/2000/svg}'
XLINK = '{http://www.w3.org/1999/xlink}'
EDITOR_NAMESPACES = ('inkscape', 'sodipodi', 'adobe', 'sketch', 'figma')

failures = []


def fail(path, message):
    failures.append('%s: %s' % (path, message))


def colours(root):
    found = set()
    for element in root.iter():
        for attr in ('fill', 'stroke', 'stop-color'):
            value = element.get(attr)
            if value and value not in ('none', 'currentColor') and not value.startswith('url('):
                found.add(value.lower())
        style = element.get('style') or ''
        for m in re.finditer(r'(?:fill|stroke|stop-color)\s*:\s*([^;]+)', style):
            value = m.group(1).strip()
            if value not in ('none', 'currentColor') and not value.startswith('url('):
                found.add(value.lower())
    return found


def check(path, size, symbolic):
    with open(path, 'rb') as f:
        data = f.read()
    try:
        root = ET.fromstring(data)
    except ET.ParseError as e:
        fail(path, 'not well-formed XML: %s' % e)
        return

    if root.tag != SVG + 'svg':
        fail(path, 'the root is %s, not an SVG <svg> element' % root.tag)
        return

    try:
        viewbox = [float(v) for v in (root.get('viewBox') or '').replace(',', ' ').split()]
    except ValueError:
        viewbox = None
    if viewbox != [0, 0, size, size]:
        fail(path, 'viewBox is %r, expected "0 0 %d %d"' % (root.get('viewBox'), size, size))
    for attr in ('width', 'height'):
        if root.get(attr) not in (str(size), '%dpx' % size):
            fail(path, '%s is %r, expected %d' % (attr, root.get(attr), size))

    drawn = [e for e in root.iter()
             if e.tag in (SVG + 'path', SVG + 'circle', SVG + 'rect', SVG + 'ellipse',
                          SVG + 'polygon')]
    if not drawn:
        fail(path, 'draws nothing')

    for element in root.iter():
        href = element.get('href') or element.get(XLINK + 'href')
        if href and not href.startswith('#'):
            fail(path, 'refers to something outside the file: %s' % href)
        if element.tag in (SVG + 'image', SVG + 'script', SVG + 'foreignObject'):
            fail(path, 'contains a <%s>' % element.tag.replace(SVG, ''))
    text = data.decode('utf-8')
    for ns in EDITOR_NAMESPACES:
        if 'xmlns:%s' % ns in text:
            fail(path, 'carries %s editor data' % ns)

    found = colours(root)
    if symbolic and len(found) > 1:
        fail(path, 'a symbolic icon must use a single colour, found %s' % sorted(found))
    if not symbolic and len(found) < 3:
        fail(path, 'a full-colour icon with %d colours' % len(found))


check(sys.argv[1], 128, symbolic=False)
check(sys.argv[2], 16, symbolic=True)

for f in failures:
    print(f)
print('%d problems' % len(failures))
sys.exit(1 if failures else 0)
