/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-result-page.c: the verdict, its scores, why, and what would change it
 *
 * The page follows the answers it is given: every change is scored again at
 * once and shown. Each answer can be changed in place, from a row per
 * question that also says where the answer points and why, so that “what
 * if I signed a contract?” is one click away; so is each change the scorer
 * says would move the verdict.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cr-questionnaire.h"
#include "cr-option-row.h"
#include "cr-result-page.h"

struct _CrResultPage
{
  AdwBin parent_instance;

  GtkWidget *heading_box;
  GtkLabel *heading_label;
  GtkLabel *summary_label;
  GtkBox *scores_box;
  GtkWidget *close_call_box;
  GtkLabel *close_call_label;
  AdwPreferencesGroup *changes_group;
  AdwPreferencesGroup *answers_group;

  GtkLabel *score_names[CR_N_ROLES];
  GtkLabel *score_values[CR_N_ROLES];
  GtkLevelBar *score_bars[CR_N_ROLES];

  CrAnswers *answers;
  CrResult *result;
  /* Per question: an AdwExpanderRow of radio rows, or of check rows for
   * several choices. */
  GPtrArray *answer_rows;
  /* Per question: the GtkCheckButton of each option. */
  GPtrArray *option_checks;
  GPtrArray *change_rows;
  GPtrArray *change_buttons;
  gboolean syncing;
};

G_DEFINE_FINAL_TYPE (CrResultPage, cr_result_page, ADW_TYPE_BIN)

static void sync_options (CrResultPage *self,
                          guint         q);

static const CrExplanation *
find_explanation (CrResult *result,
                  guint     question)
{
  for (guint i = 0; i < cr_result_get_n_explanations (result); i++)
    {
      const CrExplanation *explanation = cr_result_get_explanation (result, i);

      if (explanation->question == question)
        return explanation;
    }

  return NULL;
}

static char *
describe_answer (CrResultPage *self,
                 guint         q)
{
  const CrQuestion *question = cr_questionnaire_get_question (q);
  const CrExplanation *explanation = find_explanation (self->result, q);
  CrRole roles[CR_N_ROLES];
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) chosen = g_string_new (NULL);
  guint n_roles;

  if (explanation == NULL)
    return g_strdup (_("Not answered: the result leaves this question out."));

  for (guint o = 0; o < question->n_options; o++)
    if (explanation->selection & CR_SELECTION_BIT (o))
      {
        if (chosen->len > 0)
          /* Translators: separates the options chosen, e.g. “Instagram, YouTube” */
          g_string_append (chosen, _(", "));
        g_string_append (chosen, _(question->options[o].label));
      }

  if (chosen->len == 0)
    /* Translators: the answer to a question with several choices when none
     * was chosen */
    g_string_append (chosen, _("None"));

  /* Translators: the option or options chosen, e.g. “Your answer:
   * Instagram, YouTube” */
  g_string_append_printf (text, _("Your answer: %s"), chosen->str);
  g_string_append_c (text, '\n');

  n_roles = cr_explanation_get_supports (explanation, roles);
  if (n_roles == 0)
    g_string_append (text, _("Points to no role in particular."));
  else
    {
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; i < n_roles; i++)
        {
          if (i > 0)
            g_string_append (names, _(", "));
          g_string_append (names, cr_role_get_name (roles[i]));
        }

      /* Translators: the roles an answer is evidence for, e.g. “Points to:
       * Influencer, Brand ambassador.” */
      g_string_append_printf (text, _("Points to: %s."), names->str);
    }

  if (explanation->text != NULL && *explanation->text != '\0')
    {
      g_string_append_c (text, ' ');
      g_string_append (text, explanation->text);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
try_change_cb (GtkButton    *button,
               CrResultPage *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "cr-change"));

  /* Every step of the change; the result is replaced after the first. */
  cr_change_apply (cr_result_get_change (self->result, index), self->answers);
}

