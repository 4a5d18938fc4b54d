/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-application.c: the application: command-line options, actions, windows
 *
 * `--score` is handled in handle-local-options, before the application
 * registers or touches a display, so that scoring works on a server.
 *
 * SIGTERM, SIGINT and SIGHUP (what logout, shutdown, Ctrl+C and a closed
 * terminal send) quit as Ctrl+Q does: every window is closed first, and
 * closing writes the draft of answers not written yet.
 */
#include "config.h"

#include <signal.h>

#include <glib-unix.h>
#include <glib/gi18n-lib.h>

#include "cr-about.h"
#include "cr-application.h"
#include "cr-bench.h"
#include "cr-cli.h"
#include "cr-cli-share.h"
#include "cr-i18n.h"
#include "cr-language-menu.h"
#include "cr-quote.h"
#include "cr-roster-window.h"
#include "cr-scoring-window.h"
#include "cr-window.h"

struct _CrApplication
{
  AdwApplication parent_instance;

  /* While GApplication handles the command line: what is left of it once
   * the options are taken out, the program and the files. */
  char ***arguments;

  /* The g_unix_signal_add() sources of the primary instance: SIGTERM,
   * SIGINT, SIGHUP. */
  guint signal_sources[3];
};

G_DEFINE_FINAL_TYPE (CrApplication, cr_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "score", 's', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Score the answers in FILE (“-” for standard input), print the result document as "
       "JSON and exit; needs no display"),
    N_("FILE") },
  { "batch", 'b', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("With --score: read JSON Lines, one document or answers object a line, and print one "
       "result a line"),
    NULL },
  { "input-format", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("With --batch: read FORMAT, csv or jsonl (by default, csv for a .csv or .tsv file, "
       "jsonl otherwise)"),
    N_("FORMAT") },
  { "format", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("With --score: write FORMAT: json (the default), text, png (the result card) or pdf "
       "(the report); with --batch, jsonl (the default) or csv"),
    N_("FORMAT") },
  { "output", 'o', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("With --score: write to FILE rather than standard output, replacing it whole only once "
       "everything is written"),
    N_("FILE") },
  { "size", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("With --format png: the card's SIZE, square (1080 × 1080, the default) or wide "
       "(1200 × 630)"),
    N_("SIZE") },
  { "paper", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("With --format pdf: the PAPER, a4 (the default) or letter"),
    N_("PAPER") },
  { "language", 'l', G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Use language LL, such as “fr”, for the interface and the result’s texts"),
    N_("LL") },
  { "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { NULL }
};

/* `--score FILE --batch` with --input-format or --format. */
static int
score_roster (const char *path,
              const char *language,
              const char *input_format,
              const char *format)
{
  CrRosterFormat in = CR_ROSTER_FORMAT_UNKNOWN;
  CrRosterFormat out = CR_ROSTER_FORMAT_JSONL;

  if (input_format != NULL && (in = cr_roster_format_from_id (input_format)) == CR_ROSTER_FORMAT_UNKNOWN)
    {
      g_autofree char *quoted = cr_quote_input (input_format, 64);

      g_printerr ("creator-role: --input-format: unknown format “%s” (expected csv or jsonl)\n",
                  quoted);
      return 1;
    }

  if (format != NULL && (out = cr_roster_format_from_id (format)) == CR_ROSTER_FORMAT_UNKNOWN)
    {
      g_autofree char *quoted = cr_quote_input (format, 64);

      g_printerr ("creator-role: --format: unknown format “%s” with --batch (expected jsonl or "
                  "csv)\n", quoted);
      return 1;
    }

  return cr_cli_score_roster (path, language, in, out, stdout, stderr);
}

/* Keeps the arguments in view for handle-local-options, which GApplication
 * emits once it has taken the options out of them. */
static gboolean
cr_application_local_command_line (GApplication   *application,
                                   char         ***arguments,
                                   int            *exit_status)
{
  CrApplication *self = CR_APPLICATION (application);
  gboolean handled;

  self->arguments = arguments;
  handled = G_APPLICATION_CLASS (cr_application_parent_class)->local_command_line (application,
                                                                                  arguments,
                                                                                  exit_status);
  self->arguments = NULL;

  return handled;
}

