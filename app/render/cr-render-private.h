/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-render-private.h: what the renderer's files share, and no one else */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

cairo_status_t  _cr_render_append_to_bytes (void                *closure,
                                            const unsigned char *data,
                                            unsigned int         length);
void            _cr_render_set_cairo_error (GError             **error,
                                            cairo_status_t       status);

G_END_DECLS
