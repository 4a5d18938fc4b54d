/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-render.c: the result card and the printed report, drawn with cairo
 * and laid out by Pango
 *
 * Both have a palette of their own, so that they look the same whatever
 * the desktop's theme. Every text is a Pango layout (wrapping, ellipsizing,
 * shaping and bidi are Pango's); its base direction is the interface
 * language's, and what is not text (the icon, the bars) is mirrored by
 * hand for a language written from right to left.
 *
 * The card is laid out as columns of texts and bars that shrink together,
 * by steps, until every text holds whole in its lines and its column: a
 * text is never cut. Each text is drawn clipped to its box, so that marks
 * stacked higher than a line (cr-name.c keeps four on a letter) are drawn
 * over nothing around it. cr_card_draw_inspected() tells its caller each
 * text's box, clip and layout, so that tests measure this rather than
 * trust it.
 */
#include "config.h"

#include <string.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <librsvg/rsvg.h>
#include <pango/pangocairo.h>

#include "cr-document.h"
#include "cr-i18n.h"
#include "cr-name.h"
#include "cr-questionnaire.h"
#include "cr-render.h"
#include "cr-render-private.h"
#include "cr-render-resources.h"
#include "cr-result-text.h"

#define APP_ICON_RESOURCE "/io/github/creatorrole/CreatorRole/render/app-icon.svg"

/* The card's and the report's own palette. */
static const Colour paper_colour = RGB (0xfbf8f3);
static const Colour ink_colour = RGB (0x1e2330);
static const Colour muted_colour = RGB (0x5a6070);
static const Colour track_colour = RGB (0xe7e1d7);
static const Colour band_colour = RGB (0x262c3d);
static const Colour band_ink_colour = RGB (0xfbf8f3);
/* One a role, in the order of CrRole; dark enough for white text beside
 * them and distinct in grey. */
static const Colour role_colours[CR_N_ROLES] = {
  RGB (0xc2185b),
  RGB (0x1565c0),
  RGB (0x2e7d32),
};

void
_cr_render_set_colour (cairo_t      *cr,
                       const Colour *colour)
{
  cairo_set_source_rgb (cr, colour->r, colour->g, colour->b);
}

/* A layout for @cr in the interface language's direction, its font
 * @size units high, @width wide (wrapping by words; no wrapping when 0),
 * its lines @line_height times @size apart. */
PangoLayout *
_cr_render_make_layout (cairo_t     *cr,
                        const char  *text,
                        double       size,
                        PangoWeight  weight,
                        double       width,
                        double       line_height)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoContext *context = pango_layout_get_context (layout);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);
  PangoLanguage *language = pango_language_from_string (cr_i18n_get_language ());
  PangoAttrList *attrs;

  pango_context_set_base_dir (context, cr_i18n_is_rtl () ? PANGO_DIRECTION_RTL
                                                         : PANGO_DIRECTION_LTR);
  pango_context_set_language (context, language);
  pango_layout_context_changed (layout);
  /* Every paragraph in the interface language's direction, so that a
   * name in Latin letters does not turn an Arabic card around. */
  pango_layout_set_auto_dir (layout, FALSE);
  /* Pango turns the alignment around for right-to-left paragraphs only
   * when it finds their direction itself: here it is told. */
  pango_layout_set_alignment (layout, cr_i18n_is_rtl () ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, width > 0 ? (int) (width * PANGO_SCALE) : -1);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);

  /* Lines of the same height in every script: the Arabic fonts ask for
   * half as much again as Latin ones, which would space an Arabic
   * paragraph out and push the report onto a third page. */
  attrs = pango_attr_list_new ();
  pango_attr_list_insert (attrs, pango_attr_line_height_new_absolute (
                                   (int) (size * line_height * PANGO_SCALE)));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  return layout;
}

static PangoLayout *
make_layout (cairo_t    *cr,
             const char *text,
             double      size,
             PangoWeight weight,
             double      width)
{
  return _cr_render_make_layout (cr, text, size, weight, width,
                                 weight >= PANGO_WEIGHT_HEAVY ? 1.2 : 1.4);
}

/* At most @lines lines, the last one ellipsized. */
static void
limit_lines (PangoLayout *layout,
             int          lines)
{
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -lines);
}

double
_cr_render_layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);

  return (double) height / PANGO_SCALE;
}

/* The x of a box @width wide whose start edge is @start from the start
 * side of the area [@left, @left + @area]. */
static double
start_x (double left,
         double area,
         double start,
         double width)
{
  return cr_i18n_is_rtl () ? left + area - start - width : left + start;
}

