/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cr-render.h"
#include "cr-session.h"

G_BEGIN_DECLS

#define CR_TYPE_PREVIEW_WINDOW (cr_preview_window_get_type ())
G_DECLARE_FINAL_TYPE (CrPreviewWindow, cr_preview_window, CR, PREVIEW_WINDOW, AdwWindow)

GtkWidget   *cr_preview_window_new           (GtkWindow       *parent,
                                              CrSession       *session);
CrSession   *cr_preview_window_get_session   (CrPreviewWindow *self);
CrCardSize   cr_preview_window_get_size      (CrPreviewWindow *self);
void         cr_preview_window_set_size      (CrPreviewWindow *self,
                                              CrCardSize       size);
GtkWidget   *cr_preview_window_get_picture   (CrPreviewWindow *self);
GdkTexture  *cr_preview_window_get_texture   (CrPreviewWindow *self);
char        *cr_preview_window_default_name  (void);
gboolean     cr_preview_window_save_to_file  (CrPreviewWindow *self,
                                              GFile           *file,
                                              GError         **error);
void         cr_preview_window_copy_image    (CrPreviewWindow *self);

G_END_DECLS
