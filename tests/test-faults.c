/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-faults.c: saving and loading documents when the disk or the file
 * misbehaves
 *
 * Every failed save must say what went wrong and leave the file that was
 * there before byte for byte as it was, with no temporary file left beside
 * it. Every damaged file must be refused with a clear error, not read.
 *
 * The faults are made in a child process so that they stay contained: a
 * full disk is an RLIMIT_FSIZE limit (write() then fails with EFBIG, as it
 * would with ENOSPC, with no need for a mount), and a read-only folder
 * is a folder without write permission, written to by a child that is not
 * root (root ignores permissions, so a child of root drops to nobody).
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gio/gunixsocketaddress.h>
#include <glib/gstdio.h>

#include "cr-document.h"
#include "cr-test-profiles.h"
#include "cr-test-utils.h"

#define PREVIOUS "{\"answers\": {\"brands\": \"one\"}}\n"

/* The unprivileged user a child of root becomes. */
#define NOBODY 65534

typedef enum
{
  FAULT_NONE,
  FAULT_NOT_ROOT,
  FAULT_FILE_SIZE_LIMIT,
} Fault;

typedef struct
{
  char *dir;
  char *path;
  GFile *file;
  char *data;
  gsize length;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data G_GNUC_UNUSED)
{
  g_autoptr(CrAnswers) answers = cr_test_answers_new (cr_test_profiles[0].answers);
  g_autoptr(CrResult) result = cr_score (answers);
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("cr-faults-XXXXXX", &error);
  g_assert_no_error (error);
  /* Reachable by the unprivileged child. */
  g_assert_cmpint (g_chmod (fixture->dir, 0755), ==, 0);
  fixture->path = g_build_filename (fixture->dir, "result.json", NULL);
  fixture->file = g_file_new_for_path (fixture->path);
  fixture->data = cr_document_to_data (answers, result, "en", NULL, TRUE, &fixture->length);
  g_assert_cmpuint (fixture->length, >, 2048);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data G_GNUC_UNUSED)
{
  cr_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_object_unref (fixture->file);
  g_free (fixture->data);
}

static void
write_previous (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (fixture->path, PREVIOUS, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (fixture->path, 0644), ==, 0);
}

