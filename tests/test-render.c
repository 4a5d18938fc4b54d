/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-render.c: the result card and the printed report, as a person gets
 * them: the PNG decoded, the PDF read back by poppler (pdftotext, pdfinfo,
 * pdftoppm), in English, French and Arabic, for every test profile
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "cr-i18n.h"
#include "cr-render.h"
#include "cr-result-text.h"
#include "cr-test-profiles.h"

/* The report's margins, as cr_report_render_pdf() leaves them. */
#define MARGIN 48.0

static char *tmpdir;

static const char * const languages[] = { "en", "fr", "ar" };

typedef struct
{
  GBytes  *bytes;
  gsize    offset;
} Reader;

static cairo_status_t
read_bytes (void          *closure,
            unsigned char *data,
            unsigned int   length)
{
  Reader *reader = closure;
  gsize size;
  const guchar *all = g_bytes_get_data (reader->bytes, &size);

  if (reader->offset + length > size)
    return CAIRO_STATUS_READ_ERROR;

  memcpy (data, all + reader->offset, length);
  reader->offset += length;

  return CAIRO_STATUS_SUCCESS;
}

static cairo_surface_t *
decode_png (GBytes *png)
{
  Reader reader = { png, 0 };
  cairo_surface_t *surface = cairo_image_surface_create_from_png_stream (read_bytes, &reader);

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);

  return surface;
}

static CrAnswers *
profile_answers (const CrTestProfile *profile,
                 const char          *name)
{
  CrAnswers *answers = cr_test_answers_new (profile->answers);

  cr_answers_set_name (answers, name);

  return answers;
}

static const CrTestProfile *
find_profile (const char *path)
{
  for (guint i = 0; i < G_N_ELEMENTS (cr_test_profiles); i++)
    if (g_str_equal (cr_test_profiles[i].path, path))
      return &cr_test_profiles[i];

  g_assert_not_reached ();
}

static GDateTime *
test_date (void)
{
  return g_date_time_new_utc (2026, 3, 14, 12, 0, 0);
}

static void
set_language (const char *code)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cr_i18n_set_language (code, &error));
  g_assert_no_error (error);
}

/* The card's size is exact, it decodes, and it shows the verdict: two
 * different verdicts give different pixels, the same one the same. */
static void
test_card_png (void)
{
  static const CrCardSize sizes[] = { CR_CARD_SQUARE, CR_CARD_WIDE, CR_CARD_STORY };
  static const int expected[][2] = { { 1080, 1080 }, { 1200, 630 }, { 1080, 1920 } };
  g_autoptr(GDateTime) date = test_date ();
  g_autoptr(CrAnswers) creator = profile_answers (find_profile ("full-time-creator"), NULL);
  g_autoptr(CrAnswers) fan = profile_answers (find_profile ("loyal-fan"), NULL);
  g_autoptr(CrResult) creator_result = cr_score (creator);
  g_autoptr(CrResult) fan_result = cr_score (fan);

  g_assert_cmpint (cr_result_get_role (creator_result), !=, cr_result_get_role (fan_result));

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) a = cr_card_render_png (sizes[i], creator, creator_result, date, &error);
      g_autoptr(GBytes) again = NULL;
      g_autoptr(GBytes) b = NULL;
      cairo_surface_t *sa, *sb;
      int width, height;

      g_assert_no_error (error);
      b = cr_card_render_png (sizes[i], fan, fan_result, date, &error);
      g_assert_no_error (error);
      again = cr_card_render_png (sizes[i], creator, creator_result, date, &error);
      g_assert_no_error (error);

      cr_card_get_size (sizes[i], &width, &height);
      g_assert_cmpint (width, ==, expected[i][0]);
      g_assert_cmpint (height, ==, expected[i][1]);

      sa = decode_png (a);
      sb = decode_png (b);
      g_assert_cmpint (cairo_image_surface_get_width (sa), ==, expected[i][0]);
      g_assert_cmpint (cairo_image_surface_get_height (sa), ==, expected[i][1]);
      g_assert_cmpint (cairo_image_surface_get_width (sb), ==, expected[i][0]);
      g_assert_cmpint (cairo_image_surface_get_height (sb), ==, expected[i][1]);

      cairo_surface_flush (sa);
      cairo_surface_flush (sb);
      g_assert_true (memcmp (cairo_image_surface_get_data (sa), cairo_image_surface_get_data (sb),
                             (gsize) cairo_image_surface_get_stride (sa) * expected[i][1]) != 0);
      g_assert_true (g_bytes_equal (a, again));

      cairo_surface_destroy (sa);
      cairo_surface_destroy (sb);
    }
}

