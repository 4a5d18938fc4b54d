/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-result-page.c: the verdict, its scores, why, and what would change it
 *
 * The page is a view of its session and keeps nothing of its own: the
 * heading, the summary, the bars and the close-call note follow the
 * session's "result", scored once per change of the answers; the changes
 * that would move the verdict are a list model made from that result; the
 * answers are rows that show and edit the session's answers in place. A
 * change tried (win.try-change) is shown apart, in a card clearly marked
 * as a what-if, until it is kept or dropped: the user's own verdict stays
 * what the heading says.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cr-a11y.h"
#include "cr-answer-row.h"
#include "cr-heading.h"
#include "cr-page.h"
#include "cr-questionnaire.h"
#include "cr-result-page.h"
#include "cr-result-text.h"
#include "cr-scores.h"

struct _CrResultPage
{
  AdwBin parent_instance;

  CrHeading *heading;
  GtkLabel *summary_label;
  GtkWidget *trial_box;
  CrHeading *trial_heading;
  GtkLabel *trial_text_label;
  CrScores *trial_scores;
  GtkWidget *keep_button;
  CrScores *scores;
  GtkWidget *close_call_box;
  GtkLabel *close_call_label;
  GtkWidget *share_menu_button;
  GtkWidget *start_over_button;
  GtkWidget *edit_button;
  GtkWidget *changes_group;
  GtkListBox *changes_list;
  AdwEntryRow *name_row;
  GtkListBox *answers_list;

  CrSession *session;
  /* The changes of the session's result, in words: a list model of it,
   * made again at every change of the result. */
  GtkStringList *changes;
  /* One item per question, for the answers list. */
  GtkStringList *questions;
};

static void cr_result_page_page_init (CrPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CrResultPage, cr_result_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (CR_TYPE_PAGE, cr_result_page_page_init))

enum
{
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_result (CrResultPage *self)
{
  CrResult *result = cr_session_get_result (self->session);
  guint n_changes = cr_result_get_n_changes (result);
  g_autofree char *note = cr_result_describe_close_call (result);
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();

  cr_heading_set_label (self->heading, cr_result_get_title (result));
  gtk_label_set_text (self->summary_label, cr_result_get_summary (result));

  gtk_label_set_text (self->close_call_label, note != NULL ? note : "");
  gtk_widget_set_visible (self->close_call_box, note != NULL);

  for (guint i = 0; i < n_changes; i++)
    g_ptr_array_add (texts, cr_result_get_change (result, i)->text);
  g_ptr_array_add (texts, NULL);
  gtk_string_list_splice (self->changes, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->changes)),
                          (const char * const *) texts->pdata);
  gtk_widget_set_visible (self->changes_group, n_changes > 0);
  /* With no verdict yet, the changes are the answers to give first, as the
   * card and the report head them. */
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->changes_group),
                                   cr_result_get_role (result) == CR_ROLE_UNDECIDED
                                     ? _("What to Answer First")
                                     : _("What Would Change the Verdict"));
}

static void
update_trial (CrResultPage *self)
{
  CrResult *trial = cr_session_get_trial_result (self->session);

  gtk_widget_set_visible (self->trial_box, trial != NULL);
  if (trial == NULL)
    return;

  /* The change says what it would do; the bars show the shares then. */
  gtk_label_set_text (self->trial_text_label, cr_session_get_trial_text (self->session));
}

static void
update_name (CrResultPage *self)
{
  const char *name = cr_answers_get_name (cr_session_get_answers (self->session));
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  g_autofree char *typed = cr_answers_normalize_name (text);

  /* The entry shows what is typed, spaces and all, as long as it means the
   * name the answers hold; a name set elsewhere replaces it. */
  if (g_strcmp0 (typed, name) != 0)
    {
      /* Setting the text sets the name again ("changed"), which frees
       * the string the answers gave: a copy is set. */
      g_autofree char *shown = g_strdup (name != NULL ? name : "");

      gtk_editable_set_text (GTK_EDITABLE (self->name_row), shown);
    }
}

