/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void cr_language_menu_install (GtkApplication *application);

G_END_DECLS
