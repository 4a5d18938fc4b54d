/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-roster-window-share.c: the rows shown exported alone, and a card or
 * a report a creator saved into a folder
 *
 * While the search or the filters hide rows, the export menu offers the
 * creators shown alone, in the order the table shows them: CSV, JSON
 * Lines, an Excel workbook, their cards or their reports. The rows are
 * copied when the export starts (new creators over copies of their
 * answers), so that the file holds the rows shown then, whatever changes
 * in the table or the roster while it is written.
 *
 * Cards and reports go into a folder, one file a creator, named after the
 * creator: "Ada Lovelace.png", the characters no file name may hold (path
 * separators, controls, bidirectional overrides, the few that other
 * systems refuse) taken out. No file there is ever written over: a name
 * taken, by a file of the folder or by a creator of the same name, is
 * followed by the next free number, "Ada (2).png". Each file is written
 * whole, atomically (cr_document_save()), or not at all.
 *
 * The cards and reports are drawn in the main thread, one at a time when
 * it is idle, since only the main thread translates (cr-i18n.c) and the
 * renderer's words are translated; a card is then encoded as PNG, and
 * each file written, in a worker thread while the main loop runs on. (The
 * language switched meanwhile, the files drawn after are in the new one.) A bar above the table says how far
 * it has gone, with Cancel: the files written stay, and a toast says how
 * many. A file that cannot be written stops the rest, and a dialog names
 * it and says why and how many were saved before it.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "cr-dialogs.h"
#include "cr-document.h"
#include "cr-quote.h"
#include "cr-render.h"
#include "cr-roster-window-private.h"

/* The bytes of the longest name made from a creator's, before its number
 * and its suffix: room for both, and for the temporary file's longer name
 * beside it, under the 255 bytes most file systems allow. */
#define MAX_STEM 180

/* Whether the table hides rows of the roster. */
static gboolean
hides_rows (CrRosterWindow *self)
{
  return g_list_model_get_n_items (G_LIST_MODEL (self->sort_model)) <
         g_list_model_get_n_items (G_LIST_MODEL (self->roster));
}

/* The creators the table shows, in its order, as new creators over
 * copies of their answers: the window's own stay in their roster. */
static CrRoster *
copy_shown (CrRosterWindow *self)
{
  CrRoster *copy = cr_roster_new ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrCreator) creator = g_list_model_get_item (G_LIST_MODEL (self->sort_model), i);
      g_autoptr(CrAnswers) answers = cr_creator_dup_answers (creator);
      g_autoptr(CrCreator) twin = cr_creator_new (answers, NULL, cr_creator_get_line (creator));

      cr_roster_append (copy, twin);
    }

  return copy;
}

/**
 * cr_roster_window_export_shown:
 * @file: where to write
 * @format: as for cr_roster_window_export()
 *
 * Writes the creators the table shows, and only them, in the order it
 * shows them, as cr_roster_window_export() writes the whole roster. They
 * are copied first: what changes in the window meanwhile is not written.
 */
void
cr_roster_window_export_shown (CrRosterWindow *self,
                               GFile          *file,
                               CrRosterFormat  format)
{
  g_autoptr(CrRoster) copy = NULL;

  g_return_if_fail (CR_IS_ROSTER_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  copy = copy_shown (self);
  cr_roster_window_export_roster (self, copy, file, format);
}

/* File names. */

static gboolean
is_bidi_control (gunichar c)
{
  return c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069) || c == 0x061C;
}

/* A file name, without its suffix, made from a creator's name: readable,
 * one line, no folder in it, nothing hidden or reversed; "creator" for a
 * name that leaves nothing. */
