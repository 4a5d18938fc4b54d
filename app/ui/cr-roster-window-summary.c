/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-roster-window-summary.c: what the roster window says the roster adds
 * up to
 *
 * The window's CrRosterSummary follows the roster shown (set_roster() in
 * cr-roster-window.c hands it each new one). It is shown by the summary
 * pane beside the table (cr-roster-summary-pane.c), which the header
 * bar's toggle shows and hides and which slides over the table when the
 * window is narrow; it makes the duplicate names' marks in the table and
 * their filter (cr-roster-window-columns.c), the XLSX export's Summary
 * sheet (cr_roster_window_make_summary_sheet()), and the summary's own
 * export, one PDF page or a PNG image drawn by the renderer
 * (win.export-summary).
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "cr-dialogs.h"
#include "cr-document.h"
#include "cr-quote.h"
#include "cr-roster-chart.h"
#include "cr-roster-window-private.h"

/* What the roster window calls its roster in the summary's page: its
 * file's name, if it has one. */
static char *
dup_roster_title (CrRosterWindow *self)
{
  return self->file != NULL ? g_file_get_basename (self->file) : NULL;
}

/**
 * cr_roster_window_make_summary_sheet:
 * @roster: the roster shown, or a copy of the rows it shows
 *
 * Returns: (transfer full): @roster's summary as it is now, with its
 *   words in the language shown and its chart, for an XLSX export
 */
CrRosterSummarySheet *
cr_roster_window_make_summary_sheet (CrRosterWindow *self,
                                     CrRoster       *roster)
{
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GError) error = NULL;
  CrRosterCounts counts;

  if (roster == self->roster)
    cr_roster_summary_get_counts (self->summary, &counts);
  else
    {
      /* The rows shown alone: summed up as they are written. */
      g_autoptr(CrRosterSummary) rows = cr_roster_summary_new (G_LIST_MODEL (roster));

      cr_roster_summary_get_counts (rows, &counts);
    }
  if ((png = cr_roster_summary_render_png (&counts, &error)) == NULL)
    g_warning ("The summary's chart cannot be drawn: %s", error->message);

  return cr_roster_summary_sheet_new (&counts, png);
}

/* Writes the summary to @file, as a PDF page or a PNG image. */
static gboolean
export_summary (CrRosterWindow  *self,
                GFile           *file,
                gboolean         pdf,
                GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *title = dup_roster_title (self);
  CrRosterCounts counts;
  const char *data;
  gsize length;

  if (cr_dialogs_is_open_file (file, self->file, TRUE, error))
    return FALSE;

  cr_roster_summary_get_counts (self->summary, &counts);
  if (pdf)
    bytes = cr_roster_summary_render_pdf (&counts, title, NULL, CR_PAPER_A4, error);
  else
    bytes = cr_roster_summary_render_png (&counts, error);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &length);

  return cr_document_save (file, data, length, NULL, error);
}

static void
summary_chosen_cb (GtkWidget *owner,
                   GFile     *file,
                   gpointer   user_data)
{
  CrRosterWindow *self = CR_ROSTER_WINDOW (owner);
  gboolean pdf = GPOINTER_TO_UINT (user_data);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  if (!export_summary (self, file, pdf, &error))
    {
      cr_roster_window_show_error (self, _("Cannot Export the Summary"), file, error->message);
      return;
    }

  name = cr_quote_file_name (file);
  /* Translators: shown once the roster's summary is exported, e.g.
   * “Summary exported as “agency-summary.pdf”” */
  text = g_strdup_printf (_("Summary exported as “%s”"), name);
  cr_roster_window_toast (self, text);
}

