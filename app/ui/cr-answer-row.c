/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-answer-row.c: one answer on the result page, and its editor
 *
 * Closed, the row says the answer given, the roles it points to and why,
 * in the words of the session's result (cr_result_describe_answer());
 * opened, it offers every option of the question as CrOptionRows over the
 * session's answers, so that changing an answer here rescores at once.
 * The option rows are built when the row is first opened: ten closed rows
 * cost a fifth of forty-six option rows. They can be used only while the
 * session is editable.
 *
 * Choosing an option here changes the verdict at the top of the page,
 * out of sight of a screen reader's user, who stays on the option: the
 * new verdict is announced (cr_a11y_announce()), and the focus
 * stays where it is.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cr-a11y.h"
#include "cr-answer-row.h"
#include "cr-option-row.h"
#include "cr-questionnaire.h"
#include "cr-result-text.h"

struct _CrAnswerRow
{
  AdwExpanderRow parent_instance;

  CrSession *session;
  guint question;
  /* The CrOptionRows once built: widgets, not state. */
  GPtrArray *options;
};

G_DEFINE_FINAL_TYPE (CrAnswerRow, cr_answer_row, ADW_TYPE_EXPANDER_ROW)

enum
{
  PROP_0,
  PROP_SESSION,
  PROP_QUESTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tell_verdict (CrAnswerRow *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *focused_row;
  g_autofree char *verdict = NULL;

  /* Only for a change made here, in one of this row's options: a change
   * made elsewhere is told where it is made. */
  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    return;
  focused_row = CR_IS_OPTION_ROW (focus) ? focus
                                         : gtk_widget_get_ancestor (focus, CR_TYPE_OPTION_ROW);
  if (focused_row == NULL)
    return;

  /* Translators: read after an answer is changed on the result page; %s
   * is the verdict then, e.g. “You are an influencer” */
  verdict = g_strdup_printf (_("Verdict now: %s"),
                             cr_result_get_title (cr_session_get_result (self->session)));
  cr_a11y_announce (focused_row, verdict);
}

static void
update_subtitle (CrAnswerRow *self)
{
  g_autofree char *description =
    cr_result_describe_answer (cr_session_get_result (self->session), self->question);

  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), description);
  tell_verdict (self);
}

static void
ensure_options (CrAnswerRow *self)
{
  const CrQuestion *question = cr_questionnaire_get_question (self->question);
  CrAnswers *answers = cr_session_get_answers (self->session);
  CrOptionRow *group = NULL;

  if (self->options->len > 0)
    return;

  for (guint o = 0; o < question->n_options; o++)
    {
      GtkWidget *row = cr_option_row_new (answers, self->question, o, group);

      if (group == NULL)
        group = CR_OPTION_ROW (row);
      g_object_bind_property (self->session, "editable", row, "sensitive", G_BINDING_SYNC_CREATE);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
      g_ptr_array_add (self->options, row);
    }
}

static void
expanded_cb (CrAnswerRow *self)
{
  if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (self)))
    ensure_options (self);
}

static void
cr_answer_row_constructed (GObject *object)
{
  CrAnswerRow *self = CR_ANSWER_ROW (object);

  G_OBJECT_CLASS (cr_answer_row_parent_class)->constructed (object);

  g_return_if_fail (CR_IS_SESSION (self->session));
  g_return_if_fail (self->question < cr_questionnaire_get_n_questions ());

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 _(cr_questionnaire_get_question (self->question)->title));
  update_subtitle (self);
  cr_a11y_expander_row_describe (ADW_EXPANDER_ROW (self));

  g_signal_connect_object (self->session, "notify::result", G_CALLBACK (update_subtitle), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::expanded", G_CALLBACK (expanded_cb), NULL);
}

static void
cr_answer_row_dispose (GObject *object)
{
  CrAnswerRow *self = CR_ANSWER_ROW (object);

  g_clear_pointer (&self->options, g_ptr_array_unref);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (cr_answer_row_parent_class)->dispose (object);
}

static void
cr_answer_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CrAnswerRow *self = CR_ANSWER_ROW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_QUESTION:
      g_value_set_uint (value, self->question);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_answer_row_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CrAnswerRow *self = CR_ANSWER_ROW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;

    case PROP_QUESTION:
      self->question = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_answer_row_class_init (CrAnswerRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = cr_answer_row_constructed;
  object_class->dispose = cr_answer_row_dispose;
  object_class->get_property = cr_answer_row_get_property;
  object_class->set_property = cr_answer_row_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         CR_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_QUESTION] =
    g_param_spec_uint ("question", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cr_answer_row_init (CrAnswerRow *self)
{
  self->options = g_ptr_array_new ();
}

GtkWidget *
cr_answer_row_new (CrSession *session,
                   guint      question)
{
  g_return_val_if_fail (CR_IS_SESSION (session), NULL);
  g_return_val_if_fail (question < cr_questionnaire_get_n_questions (), NULL);

  return g_object_new (CR_TYPE_ANSWER_ROW,
                       "session", session,
                       "question", question,
                       NULL);
}
