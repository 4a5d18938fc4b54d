/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "cr-result.h"
#include "cr-test-profiles.h"

static void
test_profile (gconstpointer data)
{
  const CrTestProfile *profile = data;
  g_autoptr(CrAnswers) answers = cr_test_answers_new (profile->answers);
  g_autoptr(CrResult) result = cr_score (answers);
  guint total = 0;

  g_test_message ("%s: influencer %u, ambassador %u, contracted %u (points %u/%u/%u), close %d",
                  profile->path,
                  cr_result_get_score (result, CR_ROLE_INFLUENCER),
                  cr_result_get_score (result, CR_ROLE_AMBASSADOR),
                  cr_result_get_score (result, CR_ROLE_CONTRACTED_AMBASSADOR),
                  cr_result_get_points (result, CR_ROLE_INFLUENCER),
                  cr_result_get_points (result, CR_ROLE_AMBASSADOR),
                  cr_result_get_points (result, CR_ROLE_CONTRACTED_AMBASSADOR),
                  cr_result_is_close_call (result));

  g_assert_cmpstr (cr_role_to_id (cr_result_get_role (result)), ==, profile->role);
  if (profile->close_call >= 0)
    g_assert_cmpint (cr_result_is_close_call (result), ==, profile->close_call);

  for (guint r = 0; r < CR_N_ROLES; r++)
    total += cr_result_get_score (result, r);
  g_assert_true (total == 100 || (total == 0 && cr_answers_is_empty (answers)));

  if (cr_result_get_role (result) != CR_ROLE_NONE)
    for (guint r = 0; r < CR_N_ROLES; r++)
      g_assert_cmpuint (cr_result_get_score (result, cr_result_get_role (result)), >=,
                        cr_result_get_score (result, r));

  g_assert_cmpuint (cr_result_get_n_explanations (result), ==,
                    cr_answers_get_n_answered (answers));
  g_assert_cmpint (cr_result_is_complete (result), ==, cr_answers_is_complete (answers));
  g_assert_nonnull (cr_result_get_title (result));
  /* Two lines: what the role is, then how strongly it fits. */
  if (!cr_answers_is_empty (answers))
    g_assert_nonnull (strchr (cr_result_get_summary (result), '\n'));
}

/* A close call names the runner-up, and the two are within the margin. */
static const CrTestProfile *
find_profile (const char *path)
{
  for (guint i = 0; i < G_N_ELEMENTS (cr_test_profiles); i++)
    if (g_str_equal (cr_test_profiles[i].path, path))
      return &cr_test_profiles[i];

  g_assert_not_reached ();
}

static void
test_close_call_names_both (void)
{
  g_autoptr(CrAnswers) answers =
    cr_test_answers_new (find_profile ("influencer-with-a-retainer")->answers);
  g_autoptr(CrResult) result = cr_score (answers);
  CrRole role = cr_result_get_role (result);
  CrRole runner_up = cr_result_get_runner_up (result);

  g_assert_true (cr_result_is_close_call (result));
  g_assert_cmpint (role, ==, CR_ROLE_INFLUENCER);
  g_assert_cmpint (runner_up, ==, CR_ROLE_CONTRACTED_AMBASSADOR);
  g_assert_cmpuint (cr_result_get_score (result, role) - cr_result_get_score (result, runner_up),
                    <=, CR_CLOSE_CALL_MARGIN);
  g_assert_nonnull (strstr (cr_result_get_summary (result), "Influencer"));
  g_assert_nonnull (strstr (cr_result_get_summary (result), "Contracted ambassador"));
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

  g_assert_cmpuint (cr_result_get_points (all_result, CR_ROLE_INFLUENCER), ==, 1);
  g_assert_cmpuint (cr_result_get_points (all_result, CR_ROLE_AMBASSADOR), ==, 1);
  g_assert_cmpuint (cr_result_get_points (all_result, CR_ROLE_CONTRACTED_AMBASSADOR), ==, 0);

  /* An empty set is an answer, and it points nowhere. */
  g_assert_true (cr_answers_is_answered (none, 9));
  g_assert_cmpuint (cr_result_get_n_explanations (none_result), ==, 1);
  g_assert_cmpuint (cr_result_get_points (none_result, CR_ROLE_INFLUENCER), ==, 0);
  g_assert_cmpint (cr_result_get_role (none_result), ==, CR_ROLE_NONE);
}

