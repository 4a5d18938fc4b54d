/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-creator.c: one row of a roster: whom, their answers, and what they
 * score
 *
 * A roster holds hundreds of thousands of these, so a creator keeps only
 * what its row shows and what its result is made from: the name, the
 * answers packed into one selection per question, and the summary of the
 * result (the verdict, the three shares, close call, runner-up, how many
 * questions are answered), as properties that a column view binds to. The
 * whole result, with its explanations and what would change, is made again
 * from the answers (cr_score()) when the creator is opened.
 *
 * An opened creator is shown and edited through one CrAnswers object of
 * its own, cr_creator_ref_answers(), for as long as someone holds it:
 * every change made to it is packed back into the creator, whose summary
 * follows, and cr_creator_set_answers() changes it too. So every window
 * on the creator, and its row, show the same answers. Kept as object data,
 * not in the struct, so that the rows never opened pay nothing for it.
 *
 * A creator read from a file keeps its row's text as it was read
 * (_cr_creator_set_text()), so that a roster saved writes the rows not
 * edited back as they were, the cells it does not know included; a change
 * to its answers or name marks it edited and tells its roster, if it is in
 * one (the roster's modified state follows).
 *
 * No GTK here, and no text: the summary is the same in every language.
 */
#include "config.h"

#include "cr-creator.h"
#include "cr-roster-private.h"

struct _CrCreator
{
  GObject      parent_instance;

  char        *name;
  CrSelection *selection;
  /* The row as read, or NULL; @gap of its first bytes blank rows. */
  char        *text;
  /* The roster it is in, or NULL; not a reference. */
  CrRoster    *roster;
  guint64      line;
  guint32      gap;
  guint32      answered;
  guint8       role;
  guint8       runner_up;
  guint8       scores[CR_N_ROLES];
  guint8       n_answered;
  guint        close_call : 1;
  guint        complete : 1;
  guint        edited : 1;
};

G_DEFINE_FINAL_TYPE (CrCreator, cr_creator, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_LINE,
  PROP_ROLE,
  PROP_INFLUENCER_SCORE,
  PROP_AMBASSADOR_SCORE,
  PROP_CONTRACTED_AMBASSADOR_SCORE,
  PROP_CLOSE_CALL,
  PROP_RUNNER_UP,
  PROP_COMPLETE,
  PROP_N_ANSWERED,
  PROP_EDITED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The answers of cr_creator_ref_answers(), while they are held; not a
 * reference. */
static GQuark live_quark;

/* The property of each role's share, in CrRole order. */
static const guint score_props[CR_N_ROLES] = {
  PROP_INFLUENCER_SCORE,
  PROP_AMBASSADOR_SCORE,
  PROP_CONTRACTED_AMBASSADOR_SCORE,
};

static void live_gone_cb (gpointer  data,
                          GObject  *where_the_object_was);

static void
cr_creator_finalize (GObject *object)
{
  CrCreator *self = CR_CREATOR (object);
  GObject *live = g_object_get_qdata (object, live_quark);

  /* The answers outlive their creator, in a window say: they no longer
   * tell it their changes. */
  if (live != NULL)
    g_object_weak_unref (live, live_gone_cb, self);

  g_free (self->name);
  g_free (self->selection);
  g_free (self->text);

  G_OBJECT_CLASS (cr_creator_parent_class)->finalize (object);
}

static void
cr_creator_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CrCreator *self = CR_CREATOR (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_LINE:
      g_value_set_uint64 (value, self->line);
      break;

    case PROP_ROLE:
      g_value_set_uint (value, self->role);
      break;

    case PROP_INFLUENCER_SCORE:
      g_value_set_uint (value, self->scores[CR_ROLE_INFLUENCER]);
      break;

    case PROP_AMBASSADOR_SCORE:
      g_value_set_uint (value, self->scores[CR_ROLE_AMBASSADOR]);
      break;

    case PROP_CONTRACTED_AMBASSADOR_SCORE:
      g_value_set_uint (value, self->scores[CR_ROLE_CONTRACTED_AMBASSADOR]);
      break;

    case PROP_CLOSE_CALL:
      g_value_set_boolean (value, self->close_call);
      break;

    case PROP_RUNNER_UP:
      g_value_set_uint (value, self->runner_up);
      break;

    case PROP_COMPLETE:
      g_value_set_boolean (value, self->complete);
      break;

    case PROP_N_ANSWERED:
      g_value_set_uint (value, self->n_answered);
      break;

    case PROP_EDITED:
      g_value_set_boolean (value, self->edited);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_creator_class_init (CrCreatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cr_creator_finalize;
  object_class->get_property = cr_creator_get_property;

  /**
   * CrCreator:name: (nullable)
   *
   * The name or handle, as cr_answers_get_name() keeps it.
   */
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);

  /**
   * CrCreator:line:
   *
   * The line of the file the creator's row starts on, from 1.
   */
  properties[PROP_LINE] = g_param_spec_uint64 ("line", NULL, NULL, 0, G_MAXUINT64, 0, flags);

  /**
   * CrCreator:role:
   *
   * The verdict, a #CrRole (%CR_ROLE_NONE for neither role, %CR_ROLE_UNDECIDED
   * when nothing decisive is answered).
   */
  properties[PROP_ROLE] = g_param_spec_uint ("role", NULL, NULL, 0, CR_ROLE_UNDECIDED,
                                             CR_ROLE_NONE, flags);

  /**
   * CrCreator:influencer-score:
   *
   * The influencer's share of 100; likewise for the two other roles.
   */
  properties[PROP_INFLUENCER_SCORE] =
    g_param_spec_uint ("influencer-score", NULL, NULL, 0, 100, 0, flags);
  properties[PROP_AMBASSADOR_SCORE] =
    g_param_spec_uint ("ambassador-score", NULL, NULL, 0, 100, 0, flags);
  properties[PROP_CONTRACTED_AMBASSADOR_SCORE] =
    g_param_spec_uint ("contracted-ambassador-score", NULL, NULL, 0, 100, 0, flags);

  properties[PROP_CLOSE_CALL] = g_param_spec_boolean ("close-call", NULL, NULL, FALSE, flags);
  properties[PROP_RUNNER_UP] = g_param_spec_uint ("runner-up", NULL, NULL, 0, CR_ROLE_UNDECIDED,
                                                  CR_ROLE_NONE, flags);
  properties[PROP_COMPLETE] = g_param_spec_boolean ("complete", NULL, NULL, FALSE, flags);
  properties[PROP_N_ANSWERED] = g_param_spec_uint ("n-answered", NULL, NULL, 0, G_MAXUINT, 0,
                                                   flags);

  /**
   * CrCreator:edited:
   *
   * The answers or the name changed since the creator was read or its
   * roster saved.
   */
  properties[PROP_EDITED] = g_param_spec_boolean ("edited", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  live_quark = g_quark_from_static_string ("cr-creator-live-answers");
}

static void
cr_creator_init (CrCreator *self)
{
  self->role = CR_ROLE_NONE;
  self->runner_up = CR_ROLE_NONE;
}

/* Packs @answers into @self, and says whether the name changed;
 * *@changed says whether anything did. */
static gboolean
take_answers (CrCreator *self,
              CrAnswers *answers,
              gboolean  *changed)
{
  guint n_questions = cr_questionnaire_get_n_questions ();
  gboolean name_changed = g_strcmp0 (self->name, cr_answers_get_name (answers)) != 0;
  guint32 answered = self->answered;

  /* One bit a question in CrCreator.answered. */
  g_assert (n_questions <= 32);

  if (self->selection == NULL)
    self->selection = g_new0 (CrSelection, n_questions);

  self->answered = 0;
  for (guint q = 0; q < n_questions; q++)
    {
      gboolean is_answered = cr_answers_is_answered (answers, q);
      CrSelection selection = is_answered ? cr_answers_get_selection (answers, q) : 0;

      if (changed != NULL && self->selection[q] != selection)
        *changed = TRUE;
      self->selection[q] = selection;
      if (is_answered)
        self->answered |= ((guint32) 1) << q;
    }

  if (changed != NULL && (answered != self->answered || name_changed))
    *changed = TRUE;

  if (name_changed)
    {
      g_free (self->name);
      self->name = g_strdup (cr_answers_get_name (answers));
    }

  return name_changed;
}

/* Keeps @summary, and notifies what changed if @notify. */
static void
take_summary (CrCreator            *self,
              const CrScoreSummary *summary,
              gboolean              notify)
{
  CrRole role = summary->role;
  CrRole runner_up = summary->runner_up;
  gboolean close_call = summary->close_call;
  gboolean complete = summary->complete;
  guint n_answered = 0;

  for (guint32 bits = self->answered; bits != 0; bits &= bits - 1)
    n_answered++;

  if (self->role != role)
    {
      self->role = (guint8) role;
      if (notify)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
    }

  for (guint r = 0; r < CR_N_ROLES; r++)
    {
      guint score = summary->scores[r];

      if (self->scores[r] != score)
        {
          self->scores[r] = (guint8) score;
          if (notify)
            g_object_notify_by_pspec (G_OBJECT (self), properties[score_props[r]]);
        }
    }

  if (self->runner_up != runner_up)
    {
      self->runner_up = (guint8) runner_up;
      if (notify)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNER_UP]);
    }

  if (self->close_call != close_call)
    {
      self->close_call = close_call;
      if (notify)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLOSE_CALL]);
    }

  if (self->complete != complete)
    {
      self->complete = complete;
      if (notify)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETE]);
    }

  if (self->n_answered != n_answered)
    {
      self->n_answered = (guint8) n_answered;
      if (notify)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ANSWERED]);
    }
}

