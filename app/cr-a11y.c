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
 * More generally, GTK 4.8 presents every visible widget, on screen or not:
 * the layout a message dialog does not use (AdwSqueezer keeps its
 * responses twice, in a row and in a column), a closed popover, the
 * content of a collapsed expander row. Whatever a container keeps off
 * screen is left unmapped, with its child-visible flag off for the ones
 * it never shows: cr_a11y_install() hides such a widget from assistive
 * technologies while it is so, and shows it again once mapped.
 *
 * cr_a11y_install() applies all of this to every button, action row and
 * stack of the program as it is first mapped, GTK's and libadwaita's own
 * included (a dialog's responses, a popover menu's pages): the one place
 * every control goes through, so that none is fixed by hand or forgotten.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

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

static void name_from_title (GtkWidget *widget,
                             GObject   *titled);

/**
 * cr_a11y_entry_row_expose_text:
 * @row: an entry row, not yet realized (just built from its template)
 *
 * On GTK before 4.10, makes the text @row edits a text box named by the
 * row's title. AdwEntryRow types into a GtkText of no accessible role,
 * and only GTK 4.10 lets the row say that it has the focus when its text
 * has it: before, the focus goes nowhere assistive technologies can see,
 * and a screen reader says nothing on the row.
 */
void
cr_a11y_entry_row_expose_text (AdwEntryRow *row)
{
  GtkWidget *text;

  g_return_if_fail (ADW_IS_ENTRY_ROW (row));

  if (gtk_get_major_version () > 4 || gtk_get_minor_version () >= 10)
    return;

  text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (row)));
  if (!GTK_IS_TEXT (text) || gtk_widget_get_realized (text) ||
      gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (text)) != GTK_ACCESSIBLE_ROLE_NONE)
    return;

  g_object_set (text, "accessible-role", GTK_ACCESSIBLE_ROLE_TEXT_BOX, NULL);
  name_from_title (text, G_OBJECT (row));
}

static void
stack_sync (GtkStack *stack)
{
  GtkWidget *shown = gtk_stack_get_visible_child (stack);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkStackPage *page = gtk_stack_get_page (stack, child);
      const char *title = gtk_stack_page_get_title (page);

      gtk_accessible_update_state (GTK_ACCESSIBLE (child),
                                   GTK_ACCESSIBLE_STATE_HIDDEN, child != shown,
                                   -1);
      /* A page is named by its title, mnemonic and all: GtkShortcutsSection
       * titles its pages "_1", "_2", for its own switcher's mnemonics,
       * without saying so to the page. */
      if (title != NULL &&
          (gtk_stack_page_get_use_underline (page) ||
           gtk_widget_get_ancestor (GTK_WIDGET (stack), GTK_TYPE_SHORTCUTS_SECTION) != NULL))
        {
          g_autofree char *name = cr_a11y_strip_mnemonic (title);

          gtk_accessible_update_property (GTK_ACCESSIBLE (page),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                          -1);
        }
    }
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

static void
title_changed_cb (GObject    *object,
                  GParamSpec *pspec G_GNUC_UNUSED,
                  GtkWidget  *widget)
{
  g_autofree char *title = NULL;
  gboolean underline = FALSE;

  g_object_get (object, "title", &title, NULL);
  if (ADW_IS_PREFERENCES_ROW (object))
    underline = adw_preferences_row_get_use_underline (ADW_PREFERENCES_ROW (object));

  if (title != NULL && *title != '\0')
    {
      g_autofree char *name = underline ? cr_a11y_strip_mnemonic (title) : g_strdup (title);

      cr_a11y_set_name (widget, name);
    }
}

/* Names @widget, once, by the title of @titled (a preferences group or
 * row), kept so as it changes. */
static void
name_from_title (GtkWidget *widget,
                 GObject   *titled)
{
  title_changed_cb (titled, NULL, widget);
  if (first_time (widget, "cr-a11y-title"))
    g_signal_connect_object (titled, "notify::title", G_CALLBACK (title_changed_cb), widget, 0);
}

/* A list shows no name of its own; GTK 4.8 would give its class name. It
 * is named by the heading above it: the title of its preferences group,
 * or, for the lists inside an expander row, the row's title, which is the
 * question its options answer. An expander row itself is named by its
 * title, as its header is. */
static void
name_list (GtkWidget *widget)
{
  GtkWidget *titled;

  if (ADW_IS_EXPANDER_ROW (widget))
    name_from_title (widget, G_OBJECT (widget));
  else if (!GTK_IS_LIST_BOX (widget))
    return;
  else if ((titled = gtk_widget_get_ancestor (widget, ADW_TYPE_EXPANDER_ROW)) != NULL ||
           (titled = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_GROUP)) != NULL)
    name_from_title (widget, G_OBJECT (titled));
}

static void
placeholder_changed_cb (GtkWidget  *entry,
                        GParamSpec *pspec G_GNUC_UNUSED,
                        gpointer    user_data G_GNUC_UNUSED)
{
  g_autofree char *placeholder = NULL;

  g_object_get (entry, "placeholder-text", &placeholder, NULL);
  if (placeholder != NULL && *placeholder != '\0')
    cr_a11y_set_name (entry, placeholder);
}

