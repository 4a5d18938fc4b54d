/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-questionnaire.h: the questions, their options and what each option weighs
 *
 * The questionnaire is data: one static table in cr-questionnaire.c that the
 * scorer, the JSON reader and writer, the command line and the wizard all
 * walk. The identifiers are a public interface (see RUBRIC.md): they appear
 * in exported documents and are never translated.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  CR_ROLE_INFLUENCER,
  CR_ROLE_AMBASSADOR,
  CR_ROLE_CONTRACTED_AMBASSADOR,
  CR_N_ROLES,
  CR_ROLE_NONE = CR_N_ROLES,
} CrRole;

/* The largest weight an option can give one role. */
#define CR_WEIGHT_MAX 6

typedef struct
{
  const char *id;
  /* Translatable (N_()): the option as the wizard shows it. */
  const char *label;
  /* Translatable, may be NULL: a second line under the label. */
  const char *detail;
  /* Translatable: one sentence saying why this answer points where it does,
   * paraphrasing the article. */
  const char *reason;
  /* Evidence this answer gives each role, 0 (none) to CR_WEIGHT_MAX. */
  guint8 weights[CR_N_ROLES];
  /* This answer says there is no tie to any brand on this count. When every
   * question that has such an option is answered with it, the verdict is
   * CR_ROLE_NONE whatever else was answered. */
  gboolean no_brand;
} CrOption;

typedef struct
{
  const char *id;
  /* Translatable: the question itself. */
  const char *title;
  /* Translatable: one line on why the question matters. */
  const char *why;
  /* Several options may be chosen (and none); the evidence for each role is
   * the strongest among the chosen options, so that ticking more boxes
   * never outweighs a single-choice question. */
  gboolean multiple;
  const CrOption *options;
  guint n_options;
} CrQuestion;

guint              cr_questionnaire_get_n_questions (void);
const CrQuestion  *cr_questionnaire_get_question    (guint        index);
const CrQuestion  *cr_questionnaire_lookup          (const char  *id,
                                                     guint       *index);
const CrOption    *cr_question_lookup_option        (const CrQuestion *question,
                                                     const char       *id,
                                                     guint            *index);
char              *cr_question_dup_option_ids       (const CrQuestion *question);
char              *cr_questionnaire_dup_question_ids (void);

const char        *cr_role_to_id                    (CrRole       role);
gboolean           cr_role_from_id                  (const char  *id,
                                                     CrRole      *role);
const char        *cr_role_get_name                 (CrRole       role);

G_END_DECLS
