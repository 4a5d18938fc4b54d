/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CR_TYPE_PAGE (cr_page_get_type ())
G_DECLARE_INTERFACE (CrPage, cr_page, CR, PAGE, GtkWidget)

struct _CrPageInterface
{
  GTypeInterface parent_iface;

  /* The control a keyboard user starts from when the page appears. */
  GtkWidget *(*get_first_control) (CrPage *self);
};

GtkWidget *cr_page_get_first_control (CrPage *self);
void       cr_page_present           (CrPage *self);

G_END_DECLS
