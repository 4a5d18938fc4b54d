/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-a11y.c: accessible names and what assistive technologies may see
 *
 * Every control's name is what it shows, once. GTK 4.8 reads a widget's
 * name as its accessible label followed by the label of each widget it is
 * labelled by, joined with a space (gtk_at_context_get_name() in
 * gtk/gtkatcontext.c). Yet GTK and libadwaita set both on their own:
 * GtkButton sets its label, underscore included, as the accessible label
 * and its mnemonic label as a labelled-by relation ("_Start Start"), and
 * AdwActionRow makes its activatable widget labelled by the row's title,
 * so that one more accessible label reads the title twice. Later GTK
 * follows the ARIA name computation (gtk_at_context_get_text()), where
 * labelled-by wins over the label, and reads only one of them.
 *
 * So each function here leaves a widget exactly one source for its name,
 * the accessible label, holding the visible text without its mnemonic
 * underscore, and removes the relation: both algorithms then read the
 * same text, with nothing that depends on GTK's version. The text follows
 * the label it comes from; GTK and libadwaita set their relations again
 * when a widget's label, mnemonic or activatable widget changes, so the
 * functions watch those too. Call them once the widget is set up (after
 * adw_action_row_set_activatable_widget(), for example).
 *
 * Descriptions are the same: GTK 4.8 reads the accessible description of
 * a described-by widget and nothing else, so a row described by its
 * subtitle label has no description there at all.
 *
 * GTK 4.8 also presents every page of a GtkStack: it hides a page from
 * assistive technologies only when the page is not visible, never because
 * another page is shown. cr_a11y_stack_follow_visible_child() marks the
 * pages that are not shown as hidden, which takes them out of the tree
 * that GTK gives AT-SPI.
 *
 * cr_a11y_install() applies all of this to every button, action row and
 * stack of the program as it is first mapped, GTK's and libadwaita's own
 * included (a dialog's responses, a popover menu's pages): the one place
 * every control goes through, so that none is fixed by hand or forgotten.
 */
#include "config.h"

#include "cr-a11y.h"

/**
 * cr_a11y_strip_mnemonic:
 * @text: a text with mnemonic underscores ("_Start", "Save __As")
 *
 * Returns: (transfer full): @text as shown, each "_" that marks a
 *   mnemonic removed and each "__" made one "_"
 */
char *
cr_a11y_strip_mnemonic (const char *text)
{
  GString *s;

  g_return_val_if_fail (text != NULL, NULL);

  s = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          p++;
          if (*p == '\0')
            break;
        }
      g_string_append_c (s, *p);
    }

  return g_string_free (s, FALSE);
}

/**
 * cr_a11y_set_name:
 * @widget: a widget
 * @name: its accessible name, as a screen reader should say it
 *
 * Gives @widget @name as its whole accessible name, whatever GTK or
 * libadwaita labelled it by: for controls that show no text (an icon) or
 * whose text alone would not say what they do.
 */
void
cr_a11y_set_name (GtkWidget  *widget,
                  const char *name)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (name != NULL);

  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

static void
set_description (GtkWidget  *widget,
                 const char *description)
{
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY);
  if (description != NULL && *description != '\0')
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* Whether @instance is marked with @key for the first time: its handlers
 * are connected once, however often a function is called on it. */
static gboolean
first_time (gpointer    instance,
            const char *key)
{
  if (g_object_get_data (G_OBJECT (instance), key) != NULL)
    return FALSE;

  g_object_set_data (G_OBJECT (instance), key, GINT_TO_POINTER (TRUE));
  return TRUE;
}

static void
label_changed_cb (GtkLabel   *label,
                  GParamSpec *pspec G_GNUC_UNUSED,
                  GtkWidget  *widget)
{
  cr_a11y_set_name (widget, gtk_label_get_text (label));
}

/**
 * cr_a11y_label_by:
 * @widget: a widget
 * @label: the label that names it on screen
 *
 * Names @widget with the text @label shows (without mnemonic underscore),
 * once, and keeps it so when the label changes: a list named by the
 * question above it, a heading by its label.
 */
