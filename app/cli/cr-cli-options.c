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

/* What the options say, looked up once: @score and @output are owned, the
 * other strings are the options dictionary's own. */
typedef struct
{
  char       *score;
  char       *output;
  const char *size;
  const char *paper;
  const char *language;
  const char *input_format;
  const char *format;
  gboolean    batch;
} OptionValues;

static void
option_values_clear (OptionValues *values)
{
  g_clear_pointer (&values->score, g_free);
  g_clear_pointer (&values->output, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (OptionValues, option_values_clear)

/* Looks up in @options every option but --version. */
static void
look_up_values (GVariantDict *options,
                OptionValues *values)
{
  g_variant_dict_lookup (options, "score", "^ay", &values->score);
  g_variant_dict_lookup (options, "language", "&s", &values->language);
  g_variant_dict_lookup (options, "input-format", "&s", &values->input_format);
  g_variant_dict_lookup (options, "format", "&s", &values->format);
  g_variant_dict_lookup (options, "output", "^ay", &values->output);
  g_variant_dict_lookup (options, "size", "&s", &values->size);
  g_variant_dict_lookup (options, "paper", "&s", &values->paper);
  values->batch = g_variant_dict_contains (options, "batch");
}

/* `--score FILE --batch`: refuses what is for one document, and scores a
 * roster when the formats or the file's name ask for one.
 * Returns: the exit status, or -1 when it is JSON Lines to score as such */
static int
handle_batch (const OptionValues *values)
{
  CrShareFormat share_format = CR_SHARE_FORMAT_JSON;
  const char *format = values->format;

  if (format != NULL && cr_share_format_from_id (format, &share_format) &&
      share_format != CR_SHARE_FORMAT_JSON)
    {
      g_printerr ("creator-role: --format %s is for one document; with --batch, the formats "
                  "are %s (for a %s a line, run --score on each line)\n", format, batch_formats (),
                  share_format == CR_SHARE_FORMAT_PNG ? "card"
                  : share_format == CR_SHARE_FORMAT_PDF ? "report" : "text");
      return 1;
    }

  if (values->output != NULL || values->size != NULL || values->paper != NULL)
    {
      g_printerr ("creator-role: --%s is for one document; with --batch, the results go to "
                  "standard output\n",
                  values->output != NULL ? "output" : values->size != NULL ? "size" : "paper");
      return 1;
    }

  if (values->input_format != NULL || format != NULL ||
      cr_roster_format_from_name (values->score) == CR_ROSTER_FORMAT_CSV ||
      cr_cli_is_spreadsheet_name (values->score))
    return score_roster (values->score, values->language, values->input_format, format);

  return -1;
}

/* Reads --format, --size and --paper for one document into @share_format,
 * @card_size and @report_paper, left as they are for an option not given.
 * Returns: FALSE, once it is said, when one names nothing known */
static gboolean
parse_document_values (const OptionValues *values,
                       CrShareFormat      *share_format,
                       CrCardSize         *card_size,
                       CrPaper            *report_paper)
{
  if (values->format != NULL && !cr_share_format_from_id (values->format, share_format))
    {
      g_autofree char *quoted = cr_quote_input (values->format, 64);

      g_printerr ("creator-role: --format: unknown format “%s” for one document "
                  "(expected json, text, png or pdf; with --batch, %s)\n", quoted, batch_formats ());
      return FALSE;
    }

  if (values->size != NULL && !cr_card_size_from_id (values->size, card_size))
    {
      g_autofree char *quoted = cr_quote_input (values->size, 64);

      g_printerr ("creator-role: --size: unknown size “%s” (expected square, wide or story)\n", quoted);
      return FALSE;
    }

  if (values->paper != NULL && !cr_paper_from_id (values->paper, report_paper))
    {
      g_autofree char *quoted = cr_quote_input (values->paper, 64);

      g_printerr ("creator-role: --paper: unknown paper “%s” (expected a4 or letter)\n", quoted);
      return FALSE;
    }

  return TRUE;
}

/* Whether --size, --paper and --input-format go with the format of one
 * document, @share_format; says why not when they do not. */
static gboolean
check_document_values (const OptionValues *values,
                       CrShareFormat       share_format)
{
  if (values->size != NULL && share_format != CR_SHARE_FORMAT_PNG)
    {
      g_printerr ("creator-role: --size goes with --format png\n");
      return FALSE;
    }

  if (values->paper != NULL && share_format != CR_SHARE_FORMAT_PDF)
    {
      g_printerr ("creator-role: --paper goes with --format pdf\n");
      return FALSE;
    }

  if (values->input_format != NULL)
    {
      g_printerr ("creator-role: --input-format goes with --batch\n");
      return FALSE;
    }

  return TRUE;
}

/* `--score FILE`, with --batch or without: the checks, then the scoring.
 * Returns: the exit status */
static int
handle_score (const OptionValues  *values,
              char               **arguments)
{
  CrShareFormat share_format = CR_SHARE_FORMAT_JSON;
  CrCardSize card_size = CR_CARD_SQUARE;
  CrPaper report_paper = CR_PAPER_A4;
  int status;

  /* A second file would be silently left out. */
  if (arguments != NULL && g_strv_length (arguments) > 1)
    {
      g_autofree char *extra = cr_quote_input (arguments[1], 200);

      g_printerr ("creator-role: --score reads one file; “%s” is one too many\n", extra);
      return 1;
    }

  if (values->batch && (status = handle_batch (values)) >= 0)
    return status;

  if (!parse_document_values (values, &share_format, &card_size, &report_paper) ||
      !check_document_values (values, share_format))
    return 1;

  if (share_format != CR_SHARE_FORMAT_JSON || values->output != NULL)
    return cr_cli_share (values->score, values->language, share_format, values->output, card_size,
                         report_paper, stdout, stderr);

  return cr_cli_score (values->score, values->language, values->batch, stdout, stderr);
}

/* Without --score: refuses what goes with it, and applies --language for
 * the window.
 * Returns: the exit status, or -1 when the window is what is asked for */
static int
handle_window (const OptionValues *values)
{
  if (values->input_format != NULL || values->format != NULL || values->output != NULL ||
      values->size != NULL || values->paper != NULL)
    {
      g_printerr ("creator-role: --%s goes with --score FILE\n",
                  values->format != NULL ? "format" : values->input_format != NULL ? "input-format"
                  : values->output != NULL ? "output" : values->size != NULL ? "size" : "paper");
      return 1;
    }

  if (values->batch)
    {
      g_printerr ("creator-role: --batch goes with --score FILE\n");
      return 1;
    }

  if (values->language != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!cr_i18n_set_language (values->language, &error))
        {
          g_printerr ("creator-role: --language: %s\n", error->message);
          return 1;
        }
    }

  return -1;
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
  g_auto(OptionValues) values = { 0 };

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  look_up_values (options, &values);

  if (values.score != NULL)
    return handle_score (&values, arguments);

  return handle_window (&values);
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
