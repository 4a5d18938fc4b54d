/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-roster-window.c: a roster opened in the roster window, timed
 *
 * bench-roster-window ROSTER [--cancel-after MS]
 *
 * Shows an empty roster window, waits for its first frame and notes the
 * resident memory; then opens ROSTER and prints, on one line:
 *   first_rows_ms   from the open to the end of the first frame that shows
 *                   rows
 *   scored_ms       from the open to the whole roster read and scored
 *   rss_above_mib   resident memory then, above the empty window's
 *   rows            the rows in the table
 * With --cancel-after, Cancel is pressed that long after the open, and the
 * line says instead how many rows the table held then and holds after,
 * which must be the same, and how long the window took from Cancel to no
 * longer busy (the reading thread stopped).
 * With --export FILE, the whole roster is then exported as JSON Lines to
 * FILE, and the line says how long that took and the most resident memory
 * it used above what the window held before it. Used by
 * build-aux/bench-roster.sh; not a test.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <adwaita.h>

#include "cr-roster-window.h"

static CrRosterWindow *window;
static GFile *file;
static gint64 opened_at;
static gint64 first_rows_at;
static gint64 scored_at;
static gint64 not_busy_at;
static long rss_empty;
static guint cancel_after;
static guint rows_at_cancel;
static gint64 cancelled_at;
static GMainLoop *loop;
static const char *export_path;

/* The creators the table shows, from the window's template. */
static GListModel *
shown (void)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                        CR_TYPE_ROSTER_WINDOW,
                                                                        "column_view"));

  return gtk_single_selection_get_model (GTK_SINGLE_SELECTION (gtk_column_view_get_model (view)));
}

/* The roster's rows, under the table's sort and filters. */
static guint
roster_rows (void)
{
  GListModel *filtered = gtk_sort_list_model_get_model (GTK_SORT_LIST_MODEL (shown ()));
  GListModel *roster = gtk_filter_list_model_get_model (GTK_FILTER_LIST_MODEL (filtered));

  return g_list_model_get_n_items (roster);
}

static long
rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmRSS:")) == NULL)
    return 0;

  return strtol (line + strlen ("VmRSS:"), NULL, 10);
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data G_GNUC_UNUSED)
{
  if (first_rows_at == 0 &&
      g_list_model_get_n_items (shown ()) > 0)
    {
      first_rows_at = g_get_monotonic_time ();

      g_signal_handlers_disconnect_by_func (clock, after_paint_cb, NULL);
    }
}

/* Resets VmHWM, so that it then says the peak of what follows. */
static void
reset_peak (void)
{
  g_file_set_contents ("/proc/self/clear_refs", "5", -1, NULL);
}

static long
peak_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmHWM:")) == NULL)
    return 0;

  return strtol (line + strlen ("VmHWM:"), NULL, 10);
}

/* No longer busy, and still not once the main loop is idle again: the
 * window is busy while it reads a roster's header row, then again while
 * it reads the roster, and says it is not in between. */
static gboolean
idle_cb (gpointer user_data G_GNUC_UNUSED)
{
  if (!cr_roster_window_get_busy (window) && scored_at == 0)
    {
      scored_at = not_busy_at;
      g_main_loop_quit (loop);
    }

  return G_SOURCE_REMOVE;
}

static void
busy_cb (GObject    *object G_GNUC_UNUSED,
         GParamSpec *pspec G_GNUC_UNUSED,
         gpointer    user_data G_GNUC_UNUSED)
{
  if (!cr_roster_window_get_busy (window) && scored_at == 0)
    {
      not_busy_at = g_get_monotonic_time ();
      g_idle_add (idle_cb, NULL);
    }
}

static gboolean
cancel_cb (gpointer user_data G_GNUC_UNUSED)
{
  rows_at_cancel = roster_rows ();
  cancelled_at = g_get_monotonic_time ();
  /* As the Cancel button does. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel", NULL);

  return G_SOURCE_REMOVE;
}

static gboolean
open_cb (gpointer user_data G_GNUC_UNUSED)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));

  rss_empty = rss_kib ();
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
  g_signal_connect (window, "notify::busy", G_CALLBACK (busy_cb), NULL);

  opened_at = g_get_monotonic_time ();
  cr_roster_window_open (window, file);
  if (cancel_after > 0)
    g_timeout_add (cancel_after, cancel_cb, NULL);

  return G_SOURCE_REMOVE;
}

static void
first_frame_cb (GdkFrameClock *clock,
                gpointer       user_data G_GNUC_UNUSED)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_cb, NULL);
  /* Let the empty window settle before measuring it. */
  g_timeout_add (300, open_cb, NULL);
}

static void
map_cb (GtkWidget *widget)
{
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                    G_CALLBACK (first_frame_cb), NULL);
}

static void
activate_cb (GApplication *application)
{
  window = cr_roster_window_new (GTK_APPLICATION (application));
  g_signal_connect (window, "map", G_CALLBACK (map_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) application = NULL;
  guint rows;

  if (argc < 2)
    {
      fprintf (stderr, "usage: bench-roster-window ROSTER [--cancel-after MS]\n");
      return 2;
    }
  if (argc == 4 && g_str_equal (argv[2], "--cancel-after"))
    cancel_after = (guint) atoi (argv[3]);
  if (argc == 4 && g_str_equal (argv[2], "--export"))
    export_path = argv[3];

  file = g_file_new_for_commandline_arg (argv[1]);
  loop = g_main_loop_new (NULL, FALSE);

  application = adw_application_new ("io.github.creatorrole.BenchRoster", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (application, "activate", G_CALLBACK (activate_cb), NULL);
  g_application_register (G_APPLICATION (application), NULL, NULL);
  g_application_activate (G_APPLICATION (application));
  g_main_loop_run (loop);

  rows = roster_rows ();
  if (export_path != NULL)
    {
      g_autoptr(GFile) out = g_file_new_for_path (export_path);
      long before = rss_kib ();
      gint64 start = g_get_monotonic_time ();

      reset_peak ();
      cr_roster_window_export (window, out, CR_ROSTER_FORMAT_JSONL);
      while (cr_roster_window_get_busy (window))
        g_main_context_iteration (NULL, TRUE);
      printf ("export_ms %.1f export_peak_above_mib %.1f rows %u\n",
              (double) (g_get_monotonic_time () - start) / 1000.0,
              (double) (peak_kib () - before) / 1024.0, rows);
    }
  else if (cancel_after > 0)
    printf ("cancel_after_ms %u rows_at_cancel %u rows_after %u cancel_to_idle_ms %.1f\n",
            cancel_after, rows_at_cancel, rows, (double) (scored_at - cancelled_at) / 1000.0);
  else
    printf ("first_rows_ms %.1f scored_ms %.1f rss_above_mib %.1f rows %u\n",
            (double) (first_rows_at - opened_at) / 1000.0,
            (double) (scored_at - opened_at) / 1000.0,
            (double) (rss_kib () - rss_empty) / 1024.0, rows);

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (file);

  return 0;
}