/**
 * cr_creator_new:
 * @answers: the creator's answers and name
 * @summary: (nullable): their cr_score_summary(), or %NULL to score them
 * @line: the line of the file the creator's row starts on
 *
 * Translates nothing: a roster's worker thread makes its creators with it.
 *
 * Returns: (transfer full): a creator that keeps a copy of @answers and
 *   @summary
 */
CrCreator *
cr_creator_new (CrAnswers            *answers,
                const CrScoreSummary *summary,
                guint64               line)
{
  CrScoreSummary own;
  CrCreator *self;

  g_return_val_if_fail (CR_IS_ANSWERS (answers), NULL);

  if (summary == NULL)
    {
      cr_score_summary (answers, &own);
      summary = &own;
    }

  self = g_object_new (CR_TYPE_CREATOR, NULL);
  self->line = line;
  take_answers (self, answers, NULL);
  take_summary (self, summary, FALSE);

  return self;
}

const char *
cr_creator_get_name (CrCreator *self)
{
  g_return_val_if_fail (CR_IS_CREATOR (self), NULL);

  return self->name;
}

guint64
cr_creator_get_line (CrCreator *self)
{
  g_return_val_if_fail (CR_IS_CREATOR (self), 0);

  return self->line;
}

/**
 * cr_creator_dup_answers:
 *
 * Returns: (transfer full): a new #CrAnswers holding the creator's answers
 *   and name; changing it does not change the creator (see
 *   cr_creator_set_answers() and cr_creator_ref_answers())
 */