/* The first bar of a card: a few rows into the first row, from the top,
 * where 100 pixels in from either edge is neither the background nor the
 * same colour on both sides (filled on one side, the track on the other). */
static const guint32 *
find_bar_row (cairo_surface_t *surface)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guchar *data;

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);

  for (int y = height / 5; y < height / 2; y++)
    {
      const guint32 *row = (const guint32 *) (gconstpointer) (data + y * stride);
      guint32 background = row[10] & 0xffffff;
      guint32 start = row[100] & 0xffffff, end = row[width - 100] & 0xffffff;

      if (start != background && end != background && start != end &&
          (row[width / 2] & 0xffffff) != background)
        return (const guint32 *) (gconstpointer) (data + (y + 5) * stride);
    }

  g_assert_not_reached ();
}

/* The card in Arabic is drawn from the right: the verdict's bar fills
 * from the right edge of its track, so the pixel at the track's right end
 * is the verdict's colour and the one at its left end the track's. */
static void
test_card_rtl (void)
{
  g_autoptr(GDateTime) date = test_date ();
  g_autoptr(CrAnswers) creator = profile_answers (find_profile ("full-time-creator"), NULL);
  g_autoptr(CrResult) result = cr_score (creator);
  g_autoptr(GBytes) en = NULL;
  g_autoptr(GBytes) ar = NULL;
  cairo_surface_t *s_en, *s_ar;
  const guint32 *row_en, *row_ar;
  int width, height;

  /* The verdict's bar is partly filled. */
  g_assert_cmpuint (cr_result_get_score (result, cr_result_get_role (result)), <, 95);

  set_language ("en");
  en = cr_card_render_png (CR_CARD_SQUARE, creator, result, date, NULL);
  set_language ("ar");
  ar = cr_card_render_png (CR_CARD_SQUARE, creator, result, date, NULL);
  set_language ("en");

  s_en = decode_png (en);
  s_ar = decode_png (ar);
  cr_card_get_size (CR_CARD_SQUARE, &width, &height);
  row_en = find_bar_row (s_en);
  row_ar = find_bar_row (s_ar);

  /* English: filled from the left; Arabic: from the right. */
  g_assert_cmphex (row_en[100] & 0xffffff, ==, row_ar[width - 100] & 0xffffff);
  g_assert_cmphex (row_en[width - 100] & 0xffffff, ==, row_ar[100] & 0xffffff);

  cairo_surface_destroy (s_en);
  cairo_surface_destroy (s_ar);
}

static char *
write_temp (const char *name,
            GBytes     *bytes)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (tmpdir, name, NULL);

  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes),
                       &error);
  g_assert_no_error (error);

  return path;
}

/* The pages of @pdf at 72 dpi, one pixel a point, in grey, as pdftoppm
 * draws them; checks that the margins are blank. */
