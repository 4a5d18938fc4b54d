/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-option-row.c: one option of a question as a row with a radio or check
 *
 * The question pages and the result page's answer editors show options the
 * same way: the label, its detail under it, and a radio button (single
 * choice) or a check box (several choices) that the whole row activates.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cr-option-row.h"

/**
 * cr_option_row_new:
 * @question: the question
 * @option: the option's index in @question
 * @group: (inout): the first radio button of the question, %NULL before the
 *   first row; ignored for a multiple-choice question
 * @check: (out) (transfer none): the row's radio or check button, carrying
 *   the option's index as "cr-option" data
 *
 * Returns: (transfer floating): the row
 */
GtkWidget *
cr_option_row_new (const CrQuestion  *question,
                   guint              option,
                   GtkCheckButton   **group,
                   GtkCheckButton   **check)
{
  const CrOption *o;
  GtkWidget *row;
  GtkWidget *button;

  g_return_val_if_fail (question != NULL, NULL);
  g_return_val_if_fail (option < question->n_options, NULL);
  g_return_val_if_fail (group != NULL, NULL);
  g_return_val_if_fail (check != NULL, NULL);

  o = &question->options[option];
  row = adw_action_row_new ();
  button = gtk_check_button_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(o->label));
  if (o->detail != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(o->detail));

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  if (!question->multiple)
    {
      if (*group == NULL)
        *group = GTK_CHECK_BUTTON (button);
      else
        gtk_check_button_set_group (GTK_CHECK_BUTTON (button), *group);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(o->label),
                                  -1);
  g_object_set_data (G_OBJECT (button), "cr-option", GUINT_TO_POINTER (option));

  adw_action_row_add_prefix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);

  *check = GTK_CHECK_BUTTON (button);

  return row;
}
