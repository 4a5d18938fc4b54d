/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-roster-window-actions.c: what the roster window's buttons, menus,
 * keys and drops do
 *
 * Open (a file dialog, the recent rosters of the Open button's menu, a
 * file dropped on the window; each asks first when the roster shown was
 * edited), Save and Save As (cr-roster-window-save.c), export as CSV or
 * JSON Lines (the whole roster, or the rows shown:
 * cr-roster-window-share.c), save the template, cancel a loading, dismiss
 * the notice, search; and a row
 * activated, which opens that creator. One file dialog serves every
 * choice, each with its filters and the name it offers.
 *
 * An export runs without blocking and is stopped, never cut short, when
 * the window closes or the app quits (cr_roster_window_stop_export()).
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "cr-application.h"
#include "cr-dialogs.h"
#include "cr-document.h"
#include "cr-quote.h"
#include "cr-roster-window-private.h"
#include "cr-session.h"
#include "cr-window.h"

/* Rosters in the Open button's menu, most recent first. */
#define MAX_RECENT 8

/* Recent rosters. */

static void
update_recent (CrRosterWindow *self)
{
  g_autoptr(GPtrArray) recent = cr_dialogs_list_recent (CR_RECENT_ROSTER, MAX_RECENT);

  g_menu_remove_all (self->recent_menu);
  for (guint i = 0; i < recent->len; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (recent, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);

      g_menu_item_set_action_and_target (item, "win.open-recent", "s",
                                         gtk_recent_info_get_uri (info));
      g_menu_append_item (self->recent_menu, item);
    }
}

/* Export. */

/* One export, from its start to its callback, which frees it. */
typedef struct
{
  CrRosterWindow *window;
  GFile          *file;
  GCancellable   *cancellable;
  /* Stopped by cr_roster_window_stop_export(): the callback says nothing
   * on screen, and keeps a note when the file was not written whole. */
  gboolean        stopped;
} Export;

static void
export_free (Export *export)
{
  g_object_unref (export->window);
  g_object_unref (export->file);
  g_object_unref (export->cancellable);
  g_free (export);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Export, export_free)

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  CrRoster *roster = CR_ROSTER (object);
  g_autoptr(Export) export = user_data;
  CrRosterWindow *self = export->window;
  GFile *file = export->file;
  g_autoptr(GError) error = NULL;
  gboolean saved = cr_roster_save_finish (roster, result, &error);

  if (self->export == export)
    self->export = NULL;
  cr_roster_window_set_busy (self, FALSE);

  if (export->stopped)
    {
      g_autoptr(GError) note_error = NULL;

      /* Cut short when the app quit: the previous file is as it was, and
       * the next start says so. One that was already whole is kept. */
      if (!saved && !cr_roster_note_stopped_export (NULL, file, &note_error))
        g_warning ("Cannot keep a note of the export stopped: %s", note_error->message);
      return;
    }

  if (!saved)
    cr_roster_window_show_error (self, _("Cannot Export the Roster"), file, error->message);
  else
    {
      g_autofree char *basename = cr_quote_file_name (file);
      /* Translators: shown once the roster is exported, e.g. “Exported as
       * “roster.csv”” */
      g_autofree char *text = g_strdup_printf (_("Exported as “%s”"), basename);

      cr_roster_window_toast (self, text);
    }
}

/**
 * cr_roster_window_export:
 * @file: where to write
 * @format: CSV (name, answers, verdict, shares, close call, runner-up) or
 *   JSON Lines (a result document a line)
 *
 * Writes the whole roster, in the order of the file, to @file without
 * blocking (cr_roster_save_async(): the rows are made in this thread, where
 * the language switches, and written in another), atomically: a failure
 * leaves what was at @file before intact. The roster shown, by any name,
 * is not written over: a dialog says why.
 * #CrRosterWindow:busy is %TRUE until it is done; a toast says so, or a
 * dialog why not.
 */
void
cr_roster_window_export (CrRosterWindow *self,
                         GFile          *file,
                         CrRosterFormat  format)
{
  g_return_if_fail (CR_IS_ROSTER_WINDOW (self));

  cr_roster_window_export_roster (self, self->roster, file, format);
}

/* Writes @roster, the one shown or a copy of some of its rows
 * (cr_roster_window_export_shown()), as cr_roster_window_export() says. */
