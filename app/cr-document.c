/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-document.c: the JSON document that carries answers and their result
 *
 * Reading takes the answers only: a stored result is never trusted, it is
 * recomputed. Every refusal names where in the document the problem is and
 * what was expected there, in one line, since the command line prints it as
 * is and the window shows it in a dialog.
 *
 * The error messages are not translated: they quote JSON member names and
 * ids, and people paste them into bug reports and scripts.
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

/* Ids longer than this are cut short when an error message quotes them. */
#define MAX_QUOTED_ID 64

G_DEFINE_QUARK (cr-document-error-quark, cr_document_error)

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

/* Refuses, before the recursive JSON parser sees them: nesting deeper than
 * CR_DOCUMENT_MAX_DEPTH, so that no input can exhaust the stack; a \u0000
 * escape, which json-glib would silently cut the string at (so that
 * "none\u0000anything" would read as "none"); and anything but white space
 * after the closing bracket of the top-level value, since json-glib would
 * read a second document there and keep that one. */
static gboolean
check_depth (const char  *data,
             gsize        length,
             GError     **error)
{
  gboolean in_string = FALSE;
  gboolean closed = FALSE;
  guint depth = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            {
              if (length - i > 5 && memcmp (data + i + 1, "u0000", 5) == 0)
                {
                  g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_ENCODING,
                               "a NUL character (\\u0000) at byte %" G_GSIZE_FORMAT, i);
                  return FALSE;
                }
              i++;
            }
          else if (c == '"')
            in_string = FALSE;
          continue;
        }

      if (closed && c != ' ' && c != '\t' && c != '\r' && c != '\n')
        {
          g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_SYNTAX,
                       "not valid JSON: something follows the end of the document "
                       "at byte %" G_GSIZE_FORMAT, i);
          return FALSE;
        }

      if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > CR_DOCUMENT_MAX_DEPTH)
            {
              g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_TOO_DEEP,
                           "nested more than %d levels deep at byte %" G_GSIZE_FORMAT,
                           CR_DOCUMENT_MAX_DEPTH, i);
              return FALSE;
            }
        }
      else if ((c == ']' || c == '}') && depth > 0)
        closed = --depth == 0;
    }

  return TRUE;
}

/* Text from the document quoted in an error message: valid UTF-8, control
 * and formatting characters (new lines, terminal escapes, bidirectional
 * overrides) written as \uXXXX, and cut after @max_chars characters, so
 * that the message stays one short, readable line whatever the input. */
static char *
quote_input (const char *text,
             guint       max_chars)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  GString *quoted = g_string_new (NULL);
  guint n = 0;

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

/* Reads the "3:10:" of "<data>:3:10: Parse error: …". */
static gboolean
parse_position (const char *message,
                guint      *line,
                guint      *column)
{
  guint64 numbers[2];
  const char *p;

  if (!g_str_has_prefix (message, "<data>:"))
    return FALSE;

  p = message + strlen ("<data>:");
  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      char *end;

      if (!g_ascii_isdigit (*p))
        return FALSE;
      numbers[i] = g_ascii_strtoull (p, &end, 10);
      if (*end != ':' || numbers[i] > G_MAXUINT)
        return FALSE;
      p = end + 1;
    }

  *line = (guint) numbers[0];
  *column = (guint) numbers[1];

  return TRUE;
}

/* json-glib says "<data>:3:10: Parse error: unexpected …"; keep the position
 * and the reason, in our own words around them. */
static void
set_syntax_error (GError     **error,
                  const GError *parse_error)
{
  const char *message = parse_error->message;
  const char *reason;
  g_autofree char *quoted = NULL;
  guint line = 0, column = 0;

  if (parse_position (message, &line, &column) &&
      (reason = strstr (message, "Parse error: ")) != NULL)
    {
      /* The reason can quote the input. */
      quoted = quote_input (reason + strlen ("Parse error: "), 200);
      g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_SYNTAX,
                   "not valid JSON at line %u, column %u: %s", line, column, quoted);
    }
  else
    {
      quoted = quote_input (message, 200);
      g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_SYNTAX,
                   "not valid JSON: %s", quoted);
    }
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
      g_autofree char *expected = cr_question_dup_option_ids (question);
      g_autofree char *quoted = quote_input (id, MAX_QUOTED_ID);

      g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_UNKNOWN_OPTION,
                   "answers.%s: unknown option \"%s\" (expected one of %s)",
                   question->id, quoted, expected);
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
          g_autofree char *expected = cr_question_dup_option_ids (question);
          g_autofree char *quoted = quote_input (id, MAX_QUOTED_ID);

          g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_UNKNOWN_OPTION,
                       "answers.%s[%u]: unknown option \"%s\" (expected any of %s)",
                       question->id, i, quoted, expected);
          return FALSE;
        }

      if (selection & CR_SELECTION_BIT (option))
        {
          g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_DUPLICATE,
                       "answers.%s[%u]: \"%s\" is listed twice",
                       question->id, i, id);
          return FALSE;
        }

      selection |= CR_SELECTION_BIT (option);
    }

  cr_answers_set_selection (answers, q, selection);

  return TRUE;
}

