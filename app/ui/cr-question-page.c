/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-question-page.c: one question of the wizard, built from the questionnaire
 *
 * Every page is the same template filled from one CrQuestion: its title,
 * why it matters, and one CrOptionRow per option, which shows and edits
 * the session's answers. The progress bar shows how many questions are
 * answered, from the answers' "n-answered". The page keeps nothing of its
 * own: everything it shows comes from the session whenever it changes.
 *
 * Keys (handled by the window, wherever the focus is): 1–9 choose the
 * option of that number, 0 the tenth, Enter goes on, Alt+Left goes back; arrows and
 * Space move and choose in the list (GtkListBox).
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cr-option-row.h"
#include "cr-page.h"
#include "cr-question-page.h"
#include "cr-questionnaire.h"

struct _CrQuestionPage
{
  AdwBin parent_instance;

  GtkLabel *progress_label;
  GtkProgressBar *progress_bar;
  GtkLabel *title_label;
  GtkLabel *why_label;
  GtkListBox *options_list;
  GtkLabel *hint_label;
  GtkButton *next_button;

  CrSession *session;
  guint question;
  /* The CrOptionRows, in option order: widgets, not state. */
  GPtrArray *rows;
};

static void cr_question_page_page_init (CrPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CrQuestionPage, cr_question_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (CR_TYPE_PAGE, cr_question_page_page_init))

enum
{
  PROP_0,
  PROP_SESSION,
  PROP_QUESTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_progress (CrQuestionPage *self)
{
  CrAnswers *answers = cr_session_get_answers (self->session);
  guint n_questions = cr_questionnaire_get_n_questions ();
  guint n_answered = cr_answers_get_n_answered (answers);
  g_autofree char *answered = NULL;

  /* Translators: how many questions have an answer, e.g. “4 of 10 answered” */
  answered = g_strdup_printf (_("%u of %u answered"), n_answered, n_questions);

  gtk_progress_bar_set_fraction (self->progress_bar, (double) n_answered / n_questions);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, (double) n_questions,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, (double) n_answered,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, answered,
                                  -1);
}

static void
n_answered_cb (CrQuestionPage *self)
{
  update_progress (self);
}

static GtkWidget *
cr_question_page_get_first_control (CrPage *page)
{
  CrQuestionPage *self = CR_QUESTION_PAGE (page);
  CrAnswers *answers = cr_session_get_answers (self->session);
  int choice = -1;

  /* The chosen option of a single choice, or else the first. */
  if (!cr_questionnaire_get_question (self->question)->multiple)
    choice = cr_answers_get_choice (answers, self->question);

  return g_ptr_array_index (self->rows, MAX (choice, 0));
}

static void
cr_question_page_page_init (CrPageInterface *iface)
{
  iface->get_first_control = cr_question_page_get_first_control;
}

static void
build (CrQuestionPage *self)
{
  const CrQuestion *question = cr_questionnaire_get_question (self->question);
  CrAnswers *answers = cr_session_get_answers (self->session);
  guint n_questions = cr_questionnaire_get_n_questions ();
  g_autofree char *progress = NULL;
  CrOptionRow *group = NULL;

  /* Translators: where the wizard is, e.g. “Question 3 of 10” */
  progress = g_strdup_printf (_("Question %u of %u"), self->question + 1, n_questions);
  gtk_label_set_text (self->progress_label, progress);

  gtk_label_set_text (self->title_label, _(question->title));
  /* The option group is named by its question. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->options_list),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->title_label, NULL,
                                  -1);
  gtk_label_set_text (self->why_label, _(question->why));
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), question->multiple);

  if (self->question + 1 == n_questions)
    gtk_button_set_label (self->next_button, _("See _Result"));

  for (guint o = 0; o < question->n_options; o++)
    {
      GtkWidget *row = cr_option_row_new (answers, self->question, o, group);

      if (group == NULL)
        group = CR_OPTION_ROW (row);
      gtk_list_box_append (self->options_list, row);
      g_ptr_array_add (self->rows, row);
    }

  update_progress (self);
  g_signal_connect_object (answers, "notify::n-answered", G_CALLBACK (n_answered_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
cr_question_page_constructed (GObject *object)
{
  CrQuestionPage *self = CR_QUESTION_PAGE (object);

  G_OBJECT_CLASS (cr_question_page_parent_class)->constructed (object);

  g_return_if_fail (CR_IS_SESSION (self->session));
  g_return_if_fail (self->question < cr_questionnaire_get_n_questions ());

  build (self);
}

static void
cr_question_page_dispose (GObject *object)
{
  CrQuestionPage *self = CR_QUESTION_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_QUESTION_PAGE);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (cr_question_page_parent_class)->dispose (object);
}

static void
cr_question_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CrQuestionPage *self = CR_QUESTION_PAGE (object);

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
cr_question_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CrQuestionPage *self = CR_QUESTION_PAGE (object);

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
cr_question_page_class_init (CrQuestionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cr_question_page_constructed;
  object_class->dispose = cr_question_page_dispose;
  object_class->get_property = cr_question_page_get_property;
  object_class->set_property = cr_question_page_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         CR_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_QUESTION] =
    g_param_spec_uint ("question", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/cr-question-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CrQuestionPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, CrQuestionPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, CrQuestionPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, CrQuestionPage, why_label);
  gtk_widget_class_bind_template_child (widget_class, CrQuestionPage, options_list);
  gtk_widget_class_bind_template_child (widget_class, CrQuestionPage, hint_label);
  gtk_widget_class_bind_template_child (widget_class, CrQuestionPage, next_button);
}

static void
cr_question_page_init (CrQuestionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();
}

/**
 * cr_question_page_new:
 * @session: the session whose answers the page shows and edits
 * @question: the question's index in the questionnaire
 */
GtkWidget *
cr_question_page_new (CrSession *session,
                      guint      question)
{
  g_return_val_if_fail (CR_IS_SESSION (session), NULL);
  g_return_val_if_fail (question < cr_questionnaire_get_n_questions (), NULL);

  return g_object_new (CR_TYPE_QUESTION_PAGE,
                       "session", session,
                       "question", question,
                       NULL);
}

/**
 * cr_question_page_pick:
 * @option: the option's index
 *
 * Chooses @option as a click on its row would, and gives its row the
 * focus: a single choice selects it, a multiple choice toggles it.
 *
 * Returns: %FALSE when the question has no such option
 */
gboolean
cr_question_page_pick (CrQuestionPage *self,
                       guint           option)
{
  const CrQuestion *question;
  CrAnswers *answers;

  g_return_val_if_fail (CR_IS_QUESTION_PAGE (self), FALSE);

  question = cr_questionnaire_get_question (self->question);
  if (option >= question->n_options)
    return FALSE;

  answers = cr_session_get_answers (self->session);
  if (question->multiple)
    cr_answers_set_option_selected (answers, self->question, option,
                                    !cr_answers_get_option_selected (answers, self->question,
                                                                     option));
  else
    cr_answers_set_choice (answers, self->question, option);

  gtk_widget_grab_focus (g_ptr_array_index (self->rows, option));

  return TRUE;
}