static void
export_summary_action (GtkWidget  *widget,
                       const char *action_name G_GNUC_UNUSED,
                       GVariant   *parameter)
{
  static const CrFileKind pdf_kind[] = { { N_("PDF Documents"), { "application/pdf" },
                                           { "pdf" } } };
  static const CrFileKind png_kind[] = { { N_("PNG Images"), { "image/png" }, { "png" } } };
  CrRosterWindow *self = CR_ROSTER_WINDOW (widget);
  gboolean pdf = !g_str_equal (g_variant_get_string (parameter, NULL), "png");
  g_autoptr(GListModel) filters = cr_dialogs_filters_new (pdf ? pdf_kind : png_kind, 1);
  g_autofree char *stem = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) initial = NULL;

  if (self->file != NULL)
    {
      g_autofree char *basename = g_file_get_basename (self->file);
      char *dot = strrchr (basename, '.');

      if (dot != NULL)
        *dot = '\0';
      /* Translators: the file name the summary's export is offered, after
       * the roster's, e.g. “agency-summary.pdf”; keep the %s */
      stem = g_strdup_printf (C_("file name", "%s-summary"), basename);
    }
  else
    stem = g_strdup (C_("file name", "roster-summary"));
  name = g_strconcat (stem, pdf ? ".pdf" : ".png", NULL);
  /* Beside the roster. */
  if (self->file != NULL && (folder = g_file_get_parent (self->file)) != NULL)
    initial = g_file_get_child (folder, name);

  cr_dialogs_save_file (widget, pdf ? _("Export Summary as PDF") : _("Export Summary as PNG"),
                        _("_Export"), filters, initial, name, summary_chosen_cb,
                        GUINT_TO_POINTER (pdf));
}

/* The summary is exported once it has creators and they are all read. */
static void
update_summary_actions (CrRosterWindow *self)
{
  gboolean any = cr_roster_summary_get_total (self->summary) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-summary",
                                 any && self->roster != NULL &&
                                 !cr_roster_get_loading (self->roster));
}

/* Which rows share a name may have changed: shown again when only they
 * are. */
static void
revision_cb (CrRosterWindow *self)
{
  if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->duplicates_toggle)))
    gtk_filter_changed (GTK_FILTER (self->verdict_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
duplicates_toggled_cb (CrRosterWindow *self)
{
  gtk_filter_changed (GTK_FILTER (self->verdict_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

void
cr_roster_window_translate_summary (CrRosterWindow *self)
{
  gtk_widget_set_tooltip_text (self->summary_toggle, _("Show the Summary (F9)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->summary_toggle),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Summary"), -1);
  /* Translators: a filter of the roster window, a button with the mark
   * of the rows whose name another row has too: only those rows */
  gtk_widget_set_tooltip_text (self->duplicates_toggle,
                               _("Show only the names that are on more than one row"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->duplicates_toggle),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  cr_roster_count_get_label (CR_ROSTER_COUNT_DUPLICATE_NAMES),
                                  -1);
  cr_roster_summary_pane_retranslate (self->summary_pane);
}

/* F9, as for a sidebar elsewhere in GNOME. */
static gboolean
toggle_summary (GtkWidget *widget,
                GVariant  *args G_GNUC_UNUSED,
                gpointer   user_data G_GNUC_UNUSED)
{
  CrRosterWindow *self = CR_ROSTER_WINDOW (widget);
  GtkToggleButton *toggle = GTK_TOGGLE_BUTTON (self->summary_toggle);

  gtk_toggle_button_set_active (toggle, !gtk_toggle_button_get_active (toggle));

  return TRUE;
}

void
cr_roster_window_class_init_summary (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-summary", "s",
                                   export_summary_action);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_F9, 0, toggle_summary, NULL);
}

void
cr_roster_window_init_summary (CrRosterWindow *self)
{
  self->summary = cr_roster_summary_new (NULL);
  cr_roster_summary_pane_set_summary (self->summary_pane, self->summary);

  g_signal_connect_object (self->summary, "notify::revision", G_CALLBACK (revision_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->summary, "notify::total", G_CALLBACK (update_summary_actions),
                           self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->roster_signals, "notify::loading",
                                 G_CALLBACK (update_summary_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->duplicates_toggle, "toggled",
                           G_CALLBACK (duplicates_toggled_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-summary", FALSE);
}
