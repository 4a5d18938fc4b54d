/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-full-disk.c: every write onto a full disk or a read-only one
 *
 * A 64 KiB tmpfs is mounted in a mount namespace of the test's own (as
 * root, or as root of a user namespace of its own when the system allows
 * one), an old file put in it for each write, and the rest filled: every
 * write path then meets ENOSPC from the disk itself, as on a real full
 * disk: the command line's --output in each format, --batch, --version
 * and --help, the session's document save and draft, the roster's
 * export. Each fails with one plain line naming the file, a failing
 * status, the old file byte for byte as it was and nothing left beside
 * it. A second tmpfs, remounted read-only, gives EROFS the same way.
 * Standard output that is a full device is /dev/full.
 *
 * When no namespace can be had, every case is skipped, saying why; under
 * CI (CI=true), where the tests run as root, that is a failure instead.
 */
#define _GNU_SOURCE
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "cr-creator.h"
#include "cr-document.h"
#include "cr-i18n.h"
#include "cr-roster.h"
#include "cr-session.h"
#include "cr-test-profiles.h"
#include "cr-test-utils.h"

/* The room on the small disks. */
#define DISK_OPTIONS "size=64k,mode=0755"

/* Why no disk could be mounted, or NULL when they are. */
static char *no_disk;
/* A folder on the ordinary disk, for the inputs. */
static char *tmpdir;
/* The full disk and the read-only one. */
static char *full;
static char *readonly;

static const char old_contents[] = "what was there before\n";

/* Names put on the disks before they are filled. */
static const char * const full_names[] = {
  "out.json", "out.txt", "out.png", "out.pdf", "results.jsonl", "doc.json", "roster.csv",
  "state", "filler",
};

static gboolean
write_proc_file (const char *path,
                 const char *text)
{
  int fd = open (path, O_WRONLY | O_CLOEXEC);
  gboolean ok;

  if (fd < 0)
    return FALSE;
  ok = write (fd, text, strlen (text)) == (gssize) strlen (text);
  close (fd);

  return ok;
}

/* Whether a mount of ours propagates to another namespace: a "shared:N"
 * among the optional fields of /proc/self/mountinfo, before " - ". */
static gboolean
any_mount_shared (void)
{
  g_autofree char *info = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents ("/proc/self/mountinfo", &info, NULL, NULL))
    return TRUE;

  lines = g_strsplit (info, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *end = strstr (lines[i], " - ");

      if (end != NULL)
        *end = '\0';
      if (strstr (lines[i], " shared:") != NULL)
        return TRUE;
    }

  return FALSE;
}

/* A mount namespace of our own, where what is mounted goes with the
 * process: as root, or as root of a new user namespace. Called before any
 * thread starts, as unshare(CLONE_NEWUSER) requires. */
