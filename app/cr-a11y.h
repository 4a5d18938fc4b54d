/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void   cr_a11y_install                   (void);

void   cr_a11y_set_name                  (GtkWidget    *widget,
                                          const char   *name);
void   cr_a11y_label_by                  (GtkWidget    *widget,
                                          GtkLabel     *label);
void   cr_a11y_describe_by               (GtkWidget    *widget,
                                          GtkLabel     *label);
void   cr_a11y_button_use_label          (GtkButton    *button);
void   cr_a11y_name_from_row             (GtkWidget    *widget,
                                          AdwActionRow *row);
void   cr_a11y_entry_row_expose_text    (AdwEntryRow  *row);
void   cr_a11y_stack_follow_visible_child (GtkStack    *stack);

char  *cr_a11y_strip_mnemonic            (const char   *text);

G_END_DECLS
