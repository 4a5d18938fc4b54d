/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-roster-chart.c: a roster's summary as a chart of bars, and as a page
 *
 * One bar a figure, as long as its share of the roster's creators: the
 * five verdicts, then, after a gap, the close calls, the creators with
 * questions unanswered and the rows whose name another row has too. Each
 * bar has its words on the start side (above it, in a narrow chart) and
 * its number at its end, so that
 * the chart says its figures without a legend, in grey as in colour. Right
 * to left, the whole chart is mirrored. A label too long for its column
 * takes two lines, then smaller letters, and is never cut.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "cr-document.h"
#include "cr-i18n.h"
#include "cr-render.h"
#include "cr-render-private.h"
#include "cr-result-text.h"
#include "cr-roster-chart.h"


/* The figures the chart shows, in order; a gap before the first that is
 * no verdict. */
static const CrRosterCount bars[] = {
  CR_ROSTER_COUNT_INFLUENCER,
  CR_ROSTER_COUNT_AMBASSADOR,
  CR_ROSTER_COUNT_CONTRACTED_AMBASSADOR,
  CR_ROSTER_COUNT_NONE,
  CR_ROSTER_COUNT_UNDECIDED,
  CR_ROSTER_COUNT_CLOSE_CALLS,
  CR_ROSTER_COUNT_INCOMPLETE,
  CR_ROSTER_COUNT_DUPLICATE_ROWS,
};

/* The roles' colours are the card's; the rest distinct from them and
 * from each other in grey. */
static const Colour bar_colours[G_N_ELEMENTS (bars)] = {
  RGB (0xc2185b),
  RGB (0x1565c0),
  RGB (0x2e7d32),
  RGB (0x6d6875),
  RGB (0x9e9aa3),
  RGB (0xb26a00),
  RGB (0x8d4f00),
  RGB (0x6a1b9a),
};

typedef struct
{
  Colour ink;
  Colour muted;
  Colour track;
} Palette;

static const Palette light_palette = { RGB (0x1e2330), RGB (0x5a6070), RGB (0xe7e1d7) };
static const Palette dark_palette = { RGB (0xf6f5f4), RGB (0xc0bfbc), RGB (0x3a3a40) };

/* Lines of the same height in every script, as the card's: the Arabic
 * fonts ask for half as much again as Latin ones, and would shrink their
 * labels to fit. */
static PangoLayout *
make_layout (cairo_t    *cr,
             const char *text,
             double      size,
             PangoWeight weight,
             double      width)
{
  return _cr_render_make_layout (cr, text, size, weight, width, 1.3);
}

static double
layout_width (PangoLayout *layout)
{
  int width;

  pango_layout_get_size (layout, &width, NULL);

  return (double) width / PANGO_SCALE;
}

/* A layout of @text within @width and @height: two lines at most, in
 * smaller letters until it fits. */
static PangoLayout *
fit_layout (cairo_t    *cr,
            const char *text,
            double      size,
            double      width,
            double      height)
{
  PangoLayout *layout = NULL;

  for (guint attempt = 0; attempt < 8; attempt++)
    {
      g_clear_object (&layout);
      layout = make_layout (cr, text, size, PANGO_WEIGHT_NORMAL, width);
      if (pango_layout_get_line_count (layout) <= 2 && _cr_render_layout_height (layout) <= height)
        break;
      size *= 0.9;
    }

  return layout;
}

/* The x of a box @box_width wide @start from the start edge of an area
 * @area wide. */
static double
start_x (double area,
         double start,
         double box_width)
{
  return cr_i18n_is_rtl () ? area - start - box_width : start;
}

/**
 * cr_roster_summary_get_natural_height:
 *
 * Returns: the height the chart is best drawn at, @width wide
 */
double
cr_roster_summary_get_natural_height (double width)
{
  return CLAMP (width * CR_ROSTER_CHART_HEIGHT / CR_ROSTER_CHART_WIDTH, 240, 540);
}

/**
 * cr_roster_summary_draw:
 * @cr: where to draw, with (0, 0) the chart's top left corner
 * @counts: the figures
 * @style: light or dark ink
 *
 * Draws the chart in @width × @height, over what is there (no
 * background).
 */