/* The file is there, as it was, and nothing else is in its folder. */
static void
assert_previous_intact (Fixture *fixture)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  gsize length;

  g_file_get_contents (fixture->path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (contents, length, PREVIOUS, strlen (PREVIOUS));

  dir = g_dir_open (fixture->dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_cmpstr (name, ==, "result.json");
}

static void
apply_fault (Fault fault)
{
  switch (fault)
    {
    case FAULT_NONE:
      break;

    case FAULT_NOT_ROOT:
      if (geteuid () == 0 &&
          (setgroups (0, NULL) != 0 || setgid (NOBODY) != 0 || setuid (NOBODY) != 0))
        _exit (3);
      break;

    case FAULT_FILE_SIZE_LIMIT:
      {
        /* Room for 1 KiB: the document is larger. Past the limit write()
         * fails with EFBIG rather than the process being killed. */
        struct rlimit limit = { 1024, 1024 };

        signal (SIGXFSZ, SIG_IGN);
        if (setrlimit (RLIMIT_FSIZE, &limit) != 0)
          _exit (3);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

/* Saves @fixture's document under @fault, in a child process.
 *
 * Returns: (transfer full) (nullable): the error message, or %NULL when the
 *   save succeeded */
static char *
save_with_fault (Fixture *fixture,
                 Fault    fault)
{
  GString *message;
  char buffer[256];
  ssize_t n;
  int status = 0;
  int fds[2];
  pid_t pid;

  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);

  if (pid == 0)
    {
      GError *error = NULL;
      gboolean saved;

      close (fds[0]);
      apply_fault (fault);
      saved = cr_document_save (fixture->file, fixture->data, fixture->length, NULL, &error);
      if (!saved)
        {
          /* The caller checks that the message arrives whole. */
          if (write (fds[1], error->message, strlen (error->message)) < 0)
            _exit (4);
          g_error_free (error);
        }
      close (fds[1]);
      _exit (saved ? 0 : 1);
    }

  close (fds[1]);
  message = g_string_new (NULL);
  while ((n = read (fds[0], buffer, sizeof buffer)) > 0)
    g_string_append_len (message, buffer, n);
  close (fds[0]);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), <=, 1);

  if (WEXITSTATUS (status) == 0)
    {
      g_assert_cmpuint (message->len, ==, 0);
      g_string_free (message, TRUE);
      return NULL;
    }

  g_assert_cmpuint (message->len, >, 0);
  g_test_message ("%s", message->str);

  return g_string_free (message, FALSE);
}

/* Messages are one line that says why. */
static void
assert_clear_message (const char *message,
                      int         reason)
{
  g_assert_nonnull (message);
  g_assert_null (strchr (message, '\n'));
  g_assert_true (g_utf8_validate (message, -1, NULL));
  /* The caller names the file; the message does not name another. */
  g_assert_null (strstr (message, "result.json"));
  if (strstr (message, g_strerror (reason)) == NULL)
    g_error ("“%s” does not say “%s”", message, g_strerror (reason));
}

static void
test_save_new (Fixture       *fixture,
               gconstpointer  user_data G_GNUC_UNUSED)
{
  g_autofree char *message = save_with_fault (fixture, FAULT_NONE);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_null (message);
  g_assert_true (g_file_get_contents (fixture->path, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, fixture->data, fixture->length);
}

/* A successful save replaces the whole file: nothing of a longer previous
 * file is left at its end. */
static void
test_save_over_existing (Fixture       *fixture,
                         gconstpointer  user_data G_GNUC_UNUSED)
{
  g_autofree char *message = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *longer = g_strnfill (fixture->length * 2, 'z');
  g_autoptr(CrAnswers) answers = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_set_contents (fixture->path, longer, -1, &error);
  g_assert_no_error (error);

  message = save_with_fault (fixture, FAULT_NONE);
  g_assert_null (message);
  g_assert_true (g_file_get_contents (fixture->path, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, fixture->data, fixture->length);

  answers = cr_document_load (fixture->file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (answers);
}

static void
test_save_read_only_folder (Fixture       *fixture,
                            gconstpointer  user_data G_GNUC_UNUSED)
{
  g_autofree char *message = NULL;

  write_previous (fixture);
  g_assert_cmpint (g_chmod (fixture->dir, 0555), ==, 0);

  message = save_with_fault (fixture, FAULT_NOT_ROOT);
  assert_clear_message (message, EACCES);

  g_assert_cmpint (g_chmod (fixture->dir, 0755), ==, 0);
  assert_previous_intact (fixture);
}

/* The folder can be written, the file itself cannot: it is replaced, not
 * written into, so the save succeeds (as in any editor that saves
 * atomically) and the new file is whole. */
static void
test_save_read_only_file (Fixture       *fixture,
                          gconstpointer  user_data G_GNUC_UNUSED)
{
  g_autofree char *message = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  write_previous (fixture);
  g_assert_cmpint (g_chmod (fixture->path, 0444), ==, 0);
  g_assert_cmpint (g_chmod (fixture->dir, 0777), ==, 0);

  message = save_with_fault (fixture, FAULT_NOT_ROOT);
  g_assert_null (message);
  g_assert_true (g_file_get_contents (fixture->path, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, fixture->data, fixture->length);
}

static void
test_save_disk_full (Fixture       *fixture,
                     gconstpointer  user_data G_GNUC_UNUSED)
{
  g_autofree char *message = NULL;

  write_previous (fixture);

  message = save_with_fault (fixture, FAULT_FILE_SIZE_LIMIT);
  assert_clear_message (message, EFBIG);

  assert_previous_intact (fixture);
}

/* Without a previous file, a failed save leaves nothing behind either. */
static void
test_save_disk_full_new (Fixture       *fixture,
                         gconstpointer  user_data G_GNUC_UNUSED)
{
  g_autofree char *message = NULL;
  g_autoptr(GDir) dir = NULL;

  message = save_with_fault (fixture, FAULT_FILE_SIZE_LIMIT);
  assert_clear_message (message, EFBIG);

  dir = g_dir_open (fixture->dir, 0, NULL);
  g_assert_nonnull (dir);
  g_assert_null (g_dir_read_name (dir));
}

/* The folder chosen in the dialog is gone by the time of saving: the save
 * fails and does not make the folder again. */
static void
test_save_folder_gone (Fixture       *fixture,
                       gconstpointer  user_data G_GNUC_UNUSED)
{
  g_autofree char *message = NULL;

  write_previous (fixture);
  g_assert_cmpint (g_unlink (fixture->path), ==, 0);
  g_assert_cmpint (g_rmdir (fixture->dir), ==, 0);

  message = save_with_fault (fixture, FAULT_NONE);
  assert_clear_message (message, ENOENT);
  g_assert_false (g_file_test (fixture->dir, G_FILE_TEST_EXISTS));

  /* For the tear-down. */
  g_assert_cmpint (g_mkdir (fixture->dir, 0755), ==, 0);
}

/* The folder was replaced by a file of the same name. */
static void
test_save_folder_is_file (Fixture       *fixture,
                          gconstpointer  user_data G_GNUC_UNUSED)
{
  g_autofree char *message = NULL;
  g_autofree char *inner = g_build_filename (fixture->dir, "folder", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_set_contents (inner, PREVIOUS, -1, &error);
  g_assert_no_error (error);
  g_free (fixture->path);
  fixture->path = g_build_filename (inner, "result.json", NULL);
  g_object_unref (fixture->file);
  fixture->file = g_file_new_for_path (fixture->path);

  message = save_with_fault (fixture, FAULT_NONE);
  assert_clear_message (message, ENOTDIR);

  g_assert_true (g_file_get_contents (inner, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, PREVIOUS, strlen (PREVIOUS));
}

/* Saving onto a folder does not touch it. */
static void
test_save_onto_folder (Fixture       *fixture,
                       gconstpointer  user_data G_GNUC_UNUSED)
{
  g_autofree char *message = NULL;
  g_autofree char *inside = g_build_filename (fixture->path, "keep.txt", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  gsize length;

  g_assert_cmpint (g_mkdir (fixture->path, 0755), ==, 0);
  g_file_set_contents (inside, PREVIOUS, -1, &error);
  g_assert_no_error (error);

  message = save_with_fault (fixture, FAULT_NONE);
  assert_clear_message (message, EISDIR);

  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_DIR));
  g_assert_true (g_file_get_contents (inside, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, PREVIOUS, strlen (PREVIOUS));

  dir = g_dir_open (fixture->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_cmpstr (name, ==, "result.json");
}

static void
assert_saved (const char *path,
              Fixture    *fixture)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, fixture->data, fixture->length);
}

static guint
mode_of (const char *path)
{
  struct stat st;

  g_assert_no_errno (g_lstat (path, &st));

  return st.st_mode & 07777;
}

/* Writing over a file keeps its permissions, whatever the umask: a
 * private result stays private, a shared one stays shared. */
static void
test_save_keeps_mode (Fixture       *fixture,
                      gconstpointer  user_data G_GNUC_UNUSED)
{
  static const guint modes[] = { 0600, 0640, 0644, 0660, 0666, 0400 };
  mode_t saved_umask = umask (022);

  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      g_autofree char *message = NULL;

      write_previous (fixture);
      g_assert_no_errno (g_chmod (fixture->path, modes[i]));

      message = save_with_fault (fixture, FAULT_NONE);
      g_assert_null (message);
      assert_saved (fixture->path, fixture);
      g_test_message ("%04o → %04o", modes[i], mode_of (fixture->path));
      g_assert_cmpuint (mode_of (fixture->path), ==, modes[i]);
    }

  /* A new file gets what the umask leaves. */
  g_assert_no_errno (g_unlink (fixture->path));
  umask (077);
  g_assert_null (save_with_fault (fixture, FAULT_NONE));
  g_assert_cmpuint (mode_of (fixture->path), ==, 0600);

  umask (saved_umask);
}

/* Writing to a symbolic link writes the file it leads to, and the link
 * stays: absolute and relative links, a chain of two, one whose file does
 * not exist yet. The file keeps its permissions. */
static void
test_save_through_link (Fixture       *fixture,
                        gconstpointer  user_data G_GNUC_UNUSED)
{
  g_autofree char *elsewhere = g_build_filename (fixture->dir, "elsewhere", NULL);
  g_autofree char *target = g_build_filename (elsewhere, "real.json", NULL);
  g_autofree char *second = g_build_filename (fixture->dir, "second-link.json", NULL);
  g_autofree char *link = NULL;
  const char *targets[] = { NULL, "elsewhere/real.json", "second-link.json" };

  g_assert_no_errno (g_mkdir (elsewhere, 0755));
  g_assert_no_errno (symlink ("elsewhere/real.json", second));
  targets[0] = target;

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      g_autoptr(GDir) dir = NULL;
      const char *name;

      g_assert_true (g_file_set_contents (target, PREVIOUS, -1, NULL));
      g_assert_no_errno (g_chmod (target, 0600));
      g_unlink (fixture->path);
      g_assert_no_errno (symlink (targets[i], fixture->path));

      g_assert_null (save_with_fault (fixture, FAULT_NONE));

      link = g_file_read_link (fixture->path, NULL);
      g_assert_cmpstr (link, ==, targets[i]);
      g_clear_pointer (&link, g_free);
      assert_saved (target, fixture);
      g_assert_cmpuint (mode_of (target), ==, 0600);

      /* Nothing is left beside the file or the link. */
      dir = g_dir_open (elsewhere, 0, NULL);
      while ((name = g_dir_read_name (dir)) != NULL)
        g_assert_cmpstr (name, ==, "real.json");
    }

  /* A link to a file that is not there yet: the file is made, the link
   * stays. */
  g_assert_no_errno (g_unlink (target));
  g_assert_null (save_with_fault (fixture, FAULT_NONE));
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_SYMLINK));
  assert_saved (target, fixture);
}

/* A failed write through a link leaves the file it leads to as it was,
 * and nothing beside it. */
static void
test_save_through_link_disk_full (Fixture       *fixture,
                                  gconstpointer  user_data G_GNUC_UNUSED)
{
  g_autofree char *target = g_build_filename (fixture->dir, "real.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  gsize length;

  g_assert_true (g_file_set_contents (target, PREVIOUS, -1, NULL));
  g_assert_no_errno (symlink ("real.json", fixture->path));

  message = save_with_fault (fixture, FAULT_FILE_SIZE_LIMIT);
  assert_clear_message (message, EFBIG);

  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_get_contents (target, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, PREVIOUS, strlen (PREVIOUS));
  dir = g_dir_open (fixture->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_true (g_str_equal (name, "real.json") || g_str_equal (name, "result.json"));
}

/* Links that lead round in a circle: refused, nothing written. */
static void
test_save_link_loop (Fixture       *fixture,
                     gconstpointer  user_data G_GNUC_UNUSED)
{
  g_autofree char *other = g_build_filename (fixture->dir, "other.json", NULL);
  g_autofree char *message = NULL;

  g_assert_no_errno (symlink ("other.json", fixture->path));
  g_assert_no_errno (symlink ("result.json", other));

  message = save_with_fault (fixture, FAULT_NONE);
  assert_clear_message (message, ELOOP);
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_test (other, G_FILE_TEST_IS_SYMLINK));
}

/* A named pipe or a device where the file should be is not replaced. */
static void
test_save_onto_fifo (Fixture       *fixture,
                     gconstpointer  user_data G_GNUC_UNUSED)
{
  g_autofree char *message = NULL;
  struct stat st;

  g_assert_no_errno (mkfifo (fixture->path, 0644));
  message = save_with_fault (fixture, FAULT_NONE);
  g_assert_nonnull (message);
  g_assert_cmpstr (message, ==, "cannot be written: it is not a regular file");
  g_assert_no_errno (g_lstat (fixture->path, &st));
  g_assert_true (S_ISFIFO (st.st_mode));
}

/* Loading damaged files: each is refused, saying what is wrong. */
static void
load_and_expect (Fixture    *fixture,
                 const char *contents,
                 gssize      length,
                 int         code,
                 const char *message_part)
{
  g_autoptr(CrAnswers) answers = NULL;
  g_autoptr(GError) error = NULL;

  g_file_set_contents (fixture->path, contents, length, &error);
  g_assert_no_error (error);

  answers = cr_document_load (fixture->file, NULL, &error);
  g_assert_null (answers);
  g_assert_error (error, CR_DOCUMENT_ERROR, code);
  g_test_message ("%s", error->message);
  if (strstr (error->message, message_part) == NULL)
    g_error ("“%s” does not say “%s”", error->message, message_part);
  g_assert_null (strchr (error->message, '\n'));
}

static void
test_load_truncated (Fixture       *fixture,
                     gconstpointer  user_data G_GNUC_UNUSED)
{
  /* Cut anywhere, a document is refused. */
  for (gsize cut = 1; cut < fixture->length - 1; cut += 97)
    {
      g_autoptr(CrAnswers) answers = NULL;
      g_autoptr(GError) error = NULL;

      g_file_set_contents (fixture->path, fixture->data, cut, &error);
      g_assert_no_error (error);
      answers = cr_document_load (fixture->file, NULL, &error);
      g_assert_null (answers);
      g_assert_nonnull (error);
      g_assert_true (g_error_matches (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_SYNTAX) ||
                     g_error_matches (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_ENCODING));
    }

  load_and_expect (fixture, fixture->data, fixture->length / 2,
                   CR_DOCUMENT_ERROR_SYNTAX, "not valid JSON at line");
}

static void
test_load_empty (Fixture       *fixture,
                 gconstpointer  user_data G_GNUC_UNUSED)
{
  load_and_expect (fixture, "", 0, CR_DOCUMENT_ERROR_EMPTY, "empty");
  load_and_expect (fixture, "\n\n  \n", -1, CR_DOCUMENT_ERROR_EMPTY, "empty");
}

static void
test_load_newer (Fixture       *fixture,
                 gconstpointer  user_data G_GNUC_UNUSED)
{
  load_and_expect (fixture,
                   "{\"format\": \"creator-role/result\", \"version\": 7, \"answers\": {}}", -1,
                   CR_DOCUMENT_ERROR_NEWER_VERSION, "version: 7 is not a version");
}

static void
test_load_not_ours (Fixture       *fixture,
                    gconstpointer  user_data G_GNUC_UNUSED)
{
  load_and_expect (fixture, "{\"format\": \"spreadsheet\", \"answers\": {}}", -1,
                   CR_DOCUMENT_ERROR_NOT_OURS, "not a Creator Role document");
  load_and_expect (fixture, "{\"name\": \"a package\", \"dependencies\": {}}", -1,
                   CR_DOCUMENT_ERROR_NO_ANSWERS, "no \"answers\"");
  load_and_expect (fixture, "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16,
                   CR_DOCUMENT_ERROR_ENCODING, "this is a PNG image, not a Creator Role result");
  load_and_expect (fixture, "\xff\xd8\xff\xe0 JFIF", -1,
                   CR_DOCUMENT_ERROR_ENCODING, "this is a JPEG image, not a Creator Role result");
}

static void
test_load_unreadable (Fixture       *fixture,
                      gconstpointer  user_data G_GNUC_UNUSED)
{
  g_autoptr(CrAnswers) answers = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) folder = g_file_new_for_path (fixture->dir);

  /* Missing. */
  answers = cr_document_load (fixture->file, NULL, &error);
  g_assert_null (answers);
  g_assert_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_READ);
  g_assert_cmpstr (error->message, ==,
                   "there is no file of that name: check the name and the folder");
  g_clear_error (&error);

  /* A folder. */
  answers = cr_document_load (folder, NULL, &error);
  g_assert_null (answers);
  g_assert_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_READ);
  g_assert_cmpstr (error->message, ==,
                   "this is a folder, not a file: open a result inside it, a .json file");
}