void
cr_roster_window_export_roster (CrRosterWindow *self,
                                CrRoster       *roster,
                                GFile          *file,
                                CrRosterFormat  format)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrRosterSummarySheet) summary = NULL;
  Export *export;

  g_return_if_fail (CR_IS_ROSTER_WINDOW (self));
  g_return_if_fail (CR_IS_ROSTER (roster));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (format == CR_ROSTER_FORMAT_CSV || format == CR_ROSTER_FORMAT_JSONL ||
                    format == CR_ROSTER_FORMAT_XLSX);

  /* The roster shown, written over by its own export, by any name: its
   * answers would be replaced by results, or its rows lost. */
  if (cr_dialogs_is_open_file (file, self->file, TRUE, &error))
    {
      cr_roster_window_show_error (self, _("Cannot Export the Roster"), file, error->message);
      return;
    }

  /* One at a time: the button is off while one runs. */
  cr_roster_window_stop_export (self);

  export = g_new0 (Export, 1);
  export->window = g_object_ref (self);
  export->file = g_object_ref (file);
  export->cancellable = g_cancellable_new ();
  self->export = export;

  cr_roster_window_set_busy (self, TRUE);
  /* A workbook has the summary of the rows it holds as its second sheet. */
  if (format == CR_ROSTER_FORMAT_XLSX)
    summary = cr_roster_window_make_summary_sheet (self, roster);
  cr_roster_save_with_summary_async (roster, file, format, summary, export->cancellable,
                                     export_done_cb, export);
}

/**
 * cr_roster_window_stop_export:
 *
 * Stops the export running, if one is, and waits for it to let go of its
 * file: cancelled, it leaves what was there as it was and nothing beside
 * it, and a note for the next start to say so
 * (cr_roster_note_stopped_export()). One that was already whole is kept.
 * The app calls it before it quits, whatever made it quit (Ctrl+Q, a
 * signal), and so does the window when it closes: the export would
 * otherwise be cut short by the end of the process, its new file left
 * beside the target.
 */
void
cr_roster_window_stop_export (CrRosterWindow *self)
{
  Export *export;

  g_return_if_fail (CR_IS_ROSTER_WINDOW (self));

  /* And the cards or reports being saved, each file whole or not there. */
  cr_roster_window_stop_sheets (self);

  if ((export = self->export) == NULL)
    return;

  export->stopped = TRUE;
  g_cancellable_cancel (export->cancellable);

  /* A few rows at most: the rows are made in this thread's idle time and
   * the writer looks at the cancellable between every block it writes;
   * the callback, which lets go of the file, comes in this main loop. */
  while (self->export == export)
    g_main_context_iteration (NULL, TRUE);
}

/**
 * cr_roster_window_save_template:
 *
 * Writes a CSV roster to fill in (the header row and an example row) to
 * @file, atomically, and says so in a toast; a failure is shown with its
 * reason.
 *
 * Returns: %TRUE when the file was written
 */
