/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-roster-window.c: a whole roster of creators in a table
 *
 * The window is a view over one CrRoster: a GtkColumnView of its creators
 * (cr-roster-window-columns.c), with what it says of them around it
 * (cr-roster-window-status.c) and what its buttons do
 * (cr-roster-window-actions.c); this file is the type, its roster and
 * loading, and its texts.
 *
 * A roster loads in another thread: the table fills as rows come, with a
 * progress bar and Cancel. Rows that cannot be read, columns ignored, and
 * a reading that stopped early are said in a notice above the table, with
 * the list of rows; a file that gives no creator at all is refused in a
 * dialog. A roster opened in place of another is read beside it, and
 * shown only once its header is read: a file that is no roster leaves the
 * roster shown, its edits and its title as they were. Activating a row emits ::open-creator, whose default opens the
 * creator's full result in a window of its own (a CrWindow over its answers).
 *
 * Every text is set in code, not in the template, so that a language
 * switch can say it again (cr_roster_window_retranslate()); the cells'
 * expressions depend on CrRosterWindow:language, so that each visible
 * cell says its words again without the rows being made anew.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cr-application.h"
#include "cr-dialogs.h"
#include "cr-i18n.h"
#include "cr-quote.h"
#include "cr-roster-window-private.h"

G_DEFINE_FINAL_TYPE (CrRosterWindow, cr_roster_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_BUSY,
  PROP_LANGUAGE,
  N_PROPS
};

enum {
  OPEN_CREATOR,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void set_title (CrRosterWindow *self,
                       const char     *title);

/* A loading or an export starts (@busy), or ends. */
void
cr_roster_window_set_busy (CrRosterWindow *self,
                           gboolean        busy)
{
  if (busy)
    self->busy++;
  else
    self->busy--;

  if (self->busy <= 1)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
  cr_roster_window_update_actions (self);
}

/* Loading. */

static void
roster_notify_cb (CrRosterWindow *self)
{
  cr_roster_window_update (self);
}

static void
problems_cb (CrRosterWindow *self)
{
  cr_roster_window_update_notice (self);
}

static void set_roster (CrRosterWindow *self,
                        CrRoster       *roster);

/* The roster read to replace the one shown is dropped: the one shown
 * stays as it was. */
static void
drop_pending (CrRosterWindow *self)
{
  if (self->pending == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->pending, self);
  if (self->pending_cancellable != NULL)
    g_cancellable_cancel (self->pending_cancellable);
  g_clear_object (&self->pending_cancellable);
  g_clear_object (&self->pending);
  g_clear_object (&self->pending_file);
  g_clear_pointer (&self->pending_title, g_free);
  cr_roster_window_update_actions (self);
}

/* Shows @roster, read from @file (or a stream), called @title, with
 * @cancellable to stop its reading. */
static void
show_roster (CrRosterWindow *self,
             CrRoster       *roster,
             GFile          *file,
             const char     *title,
             GCancellable   *cancellable)
{
  cr_roster_window_set_file (self, file);
  set_roster (self, roster);
  g_set_object (&self->cancellable, cancellable);
  set_title (self, title);
}

/* The roster read takes the place of the one shown. */
static void
take_pending (CrRosterWindow *self)
{
  g_autoptr(CrRoster) roster = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GCancellable) cancellable = NULL;

  g_signal_handlers_disconnect_by_data (self->pending, self);
  roster = g_steal_pointer (&self->pending);
  file = g_steal_pointer (&self->pending_file);
  title = g_steal_pointer (&self->pending_title);
  cancellable = g_steal_pointer (&self->pending_cancellable);
  show_roster (self, roster, file, title, cancellable);
}

/* It proved to be a roster. */
static void
pending_header_read_cb (CrRosterWindow *self)
{
  if (self->pending != NULL && cr_roster_get_header_read (self->pending))
    take_pending (self);
}

