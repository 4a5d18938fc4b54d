/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-cli-options.c: the command line's options, and all they ask for that
 * needs no window
 *
 * The option table, the checks that options go together, and `--score`
 * with its formats live here, beside the command line they drive, rather
 * than in the window's application: the same code serves the app, which
 * hands over to its window when cr_cli_options_handle() returns -1, and
 * the build without a window (GTK or libadwaita older than the window
 * needs), whose program is a plain GApplication, CrCliApplication.
 *
 * Everything runs in handle-local-options, before the application
 * registers on the session bus or touches a display, so that scoring works
 * on a server.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cr-cli.h"
#include "cr-cli-options.h"
#include "cr-cli-share.h"
#include "cr-i18n.h"
#include "cr-quote.h"
#include "cr-roster.h"

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
       "(the report); with --batch, jsonl (the default), csv or xlsx"),
    N_("FORMAT") },
  { "output", 'o', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("With --score: write to FILE rather than standard output, replacing it whole only once "
       "everything is written"),
    N_("FILE") },
  { "size", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("With --format png: the card’s SIZE, square (1080 × 1080, the default), wide "
       "(1200 × 630) or story (1080 × 1920)"),
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

/* The formats --batch writes, for the messages. */
static const char *
batch_formats (void)
{
  return cr_roster_format_can_write (CR_ROSTER_FORMAT_XLSX) ? "jsonl, csv or xlsx" : "jsonl or csv";
}

/* `--score FILE --batch` with --input-format or --format. */
static int
score_roster (const char *path,
              const char *language,
              const char *input_format,
              const char *format)
{
  CrRosterFormat in = CR_ROSTER_FORMAT_UNKNOWN;
  CrRosterFormat out = CR_ROSTER_FORMAT_JSONL;

  if (input_format != NULL &&
      ((in = cr_roster_format_from_id (input_format)) == CR_ROSTER_FORMAT_UNKNOWN ||
       !cr_roster_format_can_read (in)))
    {
      g_autofree char *quoted = cr_quote_input (input_format, 64);

      g_printerr ("creator-role: --input-format: unknown format “%s” (expected %s)\n", quoted,
                  cr_roster_format_can_read (CR_ROSTER_FORMAT_XLSX) ? "csv, jsonl, xlsx or xls"
                                                                    : "csv or jsonl");
      return 1;
    }

  if (format != NULL && !cr_roster_format_can_write (out = cr_roster_format_from_id (format)))
    {
      g_autofree char *quoted = cr_quote_input (format, 64);

      g_printerr ("creator-role: --format: unknown format “%s” with --batch (expected %s)\n",
                  quoted, batch_formats ());
      return 1;
    }

  return cr_cli_score_roster (path, language, in, out, stdout, stderr);
}

/**
 * cr_cli_options_handle:
 * @options: the options GApplication parsed
 * @arguments: (nullable): what is left of the command line once the
 *   options are taken out of it: the program, then the files
 *
 * Does what the options ask for when they ask for no window: scoring,
 * sharing, the version; checks that they go together; and applies
 * `--language`.
 *
 * Returns: the exit status, or -1 when the window is what they ask for
 */
int
cr_cli_options_handle (GVariantDict  *options,
                       char         **arguments)
{
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
  if (score != NULL && arguments != NULL &&
      g_strv_length (arguments) > 1)
    {
      g_autofree char *extra = cr_quote_input (arguments[1], 200);

      g_printerr ("creator-role: --score reads one file; “%s” is one too many\n", extra);
      return 1;
    }

  if (score != NULL && batch && format != NULL && cr_share_format_from_id (format, &share_format) &&
      share_format != CR_SHARE_FORMAT_JSON)
    {
      g_printerr ("creator-role: --format %s is for one document; with --batch, the formats "
                  "are %s (for a %s a line, run --score on each line)\n", format, batch_formats (),
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
       cr_roster_format_from_name (score) == CR_ROSTER_FORMAT_CSV ||
       cr_cli_is_spreadsheet_name (score)))
    return score_roster (score, language, input_format, format);

  if (score != NULL && format != NULL && !cr_share_format_from_id (format, &share_format))
    {
      g_autofree char *quoted = cr_quote_input (format, 64);

      g_printerr ("creator-role: --format: unknown format “%s” for one document "
                  "(expected json, text, png or pdf; with --batch, %s)\n", quoted, batch_formats ());
      return 1;
    }

  if (score != NULL && size != NULL && !cr_card_size_from_id (size, &card_size))
    {
      g_autofree char *quoted = cr_quote_input (size, 64);

      g_printerr ("creator-role: --size: unknown size “%s” (expected square, wide or story)\n", quoted);
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

  return -1;
}


/**
 * cr_cli_options_add:
 * @application: the application whose command line it is
 *
 * Adds the options, their help in the interface language, and what the
 * help says of the program.
 */
void
cr_cli_options_add (GApplication *application)
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

  g_application_add_main_option_entries (application, entries);
  g_application_set_option_context_parameter_string (application, _("[FILE…]"));
  g_application_set_option_context_summary (application,
                                            _("Find out whether you are an influencer, a brand "
                                              "ambassador or the contracted face of a brand."));
}

/* The program of the build without a window: the same options, and a
 * plain answer when they ask for the window. */
struct _CrCliApplication
{
  GApplication parent_instance;

  /* While GApplication handles the command line: what is left of it. */
  char ***arguments;
};

G_DEFINE_FINAL_TYPE (CrCliApplication, cr_cli_application, G_TYPE_APPLICATION)

static gboolean
cr_cli_application_local_command_line (GApplication   *application,
                                       char         ***arguments,
                                       int            *exit_status)
{
  CrCliApplication *self = CR_CLI_APPLICATION (application);
  gboolean handled;

  self->arguments = arguments;
  handled = G_APPLICATION_CLASS (cr_cli_application_parent_class)->local_command_line (application,
                                                                                      arguments,
                                                                                      exit_status);
  self->arguments = NULL;

  return handled;
}

static int
cr_cli_application_handle_local_options (GApplication *application,
                                         GVariantDict *options)
{
  CrCliApplication *self = CR_CLI_APPLICATION (application);
  int status = cr_cli_options_handle (options, self->arguments != NULL ? *self->arguments : NULL);

  if (status >= 0)
    return status;

  g_printerr ("creator-role: %s\n",
              _("this build has no window (it was built without GTK 4.14 and libadwaita 1.5); "
                "use --score FILE, or see --help"));
  return 1;
}

static void
cr_cli_application_class_init (CrCliApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->local_command_line = cr_cli_application_local_command_line;
  app_class->handle_local_options = cr_cli_application_handle_local_options;
}

static void
cr_cli_application_init (CrCliApplication *self)
{
  cr_cli_options_add (G_APPLICATION (self));
}

GApplication *
cr_cli_application_new (void)
{
  /* Files are arguments, refused with the message above rather than by
   * GApplication's own words. */
  return g_object_new (CR_TYPE_CLI_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE,
                       NULL);
}
