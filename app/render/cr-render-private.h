/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-render-private.h: what the renderer's files share, and no one else */
#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

/* The card's, the report's and the chart's fonts: Cantarell as GNOME's,
 * Noto for the scripts it lacks. */
#define FONT_FAMILY "Cantarell, Noto Sans, Noto Sans Arabic, sans-serif"

typedef struct
{
  double r, g, b;
} Colour;

#define RGB(hex) { (((hex) >> 16) & 0xff) / 255.0, (((hex) >> 8) & 0xff) / 255.0, \
                   ((hex) & 0xff) / 255.0 }

void            _cr_render_set_colour      (cairo_t             *cr,
                                            const Colour        *colour);
PangoLayout    *_cr_render_make_layout     (cairo_t             *cr,
                                            const char          *text,
                                            double               size,
                                            PangoWeight          weight,
                                            double               width,
                                            double               line_height);
double          _cr_render_layout_height   (PangoLayout         *layout);
void            _cr_render_show_layout     (cairo_t             *cr,
                                            PangoLayout         *layout,
                                            double               x,
                                            double               y,
                                            const Colour        *colour);

cairo_status_t  _cr_render_append_to_bytes (void                *closure,
                                            const unsigned char *data,
                                            unsigned int         length);
void            _cr_render_set_cairo_error (GError             **error,
                                            cairo_status_t       status);

G_END_DECLS