/* Longer than any load takes on a loaded machine: a load that lasts
 * longer is taken to block. */
#define BLOCK_SECONDS 30

static char *
load_to_text (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(CrAnswers) answers = NULL;
  g_autoptr(GError) error = NULL;

  answers = cr_document_load (file, NULL, &error);

  return answers != NULL ? g_strdup ("ok")
                         : g_strdup_printf ("%d %s", error->code, error->message);
}

/* Loads @path in a child process, which is killed if it has not answered
 * within BLOCK_SECONDS, and fails the test then.
 *
 * Returns: (transfer full): "CODE message" of the error, or "ok" */
static char *
load_in_child (const char *path)
{
  GString *answer;
  GPollFD poll_fd;
  char buffer[512];
  gint64 deadline;
  int status = 0;
  int fds[2];
  pid_t pid;

  g_assert_no_errno (pipe (fds));
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);

  if (pid == 0)
    {
      char *text;
      gboolean written;

      close (fds[0]);
      text = load_to_text (path);
      written = write (fds[1], text, strlen (text)) >= 0;
      g_free (text);
      _exit (written ? 0 : 4);
    }

  close (fds[1]);
  answer = g_string_new (NULL);
  poll_fd.fd = fds[0];
  poll_fd.events = G_IO_IN | G_IO_HUP;
  deadline = g_get_monotonic_time () + BLOCK_SECONDS * G_USEC_PER_SEC;
  for (;;)
    {
      gint64 left = deadline - g_get_monotonic_time ();
      ssize_t n;

      if (left <= 0 || g_poll (&poll_fd, 1, (int) (left / 1000) + 1) == 0)
        {
          kill (pid, SIGKILL);
          waitpid (pid, NULL, 0);
          g_error ("loading %s blocked for %d s", path, BLOCK_SECONDS);
        }
      if ((n = read (fds[0], buffer, sizeof buffer)) <= 0)
        break;
      g_string_append_len (answer, buffer, n);
    }
  close (fds[0]);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  g_test_message ("%s: %s", path, answer->str);

  return g_string_free (answer, FALSE);
}

