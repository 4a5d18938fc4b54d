/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stdio.h>

#include <glib.h>

#include "cr-answers.h"
#include "cr-roster.h"

G_BEGIN_DECLS

void cr_cli_guard_standard_streams (void);

int  cr_cli_score                  (const char *path,
                                    const char *language,
                                    gboolean    batch,
                                    FILE       *out,
                                    FILE       *err);

/* Writes what is made of @answers (to @out, or elsewhere) and returns the
 * exit status; says why on @err when it cannot. */
typedef int (*CrCliWrite) (CrAnswers *answers,
                           FILE      *out,
                           FILE      *err,
                           gpointer   user_data);

int  cr_cli_score_with             (const char *path,
                                    const char *language,
                                    CrCliWrite  write_func,
                                    gpointer    user_data,
                                    const char *what,
                                    const char *output,
                                    FILE       *out,
                                    FILE       *err);
char *cr_cli_quote_file_name       (const char *path);
gboolean cr_cli_is_spreadsheet_name (const char *path);

int cr_cli_score_roster (const char     *path,
                         const char     *language,
                         CrRosterFormat  input_format,
                         CrRosterFormat  output_format,
                         FILE           *out,
                         FILE           *err);

G_END_DECLS
