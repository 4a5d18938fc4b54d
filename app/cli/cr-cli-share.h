/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stdio.h>

#include <glib.h>

#include "cr-render.h"

G_BEGIN_DECLS

typedef enum
{
  CR_SHARE_FORMAT_JSON,
  CR_SHARE_FORMAT_TEXT,
  CR_SHARE_FORMAT_PNG,
  CR_SHARE_FORMAT_PDF,
} CrShareFormat;

gboolean   cr_share_format_from_id (const char     *id,
                                    CrShareFormat  *format);
gboolean   cr_card_size_from_id    (const char     *id,
                                    CrCardSize     *size);
gboolean   cr_paper_from_id        (const char     *id,
                                    CrPaper        *paper);
GDateTime *cr_share_dup_date       (void);

int        cr_cli_share            (const char     *path,
                                    const char     *language,
                                    CrShareFormat   format,
                                    const char     *output,
                                    CrCardSize      size,
                                    CrPaper         paper,
                                    FILE           *out,
                                    FILE           *err);

G_END_DECLS
