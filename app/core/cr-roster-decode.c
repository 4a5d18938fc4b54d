/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-roster-decode.c: a roster's bytes read into UTF-8 text
 *
 * The reader (cr-roster-read.c) reads its stream a block at a time
 * (READ_BLOCK_SIZE). UTF-8 is used as it is; UTF-16, known by its
 * byte-order mark, is decoded by GLib's charset converter; Windows-1252,
 * taken when the first block does not look like UTF-8
 * (_cr_roster_looks_like_utf8()), by a table of its own, since every byte
 * of it is a character. The bytes not yet decoded wait in the reader's
 * raw buffer.
 */
#include "config.h"

#include <string.h>

#include "cr-roster-reader-private.h"

/**
 * cr_roster_encoding_to_name:
 *
 * Returns: the encoding's name, as iconv and spreadsheets call it
 */
const char *
cr_roster_encoding_to_name (CrRosterEncoding encoding)
{
  switch (encoding)
    {
    case CR_ROSTER_ENCODING_UTF16LE:
      return "UTF-16LE";
    case CR_ROSTER_ENCODING_UTF16BE:
      return "UTF-16BE";
    case CR_ROSTER_ENCODING_WINDOWS_1252:
      return "Windows-1252";
    case CR_ROSTER_ENCODING_UTF8:
    default:
      return "UTF-8";
    }
}

/* Reads what the stream gives, up to @size bytes; -1 on an error, which is
 * then reader->fatal. */
static gssize
read_stream (CrRosterReader *reader,
             char           *buffer,
             gsize           size,
             GCancellable   *cancellable)
{
  g_autoptr(GError) error = NULL;
  gssize n = g_input_stream_read (reader->stream, buffer, size, cancellable, &error);

  if (n < 0)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        reader->fatal = g_steal_pointer (&error);
      else
        reader->fatal = g_error_new (CR_ROSTER_ERROR, CR_ROSTER_ERROR_READ,
                                     "cannot be read: %s", error->message);
      return -1;
    }

  reader->bytes_read += (guint64) n;

  return n;
}

/* Windows-1252 from 0x80 to 0x9F; the five bytes it leaves undefined are
 * the C1 controls of the same value, as browsers read them. */
static const gunichar cp1252_high[32] = {
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

/* Decodes @n bytes of Windows-1252 into @out, which holds 3 bytes a byte;
 * returns the bytes written. */
static gsize
cp1252_to_utf8 (const guchar *in,
                gsize         n,
                char         *out)
{
  gsize written = 0;

  for (gsize i = 0; i < n; i++)
    {
      if (in[i] < 0x80)
        out[written++] = (char) in[i];
      else
        written += (gsize) g_unichar_to_utf8 (in[i] < 0xA0 ? cp1252_high[in[i] - 0x80] : in[i],
                                              out + written);
    }

  return written;
}

/* Reads more into the raw bytes, after what is left of them. FALSE on an
 * error. */
static gboolean
fill_raw (CrRosterReader *reader,
          GCancellable   *cancellable)
{
  gssize n;

  memmove (reader->raw, reader->raw + reader->raw_start, reader->raw_end - reader->raw_start);
  reader->raw_end -= reader->raw_start;
  reader->raw_start = 0;

  if ((n = read_stream (reader, reader->raw + reader->raw_end, READ_BLOCK_SIZE - reader->raw_end,
                        cancellable)) < 0)
    return FALSE;
  if (n == 0)
    reader->raw_eof = TRUE;
  reader->raw_end += (gsize) n;

  return TRUE;
}

/* Fills the block from the raw bytes, decoded. */
static gboolean
decode_block (CrRosterReader *reader,
              GCancellable   *cancellable)
{
  for (;;)
    {
      g_autoptr(GError) error = NULL;
      GConverterResult result;
      gsize bytes_read, bytes_written;

      if (reader->raw_start == reader->raw_end && !reader->raw_eof &&
          !fill_raw (reader, cancellable))
        return FALSE;

      if (reader->encoding == CR_ROSTER_ENCODING_WINDOWS_1252)
        {
          gsize n = MIN (reader->raw_end - reader->raw_start, READ_BLOCK_SIZE / 3);

          if (n == 0)
            return FALSE;
          reader->end = cp1252_to_utf8 ((const guchar *) reader->raw + reader->raw_start, n,
                                        reader->block);
          reader->raw_start += n;
          return TRUE;
        }

      result = g_converter_convert (reader->converter, reader->raw + reader->raw_start,
                                    reader->raw_end - reader->raw_start, reader->block,
                                    READ_BLOCK_SIZE,
                                    reader->raw_eof ? G_CONVERTER_INPUT_AT_END
                                                    : G_CONVERTER_NO_FLAGS,
                                    &bytes_read, &bytes_written, &error);
      if (result == G_CONVERTER_ERROR)
        {
          if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT) && !reader->raw_eof)
            {
              if (!fill_raw (reader, cancellable))
                return FALSE;
              continue;
            }
          reader->fatal = g_error_new (CR_ROSTER_ERROR, CR_ROSTER_ERROR_ENCODING,
                                       "the file is not valid %s, though it begins with its "
                                       "byte-order mark",
                                       cr_roster_encoding_to_name (reader->encoding));
          return FALSE;
        }

      reader->raw_start += bytes_read;
      reader->end = bytes_written;
      if (bytes_written > 0)
        return TRUE;
      if (result == G_CONVERTER_FINISHED ||
          (reader->raw_eof && reader->raw_start == reader->raw_end))
        return FALSE;
    }
}

