/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cr-session.h"

G_BEGIN_DECLS

#define CR_TYPE_WELCOME_PAGE (cr_welcome_page_get_type ())
G_DECLARE_FINAL_TYPE (CrWelcomePage, cr_welcome_page, CR, WELCOME_PAGE, AdwBin)

/* How many recent results the page lists at most. */
#define CR_WELCOME_PAGE_MAX_RECENT 5

GtkWidget  *cr_welcome_page_new               (CrSession     *session);

G_END_DECLS