void
cr_a11y_label_by (GtkWidget *widget,
                  GtkLabel  *label)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (GTK_IS_LABEL (label));

  label_changed_cb (label, NULL, widget);
  g_signal_connect_object (label, "notify::label", G_CALLBACK (label_changed_cb), widget, 0);
}

static void
description_changed_cb (GtkLabel   *label,
                        GParamSpec *pspec G_GNUC_UNUSED,
                        GtkWidget  *widget)
{
  set_description (widget, gtk_widget_get_visible (GTK_WIDGET (label))
                             ? gtk_label_get_text (label) : NULL);
}

/**
 * cr_a11y_describe_by:
 * @widget: a widget
 * @label: the label that describes it on screen
 *
 * Makes the text @label shows the accessible description of @widget,
 * once, and keeps it so as the label changes or is hidden.
 */
void
cr_a11y_describe_by (GtkWidget *widget,
                     GtkLabel  *label)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (GTK_IS_LABEL (label));

  description_changed_cb (label, NULL, widget);
  g_signal_connect_object (label, "notify::label", G_CALLBACK (description_changed_cb), widget,
                           0);
  g_signal_connect_object (label, "notify::visible", G_CALLBACK (description_changed_cb),
                           widget, 0);
}

static void
button_changed_cb (GtkButton  *button,
                   GParamSpec *pspec G_GNUC_UNUSED,
                   gpointer    user_data G_GNUC_UNUSED)
{
  GtkWidget *child = gtk_button_get_child (button);

  /* A button whose child is not a label (an icon, a box) is named by
   * whoever built it, with cr_a11y_set_name(). */
  if (GTK_IS_LABEL (child) && *gtk_label_get_text (GTK_LABEL (child)) != '\0')
    cr_a11y_set_name (GTK_WIDGET (button), gtk_label_get_text (GTK_LABEL (child)));
}

/**
 * cr_a11y_button_use_label:
 * @button: a button showing a label, with or without a mnemonic
 *
 * Names @button with the text it shows, without the mnemonic underscore,
 * once; kept so when its label, its mnemonic or its child changes, which
 * make GtkButton set its own label and relation again.
 */
void
cr_a11y_button_use_label (GtkButton *button)
{
  g_return_if_fail (GTK_IS_BUTTON (button));

  button_changed_cb (button, NULL, NULL);
  if (!first_time (button, "cr-a11y-button"))
    return;

  g_signal_connect (button, "notify::label", G_CALLBACK (button_changed_cb), NULL);
  g_signal_connect (button, "notify::use-underline", G_CALLBACK (button_changed_cb), NULL);
  g_signal_connect (button, "notify::child", G_CALLBACK (button_changed_cb), NULL);
}

static void
row_changed_cb (AdwActionRow *row,
                GParamSpec   *pspec G_GNUC_UNUSED,
                GtkWidget    *widget)
{
  AdwPreferencesRow *prow = ADW_PREFERENCES_ROW (row);
  const char *title = adw_preferences_row_get_title (prow);
  g_autofree char *name = adw_preferences_row_get_use_underline (prow)
                            ? cr_a11y_strip_mnemonic (title) : g_strdup (title);

  cr_a11y_set_name (widget, name);
  set_description (widget, adw_action_row_get_subtitle (row));
}

/**
 * cr_a11y_name_from_row:
 * @widget: the row itself, or a widget inside it (its activatable widget)
 * @row: an action row
 *
 * Names @widget with the row's title and describes it with the row's
 * subtitle, once each, and keeps them so as the row changes. For the row
 * itself and for its activatable widget, which libadwaita labels by the
 * title and describes by the subtitle, read only partly by GTK 4.8.
 */
