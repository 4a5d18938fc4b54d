/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cr-roster.h"

G_BEGIN_DECLS

#define CR_TYPE_ROSTER_COLUMNS_DIALOG (cr_roster_columns_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CrRosterColumnsDialog, cr_roster_columns_dialog, CR, ROSTER_COLUMNS_DIALOG,
                      AdwAlertDialog)

CrRosterColumnsDialog *cr_roster_columns_dialog_new       (CrRosterColumns       *guess,
                                                           const char            *file_name);
CrRosterColumns       *cr_roster_columns_dialog_dup_columns (CrRosterColumnsDialog *self);
void                   cr_roster_columns_dialog_focus_first (CrRosterColumnsDialog *self);

G_END_DECLS