void
_cr_render_show_layout (cairo_t      *cr,
                        PangoLayout  *layout,
                        double        x,
                        double        y,
                        const Colour *colour)
{
  cairo_save (cr);
  _cr_render_set_colour (cr, colour);
  cairo_move_to (cr, x, y);
  pango_cairo_update_layout (cr, layout);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   double   radius)
{
  radius = MIN (radius, MIN (width, height) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* The app's icon, drawn from its SVG, @size square at (@x, @y). */
static void
draw_icon (cairo_t *cr,
           double   x,
           double   y,
           double   size)
{
  static RsvgHandle *handle;
  RsvgRectangle viewport = { x, y, size, size };

  if (g_once_init_enter (&handle))
    {
      g_autoptr(GBytes) data = g_resource_lookup_data (cr_render_get_resource (),
                                                       APP_ICON_RESOURCE,
                                                       G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      gsize length;
      const guint8 *bytes = g_bytes_get_data (data, &length);
      RsvgHandle *loaded = rsvg_handle_new_from_data (bytes, length, NULL);

      g_once_init_leave (&handle, loaded);
    }

  if (handle != NULL)
    rsvg_handle_render_document (handle, cr, &viewport, NULL);
}

/* Where the card's texts go: the context, and who is told of each text
 * drawn (tests, to measure it against its box). */
typedef struct
{
  cairo_t           *cr;
  CrCardInspectFunc  inspect;
  gpointer           user_data;
} Canvas;

/* Draws @layout with its top left at (@layout_x, @layout_y), clipped to
 * its box (@x, @y, @width, @height) widened by 2 pixels to either side and
 * @reach up and down (what a script's marks may reach beyond their line,
 * when the box is the text's lines alone), and tells @canvas of it if
 * given: nothing of a text, its marks stacked however high, is drawn over
 * what is around its box. */
static void
draw_text (cairo_t      *cr,
           Canvas       *canvas,
           const char   *what,
           PangoLayout  *layout,
           double        layout_x,
           double        layout_y,
           double        x,
           double        y,
           double        width,
           double        height,
           double        reach,
           int           max_lines,
           const Colour *colour)
{
  CrCardText text = { what, x, y, width, height, max_lines, layout, layout_x, layout_y,
                      x - 2, y - reach, width + 4, height + 2 * reach };

  cairo_save (cr);
  cairo_rectangle (cr, text.clip_x, text.clip_y, text.clip_width, text.clip_height);
  cairo_clip (cr);
  _cr_render_show_layout (cr, layout, layout_x, layout_y, colour);
  cairo_restore (cr);

  if (canvas != NULL && canvas->inspect != NULL)
    canvas->inspect (&text, canvas->user_data);
}

/* An eighth of a line of @layout: what a script's marks reach beyond it. */
static double
marks_reach (PangoLayout *layout)
{
  return _cr_render_layout_height (layout) / MAX (pango_layout_get_line_count (layout), 1) / 8;
}

/* The height of one role's share: its name and share above a bar. */
static double
share_height (double text_size,
              double bar_height)
{
  return text_size * 1.3 + bar_height * 1.3;
}

/* The layouts of a share's name and number; whether the name holds on one
 * line. */
static gboolean
share_layouts (cairo_t      *cr,
               CrResult     *result,
               CrRole        role,
               double        width,
               double        text_size,
               gboolean      verdict,
               PangoLayout **name,
               PangoLayout **number,
               double       *name_width,
               double       *number_width)
{
  g_autofree char *share = cr_format_share (cr_result_get_score (result, role));
  int w;

  *number = make_layout (cr, share, text_size, PANGO_WEIGHT_BOLD, -1);
  pango_layout_get_size (*number, &w, NULL);
  *number_width = (double) w / PANGO_SCALE;
  *name_width = MAX (width - *number_width - text_size, 1);
  *name = make_layout (cr, cr_role_get_name (role), text_size,
                       verdict ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL, *name_width);

  return pango_layout_get_line_count (*name) <= 1;
}

/* One role's share: its name and share above a bar, @width wide, its top
 * at @y; its texts told to @canvas if given. Returns the height. */
static double
draw_share (cairo_t  *cr,
            Canvas   *canvas,
            CrResult *result,
            CrRole    role,
            double    x,
            double    y,
            double    width,
            double    text_size,
            double    bar_height,
            gboolean  verdict)
{
  guint score = cr_result_get_score (result, role);
  g_autoptr(PangoLayout) name = NULL;
  g_autoptr(PangoLayout) number = NULL;
  double number_width, name_width, text_height, fill, name_x, number_x, name_y, number_y;

  share_layouts (cr, result, role, width, text_size, verdict, &name, &number, &name_width,
                 &number_width);
  limit_lines (name, 1);
  /* A line of its own height, whatever the font's: the fonts of some
   * scripts (Arabic) say they need far more room than their letters take,
   * which would leave the bars far from their names. */
  text_height = text_size * 1.3;

  name_x = start_x (x, width, 0, name_width);
  name_y = y - (_cr_render_layout_height (name) - text_height) / 2;
  number_x = start_x (x, width, width - number_width, number_width);
  number_y = y - (_cr_render_layout_height (number) - text_height) / 2;
  draw_text (cr, canvas, "share-name", name, name_x, name_y, name_x, name_y, name_width,
             _cr_render_layout_height (name), marks_reach (name), 1, &ink_colour);
  draw_text (cr, canvas, "share-number", number, number_x, number_y, number_x, number_y,
             number_width, _cr_render_layout_height (number), marks_reach (number), 1, &ink_colour);

  y += text_height + bar_height * 0.3;
  _cr_render_set_colour (cr, &track_colour);
  rounded_rectangle (cr, x, y, width, bar_height, bar_height / 2);
  cairo_fill (cr);

  fill = width * MIN (score, 100) / 100.0;
  if (fill > 0)
    {
      _cr_render_set_colour (cr, &role_colours[role]);
      rounded_rectangle (cr, start_x (x, width, 0, fill), y, fill, bar_height, bar_height / 2);
      cairo_fill (cr);
    }

  return share_height (text_size, bar_height);
}

/* A column of the card: its texts and bars, one under the other. */
typedef enum
{
  ITEM_TEXT,
  /* A paragraph beside a dot of the verdict's colour. */
  ITEM_BULLET,
  ITEM_SHARE,
} ItemKind;

typedef struct
{
  ItemKind      kind;
  const char   *what;
  const char   *text;
  /* At full scale, in pixels. */
  double        size;
  PangoWeight   weight;
  const Colour *colour;
  /* The most lines; 0 for any. */
  int           max_lines;
  /* Space below, at full scale. */
  double        gap;
  CrRole        role;
} Item;

#define MAX_ITEMS 24

typedef struct
{
  Item  items[MAX_ITEMS];
  guint n_items;
  /* What is left out first when the column does not fit whole: the items
   * from this one on (the changes of the story card); n_items when none. */
  guint optional_from;
} Column;

static Item *
column_add (Column       *column,
            ItemKind      kind,
            const char   *what,
            const char   *text,
            double        size,
            PangoWeight   weight,
            const Colour *colour,
            int           max_lines,
            double        gap)
{
  Item *item;

  g_assert (column->n_items < MAX_ITEMS);
  item = &column->items[column->n_items++];
  *item = (Item) { kind, what, text, size, weight, colour, max_lines, gap, CR_N_ROLES };

  return item;
}

/* The indent of a bullet's paragraph. */
#define BULLET_INDENT(size) ((size) * 1.2)

static PangoLayout *
item_layout (cairo_t    *cr,
             const Item *item,
             double      scale,
             double      width)
{
  double size = item->size * scale;

  return make_layout (cr, item->text, size, item->weight,
                      item->kind == ITEM_BULLET ? width - BULLET_INDENT (size) : width);
}

/* The height of @n items at @scale in a column @width wide; whether each
 * of their texts holds whole in its lines. */
static double
measure_items (cairo_t      *cr,
               CrResult     *result,
               const Item   *items,
               guint         n,
               double        scale,
               double        width,
               gboolean     *fits)
{
  double height = 0;

  *fits = TRUE;
  for (guint i = 0; i < n; i++)
    {
      const Item *item = &items[i];

      if (item->kind == ITEM_SHARE)
        {
          g_autoptr(PangoLayout) name = NULL;
          g_autoptr(PangoLayout) number = NULL;
          double name_width, number_width;

          *fits &= share_layouts (cr, result, item->role, width, item->size * scale,
                                  item->role == cr_result_get_role (result), &name, &number,
                                  &name_width, &number_width);
          height += share_height (item->size * scale, item->size * scale * 0.65);
        }
      else
        {
          g_autoptr(PangoLayout) layout = item_layout (cr, item, scale, width);

          if (item->max_lines > 0 && pango_layout_get_line_count (layout) > item->max_lines)
            *fits = FALSE;
          height += _cr_render_layout_height (layout);
        }

      if (i + 1 < n)
        height += item->gap * scale;
    }

  return height;
}

/* The part of the space between @upper and @lower, one above the other,
 * that is @upper's (@upper_part) or @lower's: as their sizes are. */
static double
share_of_gap (const Item *upper,
              const Item *lower,
              double      scale,
              gboolean    upper_part)
{
  return upper->gap * scale * (upper_part ? upper->size : lower->size) /
         (upper->size + lower->size);
}

/* Draws @column in the box (@x, @y, @width, @height), its texts in the
 * largest of the scales from 1 down to @min_scale, by steps of 8%, at
 * which all of it fits whole; leaving out its optional items if even the
 * smallest is too large. Returns the height taken. */
static double
draw_column (Canvas   *canvas,
             CrResult *result,
             Column   *column,
             double    x,
             double    y,
             double    width,
             double    height,
             double    min_scale)
{
  cairo_t *cr = canvas->cr;
  guint n = column->n_items;
  double scale = 1, top = y;
  gboolean fits = FALSE;

  for (guint attempt = 0; attempt < 2 && !fits; attempt++)
    {
      scale = 1;
      while (scale >= min_scale - 1e-9)
        {
          if (measure_items (cr, result, column->items, n, scale, width, &fits) <= height &&
              fits)
            break;
          scale *= 0.92;
        }
      if (fits || column->optional_from >= n)
        break;
      n = column->optional_from;
    }
  /* Nothing fitted: the smallest scale, and the test of the card says so. */
  if (!fits)
    scale = MAX (scale, min_scale);

  for (guint i = 0; i < n; i++)
    {
      const Item *item = &column->items[i];
      double size = item->size * scale;

      if (item->kind == ITEM_SHARE)
        y += draw_share (cr, canvas, result, item->role, x, y, width, size, size * 0.65,
                         item->role == cr_result_get_role (result));
      else
        {
          g_autoptr(PangoLayout) layout = item_layout (cr, item, scale, width);
          double text_x = x, text_width = width, above, below;

          if (item->max_lines > 0)
            limit_lines (layout, item->max_lines);

          if (item->kind == ITEM_BULLET)
            {
              double dot = size * 0.4;
              CrRole verdict = cr_result_get_role (result);

              text_width = width - BULLET_INDENT (size);
              text_x = start_x (x, width, BULLET_INDENT (size), text_width);
              _cr_render_set_colour (cr, verdict < CR_N_ROLES ? &role_colours[verdict] : &muted_colour);
              /* Beside the first line, halfway up its small letters. */
              cairo_arc (cr, start_x (x, width, dot / 2, dot) + dot / 2,
                         y + (double) pango_layout_get_baseline (layout) / PANGO_SCALE -
                           size * 0.3,
                         dot / 2, 0, 2 * G_PI);
              cairo_fill (cr);
            }

          /* Its box: its lines and its share of the space to the items
           * around it, the larger text's marks reaching further; what its
           * marks reach beyond its lines at the column's top and foot. */
          above = i > 0 ? share_of_gap (&column->items[i - 1], item, scale, FALSE)
                        : marks_reach (layout);
          below = i + 1 < n ? share_of_gap (item, &column->items[i + 1], scale, TRUE)
                            : marks_reach (layout);
          draw_text (cr, canvas, item->what, layout, text_x, y, text_x, y - above, text_width,
                     _cr_render_layout_height (layout) + above + below, 0, item->max_lines, item->colour);
          y += _cr_render_layout_height (layout);
        }

      if (i + 1 < n)
        y += item->gap * scale;
    }

  return y - top;
}

/* The answers that weigh most, under their heading. */
static void
add_reasons (Column   *column,
             CrResult *result,
             double    size,
             int       max_lines)
{
  const guint *weighs_most;
  guint n;

  weighs_most = cr_result_get_weighs_most (result, &n);
  if (n == 0)
    return;

  column_add (column, ITEM_TEXT, "heading", cr_share_get_heading (CR_SHARE_HEADING_WEIGHS_MOST),
              size * 0.8, PANGO_WEIGHT_BOLD, &muted_colour, 1, size * 0.35);
  for (guint i = 0; i < n && i < 3; i++)
    {
      const char *reason = cr_result_get_reason (result, weighs_most[i]);

      if (reason != NULL)
        column_add (column, ITEM_BULLET, "reason", reason, size, PANGO_WEIGHT_NORMAL,
                    &ink_colour, max_lines, size * 0.5);
    }
}

/**
 * cr_card_get_size:
 * @width: (out): in pixels
 * @height: (out): in pixels
 */
void
cr_card_get_size (CrCardSize  size,
                  int        *width,
                  int        *height)
{
  g_return_if_fail (width != NULL && height != NULL);

  switch (size)
    {
    case CR_CARD_WIDE:
      *width = 1200;
      *height = 630;
      break;
    case CR_CARD_STORY:
      *width = 1080;
      *height = 1920;
      break;
    case CR_CARD_SQUARE:
    default:
      *width = 1080;
      *height = 1080;
      break;
    }
}

/* The band at the foot of the card: the icon, the app's name, the date. */
static void
draw_card_footer (Canvas    *canvas,
                  double     width,
                  double     height,
                  double     band,
                  double     margin,
                  GDateTime *date)
{
  cairo_t *cr = canvas->cr;
  g_autofree char *day = cr_format_date (date);
  g_autoptr(PangoLayout) name = NULL;
  g_autoptr(PangoLayout) when = NULL;
  double icon = band * 0.6, text_size = band * 0.3, when_width, name_width, x, y;
  int w;

  _cr_render_set_colour (cr, &band_colour);
  cairo_rectangle (cr, 0, height - band, width, band);
  cairo_fill (cr);

  draw_icon (cr, start_x (margin, width - 2 * margin, 0, icon), height - band + (band - icon) / 2,
             icon);

  when = make_layout (cr, day, text_size, PANGO_WEIGHT_NORMAL, -1);
  pango_layout_get_size (when, &w, NULL);
  when_width = (double) w / PANGO_SCALE;
  x = start_x (margin, width - 2 * margin, width - 2 * margin - when_width, when_width);
  y = height - band + (band - _cr_render_layout_height (when)) / 2;
  draw_text (cr, canvas, "date", when, x, y, x, height - band, when_width, band, 0, 1,
             &band_ink_colour);

  /* Translators: the app's name, on the result card */
  name_width = width - 2 * margin - icon - when_width - 2 * text_size;
  name = make_layout (cr, _("Creator Role"), text_size, PANGO_WEIGHT_BOLD, name_width);
  limit_lines (name, 1);
  x = start_x (margin, width - 2 * margin, icon + text_size * 0.6, name_width);
  y = height - band + (band - _cr_render_layout_height (name)) / 2;
  draw_text (cr, canvas, "app", name, x, y, x, height - band, name_width, band, 0, 1,
             &band_ink_colour);
}

/**
 * cr_card_draw:
 * @cr: a context whose user space is the card's pixels (see
 *   cr_card_get_size()), origin at the top left
 * @date: the day to show
 *
 * Draws the result card: the verdict and whom it is for if named, a close
 * call if it is one, the three shares as bars, the answers that weigh most
 * under their heading (the story card adds what would change the verdict),
 * and at its foot the app's icon and name and the date.
 */
void
cr_card_draw (cairo_t    *cr,
              CrCardSize  size,
              CrAnswers  *answers,
              CrResult   *result,
              GDateTime  *date)
{
  cr_card_draw_inspected (cr, size, answers, result, date, NULL, NULL);
}

/* A card's measures, by its size. */
typedef struct
{
  double margin;
  double band;
  double title_size;
  double body_size;
  /* The main column's width. */
  double left_width;
} CardMeasures;

/* Sizes for a card seen about 360 pixels wide, on a phone: the body's
 * text is then still 12 pixels high or more. */
static void
get_card_measures (CrCardSize    size,
                   CrResult     *result,
                   int           width,
                   CardMeasures *m)
{
  switch (size)
    {
    case CR_CARD_WIDE:
      m->margin = 56;
      m->band = 96;
      m->title_size = 58;
      m->body_size = 30;
      /* The reasons in a column of their own, when there are shares. */
      m->left_width = cr_result_has_shares (result) ? (width - 3 * m->margin) * 0.54
                                                    : width - 2 * m->margin;
      break;
    case CR_CARD_STORY:
      m->margin = 96;
      m->band = 160;
      m->title_size = 96;
      m->body_size = 44;
      m->left_width = width - 2 * m->margin;
      break;
    case CR_CARD_SQUARE:
    default:
      m->margin = 80;
      m->band = 132;
      m->title_size = 80;
      m->body_size = 37;
      m->left_width = width - 2 * m->margin;
      break;
    }
}

/* The verdict, then whom it is about, as a heading about the reader, and
 * a close call if it is one. The texts made for them, kept until the card
 * is drawn, go in @for_name and @close_call. */
static void
add_verdict_items (Column             *main,
                   CrResult           *result,
                   const char         *name,
                   const CardMeasures *m,
                   char              **for_name,
                   char              **close_call)
{
  double body_size = m->body_size;

  column_add (main, ITEM_TEXT, "title", cr_result_get_title (result), m->title_size,
              PANGO_WEIGHT_HEAVY, &ink_colour, 2, m->title_size * 0.2);
  if ((*for_name = cr_format_for_name (name)) != NULL)
    column_add (main, ITEM_TEXT, "name", *for_name, body_size * 1.1, PANGO_WEIGHT_BOLD,
                &muted_colour, 1, body_size * 0.4);
  main->items[main->n_items - 1].gap = body_size * 0.6;

  if ((*close_call = cr_result_dup_close_call_line (result)) != NULL)
    column_add (main, ITEM_TEXT, "close-call", *close_call, body_size, PANGO_WEIGHT_BOLD,
                &ink_colour, 3, body_size * 0.6);
}

/* The three shares as bars and the answers that weigh most (on the wide
 * card, in @side), or, with no role, the summary; the text made for it,
 * kept until the card is drawn, goes in @first_paragraph. */
static void
add_body_items (Column      *main,
                Column      *side,
                CrCardSize   size,
                CrResult    *result,
                double       body_size,
                char       **first_paragraph)
{
  if (cr_result_has_shares (result))
    {
      for (CrRole r = 0; r < CR_N_ROLES; r++)
        column_add (main, ITEM_SHARE, "share", NULL, body_size, PANGO_WEIGHT_NORMAL,
                    &ink_colour, 1, body_size * 0.3)->role = r;
      main->items[main->n_items - 1].gap = body_size * 0.7;

      add_reasons (size == CR_CARD_WIDE ? side : main, result,
                   size == CR_CARD_WIDE ? body_size : body_size * 0.95, 3);
    }
  else
    {
      /* With no role there are no shares nor reasons: the summary says
       * why, or what to answer. A card has room for its first paragraph,
       * a story for all of it. */
      const char *summary = cr_result_get_summary (result);
      const char *end = strchr (summary, '\n');

      *first_paragraph = size != CR_CARD_STORY && end != NULL
                           ? g_strndup (summary, (gsize) (end - summary)) : g_strdup (summary);
      column_add (main, ITEM_TEXT, "summary", *first_paragraph, body_size, PANGO_WEIGHT_NORMAL,
                  &ink_colour, 0, body_size * 0.6);
    }
}

/* The story's height has room for what would change the verdict, left
 * out if it does not fit: every item added from here on is optional. */
static void
add_change_items (Column     *main,
                  CrCardSize  size,
                  CrResult   *result,
                  double      body_size)
{
  main->optional_from = main->n_items;
  if (size == CR_CARD_STORY && cr_result_get_n_changes (result) > 0)
    {
      main->items[main->n_items - 1].gap = body_size * 0.9;
      column_add (main, ITEM_TEXT, "heading",
                  cr_share_get_heading (cr_share_get_changes_heading (result)),
                  body_size * 0.8, PANGO_WEIGHT_BOLD, &muted_colour, 1, body_size * 0.35);
      for (guint i = 0; i < cr_result_get_n_changes (result); i++)
        column_add (main, ITEM_BULLET, "change", cr_result_get_change (result, i)->text,
                    body_size * 0.8, PANGO_WEIGHT_NORMAL, &ink_colour, 0, body_size * 0.5);
    }
}

/* Draws @main, and @side if it has anything, between the strip at the
 * top and the band at the foot of a card @height pixels high. */
static void
draw_card_columns (Canvas             *canvas,
                   CrResult           *result,
                   Column             *main,
                   Column             *side,
                   int                 width,
                   int                 height,
                   const CardMeasures *m)
{
  double margin = m->margin, left_width = m->left_width;
  double area = width - 2 * margin;
  double top, column;

  top = margin * 0.9;
  draw_column (canvas, result, main, start_x (margin, area, 0, left_width), top, left_width,
               height - m->band - margin * 0.5 - top, 0.6);

  if (side->n_items > 0)
    {
      /* The reasons in a column of their own, on the end side. */
      column = MAX (area - margin - left_width, 1);
      draw_column (canvas, result, side, start_x (margin, area, left_width + margin, column),
                   top, column, height - m->band - margin * 0.5 - top, 0.6);
    }
}

/**
 * cr_card_draw_inspected:
 * @inspect: (nullable): called for each text drawn, with the box it was
 *   given and its layout
 *
 * Draws the card as cr_card_draw() does, telling @inspect of every text.
 */
void
cr_card_draw_inspected (cairo_t           *cr,
                        CrCardSize         size,
                        CrAnswers         *answers,
                        CrResult          *result,
                        GDateTime         *date,
                        CrCardInspectFunc  inspect,
                        gpointer           user_data)
{
  Canvas canvas = { cr, inspect, user_data };
  Column main = { .n_items = 0 }, side = { .n_items = 0 };
  CardMeasures m;
  int width, height;
  g_autofree char *for_name = NULL;
  g_autofree char *close_call = NULL;
  g_autofree char *first_paragraph = NULL;
  CrRole verdict;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (CR_IS_ANSWERS (answers));
  g_return_if_fail (result != NULL);
  g_return_if_fail (date != NULL);

  cr_card_get_size (size, &width, &height);
  verdict = cr_result_get_role (result);

  cairo_save (cr);
  _cr_render_set_colour (cr, &paper_colour);
  cairo_paint (cr);

  get_card_measures (size, result, width, &m);

  /* A strip of the verdict's colour along the top. */
  _cr_render_set_colour (cr, verdict < CR_N_ROLES ? &role_colours[verdict] : &muted_colour);
  cairo_rectangle (cr, 0, 0, width, m.margin * 0.3);
  cairo_fill (cr);

  add_verdict_items (&main, result, cr_answers_get_name (answers), &m, &for_name, &close_call);
  add_body_items (&main, &side, size, result, m.body_size, &first_paragraph);
  add_change_items (&main, size, result, m.body_size);
  side.optional_from = side.n_items;

  draw_card_columns (&canvas, result, &main, &side, width, height, &m);
  draw_card_footer (&canvas, width, height, m.band, m.margin, date);

  cairo_restore (cr);
}

/* A cairo write function (cairo_pdf_surface_create_for_stream(), a
 * PNG's stream) that appends to the GByteArray @closure. */
cairo_status_t
_cr_render_append_to_bytes (void                *closure,
                            const unsigned char *data,
                            unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

void
_cr_render_set_cairo_error (GError         **error,
                            cairo_status_t   status)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "cannot be drawn: %s",
               cairo_status_to_string (status));
}

/**
 * cr_render_surface_to_png:
 * @surface: an image surface, drawn
 *
 * Encodes @surface as a PNG file, in memory: in any thread, the surface
 * being used by no other.
 *
 * Returns: (transfer full) (nullable): the file's bytes, or %NULL with
 *   @error set
 */
GBytes *
cr_render_surface_to_png (cairo_surface_t  *surface,
                          GError          **error)
{
  g_autoptr(GByteArray) png = g_byte_array_sized_new (256 * 1024);
  cairo_status_t status = cairo_surface_write_to_png_stream (surface,
                                                             _cr_render_append_to_bytes, png);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      _cr_render_set_cairo_error (error, status);
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&png));
}

