/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-summary.c: the summary of a result, and the explanation of each answer
 *
 * The summary is made of the person's own answers: the ones that weigh most
 * for the verdict against the runner-up, and the strongest sign against it,
 * each in the option's own sentence about the person (CrOption.fact), so
 * that it never says what an answer did not. Then what was left
 * unanswered: with no verdict, what to answer to get one; with one, which
 * of the questions skipped could change it and which could not.
 *
 * Everything here is translated when the result is made, in the language
 * current then, through the texts cr-text-cache.c keeps.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "cr-result-private.h"

/* The result's title. */
const char *
cr_summary_role_title (CrRole role)
{
  switch (role)
    {
    case CR_ROLE_INFLUENCER:
      return cr_text_cache_gettext ("You are an influencer");
    case CR_ROLE_AMBASSADOR:
      return cr_text_cache_gettext ("You are a brand ambassador");
    case CR_ROLE_CONTRACTED_AMBASSADOR:
      return cr_text_cache_gettext ("You are a contracted ambassador");
    case CR_ROLE_NONE:
      return cr_text_cache_gettext ("You are neither, yet");
    case CR_ROLE_UNDECIDED:
    default:
      return cr_text_cache_gettext ("No verdict yet");
    }
}

/* Closes the sentence that lists the answers weighing most for @role. */
static const char *
weighs_most_sentence (CrRole role,
                      guint  n)
{
  switch (role)
    {
    case CR_ROLE_INFLUENCER:
      /* Translators: follows one to three sentences about the person's
       * answers, e.g. "You are paid for each post or campaign." */
      return cr_text_cache_ngettext ("This answer above all makes you an influencer.",
                                     "These answers above all make you an influencer.", n);
    case CR_ROLE_AMBASSADOR:
      return cr_text_cache_ngettext ("This answer above all makes you a brand ambassador.",
                                     "These answers above all make you a brand ambassador.", n);
    case CR_ROLE_CONTRACTED_AMBASSADOR:
      return cr_text_cache_ngettext ("This answer above all makes you a contracted "
                                     "ambassador.",
                                     "These answers above all make you a contracted "
                                     "ambassador.", n);
    case CR_ROLE_NONE:
    case CR_ROLE_UNDECIDED:
    default:
      g_return_val_if_reached ("");
    }
}

/* Follows the sentence of an answer that points away from the verdict. */
static const char *
against_sentence (CrRole role)
{
  switch (role)
    {
    case CR_ROLE_INFLUENCER:
      /* Translators: follows a sentence about one of the person's answers,
       * e.g. "You are paid for each post or campaign." */
      return cr_text_cache_gettext ("That answer points to an influencer instead.");
    case CR_ROLE_AMBASSADOR:
      return cr_text_cache_gettext ("That answer points to a brand ambassador instead.");
    case CR_ROLE_CONTRACTED_AMBASSADOR:
      return cr_text_cache_gettext ("That answer points to a contracted ambassador instead.");
    case CR_ROLE_NONE:
    case CR_ROLE_UNDECIDED:
    default:
      g_return_val_if_reached ("");
    }
}

static char *
make_share (gconstpointer data G_GNUC_UNUSED,
            guint         score,
            guint         unused G_GNUC_UNUSED)
{
  return g_strdup_printf (cr_text_cache_gettext ("Your answers give this role %u of 100 "
                                                 "points."),
                          score);
}

/* The option of @question's answer, @selection (not empty), whose sentence
 * about the person (CrOption.fact) the summary gives for @role: the only
 * one of a single choice, the strongest chosen one for @role of several;
 * the first chosen when @role is not one of the three. */
guint
cr_summary_answer_option (const CrQuestion *question,
                          CrSelection       selection,
                          CrRole            role)
{
  guint best;

  g_return_val_if_fail (selection != 0, 0);

  best = g_bit_nth_lsf (selection, -1);
  if (role >= CR_N_ROLES)
    return best;

  for (guint o = best + 1; o < question->n_options; o++)
    if ((selection & CR_SELECTION_BIT (o)) &&
        question->options[o].weights[role] > question->options[best].weights[role])
      best = o;

  return best;
}

/* Appends @sentence to @text, after a space unless @text is empty or ends a
 * paragraph. */
void
cr_summary_append_sentence (GString    *text,
                            const char *sentence)
{
  if (text->len > 0 && text->str[text->len - 1] != '\n')
    g_string_append_c (text, ' ');
  g_string_append (text, sentence);
}

