/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-roster-window-status.c: what the roster window says of its roster
 *
 * The count under the table (all the creators, or those shown of them),
 * the progress bar while a roster loads, the notice above the table (rows
 * that cannot be read, columns ignored, a reading that stopped early) with
 * the list of those rows, the page shown (no roster, the table, no
 * creator matching), and which actions can run. Each is made again from
 * the roster and the models, whenever they change: nothing here keeps
 * state but the pulse of a progress of unknown length.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cr-dialogs.h"
#include "cr-roster-window-private.h"

static void
update_count (CrRosterWindow *self)
{
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->roster));
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  g_autofree char *text = NULL;

  if (self->file == NULL && total == 0 && !cr_roster_get_loading (self->roster))
    text = g_strdup ("");
  else if (shown == total)
    /* Translators: the number of creators in the roster */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u creator", "%u creators", total),
                            total);
  else
    /* Translators: the creators shown by the search and filters, out of
     * the whole roster, e.g. “Showing 12 of 1000 creators” */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Showing %u of %u creator",
                                         "Showing %u of %u creators", total),
                            shown, total);

  if (self->cancelled)
    {
      /* Translators: after the creator count, when loading was cancelled */
      g_autofree char *full = g_strdup_printf (_("%s, loading cancelled"), text);

      gtk_label_set_text (self->count_label, full);
    }
  else
    gtk_label_set_text (self->count_label, text);
}

/* The rows not listed yet, in the reader's terms and the interface
 * language (the command line keeps the ids, in problem->message). */
static void
list_new_problems (CrRosterWindow *self)
{
  guint n_problems = cr_roster_get_n_problems (self->roster);

  for (guint i = g_list_model_get_n_items (G_LIST_MODEL (self->problems)); i < n_problems; i++)
    {
      g_autofree char *row = cr_roster_dup_problem_text (self->roster, i);

      gtk_string_list_append (self->problems, row);
    }
}

/* The columns ignored, in a list, each with the question it was likely
 * meant to be, if any. */
static char *
dup_ignored_names (CrRoster *roster)
{
  const char * const *ignored = cr_roster_get_ignored_columns (roster);
  const char * const *suggested = cr_roster_get_suggested_columns (roster);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) named = NULL;

  for (guint i = 0; ignored[i] != NULL; i++)
    {
      if (suggested != NULL && suggested[i] != NULL && *suggested[i] != '\0')
        {
          /* Translators: an ignored column of a roster, and the question
           * id it likely misspells, e.g. “compensaton (did you mean
           * compensation?)” */
          g_autofree char *named_one = g_strdup_printf (_("%s (did you mean %s?)"),
                                                        ignored[i], suggested[i]);

          g_strv_builder_add (builder, named_one);
        }
      else
        g_strv_builder_add (builder, ignored[i]);
    }
  named = g_strv_builder_end (builder);

  return g_strjoinv (_(", "), named);
}

/* A space before the next sentence of the notice, if it is not the
 * first. */
static void
begin_sentence (GString *text)
{
  if (text->len > 0)
    g_string_append_c (text, ' ');
}

void
cr_roster_window_update_notice (CrRosterWindow *self)
{
  guint n_problems = cr_roster_get_n_problems (self->roster);
  const char * const *ignored = cr_roster_get_ignored_columns (self->roster);
  g_autoptr(GString) text = g_string_new (NULL);

  list_new_problems (self);

  if (self->stopped != NULL)
    /* Translators: reading a roster stopped early; the reason follows */
    g_string_append_printf (text, _("Reading stopped: %s."), self->stopped);

  if (n_problems > 0)
    {
      begin_sentence (text);
      g_string_append_printf (text,
                              /* Translators: rows of a roster that cannot be read */
                              g_dngettext (GETTEXT_PACKAGE, "%u row cannot be read and is left out.",
                                           "%u rows cannot be read and are left out.", n_problems),
                              n_problems);
    }

  if (ignored != NULL)
    {
      g_autofree char *names = dup_ignored_names (self->roster);

      begin_sentence (text);
      /* Translators: the columns of a roster that Creator Role does not
       * know, and so ignores, e.g. “Ignored columns: notes, agency.” */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "Ignored column: %s.",
                                                 "Ignored columns: %s.",
                                                 g_strv_length ((char **) ignored)),
                              names);
    }

  /* Cancelled or stopped early: a save would cut the file. */
  if (cr_roster_get_header_read (self->roster) && !cr_roster_get_loading (self->roster) &&
      !cr_roster_get_complete (self->roster))
    {
      begin_sentence (text);
      /* Translators: after a roster's loading was cancelled or stopped
       * early */
      g_string_append (text, _("Only the rows read are shown: the roster can be exported, but "
                               "not saved."));
    }

  gtk_label_set_text (self->notice_label, text->str);
  gtk_widget_set_visible (self->notice_toggle, n_problems > 0);
  gtk_revealer_set_reveal_child (self->notice_revealer, text->len > 0 && !self->notice_dismissed);
}

