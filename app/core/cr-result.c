/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-result.c: the result of scoring a set of answers
 *
 * cr_score() puts together what the scorer's files make: the verdict and
 * the shares (cr-scorer.c), the title, the summary and each answer's
 * explanation (cr-summary.c), and what would make each other role the
 * verdict (cr-what-if.c). A CrResult is a boxed type, immutable once made.
 *
 * Everything a user reads in the result is translated when the result is
 * made, in the language current then. cr_score_summary() gives the verdict
 * and the shares alone, with no text, for the roster's worker thread,
 * which must not translate while the main thread switches language.
 */
#include "config.h"

#include <string.h>

#include "cr-result-private.h"

G_DEFINE_BOXED_TYPE (CrResult, cr_result, cr_result_ref, cr_result_unref)

static void
clear_explanation (gpointer data)
{
  CrExplanation *explanation = data;

  g_free (explanation->text);
}

/**
 * cr_score:
 * @answers: the answers to score
 *
 * Scores @answers against the questionnaire. Texts are translated into the
 * language current at the time of the call: call it in the thread that
 * switches language (the main one), or where the language does not switch;
 * cr_score_summary() is the one for other threads.
 *
 * Returns: (transfer full): the result
 */
CrResult *
cr_score (CrAnswers *answers)
{
  CrResult *self;
  CrVerdict verdict;
  CrSheet sheet;

  g_return_val_if_fail (CR_IS_ANSWERS (answers), NULL);

  cr_text_cache_check ();
  cr_scorer_sheet_init (&sheet, answers);
  cr_scorer_score (&sheet, &verdict);

  self = g_atomic_rc_box_new0 (CrResult);
  self->role = verdict.role;
  self->runner_up = verdict.runner_up;
  self->close_call = verdict.close_call;
  memcpy (self->points, verdict.points, sizeof self->points);
  memcpy (self->scores, verdict.scores, sizeof self->scores);

  self->unanswered = g_array_sized_new (FALSE, FALSE, sizeof (guint), sheet.n_questions);
  self->explanations = g_array_sized_new (FALSE, TRUE, sizeof (CrExplanation),
                                          sheet.n_questions);
  g_array_set_clear_func (self->explanations, clear_explanation);

  for (guint q = 0; q < sheet.n_questions; q++)
    {
      CrExplanation explanation;

      if (!sheet.answered[q])
        {
          g_array_append_val (self->unanswered, q);
          continue;
        }

      explanation.question = q;
      explanation.selection = sheet.selection[q];
      memcpy (explanation.weights, sheet.weights[q], CR_N_ROLES);
      explanation.text = cr_summary_explain (cr_questionnaire_get_question (q),
                                             sheet.selection[q]);
      g_array_append_val (self->explanations, explanation);
      /* The array owns the text from here: clear_explanation() frees it. */
      /* cppcheck-suppress memleak */
    }

  if (self->role < CR_N_ROLES)
    {
      cr_summary_find_weighs_most (self, &sheet);
      cr_summary_find_against (self, &sheet);
    }

  self->title = g_strdup (cr_summary_role_title (self->role));
  self->summary = cr_summary_make (self, &sheet, &verdict);

  cr_what_if_find_changes (self, &sheet);

  return self;
}

/**
 * cr_score_summary:
 * @answers: the answers to score
 * @summary: (out caller-allocates): the verdict, the shares, close call,
 *   runner-up and whether every question is answered
 *
 * Scores @answers as cr_score() does, without the explanations, what would
 * change, or any text: it translates nothing and reads no environment, so
 * that any thread may call it while the language switches.
 */
void
cr_score_summary (CrAnswers      *answers,
                  CrScoreSummary *summary)
{
  CrVerdict verdict;
  CrSheet sheet;

  g_return_if_fail (CR_IS_ANSWERS (answers));
  g_return_if_fail (summary != NULL);

  cr_scorer_sheet_init (&sheet, answers);
  cr_scorer_score (&sheet, &verdict);

  summary->role = verdict.role;
  summary->runner_up = verdict.runner_up;
  summary->close_call = verdict.close_call;
  summary->complete = TRUE;
  for (guint q = 0; q < sheet.n_questions; q++)
    summary->complete &= sheet.answered[q];
  memcpy (summary->scores, verdict.scores, sizeof summary->scores);
}

