/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include <glib/gstdio.h>

#include "cr-document.h"
#include "cr-i18n.h"
#include "cr-test-profiles.h"

/* Export, read back: the same answers, and the same result once rescored. */
static void
test_round_trip (void)
{
  for (guint p = 0; p < G_N_ELEMENTS (cr_test_profiles); p++)
    {
      g_autoptr(CrAnswers) answers = cr_test_answers_new (cr_test_profiles[p].answers);
      g_autoptr(CrResult) result = cr_score (answers);
      g_autoptr(GDateTime) created = g_date_time_new_utc (2026, 11, 28, 9, 30, 0);
      g_autoptr(CrAnswers) read = NULL;
      g_autoptr(CrResult) reread_result = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *data = NULL;
      g_autofree char *again = NULL;
      gsize length;

      data = cr_document_to_data (answers, result, "en", created, TRUE, &length);
      g_assert_cmpuint (length, ==, strlen (data));
      g_assert_true (g_str_has_suffix (data, "}\n"));

      read = cr_document_parse (data, length, &error);
      g_assert_no_error (error);
      g_assert_true (cr_answers_equal (read, answers));

      reread_result = cr_score (read);
      again = cr_document_to_data (read, reread_result, "en", created, TRUE, NULL);
      g_assert_cmpstr (again, ==, data);
    }
}

/* The document carries what RUBRIC.md and the issue name, in those names. */
static void
test_fields (void)
{
  g_autoptr(CrAnswers) answers = cr_test_answers_new (cr_test_profiles[0].answers);
  g_autoptr(CrResult) result = cr_score (answers);
  g_autoptr(GDateTime) created = g_date_time_new_utc (2026, 11, 28, 9, 30, 5);
  g_autoptr(JsonNode) root = cr_document_build (answers, result, "en", created);
  JsonObject *object = json_node_get_object (root);
  JsonObject *answers_object = json_object_get_object_member (object, "answers");
  JsonObject *result_object = json_object_get_object_member (object, "result");
  JsonObject *scores = json_object_get_object_member (result_object, "scores");
  JsonArray *platforms = json_object_get_array_member (answers_object, "platforms");
  JsonArray *explanation = json_object_get_array_member (result_object, "explanation");
  JsonObject *first;

  g_assert_cmpstr (json_object_get_string_member (object, "format"), ==, "creator-role/result");
  g_assert_cmpint (json_object_get_int_member (object, "version"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (object, "created"), ==, "2026-11-28T09:30:05Z");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (object, "generator"),
                                   "Creator Role "));
  g_assert_cmpstr (json_object_get_string_member (object, "language"), ==, "en");

  g_assert_cmpstr (json_object_get_string_member (answers_object, "compensation"), ==,
                   "per-campaign");
  g_assert_cmpuint (json_array_get_length (platforms), ==, 3);
  g_assert_cmpstr (json_array_get_string_element (platforms, 0), ==, "instagram");
  g_assert_cmpstr (json_array_get_string_element (platforms, 2), ==, "blog");

  g_assert_cmpstr (json_object_get_string_member (result_object, "role"), ==, "influencer");
  g_assert_cmpint (json_object_get_int_member (scores, "influencer") +
                   json_object_get_int_member (scores, "ambassador") +
                   json_object_get_int_member (scores, "contracted-ambassador"), ==, 100);
  g_assert_false (json_object_get_boolean_member (result_object, "close_call"));
  g_assert_cmpstr (json_object_get_string_member (result_object, "runner_up"), ==,
                   "contracted-ambassador");
  g_assert_true (json_object_get_boolean_member (result_object, "complete"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (result_object,
                                                                         "unanswered")), ==, 0);
  g_assert_cmpstr (json_object_get_string_member (result_object, "title"), ==,
                   "You are an influencer");
  g_assert_cmpuint (json_array_get_length (explanation), ==, 10);

  first = json_array_get_object_element (explanation, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "question"), ==, "compensation");
  g_assert_cmpstr (json_object_get_string_member (first, "answer"), ==, "per-campaign");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (first, "supports"),
                                                  0), ==, "influencer");
  g_assert_cmpuint (strlen (json_object_get_string_member (first, "text")), >, 10);
  g_assert_true (json_object_has_member (result_object, "would_change"));
}

