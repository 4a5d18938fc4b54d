/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-session.c: the answers a window shows, their draft, export and open
 *
 * The session owns the one CrAnswers the wizard edits. Every change is
 * written, once the answers have been still for CR_SESSION_DRAFT_DELAY_MS,
 * to $XDG_STATE_HOME/creator-role/draft.json in the document format, so that
 * closing the window or a crash loses nothing. The draft found at start-up
 * is offered, never applied silently: cr_session_get_draft() holds it until
 * the user resumes or discards it. A draft that cannot be read is renamed
 * aside, never deleted, and cr_session_get_corrupt_draft() says where it
 * went. A draft that cannot be written is reported once, through
 * ::draft-failed, and never stops anything.
 *
 * No GTK here: the session is tested without a display.
 */
#include "config.h"

#include <errno.h>

#include <glib/gstdio.h>

#include "cr-document.h"
#include "cr-i18n.h"
#include "cr-session.h"

struct _CrSession
{
  GObject parent_instance;

  CrAnswers *answers;
  GFile *draft_file;
  /* The draft found at start-up, until resumed or discarded. */
  CrAnswers *draft;
  /* Where an unreadable draft was moved. */
  char *corrupt_draft;
  guint save_source;
  gboolean warned;
};

G_DEFINE_FINAL_TYPE (CrSession, cr_session, G_TYPE_OBJECT)

enum
{
  DRAFT_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
save_draft_cb (gpointer user_data)
{
  CrSession *self = CR_SESSION (user_data);
  g_autoptr(GError) error = NULL;

  self->save_source = 0;

  if (!cr_session_save_draft_now (self, &error) && !self->warned)
    {
      self->warned = TRUE;
      g_signal_emit (self, signals[DRAFT_FAILED], 0, error);
    }

  return G_SOURCE_REMOVE;
}

static void
answers_changed_cb (CrSession *self,
                    guint      question G_GNUC_UNUSED)
{
  /* Answers changed from here on replace the draft on disk: the offer to
   * resume the old one is gone. */
  g_clear_object (&self->draft);

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (CR_SESSION_DRAFT_DELAY_MS, save_draft_cb, self);
}

static void
name_changed_cb (CrSession  *self,
                 GParamSpec *pspec G_GNUC_UNUSED)
{
  answers_changed_cb (self, G_MAXUINT);
}

static void
set_corrupt_draft_aside (CrSession *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *path = g_file_get_path (self->draft_file);
  g_autofree char *aside = g_strdup_printf ("%s.corrupt-%s", path, stamp);

  /* Two corrupt drafts in the same second: never overwrite the first. */
  for (guint n = 1; g_file_test (aside, G_FILE_TEST_EXISTS); n++)
    {
      g_free (aside);
      aside = g_strdup_printf ("%s.corrupt-%s-%u", path, stamp, n);
    }

  if (g_rename (path, aside) != 0)
    {
      g_warning ("Cannot move the unreadable draft %s aside: %s", path, g_strerror (errno));
      return;
    }

  self->corrupt_draft = g_steal_pointer (&aside);
}

static void
load_draft (CrSession *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrAnswers) draft = NULL;

  draft = cr_document_load (self->draft_file, NULL, &error);

  if (draft == NULL)
    {
      /* Only a file that is there can be corrupt: anything else (a folder
       * in the way, a file that cannot be read) is left alone, and
       * writing the draft will say what is wrong. */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) ||
          g_error_matches (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_READ) ||
          g_file_query_file_type (self->draft_file, G_FILE_QUERY_INFO_NONE, NULL) !=
            G_FILE_TYPE_REGULAR)
        return;

      g_debug ("The draft cannot be read: %s", error->message);
      set_corrupt_draft_aside (self);
      return;
    }

  if (!cr_answers_is_empty (draft))
    self->draft = g_steal_pointer (&draft);
}

static void
cr_session_dispose (GObject *object)
{
  CrSession *self = CR_SESSION (object);

  /* Closing the window writes what has not been written yet. */
  if (self->save_source != 0)
    {
      g_autoptr(GError) error = NULL;

      g_clear_handle_id (&self->save_source, g_source_remove);
      if (!cr_session_save_draft_now (self, &error) && !self->warned)
        g_warning ("Cannot save the draft: %s", error->message);
    }

  if (self->answers != NULL)
    g_signal_handlers_disconnect_by_data (self->answers, self);
  g_clear_object (&self->answers);
  g_clear_object (&self->draft);

  G_OBJECT_CLASS (cr_session_parent_class)->dispose (object);
}

static void
cr_session_finalize (GObject *object)
{
  CrSession *self = CR_SESSION (object);

  g_clear_object (&self->draft_file);
  g_clear_pointer (&self->corrupt_draft, g_free);

  G_OBJECT_CLASS (cr_session_parent_class)->finalize (object);
}

