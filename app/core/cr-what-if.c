/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-what-if.c: what would make another role the verdict
 *
 * For every role that is not the verdict, the result says what would make
 * it the verdict: the fewest answers to change (up to CR_CHANGE_MAX_STEPS),
 * among people whose answers go together (the questionnaire's exclusions),
 * giving that role the largest share, or that there is no such change.
 *
 * The search weighs thousands of variants of a sheet for each result: it
 * works on the scorer's plain arrays (CrSheet), prunes by bounds on what
 * the remaining questions could still gain, and keeps the steps' and
 * outcomes' texts in cr-text-cache.c, since a batch of a million results
 * says the same few hundred sentences again and again.
 */
#include "config.h"

#include <string.h>

#include "cr-result-private.h"

/* The score make_outcome() is given for a change of an answer sheet with
 * no verdict, whose share is not told. */
#define UNDECIDED_SCORE G_MAXUINT

/* ---- The texts ----------------------------------------------------------- */

static char *
make_step (gconstpointer data G_GNUC_UNUSED,
           guint         kind_question,
           guint         option)
{
  guint kind = kind_question >> 8, q = kind_question & 0xff;
  const CrQuestion *question = cr_questionnaire_get_question (q);
  const char *label = cr_text_cache_gettext (question->options[option].label);
  const char *title = cr_text_cache_gettext (question->title);

  switch (kind)
    {
    case CR_WHAT_IF_STEP_ADD:
      /* Translators: a step of a change: the question, as it is asked, then
       * the option to add to its answer, e.g. "Where are you active? Add
       * “YouTube”." The question ends with its own question mark. */
      return g_strdup_printf (cr_text_cache_gettext ("%s Add “%s”."), title, label);
    case CR_WHAT_IF_STEP_REMOVE:
      /* Translators: e.g. "Where are you active? Leave out “X (Twitter)”." */
      return g_strdup_printf (cr_text_cache_gettext ("%s Leave out “%s”."), title, label);
    case CR_WHAT_IF_STEP_ANSWER:
    default:
      /* Translators: a step of a change: the question, as it is asked, then
       * the answer to give, e.g. "How many brands do you promote? Answer
       * “Many”." The question ends with its own question mark. */
      return g_strdup_printf (cr_text_cache_gettext ("%s Answer “%s”."), title, label);
    }
}

static char *
step_text (CrWhatIfStepKind kind,
           guint            q,
           guint            option)
{
  const CrScorerTable *table = cr_scorer_get_table ();

  return cr_text_cache_keep (cr_text_cache_step_slot (kind, table->slot_base[q] + option),
                             make_step, NULL, (kind << 8) | q, option);
}

/* What a change of @n_steps answers points to, for an answer sheet with
 * no verdict yet: @role, its share not told. */
static char *
undecided_outcome (CrRole role,
                   guint  n_steps)
{
  switch (role)
    {
    case CR_ROLE_INFLUENCER:
      /* Translators: follows one to three answers to give, which the
       * plural counts, when nothing that decides the verdict is answered
       * yet. */
      return g_strdup (cr_text_cache_ngettext ("Answered first, this would point to an "
                                               "influencer; how strongly depends on your "
                                               "other answers.",
                                               "Answered first, these would point to an "
                                               "influencer; how strongly depends on your "
                                               "other answers.",
                                               n_steps));
    case CR_ROLE_AMBASSADOR:
      return g_strdup (cr_text_cache_ngettext ("Answered first, this would point to a brand "
                                               "ambassador; how strongly depends on your "
                                               "other answers.",
                                               "Answered first, these would point to a brand "
                                               "ambassador; how strongly depends on your "
                                               "other answers.",
                                               n_steps));
    case CR_ROLE_CONTRACTED_AMBASSADOR:
      return g_strdup (cr_text_cache_ngettext ("Answered first, this would point to a "
                                               "contracted ambassador; how strongly depends "
                                               "on your other answers.",
                                               "Answered first, these would point to a "
                                               "contracted ambassador; how strongly depends "
                                               "on your other answers.",
                                               n_steps));
    case CR_ROLE_NONE:
    case CR_ROLE_UNDECIDED:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* That no change of up to CR_CHANGE_MAX_STEPS answers gives @role. */
static char *
no_change_outcome (CrRole role)
{
  const guint max = CR_CHANGE_MAX_STEPS;

  switch (role)
    {
    case CR_ROLE_INFLUENCER:
      /* Translators: the number is the most answers a change may ask for,
       * 3 today. */
      return g_strdup_printf (cr_text_cache_ngettext ("No change of up to %u answer would "
                                                      "make you an influencer.",
                                                      "No change of up to %u answers would "
                                                      "make you an influencer.",
                                                      max),
                              max);
    case CR_ROLE_AMBASSADOR:
      return g_strdup_printf (cr_text_cache_ngettext ("No change of up to %u answer would "
                                                      "make you a brand ambassador.",
                                                      "No change of up to %u answers would "
                                                      "make you a brand ambassador.",
                                                      max),
                              max);
    case CR_ROLE_CONTRACTED_AMBASSADOR:
      return g_strdup_printf (cr_text_cache_ngettext ("No change of up to %u answer would "
                                                      "make you a contracted ambassador.",
                                                      "No change of up to %u answers would "
                                                      "make you a contracted ambassador.",
                                                      max),
                              max);
    case CR_ROLE_NONE:
    case CR_ROLE_UNDECIDED:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* What a change of @n_steps answers gives: @role, with @score. */
static char *
change_outcome (CrRole role,
                guint  n_steps,
                guint  score)
{
  switch (role)
    {
    case CR_ROLE_INFLUENCER:
      /* Translators: follows the one to three answers to change, which the
       * plural counts; the number is the role's share then, e.g. "These
       * changes would make you an influencer, with 54 of 100." */
      return g_strdup_printf (cr_text_cache_ngettext ("This change would make you an "
                                                      "influencer, with %u of 100.",
                                                      "These changes would make you an "
                                                      "influencer, with %u of 100.",
                                                      n_steps),
                              score);
    case CR_ROLE_AMBASSADOR:
      return g_strdup_printf (cr_text_cache_ngettext ("This change would make you a brand "
                                                      "ambassador, with %u of 100.",
                                                      "These changes would make you a brand "
                                                      "ambassador, with %u of 100.",
                                                      n_steps),
                              score);
    case CR_ROLE_CONTRACTED_AMBASSADOR:
      return g_strdup_printf (cr_text_cache_ngettext ("This change would make you a "
                                                      "contracted ambassador, with %u of 100.",
                                                      "These changes would make you a "
                                                      "contracted ambassador, with %u of 100.",
                                                      n_steps),
                              score);
    case CR_ROLE_NONE:
    case CR_ROLE_UNDECIDED:
    default:
      g_return_val_if_reached (NULL);
    }
}

static char *
make_outcome (gconstpointer data G_GNUC_UNUSED,
              guint         role_steps,
              guint         score)
{
  CrRole role = role_steps >> 8;
  guint n_steps = role_steps & 0xff;

  /* No verdict yet: the steps answer the questions that decide it, and
   * their share then says nothing of a person whose other answers are
   * still to come. */
  if (score == UNDECIDED_SCORE)
    return undecided_outcome (role, n_steps);

  if (n_steps == 0)
    return no_change_outcome (role);

  return change_outcome (role, n_steps, score);
}

static char *
outcome_text (CrRole role,
              guint  n_steps,
              guint  score)
{
  /* Not kept: made only for answer sheets with no verdict. */
  if (score == UNDECIDED_SCORE)
    return make_outcome (NULL, (role << 8) | n_steps, score);

  return cr_text_cache_keep (cr_text_cache_outcome_slot (role, n_steps,
                                                         n_steps > 0 ? score : 0),
                             make_outcome, NULL, (role << 8) | n_steps, score);
}

/* ---- The search ---------------------------------------------------------- */
/* One answer changed: question, new answer, and what it does. */
typedef struct
{
  guint        question;
  CrSelection  selection;
  /* The evidence it adds to each role (negative: takes away). */
  int          delta[CR_N_ROLES];
  /* The slots it sets that the question did not have. */
  guint64      new_slots;
  /* It answers a decisive question left unanswered. */
  gboolean     answers_decisive;
  /* It replaces an answer that says there is no tie to any brand. */
  gboolean     clears_no_brand;
  /* It changes an answer given, rather than answering a skipped question. */
  gboolean     changes_answer;
} Candidate;

typedef struct
{
  const CrScorerTable *table;
  const CrSheet       *sheet;
  Candidate    candidates[CR_SCORER_MAX_SLOTS];
  guint        n_candidates;
  /* The candidates of question q are first[q] to first[q + 1] - 1. */
  guint        first[CR_SCORER_MAX_QUESTIONS + 1];
  guint64      mask;                  /* the slots of the answers */
  guint64      question_mask[CR_SCORER_MAX_QUESTIONS];
  int          points[CR_N_ROLES];
  int          total;
  guint        n_no_brand;            /* answers that say no tie to a brand */
  gboolean     has_decisive;

  /* For the role sought: the two others, what each must be overtaken by,
   * and per candidate how much it gains on each. */
  CrRole       role;
  CrRole       others[2];
  int          need[2];
  int          gain[CR_SCORER_MAX_SLOTS][2];
  /* Per question from q on: the sum of the r largest best gains of the
   * questions from q to the last, r = 1 to CR_CHANGE_MAX_STEPS. */
  int          bound[CR_SCORER_MAX_QUESTIONS + 1][CR_CHANGE_MAX_STEPS + 1][2];

  /* The search itself. */
  guint        k;
  guint        chosen[CR_CHANGE_MAX_STEPS];
  guint        best[CR_CHANGE_MAX_STEPS];
  gboolean     found;
  int          best_num;
  int          best_den;
  guint        best_changed;
} Search;

#define NO_GAIN (-10000)

static void
search_init (Search        *search,
             const CrSheet *sheet,
             const guint   *points)
{
  const CrScorerTable *table = cr_scorer_get_table ();

  memset (search, 0, sizeof *search);
  search->table = table;
  search->sheet = sheet;

  for (guint r = 0; r < CR_N_ROLES; r++)
    {
      search->points[r] = (int) points[r];
      search->total += (int) points[r];
    }

  for (guint q = 0; q < sheet->n_questions; q++)
    {
      const CrQuestion *question = cr_questionnaire_get_question (q);
      CrSelection current = sheet->answered[q] ? sheet->selection[q] : 0;
      gboolean no_brand = sheet->answered[q] && (current & table->no_brand[q]);

      search->question_mask[q] = sheet->answered[q] ?
                                 cr_scorer_selection_slots (table, q, current) : 0;
      search->mask |= search->question_mask[q];
      search->n_no_brand += no_brand;
      search->has_decisive |= sheet->answered[q] && question->decisive;
      search->first[q] = search->n_candidates;

      for (guint o = 0; o < question->n_options; o++)
        {
          Candidate *candidate = &search->candidates[search->n_candidates];
          CrSelection after;
          guint8 weights[CR_N_ROLES];

          if (question->multiple)
            after = current ^ CR_SELECTION_BIT (o);
          else if (sheet->answered[q] && current == CR_SELECTION_BIT (o))
            continue;
          else
            after = CR_SELECTION_BIT (o);

          /* An answer of no tie to a brand never makes a role the verdict. */
          if (after & table->no_brand[q])
            continue;

          cr_scorer_answer_weights (question, after, weights);
          candidate->question = q;
          candidate->selection = after;
          for (guint r = 0; r < CR_N_ROLES; r++)
            candidate->delta[r] = (int) weights[r] - (int) sheet->weights[q][r];
          candidate->new_slots = cr_scorer_selection_slots (table, q, after) &
                                 ~search->question_mask[q];
          candidate->answers_decisive = !sheet->answered[q] && question->decisive;
          candidate->clears_no_brand = no_brand;
          candidate->changes_answer = sheet->answered[q];
          search->n_candidates++;
        }
    }
  search->first[sheet->n_questions] = search->n_candidates;
}

static void
search_target (Search *search,
               CrRole  role)
{
  guint n_questions = search->sheet->n_questions;
  int top[CR_CHANGE_MAX_STEPS][2];

  search->role = role;
  for (guint j = 0, r = 0; r < CR_N_ROLES; r++)
    {
      if (r == role)
        continue;
      search->others[j] = r;
      /* Equal points go to the role first in the table's order. */
      search->need[j] = search->points[r] - search->points[role] + (role < r ? 0 : 1);
      j++;
    }

  for (guint c = 0; c < search->n_candidates; c++)
    for (guint j = 0; j < 2; j++)
      search->gain[c][j] = search->candidates[c].delta[role] -
                           search->candidates[c].delta[search->others[j]];

  /* The bounds, from the last question back. */
  for (guint i = 0; i < CR_CHANGE_MAX_STEPS; i++)
    top[i][0] = top[i][1] = NO_GAIN;
  for (guint r = 0; r <= CR_CHANGE_MAX_STEPS; r++)
    search->bound[n_questions][r][0] = search->bound[n_questions][r][1] = r == 0 ? 0 : NO_GAIN;

  for (guint q = n_questions; q-- > 0;)
    {
      for (guint j = 0; j < 2; j++)
        {
          int best = NO_GAIN, sum = 0;

          for (guint c = search->first[q]; c < search->first[q + 1]; c++)
            best = MAX (best, search->gain[c][j]);

          /* Keep the three largest, largest first. */
          if (best > NO_GAIN)
            for (guint i = 0; i < CR_CHANGE_MAX_STEPS; i++)
              if (best > top[i][j])
                {
                  int moved = top[i][j];

                  top[i][j] = best;
                  best = moved;
                }

          search->bound[q][0][j] = 0;
          for (guint r = 1; r <= CR_CHANGE_MAX_STEPS; r++)
            {
              if (top[r - 1][j] == NO_GAIN || sum == NO_GAIN)
                sum = NO_GAIN;
              else
                sum += top[r - 1][j];
              search->bound[q][r][j] = sum;
            }
        }
    }
}

/* Whether the chosen candidates make a person whose answers go together. */
static gboolean
search_coherent (const Search *search,
                 guint         n)
{
  const CrScorerTable *table = search->table;
  guint64 mask = search->mask;

  for (guint i = 0; i < n; i++)
    {
      const Candidate *candidate = &search->candidates[search->chosen[i]];

      mask = (mask & ~search->question_mask[candidate->question]) |
             cr_scorer_selection_slots (table, candidate->question, candidate->selection);
    }

  for (guint i = 0; i < n; i++)
    {
      guint64 slots = search->candidates[search->chosen[i]].new_slots;

      while (slots != 0)
        {
          guint slot = (guint) __builtin_ctzll (slots);

          if (table->excludes[slot] & mask)
            return FALSE;
          slots &= slots - 1;
        }
    }

  return TRUE;
}

static void
search_leaf (Search    *search,
             const int *gain)
{
  guint clears = 0, changed = 0;
  gboolean decisive = search->has_decisive;
  int num = search->points[search->role], den = search->total;

  if (gain[0] < search->need[0] || gain[1] < search->need[1])
    return;

  for (guint i = 0; i < search->k; i++)
    {
      const Candidate *candidate = &search->candidates[search->chosen[i]];

      clears += candidate->clears_no_brand;
      decisive |= candidate->answers_decisive;
      changed += candidate->changes_answer;
      num += candidate->delta[search->role];
      for (guint r = 0; r < CR_N_ROLES; r++)
        den += candidate->delta[r];
    }

  if (clears < search->n_no_brand || !decisive || den <= 0)
    return;

  /* The largest share for the role sought; then the fewest answers given
   * that change; then the first found. */
  if (search->found)
    {
      gint64 mine = (gint64) num * search->best_den, theirs = (gint64) search->best_num * den;

      if (mine < theirs || (mine == theirs && changed >= search->best_changed))
        return;
    }

  if (!search_coherent (search, search->k))
    return;

  search->found = TRUE;
  search->best_num = num;
  search->best_den = den;
  search->best_changed = changed;
  memcpy (search->best, search->chosen, sizeof search->best);
}

/* Tries every choice of search->k candidates of distinct questions, in
 * questionnaire order, leaving out the questions from which even the best
 * changes could not overtake both other roles. Depth first, with a stack
 * of at most CR_CHANGE_MAX_STEPS levels. */
static void
search_combinations (Search *search)
{
  guint n_questions = search->sheet->n_questions;
  guint question[CR_CHANGE_MAX_STEPS];
  guint candidate[CR_CHANGE_MAX_STEPS];
  int gain[CR_CHANGE_MAX_STEPS + 1][2] = { { 0, 0 } };
  int depth = 0;

  question[0] = 0;
  candidate[0] = search->first[0];

  while (depth >= 0)
    {
      guint q = question[depth], c = candidate[depth];
      guint left = search->k - (guint) depth;
      int next[2];

      /* Even the best changes from here on cannot overtake both: nor can
       * they from any later question. Back to the level above. */
      if (q >= n_questions ||
          search->bound[q][left][0] == NO_GAIN ||
          gain[depth][0] + search->bound[q][left][0] < search->need[0] ||
          gain[depth][1] + search->bound[q][left][1] < search->need[1])
        {
          depth--;
          if (depth >= 0)
            candidate[depth]++;
          continue;
        }

      /* This question's candidates are done: the next question. */
      if (c >= search->first[q + 1])
        {
          question[depth] = q + 1;
          candidate[depth] = search->first[q + 1];
          continue;
        }

      search->chosen[depth] = c;
      next[0] = gain[depth][0] + search->gain[c][0];
      next[1] = gain[depth][1] + search->gain[c][1];

      if (left == 1)
        {
          search_leaf (search, next);
          candidate[depth]++;
          continue;
        }

      gain[depth + 1][0] = next[0];
      gain[depth + 1][1] = next[1];
      question[depth + 1] = q + 1;
      candidate[depth + 1] = search->first[q + 1];
      depth++;
    }
}

static void
fill_change (CrChange      *change,
             const Search  *search,
             const CrSheet *sheet)
{
  GString *text;

  memset (change, 0, sizeof *change);
  change->role = search->role;

  if (!search->found)
    {
      change->outcome = outcome_text (search->role, 0, 0);
      change->text = g_strdup (change->outcome);
      return;
    }

  {
    CrSheet variant = *sheet;
    CrVerdict verdict;

    change->n_steps = search->k;
    for (guint i = 0; i < search->k; i++)
      {
        const Candidate *candidate = &search->candidates[search->best[i]];
        const CrQuestion *question = cr_questionnaire_get_question (candidate->question);
        CrSelection before = sheet->answered[candidate->question] ?
                             sheet->selection[candidate->question] : 0;
        CrSelection toggled = before ^ candidate->selection;
        CrWhatIfStepKind kind = CR_WHAT_IF_STEP_ANSWER;

        if (question->multiple)
          kind = (candidate->selection & toggled) ? CR_WHAT_IF_STEP_ADD :
                                                    CR_WHAT_IF_STEP_REMOVE;

        change->steps[i].question = candidate->question;
        change->steps[i].selection = candidate->selection;
        change->steps[i].text = step_text (kind, candidate->question,
                                           question->multiple ?
                                           (guint) g_bit_nth_lsf (toggled, -1) :
                                           (guint) g_bit_nth_lsf (candidate->selection, -1));

        variant.answered[candidate->question] = TRUE;
        variant.selection[candidate->question] = candidate->selection;
        cr_scorer_answer_weights (question, candidate->selection,
                                  variant.weights[candidate->question]);
      }

    cr_scorer_score (&variant, &verdict);
    g_assert (verdict.role == search->role);
    change->score = verdict.scores[search->role];
    change->close_call = verdict.close_call;
  }

  change->outcome = outcome_text (search->role, change->n_steps,
                                  search->has_decisive ? change->score : UNDECIDED_SCORE);

  text = g_string_sized_new (256);
  for (guint i = 0; i < change->n_steps; i++)
    cr_summary_append_sentence (text, change->steps[i].text);
  cr_summary_append_sentence (text, change->outcome);
  change->text = g_string_free (text, FALSE);
}

/* For each role other than the verdict, in role order, the change that
 * would make it the verdict, or that none would. */
void
cr_what_if_find_changes (CrResult      *self,
                         const CrSheet *sheet)
{
  /* On the stack: a heap block this size would make malloc consolidate
   * the many small blocks freed by the JSON of the previous batch line. */
  Search search_data;
  Search *search = &search_data;

  search_init (search, sheet, self->points);

  self->n_changes = 0;
  for (CrRole role = 0; role < CR_N_ROLES; role++)
    {
      if (role == self->role)
        continue;

      search_target (search, role);
      search->found = FALSE;
      for (search->k = 1; search->k <= CR_CHANGE_MAX_STEPS && !search->found; search->k++)
        search_combinations (search);
      if (search->found)
        search->k--;

      fill_change (&self->changes[self->n_changes++], search, sheet);
    }
}