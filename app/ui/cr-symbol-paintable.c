/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-symbol-paintable.c: the app's symbol, drawn in the colour of the text
 *
 * The welcome page shows the app's symbolic icon at 128 pixels. Loaded
 * through the icon theme, the SVG would bring in an SVG renderer at
 * start-up, a fifth of the window's own cost in memory. Instead the symbol
 * is a PNG pre-rendered from the SVG (only its alpha channel is used), and
 * this paintable paints that shape in the foreground colour it is given as
 * a GtkSymbolicPaintable, so that it follows light and dark styles like any
 * symbolic icon.
 */
#include "config.h"

#include "cr-symbol-paintable.h"

struct _CrSymbolPaintable
{
  GObject parent_instance;

  GdkTexture *mask;
  int size;
};

static void cr_symbol_paintable_paintable_init (GdkPaintableInterface *iface);
static void cr_symbol_paintable_symbolic_init (GtkSymbolicPaintableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CrSymbolPaintable, cr_symbol_paintable, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (GDK_TYPE_PAINTABLE,
                                                      cr_symbol_paintable_paintable_init)
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SYMBOLIC_PAINTABLE,
                                                      cr_symbol_paintable_symbolic_init))

static void
cr_symbol_paintable_snapshot_symbolic (GtkSymbolicPaintable *paintable,
                                       GdkSnapshot          *snapshot,
                                       double                width,
                                       double                height,
                                       const GdkRGBA        *colors,
                                       gsize                 n_colors)
{
  CrSymbolPaintable *self = CR_SYMBOL_PAINTABLE (paintable);
  GdkRGBA black = { 0, 0, 0, 1 };
  const GdkRGBA *fg = n_colors > 0 ? &colors[0] : &black;
  graphene_matrix_t matrix;
  graphene_vec4_t offset;

  /* Every pixel takes the foreground colour; the mask's alpha, times the
   * foreground's, says how much. */
  graphene_matrix_init_from_float (&matrix, (float[16]) {
                                     0, 0, 0, 0,
                                     0, 0, 0, 0,
                                     0, 0, 0, 0,
                                     0, 0, 0, fg->alpha,
                                   });
  graphene_vec4_init (&offset, fg->red, fg->green, fg->blue, 0);

  gtk_snapshot_push_color_matrix (GTK_SNAPSHOT (snapshot), &matrix, &offset);
  gtk_snapshot_append_texture (GTK_SNAPSHOT (snapshot), self->mask,
                               &GRAPHENE_RECT_INIT (0, 0, width, height));
  gtk_snapshot_pop (GTK_SNAPSHOT (snapshot));
}

static void
cr_symbol_paintable_snapshot (GdkPaintable *paintable,
                              GdkSnapshot  *snapshot,
                              double        width,
                              double        height)
{
  cr_symbol_paintable_snapshot_symbolic (GTK_SYMBOLIC_PAINTABLE (paintable), snapshot,
                                         width, height, NULL, 0);
}

static int
cr_symbol_paintable_get_intrinsic_size (GdkPaintable *paintable)
{
  return CR_SYMBOL_PAINTABLE (paintable)->size;
}

static GdkPaintableFlags
cr_symbol_paintable_get_flags (GdkPaintable *paintable G_GNUC_UNUSED)
{
  return GDK_PAINTABLE_STATIC_CONTENTS | GDK_PAINTABLE_STATIC_SIZE;
}

static void
cr_symbol_paintable_paintable_init (GdkPaintableInterface *iface)
{
  iface->snapshot = cr_symbol_paintable_snapshot;
  iface->get_intrinsic_width = cr_symbol_paintable_get_intrinsic_size;
  iface->get_intrinsic_height = cr_symbol_paintable_get_intrinsic_size;
  iface->get_flags = cr_symbol_paintable_get_flags;
}

static void
cr_symbol_paintable_symbolic_init (GtkSymbolicPaintableInterface *iface)
{
  iface->snapshot_symbolic = cr_symbol_paintable_snapshot_symbolic;
}

static void
cr_symbol_paintable_finalize (GObject *object)
{
  CrSymbolPaintable *self = CR_SYMBOL_PAINTABLE (object);

  g_clear_object (&self->mask);

  G_OBJECT_CLASS (cr_symbol_paintable_parent_class)->finalize (object);
}

static void
cr_symbol_paintable_class_init (CrSymbolPaintableClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cr_symbol_paintable_finalize;
}

static void
cr_symbol_paintable_init (CrSymbolPaintable *self G_GNUC_UNUSED)
{
}

/**
 * cr_symbol_paintable_new:
 * @resource_path: a PNG whose alpha channel is the shape
 * @size: the size to show it at, in application pixels; the PNG may be
 *   larger, for high-resolution screens
 */
GdkPaintable *
cr_symbol_paintable_new (const char *resource_path,
                         int         size)
{
  CrSymbolPaintable *self;

  g_return_val_if_fail (resource_path != NULL, NULL);
  g_return_val_if_fail (size > 0, NULL);

  self = g_object_new (CR_TYPE_SYMBOL_PAINTABLE, NULL);
  self->mask = gdk_texture_new_from_resource (resource_path);
  self->size = size;

  return GDK_PAINTABLE (self);
}
