/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CR_TYPE_SYMBOL_PAINTABLE (cr_symbol_paintable_get_type ())
G_DECLARE_FINAL_TYPE (CrSymbolPaintable, cr_symbol_paintable, CR, SYMBOL_PAINTABLE, GObject)

GdkPaintable *cr_symbol_paintable_new (const char *resource_path,
                                       int         size);

G_END_DECLS