static void
append_fact (GString       *text,
             const CrSheet *sheet,
             guint          q,
             CrRole         role)
{
  const CrQuestion *question = cr_questionnaire_get_question (q);
  guint option = cr_summary_answer_option (question, sheet->selection[q], role);

  cr_summary_append_sentence (text, cr_text_cache_gettext (question->options[option].fact));
}

/* The answers that weigh most for the verdict: those that give it more than
 * the runner-up, by how much more, then by how much they give it, at most
 * three, equal ones in the questionnaire's order. When none does, the
 * verdict and the runner-up have equal points, and the answers named are
 * those that give both the most. */
void
cr_summary_find_weighs_most (CrResult      *self,
                             const CrSheet *sheet)
{
  CrRole v = self->role, u = self->runner_up;
  guint order[CR_SCORER_MAX_QUESTIONS];
  int key[CR_SCORER_MAX_QUESTIONS];
  guint n = 0;

  for (guint pass = 0; pass < 2 && n == 0; pass++)
    {
      for (guint q = 0; q < sheet->n_questions; q++)
        {
          int lead = (int) sheet->weights[q][v] - (int) sheet->weights[q][u];
          int k;
          guint i;

          if (!sheet->answered[q] || sheet->weights[q][v] == 0 ||
              (pass == 0 ? lead <= 0 : lead != 0))
            continue;

          /* Leads and weights are at most CR_WEIGHT_MAX: one key orders by
           * both. */
          k = lead * (CR_WEIGHT_MAX + 1) + sheet->weights[q][v];
          for (i = n; i > 0 && key[i - 1] < k; i--)
            {
              order[i] = order[i - 1];
              key[i] = key[i - 1];
            }
          order[i] = q;
          key[i] = k;
          n++;
        }

      self->weighs_alike = pass == 1;
    }

  self->n_weighs_most = MIN (n, G_N_ELEMENTS (self->weighs_most));
  memcpy (self->weighs_most, order, self->n_weighs_most * sizeof (guint));
}

/* The answer that points most strongly to another role than the verdict,
 * among those not already named for it. */
void
cr_summary_find_against (CrResult      *self,
                         const CrSheet *sheet)
{
  CrRole v = self->role;
  int best = 0;

  self->has_against = FALSE;

  for (guint q = 0; q < sheet->n_questions; q++)
    {
      gboolean named = FALSE;

      if (!sheet->answered[q])
        continue;
      for (guint i = 0; i < self->n_weighs_most; i++)
        named |= self->weighs_most[i] == q;
      if (named)
        continue;

      for (CrRole r = 0; r < CR_N_ROLES; r++)
        {
          int lead = (int) sheet->weights[q][r] - (int) sheet->weights[q][v];

          if (r == v || lead <= 0)
            continue;
          /* Larger leads first; on equal leads the runner-up, then the
           * questionnaire's order. */
          if (lead > best || (lead == best && r == self->runner_up &&
                              self->against_role != self->runner_up))
            {
              best = lead;
              self->has_against = TRUE;
              self->against_question = q;
              self->against_role = r;
            }
        }
    }
}

enum
{
  /* No verdict: say what to answer to get one. */
  MISSING_UNDECIDED,
  /* A verdict, or "Neither, yet": name every question skipped, and
   * whether answering it could change the verdict. */
  MISSING_VERDICT,
};

/* Whether some answer to @q, unanswered, would change the verdict. */
static gboolean
answer_could_change (const CrSheet   *sheet,
                     const CrVerdict *verdict,
                     guint            q)
{
  const CrQuestion *question = cr_questionnaire_get_question (q);

  for (guint o = 0; o < question->n_options; o++)
    {
      CrSheet variant = *sheet;
      CrVerdict after;

      variant.answered[q] = TRUE;
      variant.selection[q] = CR_SELECTION_BIT (o);
      cr_scorer_answer_weights (question, variant.selection[q], variant.weights[q]);
      cr_scorer_judge (&variant, &after, FALSE);
      if (after.role != verdict->role)
        return TRUE;
    }

  return FALSE;
}

/* The questions @questions as a list, each quoted, the last two joined by
 * "or": "“A?”, “B?” or “C?”". */