/**
 * cr_card_render_png:
 *
 * Returns: (transfer full) (nullable): the card as a PNG file's bytes
 */
GBytes *
cr_card_render_png (CrCardSize   size,
                    CrAnswers   *answers,
                    CrResult    *result,
                    GDateTime   *date,
                    GError     **error)
{
  GBytes *png = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  int width, height;

  g_return_val_if_fail (CR_IS_ANSWERS (answers), NULL);
  g_return_val_if_fail (result != NULL, NULL);

  cr_card_get_size (size, &width, &height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cr = cairo_create (surface);
  cr_card_draw (cr, size, answers, result, date);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status != CAIRO_STATUS_SUCCESS)
    _cr_render_set_cairo_error (error, status);
  else
    png = cr_render_surface_to_png (surface, error);
  cairo_surface_destroy (surface);

  return png;
}

static gboolean
save_bytes (GBytes   *bytes,
            GFile    *file,
            GError  **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  return cr_document_save (file, data, length, NULL, error);
}

/**
 * cr_card_save_png:
 * @file: where to write; written atomically (see cr_document_save())
 *
 * Returns: %TRUE on success
 */
gboolean
cr_card_save_png (CrCardSize   size,
                  CrAnswers   *answers,
                  CrResult    *result,
                  GDateTime   *date,
                  GFile       *file,
                  GError     **error)
{
  g_autoptr(GBytes) png = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if ((png = cr_card_render_png (size, answers, result, date, error)) == NULL)
    return FALSE;

  return save_bytes (png, file, error);
}

