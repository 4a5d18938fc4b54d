/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-document-read.c: reading and checking a result document
 *
 * Reading takes the answers only: a stored result is never trusted, it is
 * recomputed (data/creator-role-result.schema.json describes the format).
 * Every refusal names where in the document the problem is and
 * what was expected there, in one line, since the command line prints it as
 * is and the window shows it in a dialog.
 *
 * The error messages are not translated: they quote JSON member names and
 * ids, and people paste them into bug reports and scripts. They say what
 * is wrong in the reader's terms (a PNG image, a folder, an empty file),
 * and what to open instead; the command line puts the file's name first.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gio/gunixinputstream.h>
#include <glib/gstdio.h>

#include "cr-document.h"
#include "cr-quote.h"
#include "cr-roster.h"

/* Ids longer than this are cut short when an error message quotes them. */
#define MAX_QUOTED_ID 64

/* The detail of an error (see CrInputDetail), kept by GLib with the error
 * as its private data: copied with it, freed with it. */
typedef CrInputDetail CrDocumentErrorPrivate;

void
_cr_input_detail_init (CrInputDetail *detail)
{
  detail->problem = CR_INPUT_PROBLEM_OTHER;
  detail->question = -1;
  detail->value = NULL;
  detail->column = -1;
  detail->n_cells = 0;
  detail->n_columns = 0;
}

void
_cr_input_detail_copy (const CrInputDetail *src,
                       CrInputDetail       *dest)
{
  *dest = *src;
  dest->value = g_strdup (src->value);
}

void
_cr_input_detail_clear (CrInputDetail *detail)
{
  g_clear_pointer (&detail->value, g_free);
}

static void
cr_document_error_private_init (CrDocumentErrorPrivate *priv)
{
  _cr_input_detail_init (priv);
}

static void
cr_document_error_private_copy (const CrDocumentErrorPrivate *src_priv,
                                CrDocumentErrorPrivate       *dest_priv)
{
  _cr_input_detail_copy (src_priv, dest_priv);
}

static void
cr_document_error_private_clear (CrDocumentErrorPrivate *priv)
{
  _cr_input_detail_clear (priv);
}

/* GLib's macro finds the detail by subtracting an offset from the
 * error's address, a cast clang's -Wcast-align cannot prove aligned;
 * g_error_new() allocates the detail at the alignment it declares. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wcast-align"
G_DEFINE_EXTENDED_ERROR (CrDocumentError, cr_document_error)
#pragma GCC diagnostic pop

/**
 * cr_input_error_get_detail:
 * @error: an error of the document or the roster reader
 *
 * Returns: (nullable): what @error is about, beyond its message, or %NULL
 *   when it says nothing more (%CR_INPUT_PROBLEM_OTHER, or another domain)
 */
const CrInputDetail *
cr_input_error_get_detail (const GError *error)
{
  const CrInputDetail *detail = NULL;

  g_return_val_if_fail (error != NULL, NULL);

  if (error->domain == CR_DOCUMENT_ERROR)
    detail = cr_document_error_get_private (error);
  else if (error->domain == CR_ROSTER_ERROR)
    detail = _cr_roster_error_get_detail (error);

  return detail != NULL && detail->problem != CR_INPUT_PROBLEM_OTHER ? detail : NULL;
}

CrInputDetail *
_cr_input_error_detail (GError **error)
{
  if (error == NULL || *error == NULL)
    return NULL;
  if ((*error)->domain == CR_DOCUMENT_ERROR)
    return cr_document_error_get_private (*error);
  if ((*error)->domain == CR_ROSTER_ERROR)
    return (CrInputDetail *) _cr_roster_error_get_detail (*error);
  return NULL;
}

/* Says what *@error is about: see CrInputDetail. */
static void
set_detail (GError         **error,
            CrInputProblem   problem,
            int              question,
            const char      *value)
{
  CrInputDetail *detail = _cr_input_error_detail (error);

  if (detail == NULL)
    return;
  detail->problem = problem;
  detail->question = question;
  g_free (detail->value);
  detail->value = g_strdup (value);
}