static void
assert_margins_blank (const char *pdf,
                      guint       n_pages,
                      const char *where)
{
  g_autofree char *prefix = g_build_filename (tmpdir, "page", NULL);
  const char *argv[] = { "pdftoppm", "-r", "72", "-gray", pdf, prefix, NULL };

  g_free (cr_test_run_tool (argv));

  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *name = g_strdup_printf ("%s-%u.pgm", prefix, page);
      g_autofree char *data = NULL;
      gsize length;
      int width, height, max, offset;
      /* Anti-aliasing may reach a pixel past an edge. */
      int band = (int) MARGIN - 2;

      if (!g_file_get_contents (name, &data, &length, NULL))
        {
          /* pdftoppm numbers pages with as many digits as the last one. */
          g_free (name);
          name = g_strdup_printf ("%s-%02u.pgm", prefix, page);
          g_assert_true (g_file_get_contents (name, &data, &length, NULL));
        }

      g_assert_cmpint (sscanf (data, "P5 %d %d %d%n", &width, &height, &max, &offset), ==, 3);
      offset++;
      g_assert_cmpuint (length, >=, (gsize) (offset + width * height));

      for (int y = 0; y < height; y++)
        for (int x = 0; x < width; x++)
          {
            guchar v = (guchar) data[offset + y * width + x];

            if (x < band || x >= width - band || y < band || y >= height - band)
              if (v != 255)
                g_error ("%s: page %u has ink at (%d, %d), in the margin", where, page, x, y);
          }
      g_unlink (name);
    }
}

static guint
pdf_pages (const char *pdf)
{
  const char *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *info = cr_test_run_tool (argv);
  const char *pages = strstr (info, "\nPages:");

  g_assert_nonnull (pages);

  return (guint) g_ascii_strtoull (pages + strlen ("\nPages:"), NULL, 10);
}

/* The pages the report counts for @paper's printable area. */
static guint
count_pages (CrAnswers *answers,
             CrResult  *result,
             GDateTime *date,
             CrPaper    paper)
{
  g_autoptr(CrReport) report = cr_report_new (answers, result, date);
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  double width, height;
  guint n;

  cr_paper_get_size (paper, &width, &height);
  n = cr_report_paginate (report, cr, width - 2 * MARGIN, height - 2 * MARGIN);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return n;
}

/* The report of every profile, on A4 and on Letter, in @data's language:
 * its text holds the name, the verdict, the shares and every answer as the
 * model words it, with its page numbers; one or two pages, as many as the
 * report counts; nothing in the margins. */
static void
test_report_pdf (gconstpointer data)
{
  const char *language = data;
  gboolean by_word = g_str_equal (language, "ar");
  g_autoptr(GDateTime) date = test_date ();
  static const CrPaper papers[] = { CR_PAPER_A4, CR_PAPER_LETTER };
  static const char * const names[] = { "Lina Haddad", "لينا حداد", "Zoë Martin-Lefèvre" };

  set_language (language);

  for (guint i = 0; i < G_N_ELEMENTS (cr_test_profiles); i++)
    for (guint p = 0; p < G_N_ELEMENTS (papers); p++)
      {
        const CrTestProfile *profile = &cr_test_profiles[i];
        const char *name = names[i % G_N_ELEMENTS (names)];
        g_autoptr(CrAnswers) answers = profile_answers (profile, name);
        g_autoptr(CrResult) result = cr_score (answers);
        g_autoptr(GError) error = NULL;
        g_autoptr(GBytes) pdf = cr_report_render_pdf (answers, result, date, papers[p], &error);
        g_autofree char *where = g_strdup_printf ("%s, %s, %s", language, profile->path,
                                                  papers[p] == CR_PAPER_A4 ? "A4" : "Letter");
        g_autofree char *path = NULL;
        g_autofree char *text = NULL;
        g_autofree char *squeezed = NULL;
        const char *argv[] = { "pdftotext", "-enc", "UTF-8", NULL, "-", NULL };
        guint n_pages;

        g_assert_no_error (error);
        path = write_temp ("report.pdf", pdf);
        argv[3] = path;
        text = cr_test_run_tool (argv);
        squeezed = cr_test_pdf_squeeze (text, FALSE);

        cr_test_assert_pdf_holds (squeezed, name, by_word, where);
        cr_test_assert_pdf_holds (squeezed, cr_result_get_title (result), by_word, where);
        if (cr_result_has_shares (result))
          for (CrRole r = 0; r < CR_N_ROLES; r++)
            {
              g_autofree char *share = cr_format_share (cr_result_get_score (result, r));

              cr_test_assert_pdf_holds (squeezed, cr_role_get_name (r), by_word, where);
              cr_test_assert_pdf_holds (squeezed, share, by_word, where);
            }

        for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
          {
            g_autofree char *described = cr_result_describe_answer (result, q);

            cr_test_assert_pdf_holds (squeezed, _(cr_questionnaire_get_question (q)->title), by_word,
                          where);
            cr_test_assert_pdf_holds (squeezed, described, by_word, where);
          }

        for (guint c = 0; c < cr_result_get_n_changes (result); c++)
          cr_test_assert_pdf_holds (squeezed, cr_result_get_change (result, c)->text, by_word, where);

        n_pages = pdf_pages (path);
        g_assert_cmpuint (n_pages, >=, 1);
        g_assert_cmpuint (n_pages, <=, 2);
        g_assert_cmpuint (n_pages, ==, count_pages (answers, result, date, papers[p]));
        for (guint page = 1; page <= n_pages; page++)
          {
            g_autofree char *number = cr_format_page_number (page, n_pages);

            cr_test_assert_pdf_holds (squeezed, number, by_word, where);
          }

        /* Rasterising every page is the slow part: every profile in
         * English, a few elsewhere (the layout mirrors in Arabic). */
        if (g_str_equal (language, "en") || i % 8 == 0)
          assert_margins_blank (path, n_pages, where);

        g_unlink (path);
      }

  set_language ("en");
}