/* The what-ifs as a script reads them: with a verdict, each possible
 * change with the share it would give; with none yet, what to answer
 * first, with no share, as its text says ("how strongly depends on your
 * other answers"). */
static void
test_change_scores (void)
{
  static const char none_yet[] = "{\"answers\": {\"audience\": \"over-1m\"}}";
  g_autoptr(GError) error = NULL;
  g_autoptr(CrAnswers) answers = cr_document_parse (none_yet, strlen (none_yet), &error);
  g_autoptr(CrAnswers) creator = cr_test_answers_new (cr_test_profiles[0].answers);
  g_autoptr(CrResult) result = NULL;
  g_autoptr(CrResult) creator_result = cr_score (creator);
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) creator_root = cr_document_build (creator, creator_result, "en", NULL);
  JsonObject *object;
  JsonArray *changes;

  g_assert_no_error (error);
  result = cr_score (answers);
  root = cr_document_build (answers, result, "en", NULL);
  object = json_object_get_object_member (json_node_get_object (root), "result");
  g_assert_true (json_object_get_null_member (object, "role"));
  changes = json_object_get_array_member (object, "would_change");
  g_assert_cmpuint (json_array_get_length (changes), ==, 3);
  for (guint i = 0; i < json_array_get_length (changes); i++)
    {
      JsonObject *change = json_array_get_object_element (changes, i);

      g_assert_true (json_object_get_boolean_member (change, "possible"));
      g_assert_true (json_object_get_boolean_member (change, "answer_first"));
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (change, "steps")),
                        >=, 1);
      g_assert_true (json_object_get_null_member (change, "score"));
      g_assert_false (json_object_get_boolean_member (change, "close_call"));
      g_assert_nonnull (strstr (json_object_get_string_member (change, "text"),
                                "how strongly depends on your other answers"));
    }
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (changes, 0),
                                                  "role"), ==, "influencer");

  /* The full-time creator: an ambassador with its share then, as the text
   * says it; no change makes a contracted ambassador, and there is no
   * share. */
  object = json_object_get_object_member (json_node_get_object (creator_root), "result");
  changes = json_object_get_array_member (object, "would_change");
  g_assert_cmpuint (json_array_get_length (changes), ==, 2);
  for (guint i = 0; i < json_array_get_length (changes); i++)
    {
      JsonObject *change = json_array_get_object_element (changes, i);
      const CrChange *model = cr_result_get_change (creator_result, i);
      g_autofree char *share = NULL;

      g_assert_false (json_object_get_boolean_member (change, "answer_first"));
      g_assert_cmpint (json_object_get_boolean_member (change, "possible"), ==, i == 0);
      if (i == 1)
        {
          g_assert_cmpuint (model->n_steps, ==, 0);
          g_assert_true (json_object_get_null_member (change, "score"));
          continue;
        }
      g_assert_cmpint (json_object_get_int_member (change, "score"), ==, model->score);
      g_assert_cmpint (json_object_get_int_member (change, "score"), >, 0);
      share = g_strdup_printf ("with %u of 100", model->score);
      g_assert_nonnull (strstr (json_object_get_string_member (change, "text"), share));
    }
}

