/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-draft.c: where the unfinished answers are kept between sessions
 *
 * The draft is $XDG_STATE_HOME/creator-role/draft.json, in the document
 * format. This object reads it, writes it and removes it, and keeps what
 * it finds there from being lost:
 *
 * - It is read without blocking, and only if it is a regular file. Anything
 *   else there (a damaged or unreadable file, a named pipe, a device) is
 *   renamed aside, never deleted, and #CrDraft:set-aside says where. A
 *   folder in its place is left alone: writing says why it cannot.
 * - A draft written by a newer Creator Role, in a format this one does not
 *   read, is kept as it is (#CrDraft:newer-version).
 * - One writer per draft: the folder is locked (flock()) for as long as
 *   the draft is used. The windows of one process share one CrDraft,
 *   which the application owns (cr_session_new_for_draft()); another
 *   CrDraft on the same folder, like another Creator Role holding it (on
 *   another session bus, or another computer sharing the home folder),
 *   makes #CrDraft:in-use true. And the draft is only written over, or
 *   removed, while it is the one this object last read or wrote: a draft
 *   changed on disk by someone else (#CrDraft:changed-on-disk) is never
 *   overwritten.
 * - The answers that cannot go to the draft for one of these reasons are
 *   kept beside it, in a file of their own (#CrDraft:kept-file).
 * - A write that was interrupted (a kill during a slow fsync) leaves its
 *   new file, .draft.json.cr-PID-XXXXXX, behind (draft.json.XXXXXX from
 *   earlier versions). At the next start it
 *   becomes the draft when it holds complete answers newer than the draft
 *   (#CrDraft:recovered), and is removed when it is incomplete or older.
 *
 * No GTK here: the draft is tested without a display.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "cr-document.h"
#include "cr-draft.h"

#define DRAFT_NAME "draft.json"

/* What identifies the draft on disk: a write, which replaces the file,
 * changes the inode, and an edit in place changes the times. */
typedef struct
{
  gboolean exists;
  dev_t    dev;
  ino_t    ino;
  off_t    size;
  gint64   mtime_ns;
  gint64   ctime_ns;
} Identity;

/* The draft's folder as this object holds it: its flock() lock and the
 * draft as last read or written here. flock() locks are held per open
 * file, so two CrDraft objects on one folder lock each other out as two
 * processes would: the windows of one process share one CrDraft, which
 * the application makes (see cr_session_new_for_draft()). */
typedef struct
{
  char *folder;
  /* The folder, flock()ed, or -1. */
  int lock_fd;
  /* The file system cannot lock: the identity check alone guards it. */
  gboolean lock_unavailable;
  /* The draft as this process last read or wrote it. */
  Identity seen;
} Shared;

struct _CrDraft
{
  GObject parent_instance;

  char *path;
  GFile *file;
  char *display_name;
  Shared *shared;

  /* What was found in the draft's place could not be moved aside. */
  gboolean blocked;

  char *set_aside;
  char *kept_file;
  gboolean newer_version;
  gboolean in_use;
  gboolean changed_on_disk;
  gboolean recovered;
};

G_DEFINE_FINAL_TYPE (CrDraft, cr_draft, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_FILE,
  PROP_SET_ASIDE,
  PROP_NEWER_VERSION,
  PROP_IN_USE,
  PROP_CHANGED_ON_DISK,
  PROP_KEPT_FILE,
  PROP_RECOVERED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static Shared *
shared_new (const char *folder)
{
  Shared *shared = g_new0 (Shared, 1);

  shared->folder = g_strdup (folder);
  shared->lock_fd = -1;

  return shared;
}

static void
shared_free (Shared *shared)
{
  /* Closing the only descriptor releases the lock. */
  if (shared->lock_fd >= 0)
    close (shared->lock_fd);
  g_free (shared->folder);
  g_free (shared);
}

typedef enum
{
  LOCK_HELD,
  LOCK_BUSY,
  LOCK_UNAVAILABLE,
} LockResult;

static LockResult
shared_lock (Shared *shared)
{
  int fd;

  if (shared->lock_fd >= 0)
    return LOCK_HELD;
  if (shared->lock_unavailable)
    return LOCK_UNAVAILABLE;

  /* The folder is made to be locked; private, like the answers. */
  g_mkdir_with_parents (shared->folder, 0700);

  /* Without a folder there is nothing to lock: writing will say why. */
  if ((fd = g_open (shared->folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0)) < 0)
    return LOCK_UNAVAILABLE;

  if (flock (fd, LOCK_EX | LOCK_NB) == 0)
    {
      shared->lock_fd = fd;
      return LOCK_HELD;
    }

  /* EWOULDBLOCK: someone else has it. Anything else (ENOLCK, or EBADF
   * where locks are emulated over NFS): there is no lock to be had. */
  if (errno != EWOULDBLOCK)
    {
      g_debug ("Cannot lock %s: %s", shared->folder, g_strerror (errno));
      shared->lock_unavailable = TRUE;
    }
  close (fd);

  return shared->lock_unavailable ? LOCK_UNAVAILABLE : LOCK_BUSY;
}

static void
identity_read (const char *path,
               Identity   *identity)
{
  struct stat st;

  memset (identity, 0, sizeof *identity);
  if (g_stat (path, &st) != 0)
    return;

  identity->exists = TRUE;
  identity->dev = st.st_dev;
  identity->ino = st.st_ino;
  identity->size = st.st_size;
  identity->mtime_ns = (gint64) st.st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) +
                       st.st_mtim.tv_nsec;
  identity->ctime_ns = (gint64) st.st_ctim.tv_sec * G_GINT64_CONSTANT (1000000000) +
                       st.st_ctim.tv_nsec;
}

static gboolean
identity_equal (const Identity *a,
                const Identity *b)
{
  if (!a->exists || !b->exists)
    return a->exists == b->exists;

  return a->dev == b->dev && a->ino == b->ino && a->size == b->size &&
         a->mtime_ns == b->mtime_ns && a->ctime_ns == b->ctime_ns;
}

/* An identity no file has: what is on disk never equals it. */
static void
identity_set_unknown (Identity *identity)
{
  memset (identity, 0, sizeof *identity);
  identity->exists = TRUE;
  identity->ino = (ino_t) -1;
  identity->mtime_ns = -1;
}

static void
set_boolean (CrDraft  *self,
             gboolean *field,
             gboolean  value,
             guint     prop)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_string (CrDraft    *self,
            char      **field,
            const char *value,
            guint       prop)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

/* Takes the folder's lock if it is not held yet. Returns %FALSE when
 * another process holds it. */
static gboolean
try_lock (CrDraft *self)
{
  LockResult result = shared_lock (self->shared);

  set_boolean (self, &self->in_use, result == LOCK_BUSY, PROP_IN_USE);

  return result != LOCK_BUSY;
}

/* A name beside the draft that no file has yet: draft.json.WHAT-STAMP, or
 * with -2, -3… when taken. */
static char *
new_name_beside (CrDraft    *self,
                 const char *what)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  char *name = g_strdup_printf ("%s.%s-%s", self->path, what, stamp);

  for (guint n = 2; g_file_test (name, G_FILE_TEST_EXISTS) ||
                    g_file_test (name, G_FILE_TEST_IS_SYMLINK); n++)
    {
      g_free (name);
      name = g_strdup_printf ("%s.%s-%s-%u", self->path, what, stamp, n);
    }

  return name;
}

/* Renames what is in the draft's place aside, under a name that says why.
 * When it cannot be, the draft is not written over either. */
static void
set_aside (CrDraft    *self,
           const char *why)
{
  g_autofree char *aside = new_name_beside (self, why);

  if (g_rename (self->path, aside) != 0)
    {
      g_warning ("Cannot move the unreadable draft %s aside: %s", self->display_name,
                 g_strerror (errno));
      self->blocked = TRUE;
      return;
    }

  memset (&self->shared->seen, 0, sizeof self->shared->seen);
  set_string (self, &self->set_aside, aside, PROP_SET_ASIDE);
}

/* .draft.json.cr-PID-XXXXXX, as cr_document_save() names its new file;
 * or draft.json.XXXXXX, as g_file_set_contents_full() named it in earlier
 * versions (g_mkstemp()'s six letters and digits). */
static gboolean
is_leftover_name (const char *name)
{
  gsize prefix = strlen (DRAFT_NAME ".");

  if (cr_document_parse_temporary_name (name, DRAFT_NAME, NULL))
    return TRUE;

  if (!g_str_has_prefix (name, DRAFT_NAME ".") || strlen (name) != prefix + 6)
    return FALSE;

  for (const char *p = name + prefix; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p))
      return FALSE;

  return TRUE;
}

static gint64
mtime_ns_of (const char *path)
{
  Identity identity;

  identity_read (path, &identity);

  return identity.exists ? identity.mtime_ns : G_MININT64;
}

/* An incomplete write, or one that a later one superseded, can go. One of a
 * format this version does not read is not ours to judge. */
static gboolean
is_disposable (const GError *error)
{
  return error == NULL ||
         g_error_matches (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_EMPTY) ||
         g_error_matches (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_SYNTAX) ||
         g_error_matches (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_ENCODING) ||
         g_error_matches (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_TOO_DEEP);
}

/* The temporary files of interrupted writes: the newest one that holds
 * answers newer than @draft becomes the draft, the others are removed.
 * Only while the lock is held: another writer's file is never touched. */
static CrAnswers *
recover_leftovers (CrDraft   *self,
                   CrAnswers *draft)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(CrAnswers) best = NULL;
  g_autofree char *best_path = NULL;
  gint64 best_mtime = draft != NULL ? mtime_ns_of (self->path) : G_MININT64;
  const char *name;

  if (self->shared->lock_fd < 0 || self->newer_version || self->blocked)
    return draft != NULL ? g_object_ref (draft) : NULL;

  if ((dir = g_dir_open (self->shared->folder, 0, NULL)) == NULL)
    return draft != NULL ? g_object_ref (draft) : NULL;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autoptr(GFile) file = NULL;
      g_autoptr(CrAnswers) answers = NULL;
      g_autoptr(GError) error = NULL;
      struct stat st;
      gint64 mtime;

      if (!is_leftover_name (name))
        continue;

      path = g_build_filename (self->shared->folder, name, NULL);
      if (g_lstat (path, &st) != 0 || !S_ISREG (st.st_mode))
        continue;

      file = g_file_new_for_path (path);
      answers = cr_document_load (file, NULL, &error);
      mtime = mtime_ns_of (path);

      if (answers != NULL && !cr_answers_is_empty (answers) && mtime > best_mtime)
        {
          /* The one it beats is older: it goes. */
          if (best_path != NULL && g_unlink (best_path) != 0)
            g_debug ("Cannot remove %s: %s", best_path, g_strerror (errno));
          g_set_object (&best, answers);
          g_free (best_path);
          best_path = g_steal_pointer (&path);
          best_mtime = mtime;
        }
      else if (is_disposable (error))
        {
          g_debug ("Removing the leftover %s: %s", name,
                   error != NULL ? error->message : "older than the draft");
          if (g_unlink (path) != 0)
            g_debug ("Cannot remove %s: %s", path, g_strerror (errno));
        }
    }

  if (best_path == NULL)
    return draft != NULL ? g_object_ref (draft) : NULL;

  if (g_rename (best_path, self->path) != 0)
    {
      g_debug ("Cannot recover %s: %s", best_path, g_strerror (errno));
      return draft != NULL ? g_object_ref (draft) : NULL;
    }

  identity_read (self->path, &self->shared->seen);
  set_boolean (self, &self->recovered, TRUE, PROP_RECOVERED);

  return g_steal_pointer (&best);
}