static const char *
node_type_name (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return "an object";
    case JSON_NODE_ARRAY:
      return "an array";
    case JSON_NODE_NULL:
      return "null";
    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_BOOLEAN:
          return "a boolean";
        case G_TYPE_STRING:
          return "a string";
        default:
          return "a number";
        }
    default:
      return "something else";
    }
}

static gboolean
node_is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

/* Whether the member named by the JSON string data[start..end] (quotes
 * included) is one its object already has; adds it to @names otherwise.
 * A name with escapes is compared as json-glib reads it. */
static gboolean
is_named_twice (GHashTable  *names,
                const char  *data,
                gsize        start,
                gsize        end,
                char       **name)
{
  g_autofree char *raw = g_strndup (data + start + 1, end - start - 1);
  char *key = NULL;

  if (memchr (raw, '\\', end - start - 1) != NULL)
    {
      g_autofree char *quoted = g_strndup (data + start, end - start + 1);
      g_autoptr(JsonNode) node = json_from_string (quoted, NULL);

      if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
          json_node_get_value_type (node) == G_TYPE_STRING)
        key = json_node_dup_string (node);
    }
  if (key == NULL)
    key = g_steal_pointer (&raw);

  if (g_hash_table_contains (names, key))
    {
      *name = key;
      return TRUE;
    }

  g_hash_table_add (names, key);
  return FALSE;
}

/* What check_depth() keeps while it goes through a document. */
typedef struct
{
  const char *data;
  gsize       length;
  gboolean    in_string;
  gboolean    closed;
  guint       depth;
  /* At each depth, for an object: the names of its members so far, and
   * whether a name comes next; where the string being read starts. */
  GHashTable *names[CR_DOCUMENT_MAX_DEPTH + 1];
  gboolean    key_next[CR_DOCUMENT_MAX_DEPTH + 1];
  gboolean    in_key;
  gsize       string_start;
} DepthScan;

/* Byte *@i of a string: past an escape, or the string's end, where a
 * member's name is checked against those before it. Refuses a \u0000
 * escape and a name given twice. */
static gboolean
scan_string_byte (DepthScan  *scan,
                  gsize      *i,
                  GError    **error)
{
  const char *data = scan->data;
  char c = data[*i];

  if (c == '\\')
    {
      if (scan->length - *i > 5 && memcmp (data + *i + 1, "u0000", 5) == 0)
        {
          g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_ENCODING,
                       "a NUL character (\\u0000) at byte %" G_GSIZE_FORMAT, *i);
          return FALSE;
        }
      (*i)++;
    }
  else if (c == '"')
    {
      g_autofree char *name = NULL;

      scan->in_string = FALSE;
      if (scan->in_key &&
          is_named_twice (scan->names[scan->depth], data, scan->string_start, *i, &name))
        {
          g_autofree char *quoted = cr_quote_input (name, MAX_QUOTED_ID);

          g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_DUPLICATE,
                       "the member \"%s\" is named twice in one object, at byte "
                       "%" G_GSIZE_FORMAT, quoted, scan->string_start);
          return FALSE;
        }
      scan->in_key = FALSE;
    }

  return TRUE;
}

/* An array or object opening at byte @i, @c: one level deeper, with no
 * member names yet for an object. Refuses nesting too deep. */
static gboolean
scan_open (DepthScan  *scan,
           char        c,
           gsize       i,
           GError    **error)
{
  guint depth = ++scan->depth;

  if (depth > CR_DOCUMENT_MAX_DEPTH)
    {
      g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_TOO_DEEP,
                   "nested more than %d levels deep at byte %" G_GSIZE_FORMAT,
                   CR_DOCUMENT_MAX_DEPTH, i);
      return FALSE;
    }
  if (c == '{')
    {
      if (scan->names[depth] == NULL)
        scan->names[depth] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      else
        g_hash_table_remove_all (scan->names[depth]);
      scan->key_next[depth] = TRUE;
    }
  else
    g_clear_pointer (&scan->names[depth], g_hash_table_unref);

  return TRUE;
}

