/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-option-row.c: one option of a question, as a row that edits the answers
 *
 * The question pages and the result page's answer editors show options the
 * same way: the label, its detail under it, and a radio button (single
 * choice) or a check box (several choices) that the whole row activates.
 *
 * The row holds no state of its own: its button shows whether the answers
 * hold the option, set again on every change of the answers (one question
 * or the whole sheet: Start Over, Open, Resume), and the button's toggling
 * writes to the answers only when it differs from them. So the two can
 * never disagree, and a change the row itself made comes back to it as a
 * no-op.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cr-a11y.h"
#include "cr-option-row.h"
#include "cr-questionnaire.h"

struct _CrOptionRow
{
  AdwActionRow parent_instance;

  CrAnswers *answers;
  guint question;
  guint option;
  CrOptionRow *group;

  GtkCheckButton *check;
};

G_DEFINE_FINAL_TYPE (CrOptionRow, cr_option_row, ADW_TYPE_ACTION_ROW)

enum
{
  PROP_0,
  PROP_ANSWERS,
  PROP_QUESTION,
  PROP_OPTION,
  PROP_GROUP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
model_active (CrOptionRow *self)
{
  return cr_answers_get_option_selected (self->answers, self->question, self->option);
}

static void
sync_check (CrOptionRow *self)
{
  gboolean active = model_active (self);

  gtk_check_button_set_active (self->check, active);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                               GTK_ACCESSIBLE_STATE_CHECKED, active,
                               -1);
}

static void
answers_changed_cb (CrOptionRow *self,
                    guint        question G_GNUC_UNUSED)
{
  /* Every change, not only this question's: a whole sheet replaced says
   * G_MAXUINT, and checking costs less than telling the cases apart. */
  sync_check (self);
}

static void
toggled_cb (CrOptionRow *self)
{
  gboolean active = gtk_check_button_get_active (self->check);

  if (active == model_active (self))
    return;

  if (cr_questionnaire_get_question (self->question)->multiple)
    cr_answers_set_option_selected (self->answers, self->question, self->option, active);
  else if (active)
    cr_answers_set_choice (self->answers, self->question, self->option);
  else
    /* A radio button is only unset by another of its group, which sets
     * the answers itself; should it happen alone, the answers win. */
    sync_check (self);
}

