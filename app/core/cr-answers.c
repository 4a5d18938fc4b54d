/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-answers.c: the choices a creator has made, question by question
 *
 * Every question holds a selection (a set of option indexes) and whether it
 * was answered at all, which a multiple-choice question needs to tell "none
 * of these" from "not answered yet". A single-choice question that is
 * answered has exactly one option selected.
 *
 * The answers may carry the name or handle of the person they are about,
 * so that a result says whose it is wherever it goes (the draft, an export,
 * a roster row). It is optional, and plays no part in the score.
 *
 * Each change of an answer emits ::changed with the question's index
 * (G_MAXUINT when several questions changed at once) and notifies
 * "n-answered" and "complete" when they change; a change of name notifies
 * "name".
 */
#include "config.h"

#include "cr-answers.h"
#include "cr-questionnaire.h"

struct _CrAnswers
{
  GObject      parent_instance;

  guint        n_questions;
  gboolean    *answered;
  CrSelection *selection;
  char        *name;
};

G_DEFINE_FINAL_TYPE (CrAnswers, cr_answers, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_N_ANSWERED,
  PROP_COMPLETE,
  PROP_NAME,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
cr_answers_finalize (GObject *object)
{
  CrAnswers *self = CR_ANSWERS (object);

  g_free (self->answered);
  g_free (self->selection);
  g_free (self->name);

  G_OBJECT_CLASS (cr_answers_parent_class)->finalize (object);
}

static void
cr_answers_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CrAnswers *self = CR_ANSWERS (object);

  switch (prop_id)
    {
    case PROP_N_ANSWERED:
      g_value_set_uint (value, cr_answers_get_n_answered (self));
      break;

    case PROP_COMPLETE:
      g_value_set_boolean (value, cr_answers_is_complete (self));
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_answers_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  CrAnswers *self = CR_ANSWERS (object);

  switch (prop_id)
    {
    case PROP_NAME:
      cr_answers_set_name (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_answers_class_init (CrAnswersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cr_answers_finalize;
  object_class->get_property = cr_answers_get_property;
  object_class->set_property = cr_answers_set_property;

  properties[PROP_N_ANSWERED] =
    g_param_spec_uint ("n-answered", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_COMPLETE] =
    g_param_spec_boolean ("complete", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CrAnswers:name: (nullable)
   *
   * Whom the answers are about: a name or a handle, as the user wrote it,
   * or %NULL. Always one line of at most %CR_ANSWERS_NAME_MAX_CHARS
   * characters, never empty: see cr_answers_set_name().
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CrAnswers::changed:
   * @question: the index of the question that changed, or %G_MAXUINT when
   *   several did
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
    g_assert (cr_questionnaire_get_question (q)->n_options <= sizeof (CrSelection) * 8);
}

static void
cr_answers_init (CrAnswers *self)
{
  self->n_questions = cr_questionnaire_get_n_questions ();
  self->answered = g_new0 (gboolean, self->n_questions);
  self->selection = g_new0 (CrSelection, self->n_questions);
}

CrAnswers *
cr_answers_new (void)
{
  return g_object_new (CR_TYPE_ANSWERS, NULL);
}

/**
 * cr_answers_copy:
 *
 * Returns: (transfer full): a new object holding the same answers
 */
CrAnswers *
cr_answers_copy (CrAnswers *self)
{
  CrAnswers *copy;

  g_return_val_if_fail (CR_IS_ANSWERS (self), NULL);

  copy = cr_answers_new ();
  memcpy (copy->answered, self->answered, sizeof (gboolean) * self->n_questions);
  memcpy (copy->selection, self->selection, sizeof (CrSelection) * self->n_questions);
  copy->name = g_strdup (self->name);

  return copy;
}

static void
emit_changed (CrAnswers *self,
              guint      question,
              guint      n_answered_before,
              gboolean   complete_before)
{
  g_signal_emit (self, signals[CHANGED], 0, question);

  if (n_answered_before != cr_answers_get_n_answered (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ANSWERED]);
  if (complete_before != cr_answers_is_complete (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETE]);
}

/**
 * cr_answers_assign:
 * @other: the answers to take
 *
 * Replaces every answer of @self, and the name, by those of @other,
 * emitting ::changed once if any answer differs and notifying "name" if
 * the name does.
 */
void
cr_answers_assign (CrAnswers *self,
                   CrAnswers *other)
{
  guint n_answered;
  gboolean complete;

  g_return_if_fail (CR_IS_ANSWERS (self));
  g_return_if_fail (CR_IS_ANSWERS (other));

  if (self == other)
    return;

  cr_answers_set_name (self, other->name);

  if (cr_answers_equal (self, other))
    return;

  n_answered = cr_answers_get_n_answered (self);
  complete = cr_answers_is_complete (self);

  memcpy (self->answered, other->answered, sizeof (gboolean) * self->n_questions);
  memcpy (self->selection, other->selection, sizeof (CrSelection) * self->n_questions);

  emit_changed (self, G_MAXUINT, n_answered, complete);
}

/**
 * cr_answers_equal:
 *
 * Returns: whether @self and @other hold the same answers and the same name
 */
gboolean
cr_answers_equal (CrAnswers *self,
                  CrAnswers *other)
{
  g_return_val_if_fail (CR_IS_ANSWERS (self), FALSE);
  g_return_val_if_fail (CR_IS_ANSWERS (other), FALSE);

  if (g_strcmp0 (self->name, other->name) != 0)
    return FALSE;

  for (guint q = 0; q < self->n_questions; q++)
    {
      if (!self->answered[q] != !other->answered[q] ||
          self->selection[q] != other->selection[q])
        return FALSE;
    }

  return TRUE;
}

gboolean
cr_answers_is_answered (CrAnswers *self,
                        guint      question)
{
  g_return_val_if_fail (CR_IS_ANSWERS (self), FALSE);
  g_return_val_if_fail (question < self->n_questions, FALSE);

  return self->answered[question];
}

/**
 * cr_answers_get_selection:
 *
 * Returns: the options chosen for @question, one bit per option index;
 *   0 when the question is unanswered or answered with no option
 */
CrSelection
cr_answers_get_selection (CrAnswers *self,
                          guint      question)
{
  g_return_val_if_fail (CR_IS_ANSWERS (self), 0);
  g_return_val_if_fail (question < self->n_questions, 0);

  return self->selection[question];
}

/**
 * cr_answers_get_choice:
 *
 * Returns: the index of the option chosen for the single-choice @question,
 *   or -1 when it is unanswered
 */
int
cr_answers_get_choice (CrAnswers *self,
                       guint      question)
{
  g_return_val_if_fail (CR_IS_ANSWERS (self), -1);
  g_return_val_if_fail (question < self->n_questions, -1);
  g_return_val_if_fail (!cr_questionnaire_get_question (question)->multiple, -1);

  if (!self->answered[question] || self->selection[question] == 0)
    return -1;

  return g_bit_nth_lsf (self->selection[question], -1);
}

gboolean
cr_answers_get_option_selected (CrAnswers *self,
                                guint      question,
                                guint      option)
{
  g_return_val_if_fail (CR_IS_ANSWERS (self), FALSE);
  g_return_val_if_fail (question < self->n_questions, FALSE);
  g_return_val_if_fail (option < cr_questionnaire_get_question (question)->n_options, FALSE);

  return self->answered[question] && (self->selection[question] & CR_SELECTION_BIT (option));
}

static void
set_answer (CrAnswers   *self,
            guint        question,
            gboolean     answered,
            CrSelection  selection)
{
  guint n_answered;
  gboolean complete;

  if (!answered)
    selection = 0;

  if (!self->answered[question] == !answered && self->selection[question] == selection)
    return;

  n_answered = cr_answers_get_n_answered (self);
  complete = cr_answers_is_complete (self);

  self->answered[question] = answered;
  self->selection[question] = selection;

  emit_changed (self, question, n_answered, complete);
}

/**
 * cr_answers_set_selection:
 * @selection: the options to choose, one bit per option index
 *
 * Answers @question with @selection. A single-choice question takes exactly
 * one option; a multiple-choice one takes any set, empty included.
 */
void
cr_answers_set_selection (CrAnswers   *self,
                          guint        question,
                          CrSelection  selection)
{
  const CrQuestion *q;

  g_return_if_fail (CR_IS_ANSWERS (self));
  g_return_if_fail (question < self->n_questions);

  q = cr_questionnaire_get_question (question);
  g_return_if_fail (q->n_options == 32 || selection < CR_SELECTION_BIT (q->n_options));
  g_return_if_fail (q->multiple || (selection != 0 && (selection & (selection - 1)) == 0));

  set_answer (self, question, TRUE, selection);
}

void
cr_answers_set_choice (CrAnswers *self,
                       guint      question,
                       guint      option)
{
  g_return_if_fail (CR_IS_ANSWERS (self));
  g_return_if_fail (question < self->n_questions);
  g_return_if_fail (option < cr_questionnaire_get_question (question)->n_options);

  cr_answers_set_selection (self, question, CR_SELECTION_BIT (option));
}

/**
 * cr_answers_set_option_selected:
 *
 * Chooses or drops one option. On a single-choice question choosing an
 * option replaces the previous choice, and dropping the chosen option leaves
 * the question unanswered; on a multiple-choice question it adds or removes
 * the option and the question counts as answered either way.
 */
void
cr_answers_set_option_selected (CrAnswers *self,
                                guint      question,
                                guint      option,
                                gboolean   selected)
{
  const CrQuestion *q;
  CrSelection bit;

  g_return_if_fail (CR_IS_ANSWERS (self));
  g_return_if_fail (question < self->n_questions);

  q = cr_questionnaire_get_question (question);
  g_return_if_fail (option < q->n_options);

  bit = CR_SELECTION_BIT (option);

  if (q->multiple)
    set_answer (self, question, TRUE,
                selected ? (self->selection[question] | bit) : (self->selection[question] & ~bit));
  else if (selected)
    set_answer (self, question, TRUE, bit);
  else if (self->selection[question] == bit)
    set_answer (self, question, FALSE, 0);
}

void
cr_answers_unset (CrAnswers *self,
                  guint      question)
{
  g_return_if_fail (CR_IS_ANSWERS (self));
  g_return_if_fail (question < self->n_questions);

  set_answer (self, question, FALSE, 0);
}

/**
 * cr_answers_clear:
 *
 * Leaves every question unanswered.
 */
void
cr_answers_clear (CrAnswers *self)
{
  g_autoptr(CrAnswers) empty = NULL;

  g_return_if_fail (CR_IS_ANSWERS (self));

  empty = cr_answers_new ();
  cr_answers_assign (self, empty);
}

/**
 * cr_answers_normalize_name:
 * @name: (nullable): a name as typed or read
 *
 * Makes @name what #CrAnswers:name holds: white space at either end
 * dropped, any run of white space or control characters inside it (a line
 * break, a tab) made one space, and no more than
 * %CR_ANSWERS_NAME_MAX_CHARS characters kept. Invalid UTF-8 is repaired.
 *
 * Returns: (transfer full) (nullable): the name, or %NULL when nothing is
 *   left of it
 */
char *
cr_answers_normalize_name (const char *name)
{
  g_autofree char *valid = NULL;
  GString *normal;
  gboolean space = FALSE;
  guint n = 0;

  if (name == NULL)
    return NULL;

  valid = g_utf8_make_valid (name, -1);
  normal = g_string_new (NULL);

  for (const char *p = valid; *p != '\0' && n < CR_ANSWERS_NAME_MAX_CHARS; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_iscntrl (c) ||
          g_unichar_type (c) == G_UNICODE_LINE_SEPARATOR ||
          g_unichar_type (c) == G_UNICODE_PARAGRAPH_SEPARATOR)
        {
          space = normal->len > 0;
          continue;
        }

      if (space)
        {
          g_string_append_c (normal, ' ');
          n++;
          space = FALSE;
          if (n == CR_ANSWERS_NAME_MAX_CHARS)
            break;
        }

      g_string_append_unichar (normal, c);
      n++;
    }

  if (normal->len == 0)
    {
      g_string_free (normal, TRUE);
      return NULL;
    }

  return g_string_free (normal, FALSE);
}

/**
 * cr_answers_get_name:
 *
 * Returns: (nullable): whom the answers are about, or %NULL
 */
const char *
cr_answers_get_name (CrAnswers *self)
{
  g_return_val_if_fail (CR_IS_ANSWERS (self), NULL);

  return self->name;
}

/**
 * cr_answers_set_name:
 * @name: (nullable): a name or handle, or %NULL for none
 *
 * Says whom the answers are about. @name is kept as
 * cr_answers_normalize_name() makes it, so that a name typed with a
 * trailing space or pasted with a line break shows as one clean line.
 */
void
cr_answers_set_name (CrAnswers  *self,
                     const char *name)
{
  g_autofree char *normal = NULL;

  g_return_if_fail (CR_IS_ANSWERS (self));

  normal = cr_answers_normalize_name (name);
  if (g_strcmp0 (normal, self->name) == 0)
    return;

  g_free (self->name);
  self->name = g_steal_pointer (&normal);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

guint
cr_answers_get_n_answered (CrAnswers *self)
{
  guint n = 0;

  g_return_val_if_fail (CR_IS_ANSWERS (self), 0);

  for (guint q = 0; q < self->n_questions; q++)
    n += self->answered[q] ? 1 : 0;

  return n;
}

gboolean
cr_answers_is_complete (CrAnswers *self)
{
  g_return_val_if_fail (CR_IS_ANSWERS (self), FALSE);

  return cr_answers_get_n_answered (self) == self->n_questions;
}

/**
 * cr_answers_is_empty:
 *
 * Returns: whether there is nothing to keep: no question answered and no
 *   name given
 */
gboolean
cr_answers_is_empty (CrAnswers *self)
{
  g_return_val_if_fail (CR_IS_ANSWERS (self), TRUE);

  return self->name == NULL && cr_answers_get_n_answered (self) == 0;
}
