# SPDX-License-Identifier: GPL-3.0-or-later
"""What the generators of the build's language tables share: the languages
po/LINGUAS lists, each with the catalogue the build made for it.

Used by gen-languages.py and gen-labels.py, which Python finds this beside.
"""

import gettext
import os


def read_linguas(path):
    """The language codes of a LINGUAS file, in its order."""
    codes = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            if not line.lstrip().startswith('#'):
                codes.extend(line.split())
    return codes


def load(linguas_path, mo_paths):
    """Each language of @linguas_path, in its order, as (code, catalogue),
    the catalogue a gettext.GNUTranslations read from the one of @mo_paths
    (po/<code>/LC_MESSAGES/<domain>.mo) built for it, or None when none
    was."""
    paths = {os.path.basename(os.path.dirname(os.path.dirname(mo))): mo for mo in mo_paths}
    languages = []
    for code in read_linguas(linguas_path):
        catalogue = None
        if code in paths:
            with open(paths[code], 'rb') as f:
                catalogue = gettext.GNUTranslations(f)
        languages.append((code, catalogue))
    return languages