static gboolean
enter_namespace (char **reason)
{
  uid_t uid = geteuid ();
  gid_t gid = getegid ();

  if (uid == 0 && unshare (CLONE_NEWNS) == 0)
    goto entered;

  if (unshare (CLONE_NEWUSER | CLONE_NEWNS) != 0)
    {
      *reason = g_strdup_printf ("no mount namespace of our own: unshare: %s",
                                 g_strerror (errno));
      return FALSE;
    }

  {
    g_autofree char *uid_map = g_strdup_printf ("0 %u 1\n", (unsigned) uid);
    g_autofree char *gid_map = g_strdup_printf ("0 %u 1\n", (unsigned) gid);

    if (!write_proc_file ("/proc/self/uid_map", uid_map) ||
        !write_proc_file ("/proc/self/setgroups", "deny\n") ||
        !write_proc_file ("/proc/self/gid_map", gid_map))
      {
        *reason = g_strdup_printf ("cannot map our user in a user namespace: %s",
                                   g_strerror (errno));
        return FALSE;
      }
  }

entered:
  /* Nothing mounted here is seen outside. In a chroot, / is no mount
   * point and cannot be made private: it is enough that no mount is
   * shared (build-aux/dev.sh's root is in a private namespace). */
  if (mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0)
    {
      int saved_errno = errno;

      if (saved_errno != EINVAL || any_mount_shared ())
        {
          *reason = g_strdup_printf ("cannot make the mounts private: %s",
                                     g_strerror (saved_errno));
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
mount_small_disk (const char  *path,
                  char       **reason)
{
  if (mount ("tmpfs", path, "tmpfs", MS_NOSUID | MS_NODEV, DISK_OPTIONS) != 0)
    {
      *reason = g_strdup_printf ("cannot mount a tmpfs on %s: %s", path, g_strerror (errno));
      return FALSE;
    }

  return TRUE;
}

static void
put_old_file (const char *folder,
              const char *name)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, old_contents, -1, &error);
  g_assert_no_error (error);
}

/* The old draft, written while there is room for it. */
static GBytes *old_draft;

static char *
state_dir (void)
{
  return g_build_filename (full, "state", NULL);
}

static char *
draft_path (void)
{
  return g_build_filename (full, "state", "creator-role", "draft.json", NULL);
}

/* Fills what is left of @folder's disk, to the last block. */
static void
fill (const char *folder)
{
  g_autofree char *path = g_build_filename (folder, "filler", NULL);
  char block[4096];
  int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  int saved_errno = 0;

  g_assert_cmpint (fd, >=, 0);
  memset (block, 'x', sizeof block);
  for (gsize size = sizeof block; size > 0; size /= 2)
    for (;;)
      {
        gssize n = write (fd, block, size);

        if (n < 0)
          {
            saved_errno = errno;
            break;
          }
      }
  g_assert_cmpint (saved_errno, ==, ENOSPC);
  g_assert_no_errno (close (fd));
}

static gboolean
make_disks (char **reason)
{
  g_autoptr(GError) error = NULL;

  if (!enter_namespace (reason))
    return FALSE;

  tmpdir = g_dir_make_tmp ("test-full-disk-XXXXXX", &error);
  g_assert_no_error (error);
  full = g_build_filename (tmpdir, "full", NULL);
  readonly = g_build_filename (tmpdir, "readonly", NULL);
  g_assert_no_errno (g_mkdir (full, 0755));
  g_assert_no_errno (g_mkdir (readonly, 0755));

  if (!mount_small_disk (full, reason) || !mount_small_disk (readonly, reason))
    return FALSE;

  /* The read-only disk: old files, then remounted read-only. */
  for (guint i = 0; i < 4; i++)
    put_old_file (readonly, full_names[i]);
  if (mount ("tmpfs", readonly, "tmpfs", MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV,
             DISK_OPTIONS) != 0)
    {
      *reason = g_strdup_printf ("cannot make a tmpfs read-only: %s", g_strerror (errno));
      return FALSE;
    }

  return TRUE;
}

/* Once the process runs: the old files, the old draft, then the rest of
 * the disk filled. */
static void
fill_full_disk (void)
{
  g_autoptr(CrAnswers) answers = cr_test_answers_new (cr_test_profiles[0].answers);
  g_autofree char *state = state_dir ();
  g_autofree char *draft = draft_path ();

  for (guint i = 0; i < 7; i++)
    put_old_file (full, full_names[i]);
  /* Standard output redirected: the shell empties it first, which would
   * give its block back. */
  {
    g_autofree char *results = g_build_filename (full, "results.jsonl", NULL);

    g_assert_true (g_file_set_contents (results, "", 0, NULL));
  }

  {
    g_autoptr(CrSession) session = cr_session_new (state);
    g_autoptr(GError) error = NULL;

    cr_answers_assign (cr_session_get_answers (session), answers);
    g_assert_true (cr_session_save_draft_now (session, &error));
    g_assert_no_error (error);
  }
  old_draft = cr_test_read_file (draft);

  fill (full);
}

static gboolean
skip_without_disk (void)
{
  if (no_disk == NULL)
    return FALSE;

  if (g_strcmp0 (g_getenv ("CI"), "true") == 0)
    {
      g_test_message ("No small disk under CI: %s", no_disk);
      g_test_fail ();
    }
  else
    g_test_skip (no_disk);

  return TRUE;
}

/* What is on @folder's disk: the names given, nothing beside them. */
static void
assert_only (const char         *folder,
             const char * const *names,
             guint               n_names)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint seen = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      gboolean known = FALSE;

      for (guint i = 0; i < n_names; i++)
        known |= g_str_equal (name, names[i]);
      if (!known)
        g_error ("%s left in %s", name, folder);
      seen++;
    }
  g_assert_cmpuint (seen, ==, n_names);
}

static void
assert_old (const char *folder,
            const char *name)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autoptr(GBytes) bytes = cr_test_read_file (path);

  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), old_contents,
                   strlen (old_contents));
}

