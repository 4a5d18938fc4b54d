/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-question-page.c: one question of the wizard, built from the questionnaire
 *
 * Every page is the same template filled from one CrQuestion: its title,
 * why it matters, and one row per option, a radio row for a single choice,
 * a check row when several may be chosen. The rows edit the CrAnswers they
 * are given and follow it when it changes elsewhere (the result page, a
 * file opened, a draft resumed).
 *
 * Keys: arrows and Space move and choose (GtkListBox), 1–9 choose the
 * option of that number, Enter goes on once the question is answered; Back
 * and Next are the window's win.back and win.next.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cr-option-row.h"
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

  CrAnswers *answers;
  guint question;
  /* One GtkCheckButton per option. */
  GPtrArray *checks;
  GPtrArray *rows;
  gboolean syncing;
};

G_DEFINE_FINAL_TYPE (CrQuestionPage, cr_question_page, ADW_TYPE_BIN)

static void
sync_checks (CrQuestionPage *self)
{
  self->syncing = TRUE;

  for (guint o = 0; o < self->checks->len; o++)
    gtk_check_button_set_active (g_ptr_array_index (self->checks, o),
                                 cr_answers_get_option_selected (self->answers,
                                                                 self->question, o));

  self->syncing = FALSE;
}

static void
answers_changed_cb (CrQuestionPage *self,
                    guint           question)
{
  if (question == self->question)
    sync_checks (self);
}

static void
check_toggled_cb (GtkCheckButton *check,
                  CrQuestionPage *self)
{
  const CrQuestion *question = cr_questionnaire_get_question (self->question);
  guint option = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "cr-option"));
  gboolean active = gtk_check_button_get_active (check);

  if (self->syncing)
    return;

  if (question->multiple)
    cr_answers_set_option_selected (self->answers, self->question, option, active);
  else if (active)
    cr_answers_set_choice (self->answers, self->question, option);
}

static gboolean
is_answered (CrQuestionPage *self)
{
  return cr_questionnaire_get_question (self->question)->multiple ||
         cr_answers_is_answered (self->answers, self->question);
}

/* Enter goes on once the question is answered. Before, and on a button, it
 * does what it always does: choose the focused row, press the button. */
static gboolean
enter_cb (GtkWidget *widget,
          GVariant  *args G_GNUC_UNUSED,
          gpointer   user_data G_GNUC_UNUSED)
{
  CrQuestionPage *self = CR_QUESTION_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && GTK_IS_BUTTON (focus))
    return FALSE;

  if (!is_answered (self))
    return FALSE;

  return gtk_widget_activate_action (widget, "win.next", NULL);
}

static void
pick_action (GtkWidget  *widget,
             const char *action_name G_GNUC_UNUSED,
             GVariant   *parameter)
{
  CrQuestionPage *self = CR_QUESTION_PAGE (widget);
  int number = g_variant_get_int32 (parameter);

  if (number >= 1 && cr_question_page_pick (self, (guint) number - 1))
    gtk_widget_grab_focus (g_ptr_array_index (self->rows, number - 1));
}

static void
cr_question_page_dispose (GObject *object)
{
  CrQuestionPage *self = CR_QUESTION_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_QUESTION_PAGE);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->answers);

  G_OBJECT_CLASS (cr_question_page_parent_class)->dispose (object);
}

static void
cr_question_page_class_init (CrQuestionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_question_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/cr-question-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CrQuestionPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, CrQuestionPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, CrQuestionPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, CrQuestionPage, why_label);
  gtk_widget_class_bind_template_child (widget_class, CrQuestionPage, options_list);
  gtk_widget_class_bind_template_child (widget_class, CrQuestionPage, hint_label);
  gtk_widget_class_bind_template_child (widget_class, CrQuestionPage, next_button);

  gtk_widget_class_install_action (widget_class, "question.pick", "i", pick_action);

  for (int n = 1; n <= 9; n++)
    {
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0 + n, 0,
                                           "question.pick", "i", n);
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0 + n, 0,
                                           "question.pick", "i", n);
    }
}

static void
cr_question_page_init (CrQuestionPage *self)
{
  GtkEventController *controller;
  GtkShortcut *shortcut;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->checks = g_ptr_array_new ();
  self->rows = g_ptr_array_new ();

  /* In the capture phase, so that Enter goes on before the focused row
   * takes it. */
  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  shortcut = gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("Return|KP_Enter|ISO_Enter"),
                               gtk_callback_action_new (enter_cb, NULL, NULL));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
