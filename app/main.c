/* SPDX-License-Identifier: GPL-3.0-or-later */
/* main.c: the program, with its window or, where the build has none, the
 * command line alone (cr-cli-options.c) */
#include "config.h"

#include "cr-cli.h"
#include "cr-i18n.h"

#if HAVE_WINDOW
#include "cr-application.h"
#else
#include "cr-cli-options.h"
#endif

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GApplication) app = NULL;

  /* Before anything opens a descriptor. */
  cr_cli_guard_standard_streams ();

  cr_i18n_init ();

#if HAVE_WINDOW
  /* The locale is set: GTK must not set it again (see cr-i18n.c). */
  gtk_disable_setlocale ();
  app = G_APPLICATION (cr_application_new ());
#else
  app = cr_cli_application_new ();
#endif

  return g_application_run (app, argc, argv);
}
