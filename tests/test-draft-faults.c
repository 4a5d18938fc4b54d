/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-draft-faults.c: the draft when its file or the disk misbehaves
 *
 * A draft that cannot be read is set aside, renamed and byte for byte as it
 * was, and the session starts clean, saying where it went; so is anything
 * that is not a file, without blocking. A draft of a newer version stays
 * as it is. A draft another Creator Role holds, or changed since it was
 * read, is never written over: the answers go beside it. Leftovers of
 * interrupted writes are recovered or removed. A draft that cannot be
 * written is reported once, names the file, never stops the answers from
 * changing, and leaves the draft that was on disk as it was.
 *
 * The full disk is an RLIMIT_FSIZE limit: past it write() fails with EFBIG
 * (SIGXFSZ is ignored), which needs no mount and works for root too.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gio/gunixsocketaddress.h>
#include <glib/gstdio.h>

#include "cr-document.h"
#include "cr-session.h"
#include "cr-test-profiles.h"
#include "cr-test-utils.h"

typedef CrTestStateFixture Fixture;

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
  { "version-zero", "{\"format\": \"creator-role/result\", \"version\": 0, \"answers\": {}}", -1 },
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

  /* Said once, with the file and the reason. */
  g_assert_cmpuint (failures.failures, ==, 1);
  g_test_message ("%s", failures.message);
  {
    g_autofree char *expected =
      g_strdup_printf ("%s: cannot be written: %s",
                       cr_draft_get_display_name (cr_session_get_draft_storage (session)),
                       g_strerror (EFBIG));

    g_assert_cmpstr (failures.message, ==, expected);
    g_assert_true (g_str_has_suffix (failures.message, "/creator-role/draft.json: cannot be "
                                                       "written: File too large"));
  }

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

/* The unprivileged user a child of root becomes: root reads any file. */
#define NOBODY 65534

static void
become_unprivileged (void)
{
  if (geteuid () == 0)
    {
      g_assert_no_errno (setgroups (0, NULL));
      g_assert_no_errno (setgid (NOBODY));
      g_assert_no_errno (setuid (NOBODY));
    }
}

/* Sets the file's times @seconds from now, so that "newer" does not depend
 * on how fast the test runs. */
static void
set_mtime (const char *path,
           int         seconds)
{
  struct timespec times[2];

  g_assert_no_errno (clock_gettime (CLOCK_REALTIME, &times[0]));
  times[0].tv_sec += seconds;
  times[1] = times[0];
  g_assert_no_errno (utimensat (AT_FDCWD, path, times, 0));
}

static char *
read_all (const char *path,
          gsize      *length)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, length, NULL));

  return contents;
}

static void
assert_bytes (const char *path,
              const char *expected,
              gsize       length)
{
  gsize actual_length;
  g_autofree char *actual = read_all (path, &actual_length);

  g_assert_cmpmem (actual, actual_length, expected, length);
}

/* The draft cannot be opened (a user's chmod 000): set aside as
 * unreadable, never replaced by the first answer, and byte for byte as it
 * was once it can be read again. In a child, as a user that is not root. */
