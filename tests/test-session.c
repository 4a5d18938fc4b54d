/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-session.c: the window's answers, draft, export and open, without a
 * display */
#include "config.h"

#include <glib/gstdio.h>

#include "cr-document.h"
#include "cr-recovery.h"
#include "cr-session.h"
#include "cr-test-profiles.h"
#include "cr-test-utils.h"

typedef CrTestStateFixture Fixture;

/* Runs the main loop until the debounced draft has been written. */
static void
wait_for_file (const char *path,
               gboolean    exists)
{
  while (g_file_test (path, G_FILE_TEST_EXISTS) != exists)
    g_main_context_iteration (NULL, TRUE);
}

static void
test_draft_round_trip (Fixture       *fixture,
                       gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(CrAnswers) answers = cr_test_answers_new ("compensation=gifts brands=few "
                                                       "platforms=instagram,blog");
  /* The windows of one process share one draft, as the application's
   * do (cr_application_get_draft()). */
  g_autoptr(CrDraft) draft = cr_draft_new (fixture->state_dir);
  g_autoptr(CrSession) session = cr_session_new_for_draft (draft);
  g_autoptr(CrSession) again = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (fixture->draft);
  g_autoptr(CrAnswers) on_disk = NULL;

  g_assert_null (cr_session_get_draft (session));
  g_assert_null (cr_session_get_corrupt_draft (session));
  g_assert_false (g_file_test (fixture->draft, G_FILE_TEST_EXISTS));

  cr_answers_assign (cr_session_get_answers (session), answers);
  wait_for_file (fixture->draft, TRUE);
  on_disk = cr_document_load (file, NULL, NULL);
  g_assert_nonnull (on_disk);
  g_assert_true (cr_answers_equal (on_disk, answers));

  /* Another draft on the same folder finds it in use, as another process
   * would, and offers nothing. */
  {
    g_autoptr(CrDraft) other = cr_draft_new (fixture->state_dir);
    g_autoptr(CrAnswers) loaded = cr_draft_load (other);

    g_assert_true (cr_draft_get_in_use (other));
  }

  /* Offered to the next session, not applied. */
  again = cr_session_new_for_draft (draft);
  g_assert_nonnull (cr_session_get_draft (again));
  g_assert_true (cr_answers_equal (cr_session_get_draft (again), answers));
  g_assert_true (cr_answers_is_empty (cr_session_get_answers (again)));
  cr_session_resume_draft (again);
  g_assert_null (cr_session_get_draft (again));
  g_assert_true (cr_answers_equal (cr_session_get_answers (again), answers));

  /* Starting over forgets it at once. */
  cr_session_discard_draft (again);
  g_assert_true (cr_answers_is_empty (cr_session_get_answers (again)));
  g_assert_false (g_file_test (fixture->draft, G_FILE_TEST_EXISTS));
}

/* Whose result it is is kept for next time like an answer. */
static void
test_draft_name (Fixture       *fixture,
                 gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(CrDraft) draft = cr_draft_new (fixture->state_dir);
  g_autoptr(CrSession) session = cr_session_new_for_draft (draft);
  g_autoptr(CrSession) again = NULL;
  CrAnswers *answers = cr_session_get_answers (session);

  cr_answers_set_name (answers, "Maya Ortiz");
  wait_for_file (fixture->draft, TRUE);

  again = cr_session_new_for_draft (draft);
  g_assert_nonnull (cr_session_get_draft (again));
  g_assert_cmpstr (cr_answers_get_name (cr_session_get_draft (again)), ==, "Maya Ortiz");
  cr_session_resume_draft (again);
  g_assert_cmpstr (cr_answers_get_name (cr_session_get_answers (again)), ==, "Maya Ortiz");

  /* Taking the name back leaves nothing to keep. */
  cr_answers_set_name (answers, NULL);
  wait_for_file (fixture->draft, FALSE);
}

