/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-draft-faults.c: the draft when its file or the disk misbehaves
 *
 * A draft that cannot be read is set aside, renamed and byte for byte as it
 * was, and the session starts clean, saying where it went. A draft that
 * cannot be written is reported once, never stops the answers from
 * changing, and leaves the draft that was on disk as it was.
 *
 * The full disk is an RLIMIT_FSIZE limit: past it write() fails with EFBIG
 * (SIGXFSZ is ignored), which needs no mount and works for root too.
 */
#include "config.h"

#include <errno.h>
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>

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

  fixture->state_dir = g_dir_make_tmp ("cr-draft-faults-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->folder = g_build_filename (fixture->state_dir, "creator-role", NULL);
  fixture->draft = g_build_filename (fixture->folder, "draft.json", NULL);
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
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

/* Names in the draft's folder, sorted. */
static GPtrArray *
list_folder (Fixture *fixture)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (fixture->folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));

  return names;
}

static void
write_draft (Fixture    *fixture,
             const char *contents,
             gsize       length)
{
  g_autoptr(GError) error = NULL;

  g_assert_no_errno (g_mkdir_with_parents (fixture->folder, 0700));
  g_file_set_contents (fixture->draft, contents, (gssize) length, &error);
  g_assert_no_error (error);
}

typedef struct
{
  const char *name;
  const char *contents;
  gssize      length;  /* -1: strlen */
} Corrupt;

static const Corrupt corrupt_drafts[] = {
  { "truncated", "{\"format\": \"creator-role/result\", \"version\": 1, \"answers\": {\"bra", -1 },
  { "empty", "", 0 },
  { "blank", "\n  \n", -1 },
  { "newer", "{\"format\": \"creator-role/result\", \"version\": 2, \"answers\": {}}", -1 },
  { "not-ours", "{\"format\": \"shopping-list\", \"items\": [\"milk\"]}", -1 },
  { "not-json", "compensation = none\n", -1 },
  { "nul-bytes", "{\"answers\": {}}\0\0\0\0", 19 },
  { "invalid-utf8", "{\"answers\": {\"brands\": \"\xff\xfe\"}}", -1 },
  { "unknown-option", "{\"answers\": {\"brands\": \"thousands\"}}", -1 },
  { "deep", NULL, -1 },
  { "too-large", NULL, -1 },
};

static char *
make_contents (const Corrupt *corrupt,
               gsize         *length)
{
  if (g_str_equal (corrupt->name, "deep"))
    {
      GString *s = g_string_new (NULL);

      for (guint i = 0; i < 100000; i++)
        g_string_append_c (s, '[');
      *length = s->len;
      return g_string_free (s, FALSE);
    }

  if (g_str_equal (corrupt->name, "too-large"))
    {
      *length = CR_DOCUMENT_MAX_SIZE + 1;
      return g_strnfill (*length, ' ');
    }

  *length = corrupt->length >= 0 ? (gsize) corrupt->length : strlen (corrupt->contents);
  return g_memdup2 (corrupt->contents, MAX (*length, 1));
}

static void
test_corrupt (Fixture       *fixture,
              gconstpointer  data)
{
  const Corrupt *corrupt = data;
  g_autoptr(CrSession) session = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *aside_contents = NULL;
  g_autofree char *aside_name = NULL;
  gsize length, aside_length;
  const char *aside;

  contents = make_contents (corrupt, &length);
  write_draft (fixture, contents, length);

  session = cr_session_new (fixture->state_dir);

  /* Starts clean, saying where the draft went. */
  g_assert_null (cr_session_get_draft (session));
  g_assert_true (cr_answers_is_empty (cr_session_get_answers (session)));
  aside = cr_session_get_corrupt_draft (session);
  g_assert_nonnull (aside);
  g_test_message ("set aside as %s", aside);

  /* Renamed beside it, not deleted, not changed. */
  aside_name = g_path_get_basename (aside);
  g_assert_true (g_str_has_prefix (aside_name, "draft.json."));
  g_assert_false (g_file_test (fixture->draft, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (aside, &aside_contents, &aside_length, NULL));
  g_assert_cmpmem (aside_contents, aside_length, contents, length);
  names = list_folder (fixture);
  g_assert_cmpuint (names->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (names, 0), ==, aside_name);

  /* The new session keeps its own draft, beside the one set aside. */
  cr_answers_set_choice (cr_session_get_answers (session), 0, 1);
  g_assert_true (cr_session_save_draft_now (session, NULL));
  g_assert_true (g_file_test (fixture->draft, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (aside, G_FILE_TEST_IS_REGULAR));
}

/* A second corrupt draft does not replace the first one set aside. */
static void
test_corrupt_twice (Fixture       *fixture,
                    gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(GPtrArray) names = NULL;

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(CrSession) session = NULL;
      g_autofree char *contents = g_strdup_printf ("{\"answers\": %u", i);

      write_draft (fixture, contents, strlen (contents));
      session = cr_session_new (fixture->state_dir);
      g_assert_nonnull (cr_session_get_corrupt_draft (session));
    }

  names = list_folder (fixture);
  g_assert_cmpuint (names->len, ==, 2);
}

typedef struct
{
  guint failures;
  char *message;
} Failures;

static void
draft_failed_cb (CrSession    *session G_GNUC_UNUSED,
                 const GError *error,
                 Failures     *failures)
{
  failures->failures++;
  g_free (failures->message);
  failures->message = g_strdup (error->message);
}

static gboolean
done_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;

  return G_SOURCE_REMOVE;
}

