/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-document-build.c: the result document, as a JSON tree and as text
 *
 * The document holds the answers and the whole result, translated into the
 * language current when it is built, so that a person can read it and a
 * script can use it without Creator Role. Reading takes only its answers
 * (cr-document-read.c).
 */
#include "config.h"

#include "cr-document.h"
#include "cr-name.h"

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
build_step (const CrChangeStep *step)
{
  const CrQuestion *question = cr_questionnaire_get_question (step->question);
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "question", question->id);
  json_object_set_member (object, "answer", selection_node (question, step->selection));
  json_object_set_string_member (object, "text", step->text);

  return object;
}

/* What would make the person another role: the steps, none when no change
 * of up to CR_CHANGE_MAX_STEPS answers would. With no verdict yet
 * (@answer_first), the steps answer a question that decides the verdict,
 * and the share they would give says nothing of a person whose other
 * answers are still to come: the score is null, as the text words it
 * ("how strongly depends on your other answers"). */
static JsonObject *
build_change (const CrChange *change,
              gboolean        answer_first)
{
  JsonObject *object = json_object_new ();
  JsonArray *steps = json_array_sized_new (change->n_steps);

  json_object_set_string_member (object, "role", cr_role_to_id (change->role));
  json_object_set_boolean_member (object, "possible", change->n_steps > 0);
  json_object_set_boolean_member (object, "answer_first", answer_first && change->n_steps > 0);
  for (guint i = 0; i < change->n_steps; i++)
    json_array_add_object_element (steps, build_step (&change->steps[i]));
  json_object_set_array_member (object, "steps", steps);
  if (change->n_steps > 0 && !answer_first)
    {
      json_object_set_int_member (object, "score", change->score);
      json_object_set_boolean_member (object, "close_call", change->close_call);
    }
  else
    {
      json_object_set_null_member (object, "score");
      json_object_set_boolean_member (object, "close_call", FALSE);
    }
  json_object_set_string_member (object, "text", change->text);

  return object;
}

/* A role, or null where there is none: no verdict, or no runner-up. */
static void
set_role_member (JsonObject *object,
                 const char *name,
                 CrRole      role)
{
  const char *id = role <= CR_ROLE_NONE ? cr_role_to_id (role) : NULL;

  if (id != NULL)
    json_object_set_string_member (object, name, id);
  else
    json_object_set_null_member (object, name);
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

  CrRole runner_up = cr_result_get_runner_up (result);
  const guint *weighs_most;
  guint n_weighs_most, against_question;
  CrRole against_role;

  set_role_member (object, "role", cr_result_get_role (result));

  for (guint r = 0; r < CR_N_ROLES; r++)
    json_object_set_int_member (scores, cr_role_to_id (r), cr_result_get_score (result, r));
  json_object_set_object_member (object, "scores", scores);

  json_object_set_boolean_member (object, "close_call", cr_result_is_close_call (result));
  set_role_member (object, "runner_up", runner_up < CR_N_ROLES ? runner_up : CR_ROLE_UNDECIDED);
  json_object_set_boolean_member (object, "complete", cr_result_is_complete (result));

  unanswered = cr_result_get_unanswered (result, &n_unanswered);
  array = json_array_sized_new (n_unanswered);
  for (guint i = 0; i < n_unanswered; i++)
    json_array_add_string_element (array, cr_questionnaire_get_question (unanswered[i])->id);
  json_object_set_array_member (object, "unanswered", array);

  json_object_set_string_member (object, "title", cr_result_get_title (result));
  json_object_set_string_member (object, "summary", cr_result_get_summary (result));

  weighs_most = cr_result_get_weighs_most (result, &n_weighs_most);
  array = json_array_sized_new (n_weighs_most);
  for (guint i = 0; i < n_weighs_most; i++)
    json_array_add_string_element (array, cr_questionnaire_get_question (weighs_most[i])->id);
  json_object_set_array_member (object, "weighs_most", array);

  if (cr_result_get_against (result, &against_question, &against_role))
    {
      JsonObject *against = json_object_new ();

      json_object_set_string_member (against, "question",
                                     cr_questionnaire_get_question (against_question)->id);
      json_object_set_string_member (against, "role", cr_role_to_id (against_role));
      json_object_set_object_member (object, "against", against);
    }
  else
    {
      json_object_set_null_member (object, "against");
    }

  array = json_array_sized_new (cr_result_get_n_explanations (result));
  for (guint i = 0; i < cr_result_get_n_explanations (result); i++)
    json_array_add_object_element (array,
                                   build_explanation (cr_result_get_explanation (result, i)));
  json_object_set_array_member (object, "explanation", array);

  array = json_array_sized_new (cr_result_get_n_changes (result));
  for (guint i = 0; i < cr_result_get_n_changes (result); i++)
    json_array_add_object_element (array,
                                   build_change (cr_result_get_change (result, i),
                                                 cr_result_get_role (result) == CR_ROLE_UNDECIDED));
  json_object_set_array_member (object, "would_change", array);

  return object;
}

/**
 * cr_document_dup_source_date:
 *
 * Reads SOURCE_DATE_EPOCH, so that a build or a test can make the same
 * file twice: a document, a card, a report or a workbook says it was made
 * then instead of now. The environment is read here alone, and only in
 * the thread that starts the work: what a worker thread writes gets the
 * time it is handed.
 *
 * Returns: (transfer full) (nullable): the time of SOURCE_DATE_EPOCH when
 *   it is set to a number of seconds; %NULL otherwise
 */
GDateTime *
cr_document_dup_source_date (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  guint64 seconds;

  if (epoch != NULL && g_ascii_string_to_unsigned (epoch, 10, 0, G_MAXINT64, &seconds, NULL))
    return g_date_time_new_from_unix_utc ((gint64) seconds);

  return NULL;
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
  if (cr_answers_get_name (answers) != NULL)
    json_object_set_string_member (root, "name", cr_answers_get_name (answers));
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
  g_autoptr(GString) text = g_string_new (NULL);

  root = cr_document_build (answers, result, language, created);
  g_return_val_if_fail (root != NULL, NULL);

  generator = json_generator_new ();
  json_generator_set_pretty (generator, pretty);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  json_generator_to_gstring (generator, text);
  cr_name_escape_in_json (text, 0);
  g_string_append_c (text, '\n');

  if (length != NULL)
    *length = text->len;

  return g_string_free (g_steal_pointer (&text), FALSE);
}
