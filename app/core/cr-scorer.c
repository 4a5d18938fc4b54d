/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-scorer.c: the scoring itself, generic over the questionnaire table
 *
 * Each answered question adds its option's weights to the roles' points
 * (the strongest chosen option per role for a question with several
 * choices). Then:
 *
 *  - with none of the decisive questions answered there is no verdict
 *    (CR_ROLE_UNDECIDED);
 *  - an answer that says there is no tie to any brand makes the verdict
 *    CR_ROLE_NONE, whatever else was answered;
 *  - otherwise the role with most points is the verdict (equal points: the
 *    first in the table's order), and the points become shares of 100.
 *
 * Shares are only given with a role verdict: "Neither, yet" and no verdict
 * show none, so that no role looks as if it had won. They are apportioned
 * by the Sainte-Laguë (Webster) method, which, unlike rounding each share or
 * handing out the largest remainders, never takes a point away from a role
 * whose evidence grows while the others' does not.
 *
 * Nothing here translates or reads the environment: cr_score_summary()
 * runs it in the roster's worker thread.
 */
#include "config.h"

#include <string.h>

#include "cr-result-private.h"

/* The table, read once. */
const CrScorerTable *
cr_scorer_get_table (void)
{
  static CrScorerTable table;
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      guint n_slots = 0;

      table.n_questions = cr_questionnaire_get_n_questions ();
      g_assert (table.n_questions <= CR_SCORER_MAX_QUESTIONS);

      for (guint q = 0; q < table.n_questions; q++)
        {
          const CrQuestion *question = cr_questionnaire_get_question (q);

          table.slot_base[q] = n_slots;
          n_slots += question->n_options;
          g_assert (question->n_options <= 32);
          for (guint o = 0; o < question->n_options; o++)
            if (question->options[o].no_brand)
              table.no_brand[q] |= CR_SELECTION_BIT (o);
        }
      g_assert (n_slots <= CR_SCORER_MAX_SLOTS);

      for (guint q = 0; q < table.n_questions; q++)
        for (guint o = 0; o < cr_questionnaire_get_question (q)->n_options; o++)
          for (guint p = 0; p < table.n_questions; p++)
            for (guint i = 0; i < cr_questionnaire_get_question (p)->n_options; i++)
              if (p != q && cr_questionnaire_excludes (q, o, p, i))
                table.excludes[table.slot_base[q] + o] |=
                  G_GUINT64_CONSTANT (1) << (table.slot_base[p] + i);

      g_once_init_leave (&initialized, 1);
    }

  return &table;
}

/* The evidence one answer gives each role. */
void
cr_scorer_answer_weights (const CrQuestion *question,
                          CrSelection       selection,
                          guint8           *weights)
{
  memset (weights, 0, CR_N_ROLES);

  for (guint o = 0; o < question->n_options; o++)
    {
      if (!(selection & CR_SELECTION_BIT (o)))
        continue;

      for (guint r = 0; r < CR_N_ROLES; r++)
        weights[r] = MAX (weights[r], question->options[o].weights[r]);
    }
}

void
cr_scorer_sheet_init (CrSheet   *sheet,
                      CrAnswers *answers)
{
  sheet->n_questions = cr_scorer_get_table ()->n_questions;

  for (guint q = 0; q < sheet->n_questions; q++)
    {
      sheet->answered[q] = cr_answers_is_answered (answers, q);
      sheet->selection[q] = sheet->answered[q] ? cr_answers_get_selection (answers, q) : 0;

      if (sheet->answered[q])
        cr_scorer_answer_weights (cr_questionnaire_get_question (q), sheet->selection[q],
                                  sheet->weights[q]);
      else
        memset (sheet->weights[q], 0, CR_N_ROLES);
    }
}

/* Shares of 100 by the Sainte-Laguë method: each of the hundred points goes
 * in turn to the role with the largest points / (2 × shares so far + 1),
 * the first in the table's order on equal terms. Divisor methods are the
 * ones under which a role whose evidence grows, the others' not growing,
 * never loses a point of its share. */
static void
points_to_shares (const guint *points,
                  guint       *shares)
{
  guint total = 0;

  memset (shares, 0, sizeof (guint) * CR_N_ROLES);

  for (guint r = 0; r < CR_N_ROLES; r++)
    total += points[r];
  if (total == 0)
    return;

  for (guint seat = 0; seat < 100; seat++)
    {
      guint best = 0;

      for (guint r = 1; r < CR_N_ROLES; r++)
        if ((guint64) points[r] * (2 * shares[best] + 1) >
            (guint64) points[best] * (2 * shares[r] + 1))
          best = r;

      shares[best]++;
    }
}

/* The roles by points, most first; equal points keep the table's order. */
static void
order_roles (const guint *points,
             CrRole      *order)
{
  for (guint r = 0; r < CR_N_ROLES; r++)
    {
      guint i = r;

      while (i > 0 && points[order[i - 1]] < points[r])
        {
          order[i] = order[i - 1];
          i--;
        }
      order[i] = r;
    }
}

static void
verdict_finish (CrVerdict *verdict)
{
  guint lead;

  points_to_shares (verdict->points, verdict->scores);
  lead = verdict->scores[verdict->role];
  verdict->close_call = verdict->scores[verdict->runner_up] > 0 &&
                        lead - verdict->scores[verdict->runner_up] <= CR_CLOSE_CALL_MARGIN;
}

/* The verdict and points of @sheet; the shares too if @shares. */
void
cr_scorer_judge (const CrSheet *sheet,
                 CrVerdict     *verdict,
                 gboolean       shares)
{
  const CrScorerTable *table = cr_scorer_get_table ();
  /* Filled by order_roles(); zeroed for the static checkers. */
  CrRole order[CR_N_ROLES] = { 0 };
  gboolean decisive = FALSE, no_brand = FALSE;

  memset (verdict, 0, sizeof *verdict);

  for (guint q = 0; q < sheet->n_questions; q++)
    {
      if (!sheet->answered[q])
        continue;

      decisive |= cr_questionnaire_get_question (q)->decisive;
      no_brand |= (sheet->selection[q] & table->no_brand[q]) != 0;
      for (guint r = 0; r < CR_N_ROLES; r++)
        verdict->points[r] += sheet->weights[q][r];
    }

  order_roles (verdict->points, order);

  if (!decisive || no_brand)
    {
      verdict->role = decisive ? CR_ROLE_NONE : CR_ROLE_UNDECIDED;
      verdict->runner_up = CR_ROLE_NONE;
      return;
    }

  verdict->role = order[0];
  verdict->runner_up = order[1];
  if (shares)
    verdict_finish (verdict);
}

void
cr_scorer_score (const CrSheet *sheet,
                 CrVerdict     *verdict)
{
  cr_scorer_judge (sheet, verdict, TRUE);
}