static void
update_changes (CrResultPage *self)
{
  guint n_changes = cr_result_get_n_changes (self->result);

  for (guint i = 0; i < self->change_rows->len; i++)
    adw_preferences_group_remove (self->changes_group, g_ptr_array_index (self->change_rows, i));
  g_ptr_array_set_size (self->change_rows, 0);
  g_ptr_array_set_size (self->change_buttons, 0);

  for (guint i = 0; i < n_changes; i++)
    {
      const CrChange *change = cr_result_get_change (self->result, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Try It"));
      g_autofree char *accessible = NULL;

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), change->text);

      /* Translators: the accessible name of the button that applies a
       * change, e.g. “Try: If you answered …” */
      accessible = g_strdup_printf (_("Try: %s"), change->text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                      -1);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      g_object_set_data (G_OBJECT (button), "cr-change", GUINT_TO_POINTER (i));
      /* Nothing to try when no change would do. */
      gtk_widget_set_visible (button, change->n_steps > 0);
      g_signal_connect_object (button, "clicked", G_CALLBACK (try_change_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

      adw_preferences_group_add (self->changes_group, row);
      g_ptr_array_add (self->change_rows, row);
      g_ptr_array_add (self->change_buttons, button);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->changes_group), n_changes > 0);
}

static void
update_scores (CrResultPage *self)
{
  CrRole verdict = cr_result_get_role (self->result);
  gboolean close_call;

  for (CrRole role = 0; role < CR_N_ROLES; role++)
    {
      guint score = cr_result_get_score (self->result, role);
      /* Translators: a role’s share of the scores, e.g. “71 of 100” */
      g_autofree char *value = g_strdup_printf (_("%u of 100"), score);
      /* Translators: the accessible name of a score bar, e.g. “Influencer:
       * 71 of 100” */
      g_autofree char *label = g_strdup_printf (_("%s: %u of 100"), cr_role_get_name (role), score);

      gtk_label_set_text (self->score_names[role], cr_role_get_name (role));
      gtk_label_set_text (self->score_values[role], value);
      gtk_level_bar_set_value (self->score_bars[role], score);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->score_bars[role]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                      GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, 100.0,
                                      GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, (double) score,
                                      GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, value,
                                      -1);

      if (role == verdict)
        {
          gtk_widget_add_css_class (GTK_WIDGET (self->score_names[role]), "heading");
          gtk_widget_add_css_class (GTK_WIDGET (self->score_bars[role]), "cr-verdict");
        }
      else
        {
          gtk_widget_remove_css_class (GTK_WIDGET (self->score_names[role]), "heading");
          gtk_widget_remove_css_class (GTK_WIDGET (self->score_bars[role]), "cr-verdict");
        }
    }

  close_call = cr_result_is_close_call (self->result) && verdict != CR_ROLE_NONE;
  if (close_call)
    {
      CrRole runner_up = cr_result_get_runner_up (self->result);
      g_autofree char *note = NULL;

      /* Translators: shown when two roles scored nearly the same, e.g.
       * “Influencer and Brand ambassador are close: you are a bit of
       * both. The changes below show what would tip the balance.” */
      note = g_strdup_printf (_("%s and %s are close: you are a bit of both. The changes "
                                "below show what would tip the balance."),
                              cr_role_get_name (verdict), cr_role_get_name (runner_up));
      gtk_label_set_text (self->close_call_label, note);
    }

  gtk_widget_set_visible (self->close_call_box, close_call);
}

static void
update_answers (CrResultPage *self)
{
  self->syncing = TRUE;

  for (guint q = 0; q < self->answer_rows->len; q++)
    {
      GtkWidget *row = g_ptr_array_index (self->answer_rows, q);
      g_autofree char *description = describe_answer (self, q);

      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), description);
      sync_options (self, q);
    }

  self->syncing = FALSE;
}

static void
update (CrResultPage *self)
{
  g_clear_pointer (&self->result, cr_result_unref);
  self->result = cr_score (self->answers);

  gtk_label_set_text (self->heading_label, cr_result_get_title (self->result));
  gtk_label_set_text (self->summary_label, cr_result_get_summary (self->result));
  update_scores (self);
  update_changes (self);
  update_answers (self);
}

static void
check_toggled_cb (GtkCheckButton *check,
                  CrResultPage   *self)
{
  guint question = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "cr-question"));
  guint option = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "cr-option"));

  if (self->syncing)
    return;

  if (cr_questionnaire_get_question (question)->multiple)
    cr_answers_set_option_selected (self->answers, question, option,
                                    gtk_check_button_get_active (check));
  else if (gtk_check_button_get_active (check))
    cr_answers_set_choice (self->answers, question, option);
}

static void
sync_options (CrResultPage *self,
              guint         q)
{
  GPtrArray *checks = g_ptr_array_index (self->option_checks, q);
  gboolean syncing = self->syncing;

  self->syncing = TRUE;
  for (guint o = 0; o < checks->len; o++)
    gtk_check_button_set_active (g_ptr_array_index (checks, o),
                                 cr_answers_get_option_selected (self->answers, q, o));
  self->syncing = syncing;
}

