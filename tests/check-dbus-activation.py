#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The desktop entry says DBusActivatable=true: a desktop then starts
Creator Role by calling it on the session bus, and the bus starts it from
the D-Bus service file. This runs a private session bus whose only service
is the built service file, pointed at the built program, calls Activate as
GNOME Shell would, checks that the program that the bus started answers
with its application actions, and quits it through its own action.

usage: check-dbus-activation.py SERVICE_FILE PROGRAM APP_ID
"""

import os
import subprocess
import sys
import tempfile

service_path, program, app_id = sys.argv[1:4]
object_path = '/' + app_id.replace('.', '/')

with open(service_path, encoding='utf-8') as f:
    lines = f.read().splitlines()
if '[D-BUS Service]' not in lines or 'Name=' + app_id not in lines:
    sys.exit('%s is not a D-Bus service file for %s' % (service_path, app_id))
exec_line = next((l for l in lines if l.startswith('Exec=')), '')
args = exec_line[len('Exec='):].split()[1:]
if args != ['--gapplication-service']:
    sys.exit('the service runs the program with %r, not --gapplication-service' % args)

config = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=%(tmp)s</listen>
  <servicedir>%(tmp)s/services</servicedir>
  <policy context="default">
    <allow send_destination="*"/>
    <allow receive_sender="*"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""

call = ['gdbus', 'call', '--session', '--dest', app_id, '--object-path', object_path,
        '--timeout', '30', '--method']
script = ' && '.join([
    ' '.join(call + ['org.freedesktop.Application.Activate', "'{}'"]),
    ' '.join(call + ['org.gtk.Actions.DescribeAll']),
    ' '.join(call + ['org.freedesktop.Application.ActivateAction', 'quit', "'[]'", "'{}'"]),
])

with tempfile.TemporaryDirectory(prefix='cr-dbus-') as tmp:
    os.mkdir(os.path.join(tmp, 'services'))
    with open(os.path.join(tmp, 'services', app_id + '.service'), 'w', encoding='utf-8') as f:
        f.write('[D-BUS Service]\nName=%s\nExec=%s %s\n' % (app_id, program, ' '.join(args)))
    with open(os.path.join(tmp, 'session.conf'), 'w', encoding='utf-8') as f:
        f.write(config % {'tmp': tmp})

    env = dict(os.environ)
    # A home of its own, so that no draft or setting of the user's is read.
    for var in ('HOME', 'XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_STATE_HOME', 'XDG_CACHE_HOME'):
        env[var] = tmp
    env.pop('DBUS_SESSION_BUS_ADDRESS', None)
    env['G_DEBUG'] = ''

    proc = subprocess.run(['dbus-run-session', '--config-file', os.path.join(tmp, 'session.conf'),
                           '--', 'sh', '-c', script],
                          env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          timeout=90)
    print(proc.stdout)
    if proc.returncode != 0:
        sys.exit('activating %s on the session bus failed (status %d)'
                 % (app_id, proc.returncode))
    for action in ("'about'", "'scoring'", "'quit'"):
        if action not in proc.stdout:
            sys.exit('the activated application does not offer the action %s' % action)

print('ok: the bus started %s and it answered' % program)
