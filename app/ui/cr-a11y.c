/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-a11y.c: what GTK and libadwaita still get wrong for screen readers
 *
 * The one place for workarounds of accessibility bugs in the GTK and
 * libadwaita the program runs on (GTK 4.14 or later, libadwaita 1.5 or
 * later), each tagged with the release that fixes it, or with the last
 * release it was seen in. What GTK and libadwaita do right is left to
 * them: the accessible name from a button's label, from an action row's
 * title, from a labelled-by relation; only what is mapped presented; the
 * new verdict said with gtk_accessible_announce().
 *
 * Not fixed as of GTK 4.18.6: a described-by relation reaches AT-SPI as
 * an empty description: a heading described by a label, an action row by
 * its subtitle (as libadwaita describes it), have none, nor has an
 * expander row's header, which says the answer on the result page. cr_a11y_describe_by(),
 * cr_a11y_set_description() and cr_a11y_expander_row_describe() put the
 * text itself in the accessible description, and remove the relation,
 * which would win over it.
 *
 * Not fixed as of libadwaita 1.7.6: an entry row is labelled by its title
 * twice, by the label shown in the empty row and by the one shown above
 * the text, and read so ("Name Name"). cr_a11y_entry_row_name_once()
 * names it by its title once.
 *
 * Not fixed as of GTK 4.18.6: the items of a menu (GtkPopoverMenu) have
 * no name over AT-SPI; the label they are labelled by is not presented.
 * cr_a11y_menu_button_name_items() names the items of a menu button's
 * menu by their text as the menu opens.
 *
 * Not fixed as of GTK 4.18.6: the Keyboard Shortcuts window
 * (GtkShortcutsWindow, deprecated in GTK 4.18 for libadwaita 1.8's
 * AdwShortcutsDialog, later than the libadwaita the program needs) has the
 * generic role, which takes no name, so its title is not said: the window
 * is given the dialog role where it is built, app/ui/gtk/help-overlay.ui. Its
 * sections' pages are named by titles with a mnemonic underscore ("_1",
 * "_2": for its own page switcher's keys); cr_a11y_shortcuts_window_name()
 * names them by their numbers.
 *
 * Not fixed as of GTK 4.18.6, and not a fix to call: in a vertical box,
 * Tab goes down only to what spans the focused widget's width, so the
 * What If card's buttons, at its end, were out of reach from its heading.
 * Their box spans the card (app/ui/cr-result-page.ui).
 *
 * Not fixed as of GTK 4.18.6: gtk_accessible_announce() calls through a
 * null pointer with GTK's test backend (GTK_A11Y=test, what the tests
 * read accessible states with), which has no announcements.
 * cr_a11y_announce() announces everywhere else.
 *
 * The functions are called by the widgets they fix, once set up; none
 * watches the whole program.
 */
#include "config.h"

#include "cr-a11y.h"

/**
 * cr_a11y_set_description:
 * @widget: a widget
 * @description: (nullable): its accessible description, or %NULL for none
 *
 * Describes @widget with @description itself, in place of any described-by
 * relation (GTK 4.18.6 and before read such a relation as empty).
 */
void
cr_a11y_set_description (GtkWidget  *widget,
                         const char *description)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY);
  if (description != NULL && *description != '\0')
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static void
description_changed_cb (GtkLabel   *label,
                        GParamSpec *pspec G_GNUC_UNUSED,
                        GtkWidget  *widget)
{
  cr_a11y_set_description (widget, gtk_widget_get_visible (GTK_WIDGET (label))
                                     ? gtk_label_get_text (label) : NULL);
}

/**
 * cr_a11y_describe_by:
 * @widget: a widget
 * @label: the label that describes it on screen
 *
 * Makes the text @label shows the accessible description of @widget, and
 * keeps it so as the label changes or is hidden: what a described-by
 * relation should do (not fixed as of GTK 4.18.6).
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

/* The widget after @widget in @root's tree, depth first, or NULL at its
 * end; with @skip_children, what comes after @widget's own children. A
 * loop rather than recursion: no depth of widgets can run out of stack. */
static GtkWidget *
next_in_tree (GtkWidget *widget,
              GtkWidget *root,
              gboolean   skip_children)
{
  GtkWidget *child = skip_children ? NULL : gtk_widget_get_first_child (widget);

  if (child != NULL)
    return child;

  for (; widget != NULL && widget != root; widget = gtk_widget_get_parent (widget))
    {
      GtkWidget *next = gtk_widget_get_next_sibling (widget);

      if (next != NULL)
        return next;
    }

  return NULL;
}

/* The row an expander row shows as its header, the first action row in
 * it (the rows it expands to come after). */
static GtkWidget *
find_action_row (GtkWidget *widget)
{
  for (GtkWidget *w = next_in_tree (widget, widget, FALSE); w != NULL;
       w = next_in_tree (w, widget, FALSE))
    if (ADW_IS_ACTION_ROW (w))
      return w;

  return NULL;
}

static void
expander_subtitle_changed_cb (AdwExpanderRow *row)
{
  GtkWidget *header = find_action_row (GTK_WIDGET (row));

  if (header != NULL)
    cr_a11y_set_description (header, adw_expander_row_get_subtitle (row));
}

/**
 * cr_a11y_expander_row_describe:
 * @row: an expander row
 *
 * Describes the header of @row, what takes the focus, with the row's
 * subtitle, as it changes: libadwaita describes it by the subtitle's
 * label, which GTK 4.18.6 presents as no description.
 */
