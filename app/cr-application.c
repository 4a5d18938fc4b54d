/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-application.c: the application: command-line options, actions, windows
 *
 * `--score` is handled in handle-local-options, before the application
 * registers or touches a display, so that scoring works on a server.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cr-application.h"
#include "cr-cli.h"
#include "cr-i18n.h"
#include "cr-window.h"

struct _CrApplication
{
  AdwApplication parent_instance;
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
  { "language", 'l', G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Use language LL (en, fr, de, es, ar) for the interface and the result’s texts"),
    N_("LL") },
  { "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { NULL }
};

static int
cr_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  g_autofree char *score = NULL;
  const char *language = NULL;
  gboolean batch = FALSE;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  g_variant_dict_lookup (options, "score", "^ay", &score);
  g_variant_dict_lookup (options, "language", "&s", &language);
  batch = g_variant_dict_contains (options, "batch");

  if (score != NULL)
    return cr_cli_score (score, language, batch, stdout, stderr);

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

static void
cr_application_activate (GApplication *application)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (window == NULL)
    window = GTK_WINDOW (cr_window_new (CR_APPLICATION (application)));

  gtk_window_present (window);
}

static void
cr_application_class_init (CrApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->handle_local_options = cr_application_handle_local_options;
  app_class->activate = cr_application_activate;
}

static void
cr_application_init (CrApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
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
