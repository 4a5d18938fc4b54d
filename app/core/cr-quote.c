/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-quote.c: text that came from outside, made safe to quote in a message */
#include "config.h"

#include "cr-quote.h"

/**
 * cr_quote_input_len:
 * @text: text read from a file or given on the command line
 * @length: its length in bytes, or -1 when it ends at a NUL byte
 * @max_chars: how many characters to keep
 *
 * Makes @text safe to quote in a one-line message: valid UTF-8, control and
 * formatting characters (new lines, terminal escapes, bidirectional
 * overrides) written as \uXXXX, and cut after @max_chars characters with an
 * ellipsis, so that the message stays one short, readable line whatever
 * the input.
 *
 * Returns: (transfer full): the quoted text
 */
char *
cr_quote_input_len (const char *text,
                    gssize      length,
                    guint       max_chars)
{
  g_autofree char *valid = NULL;
  GString *quoted;
  guint n = 0;

  g_return_val_if_fail (text != NULL, NULL);

  valid = g_utf8_make_valid (text, length);
  quoted = g_string_new (NULL);

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type;

      if (n == max_chars)
        {
          g_string_append (quoted, "\u2026");
          break;
        }

      type = g_unichar_type (c);
      if (type == G_UNICODE_CONTROL || type == G_UNICODE_FORMAT ||
          type == G_UNICODE_LINE_SEPARATOR || type == G_UNICODE_PARAGRAPH_SEPARATOR)
        g_string_append_printf (quoted, "\\u%04X", c);
      else
        g_string_append_unichar (quoted, c);
    }

  return g_string_free (quoted, FALSE);
}

/**
 * cr_quote_input:
 * @text: NUL-terminated text read from a file or given on the command line
 * @max_chars: how many characters to keep
 *
 * As cr_quote_input_len() for the whole of @text.
 *
 * Returns: (transfer full): the quoted text
 */
char *
cr_quote_input (const char *text,
                guint       max_chars)
{
  return cr_quote_input_len (text, -1, max_chars);
}

/**
 * cr_quote_path:
 * @path: a file's path or name, in the file system's encoding
 *
 * A file name as every message shows it: in UTF-8 as
 * g_filename_display_name() makes it, then quoted as cr_quote_input()
 * does, at most %CR_QUOTE_FILE_NAME_MAX_CHARS characters, so that a line
 * break or a bidirectional override in a file's name cannot forge a line
 * of the message or turn it around.
 *
 * Returns: (transfer full): the quoted name
 */
char *
cr_quote_path (const char *path)
{
  g_autofree char *display = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  display = g_filename_display_name (path);

  return cr_quote_input (display, CR_QUOTE_FILE_NAME_MAX_CHARS);
}

/**
 * cr_quote_file_name:
 * @file: a file
 *
 * The last part of @file's name (its URI's, for a file that is not local)
 * as cr_quote_path() quotes it.
 *
 * Returns: (transfer full): the quoted name
 */
char *
cr_quote_file_name (GFile *file)
{
  g_autofree char *basename = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  basename = g_file_get_basename (file);
  if (basename == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      return cr_quote_input (uri, CR_QUOTE_FILE_NAME_MAX_CHARS);
    }

  return cr_quote_path (basename);
}

/**
 * cr_quote_file_path:
 * @file: a file
 *
 * The whole of @file's name, as a user types it (g_file_get_parse_name()),
 * quoted as cr_quote_path() does.
 *
 * Returns: (transfer full): the quoted name
 */
char *
cr_quote_file_path (GFile *file)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);

  return cr_quote_input (name, CR_QUOTE_FILE_NAME_MAX_CHARS);
}
