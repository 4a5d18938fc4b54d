/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-session.c: what a window shows: answers, their result, their draft
 *
 * A session is the state of one window, exposed as properties with notify
 * so that every page is a live view of it: the answers, their result
 * (scored once per change and shared by every page, export and print), the
 * draft offered at start-up, the document shown, and a what-if being
 * tried. No widget keeps a copy of any of these.
 *
 * The wizard's session (cr_session_new()) keeps a draft: every change is
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
 * A session for a document (cr_session_new_for_file()), for answers held
 * elsewhere (cr_session_new_for_answers()) or for a roster's creator
 * (cr_session_new_for_creator()) keeps no draft, so that opening a document
 * never overwrites the draft of other work; "modified" says whether its
 * answers differ from the file. A creator's session edits the creator's
 * own answers object (cr_creator_ref_answers()): what the window changes,
 * the row shows, and what changes the creator, the window shows, with no
 * copy between them to keep the same.
 *
 * A document's changes not yet saved can be kept in its recovery file
 * (cr_session_write_recovery()), when the app has to end without asking,
 * on a signal: the file's next opening offers them (cr_session_get_recovery()),
 * and saving the document or discarding them removes it.
 *
 * No GTK here: the session is tested without a display.
 */
#include "config.h"

#include <errno.h>

#include <glib/gstdio.h>

#include "cr-creator.h"
#include "cr-document.h"
#include "cr-draft.h"
#include "cr-i18n.h"
#include "cr-quote.h"
#include "cr-recovery.h"
#include "cr-session.h"

struct _CrSession
{
  GObject parent_instance;

  CrAnswers *answers;
  CrResult *result;

  /* The document shown, and its answers as last read or written. */
  GFile *file;
  CrAnswers *saved;
  gboolean modified;
  gboolean editable;
  /* The roster's creator whose answers these are, if they are. */
  CrCreator *creator;
  /* The answers of the document's recovery file, found when it was
   * opened, until restored or discarded; and when they were written. */
  CrAnswers *recovery;
  GDateTime *recovery_time;

  /* NULL for a session that keeps no draft. */
  CrDraft *storage;
  /* The draft found at start-up, until resumed or discarded. */
  CrAnswers *draft;
  guint save_source;
  gboolean warned;

  /* A what-if being tried: the answers with the change made, their
   * result, and the change in words. */
  CrAnswers *trial;
  CrResult *trial_result;
  char *trial_text;
};

G_DEFINE_FINAL_TYPE (CrSession, cr_session, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ANSWERS,
  PROP_RESULT,
  PROP_FILE,
  PROP_MODIFIED,
  PROP_EDITABLE,
  PROP_KEEPS_DRAFT,
  PROP_DRAFT,
  PROP_CORRUPT_DRAFT,
  PROP_TRIAL,
  PROP_TRIAL_RESULT,
  PROP_TRIAL_TEXT,
  PROP_RECOVERY,
  PROP_CREATOR,
  N_PROPS
};

enum
{
  DRAFT_FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
set_draft (CrSession *self,
           CrAnswers *draft)
{
  if (g_set_object (&self->draft, draft))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DRAFT]);
}

static void
update_modified (CrSession *self)
{
  gboolean modified = self->saved != NULL && !cr_answers_equal (self->answers, self->saved);

  if (modified == self->modified)
    return;

  self->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
set_aside_cb (CrSession *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CORRUPT_DRAFT]);
}

static void
rescore (CrSession *self)
{
  g_clear_pointer (&self->result, cr_result_unref);
  self->result = cr_score (self->answers);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULT]);
}

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
schedule_draft (CrSession *self)
{
  if (self->storage == NULL)
    return;

  /* Answers changed from here on replace the draft on disk: the offer to
   * resume the old one is gone. */
  set_draft (self, NULL);

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (CR_SESSION_DRAFT_DELAY_MS, save_draft_cb, self);
}

static void
answers_changed_cb (CrSession *self,
                    guint      question G_GNUC_UNUSED)
{
  /* A what-if was made of the answers as they were. */
  cr_session_end_trial (self);
  rescore (self);
  update_modified (self);
  schedule_draft (self);
}

static void
name_changed_cb (CrSession  *self,
                 GParamSpec *pspec G_GNUC_UNUSED)
{
  /* The name is kept in the draft and the document, but takes no part in
   * the score. */
  update_modified (self);
  schedule_draft (self);
}