/* Byte @i outside any string: a string's start, a level opened or
 * closed, the next member. Refuses anything but white space after the
 * top-level value. */
static gboolean
scan_byte (DepthScan  *scan,
           gsize       i,
           GError    **error)
{
  char c = scan->data[i];
  guint depth = scan->depth;

  if (scan->closed && c != ' ' && c != '\t' && c != '\r' && c != '\n')
    {
      g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_SYNTAX,
                   "not valid JSON: something follows the end of the document "
                   "at byte %" G_GSIZE_FORMAT, i);
      return FALSE;
    }

  if (c == '"')
    {
      scan->in_string = TRUE;
      scan->string_start = i;
      scan->in_key = depth > 0 && scan->names[depth] != NULL && scan->key_next[depth];
      if (scan->in_key)
        scan->key_next[depth] = FALSE;
    }
  else if (c == '[' || c == '{')
    return scan_open (scan, c, i, error);
  else if (c == ',' && depth > 0 && scan->names[depth] != NULL)
    scan->key_next[depth] = TRUE;
  else if ((c == ']' || c == '}') && depth > 0)
    scan->closed = --scan->depth == 0;

  return TRUE;
}

/* Refuses, before the recursive JSON parser sees them: nesting deeper than
 * CR_DOCUMENT_MAX_DEPTH, so that no input can exhaust the stack; a member
 * named twice in one object (json-glib looks such a name up among all the
 * members before it, so that a megabyte of them takes most of a minute,
 * and which one counts is anybody's guess); a \u0000
 * escape, which json-glib would silently cut the string at (so that
 * "none\u0000anything" would read as "none"); and anything but white space
 * after the closing bracket of the top-level value, since json-glib would
 * read a second document there and keep that one. */
static gboolean
check_depth (const char  *data,
             gsize        length,
             GError     **error)
{
  DepthScan scan = { .data = data, .length = length };
  gboolean ok = TRUE;

  for (gsize i = 0; ok && i < length; i++)
    {
      if (scan.in_string)
        ok = scan_string_byte (&scan, &i, error);
      else
        ok = scan_byte (&scan, i, error);
    }

  for (guint d = 0; d <= CR_DOCUMENT_MAX_DEPTH; d++)
    g_clear_pointer (&scan.names[d], g_hash_table_unref);

  return ok;
}

#define EMPTY_MESSAGE "the file is empty, so it holds no answers: open a result that " \
                      "Creator Role saved, a .json file"

/* What kind of file @data starts as, by the signature of the formats that
 * people most often pick by mistake (the card, the report, a spreadsheet,
 * a photo), or %NULL if none. */
