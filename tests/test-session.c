/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-session.c: the window's answers, draft, export and open, without a
 * display */
#include "config.h"

#include <glib/gstdio.h>

#include "cr-document.h"
#include "cr-session.h"
#include "cr-test-profiles.h"

typedef struct
{
  char *state_dir;
  char *folder;
  char *draft;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(GError) error = NULL;

  fixture->state_dir = g_dir_make_tmp ("creator-role-session-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->folder = g_build_filename (fixture->state_dir, "creator-role", NULL);
  fixture->draft = g_build_filename (fixture->folder, "draft.json", NULL);
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_assert_no_errno (g_rmdir (path));
    }
  else
    g_assert_no_errno (g_unlink (path));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data G_GNUC_UNUSED)
{
  remove_tree (fixture->state_dir);
  g_free (fixture->state_dir);
  g_free (fixture->folder);
  g_free (fixture->draft);
}

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
  g_autoptr(CrSession) session = cr_session_new (fixture->state_dir);
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

  /* Offered to the next session, not applied. */
  again = cr_session_new (fixture->state_dir);
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
  g_autoptr(CrSession) session = cr_session_new (fixture->state_dir);
  g_autoptr(CrSession) again = NULL;
  CrAnswers *answers = cr_session_get_answers (session);

  cr_answers_set_name (answers, "Maya Ortiz");
  wait_for_file (fixture->draft, TRUE);

  again = cr_session_new (fixture->state_dir);
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
test_export_open (Fixture       *fixture,
                  gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(CrAnswers) answers = cr_test_answers_new (cr_test_profiles[2].answers);
  g_autoptr(CrSession) session = cr_session_new (fixture->state_dir);
  g_autoptr(CrSession) other = cr_session_new (fixture->state_dir);
  g_autofree char *path = g_build_filename (fixture->state_dir, "result.json", NULL);
  g_autofree char *bad_path = g_build_filename (fixture->state_dir, "bad.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(CrAnswers) before = NULL;
  g_autoptr(GError) error = NULL;

  cr_answers_assign (cr_session_get_answers (session), answers);
  g_assert_true (cr_session_export (session, file, &error));
  g_assert_no_error (error);

  g_assert_true (cr_session_open (other, file, &error));
  g_assert_no_error (error);
  g_assert_true (cr_answers_equal (cr_session_get_answers (other), answers));

  /* A refused file leaves the answers as they were. */
  g_assert_true (g_file_set_contents (bad_path, "{\"format\": \"something-else\"}", -1, NULL));
  cr_answers_set_choice (cr_session_get_answers (other), 0, 1);
  before = cr_answers_copy (cr_session_get_answers (other));
  g_assert_false (cr_session_open (other, bad, &error));
  g_assert_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_NOT_OURS);
  g_assert_true (cr_answers_equal (cr_session_get_answers (other), before));

  cr_session_discard_draft (session);
  cr_session_discard_draft (other);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/session/draft/round-trip", Fixture, NULL, fixture_set_up,
              test_draft_round_trip, fixture_tear_down);
  g_test_add ("/session/draft/name", Fixture, NULL, fixture_set_up,
              test_draft_name, fixture_tear_down);
  g_test_add ("/session/draft/written-on-close", Fixture, NULL, fixture_set_up,
              test_draft_written_on_close, fixture_tear_down);
  g_test_add ("/session/draft/corrupt", Fixture, NULL, fixture_set_up,
              test_draft_corrupt, fixture_tear_down);
  g_test_add ("/session/draft/not-a-file", Fixture, NULL, fixture_set_up,
              test_draft_not_a_file, fixture_tear_down);
  g_test_add ("/session/export-open", Fixture, NULL, fixture_set_up,
              test_export_open, fixture_tear_down);

  return g_test_run ();
}