static void
cr_session_dispose (GObject *object)
{
  CrSession *self = CR_SESSION (object);

  /* Closing the window writes what has not been written yet. */
  {
    g_autoptr(GError) error = NULL;

    if (!cr_session_flush_draft (self, &error) && !self->warned)
      g_warning ("Cannot save the draft: %s", error->message);
  }

  if (self->answers != NULL)
    g_signal_handlers_disconnect_by_data (self->answers, self);
  g_clear_object (&self->answers);
  g_clear_object (&self->draft);
  g_clear_object (&self->saved);
  g_clear_object (&self->trial);
  g_clear_object (&self->recovery);
  g_clear_object (&self->creator);

  G_OBJECT_CLASS (cr_session_parent_class)->dispose (object);
}

static void
cr_session_finalize (GObject *object)
{
  CrSession *self = CR_SESSION (object);

  if (self->storage != NULL)
    g_signal_handlers_disconnect_by_data (self->storage, self);
  g_clear_object (&self->storage);
  g_clear_object (&self->file);
  g_clear_pointer (&self->result, cr_result_unref);
  g_clear_pointer (&self->trial_result, cr_result_unref);
  g_clear_pointer (&self->trial_text, g_free);
  g_clear_pointer (&self->recovery_time, g_date_time_unref);

  G_OBJECT_CLASS (cr_session_parent_class)->finalize (object);
}

static void
cr_session_constructed (GObject *object)
{
  CrSession *self = CR_SESSION (object);

  G_OBJECT_CLASS (cr_session_parent_class)->constructed (object);

  if (self->answers == NULL)
    self->answers = cr_answers_new ();

  g_signal_connect_swapped (self->answers, "changed", G_CALLBACK (answers_changed_cb), self);
  /* The name is kept in the draft too. */
  g_signal_connect_swapped (self->answers, "notify::name", G_CALLBACK (name_changed_cb), self);

  self->result = cr_score (self->answers);
}

