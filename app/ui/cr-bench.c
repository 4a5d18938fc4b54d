/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-bench.c: start-up and language-switch timing, for measuring only
 *
 * build-aux/bench-startup.sh runs the app and a bare AdwApplication window
 * (tests/bench/bench-bare-window.c, which shares this file) with
 * CR_BENCH_FIRST_FRAME=1. The first frame the window paints then ends the
 * process: it prints on standard error
 *
 *   first-frame-ms 212.4 rss-kb 61234
 *
 * the time from the process's start to the end of that frame's paint, and
 * the peak resident memory so far (VmHWM), then exits at once, leaving no
 * draft or setting behind. Without the variable this file does nothing.
 *
 * With CR_BENCH_LANGUAGES=fr,en,… as well, the process does not exit at the
 * first frame: it chooses each language in turn through the app.language
 * action, and prints for each
 *
 *   language-switch-ms fr 18.7
 *
 * the time from the choice to the end of the next frame's paint, that of
 * the rebuilt window, then exits.
 *
 * The process's start: when the launcher (tests/bench/bench-exec.c) put
 * CR_BENCH_EXEC_NS in the environment, that is the CLOCK_BOOTTIME time of
 * the exec call, in nanoseconds; otherwise the kernel's start time of the
 * process, from /proc/self/stat, which counts in clock ticks since boot,
 * that is on the same clock but only to a tick (10 ms, usually).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cr-bench.h"

typedef struct
{
  GtkApplication *application;
  char          **languages;
  guint           next_language;
  gint64          chosen_ns;
} Bench;

static gint64
boottime_ns (void)
{
  struct timespec now;

  clock_gettime (CLOCK_BOOTTIME, &now);

  return (gint64) now.tv_sec * G_GINT64_CONSTANT (1000000000) + now.tv_nsec;
}

static gint64
process_start_ns (void)
{
  const char *exec_ns = g_getenv ("CR_BENCH_EXEC_NS");
  g_autofree char *stat = NULL;
  g_auto(GStrv) fields = NULL;
  const char *after_name;
  long ticks = sysconf (_SC_CLK_TCK);

  if (exec_ns != NULL)
    return g_ascii_strtoll (exec_ns, NULL, 10);

  /* Field 2, the name, is in parentheses and may hold spaces: count the
   * fields after its closing one. Field 22 is the start time. */
  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL) ||
      (after_name = strrchr (stat, ')')) == NULL || ticks <= 0)
    return 0;

  fields = g_strsplit (after_name + 2, " ", -1);
  if (g_strv_length (fields) < 20)
    return 0;

  return g_ascii_strtoll (fields[19], NULL, 10) * (G_GINT64_CONSTANT (1000000000) / ticks);
}

/* The peak resident set size so far, in KiB. */
static guint64
peak_rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "\nVmHWM:")) == NULL)
    return 0;

  return g_ascii_strtoull (line + strlen ("\nVmHWM:"), NULL, 10);
}

static void
bench_exit (void)
{
  fflush (stderr);
  _exit (0);
}

static gboolean choose_next_language (gpointer data);

static void
after_language_paint (GdkFrameClock *clock,
                      gpointer       data)
{
  Bench *self = data;

  fprintf (stderr, "language-switch-ms %s %.1f\n", self->languages[self->next_language - 1],
           (double) (boottime_ns () - self->chosen_ns) / 1e6);

  g_signal_handlers_disconnect_by_func (clock, after_language_paint, data);

  /* Let the window settle before the next choice. */
  g_timeout_add (100, choose_next_language, self);
}

static gboolean
choose_next_language (gpointer data)
{
  Bench *self = data;
  GtkWindow *window = gtk_application_get_active_window (self->application);
  GdkFrameClock *clock;
  const char *code;

  if (self->languages[self->next_language] == NULL || window == NULL)
    bench_exit ();

  code = self->languages[self->next_language++];
  self->chosen_ns = boottime_ns ();
  g_action_group_activate_action (G_ACTION_GROUP (self->application), "language",
                                  g_variant_new_string (code));

  /* The window may have been rebuilt, surface and all. */
  window = gtk_application_get_active_window (self->application);
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_language_paint), self);
  gtk_widget_queue_draw (GTK_WIDGET (window));

  return G_SOURCE_REMOVE;
}

static void
after_first_paint (GdkFrameClock *clock,
                   gpointer       data)
{
  Bench *self = data;
  gint64 now = boottime_ns ();
  gint64 start = process_start_ns ();

  fprintf (stderr, "first-frame-ms %.1f rss-kb %" G_GUINT64_FORMAT "\n",
           start > 0 ? (double) (now - start) / 1e6 : -1.0, peak_rss_kb ());

  g_signal_handlers_disconnect_by_func (clock, after_first_paint, data);

  if (self->languages == NULL || self->application == NULL)
    bench_exit ();

  g_timeout_add (100, choose_next_language, self);
}

static void
window_realized (GtkWidget *window,
                 gpointer   data)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_first_paint), data);
  g_signal_handlers_disconnect_by_func (window, window_realized, data);
}

/**
 * cr_bench_watch_first_frame:
 * @window: the first window, before it is shown
 *
 * Does nothing unless CR_BENCH_FIRST_FRAME=1 is in the environment; see
 * above. Only the first call counts.
 */
void
cr_bench_watch_first_frame (GtkWindow *window)
{
  static gboolean watching;
  const char *languages;
  Bench *self;

  g_return_if_fail (GTK_IS_WINDOW (window));

  if (watching || g_strcmp0 (g_getenv ("CR_BENCH_FIRST_FRAME"), "1") != 0)
    return;
  watching = TRUE;

  self = g_new0 (Bench, 1);
  self->application = gtk_window_get_application (window);
  languages = g_getenv ("CR_BENCH_LANGUAGES");
  if (languages != NULL && *languages != '\0')
    self->languages = g_strsplit (languages, ",", -1);

  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    window_realized (GTK_WIDGET (window), self);
  else
    g_signal_connect (window, "realize", G_CALLBACK (window_realized), self);
}