/* The report. */

/* Sizes in points. */
#define REPORT_BODY 10.0
#define REPORT_SMALL 8.5
#define REPORT_HEADING 13.0
#define REPORT_TITLE 24.0
#define REPORT_GAP 6.0
#define REPORT_BAR 7.0
/* The page number's line at the foot of the printable area. */
#define REPORT_FOOTER (REPORT_SMALL * 2.4)
#define REPORT_MARGIN 48.0

typedef enum
{
  BLOCK_HEADER,
  BLOCK_NAME,
  BLOCK_TITLE,
  BLOCK_PARAGRAPH,
  BLOCK_SHARE,
  BLOCK_HEADING,
  BLOCK_ANSWER,
} BlockKind;

/* A piece of the report that is never cut between pages. */
typedef struct
{
  BlockKind    kind;
  PangoLayout *first;
  PangoLayout *second;
  CrRole       role;
  double       height;
  /* Space above, unless first on its page. */
  double       space;
  /* A heading stays on the page of what follows it. */
  gboolean     keep_with_next;
  guint        page;
  double       y;
} Block;

struct _CrReport
{
  CrAnswers *answers;
  CrResult  *result;
  GDateTime *date;
  GArray    *blocks;
  double     width;
  double     height;
  guint      n_pages;
};

