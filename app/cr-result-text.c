/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-result-text.c: the words shown about a result, for every view of it */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cr-result-text.h"

/**
 * cr_format_share:
 * @score: a share of 100
 *
 * Returns: (transfer full): the share as people read it, e.g. “71 of 100”
 */
char *
cr_format_share (guint score)
{
  /* Translators: a role’s share of the scores, e.g. “71 of 100” */
  return g_strdup_printf (_("%u of 100"), score);
}

/**
 * cr_format_role_share:
 *
 * Returns: (transfer full): a role and its share, e.g. “Influencer: 71 of
 *   100”, as a score bar is named
 */
char *
cr_format_role_share (CrRole role,
                      guint  score)
{
  g_return_val_if_fail (role < CR_N_ROLES, NULL);

  /* Translators: the accessible name of a score bar, e.g. “Influencer:
   * 71 of 100” */
  return g_strdup_printf (_("%s: %u of 100"), cr_role_get_name (role), score);
}

/**
 * cr_format_choice:
 * @selection: the options chosen
 *
 * Returns: (transfer full): the options chosen, as the wizard labels them,
 *   e.g. “Instagram, YouTube”, or “None” for a several-choice question
 *   answered with none
 */
char *
cr_format_choice (const CrQuestion *question,
                  CrSelection       selection)
{
  GString *chosen;

  g_return_val_if_fail (question != NULL, NULL);

  chosen = g_string_new (NULL);
  for (guint o = 0; o < question->n_options; o++)
    if (selection & CR_SELECTION_BIT (o))
      {
        if (chosen->len > 0)
          /* Translators: separates the options chosen, e.g. “Instagram, YouTube” */
          g_string_append (chosen, _(", "));
        g_string_append (chosen, _(question->options[o].label));
      }

  if (chosen->len == 0)
    /* Translators: the answer to a question with several choices when none
     * was chosen */
    g_string_append (chosen, _("None"));

  return g_string_free (chosen, FALSE);
}

/**
 * cr_result_find_explanation:
 *
 * Returns: (nullable): the explanation of the answer to @question, or
 *   %NULL when it was not answered
 */
const CrExplanation *
cr_result_find_explanation (CrResult *result,
                            guint     question)
{
  g_return_val_if_fail (result != NULL, NULL);

  for (guint i = 0; i < cr_result_get_n_explanations (result); i++)
    {
      const CrExplanation *explanation = cr_result_get_explanation (result, i);

      if (explanation->question == question)
        return explanation;
    }

  return NULL;
}

/**
 * cr_result_describe_answer:
 * @question: a question's index
 *
 * Returns: (transfer full): the answer given to @question, the roles it
 *   points to and why, on two lines; or that it was not answered
 */
char *
cr_result_describe_answer (CrResult *result,
                           guint     question)
{
  const CrExplanation *explanation;
  CrRole roles[CR_N_ROLES];
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *chosen = NULL;
  guint n_roles;

  g_return_val_if_fail (result != NULL, NULL);
  g_return_val_if_fail (question < cr_questionnaire_get_n_questions (), NULL);

  explanation = cr_result_find_explanation (result, question);
  if (explanation == NULL)
    return g_strdup (_("Not answered: the result leaves this question out."));

  chosen = cr_format_choice (cr_questionnaire_get_question (question), explanation->selection);
  /* Translators: the option or options chosen, e.g. “Your answer:
   * Instagram, YouTube” */
  g_string_append_printf (text, _("Your answer: %s"), chosen);
  g_string_append_c (text, '\n');

  n_roles = cr_explanation_get_supports (explanation, roles);
  if (n_roles == 0)
    g_string_append (text, _("Points to no role in particular."));
  else
    {
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; i < n_roles; i++)
        {
          if (i > 0)
            g_string_append (names, _(", "));
          g_string_append (names, cr_role_get_name (roles[i]));
        }

      /* Translators: the roles an answer is evidence for, e.g. “Points to:
       * Influencer, Brand ambassador.” */
      g_string_append_printf (text, _("Points to: %s."), names->str);
    }

  if (explanation->text != NULL && *explanation->text != '\0')
    {
      g_string_append_c (text, ' ');
      g_string_append (text, explanation->text);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * cr_result_describe_close_call:
 *
 * Returns: (transfer full) (nullable): what a close call means for the
 *   person, or %NULL when the result is not one
 */
char *
cr_result_describe_close_call (CrResult *result)
{
  CrRole verdict;

  g_return_val_if_fail (result != NULL, NULL);

  verdict = cr_result_get_role (result);
  if (!cr_result_is_close_call (result) || verdict == CR_ROLE_NONE)
    return NULL;

  /* Translators: shown when two roles scored nearly the same, e.g.
   * “Influencer and Brand ambassador are close: you are a bit of
   * both. The changes below show what would tip the balance.” */
  return g_strdup_printf (_("%s and %s are close: you are a bit of both. The changes "
                            "below show what would tip the balance."),
                          cr_role_get_name (verdict),
                          cr_role_get_name (cr_result_get_runner_up (result)));
}
