/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-page.c: what every page of the window does when it appears
 *
 * The window shows one page at a time: the welcome, a question, the
 * result. Whichever it is, the page appears scrolled to its top, with the
 * keyboard focus on its first meaningful control, so that Tab goes on from
 * there in reading order and a screen reader starts at the top.
 */
#include "config.h"

#include "cr-page.h"

G_DEFINE_INTERFACE (CrPage, cr_page, GTK_TYPE_WIDGET)

static void
cr_page_default_init (CrPageInterface *iface G_GNUC_UNUSED)
{
}

/**
 * cr_page_get_first_control:
 *
 * Returns: (transfer none): the control that takes the focus when the page
 *   appears
 */
GtkWidget *
cr_page_get_first_control (CrPage *self)
{
  g_return_val_if_fail (CR_IS_PAGE (self), NULL);

  return CR_PAGE_GET_IFACE (self)->get_first_control (self);
}

/* The first scrolled window under @root, in a walk of the tree. */
static GtkScrolledWindow *
find_scrolled_window (GtkWidget *root)
{
  GtkWidget *widget = gtk_widget_get_first_child (root);

  while (widget != NULL)
    {
      if (GTK_IS_SCROLLED_WINDOW (widget))
        return GTK_SCROLLED_WINDOW (widget);

      if (gtk_widget_get_first_child (widget) != NULL)
        widget = gtk_widget_get_first_child (widget);
      else
        {
          while (widget != root && gtk_widget_get_next_sibling (widget) == NULL)
            widget = gtk_widget_get_parent (widget);
          widget = widget == root ? NULL : gtk_widget_get_next_sibling (widget);
        }
    }

  return NULL;
}

/**
 * cr_page_present:
 *
 * Scrolls the page to its top and gives the focus to its first control.
 */
void
cr_page_present (CrPage *self)
{
  GtkScrolledWindow *scrolled;
  GtkWidget *first;

  g_return_if_fail (CR_IS_PAGE (self));

  if ((scrolled = find_scrolled_window (GTK_WIDGET (self))) != NULL)
    {
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled);

      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
    }

  first = cr_page_get_first_control (self);
  if (first != NULL)
    gtk_widget_grab_focus (first);
}
