/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-name.c: a person's name as it is shown
 *
 * A name is kept as it was typed or read (cr_answers_set_name() only trims
 * it and makes its white space and line breaks single spaces): the
 * document and the draft hold it whole. What is shown of it is made here,
 * at the time it is shown, so that a name cannot do more on a card, in a
 * sentence or in a spreadsheet than show its letters:
 *
 * - the explicit bidirectional controls (U+202A–U+202E embeddings and
 *   overrides, U+2066–U+2069 isolates, U+200E, U+200F and U+061C marks,
 *   and the deprecated U+206A–U+206F) are removed, since they would turn
 *   around the text after the name, or the name itself into other letters
 *   than those written;
 * - control characters (C0, C1) and line and paragraph separators become
 *   one space;
 * - a letter keeps at most CR_NAME_MAX_MARKS non-spacing or enclosing
 *   marks. The Stream-Safe Text Format allows 30 non-starters in a row,
 *   a bound for buffers, not for what fits on a line: the deepest stacks
 *   of living writing (Vietnamese's two, Arabic's shadda and vowel,
 *   Hebrew's points with a cantillation mark, Tibetan's stacked letters)
 *   need no more than four, and more only pile up above and below the
 *   line into the texts around it;
 * - marks with no letter before them (the whole name, or after a space)
 *   are put on U+25CC DOTTED CIRCLE, as Unicode shows a mark on its own,
 *   rather than drawn off the start of the line.
 *
 * In a sentence the name is then isolated (U+2068 … U+2069), so that an
 * Arabic name in an English line, or a Latin one in an Arabic line, keeps
 * the sentence's order around it. A label holding the name alone needs no
 * isolating: GTK and Pango give its paragraph the name's own direction.
 */
#include "config.h"

#include "cr-name.h"

#define FIRST_STRONG_ISOLATE 0x2068
#define POP_DIRECTIONAL_ISOLATE 0x2069
#define DOTTED_CIRCLE 0x25CC

/**
 * cr_name_is_bidi_control:
 *
 * Returns: whether @c is one of the explicit bidirectional formatting
 *   characters (embeddings, overrides, isolates, marks)
 */
gboolean
cr_name_is_bidi_control (gunichar c)
{
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
         c == 0x200F || c == 0x061C || (c >= 0x206A && c <= 0x206F);
}

static gboolean
is_mark (GUnicodeType type)
{
  return type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_ENCLOSING_MARK ||
         type == G_UNICODE_SPACING_MARK;
}

/**
 * cr_name_dup_display:
 * @name: (nullable): a name as #CrAnswers:name keeps it
 * @use: where it is shown
 *
 * Makes the form of @name to show, as the top of this file describes: the
 * name as its owner wrote it, without what would reorder or overflow the
 * text around it. The stored name is left as it is; this is applied where
 * it is shown.
 *
 * Returns: (transfer full) (nullable): the name to show, or %NULL when
 *   there is nothing of it to show
 */
char *
cr_name_dup_display (const char *name,
                     CrNameUse   use)
{
  g_autofree char *valid = NULL;
  g_autoptr(GString) shown = NULL;
  /* Whether the last character kept carries marks, and how many. */
  gboolean base = FALSE;
  guint marks = 0;
  gboolean space = FALSE;

  if (name == NULL)
    return NULL;

  valid = g_utf8_make_valid (name, -1);
  shown = g_string_new (NULL);

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (cr_name_is_bidi_control (c))
        continue;

      if (type == G_UNICODE_CONTROL || type == G_UNICODE_LINE_SEPARATOR ||
          type == G_UNICODE_PARAGRAPH_SEPARATOR || type == G_UNICODE_SPACE_SEPARATOR)
        {
          /* Written before the next character kept, if any. */
          space = shown->len > 0;
          base = FALSE;
          continue;
        }

      if (space)
        {
          g_string_append_c (shown, ' ');
          space = FALSE;
        }

      if (is_mark (type))
        {
          if (use == CR_NAME_CELL)
            {
              g_string_append_unichar (shown, c);
              continue;
            }
          if (!base)
            {
              g_string_append_unichar (shown, DOTTED_CIRCLE);
              base = TRUE;
              marks = 0;
            }
          /* A spacing mark takes room of its own on the line. */
          if (type != G_UNICODE_SPACING_MARK && ++marks > CR_NAME_MAX_MARKS)
            continue;
          g_string_append_unichar (shown, c);
          continue;
        }

      /* A joiner (U+200D, U+200C) sits inside a letter's cluster. */
      if (type != G_UNICODE_FORMAT)
        {
          base = TRUE;
          marks = 0;
        }
      g_string_append_unichar (shown, c);
    }

  if (shown->len == 0)
    return NULL;

  if (use == CR_NAME_IN_SENTENCE)
    {
      g_string_prepend_unichar (shown, FIRST_STRONG_ISOLATE);
      g_string_append_unichar (shown, POP_DIRECTIONAL_ISOLATE);
    }

  return g_string_free (g_steal_pointer (&shown), FALSE);
}

/**
 * cr_name_escape_in_json:
 * @json: JSON text
 * @from: the offset in @json from which to escape
 *
 * Writes the bidirectional controls and the line and paragraph separators
 * of @json from @from on as \uXXXX escapes. They can only be inside its
 * strings, so that the values read back are the same, the name in a
 * document or a JSON Lines row kept as it was written; but the line no
 * longer holds them to turn around, or break, where it is looked at.
 */
void
cr_name_escape_in_json (GString *json,
                        gsize    from)
{
  g_autoptr(GString) escaped = NULL;
  const char *p;

  g_return_if_fail (json != NULL);
  g_return_if_fail (from <= json->len);

  for (p = json->str + from; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (cr_name_is_bidi_control (c) || c == 0x2028 || c == 0x2029)
        break;
    }
  if (*p == '\0')
    return;

  escaped = g_string_new_len (json->str + from, p - (json->str + from));
  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (cr_name_is_bidi_control (c) || c == 0x2028 || c == 0x2029)
        g_string_append_printf (escaped, "\\u%04X", c);
      else
        g_string_append_unichar (escaped, c);
    }

  g_string_truncate (json, from);
  g_string_append_len (json, escaped->str, (gssize) escaped->len);
}