static void
test_unreadable_child (void)
{
  g_autofree char *state_dir = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *draft = NULL;
  g_autofree char *aside_name = NULL;
  g_autoptr(CrAnswers) earlier = cr_test_answers_new (cr_test_profiles[2].answers);
  g_autoptr(CrResult) result = cr_score (earlier);
  g_autoptr(CrSession) session = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *aside = NULL;
  struct stat st;
  gsize length;

  become_unprivileged ();

  state_dir = g_dir_make_tmp ("cr-draft-unreadable-XXXXXX", &error);
  g_assert_no_error (error);
  folder = g_build_filename (state_dir, "creator-role", NULL);
  draft = g_build_filename (folder, "draft.json", NULL);
  g_assert_no_errno (g_mkdir (folder, 0700));
  data = cr_document_to_data (earlier, result, "en", NULL, TRUE, &length);
  g_assert_true (g_file_set_contents (draft, data, (gssize) length, NULL));
  g_assert_no_errno (g_chmod (draft, 0));
  g_assert_cmpint (g_open (draft, O_RDONLY, 0), <, 0);

  session = cr_session_new (state_dir);
  g_assert_null (cr_session_get_draft (session));
  aside = g_strdup (cr_session_get_corrupt_draft (session));
  g_assert_nonnull (aside);
  g_test_message ("set aside as %s", aside);
  aside_name = g_path_get_basename (aside);
  g_assert_true (g_str_has_prefix (aside_name, "draft.json.unreadable-"));
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));

  /* The first answer makes a new draft beside it. */
  cr_answers_set_choice (cr_session_get_answers (session), 0, 1);
  g_assert_true (cr_session_save_draft_now (session, NULL));
  g_assert_true (g_file_test (draft, G_FILE_TEST_IS_REGULAR));

  /* Untouched: its mode, and its bytes once it can be read. */
  g_assert_no_errno (g_stat (aside, &st));
  g_assert_cmpuint (st.st_mode & 0777, ==, 0);
  g_assert_no_errno (g_chmod (aside, 0600));
  assert_bytes (aside, data, length);

  g_clear_object (&session);
  g_unlink (aside);
  g_unlink (draft);
  g_rmdir (folder);
  g_rmdir (state_dir);
}