CrAnswers *
cr_creator_dup_answers (CrCreator *self)
{
  CrAnswers *answers;

  g_return_val_if_fail (CR_IS_CREATOR (self), NULL);

  answers = cr_answers_new ();
  for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
    if (self->answered & (((guint32) 1) << q))
      cr_answers_set_selection (answers, q, self->selection[q]);
  cr_answers_set_name (answers, self->name);

  return answers;
}

/* Packs @answers, scores them, and notifies each property of the summary
 * that changed. */
static void
update (CrCreator *self,
        CrAnswers *answers)
{
  CrScoreSummary summary;
  gboolean changed = FALSE;

  g_object_freeze_notify (G_OBJECT (self));
  if (take_answers (self, answers, &changed))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
  cr_score_summary (answers, &summary);
  take_summary (self, &summary, TRUE);
  if (changed && !self->edited)
    {
      self->edited = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITED]);
      if (self->roster != NULL)
        _cr_roster_creator_edited (self->roster, self);
    }
  g_object_thaw_notify (G_OBJECT (self));
  if (self->roster != NULL)
    _cr_roster_creator_changed (self->roster, self);
}

/**
 * cr_creator_set_answers:
 * @answers: the creator's new answers and name
 *
 * Replaces the creator's answers by a copy of @answers, scores them, and
 * notifies each property of the summary that changed. The answers of
 * cr_creator_ref_answers(), if someone holds them, become the same.
 */