/* The options of a question, built when its row is first opened: ten
 * closed rows cost a fifth of forty-six option rows. */
static void
ensure_options (CrResultPage *self,
                guint         q)
{
  const CrQuestion *question = cr_questionnaire_get_question (q);
  GtkWidget *row = g_ptr_array_index (self->answer_rows, q);
  GPtrArray *checks = g_ptr_array_index (self->option_checks, q);
  GtkCheckButton *group = NULL;

  if (checks->len > 0)
    return;

  for (guint o = 0; o < question->n_options; o++)
    {
      GtkCheckButton *check;
      GtkWidget *option_row = cr_option_row_new (question, o, &group, &check);

      g_object_set_data (G_OBJECT (check), "cr-question", GUINT_TO_POINTER (q));
      g_signal_connect_object (check, "toggled", G_CALLBACK (check_toggled_cb), self, 0);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), option_row);
      g_ptr_array_add (checks, check);
    }

  sync_options (self, q);
}

static void
expanded_cb (AdwExpanderRow *row,
             GParamSpec     *pspec G_GNUC_UNUSED,
             CrResultPage   *self)
{
  if (adw_expander_row_get_expanded (row))
    ensure_options (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "cr-question")));
}

static GtkWidget *
build_answer_row (CrResultPage *self,
                  guint         q)
{
  const CrQuestion *question = cr_questionnaire_get_question (q);
  GtkWidget *row;

  /* Closed, the row says the answer, where it points and why; opened, it
   * offers the other answers. */
  row = adw_expander_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(question->title));
  g_object_set_data (G_OBJECT (row), "cr-question", GUINT_TO_POINTER (q));
  g_signal_connect_object (row, "notify::expanded", G_CALLBACK (expanded_cb), self, 0);

  g_ptr_array_add (self->option_checks, g_ptr_array_new ());

  return row;
}

static void
build_scores (CrResultPage *self)
{
  for (CrRole role = 0; role < CR_N_ROLES; role++)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *name = gtk_label_new (NULL);
      GtkWidget *value = gtk_label_new (NULL);
      GtkWidget *bar = gtk_level_bar_new_for_interval (0, 100);

      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_label_set_wrap (GTK_LABEL (name), TRUE);
      gtk_widget_set_hexpand (name, TRUE);
      gtk_label_set_xalign (GTK_LABEL (value), 1);
      gtk_widget_add_css_class (value, "numeric");
      gtk_widget_add_css_class (value, "dim-label");
      gtk_box_append (GTK_BOX (line), name);
      gtk_box_append (GTK_BOX (line), value);

      /* One colour for all three: the bars compare shares, they do not
       * grade them. */
      gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
      gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
      gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);

      gtk_box_append (GTK_BOX (box), line);
      gtk_box_append (GTK_BOX (box), bar);
      gtk_box_append (self->scores_box, box);

      self->score_names[role] = GTK_LABEL (name);
      self->score_values[role] = GTK_LABEL (value);
      self->score_bars[role] = GTK_LEVEL_BAR (bar);
    }
}

static void
cr_result_page_dispose (GObject *object)
{
  CrResultPage *self = CR_RESULT_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_RESULT_PAGE);
  g_clear_pointer (&self->answer_rows, g_ptr_array_unref);
  g_clear_pointer (&self->option_checks, g_ptr_array_unref);
  g_clear_pointer (&self->change_rows, g_ptr_array_unref);
  g_clear_pointer (&self->change_buttons, g_ptr_array_unref);
  g_clear_pointer (&self->result, cr_result_unref);
  g_clear_object (&self->answers);

  G_OBJECT_CLASS (cr_result_page_parent_class)->dispose (object);
}

static void
cr_result_page_class_init (CrResultPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_result_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/cr-result-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CrResultPage, heading_box);
  gtk_widget_class_bind_template_child (widget_class, CrResultPage, heading_label);
  gtk_widget_class_bind_template_child (widget_class, CrResultPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CrResultPage, scores_box);
  gtk_widget_class_bind_template_child (widget_class, CrResultPage, close_call_box);
  gtk_widget_class_bind_template_child (widget_class, CrResultPage, close_call_label);
  gtk_widget_class_bind_template_child (widget_class, CrResultPage, changes_group);
  gtk_widget_class_bind_template_child (widget_class, CrResultPage, answers_group);
}

