/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CR_TYPE_SCORING_DIALOG (cr_scoring_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CrScoringDialog, cr_scoring_dialog, CR, SCORING_DIALOG, AdwPreferencesDialog)

AdwDialog *cr_scoring_dialog_new  (void);
void       cr_scoring_dialog_show (GtkWindow *parent);

G_END_DECLS