void
cr_roster_summary_draw (cairo_t              *cr,
                        double                width,
                        double                height,
                        const CrRosterCounts *counts,
                        CrChartStyle          style)
{
  const Palette *palette = style == CR_CHART_DARK ? &dark_palette : &light_palette;
  const guint n = G_N_ELEMENTS (bars);
  /* Rows, and half a row between the verdicts and the rest. */
  double row = height / (n + 0.5);
  /* Narrow, each label goes above its bar; wide, beside it. */
  gboolean stacked = width < 480;
  double text_size = CLAMP (row * (stacked ? 0.40 : 0.36), 10, 28);
  double label_width = stacked ? width : width * 0.42;
  double gap = MAX (8, width * 0.02);
  double number_width, track_start, track_width;
  g_autoptr(PangoLayout) widest = NULL;
  g_autofree char *widest_text = NULL;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (counts != NULL);

  /* Room at each bar's end for the largest number. */
  widest_text = g_strdup_printf ("%u", counts->total);
  widest = make_layout (cr, widest_text, text_size, PANGO_WEIGHT_BOLD, -1);
  number_width = layout_width (widest) + gap;
  track_start = stacked ? 0 : label_width + gap;
  track_width = MAX (1, width - track_start - number_width);

  cairo_save (cr);
  for (guint i = 0; i < n; i++)
    {
      CrRosterCount count = bars[i];
      guint value = counts->counts[count];
      double top = row * i + (count >= CR_ROSTER_N_VERDICTS ? row * 0.5 : 0);
      double length = counts->total > 0 ? track_width * value / counts->total : 0;
      g_autoptr(PangoLayout) label = NULL;
      g_autofree char *number_text = g_strdup_printf ("%u", value);
      g_autoptr(PangoLayout) number = make_layout (cr, number_text, text_size, PANGO_WEIGHT_BOLD,
                                                   -1);
      double number_height = _cr_render_layout_height (number);
      double label_height, bar_height, bar_top, label_top;

      if (stacked)
        {
          /* The label in the row's upper part, one line; the bar under it. */
          label = fit_layout (cr, cr_roster_count_get_label (count), text_size, label_width,
                              row * 0.62);
          label_height = _cr_render_layout_height (label);
          label_top = top;
          bar_height = MAX (4, row * 0.2);
          bar_top = top + MAX (label_height, row * 0.62) + (row * 0.36 - bar_height) / 2;
          bar_top = MIN (bar_top, top + row - bar_height - 2);
        }
      else
        {
          label = fit_layout (cr, cr_roster_count_get_label (count), text_size, label_width, row);
          label_height = _cr_render_layout_height (label);
          label_top = top + (row - label_height) / 2;
          bar_height = row * 0.5;
          bar_top = top + (row - bar_height) / 2;
        }

      /* The layout is @label_width wide, aligned to its start side. */
      _cr_render_show_layout (cr, label, start_x (width, 0, label_width), label_top, &palette->ink);

      _cr_render_set_colour (cr, &palette->track);
      cairo_rectangle (cr, start_x (width, track_start, track_width), bar_top, track_width,
                       bar_height);
      cairo_fill (cr);
      if (length > 0)
        {
          _cr_render_set_colour (cr, &bar_colours[i]);
          cairo_rectangle (cr, start_x (width, track_start, length), bar_top, length, bar_height);
          cairo_fill (cr);
        }

      _cr_render_show_layout (cr, number,
                   start_x (width, track_start + length + gap / 2, layout_width (number)),
                   bar_top + (bar_height - number_height) / 2,
                   value > 0 ? &palette->ink : &palette->muted);
    }
  cairo_restore (cr);
}

/**
 * cr_roster_summary_render_png:
 *
 * Returns: (transfer full) (nullable): the chart, on the card's paper,
 *   CR_ROSTER_CHART_WIDTH × CR_ROSTER_CHART_HEIGHT, as a PNG file's bytes
 */