/* Fills the block when it is used up; FALSE at the end of the stream or
 * on an error, which is then reader->fatal. */
gboolean
_cr_roster_reader_fill_block (CrRosterReader *reader,
                              GCancellable   *cancellable)
{
  gssize n;

  if (reader->start < reader->end)
    return TRUE;
  if (reader->eof)
    return FALSE;

  reader->start = reader->end = 0;
  if (reader->raw != NULL)
    {
      if (!decode_block (reader, cancellable))
        {
          reader->eof = TRUE;
          return FALSE;
        }
      return TRUE;
    }

  if ((n = read_stream (reader, reader->block, READ_BLOCK_SIZE, cancellable)) <= 0)
    {
      reader->eof = TRUE;
      return FALSE;
    }

  reader->end = (gsize) n;

  return TRUE;
}

/* From now on, the bytes of the block from @from are raw bytes in
 * @encoding, decoded before they are read. */
void
_cr_roster_reader_start_decoding (CrRosterReader   *reader,
                                  gsize             from,
                                  CrRosterEncoding  encoding)
{
  reader->encoding = encoding;
  reader->raw = g_malloc (READ_BLOCK_SIZE);
  reader->raw_end = reader->end - from;
  memcpy (reader->raw, reader->block + from, reader->raw_end);
  reader->start = reader->end = 0;

  if (encoding == CR_ROSTER_ENCODING_UTF16LE || encoding == CR_ROSTER_ENCODING_UTF16BE)
    reader->converter = G_CONVERTER (g_charset_converter_new ("UTF-8",
                                                              cr_roster_encoding_to_name (encoding),
                                                              NULL));
}

/* Whether the first bytes read look like UTF-8 rather than Windows-1252:
 * no byte that cannot be UTF-8, or fewer such bytes than characters that
 * are (a UTF-8 file with a row or two gone wrong, whose rows are then
 * refused one by one). A character cut at the end of the block counts for
 * nothing. */
gboolean
_cr_roster_looks_like_utf8 (const guchar *p,
                            gsize         n)
{
  guint64 valid = 0, invalid = 0;

  for (gsize i = 0; i < n;)
    {
      gunichar c;

      if (p[i] < 0x80)
        {
          i++;
          continue;
        }

      c = g_utf8_get_char_validated ((const char *) p + i, (gssize) (n - i));
      if (c == (gunichar) -2)
        break;
      if (c == (gunichar) -1)
        {
          invalid++;
          i++;
          continue;
        }
      valid++;
      i += (gsize) g_utf8_skip[p[i]];
    }

  return invalid == 0 || invalid < valid;
}