/* The page count is the report's own: paginating on a recording surface
 * of the paper's printable area gives what the PDF has, and a narrower
 * area never gives fewer pages. */
static void
test_report_paginate (void)
{
  g_autoptr(GDateTime) date = test_date ();

  for (guint i = 0; i < G_N_ELEMENTS (cr_test_profiles); i += 5)
    {
      g_autoptr(CrAnswers) answers = profile_answers (&cr_test_profiles[i], "Lina Haddad");
      g_autoptr(CrResult) result = cr_score (answers);
      g_autoptr(CrReport) report = cr_report_new (answers, result, date);
      cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
      cairo_t *cr = cairo_create (surface);
      guint a4, narrow;

      a4 = cr_report_paginate (report, cr, 595.276 - 2 * MARGIN, 841.89 - 2 * MARGIN);
      g_assert_cmpuint (cr_report_get_n_pages (report), ==, a4);
      for (guint page = 0; page < a4; page++)
        cr_report_draw_page (report, cr, page);
      narrow = cr_report_paginate (report, cr, 300, 500);
      g_assert_cmpuint (narrow, >=, a4);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);

      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

/* The text to paste says what the result says, in its words: the verdict
 * and whom it is for, the shares, the reasons, the changes, and a last line. */
static void
test_text (void)
{
  g_autoptr(CrAnswers) answers = profile_answers (find_profile ("full-time-creator"),
                                                  "Lina Haddad");
  g_autoptr(CrResult) result = cr_score (answers);
  g_autofree char *text = cr_result_format_text (answers, result);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  const guint *weighs_most;
  guint n;

  g_assert_cmpstr (lines[0], ==, cr_result_get_title (result));
  g_assert_cmpstr (lines[1], ==, "for \u2068Lina Haddad\u2069");
  for (CrRole r = 0; r < CR_N_ROLES; r++)
    {
      g_autofree char *share = cr_format_role_share (r, cr_result_get_score (result, r));

      g_assert_cmpstr (lines[2 + r], ==, share);
    }

  weighs_most = cr_result_get_weighs_most (result, &n);
  g_assert_cmpuint (n, >=, 2);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *line = g_strdup_printf ("• %s\n", cr_result_get_reason (result,
                                                                              weighs_most[i]));

      g_assert_nonnull (strstr (text, line));
    }
  for (guint i = 0; i < cr_result_get_n_changes (result); i++)
    g_assert_nonnull (strstr (text, cr_result_get_change (result, i)->text));
  g_assert_true (g_str_has_suffix (text, "\nWorked out with Creator Role, from its questionnaire "
                                         "on influencers and brand ambassadors.\n"));

  /* Without a name, the verdict comes first. */
  cr_answers_set_name (answers, NULL);
  g_free (text);
  text = cr_result_format_text (answers, result);
  g_assert_true (g_str_has_prefix (text, "You are an influencer\n"));
}