static char *
file_stem (const char *name)
{
  g_autofree char *valid = g_utf8_make_valid (name != NULL ? name : "", -1);
  g_autoptr(GString) stem = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '/' || c == '\\' || (c < 0x80 && strchr (":*?\"<>|", (int) c) != NULL))
        c = '-';
      else if (g_unichar_isspace (c) || g_unichar_iscntrl (c) ||
               g_unichar_type (c) == G_UNICODE_LINE_SEPARATOR ||
               g_unichar_type (c) == G_UNICODE_PARAGRAPH_SEPARATOR)
        {
          space = stem->len > 0;
          continue;
        }
      else if (is_bidi_control (c) || g_unichar_type (c) == G_UNICODE_UNASSIGNED ||
               g_unichar_type (c) == G_UNICODE_SURROGATE ||
               g_unichar_type (c) == G_UNICODE_PRIVATE_USE)
        continue;

      /* A dot first would hide the file. */
      if (stem->len == 0 && c == '.')
        continue;

      if (stem->len + (space ? 1 : 0) + 6 > MAX_STEM)
        break;
      if (space)
        g_string_append_c (stem, ' ');
      space = FALSE;
      g_string_append_unichar (stem, c);
    }

  /* Nor a dot last, which some systems drop. */
  while (stem->len > 0 && stem->str[stem->len - 1] == '.')
    g_string_truncate (stem, stem->len - 1);

  if (stem->len == 0)
    /* Translators: the file name of a card or a report whose creator has
     * no name, e.g. “creator.png” */
    return g_strdup (C_("file name", "creator"));

  return g_string_free (g_steal_pointer (&stem), FALSE);
}

/* Whether anything is there by that name, a link that leads nowhere too. */
static gboolean
is_taken (GFile *file)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, &error);

  /* Another failure (the folder gone, or not one) is the write's to say. */
  return info != NULL;
}

/* Cards and reports. */

/* One creator's: a copy of the answers, and the name made from them. */
typedef struct
{
  CrAnswers *answers;
  char      *stem;
} Sheet;

static void
sheet_free (gpointer data)
{
  Sheet *sheet = data;

  g_object_unref (sheet->answers);
  g_free (sheet->stem);
  g_free (sheet);
}

/* One run, from the folder chosen to its end; freed by finish(). */
typedef struct
{
  CrRosterWindow *window;
  GFile          *folder;
  CrRosterSheet   kind;
  GPtrArray      *sheets;
  GDateTime      *date;
  CrPaper         paper;
  GCancellable   *cancellable;
  guint           next;
  guint           saved;
  guint           source;
  /* A file is being written in the worker; the next one, drawn already,
   * waits for it (a Write). */
  gboolean        writing;
  gpointer        ready;
  /* Why it stops, once the file being written is done, and the file
   * that failed. */
  GError         *error;
  GFile          *error_file;
  /* Stopped as the window closes: nothing more is said. */
  gboolean        stopped;
  /* The worker's own, one file at a time: the last number each name
   * took, so that a name a thousand creators share is not looked for a
   * thousand times each. */
  GHashTable     *numbers;
} Sheets;

/* One file, in the worker: the card drawn, to be encoded, or the
 * report's bytes; then the file chosen. */
typedef struct
{
  GFile           *folder;
  char            *stem;
  char            *suffix;
  cairo_surface_t *card;
  GBytes          *bytes;
  GFile           *file;
  GHashTable      *numbers;
} Write;

static void
write_free (gpointer data)
{
  Write *write = data;

  g_object_unref (write->folder);
  g_free (write->stem);
  g_free (write->suffix);
  g_clear_pointer (&write->card, cairo_surface_destroy);
  g_clear_pointer (&write->bytes, g_bytes_unref);
  g_clear_object (&write->file);
  g_free (write);
}

static gboolean next_cb (gpointer user_data);

static void
schedule_next (Sheets *sheets)
{
  sheets->source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, next_cb, sheets, NULL);
}

static const char *
sheet_suffix (CrRosterSheet kind)
{
  return kind == CR_ROSTER_SHEET_CARD ? ".png" : ".pdf";
}

static void
update_progress (Sheets *sheets)
{
  CrRosterWindow *self = sheets->window;
  guint total = sheets->sheets->len;
  g_autofree char *text = NULL;

  if (sheets->kind == CR_ROSTER_SHEET_CARD)
    /* Translators: on the progress bar while cards are saved into a
     * folder, e.g. “Saving cards… 12 of 30” */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Saving cards… %u of %u",
                                         "Saving cards… %u of %u", total),
                            sheets->saved, total);
  else
    /* Translators: on the progress bar while reports are saved into a
     * folder, e.g. “Saving reports… 12 of 30” */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Saving reports… %u of %u",
                                         "Saving reports… %u of %u", total),
                            sheets->saved, total);

  gtk_progress_bar_set_fraction (self->sheets_progress,
                                 total > 0 ? (double) sheets->saved / total : 0);
  gtk_progress_bar_set_text (self->sheets_progress, text);
}

