/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void   cr_a11y_set_description           (GtkWidget    *widget,
                                          const char   *description);
void   cr_a11y_describe_by               (GtkWidget    *widget,
                                          GtkLabel     *label);
void   cr_a11y_expander_row_describe     (AdwExpanderRow *row);
void   cr_a11y_entry_row_name_once       (AdwEntryRow  *row);
void   cr_a11y_menu_button_name_items    (GtkMenuButton *button);
void   cr_a11y_shortcuts_window_name     (GtkShortcutsWindow *window);
void   cr_a11y_announce                  (GtkWidget    *widget,
                                          const char   *message);

G_END_DECLS