static void
cr_result_page_init (CrResultPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->answer_rows = g_ptr_array_new ();
  self->option_checks = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->change_rows = g_ptr_array_new ();
  self->change_buttons = g_ptr_array_new ();

  build_scores (self);
}

/**
 * cr_result_page_new:
 * @answers: the answers the page shows and edits
 */
GtkWidget *
cr_result_page_new (CrAnswers *answers)
{
  CrResultPage *self;

  g_return_val_if_fail (CR_IS_ANSWERS (answers), NULL);

  self = g_object_new (CR_TYPE_RESULT_PAGE, NULL);
  self->answers = g_object_ref (answers);

  for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
    {
      GtkWidget *row = build_answer_row (self, q);

      adw_preferences_group_add (self->answers_group, row);
      g_ptr_array_add (self->answer_rows, row);
    }

  g_signal_connect_object (answers, "changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);

  return GTK_WIDGET (self);
}

/**
 * cr_result_page_get_result:
 *
 * Returns: (transfer none): the result the page shows
 */
CrResult *
cr_result_page_get_result (CrResultPage *self)
{
  g_return_val_if_fail (CR_IS_RESULT_PAGE (self), NULL);

  return self->result;
}

const char *
cr_result_page_get_heading (CrResultPage *self)
{
  g_return_val_if_fail (CR_IS_RESULT_PAGE (self), NULL);

  return gtk_label_get_text (self->heading_label);
}

/**
 * cr_result_page_get_score_bar:
 *
 * Returns: (transfer none): the GtkLevelBar that shows @role's score
 */
GtkWidget *
cr_result_page_get_score_bar (CrResultPage *self,
                              CrRole        role)
{
  g_return_val_if_fail (CR_IS_RESULT_PAGE (self), NULL);
  g_return_val_if_fail (role < CR_N_ROLES, NULL);

  return GTK_WIDGET (self->score_bars[role]);
}

/**
 * cr_result_page_get_answer_row:
 *
 * Returns: (transfer none): the AdwExpanderRow that shows and edits the
 *   answer to @question
 */
GtkWidget *
cr_result_page_get_answer_row (CrResultPage *self,
                               guint         question)
{
  g_return_val_if_fail (CR_IS_RESULT_PAGE (self), NULL);
  g_return_val_if_fail (question < self->answer_rows->len, NULL);

  return g_ptr_array_index (self->answer_rows, question);
}

/**
 * cr_result_page_get_option_check:
 *
 * Returns: (transfer none) (nullable): the radio or check button of
 *   @option of @question
 */
GtkWidget *
cr_result_page_get_option_check (CrResultPage *self,
                                 guint         question,
                                 guint         option)
{
  GPtrArray *checks;

  g_return_val_if_fail (CR_IS_RESULT_PAGE (self), NULL);
  g_return_val_if_fail (question < self->option_checks->len, NULL);

  ensure_options (self, question);
  checks = g_ptr_array_index (self->option_checks, question);
  if (option >= checks->len)
    return NULL;

  return g_ptr_array_index (checks, option);
}

guint
cr_result_page_get_n_change_rows (CrResultPage *self)
{
  g_return_val_if_fail (CR_IS_RESULT_PAGE (self), 0);

  return self->change_rows->len;
}

/**
 * cr_result_page_get_change_button:
 *
 * Returns: (transfer none): the button that applies the @index-th change
 */
GtkWidget *
cr_result_page_get_change_button (CrResultPage *self,
                                  guint         index)
{
  g_return_val_if_fail (CR_IS_RESULT_PAGE (self), NULL);
  g_return_val_if_fail (index < self->change_buttons->len, NULL);

  return g_ptr_array_index (self->change_buttons, index);
}

gboolean
cr_result_page_get_close_call_visible (CrResultPage *self)
{
  g_return_val_if_fail (CR_IS_RESULT_PAGE (self), FALSE);

  return gtk_widget_get_visible (self->close_call_box);
}

/**
 * cr_result_page_focus_heading:
 *
 * Gives focus to the verdict, so that a screen reader reads it first.
 */
GtkWidget *
cr_result_page_get_heading_widget (CrResultPage *self)
{
  g_return_val_if_fail (CR_IS_RESULT_PAGE (self), NULL);

  return self->heading_box;
}

void
cr_result_page_focus_heading (CrResultPage *self)
{
  g_return_if_fail (CR_IS_RESULT_PAGE (self));

  gtk_widget_grab_focus (self->heading_box);
}