static char *
list_questions (const guint *questions,
                guint        n)
{
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      const char *title = cr_questionnaire_get_question (questions[i])->title;

      if (i > 0 && i == n - 1)
        /* Translators: joins the last two of a list of questions, e.g.
         * "“How many brands do you promote?” or “Where are you active?”" */
        g_string_append (list, C_("list of questions", " or "));
      else if (i > 0)
        /* Translators: separates the questions of a list but the last two */
        g_string_append (list, C_("list of questions", ", "));
      /* Translators: a question quoted in a sentence */
      g_string_append_printf (list, C_("list of questions", "“%s”"),
                              cr_text_cache_gettext (title));
    }

  return g_string_free (list, FALSE);
}

/* No verdict: the decisive questions, to answer first. With a verdict, or
 * "Neither, yet": every unanswered question, in two lists: those an answer
 * to which could change the verdict, and those no answer to which would. */
static void
append_missing (GString         *text,
                const CrSheet   *sheet,
                const CrVerdict *verdict,
                guint            mode)
{
  guint could[CR_SCORER_MAX_QUESTIONS], could_not[CR_SCORER_MAX_QUESTIONS];
  guint n_could = 0, n_could_not = 0;

  for (guint q = 0; q < sheet->n_questions; q++)
    {
      const CrQuestion *question = cr_questionnaire_get_question (q);

      if (sheet->answered[q])
        continue;

      if (mode == MISSING_UNDECIDED)
        {
          if (question->decisive && question->missing != NULL)
            cr_summary_append_sentence (text, cr_text_cache_gettext (question->missing));
        }
      else if (answer_could_change (sheet, verdict, q))
        could[n_could++] = q;
      else
        could_not[n_could_not++] = q;
    }

  if (mode == MISSING_UNDECIDED)
    {
      cr_summary_append_sentence (text, cr_text_cache_gettext ("Answer at least one of these "
                                                               "questions to get a verdict."));
      return;
    }

  if (n_could > 0)
    {
      g_autofree char *list = list_questions (could, n_could);
      g_autofree char *sentence =
        /* Translators: the list names one or more questions left unanswered,
         * e.g. "An answer to “How many brands do you promote?” could change
         * the verdict." */
        g_strdup_printf (cr_text_cache_ngettext ("An answer to %s could change the verdict.",
                                                 "Answers to %s could change the verdict.",
                                                 n_could),
                         list);

      cr_summary_append_sentence (text, sentence);
    }

  if (n_could_not > 0)
    {
      g_autofree char *list = list_questions (could_not, n_could_not);
      g_autofree char *sentence =
        /* Translators: the list names one or more questions left unanswered,
         * e.g. "No answer to “Where are you active?” would change the
         * verdict." */
        g_strdup_printf (cr_text_cache_ngettext ("No answer to %s would change the verdict.",
                                                 "No answer to %s would change the verdict.",
                                                 n_could_not),
                         list);

      cr_summary_append_sentence (text, sentence);
    }
}

static gboolean
sheet_has_unanswered (const CrSheet *sheet)
{
  for (guint q = 0; q < sheet->n_questions; q++)
    if (!sheet->answered[q])
      return TRUE;

  return FALSE;
}

/* No role, for an answer of no tie to any brand: that answer, then what
 * the other decisive answers say, and whether they contradict it. */
static void
append_no_role (GString       *text,
                const CrSheet *sheet)
{
  const CrScorerTable *table = cr_scorer_get_table ();
  gboolean contradicted = FALSE;

  for (guint q = 0; q < sheet->n_questions; q++)
    if (sheet->answered[q] && (sheet->selection[q] & table->no_brand[q]))
      append_fact (text, sheet, q, CR_ROLE_INFLUENCER);
  for (guint q = 0; q < sheet->n_questions; q++)
    {
      const CrQuestion *question = cr_questionnaire_get_question (q);
      guint8 total = 0;

      if (!sheet->answered[q] || !question->decisive ||
          (sheet->selection[q] & table->no_brand[q]))
        continue;
      append_fact (text, sheet, q, CR_ROLE_INFLUENCER);
      /* An answer that gives a paid role points tells of a tie to a
       * brand, which the no-brand answer denies. */
      total = sheet->weights[q][CR_ROLE_INFLUENCER] +
              sheet->weights[q][CR_ROLE_CONTRACTED_AMBASSADOR];
      contradicted |= total > 0;
    }
  if (contradicted)
    cr_summary_append_sentence (text, cr_text_cache_gettext ("These answers do not go "
                                                             "together: if you do promote "
                                                             "brands, say how many."));
  else
    cr_summary_append_sentence (text, cr_text_cache_gettext ("With no tie to any brand, none "
                                                             "of the three roles fits you "
                                                             "yet."));
}