/* A stored result is never trusted: only the answers are read. */
static void
test_result_recomputed (void)
{
  static const char doc[] =
    "{\"format\": \"creator-role/result\", \"version\": 1,"
    " \"answers\": {\"compensation\": \"retainer\", \"agreement\": \"long-term\"},"
    " \"result\": {\"role\": \"ambassador\", \"scores\": {\"ambassador\": 100}}}";
  g_autoptr(GError) error = NULL;
  g_autoptr(CrAnswers) answers = cr_document_parse (doc, strlen (doc), &error);
  g_autoptr(CrResult) result = NULL;

  g_assert_no_error (error);
  result = cr_score (answers);
  g_assert_cmpint (cr_result_get_role (result), ==, CR_ROLE_CONTRACTED_AMBASSADOR);
  g_assert_cmpuint (cr_answers_get_n_answered (answers), ==, 2);
}

/* 101 characters, 202 bytes: the limit counts characters. */
#define NAME_10 "\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9"
#define NAME_101 NAME_10 NAME_10 NAME_10 NAME_10 NAME_10 NAME_10 NAME_10 NAME_10 NAME_10 NAME_10 "x"

/* Whose result it is travels with the answers: written when given, read
 * back as one clean line, left out when there is none. */
static void
test_name (void)
{
  static const char doc[] =
    "{\"name\": \"  @maya\\n  \\tdraws \", \"answers\": {\"brands\": \"one\"}}";
  static const char hundred[] =
    "{\"name\": \"" NAME_10 NAME_10 NAME_10 NAME_10 NAME_10 NAME_10 NAME_10 NAME_10 NAME_10
    NAME_10 "\", \"answers\": {}}";
  static const char null_name[] = "{\"name\": null, \"answers\": {}}";
  g_autoptr(GError) error = NULL;
  g_autoptr(CrAnswers) answers = cr_document_parse (doc, strlen (doc), &error);
  g_autoptr(CrAnswers) none = NULL;
  g_autoptr(CrAnswers) longest = NULL;
  g_autoptr(CrResult) result = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *data = NULL;
  g_autoptr(CrAnswers) again = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (cr_answers_get_name (answers), ==, "@maya draws");
  g_assert_false (cr_answers_is_empty (answers));

  result = cr_score (answers);
  root = cr_document_build (answers, result, "en", NULL);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (root), "name"), ==,
                   "@maya draws");
  data = cr_document_to_data (answers, result, "en", NULL, FALSE, NULL);
  again = cr_document_parse (data, strlen (data), &error);
  g_assert_no_error (error);
  g_assert_true (cr_answers_equal (again, answers));

  /* Without a name, the member is not written. */
  cr_answers_set_name (answers, " \t ");
  g_assert_null (cr_answers_get_name (answers));
  g_clear_pointer (&root, json_node_unref);
  root = cr_document_build (answers, result, "en", NULL);
  g_assert_false (json_object_has_member (json_node_get_object (root), "name"));

  none = cr_document_parse (null_name, strlen (null_name), &error);
  g_assert_no_error (error);
  g_assert_null (cr_answers_get_name (none));
  g_assert_true (cr_answers_is_empty (none));

  longest = cr_document_parse (hundred, strlen (hundred), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_utf8_strlen (cr_answers_get_name (longest), -1), ==, 100);
}

static void
count_cb (guint *count)
{
  (*count)++;
}

/* A name typed or pasted is kept as one line, cut at the limit. */
static void
test_name_normalized (void)
{
  g_autoptr(CrAnswers) answers = cr_answers_new ();
  g_autofree char *long_name = g_strnfill (150, 'a');
  guint notified = 0;

  g_signal_connect_swapped (answers, "notify::name", G_CALLBACK (count_cb), &notified);

  cr_answers_set_name (answers, "Ana\u2028Lima");
  g_assert_cmpstr (cr_answers_get_name (answers), ==, "Ana Lima");
  g_assert_cmpuint (notified, ==, 1);
  cr_answers_set_name (answers, "  Ana   Lima ");
  g_assert_cmpuint (notified, ==, 1);
  cr_answers_set_name (answers, long_name);
  g_assert_cmpuint (strlen (cr_answers_get_name (answers)), ==, CR_ANSWERS_NAME_MAX_CHARS);
  g_assert_cmpuint (notified, ==, 2);
  cr_answers_set_name (answers, "\xff\xfe" "Bob");
  g_assert_true (g_utf8_validate (cr_answers_get_name (answers), -1, NULL));
  cr_answers_set_name (answers, NULL);
  g_assert_null (cr_answers_get_name (answers));
  g_assert_cmpuint (notified, ==, 4);
}