static void
block_clear (Block *block)
{
  g_clear_object (&block->first);
  g_clear_object (&block->second);
}

/**
 * cr_report_new:
 * @date: the day the report shows
 *
 * Returns: (transfer full): a report of @result, to lay out with
 *   cr_report_paginate() then draw page by page
 */
CrReport *
cr_report_new (CrAnswers *answers,
               CrResult  *result,
               GDateTime *date)
{
  CrReport *report;

  g_return_val_if_fail (CR_IS_ANSWERS (answers), NULL);
  g_return_val_if_fail (result != NULL, NULL);
  g_return_val_if_fail (date != NULL, NULL);

  report = g_new0 (CrReport, 1);
  report->answers = g_object_ref (answers);
  report->result = cr_result_ref (result);
  report->date = g_date_time_ref (date);
  report->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (report->blocks, (GDestroyNotify) block_clear);

  return report;
}

void
cr_report_free (CrReport *report)
{
  if (report == NULL)
    return;

  g_object_unref (report->answers);
  cr_result_unref (report->result);
  g_date_time_unref (report->date);
  g_array_unref (report->blocks);
  g_free (report);
}

static Block *
add_block (CrReport  *report,
           BlockKind  kind,
           double     space)
{
  Block block = { kind, NULL, NULL, CR_N_ROLES, 0, space, FALSE, 0, 0 };

  g_array_append_val (report->blocks, block);

  return &g_array_index (report->blocks, Block, report->blocks->len - 1);
}

