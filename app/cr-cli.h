/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stdio.h>

#include <glib.h>

G_BEGIN_DECLS

void cr_cli_guard_standard_streams (void);

int  cr_cli_score                  (const char *path,
                                    const char *language,
                                    gboolean    batch,
                                    FILE       *out,
                                    FILE       *err);

G_END_DECLS