/**
 * cr_result_get_score_summary:
 * @summary: (out caller-allocates): what cr_score_summary() gives for the
 *   same answers
 */
void
cr_result_get_score_summary (CrResult       *self,
                             CrScoreSummary *summary)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (summary != NULL);

  summary->role = self->role;
  summary->runner_up = self->runner_up;
  summary->close_call = self->close_call;
  summary->complete = self->unanswered->len == 0;
  memcpy (summary->scores, self->scores, sizeof summary->scores);
}

CrResult *
cr_result_ref (CrResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

static void
cr_result_clear (gpointer data)
{
  CrResult *self = data;

  g_clear_pointer (&self->unanswered, g_array_unref);
  g_clear_pointer (&self->explanations, g_array_unref);
  for (guint i = 0; i < self->n_changes; i++)
    {
      for (guint s = 0; s < self->changes[i].n_steps; s++)
        g_free (self->changes[i].steps[s].text);
      g_free (self->changes[i].outcome);
      g_free (self->changes[i].text);
    }
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->summary, g_free);
}

void
cr_result_unref (CrResult *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, cr_result_clear);
}

/**
 * cr_result_get_role:
 *
 * Returns: the verdict: one of the three roles, %CR_ROLE_NONE when an answer
 *   says there is no tie to any brand, or %CR_ROLE_UNDECIDED when none of
 *   the decisive questions is answered
 */
CrRole
cr_result_get_role (CrResult *self)
{
  g_return_val_if_fail (self != NULL, CR_ROLE_UNDECIDED);

  return self->role;
}

/**
 * cr_result_has_shares:
 *
 * Returns: whether the verdict is one of the three roles, and so the roles
 *   have shares of 100; they are all 0 otherwise
 */
gboolean
cr_result_has_shares (CrResult *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->role < CR_N_ROLES;
}

/**
 * cr_result_get_score:
 *
 * Returns: the share of 100 that @role takes of all the evidence; 0 for
 *   every role when the verdict is not a role (see cr_result_has_shares())
 */
guint
cr_result_get_score (CrResult *self,
                     CrRole    role)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (role < CR_N_ROLES, 0);

  return self->scores[role];
}

/**
 * cr_result_get_points:
 *
 * Returns: the raw evidence for @role, the sum of its weights, whatever the
 *   verdict
 */
guint
cr_result_get_points (CrResult *self,
                      CrRole    role)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (role < CR_N_ROLES, 0);

  return self->points[role];
}

/**
 * cr_result_get_runner_up:
 *
 * Returns: the role with the second most points when the verdict is a role;
 *   %CR_ROLE_NONE otherwise
 */
CrRole
cr_result_get_runner_up (CrResult *self)
{
  g_return_val_if_fail (self != NULL, CR_ROLE_NONE);

  return self->runner_up;
}

gboolean
cr_result_is_close_call (CrResult *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->close_call;
}

gboolean
cr_result_is_complete (CrResult *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->unanswered->len == 0;
}

/**
 * cr_result_get_unanswered:
 * @n_unanswered: (out): the number of unanswered questions
 *
 * Returns: (array length=n_unanswered): the indexes of the unanswered
 *   questions, in questionnaire order
 */
const guint *
cr_result_get_unanswered (CrResult *self,
                          guint    *n_unanswered)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_unanswered != NULL, NULL);

  *n_unanswered = self->unanswered->len;

  return (const guint *) (gpointer) self->unanswered->data;
}

const char *
cr_result_get_title (CrResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->title;
}

