/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-scoring.c: the verdict, its summary and what would change it
 *
 * The profiles are read as a careful reader of the article would; the
 * properties (a step towards a role never lowers its share, the summary
 * never says what an answer denies, "what would make me…" is the fewest
 * coherent changes) are checked over the profiles and a few hundred
 * generated sheets. The what-if search is checked against a brute force
 * that shares no code with the scorer.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "cr-result.h"
#include "cr-test-profiles.h"

#define N_GENERATED 300
#define SEED 20260512

/* ---- Generated sheets ---------------------------------------------------- */

/* Answers every question with probability 0.85, a random option (platforms:
 * each with probability 0.3), from a fixed seed. */
static CrAnswers *
generate_answers (GRand *rand)
{
  CrAnswers *answers = cr_answers_new ();

  for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
    {
      const CrQuestion *question = cr_questionnaire_get_question (q);

      if (g_rand_double (rand) >= 0.85)
        continue;

      if (question->multiple)
        {
          CrSelection selection = 0;

          for (guint o = 0; o < question->n_options; o++)
            if (g_rand_double (rand) < 0.3)
              selection |= CR_SELECTION_BIT (o);
          cr_answers_set_selection (answers, q, selection);
        }
      else
        {
          cr_answers_set_choice (answers, q, g_rand_int_range (rand, 0, question->n_options));
        }
    }

  return answers;
}

/* The profiles, then the generated sheets. */
static GPtrArray *
all_sheets (void)
{
  GPtrArray *sheets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);

  for (guint p = 0; p < G_N_ELEMENTS (cr_test_profiles); p++)
    g_ptr_array_add (sheets, cr_test_answers_new (cr_test_profiles[p].answers));
  for (guint i = 0; i < N_GENERATED; i++)
    g_ptr_array_add (sheets, generate_answers (rand));

  return sheets;
}

static guint
question_index (const char *id)
{
  guint q;

  g_assert_nonnull (cr_questionnaire_lookup (id, &q));

  return q;
}

static guint
option_index (guint       q,
              const char *id)
{
  guint o;

  g_assert_nonnull (cr_question_lookup_option (cr_questionnaire_get_question (q), id, &o));

  return o;
}

static CrRole
role_of (const char *id)
{
  CrRole role = CR_ROLE_UNDECIDED;

  if (id != NULL)
    g_assert_true (cr_role_from_id (id, &role));

  return role;
}

/* ---- A scorer of its own, for the brute force ---------------------------- */

typedef struct
{
  gboolean    answered[16];
  CrSelection selection[16];
} Plain;

static void
plain_init (Plain     *plain,
            CrAnswers *answers)
{
  for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
    {
      plain->answered[q] = cr_answers_is_answered (answers, q);
      plain->selection[q] = cr_answers_get_selection (answers, q);
    }
}

/* The points of each role, and the verdict as RUBRIC.md states it. */
static CrRole
plain_verdict (const Plain *plain,
               int         *points)
{
  gboolean decisive = FALSE, no_brand = FALSE;
  CrRole best = 0;

  memset (points, 0, sizeof (int) * CR_N_ROLES);

  for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
    {
      const CrQuestion *question = cr_questionnaire_get_question (q);

      if (!plain->answered[q])
        continue;
      decisive |= question->decisive;
      for (guint r = 0; r < CR_N_ROLES; r++)
        {
          int strongest = 0;

          for (guint o = 0; o < question->n_options; o++)
            if (plain->selection[q] & CR_SELECTION_BIT (o))
              strongest = MAX (strongest, question->options[o].weights[r]);
          points[r] += strongest;
        }
      for (guint o = 0; o < question->n_options; o++)
        no_brand |= (plain->selection[q] & CR_SELECTION_BIT (o)) && question->options[o].no_brand;
    }

  if (!decisive)
    return CR_ROLE_UNDECIDED;
  if (no_brand)
    return CR_ROLE_NONE;

  for (CrRole r = 1; r < CR_N_ROLES; r++)
    if (points[r] > points[best])
      best = r;

  return best;
}

/* Whether @after, made from @before by changing the questions in
 * @changed, keeps clear of every exclusion that involves a changed answer. */
static gboolean
plain_coherent (const Plain *after,
                const guint *changed,
                guint        n_changed)
{
  guint n = cr_questionnaire_get_n_questions ();

  for (guint i = 0; i < n_changed; i++)
    {
      guint q = changed[i];
      const CrQuestion *question = cr_questionnaire_get_question (q);

      for (guint o = 0; o < question->n_options; o++)
        {
          if (!(after->selection[q] & CR_SELECTION_BIT (o)))
            continue;

          for (guint p = 0; p < n; p++)
            {
              const CrQuestion *other = cr_questionnaire_get_question (p);

              if (p == q || !after->answered[p])
                continue;
              for (guint i2 = 0; i2 < other->n_options; i2++)
                if ((after->selection[p] & CR_SELECTION_BIT (i2)) &&
                    cr_questionnaire_excludes (q, o, p, i2))
                  return FALSE;
            }
        }
    }

  return TRUE;
}

/* Every single change of one answer: another option, an option for a
 * skipped question, a box ticked or unticked. */
typedef struct
{
  guint       question;
  CrSelection selection;
} Step;

static GArray *
all_steps (const Plain *plain)
{
  GArray *steps = g_array_new (FALSE, FALSE, sizeof (Step));

  for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
    {
      const CrQuestion *question = cr_questionnaire_get_question (q);

      for (guint o = 0; o < question->n_options; o++)
        {
          Step step = { q, CR_SELECTION_BIT (o) };

          if (question->multiple)
            step.selection = (plain->answered[q] ? plain->selection[q] : 0) ^ CR_SELECTION_BIT (o);
          else if (plain->answered[q] && plain->selection[q] == CR_SELECTION_BIT (o))
            continue;
          g_array_append_val (steps, step);
        }
    }

  return steps;
}