static void
test_draft_written_on_close (Fixture       *fixture,
                             gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(CrAnswers) answers = cr_test_answers_new ("agreement=long-term");
  CrSession *session = cr_session_new (fixture->state_dir);

  cr_answers_assign (cr_session_get_answers (session), answers);
  /* Before the delay is over. */
  g_assert_false (g_file_test (fixture->draft, G_FILE_TEST_EXISTS));
  g_assert_finalize_object (session);
  g_assert_true (g_file_test (fixture->draft, G_FILE_TEST_EXISTS));
}

static void
test_draft_corrupt (Fixture       *fixture,
                    gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(CrSession) session = NULL;
  g_autofree char *contents = NULL;
  const char *aside;

  g_assert_no_errno (g_mkdir_with_parents (fixture->folder, 0700));
  g_assert_true (g_file_set_contents (fixture->draft, "[1, 2", -1, NULL));

  session = cr_session_new (fixture->state_dir);
  g_assert_null (cr_session_get_draft (session));
  aside = cr_session_get_corrupt_draft (session);
  g_assert_nonnull (aside);
  g_assert_true (g_str_has_prefix (aside, fixture->draft));
  g_assert_true (g_str_has_prefix (aside + strlen (fixture->draft), ".corrupt-"));
  g_assert_false (g_file_test (fixture->draft, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (aside, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "[1, 2");
}

static void
test_draft_not_a_file (Fixture       *fixture,
                       gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(CrSession) session = NULL;
  g_autoptr(GError) error = NULL;

  /* A folder in the draft's place is no corrupt draft: it stays, and
   * writing says why it cannot. */
  g_assert_no_errno (g_mkdir_with_parents (fixture->draft, 0700));
  session = cr_session_new (fixture->state_dir);
  g_assert_null (cr_session_get_corrupt_draft (session));
  g_assert_true (g_file_test (fixture->draft, G_FILE_TEST_IS_DIR));

  cr_answers_set_choice (cr_session_get_answers (session), 0, 0);
  g_assert_false (cr_session_save_draft_now (session, &error));
  g_assert_nonnull (error);
}

static void
count_cb (guint *count)
{
  (*count)++;
}

/* A document opened has a session of its own, which keeps no draft: the
 * wizard's draft is never overwritten by it. */
static void
test_export_open (Fixture       *fixture,
                  gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(CrAnswers) answers = cr_test_answers_new (cr_test_profiles[2].answers);
  g_autoptr(CrSession) session = cr_session_new (fixture->state_dir);
  g_autoptr(CrSession) document = NULL;
  g_autoptr(CrSession) bad_document = NULL;
  g_autofree char *path = g_build_filename (fixture->state_dir, "result.json", NULL);
  g_autofree char *bad_path = g_build_filename (fixture->state_dir, "bad.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *draft_before = NULL;
  g_autofree char *draft_after = NULL;
  guint modified = 0;

  cr_answers_assign (cr_session_get_answers (session), answers);
  g_assert_true (cr_session_export (session, file, &error));
  g_assert_no_error (error);
  /* The wizard stays the wizard: its answers go on into the draft. */
  g_assert_null (cr_session_get_file (session));
  g_assert_true (cr_session_save_draft_now (session, &error));
  g_assert_true (g_file_get_contents (fixture->draft, &draft_before, NULL, NULL));

  document = cr_session_new_for_file (file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_true (cr_answers_equal (cr_session_get_answers (document), answers));
  g_assert_false (cr_session_get_keeps_draft (document));
  g_assert_null (cr_session_get_draft_storage (document));
  g_assert_true (g_file_equal (cr_session_get_file (document), file));
  g_assert_false (cr_session_get_modified (document));

  /* Changing it marks it modified, saving it clears the mark; the draft
   * of the wizard's answers is untouched all along. */
  g_signal_connect_swapped (document, "notify::modified", G_CALLBACK (count_cb), &modified);
  cr_answers_set_choice (cr_session_get_answers (document), 0, 0);
  g_assert_true (cr_session_get_modified (document));
  cr_answers_set_choice (cr_session_get_answers (document), 0, 0);
  g_assert_cmpuint (modified, ==, 1);
  g_assert_true (cr_session_save_draft_now (document, &error));
  g_assert_true (cr_session_export (document, file, &error));
  g_assert_false (cr_session_get_modified (document));
  g_assert_cmpuint (modified, ==, 2);
  g_assert_true (g_file_get_contents (fixture->draft, &draft_after, NULL, NULL));
  g_assert_cmpstr (draft_after, ==, draft_before);

  /* A refused file makes no session, with the reason. */
  g_assert_true (g_file_set_contents (bad_path, "{\"format\": \"something-else\"}", -1, NULL));
  bad_document = cr_session_new_for_file (bad, &error);
  g_assert_null (bad_document);
  g_assert_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_NOT_OURS);

  cr_session_discard_draft (session);
}

/* The result is scored once per change, shared, and always that of the
 * answers as they are. */
static void
test_result (Fixture       *fixture,
             gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(CrSession) session = cr_session_new (fixture->state_dir);
  CrAnswers *answers = cr_session_get_answers (session);
  g_autoptr(CrAnswers) profile = cr_test_answers_new (cr_test_profiles[1].answers);
  guint notified = 0;

  g_assert_nonnull (cr_session_get_result (session));
  g_signal_connect_swapped (session, "notify::result", G_CALLBACK (count_cb), &notified);

  cr_answers_assign (answers, profile);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpstr (cr_role_to_id (cr_result_get_role (cr_session_get_result (session))), ==,
                   cr_test_profiles[1].role);

  cr_answers_set_choice (answers, 0, 2);
  g_assert_cmpuint (notified, ==, 2);
  {
    g_autoptr(CrResult) fresh = cr_score (answers);

    g_assert_cmpstr (cr_result_get_summary (cr_session_get_result (session)), ==,
                     cr_result_get_summary (fresh));
  }

  /* A name changes no score. */
  cr_answers_set_name (answers, "Ana");
  g_assert_cmpuint (notified, ==, 2);

  cr_session_discard_draft (session);
  g_assert_cmpuint (notified, ==, 3);
  g_assert_cmpuint (cr_result_get_n_explanations (cr_session_get_result (session)), ==, 0);
}

/* A what-if is tried apart from the answers, then kept or dropped. */
static void
test_trial (Fixture       *fixture,
            gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(CrSession) session = cr_session_new (fixture->state_dir);
  CrAnswers *answers = cr_session_get_answers (session);
  /* Gifts from a few brands: a step from more than one role. */
  g_autoptr(CrAnswers) profile = cr_test_answers_new ("compensation=gifts agreement=none "
                                                       "brands=few customer=yes-loyal");
  g_autoptr(CrAnswers) before = NULL;
  CrRole verdict;
  CrRole tried;

  cr_answers_assign (answers, profile);
  verdict = cr_result_get_role (cr_session_get_result (session));
  g_assert_cmpuint (cr_result_get_n_changes (cr_session_get_result (session)), >, 0);
  g_assert_false (cr_session_try_change (session, 99));
  g_assert_null (cr_session_get_trial (session));

  before = cr_answers_copy (answers);
  g_assert_true (cr_session_try_change (session, 0));
  g_assert_nonnull (cr_session_get_trial (session));
  g_assert_nonnull (cr_session_get_trial_text (session));
  tried = cr_result_get_role (cr_session_get_trial_result (session));
  g_assert_cmpint (tried, !=, verdict);
  /* The answers, and so the verdict, are untouched while trying. */
  g_assert_true (cr_answers_equal (answers, before));
  g_assert_cmpint (cr_result_get_role (cr_session_get_result (session)), ==, verdict);

  cr_session_end_trial (session);
  g_assert_null (cr_session_get_trial (session));
  g_assert_null (cr_session_get_trial_result (session));
  g_assert_true (cr_answers_equal (answers, before));

  g_assert_true (cr_session_try_change (session, 0));
  cr_session_keep_trial (session);
  g_assert_null (cr_session_get_trial (session));
  g_assert_cmpint (cr_result_get_role (cr_session_get_result (session)), ==, tried);
  g_assert_false (cr_answers_equal (answers, before));

  /* Changing an answer ends a trial made of the old ones. */
  g_assert_true (cr_session_try_change (session, 0));
  cr_answers_assign (answers, before);
  g_assert_null (cr_session_get_trial (session));

  /* A session that cannot be edited can try, never keep. */
  cr_session_set_editable (session, FALSE);
  g_assert_true (cr_session_try_change (session, 0));
  cr_session_keep_trial (session);
  g_assert_nonnull (cr_session_get_trial (session));
  g_assert_true (cr_answers_equal (answers, before));

  cr_session_discard_draft (session);
}

/* A roster's row is shown and edited in place, never drafted. */
static void
test_for_answers (Fixture       *fixture,
                  gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(CrAnswers) row = cr_test_answers_new (cr_test_profiles[2].answers);
  g_autoptr(CrSession) session = cr_session_new_for_answers (row, NULL);
  g_autoptr(CrResult) fresh = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (cr_session_get_answers (session) == row);
  g_assert_false (cr_session_get_keeps_draft (session));
  cr_answers_set_choice (row, 0, 0);
  fresh = cr_score (row);
  g_assert_cmpint (cr_result_get_role (cr_session_get_result (session)), ==,
                   cr_result_get_role (fresh));
  g_assert_cmpstr (cr_result_get_summary (cr_session_get_result (session)), ==,
                   cr_result_get_summary (fresh));
  g_assert_false (cr_session_get_modified (session));
  g_assert_true (cr_session_save_draft_now (session, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (fixture->draft, G_FILE_TEST_EXISTS));
}

/* Counts the notifications of a creator's property. */
static void
count_notify_cb (GObject    *object G_GNUC_UNUSED,
                 GParamSpec *pspec G_GNUC_UNUSED,
                 guint      *count)
{
  ++*count;
}

/* A roster's creator opened: its session's answers are the creator's,
 * both ways, and its row's summary follows what the session changes. */
static void
test_for_creator (Fixture       *fixture,
                  gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(CrAnswers) fan = cr_test_answers_new (cr_test_profiles[1].answers);
  g_autoptr(CrAnswers) star = cr_test_answers_new (cr_test_profiles[2].answers);
  g_autoptr(CrAnswers) full_time = cr_test_answers_new (cr_test_profiles[0].answers);
  g_autoptr(CrCreator) creator = NULL;
  g_autoptr(CrSession) session = NULL;
  g_autoptr(CrSession) other = NULL;
  g_autoptr(CrAnswers) copy = NULL;
  g_autoptr(GError) error = NULL;
  CrAnswers *answers;
  guint role_notified = 0;
  guint name_notified = 0;
  guint answered_notified = 0;
  guint n_answered;
  CrRole tried;

  cr_answers_set_name (fan, "ada");
  creator = cr_creator_new (fan, NULL, 3);
  g_assert_cmpint (cr_creator_get_role (creator), ==, CR_ROLE_AMBASSADOR);
  session = cr_session_new_for_creator (creator);

  /* The creator's answers, shown before they are changed, never drafted. */
  answers = cr_session_get_answers (session);
  g_assert_true (cr_session_get_creator (session) == creator);
  g_assert_true (cr_answers_equal (answers, fan));
  g_assert_cmpint (cr_result_get_role (cr_session_get_result (session)), ==, CR_ROLE_AMBASSADOR);
  g_assert_false (cr_session_get_editable (session));
  g_assert_false (cr_session_get_keeps_draft (session));
  g_assert_null (cr_session_get_file (session));
  g_assert_false (cr_session_get_modified (session));

  g_signal_connect (creator, "notify::role", G_CALLBACK (count_notify_cb), &role_notified);
  g_signal_connect (creator, "notify::name", G_CALLBACK (count_notify_cb), &name_notified);
  g_signal_connect (creator, "notify::n-answered", G_CALLBACK (count_notify_cb),
                    &answered_notified);

  /* The session changes an answer: the creator's row summary follows,
   * each property that changed notified once. */
  n_answered = cr_creator_get_n_answered (creator);
  cr_answers_unset (answers, 0);
  g_assert_cmpuint (cr_creator_get_n_answered (creator), ==, n_answered - 1);
  g_assert_cmpuint (answered_notified, ==, 1);
  copy = cr_creator_dup_answers (creator);
  g_assert_true (cr_answers_equal (copy, answers));
  g_clear_object (&copy);

  /* All of them at once, and the name: the verdict too. */
  cr_answers_set_name (star, "Ada Star");
  cr_answers_assign (answers, star);
  g_assert_cmpint (cr_creator_get_role (creator), ==, CR_ROLE_CONTRACTED_AMBASSADOR);
  g_assert_cmpint (cr_result_get_role (cr_session_get_result (session)), ==,
                   CR_ROLE_CONTRACTED_AMBASSADOR);
  g_assert_cmpstr (cr_creator_get_name (creator), ==, "Ada Star");
  g_assert_cmpuint (role_notified, ==, 1);
  g_assert_cmpuint (name_notified, ==, 1);
  for (CrRole r = 0; r < CR_N_ROLES; r++)
    g_assert_cmpuint (cr_creator_get_score (creator, r), ==,
                      cr_result_get_score (cr_session_get_result (session), r));

  /* A what-if kept, once the session can be edited, is the creator's
   * too. */
  cr_session_set_editable (session, TRUE);
  g_assert_true (cr_session_try_change (session, 0));
  tried = cr_result_get_role (cr_session_get_trial_result (session));
  g_assert_cmpint (tried, !=, CR_ROLE_CONTRACTED_AMBASSADOR);
  g_assert_cmpint (cr_creator_get_role (creator), ==, CR_ROLE_CONTRACTED_AMBASSADOR);
  cr_session_keep_trial (session);
  g_assert_cmpint (cr_creator_get_role (creator), ==, tried);
  copy = cr_creator_dup_answers (creator);
  g_assert_true (cr_answers_equal (copy, answers));
  g_clear_object (&copy);

  /* The other way: the creator changed, the session's answers and result
   * follow, in every session on it. */
  other = cr_session_new_for_creator (creator);
  g_assert_true (cr_session_get_answers (other) == answers);
  cr_answers_set_name (full_time, "Zoe");
  cr_creator_set_answers (creator, full_time);
  g_assert_true (cr_answers_equal (answers, full_time));
  g_assert_cmpstr (cr_answers_get_name (answers), ==, "Zoe");
  g_assert_cmpint (cr_result_get_role (cr_session_get_result (session)), ==, CR_ROLE_INFLUENCER);
  g_assert_cmpint (cr_result_get_role (cr_session_get_result (other)), ==, CR_ROLE_INFLUENCER);
  g_assert_cmpint (cr_creator_get_role (creator), ==, CR_ROLE_INFLUENCER);

  /* Nothing of it in the draft. */
  g_assert_true (cr_session_save_draft_now (session, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (fixture->draft, G_FILE_TEST_EXISTS));

  /* Closed, the creator keeps the answers as they were last, and a new
   * session starts from them. */
  g_clear_object (&session);
  g_clear_object (&other);
  cr_creator_set_answers (creator, fan);
  g_assert_cmpint (cr_creator_get_role (creator), ==, CR_ROLE_AMBASSADOR);
  session = cr_session_new_for_creator (creator);
  g_assert_true (cr_answers_equal (cr_session_get_answers (session), fan));
  g_assert_false (cr_session_get_editable (session));

  /* Answers that outlive their creator (its roster replaced) tell it
   * nothing more. */
  answers = g_object_ref (cr_session_get_answers (session));
  g_clear_object (&session);
  g_clear_object (&creator);
  cr_answers_set_choice (answers, 0, 0);
  g_assert_true (cr_answers_is_answered (answers, 0));
  g_object_unref (answers);
}

/* Whether the file at @path holds @expected, byte for byte. */
static gboolean
holds (const char *path,
       const char *expected)
{
  g_autofree char *contents = NULL;

  return g_file_get_contents (path, &contents, NULL, NULL) && g_strcmp0 (contents, expected) == 0;
}

static char *
contents_of (const char *path)
{
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));

  return g_steal_pointer (&contents);
}

/* A changed document's recovery file: written beside it, the document
 * left byte for byte; offered at the next opening, restored as changes not
 * saved; removed once the document is saved. One that holds the document's
 * own answers is removed at opening, one that cannot be read is left. */
static void
test_recovery (Fixture       *fixture,
               gconstpointer  data G_GNUC_UNUSED)
{
  g_autofree char *path = g_build_filename (fixture->state_dir, "result.json", NULL);
  g_autofree char *recovery_path = g_build_filename (fixture->state_dir, ".result.json.recovery",
                                                     NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) recovery = cr_recovery_file_for (file);
  g_autoptr(CrAnswers) saved = cr_test_answers_new (cr_test_profiles[0].answers);
  g_autoptr(CrAnswers) changed = NULL;
  g_autoptr(CrSession) writer = cr_session_new_for_answers (saved, NULL);
  g_autoptr(CrSession) session = NULL;
  g_autoptr(CrSession) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *bytes = NULL;
  g_autofree char *recovery_bytes = NULL;

  g_assert_cmpstr (g_file_peek_path (recovery), ==, recovery_path);
  g_assert_true (cr_session_export (writer, file, &error));
  g_assert_no_error (error);
  bytes = contents_of (path);

  /* Unchanged: nothing to keep. */
  session = cr_session_new_for_file (file, &error);
  g_assert_no_error (error);
  g_assert_null (cr_session_get_recovery (session));
  g_assert_true (cr_session_write_recovery (session, &error));
  g_assert_false (g_file_test (recovery_path, G_FILE_TEST_EXISTS));

  cr_answers_unset (cr_session_get_answers (session), 0);
  changed = cr_answers_copy (cr_session_get_answers (session));
  g_assert_true (cr_session_get_modified (session));
  g_assert_true (cr_session_write_recovery (session, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (recovery_path, G_FILE_TEST_IS_REGULAR));
  recovery_bytes = contents_of (recovery_path);
  {
    g_autoptr(CrAnswers) on_disk = cr_document_load (recovery, NULL, &error);

    g_assert_no_error (error);
    g_assert_true (cr_answers_equal (on_disk, changed));
  }
  g_assert_true (holds (path, bytes));
  g_clear_object (&session);

  /* Offered, not applied. */
  again = cr_session_new_for_file (file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (cr_session_get_recovery (again));
  g_assert_nonnull (cr_session_get_recovery_time (again));
  g_assert_true (cr_answers_equal (cr_session_get_recovery (again), changed));
  g_assert_true (cr_answers_equal (cr_session_get_answers (again), saved));
  g_assert_false (cr_session_get_modified (again));

  cr_session_restore_recovery (again);
  g_assert_null (cr_session_get_recovery (again));
  g_assert_true (cr_answers_equal (cr_session_get_answers (again), changed));
  g_assert_true (cr_session_get_modified (again));
  g_assert_true (g_file_test (recovery_path, G_FILE_TEST_EXISTS));
  g_assert_true (holds (path, bytes));

  g_assert_true (cr_session_export (again, file, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (recovery_path, G_FILE_TEST_EXISTS));
  g_clear_object (&again);

  /* The document's own answers: nothing to offer, and the file goes. */
  g_assert_true (g_file_set_contents (recovery_path, recovery_bytes, -1, NULL));
  again = cr_session_new_for_file (file, &error);
  g_assert_no_error (error);
  g_assert_null (cr_session_get_recovery (again));
  g_assert_false (g_file_test (recovery_path, G_FILE_TEST_EXISTS));
  g_clear_object (&again);

  /* Unreadable: not offered, left as it is. */
  g_assert_true (g_file_set_contents (recovery_path, "{", -1, NULL));
  again = cr_session_new_for_file (file, &error);
  g_assert_no_error (error);
  g_assert_null (cr_session_get_recovery (again));
  g_assert_true (holds (recovery_path, "{"));
  g_clear_object (&again);

  /* Discarded: gone. (The document holds the changed answers now; the
   * recovery file, those it first had.) */
  g_assert_true (g_file_set_contents (recovery_path, bytes, -1, NULL));
  again = cr_session_new_for_file (file, &error);
  g_assert_nonnull (cr_session_get_recovery (again));
  g_assert_true (cr_session_discard_recovery (again, &error));
  g_assert_no_error (error);
  g_assert_null (cr_session_get_recovery (again));
  g_assert_false (g_file_test (recovery_path, G_FILE_TEST_EXISTS));
  g_assert_true (cr_answers_equal (cr_session_get_answers (again), changed));
}

/* Flushing the draft writes a change waiting to be written, and leaves a
 * draft offered and not resumed as it is. */
static void
test_draft_flush (Fixture       *fixture,
                  gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(CrSession) session = cr_session_new (fixture->state_dir);
  g_autoptr(CrSession) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *bytes = NULL;

  cr_answers_set_choice (cr_session_get_answers (session), 0, 1);
  g_assert_false (g_file_test (fixture->draft, G_FILE_TEST_EXISTS));
  g_assert_true (cr_session_flush_draft (session, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (fixture->draft, G_FILE_TEST_IS_REGULAR));
  g_clear_object (&session);
  bytes = contents_of (fixture->draft);

  again = cr_session_new (fixture->state_dir);
  g_assert_nonnull (cr_session_get_draft (again));
  g_assert_true (cr_session_flush_draft (again, &error));
  g_assert_no_error (error);
  g_assert_true (holds (fixture->draft, bytes));
  g_assert_nonnull (cr_session_get_draft (again));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/session/draft/round-trip", Fixture, NULL, cr_test_state_fixture_set_up,
              test_draft_round_trip, cr_test_state_fixture_tear_down);
  g_test_add ("/session/draft/name", Fixture, NULL, cr_test_state_fixture_set_up,
              test_draft_name, cr_test_state_fixture_tear_down);
  g_test_add ("/session/draft/written-on-close", Fixture, NULL, cr_test_state_fixture_set_up,
              test_draft_written_on_close, cr_test_state_fixture_tear_down);
  g_test_add ("/session/draft/corrupt", Fixture, NULL, cr_test_state_fixture_set_up,
              test_draft_corrupt, cr_test_state_fixture_tear_down);
  g_test_add ("/session/draft/not-a-file", Fixture, NULL, cr_test_state_fixture_set_up,
              test_draft_not_a_file, cr_test_state_fixture_tear_down);
  g_test_add ("/session/result", Fixture, NULL, cr_test_state_fixture_set_up,
              test_result, cr_test_state_fixture_tear_down);
  g_test_add ("/session/trial", Fixture, NULL, cr_test_state_fixture_set_up,
              test_trial, cr_test_state_fixture_tear_down);
  g_test_add ("/session/for-answers", Fixture, NULL, cr_test_state_fixture_set_up,
              test_for_answers, cr_test_state_fixture_tear_down);
  g_test_add ("/session/for-creator", Fixture, NULL, cr_test_state_fixture_set_up,
              test_for_creator, cr_test_state_fixture_tear_down);
  g_test_add ("/session/export-open", Fixture, NULL, cr_test_state_fixture_set_up,
              test_export_open, cr_test_state_fixture_tear_down);
  g_test_add ("/session/recovery", Fixture, NULL, cr_test_state_fixture_set_up,
              test_recovery, cr_test_state_fixture_tear_down);
  g_test_add ("/session/draft/flush", Fixture, NULL, cr_test_state_fixture_set_up,
              test_draft_flush, cr_test_state_fixture_tear_down);

  return g_test_run ();
}