static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(CrRosterWindow) self = user_data;
  CrRoster *roster = CR_ROSTER (object);
  g_autoptr(GError) error = NULL;
  gboolean loaded;

  /* Every loading started counts as busy until it ends, whether its
   * roster is still shown or not. */
  cr_roster_window_set_busy (self, FALSE);
  loaded = cr_roster_load_finish (roster, result, &error);

  if (roster == self->pending)
    {
      /* A roster read to its end has read its header; one that failed
       * before proved to be no roster: the one shown stays, and so do its
       * title, its edits and the windows of its creators. */
      if (loaded || cr_roster_get_header_read (roster))
        take_pending (self);
      else
        {
          g_autoptr(GFile) file = self->pending_file != NULL ? g_object_ref (self->pending_file)
                                                             : NULL;

          drop_pending (self);
          if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            {
              cr_roster_window_show_error (self, _("Cannot Open the Roster"), file,
                                           error != NULL ? error->message : "");
              /* Not offered again among the recent rosters. */
              if (file != NULL)
                cr_dialogs_forget_recent (file);
            }
          cr_roster_window_update (self);
          return;
        }
    }

  /* A roster replaced since. */
  if (roster != self->roster)
    return;

  if (!loaded)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        self->cancelled = TRUE;
      else if (g_list_model_get_n_items (G_LIST_MODEL (roster)) == 0)
        {
          cr_roster_window_show_error (self, _("Cannot Open the Roster"), self->file,
                                       error->message);
          if (self->file != NULL)
            cr_dialogs_forget_recent (self->file);
          cr_roster_window_set_file (self, NULL);
          set_title (self, NULL);
        }
      else
        self->stopped = g_strdup (error->message);
    }
  else if (self->file != NULL)
    {
      cr_dialogs_add_recent (self->file);
      /* Edits kept when the app last had to end without asking. */
      cr_roster_window_offer_recovery (self);
    }

  cr_roster_window_update_notice (self);
  cr_roster_window_update (self);
}

/**
 * cr_roster_window_set_file:
 * @file: (nullable): the file the roster shown is now in
 */
void
cr_roster_window_set_file (CrRosterWindow *self,
                           GFile          *file)
{
  g_set_object (&self->file, file);
}

/* @title: (nullable): what to call the window, or %NULL for "Roster"; a
 * roster edited since it was read or saved says so, as the wizard's
 * window does for its document: “• agency.csv”. */
static void
set_title (CrRosterWindow *self,
           const char     *title)
{
  g_autofree char *shown = NULL;

  if (title != self->title)
    {
      g_free (self->title);
      self->title = g_strdup (title);
    }
  if (title == NULL)
    title = _("Roster");

  if (self->roster != NULL && cr_roster_get_modified (self->roster))
    /* Translators: the name of a document changed since it was opened or
     * saved, in the window's title, e.g. “• result.json” */
    shown = g_strdup_printf (_("• %s"), title);
  else
    shown = g_strdup (title);

  adw_window_title_set_title (self->window_title, shown);
  gtk_window_set_title (GTK_WINDOW (self), shown);
}

void
cr_roster_window_update_title (CrRosterWindow *self)
{
  set_title (self, self->title);
}

/* Shows @roster, in place of the one shown: its signals and bindings
 * move to it, and the notice starts again. */
static void
set_roster (CrRosterWindow *self,
            CrRoster       *roster)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  g_set_object (&self->roster, roster);
  cr_roster_summary_set_model (self->summary, G_LIST_MODEL (roster));
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (roster));
  g_signal_group_set_target (self->roster_signals, roster);
  g_binding_group_set_source (self->roster_bindings, roster);

  g_clear_pointer (&self->stopped, g_free);
  self->cancelled = FALSE;
  self->notice_dismissed = FALSE;
  gtk_string_list_splice (self->problems, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->problems)), NULL);

  cr_roster_window_update_title (self);
  cr_roster_window_uninhibit (self);
  cr_roster_window_update_notice (self);
  cr_roster_window_update (self);
}

/* Starts reading @roster, from @source (or else @file, or else @stream),
 * to be shown as @file's. A window that shows no roster yet shows it at
 * once, as its rows come; otherwise the roster shown stays until the new
 * one proves to be a roster, and stays for good if it does not. */