/* Reads the draft, or sets aside what cannot be read. */
static CrAnswers *
read_draft (CrDraft *self)
{
  g_autoptr(CrAnswers) answers = NULL;
  g_autoptr(GError) error = NULL;
  struct stat st;

  identity_read (self->path, &self->shared->seen);

  /* Nothing there (or a link to nothing yet, which writing will make). */
  if (g_lstat (self->path, &st) != 0 || (g_stat (self->path, &st) != 0 && errno == ENOENT))
    {
      memset (&self->shared->seen, 0, sizeof self->shared->seen);
      return NULL;
    }

  answers = cr_document_load (self->file, NULL, &error);
  if (answers != NULL)
    return cr_answers_is_empty (answers) ? NULL : g_steal_pointer (&answers);

  g_debug ("The draft cannot be read: %s", error->message);

  if (g_error_matches (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_NEWER_VERSION))
    {
      set_boolean (self, &self->newer_version, TRUE, PROP_NEWER_VERSION);
      return NULL;
    }

  /* A folder is no draft a user would lose: left alone, and writing
   * says what is wrong. */
  if (g_stat (self->path, &st) == 0 && S_ISDIR (st.st_mode))
    return NULL;

  /* A file that cannot be opened, or is not a file: unreadable. A file
   * whose contents are wrong: corrupt. */
  set_aside (self, g_error_matches (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_READ) ||
                   g_error_matches (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_NOT_REGULAR)
                     ? "unreadable" : "corrupt");

  return NULL;
}

