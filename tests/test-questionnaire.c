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
            g_assert_cmpuint (option->weights[r], <=, CR_WEIGHT_MAX);
        }
    }
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
    }

  g_assert_false (cr_role_from_id ("celebrity", NULL));
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
  g_test_add_func ("/model/questionnaire/roles", test_roles);
  g_test_add_func ("/model/answers/changes", test_answers);

  return g_test_run ();
}
