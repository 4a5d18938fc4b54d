/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-test-window.h: driving the window as a user would, for the UI tests */
#pragma once

#include <adwaita.h>

#include "cr-window.h"

/* Runs the main loop until nothing is left to do. */
static inline void
wait_idle (void)
{
  for (int i = 0; i < 3; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

/* The first visible button below @root that activates @action_name. */
static inline GtkWidget *
find_actionable (GtkWidget  *root,
                 const char *action_name)
{
  if (GTK_IS_BUTTON (root) && gtk_widget_get_visible (root) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action_name) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_actionable (child, action_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Clicks the visible button of the page shown that activates @action_name. */
static inline void
click (CrWindow   *window,
       const char *action_name)
{
  GtkWidget *button = find_actionable (cr_window_get_page (window), action_name);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  wait_idle ();
}