static void
start_load (CrRosterWindow *self,
            CrRoster       *roster,
            GFile          *file,
            GFile          *source,
            GInputStream   *stream,
            CrRosterFormat  format,
            goffset         size,
            const char     *title)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();

  drop_pending (self);

  if (!cr_roster_get_header_read (self->roster) &&
      g_list_model_get_n_items (G_LIST_MODEL (self->roster)) == 0)
    show_roster (self, roster, file, title, cancellable);
  else
    {
      self->pending = g_object_ref (roster);
      self->pending_file = file != NULL ? g_object_ref (file) : NULL;
      self->pending_title = g_strdup (title);
      self->pending_cancellable = g_object_ref (cancellable);
      g_signal_connect_object (roster, "notify::header-read", G_CALLBACK (pending_header_read_cb),
                               self, G_CONNECT_SWAPPED);
    }

  cr_roster_window_set_busy (self, TRUE);
  if (source != NULL || file != NULL)
    cr_roster_load_file_async (roster, source != NULL ? source : file, format, cancellable,
                               load_done_cb, g_object_ref (self));
  else
    cr_roster_load_async (roster, stream, format, size, cancellable, load_done_cb,
                          g_object_ref (self));
  cr_roster_window_update (self);
}

/**
 * cr_roster_window_open:
 * @file: a roster, in CSV or JSON Lines
 *
 * Shows the roster in @file, in place of the one shown, filling the table
 * as its rows are read. The roster shown, with its edits, stays until the
 * new one's header is read: a file that is no roster (a spreadsheet's own
 * file, a header that cannot be read) is said in a dialog and leaves it as
 * it was. A header row with columns likely meant as questions is shown
 * first, for the columns to be chosen (cr-roster-window-mapping.c). The
 * file is read, never written to.
 */