static void
add_paragraph (CrReport   *report,
               cairo_t    *cr,
               const char *text,
               double      space)
{
  Block *block = add_block (report, BLOCK_PARAGRAPH, space);

  block->first = make_layout (cr, text, REPORT_BODY, PANGO_WEIGHT_NORMAL, report->width);
  block->height = _cr_render_layout_height (block->first);
}

static void
add_heading (CrReport       *report,
             cairo_t        *cr,
             CrShareHeading  heading)
{
  Block *block = add_block (report, BLOCK_HEADING, REPORT_HEADING * 1.2);

  block->first = make_layout (cr, cr_share_get_heading (heading), REPORT_HEADING,
                              PANGO_WEIGHT_BOLD, report->width);
  block->height = _cr_render_layout_height (block->first) + REPORT_GAP * 0.5;
  block->keep_with_next = TRUE;
}

static void
build_blocks (CrReport *report,
              cairo_t  *cr)
{
  CrResult *result = report->result;
  g_autofree char *for_name = cr_format_for_name (cr_answers_get_name (report->answers));
  g_autofree char *close_call = NULL;
  Block *block;

  g_array_set_size (report->blocks, 0);

  /* The app and the date, at the top of the first page. */
  block = add_block (report, BLOCK_HEADER, 0);
  /* Translators: the app's name, at the top of the printed report */
  block->first = make_layout (cr, _("Creator Role"), REPORT_SMALL * 1.2, PANGO_WEIGHT_BOLD,
                              report->width / 2);
  {
    g_autofree char *day = cr_format_date (report->date);

    block->second = make_layout (cr, day, REPORT_SMALL * 1.2, PANGO_WEIGHT_NORMAL, -1);
  }
  block->height = 22;

  block = add_block (report, BLOCK_TITLE, REPORT_GAP * 2);
  block->first = make_layout (cr, cr_result_get_title (result), REPORT_TITLE, PANGO_WEIGHT_HEAVY,
                              report->width);
  block->height = _cr_render_layout_height (block->first);

  /* Whom it is about, under the verdict. */
  if (for_name != NULL)
    {
      block = add_block (report, BLOCK_NAME, 2);
      block->first = make_layout (cr, for_name, REPORT_HEADING, PANGO_WEIGHT_BOLD,
                                  report->width);
      block->height = _cr_render_layout_height (block->first);
    }

  add_paragraph (report, cr, cr_result_get_summary (result), REPORT_GAP);
  if ((close_call = cr_result_describe_close_call (result)) != NULL)
    add_paragraph (report, cr, close_call, REPORT_GAP);

  if (cr_result_has_shares (result))
    {
      add_heading (report, cr, CR_SHARE_HEADING_SHARES);
      for (CrRole r = 0; r < CR_N_ROLES; r++)
        {
          block = add_block (report, BLOCK_SHARE, r == 0 ? 0 : REPORT_GAP * 0.6);
          block->role = r;
          block->height = REPORT_BODY * 1.3 + REPORT_BAR * 1.35;
        }
    }

  add_heading (report, cr, CR_SHARE_HEADING_ANSWERS);
  for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
    {
      const CrQuestion *question = cr_questionnaire_get_question (q);
      g_autofree char *described = cr_result_describe_answer (result, q);

      block = add_block (report, BLOCK_ANSWER, q == 0 ? 0 : REPORT_GAP);
      block->first = make_layout (cr, _(question->title), REPORT_BODY, PANGO_WEIGHT_BOLD,
                                  report->width);
      block->second = make_layout (cr, described, REPORT_BODY * 0.95, PANGO_WEIGHT_NORMAL,
                                   report->width);
      block->height = _cr_render_layout_height (block->first) + 1 + _cr_render_layout_height (block->second);
    }

  if (cr_result_get_n_changes (result) > 0)
    {
      add_heading (report, cr, cr_share_get_changes_heading (result));
      for (guint i = 0; i < cr_result_get_n_changes (result); i++)
        add_paragraph (report, cr, cr_result_get_change (result, i)->text,
                       i == 0 ? 0 : REPORT_GAP);
    }

  add_heading (report, cr, CR_SHARE_HEADING_SCORING);
  add_paragraph (report, cr, cr_share_get_scoring_text (), 0);

  add_heading (report, cr, CR_SHARE_HEADING_ARTICLE);
  add_paragraph (report, cr, cr_share_get_article_credit (), 0);
  add_paragraph (report, cr, cr_share_get_app_line (), REPORT_GAP);
}