/* Whether the draft itself may be written over or removed now: the lock
 * is ours and the draft is the one last read or written here. */
static gboolean
may_write_draft (CrDraft *self)
{
  Identity now;

  if (!try_lock (self))
    return FALSE;

  if (self->newer_version || self->blocked || self->changed_on_disk)
    return FALSE;

  identity_read (self->path, &now);
  if (!identity_equal (&now, &self->shared->seen))
    {
      g_debug ("%s changed on disk since it was read: not written over", self->display_name);
      set_boolean (self, &self->changed_on_disk, TRUE, PROP_CHANGED_ON_DISK);
      return FALSE;
    }

  return TRUE;
}

static gboolean
ensure_folder (CrDraft  *self,
               GError  **error)
{
  if (g_mkdir_with_parents (self->shared->folder, 0700) == 0)
    return TRUE;

  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errno),
               "%s: cannot be written: %s", self->display_name, g_strerror (errno));
  return FALSE;
}

static void
remove_kept_file (CrDraft *self)
{
  if (self->kept_file == NULL)
    return;

  if (g_unlink (self->kept_file) != 0 && errno != ENOENT)
    g_debug ("Cannot remove %s: %s", self->kept_file, g_strerror (errno));
  set_string (self, &self->kept_file, NULL, PROP_KEPT_FILE);
}

