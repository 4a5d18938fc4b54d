/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CR_TYPE_SCORING_WINDOW (cr_scoring_window_get_type ())
G_DECLARE_FINAL_TYPE (CrScoringWindow, cr_scoring_window, CR, SCORING_WINDOW, AdwPreferencesWindow)

GtkWidget *cr_scoring_window_new  (void);
void       cr_scoring_window_show (GtkWindow *parent);

G_END_DECLS
