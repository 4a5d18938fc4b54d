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
  /* "Neither, yet": no tie to any brand. */
  CR_ROLE_NONE = CR_N_ROLES,
  /* Not a verdict: too little is answered to judge (none of the decisive
   * questions). It has no id: a document says "role": null. */
  CR_ROLE_UNDECIDED,
} CrRole;

/* The largest weight an option can give one role. */
#define CR_WEIGHT_MAX 12

/* One of the article's lines between the roles. Each question measures one
 * line; questions that measure the same line share its weight, so that the
 * line counts once however many questions ask about it. */
typedef struct
{
  const char *id;
  /* Translatable: the line in a few words, e.g. "One brand or several". */
  const char *title;
  /* Translatable: what the article says on this line, and why it weighs
   * what it does. */
  const char *description;
  /* The most points the line can give one role: the sum of its questions'
   * weights. */
  guint       weight;
} CrLine;

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
  /* Translatable: one sentence saying what this answer says about the
   * person, and nothing it does not say, e.g. "You promote many brands." */
  const char *fact;
  /* Evidence this answer gives each role, 0 (none) to the question's
   * weight. */
  guint8 weights[CR_N_ROLES];
  /* This answer says the person has no tie to any brand: it makes the
   * verdict CR_ROLE_NONE whatever else was answered. */
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
  /* The line the question measures (an index for
   * cr_questionnaire_get_line()), and its share of the line's weight: the
   * most points any of its options gives one role. */
  guint line;
  guint weight;
  /* Without an answer to at least one decisive question there is no
   * verdict. */
  gboolean decisive;
  /* Translatable, set on decisive questions: a sentence saying the person
   * has not answered it. */
  const char *missing;
} CrQuestion;

/* Two answers that a coherent person cannot give together. The result's
 * "what would make me…" never proposes a change that makes one. */
typedef struct
{
  const char *question;
  const char *option;
  const char *other_question;
  /* One or more option ids of @other_question, space-separated. */
  const char *other_options;
  /* Translatable: why they do not go together. */
  const char *reason;
} CrExclusion;

guint              cr_questionnaire_get_n_questions (void);
const CrQuestion  *cr_questionnaire_get_question    (guint        index);
const CrQuestion  *cr_questionnaire_lookup          (const char  *id,
                                                     guint       *index);
const CrOption    *cr_question_lookup_option        (const CrQuestion *question,
                                                     const char       *id,
                                                     guint            *index);
char              *cr_question_dup_option_ids       (const CrQuestion *question);
char              *cr_question_dup_option_choices   (const CrQuestion *question);
char              *cr_questionnaire_dup_question_ids (void);

guint              cr_questionnaire_get_n_lines     (void);
const CrLine      *cr_questionnaire_get_line        (guint        index);

guint              cr_questionnaire_get_n_exclusions (void);
const CrExclusion *cr_questionnaire_get_exclusion   (guint        index);
gboolean           cr_questionnaire_excludes        (guint        question,
                                                     guint        option,
                                                     guint        other_question,
                                                     guint        other_option);

const char        *cr_role_to_id                    (CrRole       role);
gboolean           cr_role_from_id                  (const char  *id,
                                                     CrRole      *role);
const char        *cr_role_get_name                 (CrRole       role);
const char        *cr_role_get_name_in_sentence     (CrRole       role);
const char        *cr_role_get_description          (CrRole       role);

G_END_DECLS
