/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stdio.h>

#include <glib.h>

#include "cr-roster.h"

G_BEGIN_DECLS

void cr_cli_guard_standard_streams (void);

int  cr_cli_score                  (const char *path,
                                    const char *language,
                                    gboolean    batch,
                                    FILE       *out,
                                    FILE       *err);

int cr_cli_score_roster (const char     *path,
                         const char     *language,
                         CrRosterFormat  input_format,
                         CrRosterFormat  output_format,
                         FILE           *out,
                         FILE           *err);

G_END_DECLS