/* Missing and null answers are unanswered, not errors; a bare answers
 * object is enough. */
static void
test_partial (void)
{
  static const char doc[] = "{\"answers\": {\"brands\": \"one\", \"audience\": null,"
                            " \"platforms\": []}}";
  g_autoptr(GError) error = NULL;
  g_autoptr(CrAnswers) answers = cr_document_parse (doc, strlen (doc), &error);
  guint platforms;

  g_assert_no_error (error);
  g_assert_cmpuint (cr_answers_get_n_answered (answers), ==, 2);
  cr_questionnaire_lookup ("platforms", &platforms);
  g_assert_true (cr_answers_is_answered (answers, platforms));
  g_assert_cmpuint (cr_answers_get_selection (answers, platforms), ==, 0);
}

typedef struct
{
  const char *name;
  const char *data;
  gssize      length;  /* -1: strlen */
  int         code;
  const char *message;
} Malformed;

static const Malformed malformed[] = {
  /* What happened in the reader's terms, and what to open instead. */
  { "empty", "", -1, CR_DOCUMENT_ERROR_EMPTY,
    "the file is empty, so it holds no answers: open a result that Creator Role saved, a "
    ".json file" },
  { "blank", "  \n\t\n", -1, CR_DOCUMENT_ERROR_EMPTY,
    "the file is empty, so it holds no answers: open a result that Creator Role saved, a "
    ".json file" },
  /* A card or a report picked by mistake: named by what it is. */
  { "png", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16, CR_DOCUMENT_ERROR_ENCODING,
    "this is a PNG image, not a Creator Role result: open a result that Creator Role saved, a "
    ".json file" },
  { "pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", -1, CR_DOCUMENT_ERROR_ENCODING,
    "this is a PDF document, not a Creator Role result: open a result that Creator Role saved, "
    "a .json file" },
  { "spreadsheet", "PK\x03\x04\x14\0\x06\0", 8, CR_DOCUMENT_ERROR_ENCODING,
    "this is a ZIP archive (or a document made of one, such as a spreadsheet), not a Creator "
    "Role result: open a result that Creator Role saved, a .json file" },
  /* Syntax errors: where json-glib stopped, counted in characters, and
   * what is wrong there in plain words, with what to do. */
  { "not-json", "compensation: none", -1, CR_DOCUMENT_ERROR_SYNTAX,
    "not valid JSON at line 1, column 12: the file does not start with {, so it is not a "
    "Creator Role document; open a result saved by Creator Role" },
  { "trailing-comma", "{\"answers\": {\"brands\": \"one\",}}", -1, CR_DOCUMENT_ERROR_SYNTAX,
    "not valid JSON at line 1, column 29: a comma comes before a closing bracket; "
    "remove that comma" },
  { "truncated", "{\"answers\": {\"brands\": \"one\"", -1, CR_DOCUMENT_ERROR_SYNTAX,
    "not valid JSON at line 1, column 28: the document ends too early, as if the file had "
    "been cut short; open a complete copy" },
  { "truncated-after-comma", "{\"answers\": {\"brands\": \"one\",\n  ", -1,
    CR_DOCUMENT_ERROR_SYNTAX,
    "not valid JSON at line 1, column 29: the document ends too early, as if the file had "
    "been cut short; open a complete copy" },
  { "missing-comma", "{\"answers\": {\"brands\": \"one\" \"audience\": \"huge\"}}", -1,
    CR_DOCUMENT_ERROR_SYNTAX,
    "not valid JSON at line 1, column 28: two values follow each other with no comma between "
    "them; add a comma" },
  { "missing-colon", "{\"answers\" {}}", -1, CR_DOCUMENT_ERROR_SYNTAX,
    "not valid JSON at line 1, column 10: a member's name is not followed by a colon; add one "
    "between the name and its value" },
  { "bare-word", "{\"answers\": {\"brands\": one}}", -1, CR_DOCUMENT_ERROR_SYNTAX,
    "not valid JSON at line 1, column 26: a word or sign that JSON does not allow here; put "
    "text in double quotes" },
  { "missing-value", "{\"answers\": {\"brands\": }}", -1, CR_DOCUMENT_ERROR_SYNTAX,
    "not valid JSON at line 1, column 24: a value is missing or malformed here; check the "
    "document in a text editor" },
  /* Line 3: four spaces, "brands": "café" is 20 characters and 21 bytes. */
  { "column-in-characters", "{\n  \"answers\": {\n    \"brands\": \"caf\xc3\xa9\" one\n  }\n}", -1,
    CR_DOCUMENT_ERROR_SYNTAX,
    "not valid JSON at line 3, column 20: a word or sign that JSON does not allow here; put "
    "text in double quotes" },
  /* json-glib skips a byte order mark and counts from after it. */
  { "byte-order-mark", "\xef\xbb\xbf{\"answers\": {\"brands\": }}", -1, CR_DOCUMENT_ERROR_SYNTAX,
    "not valid JSON at line 1, column 24: a value is missing or malformed here; check the "
    "document in a text editor" },
  { "invalid-utf8", "{\"answers\": {\"brands\": \"\xc3\x28\"}}", -1, CR_DOCUMENT_ERROR_ENCODING,
    "not valid UTF-8 at byte 24: this is not a text file in UTF-8; save it as UTF-8, or open a "
    "result that Creator Role saved" },
  { "nul-byte", "{\"answers\": {}}\0", 16, CR_DOCUMENT_ERROR_ENCODING,
    "this is not a text file (it holds a zero byte at byte 15), so not a Creator Role result: "
    "open a result that Creator Role saved, a .json file" },
  { "array-top", "[{\"answers\": {}}]", -1, CR_DOCUMENT_ERROR_NOT_OBJECT,
    "the top level is an array, not an object in braces {…}, so it is not a Creator Role "
    "result; open a result that Creator Role saved" },
  { "string-top", "\"influencer\"", -1, CR_DOCUMENT_ERROR_NOT_OBJECT,
    "the top level is a string, not an object in braces {…}, so it is not a Creator Role "
    "result; open a result that Creator Role saved" },
  { "no-answers", "{\"result\": {\"role\": \"influencer\"}}", -1, CR_DOCUMENT_ERROR_NO_ANSWERS,
    "no \"answers\" member in the top-level object" },
  { "answers-array", "{\"answers\": [\"none\"]}", -1, CR_DOCUMENT_ERROR_WRONG_TYPE,
    "answers: expected an object, got an array" },
  { "unknown-question", "{\"answers\": {\"followers\": \"many\"}}", -1,
    CR_DOCUMENT_ERROR_UNKNOWN_QUESTION,
    "answers.followers: unknown question (expected one of compensation, agreement, brands, "
    "exclusivity, audience, content, customer, effort, notoriety, platforms)" },
  { "unknown-option", "{\"answers\": {\"audience\": \"huge\"}}", -1,
    CR_DOCUMENT_ERROR_UNKNOWN_OPTION,
    "answers.audience: unknown option \"huge\" for “How many people follow you, all networks "
    "together?” (expected one of under-1k “Fewer than 1,000”, 1k-10k “1,000 to 9,999”, "
    "10k-100k “10,000 to 99,999”, 100k-1m “100,000 to 999,999”, over-1m “1 million or more”)" },
  { "option-wrong-case", "{\"answers\": {\"compensation\": \"None\"}}", -1,
    CR_DOCUMENT_ERROR_UNKNOWN_OPTION,
    "answers.compensation: unknown option \"None\" for “Are you paid for promoting brands?” "
    "(expected one of none “Never”, gifts “Free products or gifts only”, per-campaign “Paid "
    "per post or campaign”, retainer “A regular fee under a long-term agreement”)" },
  { "number-for-string", "{\"answers\": {\"audience\": 5000}}", -1,
    CR_DOCUMENT_ERROR_WRONG_TYPE, "answers.audience: expected a string, got a number" },
  { "array-for-string", "{\"answers\": {\"brands\": [\"one\"]}}", -1,
    CR_DOCUMENT_ERROR_WRONG_TYPE, "answers.brands: expected a string, got an array" },
  { "string-for-array", "{\"answers\": {\"platforms\": \"instagram\"}}", -1,
    CR_DOCUMENT_ERROR_WRONG_TYPE, "answers.platforms: expected an array of strings, got a string" },
  { "number-in-array", "{\"answers\": {\"platforms\": [\"blog\", 3]}}", -1,
    CR_DOCUMENT_ERROR_WRONG_TYPE, "answers.platforms[1]: expected a string, got a number" },
  { "unknown-platform", "{\"answers\": {\"platforms\": [\"myspace\"]}}", -1,
    CR_DOCUMENT_ERROR_UNKNOWN_OPTION,
    "answers.platforms[0]: unknown option \"myspace\" for “Where are you active?” (expected "
    "any of instagram “Instagram”, youtube “YouTube”, tiktok “TikTok”, snapchat “Snapchat”, "
    "blog “A blog”, x “X (Twitter)”, facebook “Facebook”, linkedin “LinkedIn”, twitch "
    "“Twitch”, other “Somewhere else”)" },
  { "duplicate-platform", "{\"answers\": {\"platforms\": [\"x\", \"blog\", \"x\"]}}", -1,
    CR_DOCUMENT_ERROR_DUPLICATE, "answers.platforms[2]: \"x\" is listed twice" },
  { "boolean-answer", "{\"answers\": {\"customer\": true}}", -1,
    CR_DOCUMENT_ERROR_WRONG_TYPE, "answers.customer: expected a string, got a boolean" },
  { "other-format", "{\"format\": \"sheet/v2\", \"answers\": {}}", -1,
    CR_DOCUMENT_ERROR_NOT_OURS,
    "format: expected \"creator-role/result\", this is not a Creator Role document" },
  { "newer-version", "{\"format\": \"creator-role/result\", \"version\": 2, \"answers\": {}}", -1,
    CR_DOCUMENT_ERROR_NEWER_VERSION,
    "version: 2 is not a version this Creator Role reads (it reads version 1)" },
  { "version-string", "{\"version\": \"1\", \"answers\": {}}", -1,
    CR_DOCUMENT_ERROR_WRONG_TYPE, "version: expected a whole number, got a string" },
  { "name-number", "{\"name\": 42, \"answers\": {}}", -1,
    CR_DOCUMENT_ERROR_WRONG_TYPE, "name: expected a string, got a number" },
  { "name-too-long", "{\"name\": \"" NAME_101 "\", \"answers\": {}}", -1,
    CR_DOCUMENT_ERROR_TOO_LARGE, "name: longer than 100 characters" },
  { "too-deep", NULL, -1, CR_DOCUMENT_ERROR_TOO_DEEP,
    "nested more than 32 levels deep at byte 32" },
};

