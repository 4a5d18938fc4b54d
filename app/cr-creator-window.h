/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cr-creator.h"

G_BEGIN_DECLS

#define CR_TYPE_CREATOR_WINDOW (cr_creator_window_get_type ())
G_DECLARE_FINAL_TYPE (CrCreatorWindow, cr_creator_window, CR, CREATOR_WINDOW, AdwApplicationWindow)

GtkWindow   *cr_creator_window_new          (GtkApplication  *application,
                                             CrCreator       *creator,
                                             GFile           *roster_file);
CrCreator   *cr_creator_window_get_creator  (CrCreatorWindow *self);
CrAnswers   *cr_creator_window_get_answers  (CrCreatorWindow *self);
GtkWidget   *cr_creator_window_get_page     (CrCreatorWindow *self);
gboolean     cr_creator_window_export_to_file (CrCreatorWindow *self,
                                             GFile           *file,
                                             GError         **error);

G_END_DECLS