static void
sheets_free (Sheets *sheets)
{
  g_object_unref (sheets->window);
  g_object_unref (sheets->folder);
  g_ptr_array_unref (sheets->sheets);
  g_date_time_unref (sheets->date);
  g_object_unref (sheets->cancellable);
  g_clear_pointer (&sheets->ready, write_free);
  g_clear_error (&sheets->error);
  g_clear_object (&sheets->error_file);
  g_hash_table_unref (sheets->numbers);
  g_free (sheets);
}

/* The dialog naming Sheets.error_file, saying why (Sheets.error) and how
 * many were saved before it. */
static void
show_failure (Sheets *sheets)
{
  gboolean card = sheets->kind == CR_ROSTER_SHEET_CARD;
  guint total = sheets->sheets->len;
  guint saved = sheets->saved;
  g_autofree char *message = NULL;

  if (card)
    /* Translators: after why a card could not be written, e.g.
     * “cannot be written: Permission denied. 3 of 30 cards were
     * saved.” */
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s. %u of %u card was saved.",
                                            "%s. %u of %u cards were saved.", total),
                               sheets->error->message, saved, total);
  else
    /* Translators: after why a report could not be written, e.g.
     * “cannot be written: Permission denied. 3 of 30 reports were
     * saved.” */
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s. %u of %u report was saved.",
                                            "%s. %u of %u reports were saved.", total),
                               sheets->error->message, saved, total);
  cr_roster_window_show_error (sheets->window, card ? _("Cannot Save the Cards")
                                                    : _("Cannot Save the Reports"),
                               sheets->error_file, message);
}

/* The toast's words once every file is saved, or some and then
 * cancelled. */
static char *
dup_saved_text (Sheets *sheets)
{
  gboolean card = sheets->kind == CR_ROSTER_SHEET_CARD;
  guint total = sheets->sheets->len;
  guint saved = sheets->saved;
  g_autofree char *name = NULL;

  if (saved < total && card)
    /* Translators: a toast once saving cards was cancelled, e.g.
     * “12 of 30 cards saved, cancelled” */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u card saved, cancelled",
                                         "%u of %u cards saved, cancelled", total),
                            saved, total);
  if (saved < total)
    /* Translators: a toast once saving reports was cancelled, e.g.
     * “12 of 30 reports saved, cancelled” */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u report saved, cancelled",
                                         "%u of %u reports saved, cancelled", total),
                            saved, total);

  name = cr_quote_file_name (sheets->folder);
  if (card)
    /* Translators: a toast once every card is saved, e.g. “30
     * cards saved in “Cards”” */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u card saved in “%s”",
                                         "%u cards saved in “%s”", total),
                            total, name);
  /* Translators: a toast once every report is saved, e.g. “30
   * reports saved in “Reports”” */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u report saved in “%s”",
                                       "%u reports saved in “%s”", total),
                          total, name);
}

/* The end, whichever: said in a toast (all saved, or cancelled) or a
 * dialog (Sheets.error, writing Sheets.error_file); nothing is said when
 * stopped. */
static void
finish (Sheets *sheets)
{
  CrRosterWindow *self = sheets->window;

  if (self->sheets == sheets)
    self->sheets = NULL;
  g_clear_handle_id (&sheets->source, g_source_remove);
  gtk_revealer_set_reveal_child (self->sheets_revealer, FALSE);
  cr_roster_window_set_busy (self, FALSE);

  if (sheets->stopped)
    ;
  else if (sheets->error != NULL)
    show_failure (sheets);
  else
    {
      g_autofree char *text = dup_saved_text (sheets);

      cr_roster_window_toast (self, text);
    }

  sheets_free (sheets);
}

/* In the worker: the card encoded, the first free name, then the file,
 * whole or not at all. */
