/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-application.c: the application: command-line options, actions, windows
 *
 * The command line's options are cr-cli-options.c's: what needs no window
 * is done there, before the application registers or touches a display.
 *
 * The interface language is the application's "language" property: the
 * Language menu sets it (cr_application_set_language()), and every window
 * and dialog that shows words follows its notify, each building its own
 * texts again, so that nothing outside a window needs to know its type.
 *
 * Quit (Ctrl+Q) closes every window as its close button does: each window
 * whose document or roster was changed asks "Save Changes?" in turn, and Cancel
 * there stops the quit with every window left open. The session's end
 * (#GtkApplication::query-end, with register-session) asks the same and
 * holds the logout back while a window still has changes.
 *
 * SIGTERM, SIGINT and SIGHUP (what shutdown, Ctrl+C and a closed terminal
 * send) leave no time to ask: each changed document's answers go to its
 * recovery file beside it (cr_session_write_recovery()), which the next
 * opening of the document offers, and so do each edited roster's rows
 * (cr_roster_window_write_recovery()); the draft is written, and every
 * window is closed without asking.
 */
#include "config.h"

#include <signal.h>

#include <glib-unix.h>
#include <glib/gi18n-lib.h>

#include "cr-about.h"
#include "cr-application.h"
#include "cr-bench.h"
#include "cr-cli-options.h"
#include "cr-i18n.h"
#include "cr-language-menu.h"
#include "cr-quote.h"
#include "cr-roster-window.h"
#include "cr-scoring-dialog.h"
#include "cr-window.h"

struct _CrApplication
{
  AdwApplication parent_instance;

  /* While GApplication handles the command line: what is left of it once
   * the options are taken out, the program and the files. */
  char ***arguments;

  /* The draft every wizard window of this process keeps its answers in:
   * made when the first one needs it, held by their sessions, and gone
   * with the last, which releases the folder's lock. */
  CrDraft *draft;

  /* The g_unix_signal_add() sources of the primary instance: SIGTERM,
   * SIGINT, SIGHUP. */
  guint signal_sources[3];

  /* While Quit asks the windows in turn. */
  gboolean quitting;

  /* Where the last file was chosen, or the last folder: where the next
   * file chooser of any window starts. */
  GFile *last_folder;
};

G_DEFINE_FINAL_TYPE (CrApplication, cr_application, ADW_TYPE_APPLICATION)

enum
{
  PROP_0,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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
  int status = cr_cli_options_handle (options, self->arguments != NULL ? *self->arguments : NULL);

  if (status >= 0)
    return status;

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

/* The exports an earlier run had to stop, said once. */
static void
show_stopped_exports (GtkWindow *window)
{
  g_auto(GStrv) uris = cr_roster_take_stopped_exports (NULL);

  for (guint i = 0; uris != NULL && uris[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (uris[i]);
      g_autofree char *name = cr_quote_file_name (file);
      /* Translators: shown at the start after the app was quit (or the
       * roster's window closed) while it exported a roster, e.g. “The
       * export to “r-results.jsonl” was stopped before it was finished;
       * the file was left as it was” */
      g_autofree char *text = g_strdup_printf (_("The export to “%s” was stopped before it was "
                                                 "finished; the file was left as it was"), name);

      g_message ("%s", text);
      cr_window_toast (CR_WINDOW (window), text);
    }
}

static void
cr_application_activate (GApplication *application)
{
  GtkWindow *window = ensure_window (CR_APPLICATION (application));

  gtk_window_present (window);
  show_stopped_exports (window);
}

static void
open_roster (GtkWindow *window,
             GFile     *file)
{
  cr_roster_window_open (CR_ROSTER_WINDOW (window), file);
}

/* A roster window for a roster: the active one if it shows none yet (nor
 * one read from a stream and edited), otherwise a new one. */
static CrRosterWindow *
roster_window (CrApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (CR_IS_ROSTER_WINDOW (window) &&
      cr_roster_window_get_file (CR_ROSTER_WINDOW (window)) == NULL &&
      !cr_roster_window_get_busy (CR_ROSTER_WINDOW (window)) &&
      !cr_roster_window_get_unsaved (CR_ROSTER_WINDOW (window)))
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
          if (!cr_bench_open_roster (GTK_WINDOW (window), files[i], open_roster))
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
        {
          g_autofree char *name = cr_quote_file_path (files[i]);

          g_warning ("Only the first result document is opened; %s is not", name);
        }
    }
}

/* Closes every window without asking and quits. Closing each window
 * lets it write its draft; an export running is stopped first, its file
 * left as it was (the process would end in the middle of it). */
static void
quit_now (CrApplication *self)
{
  GtkApplication *application = GTK_APPLICATION (self);
  GList *windows = g_list_copy_deep (gtk_application_get_windows (application),
                                     (GCopyFunc) (void (*) (void)) g_object_ref, NULL);

  self->quitting = FALSE;

  /* The application's own list changes as they close, and a window takes
   * its dialogs with it: go through a copy, and skip those already gone. */
  for (GList *l = windows; l != NULL; l = l->next)
    if (g_list_find (gtk_application_get_windows (application), l->data) != NULL)
      {
        if (CR_IS_ROSTER_WINDOW (l->data))
          cr_roster_window_stop_export (l->data);
        gtk_window_destroy (l->data);
      }
  g_list_free_full (windows, g_object_unref);

  g_application_quit (G_APPLICATION (application));
}

/* A document, or a roster, changed and not saved. */
static gboolean
is_unsaved (GtkWindow *window)
{
  return (CR_IS_WINDOW (window) && cr_window_get_unsaved (CR_WINDOW (window))) ||
         (CR_IS_ROSTER_WINDOW (window) && cr_roster_window_get_unsaved (CR_ROSTER_WINDOW (window)));
}

/* The first window with changes not saved. */
static GtkWindow *
find_unsaved (CrApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (is_unsaved (l->data))
      return l->data;

  return NULL;
}

static void ask_next (CrApplication *self);

static gboolean
ask_next_cb (gpointer user_data)
{
  ask_next (CR_APPLICATION (user_data));

  return G_SOURCE_REMOVE;
}

static void
asked_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(CrApplication) self = CR_APPLICATION (user_data);
  gboolean closed = CR_IS_WINDOW (source)
                     ? cr_window_ask_to_close_finish (CR_WINDOW (source), result)
                     : cr_roster_window_ask_to_close_finish (CR_ROSTER_WINDOW (source), result);

  /* Cancel, or a save that failed: everything stays open. */
  if (!closed)
    {
      self->quitting = FALSE;
      return;
    }

  /* Once the window is out of the application's list. */
  g_idle_add_full (G_PRIORITY_DEFAULT, ask_next_cb, g_object_ref (self), g_object_unref);
}

/* Asks the windows with changes one at a time, as their close buttons
 * would, then quits. */
static void
ask_next (CrApplication *self)
{
  GtkWindow *window;

  if (!self->quitting)
    return;

  if ((window = find_unsaved (self)) == NULL)
    {
      quit_now (self);
      return;
    }

  gtk_window_present (window);
  if (CR_IS_WINDOW (window))
    cr_window_ask_to_close (CR_WINDOW (window), asked_cb, g_object_ref (self));
  else
    cr_roster_window_ask_to_close (CR_ROSTER_WINDOW (window), asked_cb, g_object_ref (self));
}

static void
quit_action (GSimpleAction *action G_GNUC_UNUSED,
             GVariant      *parameter G_GNUC_UNUSED,
             gpointer       user_data)
{
  CrApplication *self = CR_APPLICATION (user_data);

  /* Asking already: the question stays where it is. */
  if (self->quitting)
    return;

  self->quitting = TRUE;
  ask_next (self);
}

/* The session is about to end: each window with changes holds it back and
 * asks, as Quit does, so that the desktop's logout dialog names the app
 * and the user can answer. */
static void
query_end_cb (GtkApplication *application)
{
  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    if (is_unsaved (l->data))
      {
        if (CR_IS_WINDOW (l->data))
          cr_window_inhibit_logout (l->data);
        else
          cr_roster_window_inhibit_logout (l->data);
        gtk_window_present (l->data);
        gtk_window_close (l->data);
      }
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
  cr_scoring_dialog_show (gtk_application_get_active_window (GTK_APPLICATION (user_data)));
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

/* The wizard's window, the one that keeps the draft: there is one at most,
 * since two would write the same draft over each other. */
static GtkWindow *
find_wizard_window (CrApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (CR_IS_WINDOW (l->data) &&
        cr_session_get_keeps_draft (cr_window_get_session (CR_WINDOW (l->data))))
      return l->data;

  return NULL;
}

/* New is the way to a questionnaire from anywhere, a document's window
 * above all, which has no welcome page of its own: it brings up the
 * wizard's window, as it is, or opens one on its welcome page (with
 * Resume when a draft is kept, as at start). */
static void
new_action (GSimpleAction *action G_GNUC_UNUSED,
            GVariant      *parameter G_GNUC_UNUSED,
            gpointer       user_data)
{
  CrApplication *self = CR_APPLICATION (user_data);
  GtkWindow *window = find_wizard_window (self);

  if (window == NULL)
    window = GTK_WINDOW (cr_window_new (self));

  gtk_window_present (window);
}

static const GActionEntry app_entries[] = {
  { "quit", quit_action, NULL, NULL, NULL, { 0 } },
  { "new", new_action, NULL, NULL, NULL, { 0 } },
  { "open-roster", open_roster_action, NULL, NULL, NULL, { 0 } },
  { "about", about_action, NULL, NULL, NULL, { 0 } },
  { "scoring", scoring_action, NULL, NULL, NULL, { 0 } },
};

/* No time to ask: what would be lost is kept, and the app quits. */
static gboolean
quit_on_signal_cb (gpointer user_data)
{
  CrApplication *self = CR_APPLICATION (user_data);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (CR_IS_WINDOW (l->data))
      {
        CrSession *session = cr_window_get_session (l->data);
        g_autoptr(GError) error = NULL;

        if (!cr_window_write_recovery (l->data, &error))
          {
            g_autofree char *name = cr_quote_file_path (cr_session_get_file (session));

            g_message ("Cannot keep the changes to %s: %s", name, error->message);
          }
        g_clear_error (&error);
        if (!cr_session_flush_draft (session, &error))
          g_message ("Cannot save the draft: %s", error->message);
      }
    else if (CR_IS_ROSTER_WINDOW (l->data))
      {
        g_autoptr(GError) error = NULL;

        if (!cr_roster_window_write_recovery (l->data, &error))
          {
            g_autofree char *name = cr_quote_file_path (cr_roster_window_get_file (l->data));

            g_message ("Cannot keep the changes to %s: %s", name, error->message);
          }
      }

  quit_now (self);

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
  static const char *new_accels[] = { "<Primary>n", NULL };
  static const char *open_accels[] = { "<Primary>o", NULL };
  static const char *help_accels[] = { "<Primary>question", NULL };

  G_APPLICATION_CLASS (cr_application_parent_class)->startup (application);

  /* The icon the window list shows on X11, where it comes from the window
   * rather than from the desktop file. */
  gtk_window_set_default_icon_name (APP_ID);

  /* Before the first window is built: the language kept in the settings. */
  cr_language_menu_install (self);

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_entries,
                                   G_N_ELEMENTS (app_entries), application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.new", new_accels);
  /* The window binds the key itself; this shows it in the menu. */
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.open", open_accels);
  /* GTK sets this one only for a gtk/help-overlay.ui resource, which the
   * window builds itself when first asked for (see cr-window.c). */
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.show-help-overlay",
                                         help_accels);

  for (guint i = 0; i < G_N_ELEMENTS (quit_signals); i++)
    self->signal_sources[i] = g_unix_signal_add (quit_signals[i], quit_on_signal_cb, self);

  g_signal_connect (application, "query-end", G_CALLBACK (query_end_cb), NULL);
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
cr_application_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CrApplication *self = CR_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      g_value_set_string (value, cr_application_get_language (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_application_finalize (GObject *object)
{
  CrApplication *self = CR_APPLICATION (object);

  g_clear_object (&self->last_folder);

  G_OBJECT_CLASS (cr_application_parent_class)->finalize (object);
}

static void
cr_application_class_init (CrApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->get_property = cr_application_get_property;
  object_class->finalize = cr_application_finalize;

  /**
   * CrApplication:language:
   *
   * The interface language chosen in the app, "" for the system's: what
   * every window's words are in. Notified after each switch, once gettext
   * and the text direction follow it.
   */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

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
  cr_cli_options_add (G_APPLICATION (self));
}

CrApplication *
cr_application_new (void)
{
  return g_object_new (CR_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PREFIX,
                       /* For query-end. */
                       "register-session", TRUE,
                       NULL);
}

/**
 * cr_application_get_language:
 *
 * Returns: the interface language chosen in the app, "" for the system's
 */
const char *
cr_application_get_language (CrApplication *self)
{
  g_return_val_if_fail (CR_IS_APPLICATION (self), "");

  return cr_i18n_get_choice ();
}

/**
 * cr_application_set_language:
 * @code: a language code of cr_i18n_get_languages(), or "" for the system's
 *
 * Switches the interface to @code: gettext, the default text direction,
 * then every window, which follows CrApplication:language.
 *
 * Returns: whether the language is now @code; %FALSE with @error set when
 *   it cannot be shown (see cr_i18n_set_language())
 */
gboolean
cr_application_set_language (CrApplication *self,
                             const char    *code,
                             GError       **error)
{
  g_return_val_if_fail (CR_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (code != NULL, FALSE);

  if (!cr_i18n_set_language (code, error))
    return FALSE;

  gtk_widget_set_default_direction (cr_i18n_is_rtl () ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);

  /* GTK's window controls (Minimize, Maximize, Close) are named once, as
   * they are built, and built again only when the decoration layout or the
   * window's state changes: say the layout changed, for them to be built
   * again with names in the new language. */
  g_object_notify (G_OBJECT (gtk_settings_get_default ()), "gtk-decoration-layout");

  return TRUE;
}

static void
follow_application_cb (GtkWindow    *window,
                       GParamSpec   *pspec G_GNUC_UNUSED,
                       GSignalGroup *group)
{
  GtkApplication *application = gtk_window_get_application (window);

  g_signal_group_set_target (group, CR_IS_APPLICATION (application) ? application : NULL);
}

/**
 * cr_application_follow_language:
 * @window: a window of the app, from its init
 * @retranslate: (scope notified): what builds @window's texts again, called
 *   as `retranslate (window)`
 *
 * Calls @retranslate whenever the language of @window's application
 * changes, for as long as @window has that application, whichever it is
 * given and when.
 */
void
cr_application_follow_language (GtkWindow *window,
                                GCallback  retranslate)
{
  GSignalGroup *group;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (retranslate != NULL);

  group = g_signal_group_new (CR_TYPE_APPLICATION);
  g_signal_group_connect_object (group, "notify::language", retranslate, window,
                                 G_CONNECT_SWAPPED);
  g_object_set_data_full (G_OBJECT (window), "cr-application-language", group, g_object_unref);
  g_signal_connect_object (window, "notify::application", G_CALLBACK (follow_application_cb),
                           group, 0);
  follow_application_cb (window, NULL, group);
}

/**
 * cr_application_get_draft:
 *
 * Returns: (transfer full): the draft that the wizard's windows of this
 *   process share, in the user's state folder; the application keeps it
 *   for as long as one of them holds it
 */
CrDraft *
cr_application_get_draft (CrApplication *self)
{
  g_return_val_if_fail (CR_IS_APPLICATION (self), NULL);

  if (self->draft == NULL)
    {
      CrDraft *draft = cr_draft_new (NULL);

      g_set_weak_pointer (&self->draft, draft);
      return draft;
    }

  return g_object_ref (self->draft);
}

/**
 * cr_application_get_last_folder:
 *
 * Returns: (transfer none) (nullable): the folder the last file chooser of
 *   this application ended in, or %NULL before the first
 */
GFile *
cr_application_get_last_folder (CrApplication *self)
{
  g_return_val_if_fail (CR_IS_APPLICATION (self), NULL);

  return self->last_folder;
}

/**
 * cr_application_set_last_folder:
 * @folder: the folder a file chooser ended in
 *
 * Keeps @folder for the next file chooser, in whichever window.
 */
void
cr_application_set_last_folder (CrApplication *self,
                                GFile         *folder)
{
  g_return_if_fail (CR_IS_APPLICATION (self));
  g_return_if_fail (G_IS_FILE (folder));

  g_set_object (&self->last_folder, folder);
}