gboolean
cr_roster_window_save_template (CrRosterWindow  *self,
                                GFile           *file,
                                GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *text = NULL;
  gsize length;

  g_return_val_if_fail (CR_IS_ROSTER_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  data = cr_roster_template_to_data (&length);
  if (cr_dialogs_is_open_file (file, self->file, TRUE, &local_error) ||
      !cr_document_save (file, data, length, NULL, &local_error))
    {
      cr_roster_window_show_error (self, _("Cannot Save the Template"), file, local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  basename = cr_quote_file_name (file);
  /* Translators: shown once the roster template is saved, e.g. “Template
   * saved as “roster.csv”” */
  text = g_strdup_printf (_("Template saved as “%s”"), basename);
  cr_roster_window_toast (self, text);

  return TRUE;
}

/* File choosers. */

/* The content types of Excel's workbooks, 2007 and 97-2003, and of
 * OpenDocument spreadsheets. */
#define XLSX_TYPE "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
#define XLS_TYPE "application/vnd.ms-excel"
#define ODS_TYPE "application/vnd.oasis.opendocument.spreadsheet"

typedef enum
{
  CHOOSE_OPEN,
  CHOOSE_EXPORT_CSV,
  CHOOSE_EXPORT_JSONL,
  CHOOSE_EXPORT_XLSX,
  CHOOSE_TEMPLATE,
  CHOOSE_SAVE_AS,
} Choice;

/* With an export's choice: only the rows shown. */
#define CHOOSE_SHOWN 0x100u

static void
chosen_cb (GtkWidget *owner,
           GFile     *file,
           gpointer   user_data)
{
  CrRosterWindow *self = CR_ROSTER_WINDOW (owner);
  guint choice = GPOINTER_TO_UINT (user_data);
  void (*export) (CrRosterWindow *, GFile *, CrRosterFormat) =
    (choice & CHOOSE_SHOWN) != 0 ? cr_roster_window_export_shown : cr_roster_window_export;

  switch ((Choice) (choice & ~CHOOSE_SHOWN))
    {
    case CHOOSE_OPEN:
      cr_roster_window_open_asking (self, file);
      break;
    case CHOOSE_EXPORT_CSV:
      export (self, file, CR_ROSTER_FORMAT_CSV);
      break;
    case CHOOSE_EXPORT_JSONL:
      export (self, file, CR_ROSTER_FORMAT_JSONL);
      break;
    case CHOOSE_EXPORT_XLSX:
      export (self, file, CR_ROSTER_FORMAT_XLSX);
      break;
    case CHOOSE_TEMPLATE:
      cr_roster_window_save_template (self, file, NULL);
      break;
    case CHOOSE_SAVE_AS:
      cr_roster_window_save (self, file, NULL);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Each choice's dialog title, in the order of Choice; an export of the
 * rows shown has its own. */
static const char * const titles[] = {
  N_("Open a Roster"),
  N_("Export as CSV"),
  N_("Export as JSON Lines"),
  N_("Export as Excel Workbook"),
  N_("Save a Roster Template"),
  N_("Save the Roster As"),
};
static const char * const shown_titles[] = {
  NULL,
  N_("Export the Creators Shown as CSV"),
  N_("Export the Creators Shown as JSON Lines"),
  N_("Export the Creators Shown as Excel Workbook"),
};

/* What opens, every kind first; then each kind alone, as Save As
 * writes them and the exports write them. Spreadsheets are read where
 * FreeXL and minizip are (cr_roster_format_can_read()). */
static const CrFileKind rosters[] = {
  { N_("Rosters"), { "text/csv", "text/tab-separated-values", XLSX_TYPE, XLS_TYPE, ODS_TYPE },
    { "csv", "tsv", "jsonl", "ndjson", "xlsx", "xls", "ods" } },
  { N_("CSV Files"), { "text/csv" }, { "csv", "tsv" } },
  { N_("JSON Lines Files"), { "application/x-ndjson" }, { "jsonl", "ndjson" } },
  { N_("Excel Workbooks"), { XLSX_TYPE, XLS_TYPE }, { "xlsx", "xls" } },
  { N_("OpenDocument Spreadsheets"), { ODS_TYPE }, { "ods" } },
};
/* The same without workbooks, for a build that does not read them. */
static const CrFileKind text_rosters[] = {
  { N_("Rosters"), { "text/csv", "text/tab-separated-values" },
    { "csv", "tsv", "jsonl", "ndjson" } },
  { N_("CSV Files"), { "text/csv" }, { "csv", "tsv" } },
  { N_("JSON Lines Files"), { "application/x-ndjson" }, { "jsonl", "ndjson" } },
};
static const CrFileKind xlsx[] = {
  { N_("Excel Workbooks"), { XLSX_TYPE }, { "xlsx" } },
};
/* What a CSV export and the template write: CSV with commas. */
static const CrFileKind csv[] = {
  { N_("CSV Files"), { "text/csv" }, { "csv" } },
};

static void
choose_open (CrRosterWindow *self)
{
  g_autoptr(GListModel) filters = NULL;

  if (cr_roster_format_can_read (CR_ROSTER_FORMAT_XLSX))
    filters = cr_dialogs_filters_new (rosters, G_N_ELEMENTS (rosters));
  else
    filters = cr_dialogs_filters_new (text_rosters, G_N_ELEMENTS (text_rosters));
  cr_dialogs_open_file (GTK_WIDGET (self), _(titles[CHOOSE_OPEN]), filters, chosen_cb,
                        GUINT_TO_POINTER (CHOOSE_OPEN));
}

/* In the roster's own format, whatever the name: its own file offered,
 * or "roster.csv" (".jsonl") when it has none. */
static void
choose_save_as (CrRosterWindow *self)
{
  gboolean jsonl = cr_roster_get_format (self->roster) == CR_ROSTER_FORMAT_JSONL;
  g_autofree char *own = self->file != NULL ? g_file_get_basename (self->file) : NULL;
  g_autoptr(GListModel) filters = cr_dialogs_filters_new (&rosters[jsonl ? 2 : 1], 1);

  if (own == NULL)
    own = g_strconcat (C_("file name", "roster"), jsonl ? ".jsonl" : ".csv", NULL);
  cr_dialogs_save_file (GTK_WIDGET (self), _(titles[CHOOSE_SAVE_AS]), _("_Save"), filters,
                        self->file, own, chosen_cb, GUINT_TO_POINTER (CHOOSE_SAVE_AS));
}

/* The name an export or the template is offered: an export's follows the
 * roster's, when it has a file. */
static char *
dup_offered_name (CrRosterWindow *self,
                  Choice          choice)
{
  g_autofree char *stem = NULL;

  if (self->file != NULL && choice != CHOOSE_TEMPLATE)
    {
      g_autofree char *basename = g_file_get_basename (self->file);
      char *dot = strrchr (basename, '.');

      if (dot != NULL)
        *dot = '\0';
      /* Translators: the file name an export is offered, after the
       * roster's, e.g. “agency-results.csv”; keep the %s */
      stem = g_strdup_printf (C_("file name", "%s-results"), basename);
    }
  else if (choice == CHOOSE_TEMPLATE)
    stem = g_strdup (C_("file name", "roster-template"));
  else
    stem = g_strdup (C_("file name", "roster-results"));

  return g_strconcat (stem, choice == CHOOSE_EXPORT_JSONL ? ".jsonl"
                           : choice == CHOOSE_EXPORT_XLSX ? ".xlsx" : ".csv", NULL);
}

/* An export, of every row or of the rows shown, or the template. */
static void
choose_written_file (CrRosterWindow *self,
                     guint           choice_shown)
{
  Choice choice = choice_shown & ~CHOOSE_SHOWN;
  g_autoptr(GListModel) filters = NULL;
  g_autofree char *name = dup_offered_name (self, choice);

  if (choice == CHOOSE_EXPORT_JSONL)
    filters = cr_dialogs_filters_new (&rosters[2], 1);
  else if (choice == CHOOSE_EXPORT_XLSX)
    filters = cr_dialogs_filters_new (xlsx, G_N_ELEMENTS (xlsx));
  else
    filters = cr_dialogs_filters_new (csv, G_N_ELEMENTS (csv));

  cr_dialogs_save_file (GTK_WIDGET (self),
                        (choice_shown & CHOOSE_SHOWN) != 0 ? _(shown_titles[choice])
                                                           : _(titles[choice]),
                        _("_Save"), filters, NULL, name, chosen_cb,
                        GUINT_TO_POINTER (choice_shown));
}

static void
run_chooser (CrRosterWindow *self,
             guint           choice_shown)
{
  switch ((Choice) (choice_shown & ~CHOOSE_SHOWN))
    {
    case CHOOSE_OPEN:
      choose_open (self);
      break;
    case CHOOSE_SAVE_AS:
      choose_save_as (self);
      break;
    case CHOOSE_EXPORT_CSV:
    case CHOOSE_EXPORT_JSONL:
    case CHOOSE_EXPORT_XLSX:
    case CHOOSE_TEMPLATE:
      choose_written_file (self, choice_shown);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Save As: a file dialog, then cr_roster_window_save(). */
void
cr_roster_window_choose_save_as (CrRosterWindow *self)
{
  run_chooser (self, CHOOSE_SAVE_AS);
}

/* Actions. */

static void
save_action (GtkWidget  *widget,
             const char *action_name G_GNUC_UNUSED,
             GVariant   *parameter G_GNUC_UNUSED)
{
  CrRosterWindow *self = CR_ROSTER_WINDOW (widget);

  /* Read from a stream, it has no file of its own yet. */
  if (self->file == NULL)
    run_chooser (self, CHOOSE_SAVE_AS);
  else
    cr_roster_window_save (self, NULL, NULL);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name G_GNUC_UNUSED,
                GVariant   *parameter G_GNUC_UNUSED)
{
  run_chooser (CR_ROSTER_WINDOW (widget), CHOOSE_SAVE_AS);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name G_GNUC_UNUSED,
             GVariant   *parameter G_GNUC_UNUSED)
{
  run_chooser (CR_ROSTER_WINDOW (widget), CHOOSE_OPEN);
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name G_GNUC_UNUSED,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  cr_roster_window_open_asking (CR_ROSTER_WINDOW (widget), file);
}

/* win.export, and win.export-shown for the rows shown only. */
static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  const char *format = g_variant_get_string (parameter, NULL);

  run_chooser (CR_ROSTER_WINDOW (widget),
               (g_str_equal (format, "jsonl") ? CHOOSE_EXPORT_JSONL
                : g_str_equal (format, "xlsx") && cr_roster_format_can_write (CR_ROSTER_FORMAT_XLSX)
                ? CHOOSE_EXPORT_XLSX : CHOOSE_EXPORT_CSV) |
               (g_str_equal (action_name, "win.export-shown") ? CHOOSE_SHOWN : 0));
}

static void
save_template_action (GtkWidget  *widget,
                      const char *action_name G_GNUC_UNUSED,
                      GVariant   *parameter G_GNUC_UNUSED)
{
  run_chooser (CR_ROSTER_WINDOW (widget), CHOOSE_TEMPLATE);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name G_GNUC_UNUSED,
               GVariant   *parameter G_GNUC_UNUSED)
{
  cr_roster_window_cancel (CR_ROSTER_WINDOW (widget));
}

static void
dismiss_notice_action (GtkWidget  *widget,
                       const char *action_name G_GNUC_UNUSED,
                       GVariant   *parameter G_GNUC_UNUSED)
{
  CrRosterWindow *self = CR_ROSTER_WINDOW (widget);

  self->notice_dismissed = TRUE;
  cr_roster_window_update_notice (self);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name G_GNUC_UNUSED,
               GVariant   *parameter G_GNUC_UNUSED)
{
  gtk_widget_grab_focus (CR_ROSTER_WINDOW (widget)->search_entry);
}

static void
activate_cb (CrRosterWindow *self,
             guint           position)
{
  g_autoptr(CrCreator) creator = g_list_model_get_item (G_LIST_MODEL (self->sort_model), position);

  if (creator != NULL)
    g_signal_emit_by_name (self, "open-creator", creator);
}

static gboolean
drop_cb (CrRosterWindow *self,
         const GValue   *value,
         double          x G_GNUC_UNUSED,
         double          y G_GNUC_UNUSED)
{
  GFile *file = g_value_get_object (value);

  if (file == NULL)
    return FALSE;

  cr_roster_window_open_asking (self, file);

  return TRUE;
}

/* The wizard's result page in a window of its own, over the creator's
 * answers (cr_session_new_for_creator()): shown until the user chooses to
 * edit them, then edited in place, the row following. No draft is kept,
 * so that the wizard's answers for next time are never touched. */
void
cr_roster_window_real_open_creator (CrRosterWindow *self,
                                    CrCreator      *creator)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(CrSession) session = cr_session_new_for_creator (creator);
  CrWindow *window;

  window = cr_window_new_for_session (CR_APPLICATION (application), session);
  gtk_window_present (GTK_WINDOW (window));
}

void
cr_roster_window_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "win.export-shown", "s", export_action);
  gtk_widget_class_install_action (widget_class, "win.save-template", NULL, save_template_action);
  gtk_widget_class_install_action (widget_class, "win.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "win.dismiss-notice", NULL,
                                   dismiss_notice_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export",
                                       "s", "csv");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close",
                                       NULL);
}

/* A row activated, the recent rosters, a file dropped. */
void
cr_roster_window_init_actions (CrRosterWindow *self)
{
  GtkDropTarget *drop;

  g_signal_connect_object (self->column_view, "activate", G_CALLBACK (activate_cb), self,
                           G_CONNECT_SWAPPED);

  self->recent_menu = g_menu_new ();
  adw_split_button_set_menu_model (self->open_button, G_MENU_MODEL (self->recent_menu));
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (update_recent), self, G_CONNECT_SWAPPED);
  update_recent (self);

  drop = gtk_drop_target_new (G_TYPE_FILE, GDK_ACTION_COPY);
  g_signal_connect_object (drop, "drop", G_CALLBACK (drop_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}