/* `sh -c SCRIPT creator-role ARGS…` ("$0" is the program), in the C
 * locale. */
#define SCRIPT(text) (&(CrTestRunOptions) { .script = (text), .env = c_locale_env })

static const char * const c_locale_env[] = { "LC_ALL=C.UTF-8", NULL };

static char *
document_input (void)
{
  g_autoptr(CrAnswers) answers = cr_test_answers_new (cr_test_profiles[0].answers);
  g_autoptr(CrResult) result = cr_score (answers);
  g_autofree char *data = cr_document_to_data (answers, result, "en", NULL, TRUE, NULL);

  return cr_test_write_file (tmpdir, "doc.json", data, -1);
}

/* --output in every format, onto the full disk and the read-only one. */
static void
test_output (void)
{
  static const struct { const char *format; const char *name; } outputs[] = {
    { "json", "out.json" }, { "text", "out.txt" }, { "png", "out.png" }, { "pdf", "out.pdf" },
  };
  g_autofree char *input = NULL;

  if (skip_without_disk ())
    return;

  input = document_input ();
  for (guint i = 0; i < G_N_ELEMENTS (outputs); i++)
    for (guint d = 0; d < 2; d++)
      {
        const char *folder = d == 0 ? full : readonly;
        g_autofree char *path = g_build_filename (folder, outputs[i].name, NULL);
        g_autofree char *expected =
          g_strdup_printf ("%s: cannot be written: %s\n", path,
                           d == 0 ? "No space left on device" : "Read-only file system");
        g_auto(CrTestRun) run = { 0 };

        g_test_message ("--format %s -o %s", outputs[i].format, path);
        cr_test_run (&run, SCRIPT ("exec \"$0\" \"$@\""), "--score", input, "--format",
                     outputs[i].format, "-o", path, NULL);
        g_assert_cmpstr (run.err, ==, expected);
        g_assert_cmpint (run.status, ==, 1);
        g_assert_cmpstr (run.out, ==, "");
        assert_old (folder, outputs[i].name);
      }

  assert_only (full, full_names, G_N_ELEMENTS (full_names));
  assert_only (readonly, full_names, 4);
  g_unlink (input);
}

/* Standard output on a full disk or a full device: --batch in both its
 * forms, one document, --version and --help. */
static void
test_standard_output (void)
{
  static const char * const full_line =
    "creator-role: cannot write to standard output: No space left on device\n";
  g_autofree char *input = NULL;
  g_autofree char *lines = NULL;
  g_autofree char *roster = NULL;
  g_autofree char *results = NULL;

  if (skip_without_disk ())
    return;

  input = document_input ();
  lines = cr_test_write_file (tmpdir, "lines.jsonl", "{\"answers\": {\"effort\": \"job\"}}\n"
                              "{\"answers\": {\"brands\": \"many\"}}\n", -1);
  roster = cr_test_write_file (tmpdir, "roster.csv", "name,effort\nAda,job\nBea,occasional\n", -1);
  results = g_build_filename (full, "results.jsonl", NULL);

  for (guint d = 0; d < 2; d++)
    {
      /* The shell opens the file, empty, before the program runs. */
      g_autofree char *script = d == 0 ? g_strdup_printf ("exec \"$0\" \"$@\" > '%s'", results)
                                       : g_strdup ("exec \"$0\" \"$@\" > /dev/full");
      const struct { const char *args[7]; const char *err; } runs[] = {
        { { "--score", lines, "--batch", NULL },
          "creator-role: cannot write the results: No space left on device\n" },
        { { "--score", roster, "--batch", "--format", "csv", NULL },
          "creator-role: cannot write the results: No space left on device\n" },
        { { "--score", input, NULL },
          "creator-role: cannot write the result: No space left on device\n" },
        { { "--version", NULL }, full_line },
        { { "--help", NULL }, full_line },
        { { "--help-all", NULL }, full_line },
      };

      for (guint i = 0; i < G_N_ELEMENTS (runs); i++)
        {
          g_auto(CrTestRun) run = { 0 };

          g_autofree char *args = g_strjoinv (" ", (char **) runs[i].args);

          g_test_message ("%s > %s", args, d == 0 ? results : "/dev/full");
          cr_test_run (&run, SCRIPT (script), runs[i].args[0], runs[i].args[1], runs[i].args[2],
                       runs[i].args[3], runs[i].args[4], NULL);
          g_assert_cmpstr (run.err, ==, runs[i].err);
          g_assert_cmpint (run.status, ==, 1);
        }
      if (d == 0)
        {
          g_autoptr(GBytes) left = cr_test_read_file (results);

          g_assert_cmpuint (g_bytes_get_size (left), ==, 0);
        }
    }

  assert_only (full, full_names, G_N_ELEMENTS (full_names));
  g_unlink (input);
  g_unlink (lines);
  g_unlink (roster);
}