static char *
display_name_for (const char *path)
{
  const char *home = g_get_home_dir ();
  g_autofree char *utf8 = g_filename_display_name (path);
  gsize home_length = home != NULL ? strlen (home) : 0;

  /* ~/… is what a user knows their home folder by. */
  if (home_length > 1 && g_str_has_prefix (path, home) && path[home_length] == G_DIR_SEPARATOR)
    {
      g_autofree char *rest = g_filename_display_name (path + home_length + 1);

      return g_strconcat ("~/", rest, NULL);
    }

  return g_steal_pointer (&utf8);
}

static void
cr_draft_dispose (GObject *object)
{
  CrDraft *self = CR_DRAFT (object);

  g_clear_pointer (&self->shared, shared_free);

  G_OBJECT_CLASS (cr_draft_parent_class)->dispose (object);
}

static void
cr_draft_finalize (GObject *object)
{
  CrDraft *self = CR_DRAFT (object);

  g_free (self->path);
  g_clear_object (&self->file);
  g_free (self->display_name);
  g_free (self->set_aside);
  g_free (self->kept_file);

  G_OBJECT_CLASS (cr_draft_parent_class)->finalize (object);
}

static void
cr_draft_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  CrDraft *self = CR_DRAFT (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_SET_ASIDE:
      g_value_set_string (value, self->set_aside);
      break;
    case PROP_NEWER_VERSION:
      g_value_set_boolean (value, self->newer_version);
      break;
    case PROP_IN_USE:
      g_value_set_boolean (value, self->in_use);
      break;
    case PROP_CHANGED_ON_DISK:
      g_value_set_boolean (value, self->changed_on_disk);
      break;
    case PROP_KEPT_FILE:
      g_value_set_string (value, self->kept_file);
      break;
    case PROP_RECOVERED:
      g_value_set_boolean (value, self->recovered);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_draft_class_init (CrDraftClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = cr_draft_dispose;
  object_class->finalize = cr_draft_finalize;
  object_class->get_property = cr_draft_get_property;

  /**
   * CrDraft:file:
   *
   * The draft: $XDG_STATE_HOME/creator-role/draft.json.
   */
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, flags);

  /**
   * CrDraft:set-aside:
   *
   * Where what was found in the draft's place, and could not be read as a
   * draft, was renamed to: draft.json.corrupt-STAMP for a damaged file,
   * draft.json.unreadable-STAMP for one that cannot be opened or is not a
   * file. %NULL when nothing was set aside.
   */
  properties[PROP_SET_ASIDE] =
    g_param_spec_string ("set-aside", NULL, NULL, NULL, flags);

  /**
   * CrDraft:newer-version:
   *
   * The draft was written by a newer Creator Role, in a format this one
   * does not read. It is kept as it is, for that version; the answers
   * given here go to #CrDraft:kept-file.
   */
  properties[PROP_NEWER_VERSION] =
    g_param_spec_boolean ("newer-version", NULL, NULL, FALSE, flags);

  /**
   * CrDraft:in-use:
   *
   * Another Creator Role (another session bus, or another computer sharing
   * the home folder) holds the draft. It is neither offered nor written
   * here; the answers given here go to #CrDraft:kept-file. It turns false
   * when the other one has ended and this one takes the draft over.
   */
  properties[PROP_IN_USE] =
    g_param_spec_boolean ("in-use", NULL, NULL, FALSE, flags);

  /**
   * CrDraft:changed-on-disk:
   *
   * The draft was changed on disk by someone else since it was read or
   * written here: it is not written over, and the answers given here go
   * to #CrDraft:kept-file.
   */
  properties[PROP_CHANGED_ON_DISK] =
    g_param_spec_boolean ("changed-on-disk", NULL, NULL, FALSE, flags);

  /**
   * CrDraft:kept-file:
   *
   * The file the answers given here are written to instead of the draft
   * (draft.json.kept-STAMP), when the draft is in use, newer or changed on
   * disk; %NULL while they go to the draft.
   */
  properties[PROP_KEPT_FILE] =
    g_param_spec_string ("kept-file", NULL, NULL, NULL, flags);

  /**
   * CrDraft:recovered:
   *
   * The draft offered was recovered from the temporary file of a write
   * that was interrupted.
   */
  properties[PROP_RECOVERED] =
    g_param_spec_boolean ("recovered", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cr_draft_init (CrDraft *self G_GNUC_UNUSED)
{
}

/**
 * cr_draft_dup_default_state_dir:
 *
 * Returns: (transfer full): $XDG_STATE_HOME, or ~/.local/state when it is
 *   unset, empty or relative (the XDG Base Directory specification says to
 *   ignore a relative path: it would put the draft under whatever folder
 *   the app was started from)
 */
char *
cr_draft_dup_default_state_dir (void)
{
  const char *state_home = g_getenv ("XDG_STATE_HOME");

  if (state_home != NULL && g_path_is_absolute (state_home))
    return g_strdup (state_home);

  return g_build_filename (g_get_home_dir (), ".local", "state", NULL);
}

/**
 * cr_draft_new:
 * @state_dir: (nullable): the folder for the draft's folder, or %NULL for
 *   cr_draft_dup_default_state_dir()
 *
 * Touches nothing on disk: cr_draft_load() does.
 */
CrDraft *
cr_draft_new (const char *state_dir)
{
  CrDraft *self = g_object_new (CR_TYPE_DRAFT, NULL);
  g_autofree char *default_dir = state_dir == NULL ? cr_draft_dup_default_state_dir () : NULL;
  g_autofree char *folder = g_build_filename (state_dir != NULL ? state_dir : default_dir,
                                              "creator-role", NULL);

  self->shared = shared_new (folder);
  self->path = g_build_filename (folder, DRAFT_NAME, NULL);
  self->file = g_file_new_for_path (self->path);
  self->display_name = display_name_for (self->path);

  return self;
}

/**
 * cr_draft_load:
 *
 * Takes the draft's lock, reads the draft, sets aside what cannot be read,
 * and recovers or removes the leftovers of interrupted writes. Never
 * blocks, whatever is in the draft's place. Call it once.
 *
 * Returns: (transfer full) (nullable): the answers of the draft, or %NULL
 *   when there is none to offer (none, empty, in use, newer, set aside)
 */
CrAnswers *
cr_draft_load (CrDraft *self)
{
  g_autoptr(CrAnswers) draft = NULL;

  g_return_val_if_fail (CR_IS_DRAFT (self), NULL);

  if (!try_lock (self))
    {
      /* The other one's: not read, not offered, and never to be written
       * over, even once it is free, unless it is gone by then. */
      identity_read (self->path, &self->shared->seen);
      if (self->shared->seen.exists)
        identity_set_unknown (&self->shared->seen);
      return NULL;
    }

  draft = read_draft (self);

  return recover_leftovers (self, draft);
}

/**
 * cr_draft_save:
 * @data: the answers as a document
 *
 * Writes @data to the draft, atomically, keeping the previous draft when
 * anything fails; or, when the draft is not this session's to write
 * (#CrDraft:in-use, #CrDraft:newer-version, #CrDraft:changed-on-disk), to
 * #CrDraft:kept-file. The error names the file, as the user knows it.
 *
 * Returns: %TRUE when @data is on disk
 */
gboolean
cr_draft_save (CrDraft     *self,
               const char  *data,
               gsize        length,
               GError     **error)
{
  g_autoptr(GFile) kept = NULL;
  g_autofree char *kept_path = NULL;

  g_return_val_if_fail (CR_IS_DRAFT (self), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);

  if (!ensure_folder (self, error))
    return FALSE;

  if (may_write_draft (self))
    {
      if (!cr_document_save (self->file, data, length, NULL, error))
        {
          g_prefix_error (error, "%s: ", self->display_name);
          return FALSE;
        }
      identity_read (self->path, &self->shared->seen);
      /* The same answers are in the draft now. */
      remove_kept_file (self);
      return TRUE;
    }

  /* One file for the session, named the first time. */
  kept_path = self->kept_file != NULL ? g_strdup (self->kept_file)
                                      : new_name_beside (self, "kept");
  set_string (self, &self->kept_file, kept_path, PROP_KEPT_FILE);

  kept = g_file_new_for_path (kept_path);
  if (!cr_document_save (kept, data, length, NULL, error))
    {
      g_autofree char *kept_name = display_name_for (kept_path);

      g_prefix_error (error, "%s: ", kept_name);
      return FALSE;
    }

  return TRUE;
}

/**
 * cr_draft_remove:
 *
 * Removes the draft, when it is this session's to remove, and the kept
 * file of this session. A draft that is not (in use, newer, changed on
 * disk) stays.
 *
 * Returns: %TRUE unless a file that should go could not be removed
 */
gboolean
cr_draft_remove (CrDraft  *self,
                 GError  **error)
{
  g_return_val_if_fail (CR_IS_DRAFT (self), FALSE);

  remove_kept_file (self);

  if (!may_write_draft (self) || !self->shared->seen.exists)
    return TRUE;

  if (g_unlink (self->path) != 0 && errno != ENOENT)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "%s: cannot be removed: %s", self->display_name, g_strerror (saved_errno));
      return FALSE;
    }

  memset (&self->shared->seen, 0, sizeof self->shared->seen);

  return TRUE;
}

