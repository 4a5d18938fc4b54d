/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *cr_quote_input     (const char *text,
                          guint       max_chars);
char *cr_quote_input_len (const char *text,
                          gssize      length,
                          guint       max_chars);

G_END_DECLS