typedef struct
{
  /* For combinations of exactly this many steps. */
  guint   k;
  CrRole  role;
  gboolean found;
  /* The best share so far, as a fraction of the points. */
  int     num;
  int     den;
} Brute;

static void
brute_visit (Brute       *brute,
             const Plain *base,
             GArray      *steps,
             guint        from,
             guint       *chosen,
             guint        depth)
{
  if (depth == brute->k)
    {
      Plain after = *base;
      guint changed[CR_CHANGE_MAX_STEPS];
      int points[CR_N_ROLES];
      int total = 0;

      for (guint i = 0; i < depth; i++)
        {
          const Step *step = &g_array_index (steps, Step, chosen[i]);

          after.answered[step->question] = TRUE;
          after.selection[step->question] = step->selection;
          changed[i] = step->question;
        }

      if (plain_verdict (&after, points) != brute->role || !plain_coherent (&after, changed, depth))
        return;

      for (guint r = 0; r < CR_N_ROLES; r++)
        total += points[r];
      if (!brute->found || (gint64) points[brute->role] * brute->den >
                           (gint64) brute->num * total)
        {
          brute->found = TRUE;
          brute->num = points[brute->role];
          brute->den = total;
        }
      return;
    }

  for (guint s = from; s < steps->len; s++)
    {
      gboolean taken = FALSE;

      for (guint i = 0; i < depth; i++)
        taken |= g_array_index (steps, Step, chosen[i]).question ==
                 g_array_index (steps, Step, s).question;
      if (taken)
        continue;

      chosen[depth] = s;
      brute_visit (brute, base, steps, s + 1, chosen, depth + 1);
    }
}

/* The fewest steps that make @role the verdict, at most
 * CR_CHANGE_MAX_STEPS (0 if none), and the best share they reach. */
static guint
brute_force (CrAnswers *answers,
             CrRole     role,
             int       *num,
             int       *den)
{
  g_autoptr(GArray) steps = NULL;
  Plain plain;
  guint chosen[CR_CHANGE_MAX_STEPS];

  plain_init (&plain, answers);
  steps = all_steps (&plain);

  for (guint k = 1; k <= CR_CHANGE_MAX_STEPS; k++)
    {
      Brute brute = { k, role, FALSE, 0, 1 };

      brute_visit (&brute, &plain, steps, 0, chosen, 0);
      if (brute.found)
        {
          *num = brute.num;
          *den = brute.den;
          return k;
        }
    }

  return 0;
}

/* ---- What every result must hold ----------------------------------------- */

/* No sentence of the summary says what an answer did not: each option's
 * sentence about the person appears only when that option was chosen. */
static void
assert_summary_true (CrAnswers *answers,
                     CrResult  *result)
{
  const char *summary = cr_result_get_summary (result);

  g_assert_cmpuint (strlen (summary), >, 0);

  for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
    {
      const CrQuestion *question = cr_questionnaire_get_question (q);

      for (guint o = 0; o < question->n_options; o++)
        if (strstr (summary, question->options[o].fact) != NULL &&
            !cr_answers_get_option_selected (answers, q, o))
          g_error ("summary says “%s”, but %s is not %s:\n%s", question->options[o].fact,
                   question->id, question->options[o].id, summary);

      if (question->missing != NULL)
        g_assert_true ((strstr (summary, question->missing) != NULL) <=
                       !cr_answers_is_answered (answers, q));
    }
}

static void
assert_typeset (const char *text)
{
  static const char * const wrong[] = {
    "?”.", "?.", "..", "'", ", Influencer", "with Influencer", "with Brand ambassador",
    "with Contracted ambassador", ": Influencer", ": Brand ambassador", ": Contracted ambassador",
  };

  for (guint i = 0; i < G_N_ELEMENTS (wrong); i++)
    if (strstr (text, wrong[i]) != NULL)
      g_error ("“%s” has “%s”", text, wrong[i]);
}