void
cr_roster_window_open (CrRosterWindow *self,
                       GFile          *file)
{
  g_return_if_fail (CR_IS_ROSTER_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  cr_roster_window_check_columns (self, file);
}

/* Reads @file, its columns as @map says, if given. */
void
cr_roster_window_open_mapped (CrRosterWindow  *self,
                              GFile           *file,
                              CrRosterColumns *map)
{
  g_autoptr(CrRoster) roster = cr_roster_new ();
  g_autofree char *name = cr_quote_file_name (file);

  cr_roster_set_column_map (roster, map);
  start_load (self, roster, file, NULL, NULL, CR_ROSTER_FORMAT_UNKNOWN, 0, name);
}

/**
 * cr_roster_window_load_stream:
 * @stream: a roster, read in another thread
 * @format: its format, or %CR_ROSTER_FORMAT_UNKNOWN to tell from its
 *   first bytes
 * @size: its size, for the progress bar, or 0 if unknown
 * @title: what the window calls it
 *
 * Does what cr_roster_window_open() does, for a stream.
 */
void
cr_roster_window_load_stream (CrRosterWindow *self,
                              GInputStream   *stream,
                              CrRosterFormat  format,
                              goffset         size,
                              const char     *title)
{
  g_autoptr(CrRoster) roster = cr_roster_new ();

  g_return_if_fail (CR_IS_ROSTER_WINDOW (self));
  g_return_if_fail (G_IS_INPUT_STREAM (stream));
  g_return_if_fail (title != NULL);

  start_load (self, roster, NULL, NULL, stream, format, size, title);
}

/* Reads @recovery, the recovery file of the roster shown, in the roster's
 * format, in its place (cr-roster-window-recovery.c): the window still
 * shows the roster's file, with its title, and the roster is marked
 * modified, its rows not being its file's. */
void
cr_roster_window_load_recovery (CrRosterWindow *self,
                                GFile          *recovery)
{
  g_autoptr(CrRoster) roster = cr_roster_new ();
  g_autoptr(GFile) file = self->file != NULL ? g_object_ref (self->file) : NULL;
  g_autofree char *title = g_strdup (self->title);

  g_return_if_fail (file != NULL);

  cr_roster_mark_modified (roster);
  /* Its header row is the file's: read as the file's columns were. */
  cr_roster_set_column_map (roster, cr_roster_get_column_map (self->roster));
  start_load (self, roster, file, recovery, NULL, cr_roster_get_format (self->roster), 0,
              title);
}

/**
 * cr_roster_window_cancel:
 *
 * Stops loading at once: the creators read so far stay in the table.
 */
void
cr_roster_window_cancel (CrRosterWindow *self)
{
  g_return_if_fail (CR_IS_ROSTER_WINDOW (self));

  /* A roster read to replace the one shown, not shown yet: dropped. */
  drop_pending (self);
  cr_roster_window_stop_checking_columns (self);

  if (self->cancellable != NULL && cr_roster_get_loading (self->roster))
    {
      g_cancellable_cancel (self->cancellable);
      self->cancelled = TRUE;
      cr_roster_window_update_notice (self);
      cr_roster_window_update (self);
    }
}

/* A roster edited and not saved is not closed without asking
 * (cr-roster-window-save.c). Closed while it exports: the export is
 * stopped, as when the app quits, rather than left to run on without a
 * window to say how it ended. */
static gboolean
cr_roster_window_close_request (GtkWindow *window)
{
  if (cr_roster_window_close_asking (CR_ROSTER_WINDOW (window)))
    return TRUE;

  cr_roster_window_stop_export (CR_ROSTER_WINDOW (window));

  return GTK_WINDOW_CLASS (cr_roster_window_parent_class)->close_request (window);
}

static void
cr_roster_window_dispose (GObject *object)
{
  CrRosterWindow *self = CR_ROSTER_WINDOW (object);

  cr_roster_window_dispose_save (self);
  cr_dialogs_close_all (ADW_APPLICATION_WINDOW (self));

  drop_pending (self);
  cr_roster_window_stop_checking_columns (self);
  cr_roster_window_stop_sheets (self);
  if (self->export != NULL)
    cr_roster_window_stop_export (self);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->pulse_source, g_source_remove);
  if (self->roster_signals != NULL)
    g_signal_group_set_target (self->roster_signals, NULL);
  if (self->roster_bindings != NULL)
    g_binding_group_set_source (self->roster_bindings, NULL);
  g_clear_object (&self->roster_signals);
  g_clear_object (&self->roster_bindings);

  /* The columns go with the template, and the sorter changes with them. */
  if (self->sort_model != NULL)
    g_signal_handlers_disconnect_by_data (self->sort_model, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_ROSTER_WINDOW);

  for (CrRosterColumn c = 0; c < CR_ROSTER_N_COLUMNS; c++)
    g_clear_object (&self->columns[c]);

  g_clear_object (&self->selection);
  self->sort_model = NULL;
  self->filter_model = NULL;
  g_clear_object (&self->roster);
  g_clear_object (&self->file);
  g_clear_object (&self->problems);
  g_clear_object (&self->recent_menu);
  g_clear_pointer (&self->stopped, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_object (&self->verdicts);
  g_clear_object (&self->summary);

  G_OBJECT_CLASS (cr_roster_window_parent_class)->dispose (object);
}

static void
cr_roster_window_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CrRosterWindow *self = CR_ROSTER_WINDOW (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy > 0);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, cr_i18n_get_language ());
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_roster_window_class_init (CrRosterWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = cr_roster_window_dispose;
  object_class->get_property = cr_roster_window_get_property;
  window_class->close_request = cr_roster_window_close_request;

  /**
   * CrRosterWindow:busy:
   *
   * A roster is loading or being exported.
   */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CrRosterWindow:language:
   *
   * The language the window speaks, notified when it switches, which
   * every cell follows.
   */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CrRosterWindow::open-creator:
   * @creator: the creator whose row was activated
   *
   * A creator is to be opened. The default handler shows its whole result
   * in a window of its own.
   */
  signals[OPEN_CREATOR] =
    g_signal_new_class_handler ("open-creator",
                                G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_LAST,
                                G_CALLBACK (cr_roster_window_real_open_creator),
                                NULL, NULL, NULL,
                                G_TYPE_NONE, 1, CR_TYPE_CREATOR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/cr-roster-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, narrow_breakpoint);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, export_button);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, verdict_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, close_call_toggle);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, loading_revealer);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, notice_revealer);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, notice_label);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, notice_toggle);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, problems_view);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, column_view);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, count_label);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, dismiss_button);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, empty_open_button);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, empty_template_button);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, no_match_page);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, duplicates_toggle);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, summary_toggle);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, summary_split);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, summary_pane);

  cr_roster_window_class_init_actions (widget_class);
  cr_roster_window_class_init_share (widget_class);
  cr_roster_window_class_init_summary (widget_class);
}