static int
cr_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  CrApplication *self = CR_APPLICATION (application);
  g_autofree char *score = NULL;
  g_autofree char *output = NULL;
  const char *size = NULL;
  const char *paper = NULL;
  CrShareFormat share_format = CR_SHARE_FORMAT_JSON;
  CrCardSize card_size = CR_CARD_SQUARE;
  CrPaper report_paper = CR_PAPER_A4;
  const char *language = NULL;
  const char *input_format = NULL;
  const char *format = NULL;
  gboolean batch = FALSE;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  g_variant_dict_lookup (options, "score", "^ay", &score);
  g_variant_dict_lookup (options, "language", "&s", &language);
  g_variant_dict_lookup (options, "input-format", "&s", &input_format);
  g_variant_dict_lookup (options, "format", "&s", &format);
  g_variant_dict_lookup (options, "output", "^ay", &output);
  g_variant_dict_lookup (options, "size", "&s", &size);
  g_variant_dict_lookup (options, "paper", "&s", &paper);
  batch = g_variant_dict_contains (options, "batch");

  /* A second file would be silently left out. */
  if (score != NULL && self->arguments != NULL && *self->arguments != NULL &&
      g_strv_length (*self->arguments) > 1)
    {
      g_autofree char *extra = cr_quote_input ((*self->arguments)[1], 200);

      g_printerr ("creator-role: --score reads one file; “%s” is one too many\n", extra);
      return 1;
    }

  if (score != NULL && batch && format != NULL && cr_share_format_from_id (format, &share_format) &&
      share_format != CR_SHARE_FORMAT_JSON)
    {
      g_printerr ("creator-role: --format %s is for one document; with --batch, the formats "
                  "are jsonl and csv (for a %s a line, run --score on each line)\n", format,
                  share_format == CR_SHARE_FORMAT_PNG ? "card"
                  : share_format == CR_SHARE_FORMAT_PDF ? "report" : "text");
      return 1;
    }

  if (score != NULL && batch && (output != NULL || size != NULL || paper != NULL))
    {
      g_printerr ("creator-role: --%s is for one document; with --batch, the results go to "
                  "standard output\n",
                  output != NULL ? "output" : size != NULL ? "size" : "paper");
      return 1;
    }

  if (score != NULL && batch &&
      (input_format != NULL || format != NULL ||
       cr_roster_format_from_name (score) == CR_ROSTER_FORMAT_CSV))
    return score_roster (score, language, input_format, format);

  if (score != NULL && format != NULL && !cr_share_format_from_id (format, &share_format))
    {
      g_autofree char *quoted = cr_quote_input (format, 64);

      g_printerr ("creator-role: --format: unknown format “%s” for one document "
                  "(expected json, text, png or pdf; with --batch, jsonl or csv)\n", quoted);
      return 1;
    }

  if (score != NULL && size != NULL && !cr_card_size_from_id (size, &card_size))
    {
      g_autofree char *quoted = cr_quote_input (size, 64);

      g_printerr ("creator-role: --size: unknown size “%s” (expected square or wide)\n", quoted);
      return 1;
    }

  if (score != NULL && paper != NULL && !cr_paper_from_id (paper, &report_paper))
    {
      g_autofree char *quoted = cr_quote_input (paper, 64);

      g_printerr ("creator-role: --paper: unknown paper “%s” (expected a4 or letter)\n", quoted);
      return 1;
    }

  if (score != NULL && size != NULL && share_format != CR_SHARE_FORMAT_PNG)
    {
      g_printerr ("creator-role: --size goes with --format png\n");
      return 1;
    }

  if (score != NULL && paper != NULL && share_format != CR_SHARE_FORMAT_PDF)
    {
      g_printerr ("creator-role: --paper goes with --format pdf\n");
      return 1;
    }

  if (score != NULL && input_format != NULL)
    {
      g_printerr ("creator-role: --input-format goes with --batch\n");
      return 1;
    }

  if (score != NULL && (share_format != CR_SHARE_FORMAT_JSON || output != NULL))
    return cr_cli_share (score, language, share_format, output, card_size, report_paper, stdout,
                         stderr);

  if (score != NULL)
    return cr_cli_score (score, language, batch, stdout, stderr);

  if (input_format != NULL || format != NULL || output != NULL || size != NULL || paper != NULL)
    {
      g_printerr ("creator-role: --%s goes with --score FILE\n",
                  format != NULL ? "format" : input_format != NULL ? "input-format"
                  : output != NULL ? "output" : size != NULL ? "size" : "paper");
      return 1;
    }

  if (batch)
    {
      g_printerr ("creator-role: --batch goes with --score FILE\n");
      return 1;
    }

  if (language != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!cr_i18n_set_language (language, &error))
        {
          g_printerr ("creator-role: --language: %s\n", error->message);
          return 1;
        }
    }

  return G_APPLICATION_CLASS (cr_application_parent_class)->handle_local_options (application,
                                                                                   options);
}

