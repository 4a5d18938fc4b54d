/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "cr-answers.h"
#include "cr-questionnaire.h"

/* The ids of RUBRIC.md, in its order: a public interface. */
static const char * const rubric[] = {
  "compensation", "none gifts per-campaign retainer",
  "agreement", "none per-campaign long-term",
  "brands", "none one few many",
  "exclusivity", "never depends yes",
  "audience", "under-1k 1k-10k 10k-100k 100k-1m over-1m",
  "content", "relay mixed create",
  "customer", "yes-loyal sometimes no",
  "effort", "occasional part-time job",
  "notoriety", "no niche public-figure",
  "platforms", "instagram youtube tiktok snapchat blog x facebook linkedin twitch other",
};

static void
test_ids_match_rubric (void)
{
  g_assert_cmpuint (cr_questionnaire_get_n_questions (), ==, G_N_ELEMENTS (rubric) / 2);

  for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
    {
      const CrQuestion *question = cr_questionnaire_get_question (q);
      g_auto(GStrv) ids = g_strsplit (rubric[2 * q + 1], " ", -1);
      guint index;

      g_assert_cmpstr (question->id, ==, rubric[2 * q]);
      g_assert_true (cr_questionnaire_lookup (question->id, &index) == question);
      g_assert_cmpuint (index, ==, q);
      g_assert_cmpint (question->multiple, ==, g_str_equal (question->id, "platforms"));
      g_assert_cmpuint (question->n_options, ==, g_strv_length (ids));

      for (guint o = 0; o < question->n_options; o++)
        {
          g_assert_cmpstr (question->options[o].id, ==, ids[o]);
          g_assert_true (cr_question_lookup_option (question, ids[o], &index) ==
                         &question->options[o]);
          g_assert_cmpuint (index, ==, o);
        }
    }

  g_assert_null (cr_questionnaire_lookup ("followers", NULL));
  g_assert_null (cr_question_lookup_option (cr_questionnaire_get_question (0), "lots", NULL));
}

/* Every question and option has the texts the wizard and the explanation
 * show, and weights within range; single-choice options each point
 * somewhere or say why they do not. */
static void
test_texts_and_weights (void)
{
  for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
    {
      const CrQuestion *question = cr_questionnaire_get_question (q);

      g_assert_true (g_str_has_suffix (question->title, "?"));
      g_assert_cmpuint (strlen (question->why), >, 20);
      g_assert_cmpuint (question->n_options, >=, 2);
      g_assert_cmpuint (question->n_options, <=, 9 + (question->multiple ? 1 : 0));

      for (guint o = 0; o < question->n_options; o++)
        {
          const CrOption *option = &question->options[o];

          g_assert_cmpuint (strlen (option->label), >, 0);
          g_assert_true (g_str_has_suffix (option->reason, "."));
          for (guint r = 0; r < CR_N_ROLES; r++)
            g_assert_cmpuint (option->weights[r], <=, MIN (question->weight, CR_WEIGHT_MAX));
        }
    }
}

/* Each line of the article counts once: its questions share its weight,
 * and no option gives a role more than its question's share. */
static void
test_lines (void)
{
  guint line_sums[16] = { 0 };
  guint n_lines = cr_questionnaire_get_n_lines ();

  g_assert_cmpuint (n_lines, >=, 5);
  g_assert_cmpuint (n_lines, <=, G_N_ELEMENTS (line_sums));

  for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
    {
      const CrQuestion *question = cr_questionnaire_get_question (q);
      guint strongest = 0;

      g_assert_cmpuint (question->line, <, n_lines);
      for (guint o = 0; o < question->n_options; o++)
        for (guint r = 0; r < CR_N_ROLES; r++)
          strongest = MAX (strongest, question->options[o].weights[r]);
      g_assert_cmpuint (strongest, ==, question->weight);
      line_sums[question->line] += question->weight;
    }

  for (guint l = 0; l < n_lines; l++)
    {
      const CrLine *line = cr_questionnaire_get_line (l);

      g_assert_cmpuint (line->weight, >, 0);
      g_assert_cmpuint (line_sums[l], ==, line->weight);
      g_assert_cmpuint (strlen (line->title), >, 0);
      g_assert_true (g_str_has_suffix (line->description, "."));
      for (guint m = 0; m < l; m++)
        g_assert_cmpstr (cr_questionnaire_get_line (m)->id, !=, line->id);
    }
}

/* Pay, agreement and brands decide whether there is a verdict; promoting
 * no brand is the one answer of no tie at all. */
static void
test_decisive (void)
{
  const char * const decisive[] = { "compensation", "agreement", "brands", NULL };
  guint n_no_brand = 0;

  for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
    {
      const CrQuestion *question = cr_questionnaire_get_question (q);
      gboolean listed = g_strv_contains (decisive, question->id);

      g_assert_cmpint (question->decisive, ==, listed);
      g_assert_true ((question->missing != NULL) == listed);
      if (question->missing != NULL)
        g_assert_true (g_str_has_suffix (question->missing, "."));
      for (guint o = 0; o < question->n_options; o++)
        if (question->options[o].no_brand)
          {
            g_assert_cmpstr (question->id, ==, "brands");
            g_assert_cmpstr (question->options[o].id, ==, "none");
            n_no_brand++;
          }
    }

  g_assert_cmpuint (n_no_brand, ==, 1);
}

