/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-result-text.c: the words shown about a result, for every view of it */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "cr-result-private.h"
#include "cr-name.h"
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
          g_string_append (names, cr_role_get_name_in_sentence (roles[i]));
        }

      /* Translators: the roles an answer is evidence for, as they read in a
       * sentence, e.g. “Points to: influencer, brand ambassador.” */
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

  /* Translators: shown when two roles scored nearly the same, the roles
   * as they read in a sentence, e.g. “Two roles are close, influencer and
   * brand ambassador: you are a bit of both. The changes below show what
   * would tip the balance.” */
  return g_strdup_printf (_("Two roles are close, %s and %s: you are a bit of both. The "
                            "changes below show what would tip the balance."),
                          cr_role_get_name_in_sentence (verdict),
                          cr_role_get_name_in_sentence (cr_result_get_runner_up (result)));
}

/**
 * cr_result_dup_close_call_line:
 *
 * Returns: (transfer full) (nullable): the summary’s first line when the
 *   result is a close call, naming both roles and their shares (“A close
 *   call: brand ambassador scores 50 of 100, with influencer close behind
 *   at 48.”), as the card shows it; %NULL when it is not one
 */
char *
cr_result_dup_close_call_line (CrResult *result)
{
  const char *summary, *end;

  g_return_val_if_fail (result != NULL, NULL);

  if (!cr_result_is_close_call (result) || cr_result_get_role (result) >= CR_N_ROLES)
    return NULL;

  summary = cr_result_get_summary (result);
  end = strchr (summary, '\n');

  return end != NULL ? g_strndup (summary, (gsize) (end - summary)) : g_strdup (summary);
}

/**
 * cr_format_for_name:
 * @name: (nullable): the person’s name, as #CrAnswers:name keeps it
 *
 * The name is shown as cr_name_dup_display() makes it for a sentence:
 * isolated, so that it cannot turn the words around it.
 *
 * Returns: (transfer full) (nullable): the line under the verdict in the
 *   text, on the card and the report that says whom it is about, e.g. “for
 *   Zoé Durand”; %NULL when there is no name to show
 */
char *
cr_format_for_name (const char *name)
{
  g_autofree char *shown = cr_name_dup_display (name, CR_NAME_IN_SENTENCE);

  if (shown == NULL)
    return NULL;

  /* Translators: under the verdict on the result card and the printed
   * report, whom the result is about, e.g. “for Zoé Durand” */
  return g_strdup_printf (_("for %s"), shown);
}

/**
 * cr_result_get_reason:
 * @question: one of the questions cr_result_get_weighs_most() gives
 *
 * The sentence about the person that the summary gives for the answer to
 * @question: the fact of the chosen option that gives the verdict the most
 * (for a question with several choices, the strongest one chosen).
 *
 * Returns: (nullable): the translated sentence, or %NULL when @question
 *   was not answered or its answer chose nothing
 */
const char *
cr_result_get_reason (CrResult *result,
                      guint     question)
{
  const CrExplanation *explanation;
  const CrQuestion *q;
  guint option;

  g_return_val_if_fail (result != NULL, NULL);
  g_return_val_if_fail (question < cr_questionnaire_get_n_questions (), NULL);

  explanation = cr_result_find_explanation (result, question);
  if (explanation == NULL || explanation->selection == 0)
    return NULL;

  /* The summary's own choice of sentence. */
  q = cr_questionnaire_get_question (question);
  option = cr_summary_answer_option (q, explanation->selection, cr_result_get_role (result));

  return _(q->options[option].fact);
}

/**
 * cr_format_date:
 *
 * Returns: (transfer full): the day of @date, as the card and the report
 *   show it: the same in every language (year, month, day), so that it
 *   never reads as another day
 */
char *
cr_format_date (GDateTime *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  return g_date_time_format (date, "%Y-%m-%d");
}

/**
 * cr_format_page_number:
 *
 * Returns: (transfer full): e.g. “Page 1 of 2”
 */
char *
cr_format_page_number (guint page,
                       guint n_pages)
{
  /* Translators: the number of a page of the printed report, e.g. “Page 1 of 2” */
  return g_strdup_printf (_("Page %u of %u"), page, n_pages);
}

/**
 * cr_share_get_app_line:
 *
 * Returns: the last line of a shared result, naming the app
 */
const char *
cr_share_get_app_line (void)
{
  /* Translators: the last line of a result shared as text, a card or a report */
  return _("Worked out with Creator Role, from its questionnaire on influencers and brand "
           "ambassadors.");
}

/**
 * cr_share_get_heading:
 *
 * Returns: the translated heading of a part of a shared result
 */