static void
assert_not_regular (const char *path,
                    const char *what)
{
  g_autofree char *answer = load_in_child (path);
  g_autofree char *expected = g_strdup_printf ("%d cannot be read: it is %s, not a file",
                                               CR_DOCUMENT_ERROR_NOT_REGULAR, what);

  g_assert_cmpstr (answer, ==, expected);
}

/* Devices, some of which never end: refused before they are read. */
static void
test_load_devices (void)
{
  static const char * const devices[] = { "/dev/zero", "/dev/urandom", "/dev/null" };

  for (guint i = 0; i < G_N_ELEMENTS (devices); i++)
    {
      g_assert_true (g_file_test (devices[i], G_FILE_TEST_EXISTS));
      assert_not_regular (devices[i], "a device");
    }
}

/* A named pipe, with no writer (opening it for reading would block) or with
 * one that never writes (reading it would): refused without blocking. */
static void
test_load_fifo (Fixture       *fixture,
                gconstpointer  user_data G_GNUC_UNUSED)
{
  int writer;

  g_assert_no_errno (mkfifo (fixture->path, 0644));
  assert_not_regular (fixture->path, "a named pipe");

  /* A reader of our own lets the writer open it. */
  {
    int reader = g_open (fixture->path, O_RDONLY | O_NONBLOCK, 0);

    g_assert_cmpint (reader, >=, 0);
    writer = g_open (fixture->path, O_WRONLY, 0);
    g_assert_cmpint (writer, >=, 0);
    close (reader);
  }
  assert_not_regular (fixture->path, "a named pipe");
  close (writer);
}

