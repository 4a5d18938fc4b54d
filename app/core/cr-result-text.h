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

/* The headings of the parts of a shared result (the text, the card, the
 * report). */
typedef enum
{
  CR_SHARE_HEADING_SHARES,
  CR_SHARE_HEADING_WEIGHS_MOST,
  CR_SHARE_HEADING_ANSWERS,
  CR_SHARE_HEADING_CHANGES,
  /* The changes when there is no verdict yet: what to answer first. */
  CR_SHARE_HEADING_FIRST,
  CR_SHARE_HEADING_SCORING,
  CR_SHARE_HEADING_ARTICLE,
} CrShareHeading;

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
char  *cr_result_dup_close_call_line  (CrResult         *result);
char  *cr_format_for_name             (const char       *name);

const char *cr_result_get_reason      (CrResult         *result,
                                       guint             question);
char  *cr_format_date                 (GDateTime        *date);
char  *cr_format_page_number          (guint             page,
                                       guint             n_pages);
const char *cr_share_get_app_line     (void);
const char *cr_share_get_heading      (CrShareHeading    heading);
CrShareHeading cr_share_get_changes_heading (CrResult   *result);
const char *cr_share_get_scoring_text (void);
const char *cr_share_get_article_credit (void);

char  *cr_result_format_text          (CrAnswers        *answers,
                                       CrResult         *result);

G_END_DECLS