/* What a card drew, as cr_card_draw_inspected() told it. */
typedef struct
{
  int        width;
  int        height;
  GPtrArray *texts;   /* FitText */
  char      *where;
} Drawn;

typedef struct
{
  char           *what;
  char           *text;
  PangoRectangle  box;
  PangoRectangle  logical;
  PangoRectangle  ink;
  /* What is drawn of the ink, within the clip the renderer tells. */
  PangoRectangle  drawn;
  gboolean        whole;
  int             max_lines;
  int             lines;
  gboolean        ellipsized;
} FitText;

static void
fit_text_free (gpointer data)
{
  FitText *text = data;

  g_free (text->what);
  g_free (text->text);
  g_free (text);
}

static gboolean rect_inside (const PangoRectangle *inner,
                             const PangoRectangle *outer,
                             int                   slack_x,
                             int                   slack_y);

static gboolean
pango_rectangle_intersect (const PangoRectangle *a,
                           const PangoRectangle *b,
                           PangoRectangle       *out)
{
  int x1 = MAX (a->x, b->x), y1 = MAX (a->y, b->y);
  int x2 = MIN (a->x + a->width, b->x + b->width), y2 = MIN (a->y + a->height, b->y + b->height);

  if (x2 <= x1 || y2 <= y1)
    return FALSE;
  *out = (PangoRectangle) { x1, y1, x2 - x1, y2 - y1 };

  return TRUE;
}

static void
record_text (const CrCardText *text,
             gpointer          user_data)
{
  Drawn *drawn = user_data;
  FitText *fit = g_new0 (FitText, 1);
  PangoRectangle ink, logical;

  pango_layout_get_pixel_extents (text->layout, &ink, &logical);
  fit->what = g_strdup (text->what);
  fit->text = g_strdup (pango_layout_get_text (text->layout));
  fit->box = (PangoRectangle) { (int) floor (text->x), (int) floor (text->y),
                                (int) ceil (text->width), (int) ceil (text->height) };
  fit->logical = (PangoRectangle) { (int) floor (text->layout_x) + logical.x,
                                    (int) floor (text->layout_y) + logical.y,
                                    logical.width, logical.height };
  fit->ink = (PangoRectangle) { (int) floor (text->layout_x) + ink.x,
                                (int) floor (text->layout_y) + ink.y, ink.width, ink.height };
  fit->max_lines = text->max_lines;
  fit->lines = pango_layout_get_line_count (text->layout);
  {
    /* The clip to whole pixels, outwards to say whether nothing is cut,
     * inwards for what is surely drawn (a pixel two clips share is
     * shaded by both). */
    int left = (int) floor (text->clip_x), top = (int) floor (text->clip_y);
    int right = (int) ceil (text->clip_x + text->clip_width);
    int bottom = (int) ceil (text->clip_y + text->clip_height);
    PangoRectangle clip = { left, top, right - left, bottom - top };
    PangoRectangle inner = { left + 1, top + 1, right - left - 2, bottom - top - 2 };

    fit->whole = rect_inside (&fit->ink, &clip, 0, 0);
    if (!pango_rectangle_intersect (&fit->ink, &inner, &fit->drawn))
      fit->drawn = (PangoRectangle) { 0 };
  }
  fit->ellipsized = pango_layout_is_ellipsized (text->layout);
  g_ptr_array_add (drawn->texts, fit);
}

