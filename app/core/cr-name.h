/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How many combining marks are kept on one letter when a name is shown. */
#define CR_NAME_MAX_MARKS 4

/* Where a person's name is shown. */
typedef enum
{
  /* A label, a cell or a title of its own: bidirectional controls and
   * control characters out, marks bounded. */
  CR_NAME_LABEL,
  /* Inside a sentence ("for NAME"): as CR_NAME_LABEL, between U+2068 FIRST
   * STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE. */
  CR_NAME_IN_SENTENCE,
  /* A cell of a file that is read again (a CSV roster): bidirectional
   * controls and control characters out, every letter and mark kept. */
  CR_NAME_CELL,
} CrNameUse;

char     *cr_name_dup_display       (const char *name,
                                     CrNameUse   use);
gboolean  cr_name_is_bidi_control   (gunichar    c);
void      cr_name_escape_in_json    (GString    *json,
                                     gsize       from);

G_END_DECLS
