/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-preview-dialog.h: the result card, shown before it is saved or copied */
#pragma once

#include <adwaita.h>

#include "cr-render.h"
#include "cr-session.h"

G_BEGIN_DECLS

#define CR_TYPE_PREVIEW_DIALOG (cr_preview_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CrPreviewDialog, cr_preview_dialog, CR, PREVIEW_DIALOG, AdwDialog)

AdwDialog   *cr_preview_dialog_new           (CrSession       *session);
void         cr_preview_dialog_set_size      (CrPreviewDialog *self,
                                              CrCardSize       size);
char        *cr_preview_dialog_default_name  (void);
gboolean     cr_preview_dialog_save_to_file  (CrPreviewDialog *self,
                                              GFile           *file,
                                              GError         **error);
void         cr_preview_dialog_copy_image    (CrPreviewDialog *self);

G_END_DECLS
