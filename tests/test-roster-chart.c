/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-roster-chart.c: a roster's summary as the renderer draws it: the
 * chart as a PNG, mirrored right to left, and the one-page PDF read back
 * by poppler's pdftotext and pdfinfo, in English and in Arabic
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "cr-i18n.h"
#include "cr-roster-chart.h"
#include "cr-test-utils.h"

static char *tmpdir;

static void
set_language (const char *code)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cr_i18n_set_language (code, &error));
  g_assert_no_error (error);
}

/* Ten creators: 2 influencers, 2 ambassadors, 3 faces, 1 neither, 2 with
 * no verdict; 2 close calls, 4 unanswered, 1 name on 3 rows. */
static void
make_counts (CrRosterCounts *counts)
{
  static const guint values[CR_ROSTER_N_COUNTS] = { 2, 2, 3, 1, 2, 2, 4, 1, 3 };

  counts->total = 10;
  memcpy (counts->counts, values, sizeof values);
}

static char *
write_bytes (GBytes     *bytes,
             const char *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (tmpdir, name, NULL);
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  g_assert_true (g_file_set_contents (path, data, (gssize) length, &error));
  g_assert_no_error (error);

  return path;
}

/* The colour of a pixel, 0xRRGGBB. */
static guint32
pixel (cairo_surface_t *surface,
       int              x,
       int              y)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return *(const guint32 *) (data + y * stride + x * 4) & 0xffffff;
}

static cairo_surface_t *
decode (GBytes     *png,
        const char *name)
{
  g_autofree char *path = write_bytes (png, name);
  cairo_surface_t *surface = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_unlink (path);

  return surface;
}

/* The PNG is the chart's size, and its first bar, the influencers', in
 * their colour, starts at the start side: the left in English, the right
 * in Arabic. */
static void
test_png (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) ltr = NULL;
  g_autoptr(GBytes) rtl = NULL;
  cairo_surface_t *surface;
  CrRosterCounts counts;
  /* Where the first bar begins, wide, in an image of the chart's size. */
  const int y = 60, near_start = 430;

  make_counts (&counts);

  set_language ("en");
  ltr = cr_roster_summary_render_png (&counts, &error);
  g_assert_no_error (error);
  surface = decode (ltr, "ltr.png");
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, CR_ROSTER_CHART_WIDTH);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, CR_ROSTER_CHART_HEIGHT);
  g_assert_cmphex (pixel (surface, near_start, y), ==, 0xc2185b);
  g_assert_cmphex (pixel (surface, CR_ROSTER_CHART_WIDTH - near_start, y), !=, 0xc2185b);
  cairo_surface_destroy (surface);

  set_language ("ar");
  rtl = cr_roster_summary_render_png (&counts, &error);
  g_assert_no_error (error);
  surface = decode (rtl, "rtl.png");
  g_assert_cmphex (pixel (surface, CR_ROSTER_CHART_WIDTH - near_start, y), ==, 0xc2185b);
  g_assert_cmphex (pixel (surface, near_start, y), !=, 0xc2185b);
  cairo_surface_destroy (surface);

  set_language ("en");
}

/* One page, titled, with every figure in words. */
static void
test_pdf (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 12, 7, 12, 0, 0);
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  CrRosterCounts counts;

  make_counts (&counts);
  set_language ("en");
  pdf = cr_roster_summary_render_pdf (&counts, "agency.csv", date, CR_PAPER_A4, &error);
  g_assert_no_error (error);
  path = write_bytes (pdf, "summary.pdf");

  {
    const char *argv[] = { "pdfinfo", path, NULL };

    info = cr_test_run_tool (argv);
  }
  g_assert_nonnull (strstr (info, "Pages:           1\n"));
  g_assert_nonnull (strstr (info, "Title:           Roster Summary\n"));

  {
    const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };

    text = cr_test_run_tool (argv);
  }
  g_assert_nonnull (strstr (text, "Roster Summary"));
  g_assert_nonnull (strstr (text, "agency.csv · 2026-12-07"));
  g_assert_nonnull (strstr (text, "10 creators\n"));
  g_assert_nonnull (strstr (text, "Influencer: 2\n"));
  g_assert_nonnull (strstr (text, "Brand ambassador: 2\n"));
  g_assert_nonnull (strstr (text, "Contracted ambassador: 3\n"));
  g_assert_nonnull (strstr (text, "Neither, yet: 1\n"));
  g_assert_nonnull (strstr (text, "No verdict: 2\n"));
  g_assert_nonnull (strstr (text, "Close calls: 2\n"));
  g_assert_nonnull (strstr (text, "With unanswered questions: 4\n"));
  g_assert_nonnull (strstr (text, "Names on more than one row: 1\n"));
  g_assert_nonnull (strstr (text, "Rows whose name is on another row: 3\n"));
  g_unlink (path);
}

/* In Arabic, the page's words are Arabic. */
static void
test_pdf_arabic (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  CrRosterCounts counts;

  make_counts (&counts);
  set_language ("ar");
  pdf = cr_roster_summary_render_pdf (&counts, NULL, NULL, CR_PAPER_A4, &error);
  g_assert_no_error (error);
  path = write_bytes (pdf, "summary-ar.pdf");

  {
    const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };

    text = cr_test_run_tool (argv);
  }
  /* pdftotext splits Arabic words where glyphs join, and turns lam-alef
   * around: the words are looked for without spaces, among those it
   * reads whole. */
  {
    GString *joined = g_string_new (NULL);

    for (const char *p = text; *p != '\0'; p++)
      if (*p != ' ')
        g_string_append_c (joined, *p);
    flat = g_string_free (joined, FALSE);
  }
  g_assert_nonnull (strstr (flat, "ملخصالقائمة"));
  g_assert_nonnull (strstr (flat, "نتائجمتقاربة"));
  g_assert_nonnull (strstr (flat, "مؤثر"));
  g_assert_null (strstr (text, "Close calls"));
  g_unlink (path);
  set_language ("en");
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
  g_unsetenv ("SOURCE_DATE_EPOCH");

  cr_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  tmpdir = g_dir_make_tmp ("test-roster-chart-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/render/roster-summary/png", test_png);
  g_test_add_func ("/render/roster-summary/pdf", test_pdf);
  g_test_add_func ("/render/roster-summary/pdf-arabic", test_pdf_arabic);

  status = g_test_run ();
  g_rmdir (tmpdir);
  g_free (tmpdir);

  return status;
}