static void
cr_option_row_constructed (GObject *object)
{
  CrOptionRow *self = CR_OPTION_ROW (object);
  const CrQuestion *question;
  const CrOption *option;

  G_OBJECT_CLASS (cr_option_row_parent_class)->constructed (object);

  g_return_if_fail (CR_IS_ANSWERS (self->answers));
  g_return_if_fail (self->question < cr_questionnaire_get_n_questions ());

  question = cr_questionnaire_get_question (self->question);
  g_return_if_fail (self->option < question->n_options);
  option = &question->options[self->option];

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), _(option->label));
  if (option->detail != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self), _(option->detail));

  /* The row is what takes the focus, so the row is the radio button or
   * check box to assistive technologies (its role given in
   * cr_option_row_new()), named by its title, described by the option's
   * detail, with the checked state; the button inside only draws it. It
   * is left out of what they see, not to be met twice, by its role: a
   * role of presentation, given once the group is set, since joining a
   * group makes a check button a radio button again (GTK 4.18.6), and
   * GTK clears the hidden state of every widget it maps. */
  self->check = g_object_new (GTK_TYPE_CHECK_BUTTON,
                              "valign", GTK_ALIGN_CENTER,
                              "can-focus", FALSE,
                              NULL);
  if (!question->multiple && self->group != NULL)
    {
      /* Both buttons: the group's first one becomes a radio button too. */
      gtk_check_button_set_group (self->check, self->group->check);
      g_object_set (self->group->check, "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
    }
  g_object_set (self->check, "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);

  adw_action_row_add_prefix (ADW_ACTION_ROW (self), GTK_WIDGET (self->check));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self), GTK_WIDGET (self->check));
  cr_a11y_set_description (GTK_WIDGET (self),
                           option->detail != NULL ? _(option->detail) : NULL);

  sync_check (self);
  g_signal_connect_object (self->check, "toggled", G_CALLBACK (toggled_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->answers, "changed", G_CALLBACK (answers_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
cr_option_row_dispose (GObject *object)
{
  CrOptionRow *self = CR_OPTION_ROW (object);

  g_clear_object (&self->answers);
  g_clear_weak_pointer (&self->group);

  G_OBJECT_CLASS (cr_option_row_parent_class)->dispose (object);
}

static void
cr_option_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CrOptionRow *self = CR_OPTION_ROW (object);

  switch (prop_id)
    {
    case PROP_ANSWERS:
      g_value_set_object (value, self->answers);
      break;

    case PROP_QUESTION:
      g_value_set_uint (value, self->question);
      break;

    case PROP_OPTION:
      g_value_set_uint (value, self->option);
      break;

    case PROP_GROUP:
      g_value_set_object (value, self->group);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_option_row_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CrOptionRow *self = CR_OPTION_ROW (object);

  switch (prop_id)
    {
    case PROP_ANSWERS:
      self->answers = g_value_dup_object (value);
      break;

    case PROP_QUESTION:
      self->question = g_value_get_uint (value);
      break;

    case PROP_OPTION:
      self->option = g_value_get_uint (value);
      break;

    case PROP_GROUP:
      g_set_weak_pointer (&self->group, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_option_row_class_init (CrOptionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = cr_option_row_constructed;
  object_class->dispose = cr_option_row_dispose;
  object_class->get_property = cr_option_row_get_property;
  object_class->set_property = cr_option_row_set_property;

  properties[PROP_ANSWERS] =
    g_param_spec_object ("answers", NULL, NULL,
                         CR_TYPE_ANSWERS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_QUESTION] =
    g_param_spec_uint ("question", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_OPTION] =
    g_param_spec_uint ("option", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * CrOptionRow:group: (nullable)
   *
   * For a single choice: another row of the same question, whose radio
   * button group this row's joins.
   */
  properties[PROP_GROUP] =
    g_param_spec_object ("group", NULL, NULL,
                         CR_TYPE_OPTION_ROW,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cr_option_row_init (CrOptionRow *self G_GNUC_UNUSED)
{
}

/**
 * cr_option_row_new:
 * @answers: the answers the row shows and edits
 * @question: the question's index
 * @option: the option's index in the question
 * @group: (nullable): for a single choice, the question's first row
 *
 * Returns: (transfer floating): the row
 */
GtkWidget *
cr_option_row_new (CrAnswers   *answers,
                   guint        question,
                   guint        option,
                   CrOptionRow *group)
{
  g_return_val_if_fail (CR_IS_ANSWERS (answers), NULL);
  g_return_val_if_fail (question < cr_questionnaire_get_n_questions (), NULL);
  g_return_val_if_fail (option < cr_questionnaire_get_question (question)->n_options, NULL);
  g_return_val_if_fail (group == NULL || CR_IS_OPTION_ROW (group), NULL);

  return g_object_new (CR_TYPE_OPTION_ROW,
                       "accessible-role", cr_questionnaire_get_question (question)->multiple
                                            ? GTK_ACCESSIBLE_ROLE_CHECKBOX
                                            : GTK_ACCESSIBLE_ROLE_RADIO,
                       "answers", answers,
                       "question", question,
                       "option", option,
                       "group", group,
                       NULL);
}

guint
cr_option_row_get_question (CrOptionRow *self)
{
  g_return_val_if_fail (CR_IS_OPTION_ROW (self), 0);

  return self->question;
}

guint
cr_option_row_get_option (CrOptionRow *self)
{
  g_return_val_if_fail (CR_IS_OPTION_ROW (self), 0);

  return self->option;
}