void
cr_a11y_expander_row_describe (AdwExpanderRow *row)
{
  g_return_if_fail (ADW_IS_EXPANDER_ROW (row));

  expander_subtitle_changed_cb (row);
  g_signal_connect (row, "notify::subtitle", G_CALLBACK (expander_subtitle_changed_cb), NULL);
}

static void
title_changed_cb (AdwPreferencesRow *row)
{
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_row_get_title (row),
                                  -1);
}

/**
 * cr_a11y_entry_row_name_once:
 * @row: an entry row
 *
 * Names @row by its title, once, as its title changes, in place of the two
 * labels libadwaita labels it by (not fixed as of libadwaita 1.7.6).
 */
void
cr_a11y_entry_row_name_once (AdwEntryRow *row)
{
  g_return_if_fail (ADW_IS_ENTRY_ROW (row));

  title_changed_cb (ADW_PREFERENCES_ROW (row));
  g_signal_connect (row, "notify::title", G_CALLBACK (title_changed_cb), NULL);
}

/**
 * cr_a11y_announce:
 * @widget: the widget the announcement comes from
 * @message: what a screen reader is to say
 *
 * Has @message said at once, wherever the focus is, as
 * gtk_accessible_announce() does, but not with GTK's test backend, where
 * that crashes (GTK 4.18.6 and before).
 */
void
cr_a11y_announce (GtkWidget  *widget,
                  const char *message)
{
  g_autoptr(GtkATContext) context = NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (message != NULL);

  context = gtk_accessible_get_at_context (GTK_ACCESSIBLE (widget));
  if (context == NULL || g_strcmp0 (G_OBJECT_TYPE_NAME (context), "GtkTestATContext") == 0)
    return;

  gtk_accessible_announce (GTK_ACCESSIBLE (widget), message,
                           GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
}

/* GTK's menu items are GtkModelButtons, a private type, with a "text". */
static void
name_menu_items (GtkWidget *root)
{
  for (GtkWidget *widget = root; widget != NULL; widget = next_in_tree (widget, root, FALSE))
    {
      g_autofree char *text = NULL;

      if (g_strcmp0 (G_OBJECT_TYPE_NAME (widget), "GtkModelButton") != 0)
        continue;

      g_object_get (widget, "text", &text, NULL);
      if (text != NULL && *text != '\0')
        {
          gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget),
                                         GTK_ACCESSIBLE_RELATION_LABELLED_BY);
          gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                          -1);
        }
    }
}

static void
menu_button_active_cb (GtkMenuButton *button)
{
  GtkPopover *popover = gtk_menu_button_get_popover (button);

  if (gtk_menu_button_get_active (button) && popover != NULL)
    name_menu_items (GTK_WIDGET (popover));
}

/**
 * cr_a11y_menu_button_name_items:
 * @button: a menu button with a menu model
 *
 * Names each item of @button's menu, its submenus' included, by the text
 * it shows, each time the menu opens (its model may have changed): GTK
 * 4.18.6 and before give them no name. Call it once.
 */
void
cr_a11y_menu_button_name_items (GtkMenuButton *button)
{
  g_return_if_fail (GTK_IS_MENU_BUTTON (button));

  g_signal_connect (button, "notify::active", G_CALLBACK (menu_button_active_cb), NULL);
}

static void
name_shortcut_pages (GtkStack *stack)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkStackPage *page = gtk_stack_get_page (stack, child);
      const char *title = gtk_stack_page_get_title (page);
      GString *name;

      if (title == NULL)
        continue;

      /* The title as its switcher shows it, the mnemonic underscores out. */
      name = g_string_new (NULL);
      for (const char *p = title; *p != '\0'; p++)
        {
          /* "_1" is "1", "__" is "_". */
          if (*p == '_')
            {
              p++;
              if (*p == '\0')
                break;
            }
          g_string_append_c (name, *p);
        }
      gtk_accessible_update_property (GTK_ACCESSIBLE (page),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name->str,
                                      -1);
      g_string_free (name, TRUE);
    }
}

static void
find_shortcut_stacks (GtkWidget *root)
{
  GtkWidget *widget = root;

  while (widget != NULL)
    {
      if (GTK_IS_STACK (widget) && GTK_IS_SHORTCUTS_SECTION (gtk_widget_get_parent (widget)))
        {
          /* A section lays its groups out in pages again as its size
           * changes: the pages are named as they come. */
          GtkSelectionModel *pages = gtk_stack_get_pages (GTK_STACK (widget));

          name_shortcut_pages (GTK_STACK (widget));
          g_signal_connect_object (pages, "items-changed", G_CALLBACK (name_shortcut_pages),
                                   widget, G_CONNECT_SWAPPED);
          /* The stack keeps only a weak reference to its pages model. */
          g_object_set_data_full (G_OBJECT (widget), "cr-a11y-pages", pages, g_object_unref);
          widget = next_in_tree (widget, root, TRUE);
        }
      else
        widget = next_in_tree (widget, root, FALSE);
    }
}

/**
 * cr_a11y_shortcuts_window_name:
 * @window: a Keyboard Shortcuts window, just built
 *
 * Names the pages of @window's sections by the numbers their switcher
 * shows, without the mnemonic underscore (not fixed as of GTK 4.18.6).
 * Call it once.
 */
void
cr_a11y_shortcuts_window_name (GtkShortcutsWindow *window)
{
  g_return_if_fail (GTK_IS_SHORTCUTS_WINDOW (window));

  find_shortcut_stacks (GTK_WIDGET (window));
}
