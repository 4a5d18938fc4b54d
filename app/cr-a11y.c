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
 * Not fixed as of GTK 4.18.6: a described-by relation gives the text of
 * the description the widget referred to has, not the text it shows, so
 * a heading described by a label, or an action row by its subtitle, has
 * no description at all; so has an expander row's header, which says
 * the answer on the result page. cr_a11y_describe_by(),
 * cr_a11y_set_description() and cr_a11y_expander_row_describe() put the
 * text itself in the accessible description, and remove the relation,
 * which would win over it.
 *
 * Not fixed as of libadwaita 1.7.6: an entry row is labelled by its title
 * twice, by the label shown in the empty row and by the one shown above
 * the text, and read so ("Name Name"). cr_a11y_entry_row_name_once()
 * names it by its title once.
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

/* The row an expander row shows as its header, the first action row in
 * it (the rows it expands to come after). */
static GtkWidget *
find_action_row (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ADW_IS_ACTION_ROW (child) ? child : find_action_row (child);

      if (found != NULL)
        return found;
    }
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
