/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-roster-chart.h: a roster's summary as a chart, and as a page
 *
 * The same drawing for the roster window, the summary sheet of an XLSX
 * export and the summary's own PDF or PNG: cairo and Pango, no GTK, in the
 * interface language and its direction.
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "cr-render.h"
#include "cr-roster-summary.h"

G_BEGIN_DECLS

typedef enum
{
  /* Dark ink on light paper: an image, a page, a light window. */
  CR_CHART_LIGHT,
  /* Light ink, for a dark window. */
  CR_CHART_DARK,
} CrChartStyle;

/* The chart's own size, as the summary's PNG has it. */
#define CR_ROSTER_CHART_WIDTH  960
#define CR_ROSTER_CHART_HEIGHT 540

void      cr_roster_summary_draw        (cairo_t              *cr,
                                         double                width,
                                         double                height,
                                         const CrRosterCounts *counts,
                                         CrChartStyle          style);
double    cr_roster_summary_get_natural_height (double width);
GBytes   *cr_roster_summary_render_png  (const CrRosterCounts *counts,
                                         GError              **error);
GBytes   *cr_roster_summary_render_pdf  (const CrRosterCounts *counts,
                                         const char           *roster_title,
                                         GDateTime            *date,
                                         CrPaper               paper,
                                         GError              **error);

G_END_DECLS