/* What every result holds, whatever the answers. */
static void
assert_result_holds (CrAnswers *answers,
                     CrResult  *result)
{
  CrRole role = cr_result_get_role (result);
  guint total = 0, n_weighs_most, against;
  const guint *weighs_most = cr_result_get_weighs_most (result, &n_weighs_most);
  CrRole against_role;

  for (guint r = 0; r < CR_N_ROLES; r++)
    total += cr_result_get_score (result, r);

  /* Written as a careful writer would: no period after a question mark,
   * no straight apostrophe, no role's capital in the middle of a
   * sentence. */
  assert_typeset (cr_result_get_summary (result));
  for (guint i = 0; i < cr_result_get_n_changes (result); i++)
    assert_typeset (cr_result_get_change (result, i)->text);

  if (role < CR_N_ROLES)
    {
      CrRole runner_up = cr_result_get_runner_up (result);

      /* Shares of 100, the verdict's the largest, the runner-up next. */
      g_assert_true (cr_result_has_shares (result));
      g_assert_cmpuint (total, ==, 100);
      g_assert_cmpint (runner_up, <, CR_N_ROLES);
      g_assert_cmpint (runner_up, !=, role);
      for (guint r = 0; r < CR_N_ROLES; r++)
        {
          g_assert_cmpuint (cr_result_get_score (result, role), >=, cr_result_get_score (result, r));
          if (r != role)
            g_assert_cmpuint (cr_result_get_score (result, runner_up), >=,
                              cr_result_get_score (result, r));
        }
      g_assert_cmpint (cr_result_is_close_call (result), ==,
                       cr_result_get_score (result, runner_up) > 0 &&
                       cr_result_get_score (result, role) - cr_result_get_score (result, runner_up)
                       <= CR_CLOSE_CALL_MARGIN);
      if (cr_result_is_close_call (result))
        {
          g_assert_nonnull (strstr (cr_result_get_summary (result), cr_role_get_name_in_sentence (role)));
          g_assert_nonnull (strstr (cr_result_get_summary (result),
                                    cr_role_get_name_in_sentence (runner_up)));
        }

      /* The answers named for the verdict are given, and give it more than
       * the runner-up, or as much when nothing does. */
      for (guint i = 0; i < n_weighs_most; i++)
        {
          const CrExplanation *explanation = NULL;

          for (guint e = 0; e < cr_result_get_n_explanations (result); e++)
            if (cr_result_get_explanation (result, e)->question == weighs_most[i])
              explanation = cr_result_get_explanation (result, e);
          g_assert_nonnull (explanation);
          g_assert_cmpuint (explanation->weights[role], >=, explanation->weights[runner_up]);
          g_assert_cmpuint (explanation->weights[role], >, 0);
        }
      g_assert_cmpuint (n_weighs_most, <=, 3);
      if (cr_result_get_points (result, role) > cr_result_get_points (result, runner_up))
        g_assert_cmpuint (n_weighs_most, >, 0);

      if (cr_result_get_against (result, &against, &against_role))
        {
          g_assert_cmpint (against_role, !=, role);
          g_assert_true (cr_answers_is_answered (answers, against));
          for (guint i = 0; i < n_weighs_most; i++)
            g_assert_cmpuint (weighs_most[i], !=, against);
        }
    }
  else
    {
      /* "Neither, yet" and no verdict show no shares, as if one role had
       * won; they name no answer for a role. */
      g_assert_false (cr_result_has_shares (result));
      g_assert_cmpuint (total, ==, 0);
      g_assert_cmpint (cr_result_get_runner_up (result), ==, CR_ROLE_NONE);
      g_assert_false (cr_result_is_close_call (result));
      g_assert_cmpuint (n_weighs_most, ==, 0);
      g_assert_false (cr_result_get_against (result, NULL, NULL));
      g_assert_null (strstr (cr_result_get_summary (result), "of 100"));
    }

  g_assert_cmpuint (cr_result_get_n_explanations (result), ==, cr_answers_get_n_answered (answers));
  g_assert_cmpint (cr_result_is_complete (result), ==, cr_answers_is_complete (answers));
  g_assert_cmpstr (cr_result_get_title (result), !=, "");
  assert_summary_true (answers, result);

  /* One change for every other role, in role order. */
  g_assert_cmpuint (cr_result_get_n_changes (result), ==, role < CR_N_ROLES ? 2 : 3);
  for (guint i = 0, r = 0; i < cr_result_get_n_changes (result); i++, r++)
    {
      const CrChange *change = cr_result_get_change (result, i);

      if (r == role)
        r++;
      g_assert_cmpint (change->role, ==, r);
      g_assert_cmpuint (change->n_steps, <=, CR_CHANGE_MAX_STEPS);
      g_assert_cmpstr (change->text, !=, "");
      g_assert_true (g_str_has_suffix (change->text, change->outcome));
      for (guint s = 0; s < change->n_steps; s++)
        g_assert_nonnull (strstr (change->text, change->steps[s].text));
    }
}

/* The change does what it says: applied, it gives the role with the share
 * and close call it says; it is coherent; no fewer coherent steps would
 * do; no as many would give a larger share; and when it says none would,
 * none would. */
static void
assert_change_right (CrAnswers      *answers,
                     const CrChange *change)
{
  int num = 0, den = 1;
  guint fewest = brute_force (answers, change->role, &num, &den);

  g_assert_cmpuint (change->n_steps, ==, fewest);

  if (change->n_steps > 0)
    {
      g_autoptr(CrAnswers) changed = cr_answers_copy (answers);
      g_autoptr(CrResult) after = NULL;
      guint questions[CR_CHANGE_MAX_STEPS];
      Plain plain;
      int points[CR_N_ROLES], total = 0;

      cr_change_apply (change, changed);
      after = cr_score (changed);
      g_assert_cmpint (cr_result_get_role (after), ==, change->role);
      g_assert_cmpuint (cr_result_get_score (after, change->role), ==, change->score);
      g_assert_cmpint (cr_result_is_close_call (after), ==, change->close_call);

      for (guint s = 0; s < change->n_steps; s++)
        {
          questions[s] = change->steps[s].question;
          for (guint t = 0; t < s; t++)
            g_assert_cmpuint (questions[t], !=, questions[s]);
          g_assert_false (cr_answers_is_answered (answers, questions[s]) &&
                          cr_answers_get_selection (answers, questions[s]) ==
                          change->steps[s].selection);
        }
      plain_init (&plain, changed);
      g_assert_true (plain_coherent (&plain, questions, change->n_steps));

      /* The largest share that many steps can reach. */
      g_assert_cmpint (plain_verdict (&plain, points), ==, change->role);
      for (guint r = 0; r < CR_N_ROLES; r++)
        total += points[r];
      g_assert_cmpint ((gint64) points[change->role] * den, ==, (gint64) num * total);
    }
}

/* ---- The profiles -------------------------------------------------------- */