static const char *
binary_kind (const char *data,
             gsize       length)
{
  static const struct
  {
    const char *magic;
    gsize       length;
    const char *kind;
  } kinds[] = {
    { "\x89PNG\r\n\x1a\n", 8, "a PNG image" },
    { "%PDF-", 5, "a PDF document" },
    { "\xff\xd8\xff", 3, "a JPEG image" },
    { "GIF8", 4, "a GIF image" },
    { "RIFF", 4, "a media file" },
    { "PK\x03\x04", 4, "a ZIP archive (or a document made of one, such as a spreadsheet)" },
    { "\x1f\x8b", 2, "a compressed (gzip) file" },
    { "\xd0\xcf\x11\xe0", 4, "an Office document" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (length >= kinds[i].length && memcmp (data, kinds[i].magic, kinds[i].length) == 0)
      return kinds[i].kind;

  return NULL;
}

#define FOLDER_MESSAGE CR_DOCUMENT_FOLDER_MESSAGE

/* Text from the document quoted in an error message: see cr_quote_input(). */
static char *
quote_input (const char *text,
             guint       max_chars)
{
  return cr_quote_input (text, max_chars);
}

/* Where json-glib stopped: its line, from 1, and the number of bytes it had
 * read of that line. */
typedef struct
{
  guint line;
  guint bytes;
} ParsePosition;

/* json-glib tells where it is only while it parses: in its ::error signal,
 * just as it gives up. */
static void
parse_error_cb (JsonParser    *parser,
                gpointer       error G_GNUC_UNUSED,
                ParsePosition *position)
{
  position->line = json_parser_get_current_line (parser);
  position->bytes = json_parser_get_current_pos (parser);
}

/* The first byte from @p on that is not JSON white space, or @end. */
static const char *
skip_blanks (const char *p,
             const char *end)
{
  while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
    p++;

  return p;
}

/* json-glib's error codes in plain words, each with what to do about it.
 * The parser's own message is never shown: it is worded for programmers,
 * may be translated, and quotes the input. */
static const char *
describe_syntax_error (const GError *parse_error)
{
  if (parse_error->domain != JSON_PARSER_ERROR)
    return "the document is not written the way JSON is; check it in a text editor";

  /* On the code as a number: json-glib 1.10 (Debian 13) has codes that 1.6
   * (Debian 12) has not, which go to the default. */
  switch (parse_error->code)
    {
    case JSON_PARSER_ERROR_TRAILING_COMMA:
      return "a comma comes before a closing bracket; remove that comma";
    case JSON_PARSER_ERROR_MISSING_COMMA:
      return "two values follow each other with no comma between them; add a comma";
    case JSON_PARSER_ERROR_MISSING_COLON:
      return "a member's name is not followed by a colon; add one between the name "
             "and its value";
    case JSON_PARSER_ERROR_EMPTY_MEMBER_NAME:
      return "a member has an empty name; give it a name in double quotes";
    case JSON_PARSER_ERROR_INVALID_BAREWORD:
      return "a word or sign that JSON does not allow here; put text in double quotes";
    case JSON_PARSER_ERROR_PARSE:
    case JSON_PARSER_ERROR_INVALID_DATA:
    case JSON_PARSER_ERROR_UNKNOWN:
    default:
      return "a value is missing or malformed here; check the document in a text editor";
    }
}

/* A syntax error, said in plain words with where it is and what to do. The
 * place is the one json-glib gives through its API, never read out of its
 * message: @data is parsed again, by a parser of its own so that the
 * caller's is left alone, up to the same error (this costs only when a
 * document is refused). json-glib counts bytes; the column counts
 * characters, as a text editor does. */
static void
set_syntax_error (GError       **error,
                  const GError  *parse_error,
                  const char    *data,
                  gsize          length)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  ParsePosition position = { 0, 0 };
  const char *end = data + length;
  const char *start = data;
  const char *line;
  const char *p;
  const char *first;
  const char *rest;
  guint column = 0;

  g_signal_connect (parser, "error", G_CALLBACK (parse_error_cb), &position);
  if (json_parser_load_from_data (parser, data, (gssize) length, NULL) || position.line == 0)
    {
      g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_SYNTAX,
                   "not valid JSON: %s", describe_syntax_error (parse_error));
      return;
    }

  /* json-glib skips a UTF-8 byte order mark, and counts from after it. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    start += 3;

  line = start;
  for (guint l = 1; l < position.line && line < end; l++)
    {
      const char *newline = memchr (line, '\n', (gsize) (end - line));

      line = newline != NULL ? newline + 1 : end;
    }

  /* The character that holds the last byte read, the first of the line
   * when none was read. */
  for (p = line; p < end && p < line + position.bytes && *p != '\n'; p = g_utf8_next_char (p))
    column++;
  column = MAX (column, 1);

  first = skip_blanks (start, end);
  rest = skip_blanks (p, end);

  /* A file that is not JSON at all, such as plain text, fails at its first
   * word; a document of ours starts with its opening brace. */
  if (first < end && *first != '{' && *first != '[')
    g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_SYNTAX,
                 "not valid JSON at line %u, column %u: the file does not start with {, so it "
                 "is not a Creator Role document; open a result saved by Creator Role",
                 position.line, column);
  /* Nothing but blanks after the place where it failed: the document was
   * cut short. */
  else if (rest == end)
    g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_SYNTAX,
                 "not valid JSON at line %u, column %u: the document ends too early, as if "
                 "the file had been cut short; open a complete copy",
                 position.line, column);
  else
    g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_SYNTAX,
                 "not valid JSON at line %u, column %u: %s",
                 position.line, column, describe_syntax_error (parse_error));
}