/* Runs the main loop long enough for the debounced draft write to happen. */
static void
let_draft_be_written (void)
{
  gboolean done = FALSE;

  g_timeout_add (CR_SESSION_DRAFT_DELAY_MS * 2, done_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Another option than the one chosen, so that the answers change. */
static guint
next_option (CrAnswers *answers,
             guint      q)
{
  const CrQuestion *question = cr_questionnaire_get_question (q);
  int chosen = cr_answers_get_choice (answers, q);

  g_assert_false (question->multiple);

  return chosen < 0 ? 0 : ((guint) chosen + 1) % question->n_options;
}

static void
test_disk_full (Fixture       *fixture,
                gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(CrAnswers) earlier = cr_test_answers_new (cr_test_profiles[1].answers);
  g_autoptr(CrSession) session = cr_session_new (fixture->state_dir);
  g_autoptr(GFile) file = g_file_new_for_path (fixture->draft);
  g_autoptr(CrAnswers) on_disk = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  CrAnswers *answers = cr_session_get_answers (session);
  Failures failures = { 0, NULL };
  struct rlimit saved_limit, limit;
  void (*saved_handler) (int);
  gsize before_length, after_length;

  /* The draft of earlier answers is on disk. */
  cr_answers_assign (answers, earlier);
  g_assert_true (cr_session_save_draft_now (session, NULL));
  g_assert_true (g_file_get_contents (fixture->draft, &before, &before_length, NULL));

  g_signal_connect (session, "draft-failed", G_CALLBACK (draft_failed_cb), &failures);

  /* Room for 64 bytes: no draft fits. */
  saved_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_no_errno (getrlimit (RLIMIT_FSIZE, &saved_limit));
  limit = saved_limit;
  limit.rlim_cur = 64;
  g_assert_no_errno (setrlimit (RLIMIT_FSIZE, &limit));

  for (guint q = 0; q < 4; q++)
    {
      guint option = next_option (answers, q);

      /* The answer is taken at once, whatever the disk does. */
      cr_answers_set_choice (answers, q, option);
      g_assert_cmpint (cr_answers_get_choice (answers, q), ==, (int) option);
      let_draft_be_written ();
    }

  g_assert_no_errno (setrlimit (RLIMIT_FSIZE, &saved_limit));
  signal (SIGXFSZ, saved_handler);

  /* Said once, with the reason. */
  g_assert_cmpuint (failures.failures, ==, 1);
  g_test_message ("%s", failures.message);
  g_assert_nonnull (strstr (failures.message, g_strerror (EFBIG)));

  /* The earlier draft is as it was, and nothing is left beside it. */
  g_assert_true (g_file_get_contents (fixture->draft, &after, &after_length, NULL));
  g_assert_cmpmem (after, after_length, before, before_length);
  names = list_folder (fixture);
  g_assert_cmpuint (names->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (names, 0), ==, "draft.json");

  /* With room again, the next change is written. */
  cr_answers_set_choice (answers, 4, next_option (answers, 4));
  let_draft_be_written ();
  on_disk = cr_document_load (file, NULL, NULL);
  g_assert_nonnull (on_disk);
  g_assert_true (cr_answers_equal (on_disk, answers));
  g_assert_cmpuint (failures.failures, ==, 1);

  g_free (failures.message);
}

/* The draft's folder is a file: every write fails, is said once, and the
 * file in the way is left alone. */
static void
test_folder_is_file (Fixture       *fixture,
                     gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(CrSession) session = NULL;
  g_autofree char *contents = NULL;
  Failures failures = { 0, NULL };
  CrAnswers *answers;

  g_assert_true (g_file_set_contents (fixture->folder, "mine", -1, NULL));
  session = cr_session_new (fixture->state_dir);
  g_assert_null (cr_session_get_corrupt_draft (session));
  g_signal_connect (session, "draft-failed", G_CALLBACK (draft_failed_cb), &failures);
  answers = cr_session_get_answers (session);

  for (guint q = 0; q < 3; q++)
    {
      cr_answers_set_choice (answers, q, 1);
      g_assert_cmpint (cr_answers_get_choice (answers, q), ==, 1);
      let_draft_be_written ();
    }

  g_assert_cmpuint (failures.failures, ==, 1);
  g_test_message ("%s", failures.message);
  g_assert_true (g_file_get_contents (fixture->folder, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "mine");

  g_free (failures.message);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (corrupt_drafts); i++)
    {
      g_autofree char *path = g_strdup_printf ("/session/draft-faults/corrupt/%s",
                                               corrupt_drafts[i].name);

      g_test_add (path, Fixture, &corrupt_drafts[i], fixture_set_up, test_corrupt,
                  fixture_tear_down);
    }
  g_test_add ("/session/draft-faults/corrupt-twice", Fixture, NULL, fixture_set_up,
              test_corrupt_twice, fixture_tear_down);
  g_test_add ("/session/draft-faults/disk-full", Fixture, NULL, fixture_set_up,
              test_disk_full, fixture_tear_down);
  g_test_add ("/session/draft-faults/folder-is-file", Fixture, NULL, fixture_set_up,
              test_folder_is_file, fixture_tear_down);

  return g_test_run ();
}