const char *
cr_share_get_heading (CrShareHeading heading)
{
  switch (heading)
    {
    case CR_SHARE_HEADING_SHARES:
      /* Translators: a heading of the printed report, above the three score bars */
      return _("Shares of 100");
    case CR_SHARE_HEADING_WEIGHS_MOST:
      /* Translators: a heading of a shared result, above the answers that
       * count most for the verdict */
      return _("What weighs most");
    case CR_SHARE_HEADING_ANSWERS:
      /* Translators: a heading of the printed report, above every answer */
      return _("Your answers");
    case CR_SHARE_HEADING_CHANGES:
      /* Translators: a heading of a shared result, above the changes of
       * answers that would make the person another role */
      return _("What would change the verdict");
    case CR_SHARE_HEADING_FIRST:
      /* Translators: a heading of a shared result with no verdict yet,
       * above the answers that would give one */
      return _("What to answer first");
    case CR_SHARE_HEADING_SCORING:
      /* Translators: a heading of the printed report */
      return _("How the scoring works");
    case CR_SHARE_HEADING_ARTICLE:
      /* Translators: a heading of the printed report, above the credit of
       * the article the questionnaire follows */
      return _("The article it follows");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * cr_share_get_changes_heading:
 *
 * Returns: the heading above @result's changes: what would change the
 *   verdict, or with no verdict yet, what to answer first
 */
CrShareHeading
cr_share_get_changes_heading (CrResult *result)
{
  g_return_val_if_fail (result != NULL, CR_SHARE_HEADING_CHANGES);

  return cr_result_get_role (result) == CR_ROLE_UNDECIDED ? CR_SHARE_HEADING_FIRST
                                                          : CR_SHARE_HEADING_CHANGES;
}

/**
 * cr_share_get_scoring_text:
 *
 * Returns: how the answers become a verdict, in one paragraph, as the
 *   scorer does it (see cr-result.c and the “How Scoring Works” dialog)
 */
const char *
cr_share_get_scoring_text (void)
{
  return _("Each answer gives points to the roles it is evidence for, as the article argues. "
           "Questions that measure the same line of the article share its weight, so that "
           "the line counts once. Without an answer to at least one decisive question there "
           "is no verdict; an answer saying there is no tie to any brand means no role yet. "
           "Otherwise the points become shares of 100 and the largest share is the verdict; "
           "when the two largest are close, the result is a close call. The changes shown "
           "are the fewest answers to change, among answers that go together, that would "
           "make the verdict another role.");
}

/**
 * cr_share_get_article_credit:
 *
 * Returns: the article the questionnaire follows, with its author
 */
const char *
cr_share_get_article_credit (void)
{
  /* Translators: the credit for the article the questionnaire is based on;
   * the title is the article's own and stays in English. */
  return _("Isabelle Evans, “What Is The Difference Between Influencer And Ambassador”");
}

/**
 * cr_result_format_text:
 *
 * A result as a few plain lines to paste into a chat or an e-mail, in the
 * interface language: the verdict, whom it is for if named, the shares, the
 * answers that weigh most, what would change the verdict, and a last line
 * naming the app.
 *
 * Returns: (transfer full): the text, lines ended by "\n"
 */
char *
cr_result_format_text (CrAnswers *answers,
                       CrResult  *result)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *close_call = NULL;
  g_autofree char *for_name = NULL;
  const guint *weighs_most;
  guint n_weighs_most;

  g_return_val_if_fail (CR_IS_ANSWERS (answers), NULL);
  g_return_val_if_fail (result != NULL, NULL);

  g_string_append_printf (text, "%s\n", cr_result_get_title (result));

  for_name = cr_format_for_name (cr_answers_get_name (answers));
  if (for_name != NULL)
    g_string_append_printf (text, "%s\n", for_name);

  if (cr_result_has_shares (result))
    for (CrRole r = 0; r < CR_N_ROLES; r++)
      {
        g_autofree char *share = cr_format_role_share (r, cr_result_get_score (result, r));

        g_string_append_printf (text, "%s\n", share);
      }

  if ((close_call = cr_result_describe_close_call (result)) != NULL)
    g_string_append_printf (text, "%s\n", close_call);

  weighs_most = cr_result_get_weighs_most (result, &n_weighs_most);
  if (n_weighs_most > 0)
    {
      g_string_append_printf (text, "\n%s\n", cr_share_get_heading (CR_SHARE_HEADING_WEIGHS_MOST));
      for (guint i = 0; i < n_weighs_most; i++)
        {
          const char *reason = cr_result_get_reason (result, weighs_most[i]);

          if (reason != NULL)
            g_string_append_printf (text, "• %s\n", reason);
        }
    }
  else if (cr_result_get_role (result) >= CR_N_ROLES)
    /* No role: the summary says why, or what to answer. */
    g_string_append_printf (text, "%s\n", cr_result_get_summary (result));

  if (cr_result_get_n_changes (result) > 0)
    {
      g_string_append_printf (text, "\n%s\n",
                              cr_share_get_heading (cr_share_get_changes_heading (result)));
      for (guint i = 0; i < cr_result_get_n_changes (result); i++)
        g_string_append_printf (text, "• %s\n", cr_result_get_change (result, i)->text);
    }

  g_string_append_printf (text, "\n%s\n", cr_share_get_app_line ());

  return g_string_free (g_steal_pointer (&text), FALSE);
}