static void
name_row_changed_cb (CrResultPage *self)
{
  cr_answers_set_name (cr_session_get_answers (self->session),
                       gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
}

static GtkWidget *
create_change_row (gpointer item,
                   gpointer user_data)
{
  CrResultPage *self = CR_RESULT_PAGE (user_data);
  const char *text = gtk_string_object_get_string (GTK_STRING_OBJECT (item));
  CrResult *result = cr_session_get_result (self->session);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Try It"));
  guint index = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->changes)); i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (G_LIST_MODEL (self->changes), i);

      if (other == item)
        index = i;
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  /* Translators: the tooltip of the button that tries a change of answers
   * without keeping it */
  gtk_widget_set_tooltip_text (button, _("See the verdict with this change, then keep it or go "
                                         "back"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.try-change");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", index);
  /* Nothing to try when no change would do. */
  gtk_widget_set_visible (button, index < cr_result_get_n_changes (result) &&
                                  cr_result_get_change (result, index)->n_steps > 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static GtkWidget *
create_answer_row (gpointer item,
                   gpointer user_data)
{
  CrResultPage *self = CR_RESULT_PAGE (user_data);
  const char *id = gtk_string_object_get_string (GTK_STRING_OBJECT (item));
  guint question = 0;

  cr_questionnaire_lookup (id, &question);

  return cr_answer_row_new (self->session, question);
}

static GtkWidget *
cr_result_page_get_first_control (CrPage *page)
{
  CrResultPage *self = CR_RESULT_PAGE (page);

  return GTK_WIDGET (self->heading);
}

static void
cr_result_page_page_init (CrPageInterface *iface)
{
  iface->get_first_control = cr_result_page_get_first_control;
}

static gboolean
invert_boolean (GBinding     *binding G_GNUC_UNUSED,
                const GValue *from,
                GValue       *to,
                gpointer      user_data G_GNUC_UNUSED)
{
  g_value_set_boolean (to, !g_value_get_boolean (from));
  return TRUE;
}

static void
cr_result_page_constructed (GObject *object)
{
  CrResultPage *self = CR_RESULT_PAGE (object);
  CrAnswers *answers;

  G_OBJECT_CLASS (cr_result_page_parent_class)->constructed (object);

  g_return_if_fail (CR_IS_SESSION (self->session));
  answers = cr_session_get_answers (self->session);

  g_object_bind_property (self->session, "result", self->scores, "result",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->session, "trial-result", self->trial_scores, "result",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->session, "editable", self->keep_button, "visible",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->session, "keeps-draft", self->start_over_button, "visible",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property_full (self->session, "editable", self->edit_button, "visible",
                               G_BINDING_SYNC_CREATE, invert_boolean, NULL, NULL, NULL);
  g_object_bind_property (self->session, "editable", self->name_row, "sensitive",
                          G_BINDING_SYNC_CREATE);

  g_signal_connect_object (self->session, "notify::result", G_CALLBACK (update_result), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::trial-result", G_CALLBACK (update_trial),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (answers, "notify::name", G_CALLBACK (update_name), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->name_row, "changed", G_CALLBACK (name_row_changed_cb), self,
                           G_CONNECT_SWAPPED);

  gtk_list_box_bind_model (self->changes_list, G_LIST_MODEL (self->changes),
                           create_change_row, self, NULL);
  gtk_list_box_bind_model (self->answers_list, G_LIST_MODEL (self->questions),
                           create_answer_row, self, NULL);

  /* The verdict's heading takes the focus when the page appears: read
   * with it, the summary says why. */
  cr_a11y_describe_by (GTK_WIDGET (self->heading), self->summary_label);

  update_result (self);
  update_trial (self);
  update_name (self);
}

static void
cr_result_page_dispose (GObject *object)
{
  CrResultPage *self = CR_RESULT_PAGE (object);

  if (self->changes_list != NULL)
    gtk_list_box_bind_model (self->changes_list, NULL, NULL, NULL, NULL);
  if (self->answers_list != NULL)
    gtk_list_box_bind_model (self->answers_list, NULL, NULL, NULL, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_RESULT_PAGE);
  g_clear_object (&self->changes);
  g_clear_object (&self->questions);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (cr_result_page_parent_class)->dispose (object);
}

static void
cr_result_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CrResultPage *self = CR_RESULT_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_result_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CrResultPage *self = CR_RESULT_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_result_page_class_init (CrResultPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cr_result_page_constructed;
  object_class->dispose = cr_result_page_dispose;
  object_class->get_property = cr_result_page_get_property;
  object_class->set_property = cr_result_page_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         CR_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CR_TYPE_HEADING);
  g_type_ensure (CR_TYPE_SCORES);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/cr-result-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CrResultPage, heading);
  gtk_widget_class_bind_template_child (widget_class, CrResultPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CrResultPage, trial_box);
  gtk_widget_class_bind_template_child (widget_class, CrResultPage, trial_heading);
  gtk_widget_class_bind_template_child (widget_class, CrResultPage, trial_text_label);
  gtk_widget_class_bind_template_child (widget_class, CrResultPage, trial_scores);
  gtk_widget_class_bind_template_child (widget_class, CrResultPage, keep_button);
  gtk_widget_class_bind_template_child (widget_class, CrResultPage, scores);
  gtk_widget_class_bind_template_child (widget_class, CrResultPage, close_call_box);
  gtk_widget_class_bind_template_child (widget_class, CrResultPage, close_call_label);
  gtk_widget_class_bind_template_child (widget_class, CrResultPage, share_menu_button);
  gtk_widget_class_bind_template_child (widget_class, CrResultPage, start_over_button);
  gtk_widget_class_bind_template_child (widget_class, CrResultPage, edit_button);
  gtk_widget_class_bind_template_child (widget_class, CrResultPage, changes_group);
  gtk_widget_class_bind_template_child (widget_class, CrResultPage, changes_list);
  gtk_widget_class_bind_template_child (widget_class, CrResultPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, CrResultPage, answers_list);
}

static void
cr_result_page_init (CrResultPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  cr_a11y_entry_row_name_once (self->name_row);
  cr_a11y_menu_button_name_items (GTK_MENU_BUTTON (self->share_menu_button));
  gtk_label_set_justify (cr_heading_get_child (self->heading), GTK_JUSTIFY_CENTER);

  self->changes = gtk_string_list_new (NULL);
  self->questions = gtk_string_list_new (NULL);
  for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
    gtk_string_list_append (self->questions, cr_questionnaire_get_question (q)->id);
}

/**
 * cr_result_page_new:
 * @session: the session whose result the page shows
 */
GtkWidget *
cr_result_page_new (CrSession *session)
{
  g_return_val_if_fail (CR_IS_SESSION (session), NULL);

  return g_object_new (CR_TYPE_RESULT_PAGE, "session", session, NULL);
}

/**
 * cr_result_page_get_heading_widget:
 *
 * Returns: (transfer none): the verdict's heading, which takes the focus
 *   when the page appears
 */
GtkWidget *
cr_result_page_get_heading_widget (CrResultPage *self)
{
  g_return_val_if_fail (CR_IS_RESULT_PAGE (self), NULL);

  return GTK_WIDGET (self->heading);
}

const char *
cr_result_page_get_heading (CrResultPage *self)
{
  g_return_val_if_fail (CR_IS_RESULT_PAGE (self), NULL);

  return cr_heading_get_label (self->heading);
}

/**
 * cr_result_page_get_trial_heading:
 *
 * Returns: (transfer none): the what-if card's heading, which takes the
 *   focus when a change is tried
 */
GtkWidget *
cr_result_page_get_trial_heading (CrResultPage *self)
{
  g_return_val_if_fail (CR_IS_RESULT_PAGE (self), NULL);

  return GTK_WIDGET (self->trial_heading);
}
