/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "cr-application.h"
#include "cr-cli.h"
#include "cr-i18n.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CrApplication) app = NULL;

  /* Before anything opens a descriptor. */
  cr_cli_guard_standard_streams ();

  cr_i18n_init ();
  /* The locale is set: GTK must not set it again, to C when LANG is C or
   * unset, since glibc then ignores LANGUAGE and no language switch shows. */
  gtk_disable_setlocale ();

  app = cr_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
