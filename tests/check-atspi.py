#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The wizard as a screen-reader user drives it, through AT-SPI.

    check-atspi.py CREATOR_ROLE SCHEMA LOCALEDIR

Starts its own Xvfb and, under dbus-run-session, a private session bus
on which at-spi2-core's bus launcher and registry are activated. The real
program runs there with its accessibility bridge on. This script then
does what Orca's user does: it reads the tree GTK publishes, finds
controls by their role and spoken name, and moves with real key events
(xdotool, through XTest: keys as a user types them, which at-spi's own
key generator does not send to GTK 4). It walks the four
profiles of RUBRIC.md from Start to the verdict, then Start Over and
again, in English; switches to Arabic through the Language menu and walks
them again; then starts the program in Arabic to compare what GTK names
on its own with what the live switch left. On the first verdict in each
language it goes round the result page with Tab, tries a what-if (Try It,
Back to My Answers, Try It, Keep This Change) and changes an answer in
its row.

Each page is audited once shown, and the run fails on any finding:
- a name or description read twice ("Next Next", "_Back Back"), or with
  a mnemonic underscore, or a control named by its class, or a control
  that says nothing (a menu item, a button without a name);
- a control in the tree that is not on screen (not SHOWING): GTK leaves
  out what it does not map, a page of the stack not shown among them, so
  anything else would be met by a screen reader's review where a sighted
  user sees nothing;
- an option not announced as a radio button (single choice) or a check
  box (several choices) where the focus lands on it, or announced twice
  (another radio button or check box inside it), not named by the text
  it shows, or whose checked state is not what was chosen; an option
  group not named by its question;
- a progress bar whose value is not the number of questions answered,
  score bars without the verdict's values or names (or any, when the
  verdict shows no shares), a verdict that is not the one the command
  line gives for the same answers;
- a control reached with Tab on the result page that says nothing; a
  changed verdict not announced (AT-SPI's object:announcement, what
  gtk_accessible_announce() sends, with the text of the change tried
  after Try It, "Verdict now: ..." after Back to My Answers, Keep This
  Change and an answer changed in its row), or the focus not where a
  keyboard user goes on: the What If heading after Try It, the verdict
  after the card is left, the option chosen after an answer changed;
- Alt+Left and Alt+Right not going back and on as GNOME does in the
  text direction (back is the arrow towards the start: Alt+Right in
  Arabic), or the Back button's tooltip saying another key;
- window controls or the Keyboard Shortcuts window named in another
  language than the interface's, or by the program's name.