/* Each option says what it says about the person in a sentence of its own,
 * which no other option's sentence contains: the summary can be checked
 * for what it claims. */
static void
test_facts (void)
{
  g_autoptr(GPtrArray) facts = g_ptr_array_new ();

  for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
    {
      const CrQuestion *question = cr_questionnaire_get_question (q);

      for (guint o = 0; o < question->n_options; o++)
        {
          const char *fact = question->options[o].fact;

          g_assert_nonnull (fact);
          g_assert_true (g_unichar_isupper (g_utf8_get_char (fact)));
          g_assert_true (g_str_has_suffix (fact, "."));
          g_assert_null (strchr (fact, '%'));
          g_ptr_array_add (facts, (gpointer) fact);
        }
    }

  for (guint i = 0; i < facts->len; i++)
    for (guint j = 0; j < facts->len; j++)
      if (i != j)
        g_assert_null (strstr (g_ptr_array_index (facts, i), g_ptr_array_index (facts, j)));
}

/* The exclusions name real answers, read the same both ways, and say the
 * few things a coherent person cannot answer together. */
static void
test_exclusions (void)
{
  guint compensation, agreement, brands, none, retainer, gifts, per_campaign, long_term, no_agreement;
  guint n = cr_questionnaire_get_n_questions ();
  guint n_pairs = 0;

  g_assert_cmpuint (cr_questionnaire_get_n_exclusions (), >, 0);
  for (guint i = 0; i < cr_questionnaire_get_n_exclusions (); i++)
    {
      const CrExclusion *exclusion = cr_questionnaire_get_exclusion (i);
      const CrQuestion *question = cr_questionnaire_lookup (exclusion->question, NULL);
      const CrQuestion *other = cr_questionnaire_lookup (exclusion->other_question, NULL);
      g_auto(GStrv) ids = g_strsplit (exclusion->other_options, " ", -1);

      g_assert_nonnull (question);
      g_assert_nonnull (other);
      g_assert_true (question != other);
      g_assert_nonnull (cr_question_lookup_option (question, exclusion->option, NULL));
      for (guint j = 0; ids[j] != NULL; j++)
        g_assert_nonnull (cr_question_lookup_option (other, ids[j], NULL));
      g_assert_true (g_str_has_suffix (exclusion->reason, "."));
    }

  for (guint q = 0; q < n; q++)
    for (guint o = 0; o < cr_questionnaire_get_question (q)->n_options; o++)
      for (guint p = 0; p < n; p++)
        for (guint i = 0; i < cr_questionnaire_get_question (p)->n_options; i++)
          {
            gboolean excludes = cr_questionnaire_excludes (q, o, p, i);

            g_assert_cmpint (excludes, ==, cr_questionnaire_excludes (p, i, q, o));
            n_pairs += excludes;
          }

  g_assert_nonnull (cr_questionnaire_lookup ("compensation", &compensation));
  g_assert_nonnull (cr_questionnaire_lookup ("agreement", &agreement));
  g_assert_nonnull (cr_questionnaire_lookup ("brands", &brands));
  cr_question_lookup_option (cr_questionnaire_get_question (compensation), "none", &none);
  cr_question_lookup_option (cr_questionnaire_get_question (compensation), "retainer", &retainer);
  cr_question_lookup_option (cr_questionnaire_get_question (compensation), "gifts", &gifts);
  cr_question_lookup_option (cr_questionnaire_get_question (compensation), "per-campaign",
                             &per_campaign);
  cr_question_lookup_option (cr_questionnaire_get_question (agreement), "long-term", &long_term);
  cr_question_lookup_option (cr_questionnaire_get_question (agreement), "none", &no_agreement);

  /* Unpaid under a long-term agreement; a fee under a long-term agreement
   * with none; paid for promoting no brand. */
  g_assert_true (cr_questionnaire_excludes (compensation, none, agreement, long_term));
  g_assert_true (cr_questionnaire_excludes (agreement, no_agreement, compensation, retainer));
  g_assert_true (cr_questionnaire_excludes (brands, 0, compensation, per_campaign));
  /* Merely unusual pairs stay possible. */
  g_assert_false (cr_questionnaire_excludes (compensation, gifts, agreement, long_term));
  g_assert_false (cr_questionnaire_excludes (compensation, per_campaign, agreement, long_term));
  g_assert_false (cr_questionnaire_excludes (compensation, per_campaign, agreement, no_agreement));
  /* Each pair is counted from both sides. */
  g_assert_cmpuint (n_pairs % 2, ==, 0);
}

