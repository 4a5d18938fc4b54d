/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cr-session.h"

G_BEGIN_DECLS

#define CR_TYPE_RESULT_PAGE (cr_result_page_get_type ())
G_DECLARE_FINAL_TYPE (CrResultPage, cr_result_page, CR, RESULT_PAGE, AdwBin)

GtkWidget   *cr_result_page_new                (CrSession    *session);
GtkWidget   *cr_result_page_get_heading_widget (CrResultPage *self);
const char  *cr_result_page_get_heading        (CrResultPage *self);
GtkWidget   *cr_result_page_get_trial_heading  (CrResultPage *self);

G_END_DECLS