static void
test_profile (gconstpointer data)
{
  const CrTestProfile *profile = data;
  g_autoptr(CrAnswers) answers = cr_test_answers_new (profile->answers);
  g_autoptr(CrResult) result = cr_score (answers);
  CrRole role = cr_result_get_role (result);

  g_test_message ("%s: %s, influencer %u, ambassador %u, contracted %u (points %u/%u/%u), "
                  "close %d\n%s", profile->path, cr_role_get_name (role),
                  cr_result_get_score (result, CR_ROLE_INFLUENCER),
                  cr_result_get_score (result, CR_ROLE_AMBASSADOR),
                  cr_result_get_score (result, CR_ROLE_CONTRACTED_AMBASSADOR),
                  cr_result_get_points (result, CR_ROLE_INFLUENCER),
                  cr_result_get_points (result, CR_ROLE_AMBASSADOR),
                  cr_result_get_points (result, CR_ROLE_CONTRACTED_AMBASSADOR),
                  cr_result_is_close_call (result), cr_result_get_summary (result));

  g_assert_true (cr_test_profile_accepts (profile, cr_role_to_id (role)));
  g_assert_cmpstr (profile->why, !=, "");

  if (profile->other_reading != NULL)
    {
      /* Two readings: a close call between exactly those two. */
      g_assert_cmpint (profile->close_call, ==, 1);
      g_assert_true (cr_result_is_close_call (result));
      g_assert_true (cr_test_profile_accepts (profile,
                                              cr_role_to_id (cr_result_get_runner_up (result))));
    }
  else if (profile->close_call >= 0)
    {
      g_assert_cmpint (cr_result_is_close_call (result), ==, profile->close_call);
    }

  assert_result_holds (answers, result);
  for (guint i = 0; i < cr_result_get_n_changes (result); i++)
    assert_change_right (answers, cr_result_get_change (result, i));
}

/* The project's own in-between people: at least thirty beyond RUBRIC's
 * four, each with its reading. */
static void
test_profile_count (void)
{
  guint two_readings = 0;

  g_assert_cmpuint (G_N_ELEMENTS (cr_test_profiles), >=, 4 + 30);
  for (guint i = 0; i < G_N_ELEMENTS (cr_test_profiles); i++)
    {
      for (guint j = 0; j < i; j++)
        g_assert_cmpstr (cr_test_profiles[i].path, !=, cr_test_profiles[j].path);
      two_readings += cr_test_profiles[i].other_reading != NULL;
    }
  g_assert_cmpuint (two_readings, >, 0);
}

/* ---- Monotonicity -------------------------------------------------------- */

typedef struct
{
  const char *question;
  const char *from;
  const char *to;
  /* Roles the step moves towards, ids separated by spaces. */
  const char *towards;
} Towards;

/* The steps towards a role, as the issue lists them from the article. */
static const Towards towards[] = {
  { "compensation", "none", "gifts", "influencer" },
  { "compensation", "gifts", "per-campaign", "influencer" },
  { "compensation", "per-campaign", "retainer", "contracted-ambassador" },
  { "compensation", "per-campaign", "gifts", "ambassador" },
  { "compensation", "gifts", "none", "ambassador" },
  { "agreement", "none", "per-campaign", "influencer" },
  { "agreement", "none", "long-term", "contracted-ambassador" },
  { "agreement", "per-campaign", "long-term", "contracted-ambassador" },
  { "brands", "many", "few", "ambassador contracted-ambassador" },
  { "brands", "few", "one", "ambassador contracted-ambassador" },
  { "brands", "one", "few", "influencer" },
  { "brands", "few", "many", "influencer" },
  { "exclusivity", "yes", "depends", "ambassador contracted-ambassador" },
  { "exclusivity", "depends", "never", "ambassador contracted-ambassador" },
  { "exclusivity", "never", "depends", "influencer" },
  { "exclusivity", "depends", "yes", "influencer" },
  { "customer", "no", "sometimes", "ambassador" },
  { "customer", "sometimes", "yes-loyal", "ambassador" },
  { "content", "relay", "mixed", "influencer" },
  { "content", "mixed", "create", "influencer" },
  { "content", "create", "mixed", "ambassador" },
  { "content", "mixed", "relay", "ambassador" },
  { "effort", "occasional", "part-time", "influencer" },
  { "effort", "part-time", "job", "influencer" },
  { "notoriety", "no", "public-figure", "contracted-ambassador" },
  { "notoriety", "niche", "public-figure", "contracted-ambassador" },
  { "notoriety", "no", "niche", "influencer" },
  { "audience", "under-1k", "1k-10k", "influencer" },
  { "audience", "1k-10k", "10k-100k", "influencer" },
  { "audience", "100k-1m", "over-1m", "contracted-ambassador" },
  { "audience", "over-1m", "100k-1m", "ambassador" },
  { "audience", "100k-1m", "10k-100k", "ambassador" },
  { "audience", "10k-100k", "1k-10k", "ambassador" },
  { "audience", "1k-10k", "under-1k", "ambassador" },
};

/* In the table itself: a step towards a role never gives it less, nor the
 * other roles together more. This is what makes the property below hold;
 * it fails here first, naming the option. */
static void
test_steps_in_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (towards); i++)
    {
      guint q = question_index (towards[i].question);
      const CrOption *from = &cr_questionnaire_get_question (q)->options[option_index (q, towards[i].from)];
      const CrOption *to = &cr_questionnaire_get_question (q)->options[option_index (q, towards[i].to)];
      g_auto(GStrv) roles = g_strsplit (towards[i].towards, " ", -1);

      for (guint j = 0; roles[j] != NULL; j++)
        {
          CrRole role = role_of (roles[j]);
          int others = 0;

          for (guint r = 0; r < CR_N_ROLES; r++)
            if (r != role)
              others += (int) to->weights[r] - (int) from->weights[r];

          if (to->weights[role] < from->weights[role] || others > 0)
            g_error ("%s %s → %s gives %s %u → %u and the others %+d", towards[i].question,
                     towards[i].from, towards[i].to, roles[j], from->weights[role],
                     to->weights[role], others);
        }
    }
}

