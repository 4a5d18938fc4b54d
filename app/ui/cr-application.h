/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cr-draft.h"

G_BEGIN_DECLS

#define CR_TYPE_APPLICATION (cr_application_get_type ())
G_DECLARE_FINAL_TYPE (CrApplication, cr_application, CR, APPLICATION, AdwApplication)

CrApplication *cr_application_new          (void);

const char    *cr_application_get_language (CrApplication *self);
gboolean       cr_application_set_language (CrApplication *self,
                                            const char    *code,
                                            GError       **error);

CrDraft       *cr_application_get_draft    (CrApplication *self);

GFile         *cr_application_get_last_folder (CrApplication *self);
void           cr_application_set_last_folder (CrApplication *self,
                                               GFile         *folder);

void           cr_application_follow_language (GtkWindow *window,
                                               GCallback  retranslate);

G_END_DECLS
