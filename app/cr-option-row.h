/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cr-questionnaire.h"

G_BEGIN_DECLS

GtkWidget *cr_option_row_new (const CrQuestion  *question,
                              guint              option,
                              GtkCheckButton   **group,
                              GtkCheckButton   **check);

G_END_DECLS
