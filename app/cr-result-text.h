/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-result-text.h: the words shown about a result, for every view of it
 *
 * The result page, the exported document, the printed report, the card and
 * the roster say the same things in the same words: they take them from
 * here, translated into the language current at the time of the call.
 */
#pragma once

#include <glib.h>

#include "cr-questionnaire.h"
#include "cr-result.h"

G_BEGIN_DECLS

char  *cr_format_share                (guint             score);
char  *cr_format_role_share           (CrRole            role,
                                       guint             score);
char  *cr_format_choice               (const CrQuestion *question,
                                       CrSelection       selection);

const CrExplanation *cr_result_find_explanation (CrResult *result,
                                                 guint     question);
char  *cr_result_describe_answer      (CrResult         *result,
                                       guint             question);
char  *cr_result_describe_close_call  (CrResult         *result);

G_END_DECLS
