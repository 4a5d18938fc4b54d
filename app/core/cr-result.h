/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "cr-answers.h"
#include "cr-questionnaire.h"

G_BEGIN_DECLS

/* Two roles whose shares of 100 are at most this far apart are a close call. */
#define CR_CLOSE_CALL_MARGIN 10

/* The most answers a "what would make me…" change asks to change. */
#define CR_CHANGE_MAX_STEPS 3

typedef struct
{
  guint        question;
  CrSelection  selection;
  /* The evidence the answer gave each role. */
  guint8       weights[CR_N_ROLES];
  /* Translated: why the answer points where it does. */
  char        *text;
} CrExplanation;

typedef struct
{
  guint        question;
  /* The answer after the step: one option, or for a question with several
   * choices the whole new set (one option added or taken away). */
  CrSelection  selection;
  /* Translated: the step as an instruction, e.g. "Answer “Many” to “How
   * many brands do you promote?”." */
  char        *text;
} CrChangeStep;

typedef struct
{
  /* The role the change would make the verdict. */
  CrRole        role;
  /* How many answers change, 1 to CR_CHANGE_MAX_STEPS; 0 when no change of
   * that many answers, among people whose answers go together, makes
   * @role the verdict. */
  guint         n_steps;
  CrChangeStep  steps[CR_CHANGE_MAX_STEPS];
  /* @role's share of 100 after the change, and whether the result would
   * be a close call; 0 and FALSE when @n_steps is 0. */
  guint         score;
  gboolean      close_call;
  /* Translated: what the change would do, e.g. "These changes would make
   * you an influencer, with 54 of 100.", or that no change would. */
  char         *outcome;
  /* Translated: the steps' texts, then the outcome, as one paragraph. */
  char         *text;
} CrChange;

/* What a roster's row shows of a result: no text, the same in every
 * language. */
typedef struct
{
  CrRole    role;
  CrRole    runner_up;
  gboolean  close_call;
  gboolean  complete;
  guint     scores[CR_N_ROLES];
} CrScoreSummary;

#define CR_TYPE_RESULT (cr_result_get_type ())

typedef struct _CrResult CrResult;

GType                 cr_result_get_type           (void) G_GNUC_CONST;

CrResult             *cr_score                     (CrAnswers *answers);
void                  cr_score_summary             (CrAnswers      *answers,
                                                    CrScoreSummary *summary);

void                  cr_result_get_score_summary  (CrResult       *self,
                                                    CrScoreSummary *summary);

CrResult             *cr_result_ref                (CrResult  *self);
void                  cr_result_unref              (CrResult  *self);

CrRole                cr_result_get_role           (CrResult  *self);
gboolean              cr_result_has_shares         (CrResult  *self);
guint                 cr_result_get_score          (CrResult  *self,
                                                    CrRole     role);
guint                 cr_result_get_points         (CrResult  *self,
                                                    CrRole     role);
CrRole                cr_result_get_runner_up      (CrResult  *self);
gboolean              cr_result_is_close_call      (CrResult  *self);
gboolean              cr_result_is_complete        (CrResult  *self);
const guint          *cr_result_get_unanswered     (CrResult  *self,
                                                    guint     *n_unanswered);
const char           *cr_result_get_title          (CrResult  *self);
const char           *cr_result_get_summary        (CrResult  *self);
const guint          *cr_result_get_weighs_most    (CrResult  *self,
                                                    guint     *n_questions);
gboolean              cr_result_get_against        (CrResult  *self,
                                                    guint     *question,
                                                    CrRole    *role);
guint                 cr_result_get_n_explanations (CrResult  *self);
const CrExplanation  *cr_result_get_explanation    (CrResult  *self,
                                                    guint      index);
guint                 cr_result_get_n_changes      (CrResult  *self);
const CrChange       *cr_result_get_change         (CrResult  *self,
                                                    guint      index);

guint                 cr_explanation_get_supports  (const CrExplanation *explanation,
                                                    CrRole              *roles);

void                  cr_change_apply              (const CrChange      *change,
                                                    CrAnswers           *answers);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrResult, cr_result_unref)

G_END_DECLS
