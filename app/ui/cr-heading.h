/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CR_TYPE_HEADING (cr_heading_get_type ())
G_DECLARE_FINAL_TYPE (CrHeading, cr_heading, CR, HEADING, GtkWidget)

const char *cr_heading_get_label (CrHeading  *self);
void        cr_heading_set_label (CrHeading  *self,
                                  const char *label);
GtkLabel   *cr_heading_get_child (CrHeading  *self);

G_END_DECLS