static void
set_accessible_label (GtkWidget  *widget,
                      const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

/* Every text of the window's own, in the language now set. */
static void
set_texts (CrRosterWindow *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) save = g_menu_new ();
  g_autoptr(GMenu) formats = g_menu_new ();
  g_autoptr(GMenu) template = g_menu_new ();
  g_autoptr(GMenuModel) shown = cr_roster_window_new_shown_section ();
  g_autoptr(GMenuModel) sheets = cr_roster_window_new_sheets_section ();

  set_title (self, self->title);

  adw_split_button_set_label (self->open_button, _("_Open"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->open_button), _("Open a Roster"));
  adw_split_button_set_dropdown_tooltip (self->open_button, _("Recent Rosters"));

  g_menu_append (formats, _("Export as _CSV…"), "win.export::csv");
  g_menu_append (formats, _("Export as _JSON Lines…"), "win.export::jsonl");
  if (cr_roster_format_can_write (CR_ROSTER_FORMAT_XLSX))
    g_menu_append (formats, _("Export as _Excel Workbook…"), "win.export::xlsx");
  g_menu_append (template, _("Save a Roster _Template…"), "win.save-template");
  g_menu_append (save, _("_Save"), "win.save");
  g_menu_append (save, _("Save _As…"), "win.save-as");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (save));
  /* What the table shows, while a search or a filter hides rows. */
  g_menu_append_section (menu, NULL, shown);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (formats));
  g_menu_append_section (menu, NULL, sheets);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (template));
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->export_button), G_MENU_MODEL (menu));
  gtk_widget_set_tooltip_text (self->export_button, _("Export"));
  set_accessible_label (self->export_button, _("Export"));

  g_object_set (self->search_entry, "placeholder-text", _("Search by name"), NULL);
  set_accessible_label (self->search_entry, _("Search by name"));

  gtk_widget_set_tooltip_text (self->verdict_dropdown, _("Show one verdict only"));
  set_accessible_label (self->verdict_dropdown, _("Verdict"));

  gtk_button_set_label (GTK_BUTTON (self->close_call_toggle), _("C_lose Calls"));
  /* Cut, as the verdict's choice, rather than the filters wider than a
   * phone. */
  gtk_label_set_ellipsize (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (self->close_call_toggle))),
                           PANGO_ELLIPSIZE_END);
  gtk_widget_set_tooltip_text (self->close_call_toggle, _("Show close calls only"));

  set_accessible_label (GTK_WIDGET (self->progress_bar), _("Reading the roster"));
  gtk_button_set_label (GTK_BUTTON (self->cancel_button), _("_Cancel"));
  cr_roster_window_translate_share (self);

  gtk_button_set_label (GTK_BUTTON (self->notice_toggle), _("_Show Rows"));
  gtk_widget_set_tooltip_text (self->dismiss_button, _("Dismiss"));
  set_accessible_label (self->dismiss_button, _("Dismiss"));
  set_accessible_label (GTK_WIDGET (self->problems_view), _("Rows that cannot be read"));

  adw_status_page_set_title (self->empty_page, _("Open a Roster"));
  adw_status_page_set_description (self->empty_page,
                                   _("A CSV file with a row a creator, as a spreadsheet saves "
                                     "it, or JSON Lines. Drop it here, or start from the "
                                     "template."));
  gtk_button_set_label (GTK_BUTTON (self->empty_open_button), _("_Open a Roster…"));
  gtk_button_set_label (GTK_BUTTON (self->empty_template_button), _("Save a Roster _Template…"));

  set_accessible_label (GTK_WIDGET (self->column_view), _("Creators"));
  cr_roster_window_translate_columns (self);

  adw_status_page_set_title (self->no_match_page, _("No Creators Match"));
  adw_status_page_set_description (self->no_match_page,
                                   _("Try another name, or show every verdict."));

  cr_roster_window_translate_summary (self);
}