static gboolean
read_single (const CrQuestion  *question,
             guint              q,
             JsonNode          *node,
             CrAnswers         *answers,
             GError           **error)
{
  const char *id;
  guint option;

  if (!node_is_string (node))
    {
      g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_WRONG_TYPE,
                   "answers.%s: expected a string, got %s",
                   question->id, node_type_name (node));
      return FALSE;
    }

  id = json_node_get_string (node);
  if (cr_question_lookup_option (question, id, &option) == NULL)
    {
      g_autofree char *expected = cr_question_dup_option_choices (question);
      g_autofree char *quoted = quote_input (id, MAX_QUOTED_ID);

      g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_UNKNOWN_OPTION,
                   "answers.%s: unknown option \"%s\" for “%s” (expected one of %s)",
                   question->id, quoted, question->title, expected);
      set_detail (error, CR_INPUT_PROBLEM_UNKNOWN_OPTION, (int) q, quoted);
      return FALSE;
    }

  cr_answers_set_choice (answers, q, option);

  return TRUE;
}

static gboolean
read_multiple (const CrQuestion  *question,
               guint              q,
               JsonNode          *node,
               CrAnswers         *answers,
               GError           **error)
{
  CrSelection selection = 0;
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_WRONG_TYPE,
                   "answers.%s: expected an array of strings, got %s",
                   question->id, node_type_name (node));
      return FALSE;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *id;
      guint option;

      if (!node_is_string (element))
        {
          g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_WRONG_TYPE,
                       "answers.%s[%u]: expected a string, got %s",
                       question->id, i, node_type_name (element));
          return FALSE;
        }

      id = json_node_get_string (element);
      if (cr_question_lookup_option (question, id, &option) == NULL)
        {
          g_autofree char *expected = cr_question_dup_option_choices (question);
          g_autofree char *quoted = quote_input (id, MAX_QUOTED_ID);

          g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_UNKNOWN_OPTION,
                       "answers.%s[%u]: unknown option \"%s\" for “%s” (expected any of %s)",
                       question->id, i, quoted, question->title, expected);
          set_detail (error, CR_INPUT_PROBLEM_UNKNOWN_OPTION, (int) q, quoted);
          return FALSE;
        }

      if (selection & CR_SELECTION_BIT (option))
        {
          g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_DUPLICATE,
                       "answers.%s[%u]: \"%s\" is listed twice",
                       question->id, i, id);
          set_detail (error, CR_INPUT_PROBLEM_LISTED_TWICE, (int) q, id);
          return FALSE;
        }

      selection |= CR_SELECTION_BIT (option);
    }

  cr_answers_set_selection (answers, q, selection);

  return TRUE;
}

/* The "format" and "version" members, when there: a Creator Role
 * document of a version this one reads. */
static gboolean
check_format_version (JsonObject  *object,
                      GError     **error)
{
  JsonNode *node;

  if ((node = json_object_get_member (object, "format")) != NULL &&
      (!node_is_string (node) || !g_str_equal (json_node_get_string (node), CR_DOCUMENT_FORMAT)))
    {
      g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_NOT_OURS,
                   "format: expected \"%s\", this is not a Creator Role document",
                   CR_DOCUMENT_FORMAT);
      return FALSE;
    }

  if ((node = json_object_get_member (object, "version")) == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_WRONG_TYPE,
                   "version: expected a whole number, got %s", node_type_name (node));
      return FALSE;
    }
  if (json_node_get_int (node) > CR_DOCUMENT_VERSION || json_node_get_int (node) < 1)
    {
      /* Only a higher number can be a newer Creator Role's. */
      g_set_error (error, CR_DOCUMENT_ERROR,
                   json_node_get_int (node) > CR_DOCUMENT_VERSION
                     ? CR_DOCUMENT_ERROR_NEWER_VERSION : CR_DOCUMENT_ERROR_WRONG_TYPE,
                   "version: %" G_GINT64_FORMAT " is not a version this Creator Role "
                   "reads (it reads version %d)",
                   json_node_get_int (node), CR_DOCUMENT_VERSION);
      return FALSE;
    }

  return TRUE;
}

