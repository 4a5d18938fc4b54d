/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-roster-ods.h: a roster's OpenDocument spreadsheet (.ods), read, for
 * cr-roster-sheet.c
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _CrRosterOds CrRosterOds;

gboolean        _cr_roster_ods_can_read     (void);
CrRosterOds    *_cr_roster_ods_open         (const char      *path,
                                             const char      *kind,
                                             GError         **error);
gboolean        _cr_roster_ods_next_row     (CrRosterOds     *ods,
                                             GPtrArray       *cells,
                                             GArray          *lengths,
                                             guint64         *row,
                                             gboolean        *too_long);
guint64         _cr_roster_ods_get_bytes_read (CrRosterOds   *ods);
const char     *_cr_roster_ods_get_name     (CrRosterOds     *ods);
void            _cr_roster_ods_free         (CrRosterOds     *ods);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrRosterOds, _cr_roster_ods_free)

G_END_DECLS
