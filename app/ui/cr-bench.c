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
 *
 * build-aux/bench-roster-frames.sh runs the app with CR_BENCH_ROSTER_FRAMES=1
 * and a roster to open. The roster window is then shown empty, made to
 * draw every frame (a tick callback queues a redraw each frame, as a
 * spinner would), so that a frame the main loop was too busy to paint
 * shows as a gap; 300 ms after its first frame the roster is opened in it,
 * as from the Open dialog. The time of every frame painted is noted
 * through the frame clock's "after-paint" from the open on, and when the
 * roster has loaded (the window is no longer busy) it prints
 *
 *   max-frame-gap-ms 48.2 p99-frame-gap-ms 17.1 frames 812 load-ms 13822.0
 *
 * the longest and the 99th percentile of the times between two painted
 * frames, the number of frames, and the time from the open to the end of
 * the loading; then exits. With CR_BENCH_ROSTER_FRAMES_MS=N, the frames are
 * counted for N ms from the open at least, even if the roster loads
 * sooner: a tiny roster then gives the floor of frame gaps of the display. With CR_BENCH_ROSTER_TYPED=1 as well, it then
 * also prints what the search entry holds, as
 *
 *   search-text "abc" first-change-ms 812.5
 *
 * and when its text changed first since the open: keys typed in the window
 * mid-load, which build-aux/bench-roster-frames.sh sends with xdotool as
 * soon as the line "roster-opened" says the roster is being opened.
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

typedef struct
{
  GtkWidget *window;
  GFile     *file;
  CrBenchOpenRoster open;
  GtkWidget *entry;
  GArray    *frames;
  gint64     opened_at;
  gint64     changed_at;
  gint64     loaded_at;
  gint64     not_busy_at;
  gboolean   loading_seen;
} Frames;

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

static int
compare_gaps (gconstpointer a,
              gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static void
frames_report (Frames *self)
{
  gint64 now = g_get_monotonic_time ();
  guint n = self->frames->len;
  g_autoptr(GArray) gaps = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);
  double max_ms = 0;
  double p99_ms = 0;

  for (guint i = 1; i < n; i++)
    {
      gint64 gap = g_array_index (self->frames, gint64, i) -
                   g_array_index (self->frames, gint64, i - 1);

      g_array_append_val (gaps, gap);
    }
  /* The end of the loading may come long after the last frame. */
  if (n > 0)
    {
      gint64 gap = now - g_array_index (self->frames, gint64, n - 1);

      g_array_append_val (gaps, gap);
    }
  g_array_sort (gaps, compare_gaps);
  if (gaps->len > 0)
    {
      guint p99 = (gaps->len - 1) * 99 / 100;

      max_ms = (double) g_array_index (gaps, gint64, gaps->len - 1) / 1e3;
      p99_ms = (double) g_array_index (gaps, gint64, p99) / 1e3;
    }

  fprintf (stderr, "max-frame-gap-ms %.1f p99-frame-gap-ms %.1f frames %u load-ms %.1f\n",
           max_ms, p99_ms, n, (double) (self->loaded_at - self->opened_at) / 1e3);

  if (g_strcmp0 (g_getenv ("CR_BENCH_ROSTER_TYPED"), "1") == 0)
    {
      const char *text = self->entry != NULL ? gtk_editable_get_text (GTK_EDITABLE (self->entry))
                                             : "";

      fprintf (stderr, "search-text \"%s\" first-change-ms %.1f\n", text,
               self->changed_at > 0 ? (double) (self->changed_at - self->opened_at) / 1e3
                                    : -1.0);
    }

  bench_exit ();
}

static gboolean
frames_report_cb (gpointer data)
{
  frames_report (data);

  return G_SOURCE_REMOVE;
}

static gboolean
frames_open (gpointer data)
{
  Frames *self = data;

  self->opened_at = g_get_monotonic_time ();
  /* The gaps are counted from the open on. */
  g_array_set_size (self->frames, 0);
  g_array_append_val (self->frames, self->opened_at);
  self->open (GTK_WINDOW (self->window), self->file);
  /* For the keys to be typed now. */
  if (g_strcmp0 (g_getenv ("CR_BENCH_ROSTER_TYPED"), "1") == 0)
    {
      fprintf (stderr, "roster-opened\n");
      fflush (stderr);
    }

  return G_SOURCE_REMOVE;
}

