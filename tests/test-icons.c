/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-icons.c: the icons render, with the SVG loader GTK itself uses
 *
 * The application icon must show both roles' colours on a round badge with
 * transparent corners at every size a desktop asks for; the symbolic icon
 * must be one flat colour, which is what lets GTK recolour it.
 */
#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>

#define APP_ICON "hicolor", "scalable", "apps", APP_ID ".svg"
#define SYMBOLIC_ICON "hicolor", "symbolic", "apps", APP_ID "-symbolic.svg"

static GdkPixbuf *
load_icon (const char *file,
           int         size)
{
  g_autoptr(GError) error = NULL;
  GdkPixbuf *pixbuf;

  pixbuf = gdk_pixbuf_new_from_file_at_size (file, size, size, &error);
  g_assert_no_error (error);
  g_assert_nonnull (pixbuf);
  g_assert_cmpint (gdk_pixbuf_get_width (pixbuf), ==, size);
  g_assert_cmpint (gdk_pixbuf_get_height (pixbuf), ==, size);
  g_assert_true (gdk_pixbuf_get_has_alpha (pixbuf));
  g_assert_cmpint (gdk_pixbuf_get_n_channels (pixbuf), ==, 4);

  return pixbuf;
}

static const guint8 *
pixel (GdkPixbuf *pixbuf,
       int        x,
       int        y)
{
  return gdk_pixbuf_read_pixels (pixbuf) + y * gdk_pixbuf_get_rowstride (pixbuf) + x * 4;
}

static void
test_app_icon (void)
{
  g_autofree char *file = g_test_build_filename (G_TEST_DIST, "..", "data", "icons",
                                                 APP_ICON, NULL);
  const int sizes[] = { 16, 32, 48, 64, 128, 256 };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(GdkPixbuf) pixbuf = load_icon (file, sizes[i]);
      int size = sizes[i];
      guint blue = 0, green = 0, opaque = 0;

      /* A badge, not a square: the corners are see-through. */
      g_assert_cmpuint (pixel (pixbuf, 0, 0)[3], ==, 0);
      g_assert_cmpuint (pixel (pixbuf, size - 1, size - 1)[3], ==, 0);
      g_assert_cmpuint (pixel (pixbuf, 0, size - 1)[3], ==, 0);

      for (int y = 0; y < size; y++)
        for (int x = 0; x < size; x++)
          {
            const guint8 *p = pixel (pixbuf, x, y);

            if (p[3] < 255)
              continue;
            opaque++;
            /* The influencer's blue half and the ambassador's green half. */
            if (p[2] > p[0] + 80 && p[2] > p[1] + 20)
              blue++;
            if (p[1] > p[0] + 60 && p[1] > p[2] + 30)
              green++;
          }

      g_test_message ("%d px: %u opaque, %u blue, %u green", size, opaque, blue, green);
      g_assert_cmpuint (opaque, >, size * size * 2 / 5);
      g_assert_cmpuint (blue, >, size * size / 10);
      g_assert_cmpuint (green, >, size * size / 10);
    }
}

static void
test_symbolic_icon (void)
{
  g_autofree char *file = g_test_build_filename (G_TEST_DIST, "..", "data", "icons",
                                                 SYMBOLIC_ICON, NULL);
  const int sizes[] = { 16, 32, 64 };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(GdkPixbuf) pixbuf = load_icon (file, sizes[i]);
      int size = sizes[i];
      const guint8 *ink = NULL;
      guint opaque = 0;

      for (int y = 0; y < size; y++)
        for (int x = 0; x < size; x++)
          {
            const guint8 *p = pixel (pixbuf, x, y);

            /* Faint edge pixels lose colour precision: judge the rest. */
            if (p[3] < 64)
              continue;
            if (p[3] == 255)
              opaque++;
            /* One ink: every painted pixel has the same colour, only its
             * coverage varies along the edges. */
            if (ink == NULL)
              ink = p;
            g_assert_cmpuint (ABS (p[0] - ink[0]), <=, 4);
            g_assert_cmpuint (ABS (p[1] - ink[1]), <=, 4);
            g_assert_cmpuint (ABS (p[2] - ink[2]), <=, 4);
          }

      g_test_message ("%d px: %u opaque", size, opaque);
      /* A figure, neither a speck nor a filled square. */
      g_assert_cmpuint (opaque, >, size * size / 5);
      g_assert_cmpuint (opaque, <, size * size * 3 / 4);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/data/icons/app", test_app_icon);
  g_test_add_func ("/data/icons/symbolic", test_symbolic_icon);

  return g_test_run ();
}