static GtkWindow *
ensure_window (CrApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  /* The wizard's window, not a roster's. */
  if (window != NULL && !CR_IS_WINDOW (window))
    {
      window = NULL;
      for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
        if (CR_IS_WINDOW (l->data))
          {
            window = l->data;
            break;
          }
    }

  if (window == NULL)
    {
      window = GTK_WINDOW (cr_window_new (self));
      cr_bench_watch_first_frame (window);
    }

  return window;
}

static void
cr_application_activate (GApplication *application)
{
  gtk_window_present (ensure_window (CR_APPLICATION (application)));
}

/* A roster window for a roster: the active one if it shows none yet,
 * otherwise a new one. */
static CrRosterWindow *
roster_window (CrApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (CR_IS_ROSTER_WINDOW (window) &&
      cr_roster_window_get_file (CR_ROSTER_WINDOW (window)) == NULL &&
      !cr_roster_window_get_busy (CR_ROSTER_WINDOW (window)))
    return CR_ROSTER_WINDOW (window);

  return cr_roster_window_new (GTK_APPLICATION (self));
}

/* A roster is CSV or JSON Lines, by its name; anything else is a result
 * document for the wizard. */
static gboolean
is_roster (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);

  return name != NULL && cr_roster_format_from_name (name) != CR_ROSTER_FORMAT_UNKNOWN &&
         !g_str_has_suffix (name, ".json") && !g_str_has_suffix (name, ".JSON");
}

/* `creator-role FILE…`: each roster (CSV, JSON Lines) in a roster window;
 * the first result document in the wizard's window. A refused document is
 * shown in a dialog, with the command line's message, and leaves the
 * answers as they were. */
static void
cr_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint G_GNUC_UNUSED)
{
  CrApplication *self = CR_APPLICATION (application);
  gboolean document_opened = FALSE;

  for (int i = 0; i < n_files; i++)
    {
      if (is_roster (files[i]))
        {
          CrRosterWindow *window = roster_window (self);

          gtk_window_present (GTK_WINDOW (window));
          cr_roster_window_open (window, files[i]);
        }
      else if (!document_opened)
        {
          GtkWindow *window = ensure_window (self);

          gtk_window_present (window);
          cr_window_open_file (CR_WINDOW (window), files[i], NULL);
          document_opened = TRUE;
        }
      else
        g_warning ("Only the first result document is opened; %s is not",
                   g_file_peek_path (files[i]));
    }
}

static void
quit_action (GSimpleAction *action G_GNUC_UNUSED,
             GVariant      *parameter G_GNUC_UNUSED,
             gpointer       user_data)
{
  GtkApplication *application = GTK_APPLICATION (user_data);
  GList *windows = g_list_copy_deep (gtk_application_get_windows (application),
                                     (GCopyFunc) (void (*) (void)) g_object_ref, NULL);

  /* Closing each window lets it write its draft. The application's own
   * list changes as they close, and a window takes its dialogs with it:
   * go through a copy, and skip those already gone. */
  for (GList *l = windows; l != NULL; l = l->next)
    if (g_list_find (gtk_application_get_windows (application), l->data) != NULL)
      gtk_window_destroy (l->data);
  g_list_free_full (windows, g_object_unref);

  g_application_quit (G_APPLICATION (application));
}