/* A socket cannot be opened; it is said what it is all the same. */
static void
test_load_socket (Fixture       *fixture,
                  gconstpointer  user_data G_GNUC_UNUSED)
{
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_UNIX, G_SOCKET_TYPE_STREAM,
                                            G_SOCKET_PROTOCOL_DEFAULT, NULL);
  g_autoptr(GSocketAddress) address = g_unix_socket_address_new (fixture->path);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (socket);
  g_socket_bind (socket, address, FALSE, &error);
  g_assert_no_error (error);
  assert_not_regular (fixture->path, "a socket");
}

/* The command line writing its result onto a full disk: it fails, says so
 * in one line, and does not claim success. */
static void
test_cli_disk_full (Fixture       *fixture,
                    gconstpointer  user_data G_GNUC_UNUSED)
{
  static const char * const modes[] = { "--score", "--batch" };
  const char *executable = g_getenv ("CR_EXECUTABLE");
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (executable);
  g_assert_true (g_file_test ("/dev/full", G_FILE_TEST_EXISTS));

  /* One document, and a batch of two on one line each. */
  g_file_set_contents (fixture->path, "{\"answers\": {}}\n{\"answers\": {}}\n", -1, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      g_autoptr(GSubprocessLauncher) launcher = NULL;
      g_autoptr(GSubprocess) process = NULL;
      g_autofree char *err = NULL;
      g_autofree char *single = NULL;

      if (i == 0)
        {
          single = g_build_filename (fixture->dir, "single.json", NULL);
          g_file_set_contents (single, "{\"answers\": {}}", -1, &error);
          g_assert_no_error (error);
        }

      launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDERR_PIPE);
      g_subprocess_launcher_set_stdout_file_path (launcher, "/dev/full");
      g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
      g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
      if (i == 0)
        process = g_subprocess_launcher_spawn (launcher, &error, executable, "--score", single,
                                               NULL);
      else
        process = g_subprocess_launcher_spawn (launcher, &error, executable, "--score",
                                               fixture->path, "--batch", NULL);
      g_assert_no_error (error);
      g_subprocess_communicate_utf8 (process, NULL, NULL, NULL, &err, &error);
      g_assert_no_error (error);
      g_test_message ("%s: %s", modes[i], err);

      g_assert_true (g_subprocess_get_if_exited (process));
      g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 1);
      g_assert_nonnull (strstr (err, g_strerror (ENOSPC)));
      /* One line. */
      g_assert_true (g_str_has_suffix (err, "\n"));
      g_assert_true (strchr (err, '\n') == err + strlen (err) - 1);
    }
}

