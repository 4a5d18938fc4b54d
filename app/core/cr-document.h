/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "cr-answers.h"
#include "cr-result.h"

G_BEGIN_DECLS

#define CR_DOCUMENT_FORMAT "creator-role/result"
#define CR_DOCUMENT_VERSION 1
/* Larger files are refused before they are read. */
#define CR_DOCUMENT_MAX_SIZE (1024 * 1024)

/* Why a folder is refused, where a document was to be read. */
#define CR_DOCUMENT_FOLDER_MESSAGE "this is a folder, not a file: open a result inside it, a " \
                                   ".json file"
/* Deeper nesting is refused before it reaches the JSON parser. */
#define CR_DOCUMENT_MAX_DEPTH 32

#define CR_DOCUMENT_ERROR (cr_document_error_quark ())

typedef enum
{
  CR_DOCUMENT_ERROR_READ,
  CR_DOCUMENT_ERROR_TOO_LARGE,
  CR_DOCUMENT_ERROR_EMPTY,
  CR_DOCUMENT_ERROR_ENCODING,
  CR_DOCUMENT_ERROR_SYNTAX,
  CR_DOCUMENT_ERROR_TOO_DEEP,
  CR_DOCUMENT_ERROR_NOT_OBJECT,
  CR_DOCUMENT_ERROR_NOT_OURS,
  CR_DOCUMENT_ERROR_NEWER_VERSION,
  CR_DOCUMENT_ERROR_NO_ANSWERS,
  CR_DOCUMENT_ERROR_UNKNOWN_QUESTION,
  CR_DOCUMENT_ERROR_UNKNOWN_OPTION,
  CR_DOCUMENT_ERROR_WRONG_TYPE,
  CR_DOCUMENT_ERROR_DUPLICATE,
  CR_DOCUMENT_ERROR_NOT_REGULAR,
} CrDocumentError;

GQuark      cr_document_error_quark (void);

/* What an error about one answer, the name or a row is about, beside its
 * message: the message quotes ids and member names for scripts and bug
 * reports, and stays as it is; this says it again in the reader's terms
 * (cr_roster_dup_problem_text()). Errors of CR_DOCUMENT_ERROR and
 * CR_ROSTER_ERROR carry it; see cr_input_error_get_detail(). */
typedef enum
{
  /* Nothing more than the message. */
  CR_INPUT_PROBLEM_OTHER,
  /* @value is not an option of @question. */
  CR_INPUT_PROBLEM_UNKNOWN_OPTION,
  /* @value is given twice to @question, which takes several. */
  CR_INPUT_PROBLEM_LISTED_TWICE,
  /* "none" given with other options of @question. */
  CR_INPUT_PROBLEM_NONE_NOT_ALONE,
  /* The cell of @question, or of the name (@question -1), is not UTF-8. */
  CR_INPUT_PROBLEM_NOT_UTF8,
  /* The name is longer than CR_ANSWERS_NAME_MAX_CHARS. */
  CR_INPUT_PROBLEM_NAME_TOO_LONG,
  /* A CSV row of @n_cells cells under a header row of @n_columns. */
  CR_INPUT_PROBLEM_CELL_COUNT,
  /* A row or line longer than CR_ROSTER_MAX_ROW. */
  CR_INPUT_PROBLEM_ROW_TOO_LONG,
} CrInputProblem;

typedef struct
{
  CrInputProblem  problem;
  /* The question, or -1 for the name or none. */
  int             question;
  /* The answer as the input gives it, cut for messages, or NULL. */
  char           *value;
  /* The CSV column, from 0, or -1. */
  int             column;
  guint           n_cells;
  guint           n_columns;
} CrInputDetail;

const CrInputDetail *cr_input_error_get_detail (const GError *error);
/* For the readers: the detail of *@error, which they have just set; NULL
 * when @error is NULL. */
CrInputDetail       *_cr_input_error_detail    (GError **error);
void                 _cr_input_detail_init     (CrInputDetail       *detail);
void                 _cr_input_detail_copy     (const CrInputDetail *src,
                                                CrInputDetail       *dest);
void                 _cr_input_detail_clear    (CrInputDetail       *detail);

CrAnswers  *cr_document_parse       (const char    *data,
                                     gsize          length,
                                     GError       **error);
CrAnswers  *cr_document_parse_with_parser (JsonParser *parser,
                                           const char *data,
                                           gsize       length,
                                           GError    **error);
CrAnswers  *cr_document_parse_node  (JsonNode      *root,
                                     GError       **error);
CrAnswers  *cr_document_load_stream (GInputStream  *stream,
                                     GCancellable  *cancellable,
                                     GError       **error);
char       *cr_document_describe_errno (int            saved_errno);
CrAnswers  *cr_document_load        (GFile         *file,
                                     GCancellable  *cancellable,
                                     GError       **error);

GDateTime  *cr_document_dup_source_date (void);

JsonNode   *cr_document_build       (CrAnswers     *answers,
                                     CrResult      *result,
                                     const char    *language,
                                     GDateTime     *created);
char       *cr_document_to_data     (CrAnswers     *answers,
                                     CrResult      *result,
                                     const char    *language,
                                     GDateTime     *created,
                                     gboolean       pretty,
                                     gsize         *length);

gboolean    cr_document_save        (GFile         *file,
                                     const char    *data,
                                     gsize          length,
                                     GCancellable  *cancellable,
                                     GError       **error);

gboolean    cr_file_is_same         (GFile         *a,
                                     GFile         *b);

gboolean    cr_document_parse_temporary_name (const char *name,
                                              const char *target,
                                              GPid       *pid);

/* A save written as it goes, for what is too large to keep in memory. */
typedef struct _CrSaveStream CrSaveStream;

CrSaveStream  *cr_save_stream_new        (GFile         *file,
                                          GCancellable  *cancellable,
                                          GError       **error);
GOutputStream *cr_save_stream_get_stream (CrSaveStream  *save);
gboolean       cr_save_stream_write      (CrSaveStream  *save,
                                          const void    *data,
                                          gsize          length,
                                          GCancellable  *cancellable,
                                          GError       **error);
gboolean       cr_save_stream_commit     (CrSaveStream  *save,
                                          GCancellable  *cancellable,
                                          GError       **error);
void           cr_save_stream_abort      (CrSaveStream  *save);

G_END_DECLS