static void
about_action (GSimpleAction *action G_GNUC_UNUSED,
              GVariant      *parameter G_GNUC_UNUSED,
              gpointer       user_data)
{
  cr_about_show (gtk_application_get_active_window (GTK_APPLICATION (user_data)));
}

static void
scoring_action (GSimpleAction *action G_GNUC_UNUSED,
                GVariant      *parameter G_GNUC_UNUSED,
                gpointer       user_data)
{
  cr_scoring_window_show (gtk_application_get_active_window (GTK_APPLICATION (user_data)));
}

static void
open_roster_action (GSimpleAction *action G_GNUC_UNUSED,
                    GVariant      *parameter G_GNUC_UNUSED,
                    gpointer       user_data)
{
  CrRosterWindow *window = roster_window (CR_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open", NULL);
}

static const GActionEntry app_entries[] = {
  { "quit", quit_action, NULL, NULL, NULL, { 0 } },
  { "open-roster", open_roster_action, NULL, NULL, NULL, { 0 } },
  { "about", about_action, NULL, NULL, NULL, { 0 } },
  { "scoring", scoring_action, NULL, NULL, NULL, { 0 } },
};

static gboolean
quit_on_signal_cb (gpointer user_data)
{
  g_action_group_activate_action (G_ACTION_GROUP (user_data), "quit", NULL);

  return G_SOURCE_CONTINUE;
}

static void
cr_application_startup (GApplication *application)
{
  static const int quit_signals[G_N_ELEMENTS (((CrApplication *) NULL)->signal_sources)] = {
    SIGTERM, SIGINT, SIGHUP
  };
  CrApplication *self = CR_APPLICATION (application);
  static const char *quit_accels[] = { "<Primary>q", NULL };
  static const char *open_accels[] = { "<Primary>o", NULL };
  static const char *help_accels[] = { "<Primary>question", NULL };

  G_APPLICATION_CLASS (cr_application_parent_class)->startup (application);

  /* The icon the window list shows on X11, where it comes from the window
   * rather than from the desktop file. */
  gtk_window_set_default_icon_name (APP_ID);

  /* Before the first window is built: the language kept in the settings. */
  cr_language_menu_install (GTK_APPLICATION (application));

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_entries,
                                   G_N_ELEMENTS (app_entries), application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", quit_accels);
  /* The window binds the key itself; this shows it in the menu. */
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.open", open_accels);
  /* GTK sets this one only for a gtk/help-overlay.ui resource, which the
   * window builds itself when first asked for (see cr-window.c). */
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.show-help-overlay",
                                         help_accels);

  for (guint i = 0; i < G_N_ELEMENTS (quit_signals); i++)
    self->signal_sources[i] = g_unix_signal_add (quit_signals[i], quit_on_signal_cb, self);
}

static void
cr_application_shutdown (GApplication *application)
{
  CrApplication *self = CR_APPLICATION (application);

  for (guint i = 0; i < G_N_ELEMENTS (self->signal_sources); i++)
    g_clear_handle_id (&self->signal_sources[i], g_source_remove);

  G_APPLICATION_CLASS (cr_application_parent_class)->shutdown (application);
}

static void
cr_application_class_init (CrApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->local_command_line = cr_application_local_command_line;
  app_class->handle_local_options = cr_application_handle_local_options;
  app_class->startup = cr_application_startup;
  app_class->shutdown = cr_application_shutdown;
  app_class->activate = cr_application_activate;
  app_class->open = cr_application_open;
}

static void
cr_application_init (CrApplication *self)
{
  GOptionEntry entries[G_N_ELEMENTS (option_entries)];

  /* GApplication looks its options' help up in the default text domain,
   * which the app leaves alone (see cr-i18n.c): translate it here. */
  for (guint i = 0; i < G_N_ELEMENTS (option_entries); i++)
    {
      entries[i] = option_entries[i];
      if (entries[i].description != NULL)
        entries[i].description = _(entries[i].description);
      if (entries[i].arg_description != NULL)
        entries[i].arg_description = _(entries[i].arg_description);
    }

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Find out whether you are an influencer, a brand "
                                              "ambassador or the contracted face of a brand."));
}

CrApplication *
cr_application_new (void)
{
  return g_object_new (CR_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}