static gboolean
pulse_cb (gpointer user_data)
{
  gtk_progress_bar_pulse (GTK_PROGRESS_BAR (user_data));

  return G_SOURCE_CONTINUE;
}

static void
update_progress (CrRosterWindow *self)
{
  double progress = cr_roster_get_progress (self->roster);
  gboolean loading = cr_roster_get_loading (self->roster);
  g_autofree char *text = NULL;

  if (loading && progress < 0)
    {
      if (self->pulse_source == 0)
        self->pulse_source = g_timeout_add (100, pulse_cb, self->progress_bar);
    }
  else
    {
      g_clear_handle_id (&self->pulse_source, g_source_remove);
      gtk_progress_bar_set_fraction (self->progress_bar, MAX (progress, 0));
    }

  /* Translators: on the progress bar while a roster loads */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Reading… %u creator so far",
                                       "Reading… %u creators so far",
                                       g_list_model_get_n_items (G_LIST_MODEL (self->roster))),
                          g_list_model_get_n_items (G_LIST_MODEL (self->roster)));
  gtk_progress_bar_set_text (self->progress_bar, text);
}

void
cr_roster_window_update_actions (CrRosterWindow *self)
{
  gboolean loading = cr_roster_get_loading (self->roster);
  gboolean any = g_list_model_get_n_items (G_LIST_MODEL (self->roster)) > 0;
  gboolean exportable = any && !loading && self->busy == 0;
  /* A roster only partly read can be asked to save, and says why not. */
  gboolean savable = cr_roster_get_header_read (self->roster) && !loading && self->busy == 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", exportable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", savable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", savable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel", loading || self->pending != NULL);
  gtk_widget_set_sensitive (self->export_button, exportable || savable);
  cr_roster_window_update_share_actions (self);
}

static void
update_page (CrRosterWindow *self)
{
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->roster));
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  const char *page;

  if (total == 0 && !cr_roster_get_loading (self->roster))
    page = "empty";
  else if (shown == 0 && total > 0)
    page = "no-match";
  else
    page = "table";

  gtk_stack_set_visible_child_name (self->stack, page);
}

void
cr_roster_window_update (CrRosterWindow *self)
{
  update_count (self);
  update_progress (self);
  cr_roster_window_update_actions (self);
  update_page (self);
}

void
cr_roster_window_show_error (CrRosterWindow *self,
                             const char     *heading,
                             GFile          *file,
                             const char     *message)
{
  cr_dialogs_show_error (GTK_WIDGET (self), heading, file, message);
}

void
cr_roster_window_toast (CrRosterWindow *self,
                        const char     *title)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

static void
problem_setup_cb (GtkSignalListItemFactory *factory G_GNUC_UNUSED,
                  GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_expression_bind (gtk_property_expression_new (GTK_TYPE_STRING_OBJECT,
                                                    gtk_property_expression_new (GTK_TYPE_LIST_ITEM,
                                                                                 NULL, "item"),
                                                    "string"),
                       label, "label", item);
  gtk_list_item_set_child (item, label);
}

static void
shown_changed_cb (CrRosterWindow *self)
{
  update_count (self);
  update_page (self);
}

/* The list of the rows that cannot be read, and the count and page that
 * follow the creators shown. */
void
cr_roster_window_init_status (CrRosterWindow *self)
{
  g_autoptr(GtkListItemFactory) problem_factory = gtk_signal_list_item_factory_new ();

  g_signal_connect_object (self->sort_model, "items-changed", G_CALLBACK (shown_changed_cb), self,
                           G_CONNECT_SWAPPED);

  self->problems = gtk_string_list_new (NULL);
  g_signal_connect (problem_factory, "setup", G_CALLBACK (problem_setup_cb), NULL);
  gtk_list_view_set_factory (self->problems_view, problem_factory);
  gtk_list_view_set_model (self->problems_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->problems)))));
}