static void
test_malformed (gconstpointer data)
{
  const Malformed *m = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrAnswers) answers = NULL;
  g_autofree char *deep = NULL;
  const char *text = m->data;
  gsize length;

  if (text == NULL)
    {
      /* 100,000 levels: refused before the recursive parser sees them. */
      GString *s = g_string_new (NULL);

      for (guint i = 0; i < 100000; i++)
        g_string_append_c (s, '[');
      text = deep = g_string_free (s, FALSE);
    }

  length = m->length >= 0 ? (gsize) m->length : strlen (text);
  answers = cr_document_parse (text, length, &error);

  g_assert_null (answers);
  g_assert_error (error, CR_DOCUMENT_ERROR, m->code);
  if (m->message != NULL)
    g_assert_cmpstr (error->message, ==, m->message);
  g_assert_null (strchr (error->message, '\n'));
}

/* The message is ours, whatever language json-glib would word its own in:
 * the place comes from the parser's API, not from its text. */
static void
test_syntax_error_any_language (void)
{
  static const char doc[] = "{\"answers\": {\"brands\": \"one\",}}";
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(GError) english = NULL;
  g_autoptr(GError) french = NULL;
  g_autoptr(CrAnswers) answers = NULL;

  answers = cr_document_parse (doc, strlen (doc), &english);
  g_assert_error (english, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_SYNTAX);

  g_assert_true (cr_i18n_set_language ("fr", NULL));
  g_assert_false (json_parser_load_from_data (parser, doc, -1, &parse_error));
  if (strstr (parse_error->message, "Parse error") != NULL)
    {
      cr_i18n_set_language ("", NULL);
      g_test_skip ("json-glib has no French catalogue here");
      return;
    }

  answers = cr_document_parse (doc, strlen (doc), &french);
  cr_i18n_set_language ("", NULL);
  g_assert_error (french, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_SYNTAX);
  g_assert_cmpstr (french->message, ==, english->message);
}