GBytes *
cr_roster_summary_render_png (const CrRosterCounts  *counts,
                              GError               **error)
{
  const double margin = 32;
  GBytes *png = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (counts != NULL, NULL);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, CR_ROSTER_CHART_WIDTH,
                                        CR_ROSTER_CHART_HEIGHT);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 0xfb / 255.0, 0xf8 / 255.0, 0xf3 / 255.0);
  cairo_paint (cr);
  cairo_translate (cr, margin, margin);
  cr_roster_summary_draw (cr, CR_ROSTER_CHART_WIDTH - 2 * margin,
                          CR_ROSTER_CHART_HEIGHT - 2 * margin, counts, CR_CHART_LIGHT);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status != CAIRO_STATUS_SUCCESS)
    _cr_render_set_cairo_error (error, status);
  else
    png = cr_render_surface_to_png (surface, error);
  cairo_surface_destroy (surface);

  return png;
}

/**
 * cr_roster_summary_render_pdf:
 * @roster_title: (nullable): what the roster is called, its file's name
 * @date: (nullable): the date printed, or today
 *
 * One page on @paper, with the report's margins: a heading, the roster's
 * name and the date, the chart, and every figure in words.
 *
 * Returns: (transfer full) (nullable): a PDF file's bytes
 */
GBytes *
cr_roster_summary_render_pdf (const CrRosterCounts  *counts,
                              const char            *roster_title,
                              GDateTime             *date,
                              CrPaper                paper,
                              GError               **error)
{
  g_autoptr(GByteArray) pdf = g_byte_array_sized_new (32 * 1024);
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(PangoLayout) heading = NULL;
  g_autoptr(PangoLayout) subtitle = NULL;
  g_autoptr(PangoLayout) figures = NULL;
  g_autofree char *day = NULL;
  g_autofree char *sub = NULL;
  g_autofree char *text = NULL;
  g_autofree char *iso = NULL;
  const Palette *palette = &light_palette;
  double margin = cr_report_get_margin ();
  double width, height, inner, y, chart_height;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (counts != NULL, NULL);

  if (date == NULL)
    {
      if ((now = cr_document_dup_source_date ()) == NULL)
        now = g_date_time_new_now_local ();
      date = now;
    }

  cr_paper_get_size (paper, &width, &height);
  inner = width - 2 * margin;
  surface = cairo_pdf_surface_create_for_stream (_cr_render_append_to_bytes, pdf, width, height);
  /* Translators: the heading of a roster's summary, printed or saved */
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, _("Roster Summary"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME);
  iso = g_date_time_format_iso8601 (date);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, iso);
  cr = cairo_create (surface);

  cairo_translate (cr, margin, margin);
  heading = make_layout (cr, _("Roster Summary"), 22, PANGO_WEIGHT_BOLD, inner);
  _cr_render_show_layout (cr, heading, 0, 0, &palette->ink);
  y = _cr_render_layout_height (heading) + 4;

  day = cr_format_date (date);
  if (roster_title != NULL)
    {
      /* Isolated, so that a file name in Latin letters keeps its dots
       * where they are in an Arabic line. */
      g_autofree char *isolated = g_strdup_printf ("\u2068%s\u2069", roster_title);

      /* Translators: under a roster summary's heading: the roster's name,
       * then the date, e.g. “agency.csv · 2026-12-07” */
      sub = g_strdup_printf (_("%s · %s"), isolated, day);
    }
  else
    sub = g_strdup (day);
  subtitle = make_layout (cr, sub, 11, PANGO_WEIGHT_NORMAL, inner);
  _cr_render_show_layout (cr, subtitle, 0, y, &palette->muted);
  y += _cr_render_layout_height (subtitle) + 24;

  chart_height = MIN (cr_roster_summary_get_natural_height (inner), 340);
  cairo_save (cr);
  cairo_translate (cr, 0, y);
  cr_roster_summary_draw (cr, inner, chart_height, counts, CR_CHART_LIGHT);
  cairo_restore (cr);
  y += chart_height + 24;

  text = cr_roster_counts_dup_text (counts);
  figures = make_layout (cr, text, 11, PANGO_WEIGHT_NORMAL, inner);
  pango_layout_set_spacing (figures, 4 * PANGO_SCALE);
  _cr_render_show_layout (cr, figures, 0, y, &palette->ink);
  cairo_show_page (cr);

  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      _cr_render_set_cairo_error (error, status);
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&pdf));
}