/**
 * cr_draft_get_file:
 *
 * Returns: (transfer none): the draft
 */
GFile *
cr_draft_get_file (CrDraft *self)
{
  g_return_val_if_fail (CR_IS_DRAFT (self), NULL);

  return self->file;
}

/**
 * cr_draft_get_display_name:
 *
 * Returns: the draft's path as a user knows it, "~/.local/state/…" under
 *   the home folder, in UTF-8
 */
const char *
cr_draft_get_display_name (CrDraft *self)
{
  g_return_val_if_fail (CR_IS_DRAFT (self), NULL);

  return self->display_name;
}

/**
 * cr_draft_get_set_aside:
 *
 * Returns: (nullable): see #CrDraft:set-aside
 */
const char *
cr_draft_get_set_aside (CrDraft *self)
{
  g_return_val_if_fail (CR_IS_DRAFT (self), NULL);

  return self->set_aside;
}

gboolean
cr_draft_get_newer_version (CrDraft *self)
{
  g_return_val_if_fail (CR_IS_DRAFT (self), FALSE);

  return self->newer_version;
}

gboolean
cr_draft_get_in_use (CrDraft *self)
{
  g_return_val_if_fail (CR_IS_DRAFT (self), FALSE);

  return self->in_use;
}

gboolean
cr_draft_get_changed_on_disk (CrDraft *self)
{
  g_return_val_if_fail (CR_IS_DRAFT (self), FALSE);

  return self->changed_on_disk;
}

/**
 * cr_draft_get_kept_file:
 *
 * Returns: (nullable): see #CrDraft:kept-file
 */
const char *
cr_draft_get_kept_file (CrDraft *self)
{
  g_return_val_if_fail (CR_IS_DRAFT (self), NULL);

  return self->kept_file;
}

gboolean
cr_draft_get_recovered (CrDraft *self)
{
  g_return_val_if_fail (CR_IS_DRAFT (self), FALSE);

  return self->recovered;
}
