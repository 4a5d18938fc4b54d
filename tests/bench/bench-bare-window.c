/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-bare-window.c: the floor for Creator Role's start-up
 *
 * An AdwApplication that opens one AdwApplicationWindow of the app's
 * default size with a header bar and nothing else, built in the same tree
 * with the same flags, and measured by the same code (app/ui/cr-bench.c):
 * build-aux/bench-startup.sh runs it with CR_BENCH_FIRST_FRAME=1 beside
 * creator-role, to see what the app adds to what GTK and libadwaita cost.
 */
#include "config.h"

#include <adwaita.h>

#include "cr-bench.h"

static void
activate (GApplication *application)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (application));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   adw_window_title_new ("Bare window", NULL));
  gtk_box_append (GTK_BOX (box), header);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 720, 760);

  cr_bench_watch_first_frame (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) application =
    adw_application_new (APP_ID ".BenchBare", G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (application, "activate", G_CALLBACK (activate), NULL);

  return g_application_run (G_APPLICATION (application), argc, argv);
}
