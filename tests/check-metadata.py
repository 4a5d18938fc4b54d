#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""What the validators do not check: that the desktop entry and the AppStream
metainfo describe this application as a software centre and a desktop will
show it. The desktop entry names the icon and asks for D-Bus activation; the
metainfo's screenshots exist in data/screenshots/ as real PNGs and are
fetched from the release's tag, its newest release is the project's
version, every release has notes, and it names the launchable, the
developer, the URLs, the input it supports and the display it needs.

Both are translated through po/: every language of po/LINGUAS has its
comment in the desktop entry and its summary in the metainfo.

usage: check-metadata.py DESKTOP METAINFO SCREENSHOTS_DIR APP_ID VERSION LINGUAS
"""

import datetime
import os
import struct
import sys
import xml.etree.ElementTree as ET

desktop_path, metainfo_path, screenshots_dir, app_id, version, linguas_path = sys.argv[1:7]
XML_LANG = '{http://www.w3.org/XML/1998/namespace}lang'
failures = []


def fail(message):
    failures.append(message)


def desktop_entry(path):
    entry = {}
    group = None
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if line.startswith('[') and line.endswith(']'):
                group = line[1:-1]
            elif group == 'Desktop Entry' and '=' in line and not line.startswith('#'):
                key, value = line.split('=', 1)
                entry[key] = value
    return entry


def png_size(path):
    with open(path, 'rb') as f:
        head = f.read(24)
    if len(head) < 24 or head[:8] != b'\x89PNG\r\n\x1a\n' or head[12:16] != b'IHDR':
        return None
    return struct.unpack('>II', head[16:24])


# The desktop entry.
entry = desktop_entry(desktop_path)
for key in ('Name', 'GenericName', 'Comment', 'Categories', 'Keywords', 'Exec'):
    if not entry.get(key):
        fail('desktop entry: no %s' % key)
if entry.get('Icon') != app_id:
    fail('desktop entry: Icon=%r, expected the application ID' % entry.get('Icon'))
if entry.get('StartupNotify') != 'true':
    fail('desktop entry: StartupNotify is not true')
if entry.get('DBusActivatable') != 'true':
    fail('desktop entry: DBusActivatable is not true')
if not entry.get('Exec', '').startswith('creator-role'):
    fail('desktop entry: Exec=%r does not run creator-role' % entry.get('Exec'))

# The metainfo.
root = ET.parse(metainfo_path).getroot()
if root.tag != 'component' or root.get('type') != 'desktop-application':
    fail('metainfo: the root is not a desktop-application component')
if root.findtext('id') != app_id:
    fail('metainfo: id is %r' % root.findtext('id'))
for tag in ('name', 'summary', 'metadata_license', 'project_license'):
    if not (root.findtext(tag) or '').strip():
        fail('metainfo: no <%s>' % tag)
if len(root.findall('description/p')) < 1:
    fail('metainfo: the description has no paragraph')

launchable = root.find('launchable')
if launchable is None or launchable.get('type') != 'desktop-id' \
        or launchable.text != app_id + '.desktop':
    fail('metainfo: the launchable is not %s.desktop' % app_id)

developer = root.find('developer')
if developer is None or not developer.get('id') or not developer.findtext('name'):
    fail('metainfo: no <developer id=…><name>')

urls = {u.get('type'): u.text for u in root.findall('url')}
for kind in ('homepage', 'bugtracker', 'vcs-browser'):
    if not (urls.get(kind) or '').startswith('https://'):
        fail('metainfo: no https URL of type %s' % kind)

rating = root.find('content_rating')
if rating is None or rating.get('type') != 'oars-1.1':
    fail('metainfo: no oars-1.1 content rating')

# Desktop and phone alike, as Flathub's guidelines write it: the controls
# supported, and a display of at least 360 pixels required.
controls = {c.text for c in root.findall('supports/control')}
for control in ('keyboard', 'pointing', 'touch'):
    if control not in controls:
        fail('metainfo: does not say it supports %s' % control)
lengths = [(d.get('compare', 'ge'), d.text) for d in root.findall('requires/display_length')]
if lengths != [('ge', '360')]:
    fail('metainfo: requires %r, expected one display_length of at least 360' % lengths)
if root.find('recommends') is not None:
    fail('metainfo: <recommends>, where Flathub\'s guidelines use <requires> and <supports>')

releases = root.findall('releases/release')
if not releases:
    fail('metainfo: no release')
for release in releases:
    try:
        datetime.date.fromisoformat(release.get('date') or '')
    except ValueError:
        fail('metainfo: release %s has no valid date' % release.get('version'))
    if not release.findall('description/p'):
        fail('metainfo: release %s has no release notes' % release.get('version'))
if releases and releases[0].get('version') != version:
    fail('metainfo: the newest release is %s, the project is %s'
         % (releases[0].get('version'), version))

screenshots = root.findall('screenshots/screenshot')
if len(screenshots) < 3:
    fail('metainfo: %d screenshots, at least 3 wanted' % len(screenshots))
if len([s for s in screenshots if s.get('type') == 'default']) != 1:
    fail('metainfo: not exactly one default screenshot')
# At the release's tag, so that a release always shows its own pictures.
prefix = 'https://raw.githubusercontent.com/creatorrole/CreatorRole/v%s/data/screenshots/' % version
for shot in screenshots:
    url = shot.findtext('image') or ''
    if not shot.findtext('caption'):
        fail('metainfo: screenshot %s has no caption' % url)
    if not url.startswith(prefix):
        fail('metainfo: screenshot %s is not data/screenshots/ at tag v%s' % (url, version))
        continue
    path = os.path.join(screenshots_dir, url[len(prefix):])
    if not os.path.exists(path):
        fail('metainfo: screenshot %s: %s does not exist' % (url, path))
        continue
    size = png_size(path)
    if size is None:
        fail('metainfo: %s is not a PNG' % path)
    elif size[0] < 620 or size[1] < 400:
        fail('metainfo: %s is only %dx%d' % (path, size[0], size[1]))
    else:
        print('ok: screenshot %s, %dx%d' % (os.path.basename(path), size[0], size[1]))

# Translations.
langs = []
with open(linguas_path, encoding='utf-8') as f:
    for line in f:
        langs.extend(line.split('#', 1)[0].split())
summaries = {e.get(XML_LANG) for e in root.findall('summary')}
for lang in langs:
    for key in ('Comment', 'Keywords'):
        if not entry.get('%s[%s]' % (key, lang)):
            fail('desktop entry: no %s[%s]' % (key, lang))
    if lang not in summaries:
        fail('metainfo: no summary in %s' % lang)
print('translated into: %s' % (' '.join(langs) or '(no language)'))

for f in failures:
    print(f)
print('%d problems' % len(failures))
sys.exit(1 if failures else 0)