void
cr_a11y_name_from_row (GtkWidget    *widget,
                       AdwActionRow *row)
{

  static const char *const signals[] = {
    "notify::title", "notify::subtitle", "notify::use-underline",
    /* libadwaita relabels the new activatable widget. */
    "notify::activatable-widget",
  };

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (ADW_IS_ACTION_ROW (row));

  row_changed_cb (row, NULL, widget);
  /* Connected once for a widget and its row, however often it is called. */
  if (g_object_get_data (G_OBJECT (widget), "cr-a11y-row") == row)
    return;
  g_object_set_data (G_OBJECT (widget), "cr-a11y-row", row);
  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    g_signal_connect_object (row, signals[i], G_CALLBACK (row_changed_cb), widget,
                             G_CONNECT_AFTER);
}

static void
stack_sync (GtkStack *stack)
{
  GtkWidget *shown = gtk_stack_get_visible_child (stack);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_accessible_update_state (GTK_ACCESSIBLE (child),
                                 GTK_ACCESSIBLE_STATE_HIDDEN, child != shown,
                                 -1);
}

static void
stack_changed_cb (GtkStack *stack)
{
  stack_sync (stack);
}

static void
pages_changed_cb (GtkStack *stack)
{
  stack_sync (stack);
}

/**
 * cr_a11y_stack_follow_visible_child:
 * @stack: a stack
 *
 * Keeps every page of @stack but the one shown hidden from assistive
 * technologies, as pages are added, removed and shown.
 */
void
cr_a11y_stack_follow_visible_child (GtkStack *stack)
{
  GtkSelectionModel *pages;

  g_return_if_fail (GTK_IS_STACK (stack));

  stack_sync (stack);
  if (!first_time (stack, "cr-a11y-stack"))
    return;

  /* The stack keeps only a weak pointer to its pages: they live as long
   * as the stack, for their items-changed, emitted as pages are added. */
  pages = gtk_stack_get_pages (stack);
  g_object_set_data_full (G_OBJECT (stack), "cr-a11y-pages", pages, g_object_unref);
  g_signal_connect (stack, "notify::visible-child", G_CALLBACK (stack_changed_cb), NULL);
  g_signal_connect_object (pages, "items-changed", G_CALLBACK (pages_changed_cb), stack,
                           G_CONNECT_SWAPPED);
}

static void
name_row (AdwActionRow *row)
{
  GtkWidget *activatable = adw_action_row_get_activatable_widget (row);

  cr_a11y_name_from_row (GTK_WIDGET (row), row);
  /* The activatable widget may be anywhere in the row; a widget given
   * later is named when it is mapped, below. */
  if (activatable != NULL)
    cr_a11y_name_from_row (activatable, row);
}

static gboolean
map_hook (GSignalInvocationHint *hint G_GNUC_UNUSED,
          guint                  n_params,
          const GValue          *params,
          gpointer               user_data G_GNUC_UNUSED)
{
  GtkWidget *widget;
  GtkWidget *row;

  if (n_params < 1 || !G_VALUE_HOLDS (&params[0], GTK_TYPE_WIDGET))
    return TRUE;
  widget = g_value_get_object (&params[0]);

  if (GTK_IS_BUTTON (widget))
    cr_a11y_button_use_label (GTK_BUTTON (widget));
  else if (GTK_IS_STACK (widget))
    cr_a11y_stack_follow_visible_child (GTK_STACK (widget));

  if (ADW_IS_ACTION_ROW (widget))
    name_row (ADW_ACTION_ROW (widget));
  else if ((row = gtk_widget_get_ancestor (widget, ADW_TYPE_ACTION_ROW)) != NULL &&
           adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)) == widget)
    cr_a11y_name_from_row (widget, ADW_ACTION_ROW (row));

  return TRUE;
}

/**
 * cr_a11y_install:
 *
 * From now on, names every button showing a label by its text, every
 * action row and its activatable widget by the row's title and subtitle,
 * and hides the pages of every stack that are not shown, each as it is
 * first mapped. Call it once, before the first window is shown; calling
 * it again does nothing.
 */
void
cr_a11y_install (void)
{
  static gsize installed = 0;

  if (g_once_init_enter (&installed))
    {
      GTypeClass *klass = g_type_class_ref (GTK_TYPE_WIDGET);

      g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0,
                                  map_hook, NULL, NULL);
      g_type_class_unref (klass);
      g_once_init_leave (&installed, 1);
    }
}