/* The window's writes, in this process: the document saved, the draft,
 * the roster exported. */
static void
test_session (void)
{
  g_autoptr(CrAnswers) answers = NULL;
  g_autoptr(CrSession) session = NULL;
  g_autoptr(CrSession) wizard = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) draft = NULL;
  g_autofree char *doc = NULL;
  g_autofree char *state = NULL;
  g_autofree char *draft_file = NULL;
  g_autoptr(GFile) file = NULL;
  const char * const state_names[] = { "draft.json" };

  if (skip_without_disk ())
    return;

  /* A document saved onto the full disk. */
  doc = g_build_filename (full, "doc.json", NULL);
  file = g_file_new_for_path (doc);
  answers = cr_test_answers_new (cr_test_profiles[1].answers);
  session = cr_session_new_for_answers (answers, NULL);
  g_assert_false (cr_session_export (session, file, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC);
  g_assert_cmpstr (error->message, ==, "cannot be written: No space left on device");
  g_clear_error (&error);
  assert_old (full, "doc.json");

  /* The draft: the answers change, the draft cannot be written, the old
   * one stays. */
  state = state_dir ();
  draft_file = draft_path ();
  wizard = cr_session_new (state);
  cr_answers_assign (cr_session_get_answers (wizard), answers);
  g_assert_false (cr_session_save_draft_now (wizard, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_null (strchr (error->message, '\n'));
  g_assert_true (g_str_has_suffix (error->message,
                                   "cannot be written: No space left on device"));
  g_clear_error (&error);
  draft = cr_test_read_file (draft_file);
  g_assert_true (g_bytes_equal (draft, old_draft));
  {
    g_autofree char *folder = g_path_get_dirname (draft_file);

    assert_only (folder, state_names, G_N_ELEMENTS (state_names));
  }

  assert_only (full, full_names, G_N_ELEMENTS (full_names));
}

static void
test_roster (void)
{
  g_autoptr(CrRoster) roster = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;

  if (skip_without_disk ())
    return;

  roster = cr_roster_new ();
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(CrAnswers) answers = cr_test_answers_new (cr_test_profiles[i].answers);
      g_autoptr(CrCreator) creator = cr_creator_new (answers, NULL, i + 2);

      cr_roster_append (roster, creator);
    }

  path = g_build_filename (full, "roster.csv", NULL);
  file = g_file_new_for_path (path);
  for (guint f = 0; f < 2; f++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (cr_roster_save (roster, file, f == 0 ? CR_ROSTER_FORMAT_CSV
                                                           : CR_ROSTER_FORMAT_JSONL,
                                      NULL, &error));
      g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC);
      g_assert_cmpstr (error->message, ==, "cannot be written: No space left on device");
      assert_old (full, "roster.csv");
    }

  assert_only (full, full_names, G_N_ELEMENTS (full_names));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* First, while there is one thread. */
  if (!make_disks (&no_disk))
    g_assert_nonnull (no_disk);

  g_unsetenv ("LANGUAGE");
  g_setenv ("LANG", "C.UTF-8", TRUE);
  cr_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  if (no_disk == NULL)
    fill_full_disk ();

  g_test_add_func ("/full-disk/output", test_output);
  g_test_add_func ("/full-disk/standard-output", test_standard_output);
  g_test_add_func ("/full-disk/session", test_session);
  g_test_add_func ("/full-disk/roster", test_roster);

  status = g_test_run ();

  /* The disks go with the namespace; the folders under them stay. */
  if (tmpdir != NULL)
    {
      umount2 (full, MNT_DETACH);
      umount2 (readonly, MNT_DETACH);
      cr_test_remove_tree (tmpdir);
    }
  g_clear_pointer (&old_draft, g_bytes_unref);
  g_free (full);
  g_free (readonly);
  g_free (tmpdir);
  g_free (no_disk);

  return status;
}