/* A search entry shows what it searches only as its placeholder, the
 * button GtkSearchBar puts beside it and the button that opens a search
 * only an icon: GTK 4.8 names none of them (the Keyboard Shortcuts window
 * has all three). */
static void
name_search (GtkWidget *widget)
{
  GtkWidget *child = GTK_IS_BUTTON (widget) ? gtk_button_get_child (GTK_BUTTON (widget)) : NULL;

  if (GTK_IS_IMAGE (child) &&
      g_strcmp0 (gtk_image_get_icon_name (GTK_IMAGE (child)), "edit-find-symbolic") == 0)
    {
      /* Translators: the accessible name of a button that shows a search
       * entry */
      cr_a11y_set_name (widget, _("Search"));
      return;
    }

  if (GTK_IS_SEARCH_ENTRY (widget))
    {
      placeholder_changed_cb (widget, NULL, NULL);
      if (first_time (widget, "cr-a11y-placeholder"))
        g_signal_connect (widget, "notify::placeholder-text",
                          G_CALLBACK (placeholder_changed_cb), NULL);
    }
  else if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) == NULL &&
           GTK_IS_SEARCH_BAR (gtk_widget_get_ancestor (widget, GTK_TYPE_SEARCH_BAR)) &&
           gtk_widget_get_ancestor (widget, GTK_TYPE_SEARCH_ENTRY) == NULL)
    {
      /* Translators: the accessible name of the button that closes a
       * search bar */
      cr_a11y_set_name (widget, _("Close Search"));
    }
}

/* The widgets hidden here, and only those, are shown again here: a
 * widget its builder hid from assistive technologies stays so. */
#define OFF_SCREEN_KEY "cr-a11y-off-screen"

static void
set_off_screen (GtkWidget *widget,
                gboolean   off_screen)
{
  if (off_screen == (g_object_get_data (G_OBJECT (widget), OFF_SCREEN_KEY) != NULL))
    return;

  g_object_set_data (G_OBJECT (widget), OFF_SCREEN_KEY, GINT_TO_POINTER (off_screen));
  gtk_accessible_update_state (GTK_ACCESSIBLE (widget),
                               GTK_ACCESSIBLE_STATE_HIDDEN, off_screen,
                               -1);
}

static gboolean
unmap_hook (GSignalInvocationHint *hint G_GNUC_UNUSED,
            guint                  n_params,
            const GValue          *params,
            gpointer               user_data G_GNUC_UNUSED)
{
  GtkWidget *widget;
  GtkWidget *parent;

  if (n_params < 1 || !G_VALUE_HOLDS (&params[0], GTK_TYPE_WIDGET))
    return TRUE;
  widget = g_value_get_object (&params[0]);
  parent = gtk_widget_get_parent (widget);

  /* Only where what leaves the screen starts, under a parent that stays:
   * everything below goes with it. A widget made invisible is left out
   * by GTK already; a whole window unmapped has no parent. */
  if (parent != NULL && gtk_widget_get_mapped (parent) && gtk_widget_get_visible (widget))
    set_off_screen (widget, TRUE);

  return TRUE;
}

static gboolean
map_hook (GSignalInvocationHint *hint G_GNUC_UNUSED,
          guint                  n_params,
          const GValue          *params,
          gpointer               user_data G_GNUC_UNUSED)
{
  GtkWidget *widget;
  GtkWidget *parent;
  GtkWidget *row;

  if (n_params < 1 || !G_VALUE_HOLDS (&params[0], GTK_TYPE_WIDGET))
    return TRUE;
  widget = g_value_get_object (&params[0]);
  parent = gtk_widget_get_parent (widget);

  set_off_screen (widget, FALSE);
  /* Children and siblings kept off screen from the start were never
   * mapped, so never unmapped either. */
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_visible (child) && !gtk_widget_get_child_visible (child))
      set_off_screen (child, TRUE);
  if (parent != NULL)
    for (GtkWidget *sibling = gtk_widget_get_first_child (parent);
         sibling != NULL;
         sibling = gtk_widget_get_next_sibling (sibling))
      if (sibling != widget && gtk_widget_get_visible (sibling) &&
          !gtk_widget_get_child_visible (sibling) && !gtk_widget_get_mapped (sibling))
        set_off_screen (sibling, TRUE);

  if (GTK_IS_BUTTON (widget))
    cr_a11y_button_use_label (GTK_BUTTON (widget));
  else if (GTK_IS_STACK (widget))
    cr_a11y_stack_follow_visible_child (GTK_STACK (widget));

  name_list (widget);
  name_search (widget);
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
 * first mapped; hides what a container keeps off screen while it is so. Call it once, before the first window is shown; calling
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
      g_signal_add_emission_hook (g_signal_lookup ("unmap", GTK_TYPE_WIDGET), 0,
                                  unmap_hook, NULL, NULL);
      g_type_class_unref (klass);
      g_once_init_leave (&installed, 1);
    }
}