/* From every profile and generated sheet, every step towards a role never
 * lowers that role's share of 100. */
static void
test_steps_never_lower (void)
{
  g_autoptr(GPtrArray) sheets = all_sheets ();
  guint n_checked = 0;

  for (guint s = 0; s < sheets->len; s++)
    {
      CrAnswers *answers = g_ptr_array_index (sheets, s);
      g_autoptr(CrResult) before = cr_score (answers);

      for (guint i = 0; i < G_N_ELEMENTS (towards); i++)
        {
          guint q = question_index (towards[i].question);
          g_autoptr(CrAnswers) after_answers = NULL;
          g_autoptr(CrResult) after = NULL;
          g_auto(GStrv) roles = NULL;

          if (cr_answers_get_choice (answers, q) != (int) option_index (q, towards[i].from))
            continue;

          after_answers = cr_answers_copy (answers);
          cr_answers_set_choice (after_answers, q, option_index (q, towards[i].to));
          after = cr_score (after_answers);
          roles = g_strsplit (towards[i].towards, " ", -1);

          /* A step between options never makes or unmakes a verdict. */
          g_assert_cmpint (cr_result_has_shares (after), ==, cr_result_has_shares (before));

          for (guint j = 0; roles[j] != NULL; j++)
            {
              CrRole role = role_of (roles[j]);

              if (cr_result_get_score (after, role) < cr_result_get_score (before, role))
                g_error ("sheet %u: %s %s → %s lowers %s from %u to %u", s, towards[i].question,
                         towards[i].from, towards[i].to, roles[j],
                         cr_result_get_score (before, role), cr_result_get_score (after, role));
              n_checked++;
            }
        }
    }

  g_test_message ("%u steps checked", n_checked);
  g_assert_cmpuint (n_checked, >, 1000);
}

/* ---- Every result, on generated sheets ----------------------------------- */

static void
test_generated (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  guint roles_seen = 0, impossible = 0;

  for (guint i = 0; i < N_GENERATED; i++)
    {
      g_autoptr(CrAnswers) answers = generate_answers (rand);
      g_autoptr(CrResult) result = cr_score (answers);

      assert_result_holds (answers, result);
      roles_seen |= 1u << cr_result_get_role (result);

      /* The brute force is slower: one sheet in three. */
      if (i % 3 == 0)
        for (guint c = 0; c < cr_result_get_n_changes (result); c++)
          {
            assert_change_right (answers, cr_result_get_change (result, c));
            impossible += cr_result_get_change (result, c)->n_steps == 0;
          }
    }

  g_test_message ("changes impossible within %u steps: %u", CR_CHANGE_MAX_STEPS, impossible);
  /* Every verdict comes up, no verdict and neither included. */
  g_assert_cmpuint (roles_seen, ==, (1u << (CR_ROLE_UNDECIDED + 1)) - 1);
}

/* ---- The texts ----------------------------------------------------------- */

/* The cases the summary used to get wrong: it never says what the answers
 * deny. */
static void
test_summary_never_denied (void)
{
  const struct
  {
    const char *answers;
    const char *never;
  } cases[] = {
    /* Paid only in gifts, with no agreement. */
    { "compensation=gifts agreement=none brands=few exclusivity=depends audience=1k-10k "
      "content=create customer=sometimes effort=part-time notoriety=niche", "paid" },
    /* Only shares a brand's posts. */
    { "compensation=none agreement=none brands=one content=relay customer=yes-loyal",
      "create" },
    /* One brand, never a rival. */
    { "compensation=per-campaign agreement=per-campaign brands=one exclusivity=never",
      "many brands" },
    /* Many brands. */
    { "compensation=none agreement=none brands=many exclusivity=yes customer=no",
      "a single brand" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CrAnswers) answers = cr_test_answers_new (cases[i].answers);
      g_autoptr(CrResult) result = cr_score (answers);

      g_test_message ("%s", cr_result_get_summary (result));
      g_assert_null (strstr (cr_result_get_summary (result), cases[i].never));
      assert_summary_true (answers, result);
    }
}

/* The summary is made of the person's answers: the ones that weigh most,
 * strongest first, then the strongest one against. */
