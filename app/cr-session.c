/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-session.c: the answers a window shows, their draft, export and open
 *
 * The session owns the one CrAnswers the wizard edits. Every change is
 * written, once the answers have been still for CR_SESSION_DRAFT_DELAY_MS,
 * to the draft (a CrDraft: $XDG_STATE_HOME/creator-role/draft.json in the
 * document format), so that closing the window or a crash loses nothing.
 * The draft found at start-up is offered, never applied silently:
 * cr_session_get_draft() holds it until the user resumes or discards it.
 * What the draft storage found and did (a draft set aside, one of a newer
 * version, one in use by another Creator Role, answers kept beside it) is
 * on cr_session_get_draft_storage(). A draft that cannot be written is
 * reported once, through ::draft-failed, and never stops anything.
 *
 * No GTK here: the session is tested without a display.
 */
#include "config.h"

#include "cr-document.h"
#include "cr-draft.h"
#include "cr-i18n.h"
#include "cr-session.h"

struct _CrSession
{
  GObject parent_instance;

  CrAnswers *answers;
  CrDraft *storage;
  /* The draft found at start-up, until resumed or discarded. */
  CrAnswers *draft;
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

  g_clear_object (&self->storage);

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
 *   cr_draft_dup_default_state_dir()
 *
 * Reads the draft, if any, and offers it through cr_session_get_draft().
 */
CrSession *
cr_session_new (const char *state_dir)
{
  CrSession *self = g_object_new (CR_TYPE_SESSION, NULL);

  self->storage = cr_draft_new (state_dir);
  self->draft = cr_draft_load (self->storage);

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

  return cr_draft_get_file (self->storage);
}

/**
 * cr_session_get_draft_storage:
 *
 * Returns: (transfer none): where the draft is kept, and what was found
 *   there: its properties say what the user must be told
 */
CrDraft *
cr_session_get_draft_storage (CrSession *self)
{
  g_return_val_if_fail (CR_IS_SESSION (self), NULL);

  return self->storage;
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

  return cr_draft_get_set_aside (self->storage);
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
 * question is answered; see cr_draft_save() for where they go when the
 * draft is not this session's to write. The error names the file.
 */
gboolean
cr_session_save_draft_now (CrSession  *self,
                           GError    **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (CR_IS_SESSION (self), FALSE);

  g_clear_handle_id (&self->save_source, g_source_remove);

  if (cr_answers_is_empty (self->answers))
    return cr_draft_remove (self->storage, error);

  data = cr_session_to_data (self, &length);

  return cr_draft_save (self->storage, data, length, error);
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