static void
write_thread (GTask        *task,
              gpointer      source_object G_GNUC_UNUSED,
              gpointer      task_data,
              GCancellable *cancellable G_GNUC_UNUSED)
{
  Write *write = task_data;
  g_autoptr(GError) error = NULL;

  /* A PNG encoded takes longer than the card drawn: here, not in the
   * main thread. */
  if (write->card != NULL)
    {
      write->bytes = cr_render_surface_to_png (write->card, &error);
      if (write->bytes == NULL)
        {
          g_autofree char *name = g_strconcat (write->stem, write->suffix, NULL);

          write->file = g_file_get_child (write->folder, name);
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
    }

  for (guint n = GPOINTER_TO_UINT (g_hash_table_lookup (write->numbers, write->stem)) + 1;
       write->file == NULL || is_taken (write->file); n++)
    {
      g_autofree char *name = n == 1 ? g_strconcat (write->stem, write->suffix, NULL)
                                     : g_strdup_printf ("%s (%u)%s", write->stem, n,
                                                        write->suffix);

      g_hash_table_insert (write->numbers, g_strdup (write->stem), GUINT_TO_POINTER (n));
      g_clear_object (&write->file);
      write->file = g_file_get_child (write->folder, name);
    }

  if (!cr_document_save (write->file, g_bytes_get_data (write->bytes, NULL),
                         g_bytes_get_size (write->bytes), NULL, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/* Stops once the file being written is done, saying why. */
static void
fail (Sheets *sheets,
      GFile  *file,
      GError *error)
{
  if (sheets->error != NULL)
    return;
  sheets->error = g_error_copy (error);
  sheets->error_file = g_object_ref (file);
}

static void written_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data);

/* What comes next: the file drawn given to the worker once it is free,
 * the next one drawn meanwhile, or the end once the worker is done. Never
 * frees @sheets but at the end, and is never called from what it sets
 * off. */
static void
step (Sheets *sheets)
{
  gboolean stopping = sheets->error != NULL || g_cancellable_is_cancelled (sheets->cancellable);

  if (stopping)
    g_clear_pointer (&sheets->ready, write_free);

  if (!sheets->writing && sheets->ready != NULL)
    {
      g_autoptr(GTask) task = g_task_new (NULL, NULL, written_cb, sheets);

      /* Not cancellable: a file begun is written whole, then the run
       * stops. */
      g_task_set_source_tag (task, step);
      g_task_set_task_data (task, g_steal_pointer (&sheets->ready), write_free);
      sheets->writing = TRUE;
      g_task_run_in_thread (task, write_thread);
    }

  if (!stopping && sheets->ready == NULL && sheets->next < sheets->sheets->len &&
      sheets->source == 0)
    schedule_next (sheets);

  if (!sheets->writing && sheets->ready == NULL &&
      (stopping || sheets->next >= sheets->sheets->len))
    finish (sheets);
}

static void
written_cb (GObject      *object G_GNUC_UNUSED,
            GAsyncResult *result,
            gpointer      user_data)
{
  Sheets *sheets = user_data;
  Write *write = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  sheets->writing = FALSE;
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    fail (sheets, write->file, error);
  else
    {
      sheets->saved++;
      /* Which may press Cancel, as a person might at any time. */
      update_progress (sheets);
    }

  step (sheets);
}

/* In the main thread, when it is idle: the next creator's file drawn,
 * for the worker to write once it is free. */
static gboolean
next_cb (gpointer user_data)
{
  Sheets *sheets = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrResult) result = NULL;
  cairo_surface_t *card = NULL;
  GBytes *bytes = NULL;
  Sheet *sheet;
  Write *write;

  sheets->source = 0;

  if (g_cancellable_is_cancelled (sheets->cancellable) || sheets->error != NULL ||
      sheets->next >= sheets->sheets->len)
    {
      step (sheets);
      return G_SOURCE_REMOVE;
    }

  sheet = g_ptr_array_index (sheets->sheets, sheets->next++);
  result = cr_score (sheet->answers);
  if (sheets->kind == CR_ROSTER_SHEET_CARD)
    {
      /* Drawn here, where the words are translated; encoded in the
       * worker. */
      int width, height;
      cairo_status_t status;
      cairo_t *cr;

      cr_card_get_size (CR_CARD_SQUARE, &width, &height);
      card = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
      cr = cairo_create (card);
      cr_card_draw (cr, CR_CARD_SQUARE, sheet->answers, result, sheets->date);
      status = cairo_status (cr);
      cairo_destroy (cr);
      cairo_surface_flush (card);
      if (status != CAIRO_STATUS_SUCCESS)
        {
          g_set_error (&error, G_IO_ERROR, G_IO_ERROR_FAILED, "cannot be drawn: %s",
                       cairo_status_to_string (status));
          g_clear_pointer (&card, cairo_surface_destroy);
        }
    }
  else
    bytes = cr_report_render_pdf (sheet->answers, result, sheets->date, sheets->paper, &error);

  if (card == NULL && bytes == NULL)
    {
      g_autofree char *name = g_strconcat (sheet->stem, sheet_suffix (sheets->kind), NULL);
      g_autoptr(GFile) file = g_file_get_child (sheets->folder, name);

      fail (sheets, file, error);
      step (sheets);
      return G_SOURCE_REMOVE;
    }

  write = g_new0 (Write, 1);
  write->folder = g_object_ref (sheets->folder);
  write->stem = g_strdup (sheet->stem);
  write->suffix = g_strdup (sheet_suffix (sheets->kind));
  write->card = card;
  write->bytes = bytes;
  write->numbers = sheets->numbers;
  sheets->ready = write;
  step (sheets);

  return G_SOURCE_REMOVE;
}

/* The locale's paper, as printing offers it. */
static CrPaper
default_paper (void)
{
  return g_str_equal (gtk_paper_size_get_default (), GTK_PAPER_NAME_LETTER) ? CR_PAPER_LETTER
                                                                           : CR_PAPER_A4;
}

/**
 * cr_roster_window_save_sheets:
 * @folder: where to write
 * @sheet: a card or a report a creator
 * @shown_only: only the creators the table shows, in its order; else
 *   every creator, in the roster's order
 *
 * Writes a file a creator into @folder, without blocking, named after the
 * creator and never over a file there (see above). Their answers are
 * copied first. #CrRosterWindow:busy is %TRUE until it is done; a bar
 * says how far it has gone, a toast how it ended, or a dialog which file
 * could not be written and why.
 */
void
cr_roster_window_save_sheets (CrRosterWindow *self,
                              GFile          *folder,
                              CrRosterSheet   sheet,
                              gboolean        shown_only)
{
  GListModel *model;
  Sheets *sheets;
  guint n;

  g_return_if_fail (CR_IS_ROSTER_WINDOW (self));
  g_return_if_fail (G_IS_FILE (folder));
  g_return_if_fail (sheet == CR_ROSTER_SHEET_CARD || sheet == CR_ROSTER_SHEET_REPORT);

  /* One at a time: the menu is off while one runs. */
  cr_roster_window_stop_sheets (self);

  model = shown_only ? G_LIST_MODEL (self->sort_model) : G_LIST_MODEL (self->roster);
  n = g_list_model_get_n_items (model);

  sheets = g_new0 (Sheets, 1);
  sheets->window = g_object_ref (self);
  sheets->folder = g_object_ref (folder);
  sheets->kind = sheet;
  sheets->sheets = g_ptr_array_new_full (n, sheet_free);
  sheets->date = g_date_time_new_now_local ();
  sheets->paper = default_paper ();
  sheets->cancellable = g_cancellable_new ();
  sheets->numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrCreator) creator = g_list_model_get_item (model, i);
      Sheet *copy = g_new0 (Sheet, 1);

      copy->answers = cr_creator_dup_answers (creator);
      copy->stem = file_stem (cr_creator_get_name (creator));
      g_ptr_array_add (sheets->sheets, copy);
    }
  self->sheets = sheets;

  cr_roster_window_set_busy (self, TRUE);
  update_progress (sheets);
  gtk_revealer_set_reveal_child (self->sheets_revealer, TRUE);
  schedule_next (sheets);
}