/* The "name" member, normalised, into @name_out: %NULL when there is
 * none, or it is null. */
static gboolean
read_name (JsonObject  *object,
           char       **name_out,
           GError     **error)
{
  JsonNode *node = json_object_get_member (object, "name");
  const char *text;

  *name_out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (!node_is_string (node))
    {
      g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_WRONG_TYPE,
                   "name: expected a string, got %s", node_type_name (node));
      return FALSE;
    }

  text = json_node_get_string (node);
  if (g_utf8_strlen (text, -1) > CR_ANSWERS_NAME_MAX_CHARS)
    {
      g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_TOO_LARGE,
                   "name: longer than %d characters", CR_ANSWERS_NAME_MAX_CHARS);
      set_detail (error, CR_INPUT_PROBLEM_NAME_TOO_LONG, -1, NULL);
      return FALSE;
    }

  *name_out = cr_answers_normalize_name (text);

  return TRUE;
}

/* The "answers" object's members, each a question's, into @answers. */
static gboolean
read_answers (JsonObject  *object,
              CrAnswers   *answers,
              GError     **error)
{
  JsonNode *node = json_object_get_member (object, "answers");
  g_autoptr(GList) members = NULL;

  if (node == NULL)
    {
      g_set_error_literal (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_NO_ANSWERS,
                           "no \"answers\" member in the top-level object");
      return FALSE;
    }

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_WRONG_TYPE,
                   "answers: expected an object, got %s", node_type_name (node));
      return FALSE;
    }

  object = json_node_get_object (node);
  members = json_object_get_members (object);

  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *id = l->data;
      const CrQuestion *question;
      guint q;

      if ((question = cr_questionnaire_lookup (id, &q)) == NULL)
        {
          g_autofree char *expected = cr_questionnaire_dup_question_ids ();
          g_autofree char *quoted = quote_input (id, MAX_QUOTED_ID);

          g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_UNKNOWN_QUESTION,
                       "answers.%s: unknown question (expected one of %s)", quoted, expected);
          return FALSE;
        }

      node = json_object_get_member (object, id);
      if (JSON_NODE_HOLDS_NULL (node))
        continue;

      if (!(question->multiple ? read_multiple : read_single) (question, q, node, answers, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * cr_document_parse_node:
 * @root: a parsed JSON document
 *
 * Reads the answers of a result document, or of any JSON object with an
 * `answers` member, and its `name` if it has one. A question that is
 * missing, or null, stays unanswered.
 *
 * Returns: (transfer full): the answers, or %NULL with @error set
 */
CrAnswers *
cr_document_parse_node (JsonNode  *root,
                        GError   **error)
{
  g_autoptr(CrAnswers) answers = NULL;
  g_autofree char *name = NULL;
  JsonObject *object;

  g_return_val_if_fail (root != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_NOT_OBJECT,
                   "the top level is %s, not an object in braces {…}, so it is not a Creator "
                   "Role result; open a result that Creator Role saved", node_type_name (root));
      return NULL;
    }

  object = json_node_get_object (root);
  if (!check_format_version (object, error) || !read_name (object, &name, error))
    return NULL;

  answers = cr_answers_new ();
  cr_answers_set_name (answers, name);
  if (!read_answers (object, answers, error))
    return NULL;

  return g_steal_pointer (&answers);
}

/**
 * cr_document_parse_with_parser:
 * @parser: the JSON parser to use; its previous contents are dropped
 * @data: the document's bytes
 * @length: their number
 *
 * Does what cr_document_parse() does with a parser of the caller's, so
 * that reading many documents in a row reuses one.
 *
 * Returns: (transfer full): the answers, or %NULL with @error set
 */
CrAnswers *
cr_document_parse_with_parser (JsonParser  *parser,
                               const char  *data,
                               gsize        length,
                               GError     **error)
{
  g_autoptr(GError) parse_error = NULL;
  const char *end;
  const char *nul;
  const char *kind;
  gsize blank;

  g_return_val_if_fail (JSON_IS_PARSER (parser), NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length > CR_DOCUMENT_MAX_SIZE)
    {
      g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_TOO_LARGE,
                   "the file is larger than 1 MiB (%" G_GSIZE_FORMAT " bytes)", length);
      return NULL;
    }

  /* @data need not end with a NUL: look at @length bytes only. */
  for (blank = 0; blank < length; blank++)
    if (data[blank] != ' ' && data[blank] != '\t' && data[blank] != '\r' && data[blank] != '\n')
      break;

  if (blank == length)
    {
      g_set_error_literal (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_EMPTY, EMPTY_MESSAGE);
      return NULL;
    }

  if ((kind = binary_kind (data, length)) != NULL)
    {
      g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_ENCODING,
                   "this is %s, not a Creator Role result: open a result that Creator Role "
                   "saved, a .json file", kind);
      return NULL;
    }

  if ((nul = memchr (data, '\0', length)) != NULL)
    {
      g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_ENCODING,
                   "this is not a text file (it holds a zero byte at byte %" G_GSIZE_FORMAT
                   "), so not a Creator Role result: open a result that Creator Role saved, "
                   "a .json file", (gsize) (nul - data));
      return NULL;
    }

  if (!g_utf8_validate_len (data, length, &end))
    {
      g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_ENCODING,
                   "not valid UTF-8 at byte %" G_GSIZE_FORMAT ": this is not a text file in "
                   "UTF-8; save it as UTF-8, or open a result that Creator Role saved",
                   (gsize) (end - data));
      return NULL;
    }

  if (!check_depth (data, length, error))
    return NULL;

  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    {
      set_syntax_error (error, parse_error, data, length);
      return NULL;
    }

  if (json_parser_get_root (parser) == NULL)
    {
      g_set_error_literal (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_EMPTY, EMPTY_MESSAGE);
      return NULL;
    }

  return cr_document_parse_node (json_parser_get_root (parser), error);
}

