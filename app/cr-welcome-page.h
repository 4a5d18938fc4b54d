/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CR_TYPE_WELCOME_PAGE (cr_welcome_page_get_type ())
G_DECLARE_FINAL_TYPE (CrWelcomePage, cr_welcome_page, CR, WELCOME_PAGE, AdwBin)

GtkWidget  *cr_welcome_page_new               (void);
void        cr_welcome_page_set_draft         (CrWelcomePage *self,
                                               guint          n_answered);
void        cr_welcome_page_set_corrupt_draft (CrWelcomePage *self,
                                               const char    *path);
GtkWidget  *cr_welcome_page_get_first_control (CrWelcomePage *self);
const char *cr_welcome_page_get_resume_label  (CrWelcomePage *self);

G_END_DECLS