static gboolean
rect_inside (const PangoRectangle *inner,
             const PangoRectangle *outer,
             int                   slack_x,
             int                   slack_y)
{
  return inner->x >= outer->x - slack_x && inner->y >= outer->y - slack_y &&
         inner->x + inner->width <= outer->x + outer->width + slack_x &&
         inner->y + inner->height <= outer->y + outer->height + slack_y;
}

static gboolean
rects_meet (const PangoRectangle *a,
            const PangoRectangle *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

/* Every text whole within its box: not ellipsized, in no more lines than
 * it may take, its lines (the layout's logical extents) inside the box it
 * was given, its letters (the ink) too but for what a script's marks
 * reach beyond their line (an eighth of a line, as Arabic's do over a
 * title's tight lines), the box inside the card, and no two texts' lines
 * or letters over each other. Only marks put on a dotted circle, stacked
 * higher than a line, may be cut at the box: what is drawn of them stays
 * in it. */
static void
assert_texts_fit (Drawn *drawn)
{
  PangoRectangle card = { 0, 0, drawn->width, drawn->height };

  g_assert_cmpuint (drawn->texts->len, >, 0);

  for (guint i = 0; i < drawn->texts->len; i++)
    {
      FitText *text = g_ptr_array_index (drawn->texts, i);
      int marks = text->logical.height / MAX (text->lines, 1) / 8;

      if (text->ellipsized || (text->max_lines > 0 && text->lines > text->max_lines) ||
          !rect_inside (&text->box, &card, 0, 0) ||
          !rect_inside (&text->logical, &text->box, 1, 1) ||
          !rect_inside (&text->drawn, &text->box, 2, marks + 1) ||
          (!text->whole && strstr (text->text, "\u25CC") == NULL))
        g_error ("%s: the %s “%s” does not fit: %s, %d lines of %d, box %d,%d %d×%d, "
                 "lines %d,%d %d×%d, letters %d,%d %d×%d",
                 drawn->where, text->what, text->text,
                 text->ellipsized ? "ellipsized" : "whole", text->lines, text->max_lines,
                 text->box.x, text->box.y, text->box.width, text->box.height,
                 text->logical.x, text->logical.y, text->logical.width, text->logical.height,
                 text->ink.x, text->ink.y, text->ink.width, text->ink.height);

      for (guint j = 0; j < i; j++)
        {
          FitText *other = g_ptr_array_index (drawn->texts, j);

          if (rects_meet (&text->logical, &other->logical) ||
              rects_meet (&text->drawn, &other->drawn))
            g_error ("%s: the %s “%s” (%d,%d %d×%d) is drawn over the %s “%s” (%d,%d %d×%d)",
                     drawn->where, text->what, text->text, text->drawn.x, text->drawn.y,
                     text->drawn.width, text->drawn.height, other->what, other->text,
                     other->drawn.x, other->drawn.y, other->drawn.width, other->drawn.height);
        }
    }
}

static const FitText *
find_text (Drawn      *drawn,
           const char *what)
{
  for (guint i = 0; i < drawn->texts->len; i++)
    {
      FitText *text = g_ptr_array_index (drawn->texts, i);

      if (g_str_equal (text->what, what))
        return text;
    }

  return NULL;
}

/* A long name, on some of the profiles: the name's line must hold it too;
 * a name turned around by an override, and one of marks alone, as many as
 * a name may have, must too, and neither reach another text. */
#define MARKS_100 MARKS_10 MARKS_10 MARKS_10 MARKS_10 MARKS_10 MARKS_10 MARKS_10 MARKS_10 \
                  MARKS_10 MARKS_10
#define MARKS_10 "\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301"
static const char * const fit_names[] = { NULL, "Zoé Durand", "@un-nom-de-créatrice-bien-long",
                                          "\u202Ednarud\u202C \u2067Zoé", MARKS_100 };

/* Every card size, in every shipped language, for every test profile: each
 * text whole within the box it was given, measured on Pango's layout; and
 * the card says what the page says: the verdict, whom it is for, a close
 * call as the summary words it, the heading of the reasons. */
static void
test_card_texts_fit (void)
{
  static const CrCardSize sizes[] = { CR_CARD_SQUARE, CR_CARD_WIDE, CR_CARD_STORY };
  static const char * const size_names[] = { "square", "wide", "story" };
  g_autoptr(GDateTime) date = test_date ();
  guint n_languages;
  const CrLanguage *languages_shipped = cr_i18n_get_languages (&n_languages);
  guint n_close = 0, n_reasons = 0, n_checked = 0;

  for (guint l = 0; l < n_languages; l++)
    {
      const char *code = languages_shipped[l].code;

      set_language (code);

      for (guint p = 0; p < G_N_ELEMENTS (cr_test_profiles); p++)
        {
          const char *name = fit_names[p % G_N_ELEMENTS (fit_names)];
          g_autoptr(CrAnswers) answers = profile_answers (&cr_test_profiles[p], name);
          g_autoptr(CrResult) result = cr_score (answers);
          g_autofree char *close_call = cr_result_dup_close_call_line (result);
          guint n_weighs_most;

          cr_result_get_weighs_most (result, &n_weighs_most);

          for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
            {
              Drawn drawn = { 0 };
              cairo_surface_t *surface;
              cairo_t *cr;
              const FitText *text;

              cr_card_get_size (sizes[s], &drawn.width, &drawn.height);
              drawn.texts = g_ptr_array_new_with_free_func (fit_text_free);
              drawn.where = g_strdup_printf ("%s card, %s, %s", size_names[s], code,
                                             cr_test_profiles[p].path);
              surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, drawn.width,
                                                    drawn.height);
              cr = cairo_create (surface);
              cr_card_draw_inspected (cr, sizes[s], answers, result, date, record_text, &drawn);
              g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
              cairo_destroy (cr);
              cairo_surface_destroy (surface);

              assert_texts_fit (&drawn);

              text = find_text (&drawn, "title");
              g_assert_nonnull (text);
              g_assert_cmpstr (text->text, ==, cr_result_get_title (result));

              text = find_text (&drawn, "name");
              if (name != NULL)
                {
                  g_autofree char *for_name = cr_format_for_name (name);

                  g_assert_nonnull (text);
                  g_assert_cmpstr (text->text, ==, for_name);
                  /* Shown without its controls. */
                  g_assert_null (strstr (text->text, "\u202E"));
                  g_assert_null (strstr (text->text, "\u2067"));
                  /* Under the verdict. */
                  g_assert_cmpint (text->logical.y, >, find_text (&drawn, "title")->logical.y);
                }
              else
                g_assert_null (text);

              text = find_text (&drawn, "close-call");
              if (close_call != NULL)
                {
                  g_assert_nonnull (text);
                  g_assert_cmpstr (text->text, ==, close_call);
                  n_close++;
                }
              else
                g_assert_null (text);

              if (n_weighs_most > 0)
                {
                  text = find_text (&drawn, "heading");
                  g_assert_nonnull (text);
                  g_assert_cmpstr (text->text, ==,
                                   cr_share_get_heading (CR_SHARE_HEADING_WEIGHS_MOST));
                  g_assert_nonnull (find_text (&drawn, "reason"));
                  n_reasons++;
                }

              n_checked++;
              g_ptr_array_unref (drawn.texts);
              g_free (drawn.where);
            }
        }
    }

  set_language ("en");
  /* Close calls and reasons were among the cards measured. */
  g_assert_cmpuint (n_close, >, 0);
  g_assert_cmpuint (n_reasons, >, 0);
  g_test_message ("%u cards measured", n_checked);
}

