/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-roster-sheet.h: a roster's spreadsheet files, read (FreeXL) and
 * written (libxlsxwriter), for cr-roster-read.c and cr-roster-write.c
 */
#pragma once

#include <gio/gio.h>

#include "cr-roster.h"

G_BEGIN_DECLS

/* Reading: the rows of one sheet, as cells of text. */

typedef struct _CrRosterSheet CrRosterSheet;

gboolean        _cr_roster_sheet_can_read   (void);
CrRosterSheet  *_cr_roster_sheet_open       (const char      *path,
                                             CrRosterFormat   format,
                                             const char      *kind,
                                             GError         **error);
gboolean        _cr_roster_sheet_next_row   (CrRosterSheet   *sheet,
                                             GPtrArray       *cells,
                                             GArray          *lengths,
                                             guint64         *row,
                                             gboolean        *too_long);
guint64         _cr_roster_sheet_get_bytes_read (CrRosterSheet *sheet);
const char     *_cr_roster_sheet_get_name   (CrRosterSheet   *sheet);
void            _cr_roster_sheet_free       (CrRosterSheet   *sheet);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrRosterSheet, _cr_roster_sheet_free)


G_END_DECLS