static void
test_roles (void)
{
  static const char * const ids[] = { "influencer", "ambassador", "contracted-ambassador", "none" };

  for (guint r = 0; r <= CR_ROLE_NONE; r++)
    {
      CrRole role;

      g_assert_cmpstr (cr_role_to_id (r), ==, ids[r]);
      g_assert_true (cr_role_from_id (ids[r], &role));
      g_assert_cmpint (role, ==, r);
      g_assert_cmpuint (strlen (cr_role_get_name (r)), >, 0);
      g_assert_true (g_str_has_suffix (cr_role_get_description (r), "."));
    }

  /* No verdict is not a role: it has no id, so that a document says null. */
  g_assert_null (cr_role_to_id (CR_ROLE_UNDECIDED));
  g_assert_cmpstr (cr_role_get_name (CR_ROLE_UNDECIDED), ==, "No verdict");
  g_assert_true (g_str_has_suffix (cr_role_get_description (CR_ROLE_UNDECIDED), "."));
  g_assert_false (cr_role_from_id ("celebrity", NULL));
  g_assert_false (cr_role_from_id ("undecided", NULL));
}

static void
count_changed (CrAnswers *answers G_GNUC_UNUSED,
               guint      question G_GNUC_UNUSED,
               guint     *count)
{
  (*count)++;
}

static void
count_notify (GObject    *object G_GNUC_UNUSED,
              GParamSpec *pspec G_GNUC_UNUSED,
              guint      *count)
{
  (*count)++;
}

static void
test_answers (void)
{
  g_autoptr(CrAnswers) answers = cr_answers_new ();
  g_autoptr(CrAnswers) copy = NULL;
  guint changed = 0, n_answered_notified = 0, complete_notified = 0;
  guint platforms;

  g_signal_connect (answers, "changed", G_CALLBACK (count_changed), &changed);
  g_signal_connect (answers, "notify::n-answered", G_CALLBACK (count_notify),
                    &n_answered_notified);
  g_signal_connect (answers, "notify::complete", G_CALLBACK (count_notify), &complete_notified);

  g_assert_true (cr_answers_is_empty (answers));
  g_assert_cmpint (cr_answers_get_choice (answers, 0), ==, -1);

  cr_answers_set_choice (answers, 0, 2);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (n_answered_notified, ==, 1);
  g_assert_cmpint (cr_answers_get_choice (answers, 0), ==, 2);
  g_assert_true (cr_answers_get_option_selected (answers, 0, 2));

  /* Setting the same answer again changes nothing and says nothing. */
  cr_answers_set_choice (answers, 0, 2);
  g_assert_cmpuint (changed, ==, 1);

  /* A single choice replaces the previous one. */
  cr_answers_set_option_selected (answers, 0, 1, TRUE);
  g_assert_cmpint (cr_answers_get_choice (answers, 0), ==, 1);
  g_assert_cmpuint (changed, ==, 2);
  g_assert_cmpuint (n_answered_notified, ==, 1);

  /* Multiple choice: the empty set is an answer; options add and drop. */
  g_assert_nonnull (cr_questionnaire_lookup ("platforms", &platforms));
  cr_answers_set_selection (answers, platforms, 0);
  g_assert_true (cr_answers_is_answered (answers, platforms));
  cr_answers_set_option_selected (answers, platforms, 3, TRUE);
  cr_answers_set_option_selected (answers, platforms, 5, TRUE);
  cr_answers_set_option_selected (answers, platforms, 3, FALSE);
  g_assert_cmpuint (cr_answers_get_selection (answers, platforms), ==, CR_SELECTION_BIT (5));
  g_assert_cmpuint (cr_answers_get_n_answered (answers), ==, 2);

  copy = cr_answers_copy (answers);
  g_assert_true (cr_answers_equal (answers, copy));

  for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
    if (!cr_answers_is_answered (answers, q))
      cr_answers_set_choice (answers, q, 0);
  g_assert_true (cr_answers_is_complete (answers));
  g_assert_cmpuint (complete_notified, ==, 1);
  g_assert_false (cr_answers_equal (answers, copy));

  cr_answers_unset (answers, 0);
  g_assert_false (cr_answers_is_complete (answers));
  g_assert_cmpuint (complete_notified, ==, 2);

  /* Assigning emits ::changed once for all questions. */
  changed = 0;
  cr_answers_assign (answers, copy);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_true (cr_answers_equal (answers, copy));

  cr_answers_clear (answers);
  g_assert_true (cr_answers_is_empty (answers));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/questionnaire/ids-match-rubric", test_ids_match_rubric);
  g_test_add_func ("/model/questionnaire/texts-and-weights", test_texts_and_weights);
  g_test_add_func ("/model/questionnaire/lines", test_lines);
  g_test_add_func ("/model/questionnaire/decisive", test_decisive);
  g_test_add_func ("/model/questionnaire/facts", test_facts);
  g_test_add_func ("/model/questionnaire/exclusions", test_exclusions);
  g_test_add_func ("/model/questionnaire/roles", test_roles);
  g_test_add_func ("/model/answers/changes", test_answers);

  return g_test_run ();
}