/* Unanswered questions are listed, in order, and the summary says so. */
static void
test_incomplete (void)
{
  g_autoptr(CrAnswers) answers = cr_test_answers_new ("compensation=retainer audience=over-1m");
  g_autoptr(CrResult) result = cr_score (answers);
  const guint *unanswered;
  guint n;

  unanswered = cr_result_get_unanswered (result, &n);
  g_assert_false (cr_result_is_complete (result));
  g_assert_cmpuint (n, ==, 8);
  g_assert_cmpuint (unanswered[0], ==, 1);
  g_assert_cmpuint (unanswered[1], ==, 2);
  g_assert_cmpuint (unanswered[2], ==, 3);
  g_assert_cmpuint (unanswered[3], ==, 5);
  g_assert_nonnull (strstr (cr_result_get_summary (result), "8 questions are still unanswered"));
}

/* Each proposed change really moves the verdict where it says, and there is
 * one at most per role. */
static void
test_would_change (void)
{
  for (guint p = 0; p < G_N_ELEMENTS (cr_test_profiles); p++)
    {
      g_autoptr(CrAnswers) answers = cr_test_answers_new (cr_test_profiles[p].answers);
      g_autoptr(CrResult) result = cr_score (answers);
      gboolean seen[CR_N_ROLES + 1] = { FALSE };

      for (guint i = 0; i < cr_result_get_n_changes (result); i++)
        {
          const CrChange *change = cr_result_get_change (result, i);
          g_autoptr(CrAnswers) changed = cr_answers_copy (answers);
          g_autoptr(CrResult) after = NULL;

          g_assert_cmpint (change->role, !=, cr_result_get_role (result));
          g_assert_false (seen[change->role]);
          seen[change->role] = TRUE;

          cr_answers_set_selection (changed, change->question, change->selection);
          after = cr_score (changed);
          g_assert_cmpint (cr_result_get_role (after), ==, change->role);
          if (change->role != CR_ROLE_NONE)
            g_assert_cmpuint (cr_result_get_score (after, change->role), ==, change->score);
          g_assert_nonnull (strstr (change->text, "“"));
        }
    }
}

/* The loyal fan could become a contracted ambassador by signing: the what-if
 * the result page promises. */
static void
test_would_change_contract (void)
{
  g_autoptr(CrAnswers) answers = cr_test_answers_new (find_profile ("loyal-fan")->answers);
  g_autoptr(CrResult) result = cr_score (answers);
  gboolean influencer = FALSE, none = FALSE;

  for (guint i = 0; i < cr_result_get_n_changes (result); i++)
    {
      const CrChange *change = cr_result_get_change (result, i);

      influencer |= change->role == CR_ROLE_INFLUENCER;
      none |= change->role == CR_ROLE_NONE;
    }

  /* One change cannot turn a loyal, unpaid fan into an influencer, but
   * dropping the brand leaves no tie at all. */
  g_assert_false (influencer);
  g_assert_true (none);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cr_test_profiles); i++)
    {
      g_autofree char *path = g_strdup_printf ("/model/scoring/%s", cr_test_profiles[i].path);

      g_test_add_data_func (path, &cr_test_profiles[i], test_profile);
    }

  g_test_add_func ("/model/scoring/close-call-names-both", test_close_call_names_both);
  g_test_add_func ("/model/scoring/every-option-explained", test_every_option_explained);
  g_test_add_func ("/model/scoring/multiple-takes-strongest", test_multiple_takes_strongest);
  g_test_add_func ("/model/scoring/incomplete", test_incomplete);
  g_test_add_func ("/model/scoring/would-change", test_would_change);
  g_test_add_func ("/model/scoring/would-change-contract", test_would_change_contract);

  return g_test_run ();
}