static void
test_too_large (void)
{
  g_autofree char *dir = g_dir_make_tmp ("creator-role-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "big.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(CrAnswers) answers = NULL;
  g_autofree char *data = g_malloc (CR_DOCUMENT_MAX_SIZE + 1);

  /* 1 MiB + 1 byte of spaces around a valid document: refused by size, in
   * memory and on disk, before any parsing. */
  memset (data, ' ', CR_DOCUMENT_MAX_SIZE + 1);
  memcpy (data, "{\"answers\": {}}", 15);
  answers = cr_document_parse (data, CR_DOCUMENT_MAX_SIZE + 1, &error);
  g_assert_null (answers);
  g_assert_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "the file is larger than 1 MiB (1048577 bytes)");
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (path, data, CR_DOCUMENT_MAX_SIZE + 1, NULL));
  answers = cr_document_load (file, NULL, &error);
  g_assert_null (answers);
  g_assert_cmpstr (error->message, ==, "the file is larger than 1 MiB (1048577 bytes)");
  g_clear_error (&error);

  /* Exactly 1 MiB is still read. */
  g_assert_true (g_file_set_contents (path, data, CR_DOCUMENT_MAX_SIZE, NULL));
  answers = cr_document_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (answers);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_missing_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/creator-role/answers.json");
  g_autoptr(GFile) dir = g_file_new_for_path ("/");
  g_autoptr(GError) error = NULL;
  g_autoptr(CrAnswers) answers = NULL;

  answers = cr_document_load (file, NULL, &error);
  g_assert_null (answers);
  g_assert_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_READ);
  g_assert_cmpstr (error->message, ==,
                   "there is no file of that name: check the name and the folder");
  g_clear_error (&error);

  answers = cr_document_load (dir, NULL, &error);
  g_assert_null (answers);
  g_assert_cmpstr (error->message, ==,
                   "this is a folder, not a file: open a result inside it, a .json file");
}