/**
 * cr_document_parse_node:
 * @root: a parsed JSON document
 *
 * Reads the answers of a result document, or of any JSON object with an
 * `answers` member. A question that is missing, or null, stays unanswered.
 *
 * Returns: (transfer full): the answers, or %NULL with @error set
 */
CrAnswers *
cr_document_parse_node (JsonNode  *root,
                        GError   **error)
{
  g_autoptr(CrAnswers) answers = NULL;
  g_autoptr(GList) members = NULL;
  JsonObject *object;
  JsonNode *node;

  g_return_val_if_fail (root != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_NOT_OBJECT,
                   "the top level is %s, expected an object", node_type_name (root));
      return NULL;
    }

  object = json_node_get_object (root);

  if ((node = json_object_get_member (object, "format")) != NULL &&
      (!node_is_string (node) || !g_str_equal (json_node_get_string (node), CR_DOCUMENT_FORMAT)))
    {
      g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_NOT_OURS,
                   "format: expected \"%s\", this is not a Creator Role document",
                   CR_DOCUMENT_FORMAT);
      return NULL;
    }

  if ((node = json_object_get_member (object, "version")) != NULL)
    {
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
        {
          g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_WRONG_TYPE,
                       "version: expected a whole number, got %s", node_type_name (node));
          return NULL;
        }
      if (json_node_get_int (node) > CR_DOCUMENT_VERSION || json_node_get_int (node) < 1)
        {
          g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_NEWER_VERSION,
                       "version: %" G_GINT64_FORMAT " is not a version this Creator Role "
                       "reads (it reads version %d)",
                       json_node_get_int (node), CR_DOCUMENT_VERSION);
          return NULL;
        }
    }

  if ((node = json_object_get_member (object, "answers")) == NULL)
    {
      g_set_error_literal (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_NO_ANSWERS,
                           "no \"answers\" member in the top-level object");
      return NULL;
    }

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_WRONG_TYPE,
                   "answers: expected an object, got %s", node_type_name (node));
      return NULL;
    }

  answers = cr_answers_new ();
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
          return NULL;
        }

      node = json_object_get_member (object, id);
      if (JSON_NODE_HOLDS_NULL (node))
        continue;

      if (!(question->multiple ? read_multiple : read_single) (question, q, node, answers, error))
        return NULL;
    }

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
      g_set_error_literal (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_EMPTY,
                           "the file is empty");
      return NULL;
    }

  if ((nul = memchr (data, '\0', length)) != NULL)
    {
      g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_ENCODING,
                   "a NUL byte at byte %" G_GSIZE_FORMAT ", this is not a text file",
                   (gsize) (nul - data));
      return NULL;
    }

  if (!g_utf8_validate_len (data, length, &end))
    {
      g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_ENCODING,
                   "not valid UTF-8 at byte %" G_GSIZE_FORMAT, (gsize) (end - data));
      return NULL;
    }

  if (!check_depth (data, length, error))
    return NULL;

  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    {
      set_syntax_error (error, parse_error);
      return NULL;
    }

  if (json_parser_get_root (parser) == NULL)
    {
      g_set_error_literal (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_EMPTY,
                           "the file is empty");
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
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();

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

static gboolean
set_errno_error (GError **error,
                 int      saved_errno)
{
  g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_READ,
               "cannot be read: %s", g_strerror (saved_errno));
  return FALSE;
}

/**
 * cr_document_load:
 * @file: the document to read
 *
 * Reads and checks the document in @file. A file over 1 MiB is refused
 * before it is read.
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

  if ((fd = g_open (path, O_RDONLY | O_CLOEXEC, 0)) < 0)
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

  if (S_ISDIR (st.st_mode))
    {
      close (fd);
      set_errno_error (error, EISDIR);
      return NULL;
    }

  if (S_ISREG (st.st_mode) && st.st_size > CR_DOCUMENT_MAX_SIZE)
    {
      close (fd);
      g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_TOO_LARGE,
                   "the file is larger than 1 MiB (%" G_GOFFSET_FORMAT " bytes)",
                   (goffset) st.st_size);
      return NULL;
    }

  stream = g_unix_input_stream_new (fd, TRUE);

  return cr_document_load_stream (stream, cancellable, error);
}

static JsonNode *
selection_node (const CrQuestion *question,
                CrSelection       selection)
{
  if (question->multiple)
    {
      JsonArray *array = json_array_sized_new (question->n_options);
      JsonNode *node;

      for (guint o = 0; o < question->n_options; o++)
        if (selection & CR_SELECTION_BIT (o))
          json_array_add_string_element (array, question->options[o].id);

      /* The node takes a reference of its own. */
      node = json_node_init_array (json_node_alloc (), array);
      json_array_unref (array);

      return node;
    }

  return json_node_init_string (json_node_alloc (),
                                question->options[g_bit_nth_lsf (selection, -1)].id);
}

