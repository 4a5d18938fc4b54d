/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-render.h: the result as a picture to post and as a report to print
 *
 * One renderer for the window, printing and the command line: it draws
 * with cairo and Pango on any cairo context (an image surface, a PDF
 * surface, a print context) and needs no GTK. The words come from the
 * model (cr-result-text.h), in the language current at the time of the
 * call; the layout's direction follows that language.
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include <pango/pango.h>

#include "cr-answers.h"
#include "cr-result.h"

G_BEGIN_DECLS

typedef enum
{
  /* 1080 × 1080, for feeds. */
  CR_CARD_SQUARE,
  /* 1200 × 630, for link previews. */
  CR_CARD_WIDE,
  /* 1080 × 1920, for stories. */
  CR_CARD_STORY,
} CrCardSize;

/* One text of the card as it is drawn: the box it was given and the
 * layout put in it, so that a test can measure that the text stays in its
 * box, whole. */
typedef struct
{
  /* What the text is: "title", "name", "close-call", "share-name",
   * "share-number", "heading", "reason", "summary", "change", "app",
   * "date". */
  const char  *what;
  /* The box, in the card's pixels: the text must stay within it. */
  double       x, y, width, height;
  /* The most lines the text may take; 0 for any. */
  int          max_lines;
  /* The layout, drawn with its top left at (@layout_x, @layout_y). */
  PangoLayout *layout;
  double       layout_x, layout_y;
  /* What it is clipped to: nothing of it is drawn outside. */
  double       clip_x, clip_y, clip_width, clip_height;
} CrCardText;

typedef void (*CrCardInspectFunc) (const CrCardText *text,
                                   gpointer          user_data);

typedef enum
{
  CR_PAPER_A4,
  CR_PAPER_LETTER,
} CrPaper;

typedef struct _CrReport CrReport;

void      cr_card_get_size    (CrCardSize    size,
                               int          *width,
                               int          *height);
void      cr_card_draw        (cairo_t      *cr,
                               CrCardSize    size,
                               CrAnswers    *answers,
                               CrResult     *result,
                               GDateTime    *date);
void      cr_card_draw_inspected (cairo_t           *cr,
                                  CrCardSize         size,
                                  CrAnswers         *answers,
                                  CrResult          *result,
                                  GDateTime         *date,
                                  CrCardInspectFunc  inspect,
                                  gpointer           user_data);
GBytes   *cr_render_surface_to_png (cairo_surface_t  *surface,
                                    GError          **error);
GBytes   *cr_card_render_png  (CrCardSize    size,
                               CrAnswers    *answers,
                               CrResult     *result,
                               GDateTime    *date,
                               GError      **error);
gboolean  cr_card_save_png    (CrCardSize    size,
                               CrAnswers    *answers,
                               CrResult     *result,
                               GDateTime    *date,
                               GFile        *file,
                               GError      **error);

void      cr_paper_get_size   (CrPaper       paper,
                               double       *width,
                               double       *height);

CrReport *cr_report_new       (CrAnswers    *answers,
                               CrResult     *result,
                               GDateTime    *date);
void      cr_report_free      (CrReport     *report);
guint     cr_report_paginate  (CrReport     *report,
                               cairo_t      *cr,
                               double        width,
                               double        height);
guint     cr_report_get_n_pages (CrReport   *report);
void      cr_report_draw_page (CrReport     *report,
                               cairo_t      *cr,
                               guint         page);
double    cr_report_get_margin (void);
char     *cr_report_dup_title  (CrAnswers    *answers,
                                CrResult     *result);
void      cr_report_set_pdf_metadata (CrReport        *report,
                                      cairo_surface_t *surface);
GBytes   *cr_report_render_pdf (CrAnswers   *answers,
                                CrResult    *result,
                                GDateTime   *date,
                                CrPaper      paper,
                                GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrReport, cr_report_free)

G_END_DECLS