/* A save over an existing file replaces it whole; a save that cannot
 * happen leaves it byte for byte. */
static void
test_save_atomic (void)
{
  g_autofree char *dir = g_dir_make_tmp ("creator-role-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "result.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "gone", "result.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (cr_document_save (file, "old\n", 4, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (cr_document_save (file, "new\n", 4, NULL, &error));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "new\n");

  g_assert_false (cr_document_save (missing_file, "x", 1, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);

  g_unlink (path);
  g_rmdir (dir);
}

/* A member named twice in one object is refused, however it is spelt
 * (json-glib reads "br\u0061nds" as "brands"); members of the same name
 * in different objects are fine. And a megabyte of names given again and
 * again is refused in time linear in its length: json-glib looked each up
 * among all the members before it (70,000 by 70,000 here, most of a
 * minute), which the test's time limit fails. */
static void
test_named_twice (void)
{
  static const struct { const char *doc; const char *message; } cases[] = {
    { "{\"answers\": {\"brands\": \"many\", \"brands\": \"one\"}}",
      "the member \"brands\" is named twice in one object, at byte 31" },
    { "{\"answers\": {\"brands\": \"many\", \"br\\u0061nds\": \"one\"}}",
      "the member \"brands\" is named twice in one object, at byte 31" },
    { "{\"answers\": {}, \"answers\": {\"brands\": \"one\"}}",
      "the member \"answers\" is named twice in one object, at byte 16" },
  };
  g_autoptr(GString) doc = g_string_new ("{\"answers\": {\"brands\": \"many\"}, "
                                         "\"x\": {\"brands\": {\"brands\": 1}}, \"y\": [");
  g_autoptr(CrAnswers) answers = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CrAnswers) refused = cr_document_parse (cases[i].doc, strlen (cases[i].doc),
                                                         &error);

      g_assert_null (refused);
      g_assert_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_DUPLICATE);
      g_assert_cmpstr (error->message, ==, cases[i].message);
      g_clear_error (&error);
    }

  /* The same names in objects side by side, and in arrays. */
  g_string_append (doc, "{\"a\": 1}, {\"a\": 2}, [\"a\", \"a\"]]}");
  answers = cr_document_parse (doc->str, doc->len, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cr_answers_get_choice (answers, 2), ==, 3);

  /* Many names, then the last one again and again. */
  g_string_assign (doc, "{\"answers\": {\"brands\": \"many\"}, \"x\": {");
  for (n = 0; doc->len < CR_DOCUMENT_MAX_SIZE / 2; n++)
    g_string_append_printf (doc, "\"k%u\":0,", n);
  while (doc->len < CR_DOCUMENT_MAX_SIZE - 16)
    g_string_append_printf (doc, "\"k%u\":0,", n - 1);
  g_string_append (doc, "\"z\":0}}");
  g_assert_cmpuint (doc->len, <=, CR_DOCUMENT_MAX_SIZE);

  g_clear_object (&answers);
  answers = cr_document_parse (doc->str, doc->len, &error);
  g_assert_null (answers);
  g_assert_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_DUPLICATE);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/document/round-trip", test_round_trip);
  g_test_add_func ("/model/document/named-twice", test_named_twice);
  g_test_add_func ("/model/document/fields", test_fields);
  g_test_add_func ("/model/document/result-recomputed", test_result_recomputed);
  g_test_add_func ("/model/document/change-scores", test_change_scores);
  g_test_add_func ("/model/document/partial", test_partial);
  g_test_add_func ("/model/document/name", test_name);
  g_test_add_func ("/model/document/name-normalized", test_name_normalized);
  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    {
      g_autofree char *path = g_strdup_printf ("/model/document/malformed/%s", malformed[i].name);

      g_test_add_data_func (path, &malformed[i], test_malformed);
    }
  g_test_add_func ("/model/document/syntax-error-any-language", test_syntax_error_any_language);
  g_test_add_func ("/model/document/too-large", test_too_large);
  g_test_add_func ("/model/document/missing-file", test_missing_file);
  g_test_add_func ("/model/document/save-atomic", test_save_atomic);

  return g_test_run ();
}