Every wait is for a condition, with generous timeouts: nothing depends on
how fast the machine is. Expected texts come from the catalogues the
program uses (creator-role, and gtk40 for GTK's own), the options' order
from the document schema, and the verdicts from `creator-role --score`.
"""

import gettext
import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time

# How long a single thing may take on a loaded two-core machine before it
# is called broken: a page to show, the program to start.
STEP_TIMEOUT = 30
START_TIMEOUT = 90
# The whole run, inner stage included.
RUN_TIMEOUT = 1500

# The four profiles of RUBRIC.md ("No brand at all": anything else, here
# a large audience and no platform, a multiple choice left empty).
PROFILES = [
    ('full-time creator', 'influencer', {
        'compensation': 'per-campaign', 'agreement': 'per-campaign', 'brands': 'many',
        'exclusivity': 'yes', 'audience': '100k-1m', 'content': 'create', 'customer': 'no',
        'effort': 'job', 'notoriety': 'niche', 'platforms': ['instagram', 'youtube', 'blog']}),
    ('loyal fan', 'ambassador', {
        'compensation': 'none', 'agreement': 'none', 'brands': 'one', 'exclusivity': 'never',
        'audience': 'under-1k', 'content': 'relay', 'customer': 'yes-loyal',
        'effort': 'occasional', 'notoriety': 'no', 'platforms': ['x']}),
    ('face of the brand', 'contracted-ambassador', {
        'compensation': 'retainer', 'agreement': 'long-term', 'brands': 'one',
        'exclusivity': 'never', 'audience': 'over-1m', 'content': 'create',
        'customer': 'yes-loyal', 'effort': 'part-time', 'notoriety': 'public-figure',
        'platforms': ['instagram']}),
    ('no brand at all', 'none', {
        'compensation': 'none', 'agreement': 'none', 'brands': 'none', 'exclusivity': 'yes',
        'audience': '100k-1m', 'content': 'mixed', 'customer': 'sometimes', 'effort': 'job',
        'notoriety': 'niche', 'platforms': []}),
]

# How many objects each kind of finding lists (CR_ATSPI_EXAMPLES).
EXAMPLES = int(os.environ.get('CR_ATSPI_EXAMPLES', '6'))

# The Language menu names each language in its own name (app/core/cr-i18n.c).
ARABIC_NATIVE_NAME = 'العربية'

RTL_LANGUAGES = {'ar'}

OPTION_ROLES = {'radio button', 'check box'}
# Roles a user acts on, which must say what they do.
CONTROL_ROLES = OPTION_ROLES | {
    'push button', 'toggle button', 'menu item', 'check menu item', 'radio menu item',
    'list item', 'combo box', 'entry', 'text', 'slider', 'spin button', 'link',
    'page tab', 'heading', 'progress bar', 'level bar', 'list', 'radio group',
}
CLASS_NAME = re.compile(r'^(Gtk|Adw|Cr)[A-Z][A-Za-z]+$')


def fail(message):
    print(f'check-atspi: {message}', file=sys.stderr)
    sys.exit(1)


# {{{ Outer stage: a display and a session bus of our own

def outer(argv):
    for tool in ('Xvfb', 'dbus-run-session', 'xdotool'):
        if shutil.which(tool) is None:
            fail(f'{tool} is not installed (build-aux/dev.sh test installs it)')

    runtime = tempfile.mkdtemp(prefix='cr-atspi-')
    os.chmod(runtime, 0o700)
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(['Xvfb', '-displayfd', str(write_fd), '-screen', '0', '1280x800x24',
                             '-nolisten', 'tcp', '-noreset'],
                            pass_fds=(write_fd,), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    os.close(write_fd)
    try:
        # Xvfb writes the number, then a newline, and fails if it cannot.
        number = b''
        end = time.monotonic() + START_TIMEOUT
        while not number.endswith(b'\n') and time.monotonic() < end:
            ready, _, _ = select.select([read_fd], [], [], max(0, end - time.monotonic()))
            chunk = os.read(read_fd, 64) if ready else b''
            if not chunk:
                break
            number += chunk
        os.close(read_fd)
        number = number.decode().strip()
        if not number.isdigit():
            fail(f'Xvfb did not start within {START_TIMEOUT} s')

        env = dict(os.environ)
        for name in ('XAUTHORITY', 'WAYLAND_DISPLAY', 'DBUS_SESSION_BUS_ADDRESS',
                     'AT_SPI_BUS_ADDRESS', 'GTK_A11Y', 'NO_AT_BRIDGE', 'GDK_BACKEND',
                     # libatspi warns when a toolkit has no AT-SPI cache.
                     'G_DEBUG'):
            env.pop(name, None)
        env['DISPLAY'] = ':' + number
        env['CR_ATSPI_STAGE'] = 'inner'
        env['XDG_RUNTIME_DIR'] = runtime

        inner_run = subprocess.Popen(['dbus-run-session', '--', sys.executable, __file__] + argv,
                                     env=env, start_new_session=True)
        try:
            status = inner_run.wait(timeout=RUN_TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(inner_run.pid, signal.SIGKILL)
            inner_run.wait()
            fail(f'the run took more than {RUN_TIMEOUT} s')
        return status
    finally:
        xvfb.terminate()
        try:
            xvfb.wait(timeout=30)
        except subprocess.TimeoutExpired:
            xvfb.kill()
        shutil.rmtree(runtime, ignore_errors=True)

# }}}
# {{{ Inner stage

class Trouble(Exception):
    """What stops a walk: a control not found, a page not shown."""


class Findings:
    """What a listener would get wrong: each kind once, with its evidence
    (the objects as AT-SPI gives them) and where it was met."""

    def __init__(self):
        self.kinds = {}

    def add(self, kind, evidence, where):
        places = self.kinds.setdefault(kind, {}).setdefault(evidence, [])
        if where not in places:
            places.append(where)

    def report(self):
        for kind, evidence in self.kinds.items():
            print(f'not ok - {kind} ({len(evidence)} objects)')
            for text, places in list(evidence.items())[:EXAMPLES]:
                shown = ', '.join(places[:3]) + (f' and {len(places) - 3} more'
                                                 if len(places) > 3 else '')
                print(f'#   {text}  -- {shown}')
            if len(evidence) > EXAMPLES:
                print(f'#   and {len(evidence) - EXAMPLES} more')
        return len(self.kinds)


def role_of(acc):
    """The role's name; at-spi2-core now says 'button' for a push button."""
    role = acc.getRoleName()
    return 'push button' if role == 'button' else role


def strip_mnemonic(text):
    return re.sub(r'_(.)', r'\1', text).rstrip('_')


def doubled(text):
    """The halves of a text read twice: "Next Next", "_Start Start"."""
    words = text.split(' ')
    for cut in range(1, len(words)):
        left, right = ' '.join(words[:cut]), ' '.join(words[cut:])
        if left and (left == right or strip_mnemonic(left) == strip_mnemonic(right)):
            return True
    return False


def spoken_as(actual, expected):
    """Whether @actual is @expected, or what a doubling or a mnemonic
    underscore made of it (reported by the audit on its own)."""
    if actual == expected:
        return True
    return strip_mnemonic(actual) in (expected, f'{expected} {expected}')


class Node:
    """One accessible object, read once."""

    __slots__ = ('acc', 'role', 'name', 'description', 'states', 'component', 'value',
                 'children', 'parent')

    def __init__(self, acc, parent):
        self.acc = acc
        self.parent = parent
        self.role = role_of(acc)
        self.name = acc.name or ''
        self.description = acc.description or ''
        self.states = {pyatspi.stateToString(s) for s in acc.getState().getStates()}
        try:
            acc.queryComponent()
            self.component = True
        except NotImplementedError:
            self.component = False
        try:
            value = acc.queryValue()
            self.value = (value.minimumValue, value.currentValue, value.maximumValue)
        except NotImplementedError:
            self.value = None
        self.children = []

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()

    def ancestors(self):
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def contains(self, other):
        return other is self or any(a is self for a in other.ancestors())

    def texts(self):
        return [n.name for n in self.walk() if n.role == 'label' and n.name]

    def __str__(self):
        return f"[{self.role}] '{self.name}'"


def read_tree(acc, parent=None):
    node = Node(acc, parent)
    for i in range(acc.childCount):
        child = acc.getChildAtIndex(i)
        if child is not None:
            node.children.append(read_tree(child, node))
    return node


def page_of(tree, focus=None):
    """The window's content below the header bar: the stack, with the one
    page of it GTK presents. The branch where the first scroll pane (every
    page scrolls; the header bar does not) parts from the header bar's
    Main Menu, the first toggle button."""
    menu = next((n for n in tree.walk() if n.role == 'toggle button'), None)
    pane = next((n for n in tree.walk() if n.role == 'scroll pane'), None)
    if menu is None or pane is None:
        return None
    child = pane
    for parent in pane.ancestors():
        if parent.contains(menu):
            return child
        child = parent
    return None


DEBUG = bool(os.environ.get('CR_ATSPI_DEBUG'))


def describe(acc):
    try:
        return f"[{role_of(acc)}] '{acc.name}'" if acc is not None else 'nothing'
    except Exception:
        return 'an object gone'


def same(a, b):
    return a is not None and b is not None and a.path == b.path


class Catalogue:
    def __init__(self, localedir, language):
        languages = [language]
        self.app = gettext.translation('creator-role', localedir, languages,
                                       fallback=language == 'en')
        self.gtk = gettext.translation('gtk40', None, languages, fallback=True)

    def __call__(self, text):
        return strip_mnemonic(self.app.gettext(text))


class Program:
    """The program, its windows in AT-SPI and in X, and the keyboard."""

    def __init__(self, executable, args, env):
        self.focus = None
        self.main_xid = None
        self.process = None
        self.announcements = []
        pyatspi.Registry.registerEventListener(self.on_focus, 'object:state-changed:focused')
        pyatspi.Registry.registerEventListener(self.on_announcement, 'object:announcement')
        self.process = subprocess.Popen([executable] + args, env=env)
        self.app = self.wait(self.find_app, START_TIMEOUT, 'the program on the accessibility bus')
        self.window = self.wait(self.find_window, START_TIMEOUT, 'the main window')
        self.main_xid = self.wait(self.find_main_xid, START_TIMEOUT, 'the main X window')
        self.focus_x(self.main_xid)

    def close(self):
        pyatspi.Registry.deregisterEventListener(self.on_focus, 'object:state-changed:focused')
        pyatspi.Registry.deregisterEventListener(self.on_announcement, 'object:announcement')
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=STEP_TIMEOUT)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    # Waiting

    def pump(self):
        while CONTEXT.iteration(False):
            pass

    def wait(self, probe, timeout, what):
        end = time.monotonic() + timeout
        while True:
            self.pump()
            if self.process.poll() is not None:
                raise Trouble(f'the program exited ({self.process.returncode}) '
                              f'while waiting for {what}')
            try:
                found = probe()
            except Exception:      # an object gone while it was read
                found = None
            if found:
                return found
            if time.monotonic() > end:
                raise Trouble(f'no {what} after {timeout} s')
            time.sleep(0.05)

    # AT-SPI

    def find_app(self):
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.get_process_id() == self.process.pid:
                return app
        return None

    def toplevels(self):
        return [self.app.getChildAtIndex(i) for i in range(self.app.childCount)]

    def find_window(self):
        for window in self.toplevels():
            if window is not None and role_of(window) == 'frame' and window.name == 'Creator Role':
                return window
        return None

    def on_focus(self, event):
        try:
            if event.detail1 and self.process is not None and \
                    event.source.get_process_id() == self.process.pid:
                self.focus = event.source
        except Exception:      # the object is gone already
            pass

    def on_announcement(self, event):
        """What the program asks a screen reader to say, wherever the
        focus is (gtk_accessible_announce())."""
        try:
            if self.process is not None and event.source.get_process_id() == self.process.pid:
                self.announcements.append(str(event.any_data))
        except Exception:      # the object is gone already
            pass

    def focused(self):
        """The object with the keyboard focus, or None. As GTK tells it
        in events, or else as found in the tree."""
        def has_focus(acc):
            try:
                return acc.getState().contains(pyatspi.STATE_FOCUSED)
            except Exception:
                return False

        if self.focus is not None and has_focus(self.focus):
            return self.focus
        for window in self.toplevels():
            found = pyatspi.findDescendant(window, has_focus) if window is not None else None
            if found is not None:
                self.focus = found
                return found
        return None

    def wait_focus(self, probe, what):
        """Waits until the focused object satisfies @probe; returns it."""
        def check():
            acc = self.focused()
            return acc if acc is not None and probe(acc) else None
        return self.wait(check, STEP_TIMEOUT, what)

    def tree(self, window=None):
        return self.wait(lambda: read_tree(window or self.window), STEP_TIMEOUT,
                         'a readable accessible tree')

    # X and the keyboard

    def xids(self):
        out = subprocess.run(['xdotool', 'search', '--onlyvisible', '--pid',
                              str(self.process.pid)],
                             capture_output=True, text=True, check=False).stdout
        return [int(x) for x in out.split()]

    def find_main_xid(self):
        out = subprocess.run(['xdotool', 'search', '--onlyvisible', '--pid', str(self.process.pid),
                              '--name', '^Creator Role$'],
                             capture_output=True, text=True, check=False).stdout.split()
        return int(out[0]) if out else None

    def focus_x(self, xid):
        # No window manager: X gives the keyboard to the window we say.
        subprocess.run(['xdotool', 'windowfocus', '--sync', str(xid)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def key(self, *keys):
        subprocess.run(['xdotool', 'key', '--delay', '40'] + list(keys), check=True)
        self.pump()
        if DEBUG:
            xfocus = subprocess.run(['xdotool', 'getwindowfocus'], capture_output=True,
                                    text=True, check=False).stdout.strip()
            print(f'# key {" ".join(keys)} to X window {xfocus} (main {self.main_xid}), '
                  f'focus then on {describe(self.focused())}', file=sys.stderr)


class Walker:
    def __init__(self, args, findings):
        self.executable, schema_path, self.localedir = args
        self.findings = findings
        with open(schema_path, encoding='utf-8') as f:
            schema = json.load(f)
        self.questions = []
        for qid, spec in schema['properties']['answers']['properties'].items():
            if 'oneOf' in spec:
                options = spec['oneOf'][0]['items']['enum']
                self.questions.append((qid, options, True))
            else:
                self.questions.append((qid, [o for o in spec['enum'] if o is not None], False))
        self.env = dict(os.environ)
        self.env.pop('CR_ATSPI_STAGE', None)
        self.runs = 0
        self.env.update({'GDK_BACKEND': 'x11', 'GSK_RENDERER': 'cairo',
                         'CR_LOCALEDIR': self.localedir})
        self.program = None
        self.tab_stuck = set()
        self.language = 'en'
        self.cat = Catalogue(self.localedir, 'en')
        self.where = ''
        self.answers = {}

    def find(self, kind, evidence):
        self.findings.add(kind, evidence, f'{self.where} ({self.language})')

    # {{{ Audit of what is in the tree

    def audit(self, tree, focus, main=True):
        """Names, controls and, in the main window, stack pages, as they
        are now."""
        for node in tree.walk():
            for what, text in (('name', node.name), ('description', node.description)):
                if not text:
                    continue
                if doubled(text):
                    self.find(f'{what} read twice', str(node) if what == 'name'
                              else f"{node} described as '{text}'")
                elif re.search(r'(^|[^_])_($|[^_])', text):
                    self.find(f'mnemonic underscore in the {what}', str(node))
            if node.role in CONTROL_ROLES and (not node.name or CLASS_NAME.match(node.name)):
                if node.role in ('list item', 'heading', 'list') and not node.name:
                    continue
                self.find('control without a name that says what it does', str(node))

        if not main:
            return None
        # GTK leaves out what it does not map: a page of the stack that is
        # not shown, a closed popover, the rows of a collapsed expander.
        # Whatever is in the tree is on screen, SHOWING, or it is met by a
        # screen reader's review where a sighted user sees nothing.
        for node in tree.walk():
            if node.role in CONTROL_ROLES and node.name and 'showing' not in node.states:
                self.find('control not on screen, in the tree', str(node))
        return page_of(tree, focus)

    def check_window_controls(self, tree):
        """GTK's own Minimize, Maximize and Close, in the interface's language."""
        buttons = sorted({n.name for n in tree.walk() if n.role == 'push button'})
        for english in ('Minimize', 'Maximize', 'Close'):
            expected = self.cat.gtk.gettext(english)
            if expected not in buttons:
                self.find('window control not named in the interface language',
                          f"no [push button] '{expected}' (GTK's “{english}”) among {buttons}")

    # }}}
    # {{{ Moving

    def audit_window(self, window):
        """Audits another window than the main one, once it has the focus."""
        focus_acc = self.program.wait_focus(lambda acc: True, 'the focus in the window')
        tree = self.program.tree(window)
        self.audit(tree, next((n for n in tree.walk() if same(n.acc, focus_acc)), None), False)

    def settle(self, what, probe):
        """After a move: the focus satisfies @probe; the tree, audited."""
        focus_acc = self.program.wait_focus(probe, what)
        tree = self.program.tree()
        focus = next((n for n in tree.walk() if same(n.acc, focus_acc)), None)
        page = self.audit(tree, focus)
        return tree, focus, page

    def tab_to(self, role, name, what):
        """Moves the focus with Tab to the control of @role named @name;
        where Tab does not move the focus, with Shift+Tab, as a user
        would try next."""
        key = 'Tab'
        for _ in range(60):
            acc = self.program.focused()
            if acc is not None and role_of(acc) == role and spoken_as(acc.name, name):
                return acc
            origin = describe(acc)
            # Met once from a role, the trap is not waited for again.
            role_from = role_of(acc) if acc is not None else None
            if role_from in self.tab_stuck:
                key = 'shift+Tab'
            self.program.key(key)
            try:
                self.program.wait(lambda: not same(self.program.focused(), acc) or None,
                                  STEP_TIMEOUT, f'the focus to move from {origin}')
            except Trouble:
                if key != 'Tab':
                    raise
                self.find('Tab does not move the focus', f'from {origin}')
                self.tab_stuck.add(role_from)
                key = 'shift+Tab'
        raise Trouble(f"Tab never reached [{role}] '{name}' ({what})")

    def options_of(self, page, focus, n):
        """The @n focusable options around the focus, in order."""
        def focusable(node):
            return [x for x in node.walk() if 'focusable' in x.states and x is not node
                    and x.role in OPTION_ROLES | {'list item', 'toggle button'}]
        for group in focus.ancestors():
            options = [x for x in focusable(group)
                       if not any(a in focusable(group) for a in x.ancestors() if a is not group)]
            if len(options) == n:
                return group, options
            if not page.contains(group) or group is page:
                break
        raise Trouble(f'no group of {n} options around the focus {focus}')

    def control_of(self, option):
        if option.role in OPTION_ROLES:
            return option
        return next((x for x in option.walk() if x.role in OPTION_ROLES), None)

    def check_question(self, number, tree, focus, page, chosen):
        """The question page shown: progress, option group, each option."""
        qid, options, multiple = self.questions[number - 1]
        self.where = f'question {number} ({qid})'
        if page is None:
            raise Trouble(f'{self.where}: the focus is on no page')

        # The bar shows how many questions are answered: those before this
        # one that the profile answers, and this one once chosen.
        bars = [n for n in page.walk() if n.role == 'progress bar']
        answered = sum(1 for q, _, _ in self.questions[:number - 1] if self.answers[q])
        answered += 1 if chosen else 0
        if len(bars) != 1:
            self.find('progress bar missing', f'{len(bars)} progress bars on the page')
        else:
            low, now, high = bars[0].value or (0, 0, 0)
            if (low, high) != (0, len(self.questions)) or round(now) != answered:
                self.find('progress bar with the wrong value',
                          f'{bars[0]} at {now} of {low}–{high} with {answered} answered')
            if bars[0].name != self.cat('Questions answered'):
                self.find('progress bar not named by what it shows', str(bars[0]))

        group, items = self.options_of(page, focus, len(options))
        page_texts = [n.name for n in page.walk()
                      if n.role == 'label' and n.name and not group.contains(n)]
        if not group.name or not any(spoken_as(group.name, t) for t in page_texts):
            self.find('option group not named by its question', str(group))
        role = 'check box' if multiple else 'radio button'
        for index, item in enumerate(items):
            control = self.control_of(item)
            shown = item.texts()
            label = shown[0] if shown else ''
            if item.role != role:
                inner = f', with {control} inside' if control is not None and control is not item else ''
                self.find(f'option not announced as a {role} where the focus lands',
                          f'{item}{inner}')
            if control is not None and control is not item and control.role != role:
                self.find(f'{"several" if multiple else "single"}-choice option exposed '
                          f'as a {control.role}', str(control))
            inside = [n for n in item.walk() if n is not item and n.role in OPTION_ROLES]
            if item.role in OPTION_ROLES and inside:
                self.find('option exposed twice, with a radio button or check box inside',
                          f'{item}, with {inside[0]} inside')
            if label and not spoken_as(item.name, label):
                self.find('option not named by the text it shows', f"{item} shows '{label}'")
            want = options[index] in chosen
            if control is None or ('checked' in control.states) != want:
                state = 'no checkable control' if control is None else (
                    'checked' if 'checked' in control.states else 'not checked')
                self.find('option with the wrong checked state',
                          f'{control or item}: {state}, chosen: {want}')
        return items

    def answer(self, number, answers):
        """Question @number shown with the focus on it: chooses with the
        arrows and Space, as the profile says; returns the options."""
        qid, options, multiple = self.questions[number - 1]
        wanted = answers[qid] if multiple else [answers[qid]]
        chosen = []
        tree, focus, page = self.settle(f'the focus on question {number}',
                                        lambda acc: True)
        items = self.check_question(number, tree, focus, page, chosen)
        current = next((i for i, item in enumerate(items) if item is focus), None)
        if current is None:
            raise Trouble(f'question {number} shown with the focus on {focus}, not an option')
        for target in sorted(options.index(w) for w in wanted):
            while current != target:
                step = 'Down' if target > current else 'Up'
                current += 1 if target > current else -1
                self.program.key(step)
                self.program.wait_focus(lambda acc, want=items[current]: same(acc, want.acc),
                                        f'option {current + 1} of question {number} focused')
            chosen.append(options[target])
            control = self.control_of(items[target]) or items[target]

            def checked(c=control):
                return c.acc.getState().contains(pyatspi.STATE_CHECKED)
            self.program.key('space')
            self.program.wait(lambda: checked() or None, STEP_TIMEOUT,
                              f'option {target + 1} of question {number} checked')
        tree, focus, page = self.settle(f'question {number} answered', lambda acc: True)
        self.check_question(number, tree, focus, page, chosen)

    def on_question(self, number):
        """Whether the focus is on the page that says it is question
        @number, as its progress label reads."""
        progress = self.cat.app.gettext('Question %u of %u') % (number, len(self.questions))

        def probe(acc):
            tree = read_tree(self.program.window)
            focus = next((n for n in tree.walk() if same(n.acc, acc)), None)
            page = page_of(tree, focus) if focus is not None else None
            return page is not None and page.contains(focus) and progress in page.texts()
        return probe

    def walk_profile(self, label, role, answers, first):
        n = len(self.questions)
        self.answers = answers
        for number in range(1, n + 1):
            self.program.wait_focus(self.on_question(number), f'question {number} shown')
            self.answer(number, answers)
            if first and number == 2:
                self.check_side_keys()
            if number == n:
                # Tab to the button, as one would to read it first.
                self.tab_to('push button', self.cat('See _Result'), 'See Result')
                self.program.key('space')
            else:
                self.program.key('Return')
        self.check_result(label, role, answers)

    def check_side_keys(self):
        """On question 2: back and on with Alt and the arrows."""
        rtl = self.language in RTL_LANGUAGES
        back, on = ('alt+Right', 'alt+Left') if rtl else ('alt+Left', 'alt+Right')
        # The Back button says the key that goes back, as a description.
        said = self.cat.app.gettext('Back (Alt+Right)' if rtl else 'Back (Alt+Left)')
        tree = self.program.tree()
        buttons = [n for n in tree.walk() if n.role == 'push button' and n.name == self.cat('Back')]
        if not buttons or buttons[0].description != said:
            self.find('Back does not say the key that goes back',
                      f"{buttons[0] if buttons else 'no Back button'} described as "
                      f"'{buttons[0].description if buttons else ''}', not '{said}'")
        self.program.key(back)
        try:
            self.program.wait_focus(self.on_question(1), f'{back} to go back to question 1')
        except Trouble as e:
            self.find('Alt and an arrow do not go back as GNOME does', str(e))
            return
        self.program.key(on)
        self.program.wait_focus(self.on_question(2), f'{on} to go on to question 2')

    def verdict(self, answers):
        document = json.dumps({'answers': answers})
        out = subprocess.run([self.executable, '--score', '-', '--language', self.language],
                             input=document, capture_output=True, text=True, env=self.env,
                             check=True).stdout
        return json.loads(out)['result']

    def check_result(self, label, role, answers):
        self.where = f'result of the {label}'
        expected = self.verdict(answers)
        if expected['role'] != (None if role == 'none' else role) and \
                not (role == 'none' and expected['role'] == 'none'):
            raise Trouble(f"the scorer gives {expected['role']} for the {label}, not {role}")
        tree, focus, page = self.settle('the verdict focused',
                                        lambda acc: role_of(acc) == 'heading')
        if not spoken_as(focus.name, expected['title']):
            self.find('verdict not read when the result is shown',
                      f"focus on {focus}, the verdict is '{expected['title']}'")
        bars = [n for n in page.walk() if n.role == 'level bar']
        # With no role ahead (scores all 0), no shares are shown: nor read.
        scores = sorted(expected['scores'].values()) if any(expected['scores'].values()) else []
        values = sorted(round(b.value[1]) for b in bars if b.value)
        if values != scores:
            self.find('score bars without the verdict’s values',
                      f'values {values}, scores {scores}')
        for bar in bars:
            if not bar.name or CLASS_NAME.match(bar.name) or \
                    (bar.value and str(round(bar.value[1])) not in bar.name):
                self.find('score bar not named with its role and value', str(bar))

    def focused_node(self):
        """The tree, audited, and the focused object in it."""
        focus_acc = self.program.wait_focus(lambda acc: True, 'the focus')
        tree = self.program.tree()
        focus = next((n for n in tree.walk() if same(n.acc, focus_acc)), None)
        page = self.audit(tree, focus)
        return tree, focus, page

    def tab_round(self):
        """Tab from the verdict through every control and back to it: each
        one reached must say what it does."""
        self.where = 'result, Tab round'
        start = self.program.focused()
        seen = []
        for _ in range(120):
            acc = self.program.focused()
            self.program.key('Tab')
            self.program.wait(lambda a=acc: not same(self.program.focused(), a) or None,
                              STEP_TIMEOUT, f'Tab to move from {describe(acc)}')
            acc = self.program.focused()
            if same(acc, start):
                break
            _, focus, _ = self.focused_node()
            if focus is None:
                raise Trouble(f'Tab reached {describe(acc)}, not in the window')
            if not focus.name or CLASS_NAME.match(focus.name):
                self.find('control reached with Tab without a name that says what it does',
                          str(focus))
            seen.append(str(focus))
        else:
            raise Trouble('Tab never came back to the verdict')
        if DEBUG:
            print('# Tab round: ' + ', '.join(seen), file=sys.stderr)

    def expect_heading(self, what, name):
        """The focus moved to the heading @name: where a keyboard user
        goes on from, once the button pressed is gone or the card tried
        appears above it."""
        try:
            self.settle(what, lambda acc: role_of(acc) == 'heading' and
                        spoken_as(acc.name, name) or None)
        except Trouble as e:
            self.find('focus not on what changed', f'{what}: {e}; focus on '
                      f'{describe(self.program.focused())}')

    def expect_announced(self, what, text, since):
        """@text announced, after the @since-th announcement."""
        try:
            self.program.wait(lambda: text in self.program.announcements[since:] or None,
                              STEP_TIMEOUT, f"the announcement '{text}'")
        except Trouble as e:
            self.find('verdict change not announced',
                      f'{what}: {e}; announced {self.program.announcements[since:]}')

    def press(self, key='space'):
        """Presses @key; returns the mark of the announcements before it."""
        since = len(self.program.announcements)
        self.program.key(key)
        return since

    def check_verdict_changes(self, answers):
        """What if: Try It, Back, Try It, Keep; then an answer changed in
        its row. Each time the screen reader is told the new verdict, by
        an announcement, and the focus is where a keyboard user goes on."""
        self.where = 'result, what if'
        result = self.verdict(answers)
        changes = [c for c in result['would_change'] if c['possible'] and c['steps']]
        if not changes:
            raise Trouble('the profile offers no change to try')
        change = changes[0]
        told = self.cat.app.gettext('Verdict now: %s')
        try_it, what_if = self.cat('_Try It'), self.cat('What If…')
        self.tab_to('push button', try_it, 'Try It')
        since = self.press()
        self.expect_heading('Try It', what_if)
        self.expect_announced('Try It', change['text'], since)
        self.tab_to('push button', self.cat('_Back to My Answers'), 'Back to My Answers')
        since = self.press()
        self.expect_heading('Back to My Answers', result['title'])
        self.expect_announced('Back to My Answers', told % result['title'], since)
        self.tab_to('push button', try_it, 'Try It again')
        since = self.press()
        self.expect_heading('Try It again', what_if)
        self.expect_announced('Try It again', change['text'], since)
        self.tab_to('push button', self.cat('_Keep This Change'), 'Keep This Change')
        since = self.press()
        answers = dict(answers)
        for step in change['steps']:
            answers[step['question']] = step['answer']
        kept = self.verdict(answers)
        self.expect_heading('Keep This Change', kept['title'])
        self.expect_announced('Keep This Change', told % kept['title'], since)

        # The first answer's row: opened, another option chosen.
        self.where = 'result, an answer changed'
        qid, options, multiple = self.questions[0]
        tree, _, page = self.focused_node()
        rows = [n for n in page.walk() if n.role == 'list item' and 'focusable' in n.states
                and n.name and n.description]
        if not rows:
            raise Trouble('no answer row on the result page')
        self.tab_to('list item', rows[0].name, 'the first answer')
        self.program.key('space')
        self.program.key('Tab')
        tree, focus, page = self.settle('an option of the first answer',
                                        lambda acc: role_of(acc) in OPTION_ROLES)
        group, items = self.options_of(page, focus, len(options))
        current = next(i for i, item in enumerate(items) if item is focus)
        target = (options.index(answers[qid]) + 1) % len(options)
        while current != target:
            step = 'Down' if target > current else 'Up'
            current += 1 if target > current else -1
            self.program.key(step)
            self.program.wait_focus(lambda acc, want=items[current]: same(acc, want.acc),
                                    f'option {current + 1} of the first answer focused')
        answers[qid] = options[target]
        now = self.verdict(answers)
        chosen = items[target]
        since = self.press()
        self.expect_announced('an answer changed', told % now['title'], since)
        tree, focus, page = self.focused_node()
        if focus is None or not same(focus.acc, chosen.acc):
            self.find('focus not on what changed',
                      f'an answer changed: focus on {focus}, not on {chosen}')
        if focus is None or 'checked' not in focus.states:
            self.find('option with the wrong checked state', f'{focus}: chosen, not checked')
        if not any(n.role == 'heading' and n.name == now['title'] for n in page.walk()):
            self.find('verdict not updated after an answer changed',
                      f"no [heading] '{now['title']}'")

    def alert_dialog(self):
        """The alert dialog shown in the main window, if one is."""
        tree = read_tree(self.program.window)
        if tree is None:
            return None
        return next((n for n in tree.walk()
                     if n.role in ('alert', 'dialog')), None)

    def start_over(self):
        """From the result page: Start Over, and confirm in the dialog."""
        self.where = 'Start Over'
        self.tab_to('push button', self.cat('Start _Over'), 'Start Over on the result')
        self.program.key('space')
        # An alert dialog inside the main window (AdwAlertDialog), not a
        # window of its own.
        dialog = self.program.wait(lambda: self.alert_dialog(), STEP_TIMEOUT,
                                   'the Start Over dialog in the tree')
        self.audit_window(dialog.acc)
        self.tab_to('push button', self.cat('_Start Over'), 'Start Over in the dialog')
        self.program.key('space')
        self.program.wait(lambda: self.alert_dialog() is None or None,
                          STEP_TIMEOUT, 'the dialog closed')
        self.program.focus_x(self.program.main_xid)

        # A new assessment: nothing may be shown chosen. When something
        # is, the program is started again for the next profile, for the
        # walk to go on from answers it can trust.
        self.program.wait_focus(self.on_question(1), 'question 1 after Start Over')
        tree = self.program.tree()
        checked = [str(n) for n in tree.walk() if 'checked' in n.states]
        if checked:
            self.find('choices still shown checked after Start Over', ', '.join(checked[:3]))
            self.stop()
            self.start(['--language', self.language])
            self.welcome()

    def switch_language(self, code, native_name):
        """Through the primary menu: F10, Language, the language."""
        self.where = 'Language menu'
        self.program.key('F10')
        self.program.wait_focus(lambda acc: role_of(acc).endswith('menu item'),
                                'the primary menu open')
        # Every item says what it does (the tree holds the menu once open).
        self.audit(self.program.tree(), None, main=False)
        language = self.cat('_Language')
        for _ in range(20):
            acc = self.program.focused()
            if acc is not None and spoken_as(acc.name, language):
                break
            self.program.key('Down')
            self.program.wait(lambda a=acc: not same(self.program.focused(), a) or None,
                              STEP_TIMEOUT, 'the focus to move in the menu')
        else:
            raise Trouble(f"no menu item '{language}'")
        item = self.program.focused()
        self.program.key('Return')
        self.program.wait_focus(lambda acc: not same(acc, item), 'the Language submenu')
        self.audit(self.program.tree(), None, main=False)
        for _ in range(20):
            acc = self.program.focused()
            if acc is not None and acc.name == native_name:
                break
            self.program.key('Down')
            self.program.wait(lambda a=acc: not same(self.program.focused(), a) or None,
                              STEP_TIMEOUT, 'the focus to move in the submenu')
        else:
            raise Trouble(f"no menu item '{native_name}'")
        self.program.key('Return')
        self.language = code
        self.cat = Catalogue(self.localedir, code)

    def check_shortcuts_window(self):
        """The Keyboard Shortcuts window: its title, in the language."""
        self.where = 'Keyboard Shortcuts'
        before = set(self.program.xids())
        self.program.key('ctrl+question')
        xid = self.program.wait(lambda: (set(self.program.xids()) - before) or None,
                                STEP_TIMEOUT, 'the Keyboard Shortcuts window')
        window = self.program.wait(
            lambda: next((w for w in self.program.toplevels()
                          if w is not None and not same(w, self.program.window)), None),
            STEP_TIMEOUT, 'the Keyboard Shortcuts window in the tree')
        expected = self.cat.app.pgettext('shortcut window', 'Keyboard Shortcuts')
        if window.name != expected:
            self.find('Keyboard Shortcuts window not named so',
                      f"[{role_of(window)}] '{window.name}', not '{expected}'")
        self.program.focus_x(max(xid))
        self.audit_window(window)
        self.program.key('Escape')
        self.program.wait(lambda: not (set(self.program.xids()) - before) or None,
                          STEP_TIMEOUT, 'the Keyboard Shortcuts window closed')
        self.program.focus_x(self.program.main_xid)

    def start(self, args):
        # Each run starts as on a first start: no settings, no draft.
        self.runs += 1
        env = dict(self.env)
        for name in ('XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_STATE_HOME', 'XDG_CACHE_HOME'):
            env[name] = os.path.join(os.environ['XDG_RUNTIME_DIR'], f'run-{self.runs}', name.lower())
            os.makedirs(env[name])
        self.program = Program(self.executable, args, env)

    def stop(self):
        if self.program is not None:
            self.program.close()
            self.program = None

    def welcome(self):
        self.where = 'welcome'
        start = self.cat('_Start')
        tree, focus, page = self.settle('the focus on the welcome page', lambda acc: True)
        self.check_window_controls(tree)
        self.tab_to('push button', start, 'Start')
        self.program.key('Return')

    # }}}

    def run(self):
        """Returns the seconds the walks took."""
        started = time.monotonic()
        # English, then Arabic through the Language menu.
        self.start([])
        try:
            self.welcome()
            for code in ('en', 'ar'):
                for i, (label, role, answers) in enumerate(PROFILES):
                    self.walk_profile(label, role, answers, i == 0)
                    if i == 0:
                        self.tab_round()
                        self.check_verdict_changes(answers)
                        self.check_shortcuts_window()
                    if i < len(PROFILES) - 1:
                        self.start_over()
                if code == 'en':
                    self.switch_language('ar', ARABIC_NATIVE_NAME)
                    self.where = 'result after the switch'
                    tree, _, _ = self.settle('the result again, in Arabic',
                                             lambda acc: role_of(acc) == 'heading')
                    self.check_window_controls(tree)
                    self.start_over()
        except Trouble as e:
            self.findings.add('walk stopped', str(e), f'{self.where} ({self.language})')
        finally:
            self.stop()
        # Arabic from the start, as GTK names its own controls then.
        self.language = 'ar'
        self.cat = Catalogue(self.localedir, 'ar')
        self.start(['--language', 'ar'])
        try:
            self.welcome()
            self.program.wait_focus(self.on_question(1), 'question 1 shown')
        except Trouble as e:
            self.findings.add('walk stopped', str(e), f'{self.where} ({self.language})')
        finally:
            self.stop()
        return time.monotonic() - started


def inner(argv):
    if len(argv) != 3:
        fail('usage: check-atspi.py CREATOR_ROLE SCHEMA LOCALEDIR')
    findings = Findings()
    walker = Walker(argv, findings)
    seconds = walker.run()
    count = findings.report()
    print(f'# {len(PROFILES)} profiles in English and in Arabic, {seconds:.0f} s')
    if count:
        print(f'check-atspi: {count} finding(s)', file=sys.stderr)
        return 1
    print('ok - a screen-reader user gets the same app')
    return 0


if __name__ == '__main__':
    if os.environ.get('CR_ATSPI_STAGE') != 'inner':
        sys.exit(outer(sys.argv[1:]))
    try:
        import pyatspi
        from gi.repository import GLib
    except ImportError as e:
        fail(f'{e}: python3-pyatspi is not installed (build-aux/dev.sh test installs it)')
    CONTEXT = GLib.MainContext.default()
    sys.exit(inner(sys.argv[1:]))