/**
 * cr_document_parse:
 * @data: the document's bytes
 * @length: their number
 *
 * Checks and reads a document held in memory; see cr_document_parse_node().
 *
 * Returns: (transfer full): the answers, or %NULL with @error set
 */
CrAnswers *
cr_document_parse (const char  *data,
                   gsize        length,
                   GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  return cr_document_parse_with_parser (parser, data, length, error);
}

/**
 * cr_document_load_stream:
 * @stream: where to read the document from
 *
 * Reads and checks a document from @stream, refusing it as soon as more
 * than 1 MiB has come.
 *
 * Returns: (transfer full): the answers, or %NULL with @error set
 */
CrAnswers *
cr_document_load_stream (GInputStream  *stream,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Read one byte past the limit at most, so that too much is noticed
   * without reading it all. */
  data = g_malloc (CR_DOCUMENT_MAX_SIZE + 2);
  if (!g_input_stream_read_all (stream, data, CR_DOCUMENT_MAX_SIZE + 1,
                                &length, cancellable, &local_error))
    {
      /* Standard input can be a folder: `--score - < folder`. */
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
        g_set_error_literal (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_READ, FOLDER_MESSAGE);
      else
        g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_READ,
                     "cannot be read: %s", local_error->message);
      return NULL;
    }

  if (length > CR_DOCUMENT_MAX_SIZE)
    {
      g_set_error_literal (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_TOO_LARGE,
                           "the file is larger than 1 MiB");
      return NULL;
    }
  data[length] = '\0';

  return cr_document_parse (data, length, error);
}