/* How strongly the verdict holds: a tie, a close call, or its share. */
static void
append_strength (GString  *text,
                 CrResult *self)
{
  if (self->close_call && self->scores[self->role] == self->scores[self->runner_up])
    {
      /* Translators: two roles with the same share, as they read in a
       * sentence, e.g. "A tie: brand ambassador and contracted ambassador
       * both score 50 of 100." */
      g_string_append_printf (text, cr_text_cache_gettext ("A tie: %s and %s both score %u of "
                                                           "100."),
                              cr_role_get_name_in_sentence (self->role),
                              cr_role_get_name_in_sentence (self->runner_up),
                              self->scores[self->role]);
    }
  else if (self->close_call)
    {
      /* Translators: the two roles of a close call, as they read in a
       * sentence, e.g. "A close call: influencer scores 48 of 100, with
       * brand ambassador close behind at 41." */
      g_string_append_printf (text, cr_text_cache_gettext ("A close call: %s scores %u of 100, "
                                                           "with %s close behind at %u."),
                              cr_role_get_name_in_sentence (self->role), self->scores[self->role],
                              cr_role_get_name_in_sentence (self->runner_up),
                              self->scores[self->runner_up]);
    }
  else
    {
      g_autofree char *share =
        cr_text_cache_keep (cr_text_cache_share_slot (self->scores[self->role]), make_share, NULL,
                            self->scores[self->role], 0);
      g_string_append (text, share);
    }
}

/* The answers that weigh most for the verdict, and the strongest sign
 * against it, each a paragraph, when there are. */
static void
append_reasons (GString       *text,
                CrResult      *self,
                const CrSheet *sheet)
{
  if (self->n_weighs_most > 0)
    {
      g_string_append_c (text, '\n');
      for (guint i = 0; i < self->n_weighs_most; i++)
        append_fact (text, sheet, self->weighs_most[i], self->role);
      if (self->weighs_alike)
        /* Translators: follows the close call sentence, which names both roles,
         * and one to three sentences about the person's answers. */
        cr_summary_append_sentence (text,
                                    cr_text_cache_ngettext ("This answer counts as much for both "
                                                            "roles.",
                                                            "These answers count as much for both "
                                                            "roles.",
                                                            self->n_weighs_most));
      else
        cr_summary_append_sentence (text, weighs_most_sentence (self->role, self->n_weighs_most));
    }

  if (self->has_against)
    {
      g_string_append_c (text, '\n');
      append_fact (text, sheet, self->against_question, self->against_role);
      cr_summary_append_sentence (text, against_sentence (self->against_role));
    }
}

/* Paragraphs separated by newlines: how strongly the verdict holds; the
 * answers that make it; the strongest sign against; what is missing. */
char *
cr_summary_make (CrResult        *self,
                 const CrSheet   *sheet,
                 const CrVerdict *verdict)
{
  GString *text = g_string_sized_new (512);

  if (self->role == CR_ROLE_UNDECIDED)
    {
      append_missing (text, sheet, verdict, MISSING_UNDECIDED);
      return g_string_free (text, FALSE);
    }

  if (self->role == CR_ROLE_NONE)
    append_no_role (text, sheet);
  else
    {
      append_strength (text, self);
      append_reasons (text, self, sheet);
    }

  if (sheet_has_unanswered (sheet))
    {
      g_string_append_c (text, '\n');
      append_missing (text, sheet, verdict, MISSING_VERDICT);
    }

  return g_string_free (text, FALSE);
}

/* Why the answer @selection to @question points where it does: the reasons
 * of the options chosen, each once. */
char *
cr_summary_explain (const CrQuestion *question,
                    CrSelection       selection)
{
  GString *text;

  if (selection == 0)
    return g_strdup (cr_text_cache_gettext ("You chose none of these, so this answer points to "
                                            "no role."));

  if (!question->multiple)
    {
      guint option = g_bit_nth_lsf (selection, -1);

      return g_strdup (cr_text_cache_gettext (question->options[option].reason));
    }

  text = g_string_new (NULL);
  for (guint o = 0; o < question->n_options; o++)
    {
      const char *reason;

      if (!(selection & CR_SELECTION_BIT (o)))
        continue;

      reason = cr_text_cache_gettext (question->options[o].reason);
      if (strstr (text->str, reason) != NULL)
        continue;
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, reason);
    }

  return g_string_free (text, FALSE);
}