static JsonObject *
build_answers (CrAnswers *answers)
{
  JsonObject *object = json_object_new ();

  for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
    {
      const CrQuestion *question = cr_questionnaire_get_question (q);

      if (!cr_answers_is_answered (answers, q))
        continue;

      json_object_set_member (object, question->id,
                              selection_node (question, cr_answers_get_selection (answers, q)));
    }

  return object;
}

static JsonObject *
build_explanation (const CrExplanation *explanation)
{
  const CrQuestion *question = cr_questionnaire_get_question (explanation->question);
  JsonObject *object = json_object_new ();
  JsonObject *weights = json_object_new ();
  JsonArray *supports;
  CrRole roles[CR_N_ROLES];
  guint n_roles = cr_explanation_get_supports (explanation, roles);

  json_object_set_string_member (object, "question", question->id);
  json_object_set_member (object, "answer", selection_node (question, explanation->selection));

  supports = json_array_sized_new (n_roles);
  for (guint j = 0; j < n_roles; j++)
    json_array_add_string_element (supports, cr_role_to_id (roles[j]));
  json_object_set_array_member (object, "supports", supports);

  for (guint r = 0; r < CR_N_ROLES; r++)
    json_object_set_int_member (weights, cr_role_to_id (r), explanation->weights[r]);
  json_object_set_object_member (object, "weights", weights);

  json_object_set_string_member (object, "text", explanation->text);

  return object;
}

static JsonObject *
build_change (const CrChange *change)
{
  const CrQuestion *question = cr_questionnaire_get_question (change->question);
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "question", question->id);
  json_object_set_member (object, "answer", selection_node (question, change->selection));
  json_object_set_string_member (object, "role", cr_role_to_id (change->role));
  json_object_set_int_member (object, "score", change->score);
  json_object_set_string_member (object, "text", change->text);

  return object;
}

/* The tree is made with JsonObject and JsonArray directly rather than a
 * JsonBuilder, which copies and frees every member name on the way: this is
 * most of what batch scoring spends beyond parsing and writing JSON. */
static JsonObject *
build_result (CrResult *result)
{
  JsonObject *object = json_object_new ();
  JsonObject *scores = json_object_new ();
  JsonArray *array;
  const guint *unanswered;
  guint n_unanswered;

  json_object_set_string_member (object, "role", cr_role_to_id (cr_result_get_role (result)));

  for (guint r = 0; r < CR_N_ROLES; r++)
    json_object_set_int_member (scores, cr_role_to_id (r), cr_result_get_score (result, r));
  json_object_set_object_member (object, "scores", scores);

  json_object_set_boolean_member (object, "close_call", cr_result_is_close_call (result));
  json_object_set_string_member (object, "runner_up",
                                 cr_role_to_id (cr_result_get_runner_up (result)));
  json_object_set_boolean_member (object, "complete", cr_result_is_complete (result));

  unanswered = cr_result_get_unanswered (result, &n_unanswered);
  array = json_array_sized_new (n_unanswered);
  for (guint i = 0; i < n_unanswered; i++)
    json_array_add_string_element (array, cr_questionnaire_get_question (unanswered[i])->id);
  json_object_set_array_member (object, "unanswered", array);

  json_object_set_string_member (object, "title", cr_result_get_title (result));
  json_object_set_string_member (object, "summary", cr_result_get_summary (result));

  array = json_array_sized_new (cr_result_get_n_explanations (result));
  for (guint i = 0; i < cr_result_get_n_explanations (result); i++)
    json_array_add_object_element (array,
                                   build_explanation (cr_result_get_explanation (result, i)));
  json_object_set_array_member (object, "explanation", array);

  array = json_array_sized_new (cr_result_get_n_changes (result));
  for (guint i = 0; i < cr_result_get_n_changes (result); i++)
    json_array_add_object_element (array, build_change (cr_result_get_change (result, i)));
  json_object_set_array_member (object, "would_change", array);

  return object;
}

