/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-json-baseline.c: the floor for batch scoring, json-glib alone
 *
 * bench-json-baseline TEMPLATES [INPUT] > OUTPUT
 *
 * Does what `creator-role --score INPUT --batch` does with JSON, and nothing
 * else: reads INPUT (JSON Lines, standard input when absent) a line at a
 * time, parses each line with json-glib, builds a fresh tree as large as a
 * result document and writes it compactly on one line. The trees are copies
 * of the documents in TEMPLATES (JSON Lines of real result documents, taken
 * in turn), with the line's own "answers" put in, so that the output has
 * the size and shape of the real one; there is no scoring and no checking.
 * build-aux/bench-batch.sh compares the two.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-glib/json-glib.h>

static JsonNode *deep_copy (JsonNode *node);

static JsonObject *
copy_object (JsonObject *object)
{
  JsonObject *copy = json_object_new ();
  g_autoptr(GList) members = json_object_get_members (object);

  for (const GList *l = members; l != NULL; l = l->next)
    json_object_set_member (copy, l->data,
                            deep_copy (json_object_get_member (object, l->data)));

  return copy;
}

static JsonArray *
copy_array (JsonArray *array)
{
  guint length = json_array_get_length (array);
  JsonArray *copy = json_array_sized_new (length);

  for (guint i = 0; i < length; i++)
    json_array_add_element (copy, deep_copy (json_array_get_element (array, i)));

  return copy;
}

/* A tree built anew, node by node, as the scorer's writer builds one. */
static JsonNode *
deep_copy (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        g_autoptr(JsonObject) object = copy_object (json_node_get_object (node));

        return json_node_init_object (json_node_alloc (), object);
      }
    case JSON_NODE_ARRAY:
      {
        g_autoptr(JsonArray) array = copy_array (json_node_get_array (node));

        return json_node_init_array (json_node_alloc (), array);
      }
    case JSON_NODE_VALUE:
    case JSON_NODE_NULL:
    default:
      return json_node_copy (node);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) templates = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GString) text = g_string_sized_new (8192);
  g_autoptr(GError) error = NULL;
  static char out_buffer[1 << 16];
  char *line = NULL;
  size_t size = 0;
  ssize_t length;
  guint64 number = 0;
  FILE *in;

  if (argc < 2 || argc > 3)
    {
      fprintf (stderr, "usage: %s TEMPLATES [INPUT]\n", argv[0]);
      return 2;
    }

  if ((in = fopen (argv[1], "re")) == NULL)
    {
      perror (argv[1]);
      return 1;
    }
  while ((length = getline (&line, &size, in)) > 0)
    {
      g_autoptr(JsonParser) template_parser = json_parser_new ();
      JsonNode *root;

      if (!json_parser_load_from_data (template_parser, line, length, &error))
        {
          fprintf (stderr, "%s: %s\n", argv[1], error->message);
          return 1;
        }
      root = json_parser_get_root (template_parser);
      if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
        continue;
      g_ptr_array_add (templates, json_node_copy (root));
    }
  fclose (in);
  if (templates->len == 0)
    {
      fprintf (stderr, "%s: no result documents\n", argv[1]);
      return 1;
    }

  if (argc < 3 || g_str_equal (argv[2], "-"))
    in = stdin;
  else if ((in = fopen (argv[2], "re")) == NULL)
    {
      perror (argv[2]);
      return 1;
    }

  setvbuf (stdout, out_buffer, _IOFBF, sizeof out_buffer);

  while ((length = getline (&line, &size, in)) >= 0)
    {
      g_autoptr(JsonNode) result = NULL;
      JsonNode *root, *answers;

      number++;
      if (!json_parser_load_from_data (parser, line, length, &error))
        {
          fprintf (stderr, "%" G_GUINT64_FORMAT ": %s\n", number, error->message);
          g_clear_error (&error);
          continue;
        }

      result = deep_copy (g_ptr_array_index (templates, (number - 1) % templates->len));
      root = json_parser_get_root (parser);
      if (root != NULL && JSON_NODE_HOLDS_OBJECT (root) &&
          (answers = json_object_get_member (json_node_get_object (root), "answers")) != NULL)
        json_object_set_member (json_node_get_object (result), "answers", json_node_copy (answers));

      json_generator_set_root (generator, result);
      g_string_truncate (text, 0);
      json_generator_to_gstring (generator, text);
      g_string_append_c (text, '\n');
      fwrite (text->str, 1, text->len, stdout);
    }

  free (line);
  if (in != stdin)
    fclose (in);

  return fflush (stdout) == 0 && !ferror (stdout) ? 0 : 1;
}