/**
 * cr_document_describe_errno:
 * @saved_errno: why a file could not be opened or read
 *
 * Returns: (transfer full): why, in a reader's words and with what to do
 *   for the reasons people meet: "cannot be read: " and the system's
 *   words for the others
 */
char *
cr_document_describe_errno (int saved_errno)
{
  switch (saved_errno)
    {
    case ENOENT:
      return g_strdup ("there is no file of that name: check the name and the folder");
    case EACCES:
    case EPERM:
      return g_strdup ("you are not allowed to read this file: check its permissions");
    case EISDIR:
      return g_strdup (CR_DOCUMENT_FOLDER_MESSAGE);
    default:
      return g_strdup_printf ("cannot be read: %s", g_strerror (saved_errno));
    }
}

static gboolean
set_errno_error (GError **error,
                 int      saved_errno)
{
  g_autofree char *message = cr_document_describe_errno (saved_errno);

  g_set_error_literal (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_READ, message);
  return FALSE;
}

/* Only a regular file holds a document. A folder is refused as the system
 * would refuse it; anything else (a named pipe, a device, a socket) in
 * words, since opening and reading it could block for ever or never end. */
static gboolean
check_regular (const struct stat  *st,
               GError            **error)
{
  const char *what;

  if (S_ISREG (st->st_mode))
    return TRUE;

  if (S_ISDIR (st->st_mode))
    {
      g_set_error_literal (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_READ, FOLDER_MESSAGE);
      return FALSE;
    }

  if (S_ISFIFO (st->st_mode))
    what = "a named pipe";
  else if (S_ISCHR (st->st_mode) || S_ISBLK (st->st_mode))
    what = "a device";
  else if (S_ISSOCK (st->st_mode))
    what = "a socket";
  else
    what = "something else";

  g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_NOT_REGULAR,
               "cannot be read: it is %s, not a file", what);
  return FALSE;
}

/**
 * cr_document_load:
 * @file: the document to read
 *
 * Reads and checks the document in @file. A local file must be a regular
 * file: anything else is refused without being opened for reading, or
 * opened without blocking (a named pipe with no writer, a device) and
 * refused, with %CR_DOCUMENT_ERROR_NOT_REGULAR (%CR_DOCUMENT_ERROR_READ
 * for a folder). A file over 1 MiB is refused before it is read.
 *
 * Returns: (transfer full): the answers, or %NULL with @error set
 */
CrAnswers *
cr_document_load (GFile         *file,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *path;
  struct stat st;
  int fd;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((path = g_file_peek_path (file)) == NULL)
    {
      if ((stream = G_INPUT_STREAM (g_file_read (file, cancellable, &local_error))) == NULL)
        {
          g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_READ,
                       "cannot be read: %s", local_error->message);
          return NULL;
        }
      return cr_document_load_stream (stream, cancellable, error);
    }

  /* What is there is looked at before it is opened: opening some devices
   * does something. */
  if (g_stat (path, &st) != 0)
    {
      set_errno_error (error, errno);
      return NULL;
    }
  if (!check_regular (&st, error))
    return NULL;

  /* Without blocking, in case it was replaced since by a named pipe. */
  if ((fd = g_open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0)) < 0)
    {
      set_errno_error (error, errno);
      return NULL;
    }

  if (fstat (fd, &st) != 0)
    {
      int saved_errno = errno;

      close (fd);
      set_errno_error (error, saved_errno);
      return NULL;
    }

  if (!check_regular (&st, error))
    {
      close (fd);
      return NULL;
    }

  if (st.st_size > CR_DOCUMENT_MAX_SIZE)
    {
      close (fd);
      g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_TOO_LARGE,
                   "the file is larger than 1 MiB (%" G_GOFFSET_FORMAT " bytes)",
                   (goffset) st.st_size);
      return NULL;
    }

  /* Reads of a regular file never block, but some file systems look at it. */
  fcntl (fd, F_SETFL, fcntl (fd, F_GETFL) & ~O_NONBLOCK);
  stream = g_unix_input_stream_new (fd, TRUE);

  return cr_document_load_stream (stream, cancellable, error);
}