/**
 * cr_document_build:
 * @answers: the answers
 * @result: their result, from cr_score()
 * @language: the language the result's texts are in, e.g. "en" or "fr"
 * @created: (nullable): when the document is made; now if %NULL
 *
 * Returns: (transfer full): the result document
 */
JsonNode *
cr_document_build (CrAnswers  *answers,
                   CrResult   *result,
                   const char *language,
                   GDateTime  *created)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *stamp = NULL;
  JsonObject *root;
  JsonNode *node;

  g_return_val_if_fail (CR_IS_ANSWERS (answers), NULL);
  g_return_val_if_fail (result != NULL, NULL);
  g_return_val_if_fail (language != NULL, NULL);

  if (created == NULL)
    now = g_date_time_new_now_utc ();
  else
    now = g_date_time_to_utc (created);

  stamp = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");

  root = json_object_new ();
  json_object_set_string_member (root, "format", CR_DOCUMENT_FORMAT);
  json_object_set_int_member (root, "version", CR_DOCUMENT_VERSION);
  json_object_set_string_member (root, "created", stamp);
  json_object_set_string_member (root, "generator", PACKAGE_NAME " " PACKAGE_VERSION);
  json_object_set_string_member (root, "language", language);
  json_object_set_object_member (root, "answers", build_answers (answers));
  json_object_set_object_member (root, "result", build_result (result));

  node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (node, root);

  return node;
}

/**
 * cr_document_to_data:
 * @pretty: indent the document for people to read
 * @length: (out) (optional): the length of the returned text
 *
 * Returns: (transfer full): the result document as JSON text, ending with
 *   a newline
 */
char *
cr_document_to_data (CrAnswers  *answers,
                     CrResult   *result,
                     const char *language,
                     GDateTime  *created,
                     gboolean    pretty,
                     gsize      *length)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonGenerator) generator = NULL;
  g_autofree char *text = NULL;
  gsize text_length = 0;

  root = cr_document_build (answers, result, language, created);
  g_return_val_if_fail (root != NULL, NULL);

  generator = json_generator_new ();
  json_generator_set_pretty (generator, pretty);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, &text_length);

  if (length != NULL)
    *length = text_length + 1;

  return g_strconcat (text, "\n", NULL);
}

static gboolean
set_write_error (GError **error,
                 int      saved_errno)
{
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               "cannot be written: %s", g_strerror (saved_errno));
  return FALSE;
}

/* Writes into a new file beside @path, flushed to the disk, which then
 * replaces @path in one rename(). Any failure removes the new file and
 * says why in terms of @path, not of the temporary file. */
static gboolean
save_local (const char  *path,
            const char  *data,
            gsize        length,
            GError     **error)
{
  g_autofree char *temporary = g_strconcat (path, ".XXXXXX", NULL);
  int saved_errno;
  int fd;

  if ((fd = g_mkstemp_full (temporary, O_WRONLY | O_CLOEXEC, 0666)) < 0)
    return set_write_error (error, errno);

  while (length > 0)
    {
      gssize written = write (fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;
      /* A write() of 0 bytes sets no errno: it can only mean no space. */
      if (written == 0)
        errno = ENOSPC;
      if (written <= 0)
        goto failed;
      data += written;
      length -= (gsize) written;
    }

  if (fsync (fd) != 0)
    goto failed;

  if (close (fd) != 0)
    {
      fd = -1;
      goto failed;
    }
  fd = -1;

  if (g_rename (temporary, path) != 0)
    goto failed;

  return TRUE;

failed:
  saved_errno = errno;
  if (fd >= 0)
    close (fd);
  g_unlink (temporary);

  return set_write_error (error, saved_errno);
}

/**
 * cr_document_save:
 * @file: where to write
 * @data: what to write
 * @length: its length
 *
 * Writes @data to @file atomically: into a new file beside it, which then
 * replaces @file, so that a failure at any point leaves the previous file
 * as it was. For a local file the error is in the %G_FILE_ERROR domain and
 * its message, "cannot be written: " and the reason, does not name the
 * file: the caller does.
 *
 * Returns: %TRUE on success
 */
gboolean
cr_document_save (GFile         *file,
                  const char    *data,
                  gsize          length,
                  GCancellable  *cancellable,
                  GError       **error)
{
  const char *path;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);

  /* For a local file, g_file_replace_contents() falls back to overwriting in
   * place when it cannot make a file beside the target; a full disk would
   * then destroy the previous file. save_local() never does. */
  if ((path = g_file_peek_path (file)) != NULL)
    return save_local (path, data, length, error);

  return g_file_replace_contents (file, data, length, NULL, FALSE, G_FILE_CREATE_NONE,
                                  NULL, cancellable, error);
}