static void
frames_after_paint (GdkFrameClock *clock G_GNUC_UNUSED,
                    gpointer       data)
{
  Frames *self = data;
  gint64 now = g_get_monotonic_time ();

  /* Let the empty window settle before the open. */
  if (self->opened_at == 0 && self->frames->len == 0)
    g_timeout_add (300, frames_open, self);

  g_array_append_val (self->frames, now);
}

static gboolean
frames_tick (GtkWidget     *widget,
             GdkFrameClock *clock G_GNUC_UNUSED,
             gpointer       data G_GNUC_UNUSED)
{
  gtk_widget_queue_draw (widget);

  return G_SOURCE_CONTINUE;
}

/* No longer busy, and still not once the main loop is idle again: the
 * window is busy while it reads a roster's header row, then again while
 * it reads the roster, and says it is not in between. */
static gboolean
frames_idle (gpointer data)
{
  Frames *self = data;
  gboolean busy;

  g_object_get (self->window, "busy", &busy, NULL);
  if (!busy && self->loaded_at == 0)
    {
      const char *least = g_getenv ("CR_BENCH_ROSTER_FRAMES_MS");
      gint64 left_ms;

      self->loaded_at = self->not_busy_at;
      left_ms = least != NULL ? g_ascii_strtoll (least, NULL, 10) -
                                (self->loaded_at - self->opened_at) / 1000
                              : 0;
      if (left_ms > 0)
        g_timeout_add ((guint) left_ms, frames_report_cb, self);
      else
        frames_report (self);
    }

  return G_SOURCE_REMOVE;
}

static void
frames_busy (GObject    *window,
             GParamSpec *pspec G_GNUC_UNUSED,
             gpointer    data)
{
  Frames *self = data;
  gboolean busy;

  g_object_get (window, "busy", &busy, NULL);
  if (busy)
    self->loading_seen = TRUE;
  else if (self->loading_seen)
    {
      self->not_busy_at = g_get_monotonic_time ();
      g_idle_add (frames_idle, self);
    }
}

static void
frames_realized (GtkWidget *window,
                 gpointer   data)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (frames_after_paint), data);
  gtk_widget_add_tick_callback (window, frames_tick, NULL, NULL);
  g_signal_handlers_disconnect_by_func (window, frames_realized, data);
}

static void
search_changed (GtkEditable *entry G_GNUC_UNUSED,
                gpointer     data)
{
  Frames *self = data;

  if (self->changed_at == 0)
    self->changed_at = g_get_monotonic_time ();
}

/* The search entry is the first GtkSearchEntry under @top, in a walk of
 * its widgets in order. */
static GtkWidget *
find_search_entry (GtkWidget *top)
{
  GtkWidget *widget = top;

  while (widget != NULL && !GTK_IS_SEARCH_ENTRY (widget))
    {
      GtkWidget *next = gtk_widget_get_first_child (widget);

      /* Else the next sibling of the widget, or of its nearest parent
       * under @top that has one. */
      while (next == NULL && widget != top)
        {
          next = gtk_widget_get_next_sibling (widget);
          if (next == NULL)
            widget = gtk_widget_get_parent (widget);
        }
      widget = next;
    }

  return widget;
}

/**
 * cr_bench_open_roster:
 * @window: a roster window, shown empty
 * @file: the roster to open in it
 * @open: what opens @file in @window
 *
 * Does nothing unless CR_BENCH_ROSTER_FRAMES=1 is in the environment; see
 * above. Only the first call counts.
 *
 * Returns: %TRUE if @file is to be opened by @open later on, %FALSE if
 *   the caller is to open it
 */
gboolean
cr_bench_open_roster (GtkWindow         *window,
                      GFile             *file,
                      CrBenchOpenRoster  open)
{
  static gboolean watching;
  Frames *self;

  g_return_val_if_fail (GTK_IS_WINDOW (window), FALSE);

  if (watching || g_strcmp0 (g_getenv ("CR_BENCH_ROSTER_FRAMES"), "1") != 0)
    return FALSE;
  watching = TRUE;

  self = g_new0 (Frames, 1);
  self->window = GTK_WIDGET (window);
  self->file = g_object_ref (file);
  self->open = open;
  self->frames = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_signal_connect (window, "notify::busy", G_CALLBACK (frames_busy), self);
  self->entry = find_search_entry (GTK_WIDGET (window));
  if (self->entry != NULL)
    g_signal_connect (self->entry, "changed", G_CALLBACK (search_changed), self);

  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    frames_realized (GTK_WIDGET (window), self);
  else
    g_signal_connect (window, "realize", G_CALLBACK (frames_realized), self);

  return TRUE;
}