/**
 * cr_roster_window_retranslate:
 *
 * Says everything again in the language now set, as the window does when
 * CrApplication:language changes, laid out in its direction: the window's own
 * texts, the column titles, every cell, the count, the notice and its
 * rows. The roster stays as it is, not read again, with its sort, filters,
 * search and scroll; a column sorted by words is sorted again by the new
 * ones.
 */
void
cr_roster_window_retranslate (CrRosterWindow *self)
{
  g_return_if_fail (CR_IS_ROSTER_WINDOW (self));

  set_texts (self);

  /* Every cell says its words again; the rows stay. */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);

  cr_roster_window_resort (self);

  /* The rows of the notice again, each in the new words. */
  gtk_string_list_splice (self->problems, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->problems)), NULL);
  cr_roster_window_update_notice (self);
  cr_roster_window_update (self);
}

static void
cr_roster_window_init (CrRosterWindow *self)
{
  g_autoptr(CrRoster) roster = cr_roster_new ();

  g_type_ensure (CR_TYPE_ROSTER_SUMMARY_PANE);
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Its words follow the application's language. */
  cr_application_follow_language (GTK_WINDOW (self), G_CALLBACK (cr_roster_window_retranslate));

  /* Whatever roster the window shows, it follows it: these signals and
   * bindings move from one roster to the next. */
  self->roster_signals = g_signal_group_new (CR_TYPE_ROSTER);
  g_signal_group_connect_object (self->roster_signals, "notify::loading",
                                 G_CALLBACK (roster_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->roster_signals, "notify::progress",
                                 G_CALLBACK (roster_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->roster_signals, "notify::n-items",
                                 G_CALLBACK (roster_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->roster_signals, "notify::n-problems",
                                 G_CALLBACK (problems_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->roster_signals, "notify::modified",
                                 G_CALLBACK (cr_roster_window_update_title), self,
                                 G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->roster_signals, "notify::modified",
                                 G_CALLBACK (cr_roster_window_update_actions), self,
                                 G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->roster_signals, "notify::modified",
                                 G_CALLBACK (cr_roster_window_uninhibit), self,
                                 G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->roster_signals, "notify::complete",
                                 G_CALLBACK (cr_roster_window_update_actions), self,
                                 G_CONNECT_SWAPPED);
  self->roster_bindings = g_binding_group_new ();
  g_binding_group_bind (self->roster_bindings, "loading", self->loading_revealer, "reveal-child",
                        G_BINDING_SYNC_CREATE);

  cr_roster_window_init_summary (self);
  cr_roster_window_init_columns (self);
  cr_roster_window_init_status (self);
  cr_roster_window_init_actions (self);
  cr_roster_window_init_share (self);
  set_texts (self);

  set_roster (self, roster);
}

CrRosterWindow *
cr_roster_window_new (GtkApplication *application)
{
  return g_object_new (CR_TYPE_ROSTER_WINDOW, "application", application, NULL);
}

/**
 * cr_roster_window_get_file:
 *
 * Returns: (transfer none) (nullable): the file of the roster shown
 */
GFile *
cr_roster_window_get_file (CrRosterWindow *self)
{
  g_return_val_if_fail (CR_IS_ROSTER_WINDOW (self), NULL);

  return self->file;
}

gboolean
cr_roster_window_get_busy (CrRosterWindow *self)
{
  g_return_val_if_fail (CR_IS_ROSTER_WINDOW (self), FALSE);

  return self->busy > 0;
}

/**
 * cr_roster_window_get_unsaved:
 *
 * Returns: whether a creator of the roster shown was edited since the
 *   roster was read or saved (#CrRoster:modified)
 */
gboolean
cr_roster_window_get_unsaved (CrRosterWindow *self)
{
  g_return_val_if_fail (CR_IS_ROSTER_WINDOW (self), FALSE);

  return self->roster != NULL && cr_roster_get_modified (self->roster);
}