static void
test_unreadable (void)
{
  if (g_test_subprocess ())
    {
      test_unreadable_child ();
      return;
    }

  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

typedef enum
{
  ODD_FIFO,
  ODD_FIFO_WITH_WRITER,
  ODD_SOCKET,
  ODD_LINK_TO_DEVICE,
  ODD_LINK_LOOP,
} Odd;

static const struct
{
  const char *name;
  Odd odd;
} odd_drafts[] = {
  { "fifo", ODD_FIFO },
  { "fifo-with-writer", ODD_FIFO_WITH_WRITER },
  { "socket", ODD_SOCKET },
  { "link-to-device", ODD_LINK_TO_DEVICE },
  { "link-loop", ODD_LINK_LOOP },
};

/* Not a file in the draft's place: the session starts at once (opening a
 * named pipe blocked before any window appeared), and what was there is
 * moved aside as it was, the same inode under another name. Run in a
 * child, so that a session that blocks fails the test instead of hanging
 * it. */
static void
test_odd_child (gconstpointer data)
{
  Odd odd = GPOINTER_TO_UINT (data);
  g_autoptr(GError) error = NULL;
  g_autoptr(GSocket) socket = NULL;
  g_autoptr(CrSession) session = NULL;
  g_autofree char *state_dir = g_dir_make_tmp ("cr-draft-odd-XXXXXX", &error);
  g_autofree char *folder = g_build_filename (state_dir, "creator-role", NULL);
  g_autofree char *draft = g_build_filename (folder, "draft.json", NULL);
  g_autofree char *link = NULL;
  g_autofree char *aside = NULL;
  struct stat before, after;
  int writer = -1;

  g_assert_no_error (error);
  g_assert_no_errno (g_mkdir (folder, 0700));

  switch (odd)
    {
    case ODD_FIFO:
    case ODD_FIFO_WITH_WRITER:
      g_assert_no_errno (mkfifo (draft, 0600));
      if (odd == ODD_FIFO_WITH_WRITER)
        {
          int reader = g_open (draft, O_RDONLY | O_NONBLOCK, 0);

          /* A writer that never writes: reading would wait for ever. */
          writer = g_open (draft, O_WRONLY, 0);
          g_assert_cmpint (writer, >=, 0);
          close (reader);
        }
      break;
    case ODD_SOCKET:
      {
        g_autoptr(GSocketAddress) address = g_unix_socket_address_new (draft);

        socket = g_socket_new (G_SOCKET_FAMILY_UNIX, G_SOCKET_TYPE_STREAM,
                               G_SOCKET_PROTOCOL_DEFAULT, &error);
        g_assert_no_error (error);
        g_socket_bind (socket, address, FALSE, &error);
        g_assert_no_error (error);
      }
      break;
    case ODD_LINK_TO_DEVICE:
      g_assert_no_errno (symlink ("/dev/zero", draft));
      break;
    case ODD_LINK_LOOP:
      link = g_build_filename (folder, "loop", NULL);
      g_assert_no_errno (symlink ("loop", draft));
      g_assert_no_errno (symlink ("draft.json", link));
      break;
    default:
      g_assert_not_reached ();
    }
  g_assert_no_errno (g_lstat (draft, &before));

  session = cr_session_new (state_dir);

  g_assert_null (cr_session_get_draft (session));
  aside = g_strdup (cr_session_get_corrupt_draft (session));
  g_assert_nonnull (aside);
  g_test_message ("set aside as %s", aside);
  g_assert_true (g_str_has_prefix (aside, draft));
  g_assert_true (g_str_has_prefix (aside + strlen (draft), ".unreadable-"));
  g_assert_no_errno (g_lstat (aside, &after));
  g_assert_cmpuint (after.st_ino, ==, before.st_ino);
  g_assert_cmpuint (after.st_mode, ==, before.st_mode);

  /* Answers are kept in a new draft. */
  cr_answers_set_choice (cr_session_get_answers (session), 0, 1);
  g_assert_true (cr_session_save_draft_now (session, NULL));
  g_assert_true (g_file_test (draft, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (draft, G_FILE_TEST_IS_SYMLINK));

  if (writer >= 0)
    close (writer);
  g_clear_object (&session);
  g_unlink (aside);
  g_unlink (draft);
  if (link != NULL)
    g_unlink (link);
  g_rmdir (folder);
  g_rmdir (state_dir);
}

static void
test_odd (gconstpointer data)
{
  if (g_test_subprocess ())
    {
      test_odd_child (GUINT_TO_POINTER (odd_drafts[GPOINTER_TO_UINT (data)].odd));
      return;
    }

  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
count_notify_cb (GObject    *object G_GNUC_UNUSED,
                 GParamSpec *pspec G_GNUC_UNUSED,
                 guint      *count)
{
  (*count)++;
}

static const char newer_draft[] =
  "{\"format\": \"creator-role/result\", \"version\": 2, \"answers\": {\"brands\": \"one\"},"
  " \"mood\": \"new in version 2\"}\n";

/* A draft of a newer version is neither set aside as damaged nor written
 * over, nor removed by starting over: it is kept as it is, for the
 * version that reads it, and said so. The answers given here are kept
 * beside it. */
static void
test_newer (Fixture       *fixture,
            gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(CrSession) session = NULL;
  g_autoptr(CrAnswers) kept_answers = NULL;
  g_autoptr(GFile) kept = NULL;
  CrDraft *storage;
  guint kept_notified = 0;

  write_draft (fixture, newer_draft, strlen (newer_draft));
  session = cr_session_new (fixture->state_dir);
  storage = cr_session_get_draft_storage (session);
  g_signal_connect (storage, "notify::kept-file", G_CALLBACK (count_notify_cb), &kept_notified);

  g_assert_true (cr_draft_get_newer_version (storage));
  g_assert_null (cr_session_get_draft (session));
  g_assert_null (cr_session_get_corrupt_draft (session));
  g_assert_null (cr_draft_get_kept_file (storage));

  for (guint q = 0; q < 3; q++)
    {
      cr_answers_set_choice (cr_session_get_answers (session), q, 1);
      g_assert_true (cr_session_save_draft_now (session, NULL));
    }
  assert_bytes (fixture->draft, newer_draft, strlen (newer_draft));

  /* Kept beside it, under one name, said once. */
  g_assert_nonnull (cr_draft_get_kept_file (storage));
  g_test_message ("kept in %s", cr_draft_get_kept_file (storage));
  g_assert_cmpuint (kept_notified, ==, 1);
  kept = g_file_new_for_path (cr_draft_get_kept_file (storage));
  kept_answers = cr_document_load (kept, NULL, NULL);
  g_assert_nonnull (kept_answers);
  g_assert_true (cr_answers_equal (kept_answers, cr_session_get_answers (session)));

  /* Starting over here removes what was kept here, not the other draft. */
  cr_session_discard_draft (session);
  g_assert_false (g_file_query_exists (kept, NULL));
  assert_bytes (fixture->draft, newer_draft, strlen (newer_draft));
  g_clear_object (&session);

  /* And the next start says so again. */
  session = cr_session_new (fixture->state_dir);
  g_assert_true (cr_draft_get_newer_version (cr_session_get_draft_storage (session)));
}

/* Another Creator Role (here, a lock taken on the folder as another
 * process takes it) holds the draft: it is not offered, never written over
 * or removed, and the answers given here are kept beside it. Once the other
 * one ends without having changed anything, the draft it had is still not
 * written over: this session never read it. */
static void
test_in_use (Fixture       *fixture,
             gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(CrAnswers) theirs = cr_test_answers_new (cr_test_profiles[1].answers);
  g_autoptr(CrResult) result = cr_score (theirs);
  g_autoptr(CrSession) session = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *kept = NULL;
  CrDraft *storage;
  guint in_use_notified = 0;
  gsize length;
  int other;

  contents = cr_document_to_data (theirs, result, "en", NULL, TRUE, &length);
  write_draft (fixture, contents, length);
  other = g_open (fixture->folder, O_RDONLY | O_DIRECTORY, 0);
  g_assert_no_errno (flock (other, LOCK_EX | LOCK_NB));

  session = cr_session_new (fixture->state_dir);
  storage = cr_session_get_draft_storage (session);
  g_signal_connect (storage, "notify::in-use", G_CALLBACK (count_notify_cb), &in_use_notified);
  g_assert_true (cr_draft_get_in_use (storage));
  g_assert_null (cr_session_get_draft (session));

  cr_answers_set_choice (cr_session_get_answers (session), 0, 0);
  g_assert_true (cr_session_save_draft_now (session, NULL));
  assert_bytes (fixture->draft, contents, length);
  g_assert_nonnull (cr_draft_get_kept_file (storage));
  kept = g_strdup (cr_draft_get_kept_file (storage));

  /* Starting over does not remove their draft. */
  cr_answers_clear (cr_session_get_answers (session));
  g_assert_true (cr_session_save_draft_now (session, NULL));
  assert_bytes (fixture->draft, contents, length);
  g_assert_false (g_file_test (kept, G_FILE_TEST_EXISTS));

  /* The other one ends. */
  close (other);
  cr_answers_set_choice (cr_session_get_answers (session), 1, 0);
  g_assert_true (cr_session_save_draft_now (session, NULL));
  g_assert_false (cr_draft_get_in_use (storage));
  g_assert_cmpuint (in_use_notified, ==, 1);
  assert_bytes (fixture->draft, contents, length);
  g_assert_nonnull (cr_draft_get_kept_file (storage));
}

/* There was no draft; the other one ends without writing one: this session
 * takes the draft over, and what it kept beside goes. */
static void
test_in_use_then_free (Fixture       *fixture,
                       gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(CrSession) session = NULL;
  g_autoptr(CrAnswers) on_disk = NULL;
  g_autofree char *kept = NULL;
  CrDraft *storage;
  int other;

  g_assert_no_errno (g_mkdir_with_parents (fixture->folder, 0700));
  other = g_open (fixture->folder, O_RDONLY | O_DIRECTORY, 0);
  g_assert_no_errno (flock (other, LOCK_EX | LOCK_NB));

  session = cr_session_new (fixture->state_dir);
  storage = cr_session_get_draft_storage (session);
  g_assert_true (cr_draft_get_in_use (storage));
  cr_answers_set_choice (cr_session_get_answers (session), 0, 0);
  g_assert_true (cr_session_save_draft_now (session, NULL));
  g_assert_false (g_file_test (fixture->draft, G_FILE_TEST_EXISTS));
  kept = g_strdup (cr_draft_get_kept_file (storage));
  g_assert_nonnull (kept);

  close (other);
  cr_answers_set_choice (cr_session_get_answers (session), 1, 0);
  g_assert_true (cr_session_save_draft_now (session, NULL));
  g_assert_false (cr_draft_get_in_use (storage));
  g_assert_null (cr_draft_get_kept_file (storage));
  g_assert_false (g_file_test (kept, G_FILE_TEST_EXISTS));
  {
    g_autoptr(GFile) draft = g_file_new_for_path (fixture->draft);

    on_disk = cr_document_load (draft, NULL, NULL);
  }
  g_assert_nonnull (on_disk);
  g_assert_true (cr_answers_equal (on_disk, cr_session_get_answers (session)));
}

/* The draft was read here, then written by someone who takes no lock (an
 * older Creator Role, another computer over NFS): never written over. */
static void
test_changed_on_disk (Fixture       *fixture,
                      gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(CrAnswers) mine = cr_test_answers_new (cr_test_profiles[0].answers);
  g_autoptr(CrResult) result = cr_score (mine);
  g_autoptr(CrSession) session = NULL;
  g_autofree char *contents = NULL;
  static const char theirs[] = "{\"answers\": {\"brands\": \"many\"}}\n";
  CrDraft *storage;
  gsize length;

  contents = cr_document_to_data (mine, result, "en", NULL, TRUE, &length);
  write_draft (fixture, contents, length);
  session = cr_session_new (fixture->state_dir);
  storage = cr_session_get_draft_storage (session);
  g_assert_nonnull (cr_session_get_draft (session));
  cr_session_resume_draft (session);

  /* Someone else writes the draft. */
  g_assert_true (g_file_set_contents (fixture->draft, theirs, -1, NULL));

  cr_answers_set_choice (cr_session_get_answers (session), 0, 0);
  g_assert_true (cr_session_save_draft_now (session, NULL));
  g_assert_true (cr_draft_get_changed_on_disk (storage));
  assert_bytes (fixture->draft, theirs, strlen (theirs));
  g_assert_nonnull (cr_draft_get_kept_file (storage));

  cr_session_discard_draft (session);
  assert_bytes (fixture->draft, theirs, strlen (theirs));
}

static char *
document_of (const char *answers,
             gsize      *length)
{
  g_autoptr(CrAnswers) parsed = cr_test_answers_new (answers);
  g_autoptr(CrResult) result = cr_score (parsed);

  return cr_document_to_data (parsed, result, "en", NULL, TRUE, length);
}

/* The leftovers of interrupted writes (draft.json.XXXXXX): the newest one
 * with complete answers newer than the draft becomes the draft; the
 * incomplete and the older ones go; anything else stays. */
static void
test_leftovers (Fixture       *fixture,
                gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(CrSession) session = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autofree char *old_data = NULL, *newer_data = NULL, *newest_data = NULL;
  g_autofree char *old_path = NULL, *newer_path = NULL, *newest_path = NULL;
  g_autofree char *cut_path = NULL, *other_version = NULL, *unrelated = NULL;
  gsize old_length, newer_length, newest_length;

  old_data = document_of ("brands=one", &old_length);
  newer_data = document_of ("brands=one compensation=gifts", &newer_length);
  newest_data = document_of ("brands=one compensation=gifts agreement=none", &newest_length);

  write_draft (fixture, old_data, old_length);
  set_mtime (fixture->draft, -30);
  old_path = g_build_filename (fixture->folder, "draft.json.Ab3dE9", NULL);
  g_assert_true (g_file_set_contents (old_path, old_data, (gssize) old_length, NULL));
  set_mtime (old_path, -60);
  newer_path = g_build_filename (fixture->folder, "draft.json.Q1w2E3", NULL);
  g_assert_true (g_file_set_contents (newer_path, newer_data, (gssize) newer_length, NULL));
  set_mtime (newer_path, -20);
  newest_path = g_build_filename (fixture->folder, "draft.json.zZ9yY8", NULL);
  g_assert_true (g_file_set_contents (newest_path, newest_data, (gssize) newest_length, NULL));
  set_mtime (newest_path, -10);
  /* Killed half way through writing. */
  cut_path = g_build_filename (fixture->folder, "draft.json.Cut123", NULL);
  g_assert_true (g_file_set_contents (cut_path, newest_data, (gssize) newest_length / 2, NULL));
  other_version = g_build_filename (fixture->folder, "draft.json.V2v2V2", NULL);
  g_assert_true (g_file_set_contents (other_version, newer_draft, -1, NULL));
  unrelated = g_build_filename (fixture->folder, "draft.json.corrupt-20260101-120000", NULL);
  g_assert_true (g_file_set_contents (unrelated, "{", -1, NULL));

  session = cr_session_new (fixture->state_dir);

  g_assert_true (cr_draft_get_recovered (cr_session_get_draft_storage (session)));
  g_assert_nonnull (cr_session_get_draft (session));
  g_assert_cmpuint (cr_answers_get_n_answered (cr_session_get_draft (session)), ==, 3);
  assert_bytes (fixture->draft, newest_data, newest_length);

  names = list_folder (fixture);
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_assert_cmpuint (names->len, ==, 3);
  g_assert_true (g_ptr_array_find_with_equal_func (names, "draft.json", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (names, "draft.json.V2v2V2", g_str_equal,
                                                   NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (names, "draft.json.corrupt-20260101-120000",
                                                   g_str_equal, NULL));
}

/* A leftover older than the draft goes; the draft is offered as it was. */
static void
test_leftover_older (Fixture       *fixture,
                     gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(CrSession) session = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autofree char *draft_data = NULL, *older_data = NULL, *older_path = NULL;
  gsize draft_length, older_length;

  draft_data = document_of ("brands=few", &draft_length);
  older_data = document_of ("brands=one compensation=gifts", &older_length);
  write_draft (fixture, draft_data, draft_length);
  older_path = g_build_filename (fixture->folder, "draft.json.aaaaaa", NULL);
  g_assert_true (g_file_set_contents (older_path, older_data, (gssize) older_length, NULL));
  set_mtime (older_path, -60);

  session = cr_session_new (fixture->state_dir);
  g_assert_false (cr_draft_get_recovered (cr_session_get_draft_storage (session)));
  g_assert_cmpuint (cr_answers_get_n_answered (cr_session_get_draft (session)), ==, 1);
  assert_bytes (fixture->draft, draft_data, draft_length);
  names = list_folder (fixture);
  g_assert_cmpuint (names->len, ==, 1);
}

/* No draft, one complete leftover: it is the draft. And a leftover is left
 * alone while another Creator Role holds the draft: it may be writing it. */
static void
test_leftover_only (Fixture       *fixture,
                    gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(CrSession) session = NULL;
  g_autofree char *leftover_data = NULL, *leftover_path = NULL;
  gsize leftover_length;
  int other;

  leftover_data = document_of ("brands=many", &leftover_length);
  g_assert_no_errno (g_mkdir_with_parents (fixture->folder, 0700));
  leftover_path = g_build_filename (fixture->folder, "draft.json.Xy12Z3", NULL);
  g_assert_true (g_file_set_contents (leftover_path, leftover_data, (gssize) leftover_length,
                                      NULL));

  other = g_open (fixture->folder, O_RDONLY | O_DIRECTORY, 0);
  g_assert_no_errno (flock (other, LOCK_EX | LOCK_NB));
  session = cr_session_new (fixture->state_dir);
  g_assert_true (g_file_test (leftover_path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (fixture->draft, G_FILE_TEST_EXISTS));
  g_clear_object (&session);
  close (other);

  session = cr_session_new (fixture->state_dir);
  g_assert_true (cr_draft_get_recovered (cr_session_get_draft_storage (session)));
  g_assert_nonnull (cr_session_get_draft (session));
  g_assert_false (g_file_test (leftover_path, G_FILE_TEST_EXISTS));
  assert_bytes (fixture->draft, leftover_data, leftover_length);
}

/* XDG_STATE_HOME must be absolute: a relative one is ignored, as the XDG
 * Base Directory specification says, instead of putting the draft under
 * whatever folder the app was started from. */
static void
test_relative_state_home (void)
{
  g_autofree char *saved = g_strdup (g_getenv ("XDG_STATE_HOME"));
  g_autofree char *fallback = g_build_filename (g_get_home_dir (), ".local", "state", NULL);
  static const char * const relative[] = { "state", "./state", "../state", "" };

  for (guint i = 0; i < G_N_ELEMENTS (relative); i++)
    {
      g_autofree char *dir = NULL;
      g_autoptr(CrDraft) storage = NULL;
      g_autofree char *path = NULL;

      g_setenv ("XDG_STATE_HOME", relative[i], TRUE);
      dir = cr_draft_dup_default_state_dir ();
      g_assert_cmpstr (dir, ==, fallback);
      storage = cr_draft_new (NULL);
      path = g_file_get_path (cr_draft_get_file (storage));
      g_assert_true (g_path_is_absolute (path));
      g_assert_true (g_str_has_prefix (path, fallback));
    }

  g_setenv ("XDG_STATE_HOME", "/somewhere/absolute", TRUE);
  {
    g_autofree char *dir = cr_draft_dup_default_state_dir ();

    g_assert_cmpstr (dir, ==, "/somewhere/absolute");
  }

  if (saved != NULL)
    g_setenv ("XDG_STATE_HOME", saved, TRUE);
  else
    g_unsetenv ("XDG_STATE_HOME");
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

      g_test_add (path, Fixture, &corrupt_drafts[i], cr_test_state_fixture_set_up, test_corrupt,
                  cr_test_state_fixture_tear_down);
    }
  g_test_add ("/session/draft-faults/corrupt-twice", Fixture, NULL, cr_test_state_fixture_set_up,
              test_corrupt_twice, cr_test_state_fixture_tear_down);
  g_test_add ("/session/draft-faults/disk-full", Fixture, NULL, cr_test_state_fixture_set_up,
              test_disk_full, cr_test_state_fixture_tear_down);
  g_test_add ("/session/draft-faults/folder-is-file", Fixture, NULL, cr_test_state_fixture_set_up,
              test_folder_is_file, cr_test_state_fixture_tear_down);
  g_test_add_func ("/session/draft-faults/unreadable", test_unreadable);
  for (guint i = 0; i < G_N_ELEMENTS (odd_drafts); i++)
    {
      g_autofree char *path = g_strdup_printf ("/session/draft-faults/odd/%s",
                                               odd_drafts[i].name);

      g_test_add_data_func (path, GUINT_TO_POINTER (i), test_odd);
    }
  g_test_add ("/session/draft-faults/newer", Fixture, NULL, cr_test_state_fixture_set_up,
              test_newer, cr_test_state_fixture_tear_down);
  g_test_add ("/session/draft-faults/in-use", Fixture, NULL, cr_test_state_fixture_set_up,
              test_in_use, cr_test_state_fixture_tear_down);
  g_test_add ("/session/draft-faults/in-use-then-free", Fixture, NULL, cr_test_state_fixture_set_up,
              test_in_use_then_free, cr_test_state_fixture_tear_down);
  g_test_add ("/session/draft-faults/changed-on-disk", Fixture, NULL, cr_test_state_fixture_set_up,
              test_changed_on_disk, cr_test_state_fixture_tear_down);
  g_test_add ("/session/draft-faults/leftovers", Fixture, NULL, cr_test_state_fixture_set_up,
              test_leftovers, cr_test_state_fixture_tear_down);
  g_test_add ("/session/draft-faults/leftover-older", Fixture, NULL, cr_test_state_fixture_set_up,
              test_leftover_older, cr_test_state_fixture_tear_down);
  g_test_add ("/session/draft-faults/leftover-only", Fixture, NULL, cr_test_state_fixture_set_up,
              test_leftover_only, cr_test_state_fixture_tear_down);
  g_test_add_func ("/session/draft-faults/relative-state-home", test_relative_state_home);

  return g_test_run ();
}