/**
 * cr_roster_window_cancel_sheets:
 *
 * Stops the cards or reports being saved, as their Cancel button does:
 * the file being written is finished, the ones written stay, and a toast
 * says how many of them there are.
 */
void
cr_roster_window_cancel_sheets (CrRosterWindow *self)
{
  Sheets *sheets;

  g_return_if_fail (CR_IS_ROSTER_WINDOW (self));

  if ((sheets = self->sheets) == NULL)
    return;

  g_cancellable_cancel (sheets->cancellable);
  /* It ends in the main loop, never here, as this may be called from
   * what a file written sets off: once the one begun is written
   * (written_cb()), or at the next step (next_cb()). */
  if (sheets->source == 0)
    schedule_next (sheets);
}

/* The window closes, or the app quits: the file begun is finished, and
 * nothing more is said. */
void
cr_roster_window_stop_sheets (CrRosterWindow *self)
{
  Sheets *sheets;

  if ((sheets = self->sheets) == NULL)
    return;

  sheets->stopped = TRUE;
  cr_roster_window_cancel_sheets (self);
  while (self->sheets == sheets)
    g_main_context_iteration (NULL, TRUE);
}

/* Actions and menus. */

static void
folder_chosen_cb (GtkWidget *owner,
                  GFile     *folder,
                  gpointer   user_data)
{
  guint choice = GPOINTER_TO_UINT (user_data);

  cr_roster_window_save_sheets (CR_ROSTER_WINDOW (owner), folder, choice & 1, (choice & 2) != 0);
}