static void
test_summary_composed (void)
{
  g_autoptr(CrAnswers) answers = cr_test_answers_new (cr_test_profiles[0].answers);
  g_autoptr(CrResult) result = cr_score (answers);
  g_auto(GStrv) paragraphs = g_strsplit (cr_result_get_summary (result), "\n", -1);
  const guint *weighs_most;
  guint n;

  weighs_most = cr_result_get_weighs_most (result, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (weighs_most[0], ==, question_index ("compensation"));
  g_assert_cmpuint (g_strv_length (paragraphs), ==, 2);
  g_assert_cmpstr (paragraphs[0], ==, "Your answers give this role 79 of 100 points.");
  g_assert_true (g_str_has_prefix (paragraphs[1], "You are paid for each post or campaign. "));
  g_assert_true (g_str_has_suffix (paragraphs[1], " These answers above all make you an influencer."));

  /* The luxury house's star: the strongest sign against is her pay. */
  {
    g_autoptr(CrAnswers) star = NULL;
    g_autoptr(CrResult) star_result = NULL;
    guint q;
    CrRole role;

    for (guint i = 0; i < G_N_ELEMENTS (cr_test_profiles); i++)
      if (g_str_equal (cr_test_profiles[i].path, "luxury-house-star"))
        star = cr_test_answers_new (cr_test_profiles[i].answers);
    star_result = cr_score (star);
    g_assert_true (cr_result_get_against (star_result, &q, &role));
    g_assert_cmpuint (q, ==, question_index ("compensation"));
    g_assert_cmpint (role, ==, CR_ROLE_INFLUENCER);
    g_assert_nonnull (strstr (cr_result_get_summary (star_result),
                              "You are paid for each post or campaign. That answer points to an "
                              "influencer instead."));
  }
}

/* With no brand, no shares and no leaning; an answer of pay that denies it
 * is pointed out. */
static void
test_neither (void)
{
  g_autoptr(CrAnswers) answers = cr_test_answers_new (cr_test_profiles[3].answers);
  g_autoptr(CrResult) result = cr_score (answers);
  g_autoptr(CrAnswers) paid = cr_test_answers_new ("brands=none compensation=per-campaign");
  g_autoptr(CrResult) paid_result = cr_score (paid);

  g_assert_cmpint (cr_result_get_role (result), ==, CR_ROLE_NONE);
  g_assert_cmpstr (cr_result_get_title (result), ==, "You are neither, yet");
  g_assert_cmpstr (cr_result_get_summary (result),
                   ==, "You promote no brand. You are never paid for promoting brands. You have "
                       "no agreement with any brand. With no tie to any brand, none of the three "
                       "roles fits you yet.");
  g_assert_null (strstr (cr_result_get_summary (result), "lean"));
  /* What would make the person each role. */
  g_assert_cmpuint (cr_result_get_n_changes (result), ==, 3);
  g_assert_cmpuint (cr_result_get_change (result, 0)->n_steps, ==, 1);
  g_assert_cmpuint (cr_result_get_change (result, 0)->steps[0].question, ==,
                    question_index ("brands"));

  g_assert_cmpint (cr_result_get_role (paid_result), ==, CR_ROLE_NONE);
  g_assert_nonnull (strstr (cr_result_get_summary (paid_result),
                            "These answers do not go together"));
  /* Every question left is named, and none could change "Neither, yet". */
  g_assert_nonnull (strstr (cr_result_get_summary (paid_result),
                            "\nNo answer to “Do you have an agreement with a brand?”, “Would you "
                            "promote a competitor of a brand you work with?”, “How many people "
                            "follow you, all networks together?”, “What do you mostly do for "
                            "brands online?”, “Are you a satisfied customer of the brands you "
                            "promote?”, “How much of your time does it take?”, “Are you known "
                            "beyond your own networks?” or “Where are you active?” would change "
                            "the verdict."));
}

/* With none of pay, agreement and brands answered there is no verdict, and
 * the result says what to answer. */
static void
test_no_verdict (void)
{
  const char *specs[] = { "", "audience=over-1m notoriety=public-figure platforms=youtube" };

  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    {
      g_autoptr(CrAnswers) answers = cr_test_answers_new (specs[i]);
      g_autoptr(CrResult) result = cr_score (answers);

      g_assert_cmpint (cr_result_get_role (result), ==, CR_ROLE_UNDECIDED);
      g_assert_null (cr_role_to_id (cr_result_get_role (result)));
      g_assert_cmpstr (cr_result_get_title (result), ==, "No verdict yet");
      g_assert_cmpstr (cr_result_get_summary (result),
                       ==, "You have not said whether brands pay you. You have not said whether "
                           "you have an agreement with a brand. You have not said how many "
                           "brands you promote. Answer at least one of these questions to get "
                           "a verdict.");
      g_assert_cmpuint (cr_result_get_n_changes (result), ==, 3);
      for (guint c = 0; c < 3; c++)
        {
          const CrChange *change = cr_result_get_change (result, c);

          /* One decisive answer is enough for each role. */
          g_assert_cmpuint (change->n_steps, ==, 1);
          g_assert_true (cr_questionnaire_get_question (change->steps[0].question)->decisive);
          /* What to answer first, with no share claimed from one answer. */
          g_assert_null (strstr (change->text, "of 100"));
          g_assert_true (g_str_has_suffix (change->text,
                                           "Answered first, this would point to an influencer; "
                                           "how strongly depends on your other answers.") ||
                         g_str_has_suffix (change->text,
                                           "Answered first, this would point to a brand "
                                           "ambassador; how strongly depends on your other "
                                           "answers.") ||
                         g_str_has_suffix (change->text,
                                           "Answered first, this would point to a contracted "
                                           "ambassador; how strongly depends on your other "
                                           "answers."));
        }
      g_assert_cmpstr (cr_result_get_change (result, 0)->text, ==,
                       "How many brands do you promote? Answer “Many”. Answered first, this "
                       "would point to an influencer; how strongly depends on your other "
                       "answers.");
    }
}

/* Skipped questions are named: the decisive ones each in a sentence, with
 * whether answering could change the verdict, the rest counted. */
static void
test_incomplete (void)
{
  g_autoptr(CrAnswers) answers = cr_test_answers_new ("compensation=retainer audience=over-1m");
  g_autoptr(CrResult) result = cr_score (answers);
  g_autoptr(CrAnswers) settled = cr_test_answers_new (
    "compensation=retainer agreement=long-term brands=one exclusivity=never audience=over-1m "
    "customer=yes-loyal notoriety=public-figure content=create effort=part-time");
  g_autoptr(CrResult) settled_result = cr_score (settled);
  const guint *unanswered;
  guint n;

  unanswered = cr_result_get_unanswered (result, &n);
  g_assert_false (cr_result_is_complete (result));
  g_assert_cmpuint (n, ==, 8);
  g_assert_cmpuint (unanswered[0], ==, 1);
  g_assert_cmpuint (unanswered[1], ==, 2);
  g_assert_cmpuint (unanswered[2], ==, 3);
  g_assert_cmpuint (unanswered[3], ==, 5);
  g_assert_cmpint (cr_result_get_role (result), ==, CR_ROLE_CONTRACTED_AMBASSADOR);
  /* Each question left is named, with whether an answer to it could
   * change the verdict. */
  g_assert_true (g_str_has_suffix (cr_result_get_summary (result),
                                   "\nAn answer to “How many brands do you promote?” could "
                                   "change the verdict. No answer to “Do you have an agreement "
                                   "with a brand?”, “Would you promote a competitor of a brand "
                                   "you work with?”, “What do you mostly do for brands online?”, "
                                   "“Are you a satisfied customer of the brands you promote?”, "
                                   "“How much of your time does it take?”, “Are you known beyond "
                                   "your own networks?” or “Where are you active?” would change "
                                   "the verdict."));

  /* Only the platforms left. */
  g_assert_true (g_str_has_suffix (cr_result_get_summary (settled_result),
                                   "\nNo answer to “Where are you active?” would change the "
                                   "verdict."));
}

/* Every option of every question can be chosen, gets its own sentence in the
 * explanation, and moves the points the way its weights say. */
static void
test_every_option_explained (void)
{
  for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
    {
      const CrQuestion *question = cr_questionnaire_get_question (q);

      for (guint o = 0; o < question->n_options; o++)
        {
          g_autoptr(CrAnswers) answers = cr_answers_new ();
          g_autoptr(CrResult) result = NULL;
          const CrExplanation *explanation;
          CrRole roles[CR_N_ROLES];
          guint n_roles;

          cr_answers_set_choice (answers, q, o);
          result = cr_score (answers);

          g_assert_cmpuint (cr_result_get_n_explanations (result), ==, 1);
          explanation = cr_result_get_explanation (result, 0);
          g_assert_cmpuint (explanation->question, ==, q);
          g_assert_cmpuint (explanation->selection, ==, CR_SELECTION_BIT (o));
          g_assert_cmpstr (explanation->text, ==, question->options[o].reason);

          n_roles = cr_explanation_get_supports (explanation, roles);
          for (guint r = 0; r < CR_N_ROLES; r++)
            {
              gboolean listed = FALSE;

              g_assert_cmpuint (cr_result_get_points (result, r), ==,
                                question->options[o].weights[r]);
              for (guint i = 0; i < n_roles; i++)
                listed |= roles[i] == r;
              g_assert_cmpint (listed, ==, question->options[o].weights[r] > 0);
            }

          /* One answer alone decides only if its question is decisive. */
          if (!question->decisive)
            g_assert_cmpint (cr_result_get_role (result), ==, CR_ROLE_UNDECIDED);
          else if (question->options[o].no_brand)
            g_assert_cmpint (cr_result_get_role (result), ==, CR_ROLE_NONE);
          else
            g_assert_cmpint (cr_result_get_role (result), <, CR_N_ROLES);
        }
    }
}

/* Ticking more platforms never outweighs a single-choice question. */
static void
test_multiple_takes_strongest (void)
{
  g_autoptr(CrAnswers) all = cr_test_answers_new (
    "platforms=instagram,youtube,tiktok,snapchat,blog,x,facebook,linkedin,twitch,other");
  g_autoptr(CrAnswers) none = cr_test_answers_new ("platforms=");
  g_autoptr(CrResult) all_result = cr_score (all);
  g_autoptr(CrResult) none_result = cr_score (none);
  guint platforms = question_index ("platforms");

  for (guint r = 0; r < CR_N_ROLES; r++)
    {
      guint strongest = 0;

      for (guint o = 0; o < cr_questionnaire_get_question (platforms)->n_options; o++)
        strongest = MAX (strongest, cr_questionnaire_get_question (platforms)->options[o].weights[r]);
      g_assert_cmpuint (cr_result_get_points (all_result, r), ==, strongest);
      g_assert_cmpuint (strongest, <=, cr_questionnaire_get_question (platforms)->weight);
    }

  /* An empty set is an answer, and it points nowhere. */
  g_assert_true (cr_answers_is_answered (none, platforms));
  g_assert_cmpuint (cr_result_get_n_explanations (none_result), ==, 1);
  for (guint r = 0; r < CR_N_ROLES; r++)
    g_assert_cmpuint (cr_result_get_points (none_result, r), ==, 0);
  g_assert_cmpint (cr_result_get_role (none_result), ==, CR_ROLE_UNDECIDED);
}

/* The loyal fan: what would make her each of the others, as the result
 * page offers to try. */
static void
test_would_change_loyal_fan (void)
{
  g_autoptr(CrAnswers) answers = cr_test_answers_new (cr_test_profiles[1].answers);
  g_autoptr(CrResult) result = cr_score (answers);
  const CrChange *influencer = cr_result_get_change (result, 0);
  const CrChange *contracted = cr_result_get_change (result, 1);
  g_autoptr(CrAnswers) signed_answers = cr_answers_copy (answers);
  g_autoptr(CrResult) signed_result = NULL;

  g_assert_cmpint (influencer->role, ==, CR_ROLE_INFLUENCER);
  g_assert_cmpint (contracted->role, ==, CR_ROLE_CONTRACTED_AMBASSADOR);

  /* Signing: a fee under a long-term agreement, and the agreement. */
  g_assert_cmpuint (contracted->n_steps, ==, 2);
  g_assert_cmpuint (contracted->steps[0].question, ==, question_index ("compensation"));
  g_assert_cmpuint (contracted->steps[0].selection, ==,
                    CR_SELECTION_BIT (option_index (0, "retainer")));
  g_assert_cmpuint (contracted->steps[1].question, ==, question_index ("agreement"));
  g_assert_cmpstr (contracted->text, ==,
                   "Are you paid for promoting brands? Answer “A regular fee under a long-term "
                   "agreement”. Do you have an agreement with a brand? Answer “A long-term "
                   "agreement to represent one brand”. These changes would make you a "
                   "contracted ambassador, with 50 of 100.");

  cr_change_apply (contracted, signed_answers);
  signed_result = cr_score (signed_answers);
  g_assert_cmpint (cr_result_get_role (signed_result), ==, CR_ROLE_CONTRACTED_AMBASSADOR);
  g_assert_cmpuint (cr_result_get_score (signed_result, CR_ROLE_CONTRACTED_AMBASSADOR), ==, 50);
}

/* No change is proposed that a coherent person could not make: a fee under
 * a long-term agreement with no agreement, an agreement with no pay. */
static void
test_would_change_coherent (void)
{
  /* An unpaid star, loyal to one brand: a regular fee alone, or a
   * long-term agreement alone, would make her the brand's face in one
   * step, and neither goes with her other answers. */
  g_autoptr(CrAnswers) answers = cr_test_answers_new (
    "compensation=none agreement=none brands=one exclusivity=never audience=over-1m "
    "content=create customer=yes-loyal effort=part-time notoriety=public-figure");
  g_autoptr(CrResult) result = cr_score (answers);
  const CrChange *change = cr_result_get_change (result, 1);
  const char *incoherent[][2] = { { "compensation", "retainer" }, { "agreement", "long-term" } };

  g_assert_cmpint (cr_result_get_role (result), ==, CR_ROLE_AMBASSADOR);
  g_assert_cmpint (change->role, ==, CR_ROLE_CONTRACTED_AMBASSADOR);

  for (guint i = 0; i < G_N_ELEMENTS (incoherent); i++)
    {
      g_autoptr(CrAnswers) single = cr_answers_copy (answers);
      g_autoptr(CrResult) single_result = NULL;
      guint q = question_index (incoherent[i][0]);

      cr_answers_set_choice (single, q, option_index (q, incoherent[i][1]));
      single_result = cr_score (single);
      g_assert_cmpint (cr_result_get_role (single_result), ==, CR_ROLE_CONTRACTED_AMBASSADOR);

      g_assert_false (change->n_steps == 1 && change->steps[0].question == q &&
                      change->steps[0].selection ==
                      CR_SELECTION_BIT (option_index (q, incoherent[i][1])));
    }

  /* Paid per campaign, which goes with no agreement, does it. */
  g_assert_cmpuint (change->n_steps, ==, 1);
  g_assert_cmpuint (change->steps[0].question, ==, question_index ("compensation"));
  g_assert_cmpuint (change->steps[0].selection, ==,
                    CR_SELECTION_BIT (option_index (0, "per-campaign")));
  assert_change_right (answers, change);
}

/* When no change of up to three answers makes a role the verdict, the
 * result says so. */
static void
test_would_change_impossible (void)
{
  g_autoptr(CrAnswers) answers = cr_test_answers_new (cr_test_profiles[3].answers);
  g_autoptr(CrResult) result = cr_score (answers);
  const CrChange *change = cr_result_get_change (result, 2);

  g_assert_cmpint (change->role, ==, CR_ROLE_CONTRACTED_AMBASSADOR);
  g_assert_cmpuint (change->n_steps, ==, 0);
  g_assert_cmpuint (change->score, ==, 0);
  g_assert_cmpstr (change->text, ==,
                   "No change of up to 3 answers would make you a contracted ambassador.");
  assert_change_right (answers, change);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cr_test_profiles); i++)
    {
      g_autofree char *path = g_strdup_printf ("/model/scoring/profile/%s",
                                               cr_test_profiles[i].path);

      g_test_add_data_func (path, &cr_test_profiles[i], test_profile);
    }

  g_test_add_func ("/model/scoring/profile-count", test_profile_count);
  g_test_add_func ("/model/scoring/steps-in-table", test_steps_in_table);
  g_test_add_func ("/model/scoring/steps-never-lower", test_steps_never_lower);
  g_test_add_func ("/model/scoring/generated", test_generated);
  g_test_add_func ("/model/scoring/summary-never-denied", test_summary_never_denied);
  g_test_add_func ("/model/scoring/summary-composed", test_summary_composed);
  g_test_add_func ("/model/scoring/neither", test_neither);
  g_test_add_func ("/model/scoring/no-verdict", test_no_verdict);
  g_test_add_func ("/model/scoring/incomplete", test_incomplete);
  g_test_add_func ("/model/scoring/every-option-explained", test_every_option_explained);
  g_test_add_func ("/model/scoring/multiple-takes-strongest", test_multiple_takes_strongest);
  g_test_add_func ("/model/scoring/would-change-loyal-fan", test_would_change_loyal_fan);
  g_test_add_func ("/model/scoring/would-change-coherent", test_would_change_coherent);
  g_test_add_func ("/model/scoring/would-change-impossible", test_would_change_impossible);

  return g_test_run ();
}