void
cr_creator_set_answers (CrCreator *self,
                        CrAnswers *answers)
{
  CrAnswers *live;

  g_return_if_fail (CR_IS_CREATOR (self));
  g_return_if_fail (CR_IS_ANSWERS (answers));

  live = g_object_get_qdata (G_OBJECT (self), live_quark);
  if (live != NULL)
    /* Which tells the creator, through live_changed_cb(). */
    cr_answers_assign (live, answers);
  else
    update (self, answers);
}

/* The answers of cr_creator_ref_answers() changed, or their name. */
static void
live_changed_cb (CrCreator *self)
{
  update (self, g_object_get_qdata (G_OBJECT (self), live_quark));
}

static void
live_gone_cb (gpointer  data,
              GObject  *where_the_object_was G_GNUC_UNUSED)
{
  g_object_set_qdata (G_OBJECT (data), live_quark, NULL);
}

/**
 * cr_creator_ref_answers:
 *
 * The creator's answers as an object to show and edit: the same object
 * for everyone who asks while one of them holds it. Every change made to
 * it changes the creator (its summary notified as cr_creator_set_answers()
 * notifies it), and cr_creator_set_answers() changes it. Once no one
 * holds it, the creator keeps its answers as they were last.
 *
 * Returns: (transfer full): the creator's answers and name
 */
CrAnswers *
cr_creator_ref_answers (CrCreator *self)
{
  CrAnswers *live;

  g_return_val_if_fail (CR_IS_CREATOR (self), NULL);

  live = g_object_get_qdata (G_OBJECT (self), live_quark);
  if (live != NULL)
    return g_object_ref (live);

  live = cr_creator_dup_answers (self);
  g_object_set_qdata (G_OBJECT (self), live_quark, live);
  g_object_weak_ref (G_OBJECT (live), live_gone_cb, self);
  g_signal_connect_object (live, "changed", G_CALLBACK (live_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (live, "notify::name", G_CALLBACK (live_changed_cb), self,
                           G_CONNECT_SWAPPED);

  return live;
}

CrRole
cr_creator_get_role (CrCreator *self)
{
  g_return_val_if_fail (CR_IS_CREATOR (self), CR_ROLE_NONE);

  return self->role;
}

guint
cr_creator_get_score (CrCreator *self,
                      CrRole     role)
{
  g_return_val_if_fail (CR_IS_CREATOR (self), 0);
  g_return_val_if_fail (role < CR_N_ROLES, 0);

  return self->scores[role];
}

gboolean
cr_creator_is_close_call (CrCreator *self)
{
  g_return_val_if_fail (CR_IS_CREATOR (self), FALSE);

  return self->close_call;
}

CrRole
cr_creator_get_runner_up (CrCreator *self)
{
  g_return_val_if_fail (CR_IS_CREATOR (self), CR_ROLE_NONE);

  return self->runner_up;
}

gboolean
cr_creator_is_complete (CrCreator *self)
{
  g_return_val_if_fail (CR_IS_CREATOR (self), FALSE);

  return self->complete;
}

guint
cr_creator_get_n_answered (CrCreator *self)
{
  g_return_val_if_fail (CR_IS_CREATOR (self), 0);

  return self->n_answered;
}

gboolean
cr_creator_get_edited (CrCreator *self)
{
  g_return_val_if_fail (CR_IS_CREATOR (self), FALSE);

  return self->edited;
}

/* The roster's own: see cr-roster-private.h. */

void
_cr_creator_set_text (CrCreator *self,
                      char      *text,
                      guint      gap)
{
  g_free (self->text);
  self->text = text;
  self->gap = gap;
}

const char *
_cr_creator_get_text (CrCreator *self,
                      guint     *gap)
{
  *gap = self->gap;

  return self->text;
}

void
_cr_creator_set_roster (CrCreator *self,
                        CrRoster  *roster)
{
  self->roster = roster;
}

CrRoster *
_cr_creator_get_roster (CrCreator *self)
{
  return self->roster;
}

void
_cr_creator_clear_edited (CrCreator *self)
{
  if (!self->edited)
    return;

  self->edited = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITED]);
}