static void
cr_session_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CrSession *self = CR_SESSION (object);

  switch (prop_id)
    {
    case PROP_ANSWERS:
      g_value_set_object (value, self->answers);
      break;

    case PROP_RESULT:
      g_value_set_boxed (value, self->result);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;

    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;

    case PROP_KEEPS_DRAFT:
      g_value_set_boolean (value, cr_session_get_keeps_draft (self));
      break;

    case PROP_DRAFT:
      g_value_set_object (value, self->draft);
      break;

    case PROP_CORRUPT_DRAFT:
      g_value_set_string (value, cr_session_get_corrupt_draft (self));
      break;

    case PROP_TRIAL:
      g_value_set_object (value, self->trial);
      break;

    case PROP_TRIAL_RESULT:
      g_value_set_boxed (value, self->trial_result);
      break;

    case PROP_TRIAL_TEXT:
      g_value_set_string (value, self->trial_text);
      break;

    case PROP_RECOVERY:
      g_value_set_object (value, self->recovery);
      break;

    case PROP_CREATOR:
      g_value_set_object (value, self->creator);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_session_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  CrSession *self = CR_SESSION (object);

  switch (prop_id)
    {
    case PROP_ANSWERS:
      self->answers = g_value_dup_object (value);
      break;

    case PROP_EDITABLE:
      cr_session_set_editable (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_session_class_init (CrSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = cr_session_constructed;
  object_class->dispose = cr_session_dispose;
  object_class->finalize = cr_session_finalize;
  object_class->get_property = cr_session_get_property;
  object_class->set_property = cr_session_set_property;

  /**
   * CrSession:answers:
   *
   * The answers the window shows and edits; a new object when none is
   * given.
   */
  properties[PROP_ANSWERS] =
    g_param_spec_object ("answers", NULL, NULL,
                         CR_TYPE_ANSWERS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * CrSession:result:
   *
   * The result of the answers as they are now, in the language current
   * when they last changed (see cr_session_rescore()).
   */
  properties[PROP_RESULT] =
    g_param_spec_boxed ("result", NULL, NULL,
                        CR_TYPE_RESULT,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CrSession:file: (nullable)
   *
   * The document the session shows: the one opened, then the one it was
   * last exported to.
   */
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CrSession:modified:
   *
   * Whether the answers of a document differ from those in its file.
   */
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CrSession:editable:
   *
   * Whether the window lets the answers be changed. The wizard's and a
   * document's answers are; a roster row's are only shown until the user
   * chooses to edit them.
   */
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CrSession:keeps-draft:
   *
   * Whether the answers are kept in the draft between runs: only the
   * wizard's are.
   */
  properties[PROP_KEEPS_DRAFT] =
    g_param_spec_boolean ("keeps-draft", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CrSession:draft: (nullable)
   *
   * The unfinished answers found at start-up, until they are resumed or
   * discarded or other answers are given.
   */
  properties[PROP_DRAFT] =
    g_param_spec_object ("draft", NULL, NULL,
                         CR_TYPE_ANSWERS,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CrSession:corrupt-draft: (nullable)
   *
   * Where a draft that could not be read was moved.
   */
  properties[PROP_CORRUPT_DRAFT] =
    g_param_spec_string ("corrupt-draft", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CrSession:trial: (nullable)
   *
   * The answers with a what-if change made, while it is being tried; the
   * answers themselves are untouched until cr_session_keep_trial().
   */
  properties[PROP_TRIAL] =
    g_param_spec_object ("trial", NULL, NULL,
                         CR_TYPE_ANSWERS,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CrSession:trial-result: (nullable)
   *
   * The result of #CrSession:trial.
   */
  properties[PROP_TRIAL_RESULT] =
    g_param_spec_boxed ("trial-result", NULL, NULL,
                        CR_TYPE_RESULT,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CrSession:trial-text: (nullable)
   *
   * The change being tried, in a sentence.
   */
  properties[PROP_TRIAL_TEXT] =
    g_param_spec_string ("trial-text", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CrSession:recovery: (nullable)
   *
   * The answers of the document's recovery file, changes that were not
   * saved when the app last ended, found when the document was opened:
   * until they are restored or discarded, or the document is saved.
   */
  properties[PROP_RECOVERY] =
    g_param_spec_object ("recovery", NULL, NULL,
                         CR_TYPE_ANSWERS,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CrSession:creator: (nullable)
   *
   * The roster's creator whose answers the session shows and edits, for a
   * session made by cr_session_new_for_creator().
   */
  properties[PROP_CREATOR] =
    g_param_spec_object ("creator", NULL, NULL,
                         CR_TYPE_CREATOR,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

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
  self->editable = TRUE;
}

/**
 * cr_session_new:
 * @state_dir: (nullable): the folder for the draft's folder, or %NULL for
 *   g_get_user_state_dir()
 *
 * Makes the wizard's session, whose answers are kept in a draft of its
 * own in @state_dir (see cr_session_new_for_draft()).
 */
CrSession *
cr_session_new (const char *state_dir)
{
  g_autoptr(CrDraft) draft = cr_draft_new (state_dir);

  return cr_session_new_for_draft (draft);
}

/**
 * cr_session_new_for_draft:
 * @draft: where the answers are kept
 *
 * Makes the wizard's session, whose answers are kept in @draft. Reads the
 * draft, if any, and offers it through cr_session_get_draft(). The
 * sessions of one process over one folder share one #CrDraft, since a
 * second one on the same folder finds it in use: the application makes
 * it (cr_application_get_draft()).
 */
CrSession *
cr_session_new_for_draft (CrDraft *draft)
{
  CrSession *self;
  g_autoptr(CrAnswers) answers = NULL;

  g_return_val_if_fail (CR_IS_DRAFT (draft), NULL);

  self = g_object_new (CR_TYPE_SESSION, NULL);
  self->storage = g_object_ref (draft);
  g_signal_connect_object (self->storage, "notify::set-aside", G_CALLBACK (set_aside_cb), self,
                           G_CONNECT_SWAPPED);
  answers = cr_draft_load (self->storage);
  if (answers != NULL && !cr_answers_is_empty (answers))
    set_draft (self, answers);

  return self;
}

/**
 * cr_session_new_for_answers:
 * @answers: the answers to show, which the session edits in place
 * @file: (nullable): the document they come from
 *
 * Makes a session over answers held elsewhere, a roster's row say, or
 * read from @file. It keeps no draft.
 */
CrSession *
cr_session_new_for_answers (CrAnswers *answers,
                            GFile     *file)
{
  CrSession *self;

  g_return_val_if_fail (CR_IS_ANSWERS (answers), NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);

  self = g_object_new (CR_TYPE_SESSION, "answers", answers, NULL);
  if (file != NULL)
    {
      self->file = g_object_ref (file);
      self->saved = cr_answers_copy (answers);
    }

  return self;
}

/**
 * cr_session_new_for_creator:
 * @creator: a roster's creator
 *
 * Makes a session over @creator's answers: the very object of
 * cr_creator_ref_answers(), so that a change made in the session changes
 * the creator and its summary, and cr_creator_set_answers() changes the
 * session's answers and result, as it does those of every other session
 * on @creator. It keeps no draft and has no file, and cannot be edited
 * until cr_session_set_editable(): a creator is shown before it is
 * changed.
 */
CrSession *
cr_session_new_for_creator (CrCreator *creator)
{
  g_autoptr(CrAnswers) answers = NULL;
  CrSession *self;

  g_return_val_if_fail (CR_IS_CREATOR (creator), NULL);

  answers = cr_creator_ref_answers (creator);
  self = g_object_new (CR_TYPE_SESSION, "answers", answers, "editable", FALSE, NULL);
  self->creator = g_object_ref (creator);

  return self;
}

/**
 * cr_session_get_creator:
 *
 * Returns: (transfer none) (nullable): the creator of a session made by
 *   cr_session_new_for_creator()
 */
CrCreator *
cr_session_get_creator (CrSession *self)
{
  g_return_val_if_fail (CR_IS_SESSION (self), NULL);

  return self->creator;
}

static void
set_recovery (CrSession *self,
              CrAnswers *recovery,
              GDateTime *time)
{
  g_clear_pointer (&self->recovery_time, g_date_time_unref);
  if (time != NULL)
    self->recovery_time = g_date_time_ref (time);
  if (g_set_object (&self->recovery, recovery))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECOVERY]);
}

/* The recovery file of the document just read, offered when it holds
 * other answers. One that cannot be read is left where it is, for the
 * user to look at. */
static void
find_recovery (CrSession *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(CrAnswers) recovery = NULL;
  g_autoptr(GDateTime) time = NULL;
  g_autoptr(GError) error = NULL;

  time = cr_recovery_dup_time (self->file);
  if (time == NULL)
    return;

  file = cr_recovery_file_for (self->file);
  recovery = cr_document_load (file, NULL, &error);
  if (recovery == NULL)
    {
      g_autofree char *name = cr_quote_file_path (file);

      g_message ("The recovered changes in %s cannot be read: %s", name, error->message);
      return;
    }

  /* The document holds them already: nothing to offer, nor to keep. */
  if (cr_answers_equal (recovery, self->saved))
    {
      cr_session_discard_recovery (self, NULL);
      return;
    }

  set_recovery (self, recovery, time);
}

/**
 * cr_session_new_for_file:
 * @file: a result document
 *
 * Reads @file and makes a session that shows its answers, keeping no
 * draft.
 *
 * Returns: (transfer full) (nullable): the session, or %NULL with @error
 *   holding the one-line message the command line prints
 */
CrSession *
cr_session_new_for_file (GFile   *file,
                         GError **error)
{
  g_autoptr(CrAnswers) answers = NULL;
  CrSession *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  answers = cr_document_load (file, NULL, error);
  if (answers == NULL)
    return NULL;

  self = cr_session_new_for_answers (answers, file);
  find_recovery (self);

  return self;
}

CrAnswers *
cr_session_get_answers (CrSession *self)
{
  g_return_val_if_fail (CR_IS_SESSION (self), NULL);

  return self->answers;
}

/**
 * cr_session_get_result:
 *
 * Returns: (transfer none): the result of the answers as they are now
 */
CrResult *
cr_session_get_result (CrSession *self)
{
  g_return_val_if_fail (CR_IS_SESSION (self), NULL);

  return self->result;
}

/**
 * cr_session_rescore:
 *
 * Scores the answers again, and the what-if being tried, so that the
 * result's words are in the language now set.
 */
void
cr_session_rescore (CrSession *self)
{
  g_return_if_fail (CR_IS_SESSION (self));

  rescore (self);

  if (self->trial != NULL)
    {
      g_clear_pointer (&self->trial_result, cr_result_unref);
      self->trial_result = cr_score (self->trial);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRIAL_RESULT]);
    }
}

/**
 * cr_session_get_file:
 *
 * Returns: (transfer none) (nullable): the document shown
 */
GFile *
cr_session_get_file (CrSession *self)
{
  g_return_val_if_fail (CR_IS_SESSION (self), NULL);

  return self->file;
}

gboolean
cr_session_get_modified (CrSession *self)
{
  g_return_val_if_fail (CR_IS_SESSION (self), FALSE);

  return self->modified;
}

gboolean
cr_session_get_editable (CrSession *self)
{
  g_return_val_if_fail (CR_IS_SESSION (self), FALSE);

  return self->editable;
}

void
cr_session_set_editable (CrSession *self,
                         gboolean   editable)
{
  g_return_if_fail (CR_IS_SESSION (self));

  editable = !!editable;
  if (editable == self->editable)
    return;

  self->editable = editable;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

gboolean
cr_session_get_keeps_draft (CrSession *self)
{
  g_return_val_if_fail (CR_IS_SESSION (self), FALSE);

  return self->storage != NULL;
}

/**
 * cr_session_get_draft_storage:
 *
 * Returns: (transfer none) (nullable): where the draft is kept and what
 *   was found there, or %NULL for a session that keeps no draft
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

  return self->storage != NULL ? cr_draft_get_set_aside (self->storage) : NULL;
}

void
cr_session_resume_draft (CrSession *self)
{
  g_autoptr(CrAnswers) draft = NULL;

  g_return_if_fail (CR_IS_SESSION (self));

  if (self->draft == NULL)
    return;

  draft = g_object_ref (self->draft);
  set_draft (self, NULL);
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

  set_draft (self, NULL);
  cr_session_end_trial (self);
  cr_answers_clear (self->answers);
  /* Nothing to keep: write (remove) the draft now. */
  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->storage != NULL)
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
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (CR_IS_SESSION (self), FALSE);

  g_clear_handle_id (&self->save_source, g_source_remove);

  if (self->storage == NULL)
    return TRUE;

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
  g_return_val_if_fail (CR_IS_SESSION (self), NULL);

  return cr_document_to_data (self->answers, self->result, cr_i18n_get_language (), NULL, TRUE,
                              length);
}

/**
 * cr_session_export:
 *
 * Writes the document to @file atomically: on failure, whatever was at
 * @file before is intact. A document's session shows @file from then on;
 * the document itself under another name (cr_file_is_same()) is saved
 * under its own.
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

  /* The document itself under another name (a link to it, ./NAME): a
   * save, to the name it was opened by, which the window goes on
   * showing. */
  if (self->file != NULL && cr_file_is_same (file, self->file))
    file = self->file;

  data = cr_session_to_data (self, &length);

  if (!cr_document_save (file, data, length, NULL, error))
    return FALSE;

  /* The changes kept for the document shown are saved now. */
  if (self->file != NULL)
    cr_session_discard_recovery (self, NULL);

  if (self->storage == NULL)
    {
      if (self->file == NULL || !g_file_equal (self->file, file))
        {
          g_set_object (&self->file, file);
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
        }
      g_clear_object (&self->saved);
      self->saved = cr_answers_copy (self->answers);
      update_modified (self);
    }

  return TRUE;
}

static void
set_trial (CrSession  *self,
           CrAnswers  *trial,
           const char *text)
{
  gboolean had_trial = self->trial != NULL;

  if (trial == NULL && !had_trial)
    return;

  g_set_object (&self->trial, trial);
  g_clear_pointer (&self->trial_result, cr_result_unref);
  if (trial != NULL)
    self->trial_result = cr_score (trial);
  g_free (self->trial_text);
  self->trial_text = g_strdup (text);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRIAL]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRIAL_RESULT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRIAL_TEXT]);
}

/**
 * cr_session_try_change:
 * @index: which of the result's changes (cr_result_get_change())
 *
 * Tries a change that would move the verdict, without touching the
 * answers: #CrSession:trial and #CrSession:trial-result show what the
 * answers and the result would be, until cr_session_keep_trial() makes
 * them the answers or cr_session_end_trial() goes back to them.
 *
 * Returns: %FALSE when the result has no such change, or when it says no
 *   change would do
 */
gboolean
cr_session_try_change (CrSession *self,
                       guint      index)
{
  g_autoptr(CrAnswers) trial = NULL;
  const CrChange *change;

  g_return_val_if_fail (CR_IS_SESSION (self), FALSE);

  if (index >= cr_result_get_n_changes (self->result))
    return FALSE;

  change = cr_result_get_change (self->result, index);
  /* "No change of up to three answers would": nothing to try. */
  if (change->n_steps == 0)
    return FALSE;

  trial = cr_answers_copy (self->answers);
  cr_change_apply (change, trial);
  set_trial (self, trial, change->text);

  return TRUE;
}

/**
 * cr_session_keep_trial:
 *
 * Makes the what-if being tried the answers.
 */
void
cr_session_keep_trial (CrSession *self)
{
  g_autoptr(CrAnswers) trial = NULL;

  g_return_if_fail (CR_IS_SESSION (self));

  if (self->trial == NULL || !self->editable)
    return;

  trial = g_object_ref (self->trial);
  /* Changing the answers ends the trial. */
  cr_answers_assign (self->answers, trial);
  set_trial (self, NULL, NULL);
}

/**
 * cr_session_end_trial:
 *
 * Goes back to the answers as they are, leaving them untouched.
 */
void
cr_session_end_trial (CrSession *self)
{
  g_return_if_fail (CR_IS_SESSION (self));

  set_trial (self, NULL, NULL);
}

/**
 * cr_session_get_trial:
 *
 * Returns: (transfer none) (nullable): the answers of the what-if being
 *   tried
 */
CrAnswers *
cr_session_get_trial (CrSession *self)
{
  g_return_val_if_fail (CR_IS_SESSION (self), NULL);

  return self->trial;
}

/**
 * cr_session_get_trial_result:
 *
 * Returns: (transfer none) (nullable): the result of the what-if being
 *   tried
 */
CrResult *
cr_session_get_trial_result (CrSession *self)
{
  g_return_val_if_fail (CR_IS_SESSION (self), NULL);

  return self->trial_result;
}

const char *
cr_session_get_trial_text (CrSession *self)
{
  g_return_val_if_fail (CR_IS_SESSION (self), NULL);

  return self->trial_text;
}

/**
 * cr_session_flush_draft:
 *
 * Writes the draft now if a change is waiting to be written to it; does
 * nothing otherwise, so that a draft offered and not resumed stays.
 */
gboolean
cr_session_flush_draft (CrSession  *self,
                        GError    **error)
{
  g_return_val_if_fail (CR_IS_SESSION (self), FALSE);

  if (self->save_source == 0)
    return TRUE;

  return cr_session_save_draft_now (self, error);
}

/**
 * cr_session_write_recovery:
 *
 * Keeps the answers of a document changed and not saved in its recovery
 * file, atomically, as a document; the document itself is left as it is.
 * Does nothing for answers not changed, or for a session that shows no
 * document.
 *
 * Returns: %FALSE with @error when the file cannot be written
 */
gboolean
cr_session_write_recovery (CrSession  *self,
                           GError    **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (CR_IS_SESSION (self), FALSE);

  if (!self->modified || self->file == NULL)
    return TRUE;

  data = cr_session_to_data (self, &length);

  return cr_recovery_write (self->file, data, length, error);
}

/**
 * cr_session_get_recovery:
 *
 * Returns: (transfer none) (nullable): the answers found in the
 *   document's recovery file when it was opened (#CrSession:recovery)
 */
CrAnswers *
cr_session_get_recovery (CrSession *self)
{
  g_return_val_if_fail (CR_IS_SESSION (self), NULL);

  return self->recovery;
}

/**
 * cr_session_get_recovery_time:
 *
 * Returns: (transfer none) (nullable): when the recovered answers were
 *   written
 */
GDateTime *
cr_session_get_recovery_time (CrSession *self)
{
  g_return_val_if_fail (CR_IS_SESSION (self), NULL);

  return self->recovery_time;
}

/**
 * cr_session_restore_recovery:
 *
 * Makes the recovered answers the answers: the document is then changed,
 * and its recovery file stays until it is saved or the changes are
 * discarded.
 */
void
cr_session_restore_recovery (CrSession *self)
{
  g_autoptr(CrAnswers) recovery = NULL;

  g_return_if_fail (CR_IS_SESSION (self));

  if (self->recovery == NULL)
    return;

  recovery = g_object_ref (self->recovery);
  set_recovery (self, NULL, NULL);
  cr_answers_assign (self->answers, recovery);
}

/**
 * cr_session_discard_recovery:
 *
 * Forgets the recovered answers, and removes the document's recovery file.
 *
 * Returns: %FALSE with @error when the file is there and cannot be removed
 */
gboolean
cr_session_discard_recovery (CrSession  *self,
                             GError    **error)
{
  g_return_val_if_fail (CR_IS_SESSION (self), FALSE);

  set_recovery (self, NULL, NULL);

  return self->file == NULL || cr_recovery_discard (self->file, error);
}