static void
cr_session_class_init (CrSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cr_session_dispose;
  object_class->finalize = cr_session_finalize;

  /**
   * CrSession::draft-failed:
   * @error: why
   *
   * The draft could not be written. Emitted once per session.
   */
  signals[DRAFT_FAILED] =
    g_signal_new ("draft-failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
cr_session_init (CrSession *self)
{
  self->answers = cr_answers_new ();
  g_signal_connect_swapped (self->answers, "changed", G_CALLBACK (answers_changed_cb), self);
  /* The name is kept in the draft too. */
  g_signal_connect_swapped (self->answers, "notify::name", G_CALLBACK (name_changed_cb), self);
}

/**
 * cr_session_new:
 * @state_dir: (nullable): the folder for the draft's folder, or %NULL for
 *   g_get_user_state_dir()
 *
 * Reads the draft, if any, and offers it through cr_session_get_draft().
 */
CrSession *
cr_session_new (const char *state_dir)
{
  CrSession *self = g_object_new (CR_TYPE_SESSION, NULL);
  g_autofree char *path = NULL;

  if (state_dir == NULL)
    state_dir = g_get_user_state_dir ();

  path = g_build_filename (state_dir, "creator-role", "draft.json", NULL);
  self->draft_file = g_file_new_for_path (path);
  load_draft (self);

  return self;
}

CrAnswers *
cr_session_get_answers (CrSession *self)
{
  g_return_val_if_fail (CR_IS_SESSION (self), NULL);

  return self->answers;
}

/**
 * cr_session_score:
 *
 * Returns: (transfer full): the result of the answers as they are now
 */
CrResult *
cr_session_score (CrSession *self)
{
  g_return_val_if_fail (CR_IS_SESSION (self), NULL);

  return cr_score (self->answers);
}

GFile *
cr_session_get_draft_file (CrSession *self)
{
  g_return_val_if_fail (CR_IS_SESSION (self), NULL);

  return self->draft_file;
}

/**
 * cr_session_get_draft:
 *
 * Returns: (nullable): the unfinished answers found at start-up, until they
 *   are resumed or discarded or other answers are given
 */
CrAnswers *
cr_session_get_draft (CrSession *self)
{
  g_return_val_if_fail (CR_IS_SESSION (self), NULL);

  return self->draft;
}

/**
 * cr_session_get_corrupt_draft:
 *
 * Returns: (nullable): the path an unreadable draft was moved to
 */
const char *
cr_session_get_corrupt_draft (CrSession *self)
{
  g_return_val_if_fail (CR_IS_SESSION (self), NULL);

  return self->corrupt_draft;
}

void
cr_session_resume_draft (CrSession *self)
{
  g_autoptr(CrAnswers) draft = NULL;

  g_return_if_fail (CR_IS_SESSION (self));

  if (self->draft == NULL)
    return;

  draft = g_steal_pointer (&self->draft);
  cr_answers_assign (self->answers, draft);
}

/**
 * cr_session_discard_draft:
 *
 * Forgets the draft and clears the answers: a new assessment starts.
 */
void
cr_session_discard_draft (CrSession *self)
{
  g_return_if_fail (CR_IS_SESSION (self));

  g_clear_object (&self->draft);
  cr_answers_clear (self->answers);
  /* Nothing to keep: write (remove) the draft now. */
  g_clear_handle_id (&self->save_source, g_source_remove);
  save_draft_cb (self);
}

/**
 * cr_session_save_draft_now:
 *
 * Writes the answers to the draft at once, or removes the draft when no
 * question is answered.
 */
gboolean
cr_session_save_draft_now (CrSession  *self,
                           GError    **error)
{
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (CR_IS_SESSION (self), FALSE);

  g_clear_handle_id (&self->save_source, g_source_remove);

  if (cr_answers_is_empty (self->answers))
    {
      if (!g_file_delete (self->draft_file, NULL, &local_error) &&
          !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      return TRUE;
    }

  folder = g_file_get_parent (self->draft_file);
  if (!g_file_make_directory_with_parents (folder, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  data = cr_session_to_data (self, &length);

  return cr_document_save (self->draft_file, data, length, NULL, error);
}

/**
 * cr_session_to_data:
 *
 * Returns: (transfer full): the answers and their result as the document
 *   the command line prints for them
 */
char *
cr_session_to_data (CrSession *self,
                    gsize     *length)
{
  g_autoptr(CrResult) result = NULL;

  g_return_val_if_fail (CR_IS_SESSION (self), NULL);

  result = cr_score (self->answers);

  return cr_document_to_data (self->answers, result, cr_i18n_get_language (), NULL, TRUE,
                              length);
}

/**
 * cr_session_export:
 *
 * Writes the document to @file atomically: on failure, whatever was at
 * @file before is intact.
 */
gboolean
cr_session_export (CrSession  *self,
                   GFile      *file,
                   GError    **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (CR_IS_SESSION (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  data = cr_session_to_data (self, &length);

  return cr_document_save (file, data, length, NULL, error);
}

/**
 * cr_session_open:
 *
 * Replaces the answers with those of the document in @file. On failure the
 * answers are untouched and @error holds the one-line message the command
 * line prints.
 */
gboolean
cr_session_open (CrSession  *self,
                 GFile      *file,
                 GError    **error)
{
  g_autoptr(CrAnswers) answers = NULL;

  g_return_val_if_fail (CR_IS_SESSION (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  answers = cr_document_load (file, NULL, error);
  if (answers == NULL)
    return FALSE;

  g_clear_object (&self->draft);
  cr_answers_assign (self->answers, answers);

  return TRUE;
}