/**
 * cr_report_paginate:
 * @cr: the context the report will be drawn on (its font options and
 *   resolution matter to the layout)
 * @width: the printable area's width, in the units of @cr (points)
 * @height: the printable area's height
 *
 * Lays the report out in pages of @width × @height; a block (an answer, a
 * bar, a paragraph) is never cut between pages, and a heading stays with
 * what follows it.
 *
 * Returns: the number of pages
 */
guint
cr_report_paginate (CrReport *report,
                    cairo_t  *cr,
                    double    width,
                    double    height)
{
  double usable, y = 0;
  guint page = 0;

  g_return_val_if_fail (report != NULL, 0);
  g_return_val_if_fail (cr != NULL, 0);

  report->width = MAX (width, 72);
  report->height = MAX (height, 144);
  usable = report->height - REPORT_FOOTER;

  build_blocks (report, cr);

  for (guint i = 0; i < report->blocks->len; i++)
    {
      Block *block = &g_array_index (report->blocks, Block, i);
      double needed = block->height;
      double top = y > 0 ? y + block->space : 0;

      /* A heading takes the first block after it along. */
      if (block->keep_with_next && i + 1 < report->blocks->len)
        {
          Block *next = &g_array_index (report->blocks, Block, i + 1);

          needed += next->space + next->height;
        }

      if (y > 0 && top + needed > usable)
        {
          page++;
          top = 0;
        }

      block->page = page;
      block->y = top;
      y = top + block->height;
    }

  report->n_pages = page + 1;

  return report->n_pages;
}

/**
 * cr_report_get_n_pages:
 *
 * Returns: the number of pages the last cr_report_paginate() made, 0
 *   before it
 */
guint
cr_report_get_n_pages (CrReport *report)
{
  g_return_val_if_fail (report != NULL, 0);

  return report->n_pages;
}

static void
draw_block (CrReport *report,
            cairo_t  *cr,
            Block    *block)
{
  double width = report->width;
  int w;

  switch (block->kind)
    {
    case BLOCK_HEADER:
      {
        double icon = 18, date_width;

        draw_icon (cr, start_x (0, width, 0, icon), block->y, icon);
        _cr_render_show_layout (cr, block->first, start_x (0, width, icon + 6, width / 2), block->y + 2,
                     &ink_colour);
        pango_layout_get_size (block->second, &w, NULL);
        date_width = (double) w / PANGO_SCALE;
        _cr_render_show_layout (cr, block->second, start_x (0, width, width - date_width, date_width),
                     block->y + 2, &muted_colour);
        break;
      }
    case BLOCK_NAME:
      _cr_render_show_layout (cr, block->first, 0, block->y, &muted_colour);
      break;
    case BLOCK_TITLE:
    case BLOCK_PARAGRAPH:
    case BLOCK_HEADING:
      _cr_render_show_layout (cr, block->first, 0, block->y, &ink_colour);
      break;
    case BLOCK_SHARE:
      draw_share (cr, NULL, report->result, block->role, 0, block->y, width, REPORT_BODY,
                  REPORT_BAR,
                  block->role == cr_result_get_role (report->result));
      break;
    case BLOCK_ANSWER:
      _cr_render_show_layout (cr, block->first, 0, block->y, &ink_colour);
      _cr_render_show_layout (cr, block->second, 0, block->y + _cr_render_layout_height (block->first) + 1,
                   &muted_colour);
      break;
    default:
      g_return_if_reached ();
    }
}

