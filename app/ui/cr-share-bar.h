/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "cr-questionnaire.h"

G_BEGIN_DECLS

#define CR_TYPE_SHARE_BAR (cr_share_bar_get_type ())
G_DECLARE_FINAL_TYPE (CrShareBar, cr_share_bar, CR, SHARE_BAR, GtkWidget)

GtkWidget   *cr_share_bar_new       (CrRole      role);
void         cr_share_bar_set_score (CrShareBar *self,
                                     guint       score);
gboolean     cr_share_bar_get_has_share (CrShareBar *self);
void         cr_share_bar_set_has_share (CrShareBar *self,
                                         gboolean    has_share);
GtkWidget   *cr_share_bar_get_level_bar (CrShareBar *self);

G_END_DECLS