static cairo_surface_t *
draw_named_card (CrCardSize  size,
                 const char *name,
                 Drawn      *drawn)
{
  g_autoptr(CrAnswers) answers = profile_answers (find_profile ("full-time-creator"), name);
  g_autoptr(CrResult) result = cr_score (answers);
  g_autoptr(GDateTime) date = test_date ();
  cairo_surface_t *surface;
  cairo_t *cr;
  int width, height;

  cr_card_get_size (size, &width, &height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cr = cairo_create (surface);
  cr_card_draw_inspected (cr, size, answers, result, date, drawn != NULL ? record_text : NULL,
                          drawn);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

/* The pixels a name of marks alone adds to the card, against the same card
 * with the dotted circle alone they are put on, are all in the name's line:
 * between the verdict above it and the text below it, within its column. */
static void
test_card_marks_pixels (void)
{
  static const CrCardSize sizes[] = { CR_CARD_SQUARE, CR_CARD_WIDE, CR_CARD_STORY };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      Drawn drawn = { 0 };
      cairo_surface_t *marks, *plain;
      const FitText *name, *title;
      int top, bottom, stride, n_changed = 0;
      const guint8 *a, *b;

      cr_card_get_size (sizes[s], &drawn.width, &drawn.height);
      drawn.texts = g_ptr_array_new_with_free_func (fit_text_free);
      drawn.where = g_strdup ("marks card");
      marks = draw_named_card (sizes[s], MARKS_100, &drawn);
      plain = draw_named_card (sizes[s], "\u25CC", NULL);

      name = find_text (&drawn, "name");
      title = find_text (&drawn, "title");
      g_assert_nonnull (name);
      g_assert_nonnull (title);
      g_assert_cmpstr (name->text, ==, "for \u2068\u25CC\u0301\u0301\u0301\u0301\u2069");
      top = title->logical.y + title->logical.height;
      bottom = drawn.height;
      for (guint i = 0; i < drawn.texts->len; i++)
        {
          const FitText *text = g_ptr_array_index (drawn.texts, i);

          if (text->logical.y > name->logical.y)
            bottom = MIN (bottom, text->logical.y);
        }

      a = cairo_image_surface_get_data (marks);
      b = cairo_image_surface_get_data (plain);
      stride = cairo_image_surface_get_stride (marks);
      for (int y = 0; y < drawn.height; y++)
        for (int x = 0; x < drawn.width; x++)
          {
            guint32 pa = *(const guint32 *) (a + y * stride + x * 4) & 0xffffff;
            guint32 pb = *(const guint32 *) (b + y * stride + x * 4) & 0xffffff;

            if (pa == pb)
              continue;
            n_changed++;
            if (y < top || y >= bottom || x < name->box.x - 2 ||
                x >= name->box.x + name->box.width + 2)
              g_error ("card %u: a mark drawn at %d,%d, outside the name's line %d–%d", s, x, y,
                       top, bottom);
          }
      /* The marks were drawn, on their line. */
      g_assert_cmpint (n_changed, >, 0);

      cairo_surface_destroy (marks);
      cairo_surface_destroy (plain);
      g_ptr_array_unref (drawn.texts);
      g_free (drawn.where);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_unsetenv ("LANGUAGE");
  g_unsetenv ("LC_ALL");
  g_unsetenv ("LC_MESSAGES");
  g_setenv ("LANG", "C.UTF-8", TRUE);

  cr_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  tmpdir = g_dir_make_tmp ("test-render-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/render/card/png", test_card_png);
  g_test_add_func ("/render/card/rtl", test_card_rtl);
  g_test_add_func ("/render/card/texts-fit", test_card_texts_fit);
  g_test_add_func ("/render/card/marks-pixels", test_card_marks_pixels);
  g_test_add_func ("/render/text", test_text);
  g_test_add_func ("/render/report/paginate", test_report_paginate);
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *path = g_strdup_printf ("/render/report/pdf/%s", languages[i]);

      g_test_add_data_func (path, languages[i], test_report_pdf);
    }

  status = g_test_run ();

  g_rmdir (tmpdir);
  g_free (tmpdir);

  return status;
}