/* What no code of ours writes, --version and --help (GLib prints the
 * help and exits), to a full disk: one line and a failing status, never a
 * silent success. */
static void
test_cli_version_help_full (Fixture       *fixture G_GNUC_UNUSED,
                            gconstpointer  user_data G_GNUC_UNUSED)
{
  static const char * const options[] = { "--version", "--help" };
  const char *executable = g_getenv ("CR_EXECUTABLE");

  g_assert_nonnull (executable);
  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    {
      g_autoptr(GSubprocessLauncher) launcher = NULL;
      g_autoptr(GSubprocess) process = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *err = NULL;
      g_autofree char *expected = g_strdup_printf ("creator-role: cannot write to standard "
                                                   "output: %s\n", g_strerror (ENOSPC));

      launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDERR_PIPE);
      g_subprocess_launcher_set_stdout_file_path (launcher, "/dev/full");
      g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
      g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
      process = g_subprocess_launcher_spawn (launcher, &error, executable, options[i], NULL);
      g_assert_no_error (error);
      g_subprocess_communicate_utf8 (process, NULL, NULL, NULL, &err, &error);
      g_assert_no_error (error);
      g_assert_true (g_subprocess_get_if_exited (process));
      g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 1);
      g_assert_cmpstr (err, ==, expected);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/model/faults/save/new", test_save_new);
  ADD ("/model/faults/save/over-existing", test_save_over_existing);
  ADD ("/model/faults/save/read-only-folder", test_save_read_only_folder);
  ADD ("/model/faults/save/read-only-file", test_save_read_only_file);
  ADD ("/model/faults/save/disk-full", test_save_disk_full);
  ADD ("/model/faults/save/disk-full-new", test_save_disk_full_new);
  ADD ("/model/faults/save/folder-gone", test_save_folder_gone);
  ADD ("/model/faults/save/folder-is-file", test_save_folder_is_file);
  ADD ("/model/faults/save/onto-folder", test_save_onto_folder);
  ADD ("/model/faults/save/keeps-mode", test_save_keeps_mode);
  ADD ("/model/faults/save/through-link", test_save_through_link);
  ADD ("/model/faults/save/through-link-disk-full", test_save_through_link_disk_full);
  ADD ("/model/faults/save/link-loop", test_save_link_loop);
  ADD ("/model/faults/save/onto-fifo", test_save_onto_fifo);
  ADD ("/model/faults/load/truncated", test_load_truncated);
  ADD ("/model/faults/load/empty", test_load_empty);
  ADD ("/model/faults/load/newer", test_load_newer);
  ADD ("/model/faults/load/not-ours", test_load_not_ours);
  ADD ("/model/faults/load/unreadable", test_load_unreadable);
  g_test_add_func ("/model/faults/load/devices", test_load_devices);
  ADD ("/model/faults/load/fifo", test_load_fifo);
  ADD ("/model/faults/load/socket", test_load_socket);
  /* Last, in a suite of its own: it starts GLib's worker threads, whose
   * blocks a child forked afterwards holds without the threads (valgrind
   * calls that a leak). */
  ADD ("/model/faults/cli/disk-full", test_cli_disk_full);
  /* Last, with the other command-line cases: waiting for a child starts
   * GIO's worker threads, which the forked children of the tests above
   * would inherit as leaks under valgrind. */
  ADD ("/model/faults/cli/version-help-full", test_cli_version_help_full);

#undef ADD

  return g_test_run ();
}