build (CrQuestionPage *self)
{
  const CrQuestion *question = cr_questionnaire_get_question (self->question);
  guint n_questions = cr_questionnaire_get_n_questions ();
  g_autofree char *progress = NULL;
  GtkCheckButton *group = NULL;

  /* Translators: the progress through the wizard, e.g. “Question 3 of 10” */
  progress = g_strdup_printf (_("Question %u of %u"), self->question + 1, n_questions);
  gtk_label_set_text (self->progress_label, progress);
  gtk_progress_bar_set_fraction (self->progress_bar,
                                 (double) (self->question + 1) / n_questions);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, progress,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, (double) n_questions,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW,
                                  (double) (self->question + 1),
                                  -1);

  gtk_label_set_text (self->title_label, _(question->title));
  gtk_label_set_text (self->why_label, _(question->why));
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), question->multiple);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->options_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(question->title),
                                  -1);

  if (self->question + 1 == n_questions)
    gtk_button_set_label (self->next_button, _("See _Result"));

  for (guint o = 0; o < question->n_options; o++)
    {
      GtkCheckButton *check;
      GtkWidget *row = cr_option_row_new (question, o, &group, &check);

      gtk_widget_set_can_focus (GTK_WIDGET (check), FALSE);
      g_signal_connect_object (check, "toggled", G_CALLBACK (check_toggled_cb), self, 0);
      gtk_list_box_append (self->options_list, row);

      g_ptr_array_add (self->checks, check);
      g_ptr_array_add (self->rows, row);
    }

  sync_checks (self);
}

/**
 * cr_question_page_new:
 * @question: the question's index in the questionnaire
 * @answers: the answers the page edits
 */
GtkWidget *
cr_question_page_new (guint      question,
                      CrAnswers *answers)
{
  CrQuestionPage *self;

  g_return_val_if_fail (question < cr_questionnaire_get_n_questions (), NULL);
  g_return_val_if_fail (CR_IS_ANSWERS (answers), NULL);

  self = g_object_new (CR_TYPE_QUESTION_PAGE, NULL);
  self->question = question;
  self->answers = g_object_ref (answers);
  g_signal_connect_object (answers, "changed", G_CALLBACK (answers_changed_cb), self,
                           G_CONNECT_SWAPPED);
  build (self);

  return GTK_WIDGET (self);
}

guint
cr_question_page_get_question (CrQuestionPage *self)
{
  g_return_val_if_fail (CR_IS_QUESTION_PAGE (self), 0);

  return self->question;
}

/**
 * cr_question_page_get_option:
 *
 * Returns: (transfer none) (nullable): the row of the @option-th option
 */
GtkWidget *
cr_question_page_get_option (CrQuestionPage *self,
                             guint           option)
{
  g_return_val_if_fail (CR_IS_QUESTION_PAGE (self), NULL);

  if (option >= self->rows->len)
    return NULL;

  return g_ptr_array_index (self->rows, option);
}

/**
 * cr_question_page_pick:
 * @option: the option's index
 *
 * Chooses @option as a click on its row would: a single choice selects it,
 * a multiple choice toggles it.
 *
 * Returns: %FALSE when the question has no such option
 */
gboolean
cr_question_page_pick (CrQuestionPage *self,
                       guint           option)
{
  const CrQuestion *question;

  g_return_val_if_fail (CR_IS_QUESTION_PAGE (self), FALSE);

  question = cr_questionnaire_get_question (self->question);
  if (option >= question->n_options)
    return FALSE;

  if (question->multiple)
    cr_answers_set_option_selected (self->answers, self->question, option,
                                    !cr_answers_get_option_selected (self->answers,
                                                                     self->question,
                                                                     option));
  else
    cr_answers_set_choice (self->answers, self->question, option);

  return TRUE;
}

/**
 * cr_question_page_focus_first:
 *
 * Gives focus to the chosen option of a single-choice question, or else
 * to the first option.
 */
void
cr_question_page_focus_first (CrQuestionPage *self)
{
  int choice;

  g_return_if_fail (CR_IS_QUESTION_PAGE (self));

  choice = cr_questionnaire_get_question (self->question)->multiple
             ? -1 : cr_answers_get_choice (self->answers, self->question);

  gtk_widget_grab_focus (g_ptr_array_index (self->rows, MAX (choice, 0)));
}