/**
 * cr_report_draw_page:
 * @cr: a context whose user space is the printable area, in the units
 *   given to cr_report_paginate(), origin at its top left
 * @page: the page, from 0
 *
 * Draws one page of the report laid out by cr_report_paginate(), with its
 * number at the foot of the area.
 */
void
cr_report_draw_page (CrReport *report,
                     cairo_t  *cr,
                     guint     page)
{
  g_autofree char *number = NULL;
  g_autoptr(PangoLayout) footer = NULL;

  g_return_if_fail (report != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < report->n_pages);

  cairo_save (cr);

  for (guint i = 0; i < report->blocks->len; i++)
    {
      Block *block = &g_array_index (report->blocks, Block, i);
      Block *next = i + 1 < report->blocks->len ? block + 1 : NULL;
      double above, below;

      if (block->page != page)
        continue;

      /* Each block clipped to its lines and half the space to the blocks
       * around it, so that no text is drawn over another, nor into the
       * margins. */
      above = block->y > 0 ? block->space / 2 : 0;
      below = next != NULL && next->page == page ? next->space / 2 : REPORT_GAP / 2;
      cairo_save (cr);
      cairo_rectangle (cr, -REPORT_GAP / 2, block->y - above, report->width + REPORT_GAP,
                       block->height + above + below);
      cairo_clip (cr);
      draw_block (report, cr, block);
      cairo_restore (cr);
    }

  number = cr_format_page_number (page + 1, report->n_pages);
  footer = make_layout (cr, number, REPORT_SMALL, PANGO_WEIGHT_NORMAL, report->width);
  pango_layout_set_alignment (footer, PANGO_ALIGN_CENTER);
  _cr_render_show_layout (cr, footer, 0, report->height - _cr_render_layout_height (footer), &muted_colour);

  cairo_restore (cr);
}

/**
 * cr_paper_get_size:
 * @width: (out): in points
 * @height: (out): in points
 */
void
cr_paper_get_size (CrPaper  paper,
                   double  *width,
                   double  *height)
{
  g_return_if_fail (width != NULL && height != NULL);

  switch (paper)
    {
    case CR_PAPER_LETTER:
      *width = 612;
      *height = 792;
      break;
    case CR_PAPER_A4:
    default:
      *width = 595.276;
      *height = 841.89;
      break;
    }
}

/**
 * cr_report_get_margin:
 *
 * Returns: the report's margins on every side, in points: the same for the
 *   command line's PDF and the window's print
 */
double
cr_report_get_margin (void)
{
  return REPORT_MARGIN;
}

/**
 * cr_report_dup_title:
 *
 * Returns: (transfer full): the report's title, as a PDF viewer and a
 *   print queue show it: the verdict, and whom it is for if named
 */
char *
cr_report_dup_title (CrAnswers *answers,
                     CrResult  *result)
{
  g_autofree char *for_name = NULL;

  g_return_val_if_fail (CR_IS_ANSWERS (answers), NULL);
  g_return_val_if_fail (result != NULL, NULL);

  if ((for_name = cr_format_for_name (cr_answers_get_name (answers))) == NULL)
    return g_strdup (cr_result_get_title (result));

  return g_strdup_printf ("%s — %s", cr_result_get_title (result), for_name);
}

/**
 * cr_report_set_pdf_metadata:
 * @surface: the surface the report is drawn on; nothing is done unless it
 *   is a PDF surface
 *
 * Gives a PDF the report's title, the person as its author (the app when
 * unnamed), the app as its creator and the report's date.
 */
void
cr_report_set_pdf_metadata (CrReport        *report,
                            cairo_surface_t *surface)
{
  g_autofree char *title = NULL;
  g_autofree char *date = NULL;
  g_autofree char *name = NULL;

  g_return_if_fail (report != NULL);
  g_return_if_fail (surface != NULL);

  if (cairo_surface_get_type (surface) != CAIRO_SURFACE_TYPE_PDF)
    return;

  title = cr_report_dup_title (report->answers, report->result);
  name = cr_name_dup_display (cr_answers_get_name (report->answers), CR_NAME_LABEL);
  date = g_date_time_format_iso8601 (report->date);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR,
                                  name != NULL ? name : PACKAGE_NAME);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
}

/**
 * cr_report_render_pdf:
 *
 * The report on @paper, with margins of REPORT_MARGIN points.
 *
 * Returns: (transfer full) (nullable): a PDF file's bytes
 */
GBytes *
cr_report_render_pdf (CrAnswers  *answers,
                      CrResult   *result,
                      GDateTime  *date,
                      CrPaper     paper,
                      GError    **error)
{
  g_autoptr(GByteArray) pdf = g_byte_array_sized_new (64 * 1024);
  CrReport *report;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double width, height;
  guint n_pages;

  g_return_val_if_fail (CR_IS_ANSWERS (answers), NULL);
  g_return_val_if_fail (result != NULL, NULL);

  cr_paper_get_size (paper, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (_cr_render_append_to_bytes, pdf, width,
                                                 height);
  cr = cairo_create (surface);

  report = cr_report_new (answers, result, date);
  cr_report_set_pdf_metadata (report, surface);
  cairo_translate (cr, REPORT_MARGIN, REPORT_MARGIN);
  n_pages = cr_report_paginate (report, cr, width - 2 * REPORT_MARGIN,
                                height - 2 * REPORT_MARGIN);
  for (guint page = 0; page < n_pages; page++)
    {
      cr_report_draw_page (report, cr, page);
      cairo_show_page (cr);
    }
  cr_report_free (report);

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