/**
 * cr_result_get_summary:
 *
 * Returns: paragraphs separated by newlines. With a role verdict: how
 *   strongly it holds (a close call names both roles); the answers that
 *   weigh most for it, each in a sentence about the person; the strongest
 *   answer against it, if any; what was left unanswered, if anything. With
 *   %CR_ROLE_NONE: the answers that say there is no tie to a brand. With
 *   %CR_ROLE_UNDECIDED: what to answer.
 */
const char *
cr_result_get_summary (CrResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->summary;
}

/**
 * cr_result_get_weighs_most:
 * @n_questions: (out): how many
 *
 * Returns: (array length=n_questions): the questions whose answers the
 *   summary names as weighing most for the verdict, strongest first; none
 *   unless the verdict is a role
 */
const guint *
cr_result_get_weighs_most (CrResult *self,
                           guint    *n_questions)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_questions != NULL, NULL);

  *n_questions = self->n_weighs_most;

  return self->weighs_most;
}

/**
 * cr_result_get_against:
 * @question: (out) (optional): the question whose answer points away
 * @role: (out) (optional): the role it points to instead
 *
 * Returns: whether an answer points to another role more than to the
 *   verdict; the summary names the strongest one
 */
gboolean
cr_result_get_against (CrResult *self,
                       guint    *question,
                       CrRole   *role)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (!self->has_against)
    return FALSE;

  if (question != NULL)
    *question = self->against_question;
  if (role != NULL)
    *role = self->against_role;

  return TRUE;
}

guint
cr_result_get_n_explanations (CrResult *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->explanations->len;
}

/**
 * cr_result_get_explanation:
 *
 * Returns: the explanation of the @index-th answered question, in
 *   questionnaire order
 */
const CrExplanation *
cr_result_get_explanation (CrResult *self,
                           guint     index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->explanations->len, NULL);

  return &g_array_index (self->explanations, CrExplanation, index);
}

/**
 * cr_result_get_n_changes:
 *
 * Returns: one for each role that is not the verdict: two when the verdict
 *   is a role, three otherwise
 */
guint
cr_result_get_n_changes (CrResult *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_changes;
}

/**
 * cr_result_get_change:
 *
 * Returns: what would make the @index-th role other than the verdict, in
 *   role order, the verdict; its n_steps is 0 when nothing of up to
 *   %CR_CHANGE_MAX_STEPS answers would
 */
const CrChange *
cr_result_get_change (CrResult *self,
                      guint     index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_changes, NULL);

  return &self->changes[index];
}

/**
 * cr_explanation_get_supports:
 * @roles: (out caller-allocates) (array fixed-size=3): where to store the roles
 *
 * Returns: how many roles the answer supports; @roles holds them, the
 *   strongest first
 */
guint
cr_explanation_get_supports (const CrExplanation *explanation,
                             CrRole              *roles)
{
  guint n = 0;

  g_return_val_if_fail (explanation != NULL, 0);
  g_return_val_if_fail (roles != NULL, 0);

  for (guint w = CR_WEIGHT_MAX; w > 0; w--)
    for (guint r = 0; r < CR_N_ROLES; r++)
      if (explanation->weights[r] == w)
        roles[n++] = r;

  return n;
}

/**
 * cr_change_apply:
 * @change: a change from cr_result_get_change()
 * @answers: the answers to change
 *
 * Gives @answers every step of @change, in one ::changed emission per step.
 * Does nothing for a change of no steps. The result @change comes from may
 * be freed by a handler of ::changed meanwhile: the steps are read first.
 */
void
cr_change_apply (const CrChange *change,
                 CrAnswers      *answers)
{
  CrChangeStep steps[CR_CHANGE_MAX_STEPS];
  guint n_steps;

  g_return_if_fail (change != NULL);
  g_return_if_fail (CR_IS_ANSWERS (answers));

  /* A ::changed handler may drop the result @change belongs to. */
  n_steps = MIN (change->n_steps, CR_CHANGE_MAX_STEPS);
  memcpy (steps, change->steps, n_steps * sizeof (CrChangeStep));

  for (guint i = 0; i < n_steps; i++)
    cr_answers_set_selection (answers, steps[i].question, steps[i].selection);
}
