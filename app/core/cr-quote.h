/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* How much of a file's name a message quotes. */
#define CR_QUOTE_FILE_NAME_MAX_CHARS 200

char *cr_quote_input     (const char *text,
                          guint       max_chars);
char *cr_quote_input_len (const char *text,
                          gssize      length,
                          guint       max_chars);
char *cr_quote_path      (const char *path);
char *cr_quote_file_name (GFile      *file);
char *cr_quote_file_path (GFile      *file);

G_END_DECLS