/* win.save-sheets and win.save-shown-sheets, "card" or "report". */
static void
save_sheets_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  gboolean report = g_str_equal (g_variant_get_string (parameter, NULL), "report");
  gboolean shown = g_str_equal (action_name, "win.save-shown-sheets");
  const char *title;

  if (report)
    title = shown ? _("Save the Reports of the Creators Shown") : _("Save Every Creator’s Report");
  else
    title = shown ? _("Save the Cards of the Creators Shown") : _("Save Every Creator’s Card");

  cr_dialogs_select_folder (widget, title, NULL, folder_chosen_cb,
                            GUINT_TO_POINTER ((report ? CR_ROSTER_SHEET_REPORT
                                                      : CR_ROSTER_SHEET_CARD) |
                                              (shown ? 2u : 0u)));
}

static void
cancel_sheets_action (GtkWidget  *widget,
                      const char *action_name G_GNUC_UNUSED,
                      GVariant   *parameter G_GNUC_UNUSED)
{
  cr_roster_window_cancel_sheets (CR_ROSTER_WINDOW (widget));
}

void
cr_roster_window_class_init_share (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, sheets_revealer);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, sheets_progress);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, sheets_cancel_button);

  gtk_widget_class_install_action (widget_class, "win.save-sheets", "s", save_sheets_action);
  gtk_widget_class_install_action (widget_class, "win.save-shown-sheets", "s",
                                   save_sheets_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-sheets", NULL,
                                   cancel_sheets_action);
}

/* The actions of the rows shown follow the search and the filters. */
void
cr_roster_window_init_share (CrRosterWindow *self)
{
  g_signal_connect_object (self->sort_model, "items-changed",
                           G_CALLBACK (cr_roster_window_update_share_actions), self,
                           G_CONNECT_SWAPPED);
}

void
cr_roster_window_translate_share (CrRosterWindow *self)
{
  gtk_button_set_label (GTK_BUTTON (self->sheets_cancel_button), _("_Cancel"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->sheets_progress),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Saving into a folder"), -1);
  if (self->sheets != NULL)
    update_progress (self->sheets);
}

static void
append_hidden_when_off (GMenu      *menu,
                        const char *label,
                        const char *action)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, action);

  g_menu_item_set_attribute (item, "hidden-when", "s", "action-disabled");
  g_menu_append_item (menu, item);
}

/* The export menu's items for the rows shown: there only while a search
 * or a filter hides rows, first, since they are what the table shows.
 * Without mnemonics: those of the whole roster's items take the letters. */
GMenuModel *
cr_roster_window_new_shown_section (void)
{
  GMenu *menu = g_menu_new ();

  append_hidden_when_off (menu, _("Export Shown as CSV…"), "win.export-shown::csv");
  append_hidden_when_off (menu, _("Export Shown as JSON Lines…"), "win.export-shown::jsonl");
  if (cr_roster_format_can_write (CR_ROSTER_FORMAT_XLSX))
    append_hidden_when_off (menu, _("Export Shown as Excel Workbook…"),
                            "win.export-shown::xlsx");
  append_hidden_when_off (menu, _("Save Shown Cards…"), "win.save-shown-sheets::card");
  append_hidden_when_off (menu, _("Save Shown Reports…"), "win.save-shown-sheets::report");

  return G_MENU_MODEL (menu);
}

/* Every creator's card or report. */
GMenuModel *
cr_roster_window_new_sheets_section (void)
{
  GMenu *menu = g_menu_new ();

  g_menu_append (menu, _("Save Every Car_d…"), "win.save-sheets::card");
  g_menu_append (menu, _("Save Every _Report…"), "win.save-sheets::report");

  return G_MENU_MODEL (menu);
}

void
cr_roster_window_update_share_actions (CrRosterWindow *self)
{
  gboolean ready;
  gboolean hidden;

  /* Called while the window is made, before its models are. */
  if (self->roster == NULL || self->sort_model == NULL)
    return;

  ready = g_list_model_get_n_items (G_LIST_MODEL (self->roster)) > 0 &&
          !cr_roster_get_loading (self->roster) && self->busy == 0;
  hidden = ready && hides_rows (self) &&
           g_list_model_get_n_items (G_LIST_MODEL (self->sort_model)) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-shown", hidden);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-shown-sheets", hidden);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-sheets", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-sheets", self->sheets != NULL);
}
