/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-roster-write.c: writing a roster as CSV or JSON Lines, row by row
 *
 * CSV as spreadsheets read it: comma-separated, UTF-8, one line a
 * creator, a cell quoted (by libcsv) only when it holds a comma, a quote,
 * a tab, a line break or space at either end. A cell that begins with
 * = + - @, a tab or a carriage return, which a spreadsheet would take for
 * a formula (CSV injection), is written with a single quote before it,
 * which the reader takes away. The columns are those a roster is
 * read from (name, then the questions by id, several choices separated by
 * spaces, `none` for none of them), followed by the result: role (the
 * verdict's id), influencer, ambassador and contracted-ambassador (the
 * shares of 100), close_call and runner_up, and complete; reading the file
 * again skips the result's columns, which are recomputed.
 *
 * JSON Lines: the result document of each creator on one line, as
 * `--batch` writes it.
 *
 * The writers append to a GString, so that the command line can send each
 * row on as it comes; cr_roster_save() sends the rows on to a new file
 * beside the one to replace, a few at a time, and puts it in place once
 * whole.
 *
 * An export the app had to stop before its end (it was quit, by a signal
 * or by the user, while it wrote) leaves the previous file as it was, and
 * a note in the app's state folder, stopped-exports, one URI a line, for
 * the next start to say so once (cr_roster_note_stopped_export(),
 * cr_roster_take_stopped_exports()).
 *
 * A JSON Lines row holds the result's texts, and only the main thread
 * translates, since it is the one that switches language: so
 * cr_roster_save_async() makes the rows in the main thread, a few
 * milliseconds at a time when the main loop is idle, and a worker thread
 * only writes the bytes, a few chunks behind. Should the language switch
 * meanwhile, the file is started again from its first row, so that it is
 * written in one language, the one shown when it is done.
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include <csv.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include <gio/gio.h>

#include "cr-document.h"
#include "cr-draft.h"
#include "cr-i18n.h"
#include "cr-roster-summary.h"
#include "cr-name.h"
#include "cr-questionnaire.h"
#include "cr-roster.h"
#include "cr-roster-sheet.h"

/* Whether a spreadsheet would take @text for a formula: it begins with
 * one of = + - @, a tab or a carriage return, after any single quotes
 * (so that a name that does begin with a quote and one of those reads
 * back as it was, its quote kept). */
gboolean
_cr_roster_cell_needs_guard (const char *text)
{
  text += strspn (text, "'");

  return *text != '\0' && strchr ("=+-@\t\r", *text) != NULL;
}

/* A cell, quoted (by libcsv) only when it must be, and with a single
 * quote before a text a spreadsheet would take for a formula, as OWASP
 * recommends against CSV injection: the reader takes it away again. The
 * cells are names and option ids, never numbers, so a leading minus sign
 * is never a negative number's. */
static void
append_cell (GString    *out,
             const char *text)
{
  g_autofree char *guarded = NULL;
  gsize length;

  if (_cr_roster_cell_needs_guard (text))
    {
      guarded = g_strconcat ("'", text, NULL);
      text = guarded;
    }
  length = strlen (text);

  if (length > 0 &&
      (strpbrk (text, ",\"\r\n\t") != NULL || g_ascii_isspace (text[0]) ||
       g_ascii_isspace (text[length - 1])))
    {
      /* Quotes around, and each quote doubled. */
      gsize size = csv_write2 (NULL, 0, text, length, '"');
      gsize old = out->len;

      g_string_set_size (out, old + size);
      csv_write2 (out->str + old, size, text, length, '"');
    }
  else
    g_string_append_len (out, text, (gssize) length);
}

/**
 * cr_roster_append_csv_header:
 * @out: where to append
 *
 * Appends the header row of a CSV roster with results.
 */
void
cr_roster_append_csv_header (GString *out)
{
  g_return_if_fail (out != NULL);

  g_string_append (out, "name");
  for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
    {
      g_string_append_c (out, ',');
      g_string_append (out, cr_questionnaire_get_question (q)->id);
    }

  g_string_append (out, ",role");
  for (guint r = 0; r < CR_N_ROLES; r++)
    {
      g_string_append_c (out, ',');
      g_string_append (out, cr_role_to_id (r));
    }
  g_string_append (out, ",close_call,runner_up,complete\n");
}

static void
append_selection (GString          *out,
                  const CrQuestion *question,
                  CrSelection       selection)
{
  gboolean first = TRUE;

  if (question->multiple && selection == 0)
    {
      g_string_append (out, "none");
      return;
    }

  for (guint o = 0; o < question->n_options; o++)
    if (selection & CR_SELECTION_BIT (o))
      {
        if (!first)
          g_string_append_c (out, ' ');
        g_string_append (out, question->options[o].id);
        first = FALSE;
      }
}

static void
append_answers (GString   *out,
                CrAnswers *answers)
{
  /* Without bidirectional controls, which would turn the rest of the row
   * around in a text editor, and without isolates: a spreadsheet gives
   * each cell a paragraph of its own, and the file is read again as a
   * roster, whose names would keep them. */
  g_autofree char *name = cr_name_dup_display (cr_answers_get_name (answers), CR_NAME_CELL);

  append_cell (out, name != NULL ? name : "");
  for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
    {
      g_string_append_c (out, ',');
      if (cr_answers_is_answered (answers, q))
        append_selection (out, cr_questionnaire_get_question (q),
                          cr_answers_get_selection (answers, q));
    }
}

static void
append_summary (GString     *out,
                CrRole       role,
                const guint  scores[CR_N_ROLES],
                gboolean     close_call,
                CrRole       runner_up,
                gboolean     complete)
{
  /* With no verdict the role's cell is empty; with no role winning
   * ("none", or no verdict), the shares and the runner-up are too, so that
   * a spreadsheet sorts no one among the roles they do not play. */
  gboolean shares = role < CR_N_ROLES;
  const char *role_id = cr_role_to_id (role);

  g_string_append_c (out, ',');
  g_string_append (out, role_id != NULL ? role_id : "");
  for (guint r = 0; r < CR_N_ROLES; r++)
    {
      if (shares)
        g_string_append_printf (out, ",%u", scores[r]);
      else
        g_string_append_c (out, ',');
    }
  g_string_append_printf (out, ",%s,%s,%s\n", close_call ? "true" : "false",
                          shares && runner_up < CR_N_ROLES ? cr_role_to_id (runner_up) : "",
                          complete ? "true" : "false");
}

/**
 * cr_roster_append_csv_row:
 * @out: where to append
 * @answers: a creator's answers and name
 * @result: their result
 *
 * Appends the row of one creator, under cr_roster_append_csv_header().
 */
void
cr_roster_append_csv_row (GString   *out,
                          CrAnswers *answers,
                          CrResult  *result)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (CR_IS_ANSWERS (answers));
  g_return_if_fail (result != NULL);

  append_answers (out, answers);
  append_summary (out, cr_result_get_role (result),
                  (guint[CR_N_ROLES]) { cr_result_get_score (result, CR_ROLE_INFLUENCER),
                                        cr_result_get_score (result, CR_ROLE_AMBASSADOR),
                                        cr_result_get_score (result,
                                                             CR_ROLE_CONTRACTED_AMBASSADOR) },
                  cr_result_is_close_call (result), cr_result_get_runner_up (result),
                  cr_result_is_complete (result));
}

/* The row of a creator from the summary it keeps: nothing to score. */
static void
append_creator_csv_row (GString   *out,
                        CrCreator *creator)
{
  g_autoptr(CrAnswers) answers = cr_creator_dup_answers (creator);

  append_answers (out, answers);
  append_summary (out, cr_creator_get_role (creator),
                  (guint[CR_N_ROLES]) { cr_creator_get_score (creator, CR_ROLE_INFLUENCER),
                                        cr_creator_get_score (creator, CR_ROLE_AMBASSADOR),
                                        cr_creator_get_score (creator,
                                                              CR_ROLE_CONTRACTED_AMBASSADOR) },
                  cr_creator_is_close_call (creator), cr_creator_get_runner_up (creator),
                  cr_creator_is_complete (creator));
}

/* A creator's row: for CSV from the summary it keeps, for JSON Lines its
 * whole result document, scored again. */
static void
append_creator_row (GString        *out,
                    CrCreator      *creator,
                    CrRosterFormat  format,
                    const char     *language)
{
  g_autoptr(CrAnswers) answers = NULL;
  g_autoptr(CrResult) result = NULL;

  if (format == CR_ROSTER_FORMAT_CSV || format == CR_ROSTER_FORMAT_XLSX)
    {
      append_creator_csv_row (out, creator);
      return;
    }

  answers = cr_creator_dup_answers (creator);
  result = cr_score (answers);
  cr_roster_append_jsonl_row (out, answers, result, language);
}

/* How much is written at a time while saving. */
#define SAVE_CHUNK (64 * 1024)

/* Whether @format can be written here: XLSX only with libxlsxwriter. */
static gboolean
check_format (CrRosterFormat   format,
              GError         **error)
{
  if (cr_roster_format_can_write (format))
    return TRUE;

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
               "this build of Creator Role cannot write %s files",
               cr_roster_format_to_id (format));
  return FALSE;
}

/* Writes @length bytes of rows: to the file, or for XLSX, as CSV rows
 * into the workbook @xlsx, made into the file by finish_rows(). */
static gboolean
write_rows (CrSaveStream  *save,
            CrRosterXlsx  *xlsx,
            const char    *rows,
            gsize          length,
            GCancellable  *cancellable,
            GError       **error)
{
  if (xlsx != NULL)
    return cr_roster_xlsx_add_csv (xlsx, rows, length, error);

  return cr_save_stream_write (save, rows, length, cancellable, error);
}

/* For XLSX, makes the workbook of the rows written into the file. */
static gboolean
finish_rows (CrSaveStream  *save,
             CrRosterXlsx  *xlsx,
             GCancellable  *cancellable,
             GError       **error)
{
  return xlsx == NULL ||
         cr_roster_xlsx_finish (xlsx, cr_save_stream_get_stream (save), cancellable, error);
}

/**
 * cr_roster_save:
 * @file: where to write
 * @format: CSV, JSON Lines, or XLSX where libxlsxwriter is built in
 * @cancellable: (nullable): stops the writing
 *
 * Writes what cr_roster_to_data() makes to @file as it is made, never
 * holding more than a few rows in memory, atomically as
 * cr_document_save() does: a failure, or a cancel, leaves what was at
 * @file as it was. Translates for JSON Lines, as cr_roster_to_data()
 * does: cr_roster_save_async() is the one for a program whose language
 * can switch meanwhile.
 *
 * Returns: %TRUE when the whole roster was written
 */
gboolean
cr_roster_save (CrRoster        *self,
                GFile           *file,
                CrRosterFormat   format,
                GCancellable    *cancellable,
                GError         **error)
{
  g_autoptr(GString) out = NULL;
  g_autoptr(CrRosterXlsx) xlsx = NULL;
  g_autoptr(GDateTime) created = cr_document_dup_source_date ();
  const char *language = cr_i18n_get_language ();
  CrSaveStream *save;
  guint n;

  g_return_val_if_fail (CR_IS_ROSTER (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!check_format (format, error))
    return FALSE;
  if (format == CR_ROSTER_FORMAT_XLSX && (xlsx = cr_roster_xlsx_new (created, error)) == NULL)
    return FALSE;
  if ((save = cr_save_stream_new (file, cancellable, error)) == NULL)
    return FALSE;

  out = g_string_sized_new (2 * SAVE_CHUNK);
  if (format != CR_ROSTER_FORMAT_JSONL)
    cr_roster_append_csv_header (out);

  n = g_list_model_get_n_items (G_LIST_MODEL (self));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrCreator) creator = g_list_model_get_item (G_LIST_MODEL (self), i);

      append_creator_row (out, creator, format, language);
      if (out->len >= SAVE_CHUNK)
        {
          if (!write_rows (save, xlsx, out->str, out->len, cancellable, error))
            {
              cr_save_stream_abort (save);
              return FALSE;
            }
          g_string_truncate (out, 0);
        }
    }

  if ((out->len > 0 && !write_rows (save, xlsx, out->str, out->len, cancellable, error)) ||
      !finish_rows (save, xlsx, cancellable, error))
    {
      cr_save_stream_abort (save);
      return FALSE;
    }

  return cr_save_stream_commit (save, cancellable, error);
}

/* ---- Saving without blocking ------------------------------------------- */

/* The most chunks made and not yet written; the rows wait beyond that. */
#define SAVE_QUEUE_MAX 8

typedef enum
{
  CHUNK_DATA,
  CHUNK_RESTART,
  CHUNK_END,
} ChunkKind;

typedef struct
{
  ChunkKind     kind;
  GBytes       *bytes;
  /* For CHUNK_RESTART: the new file to write instead. */
  CrSaveStream *stream;
} Chunk;

typedef struct
{
  CrRoster       *roster;
  GFile          *file;
  CrRosterFormat  format;
  GCancellable   *cancellable;
  GMainContext   *context;
  GAsyncQueue    *queue;        /* Chunk, to the writer */

  /* Atomic: chunks queued and not written; whether the maker waits. */
  gint            pending;
  gint            waiting;
  /* Atomic: the writer failed, and the maker can stop. */
  gint            failed;

  /* The file being written: made in the main thread, handed to the writer
   * with the first chunk or a restart. */
  CrSaveStream   *stream;
  /* Set by the maker before it sends CHUNK_END. */
  GError         *error;

  /* The maker's own, in the main thread. */
  GString        *out;
  guint           next;
  guint           generation;
  const char     *language;
  GSource        *source;

  /* For XLSX: the summary sheet, made in the main thread, and the time
   * the workbook says it was made, read there too. */
  CrRosterSummarySheet *summary;
  GDateTime            *created;
} Save;

static void
chunk_free (gpointer data)
{
  Chunk *chunk = data;

  g_clear_pointer (&chunk->bytes, g_bytes_unref);
  if (chunk->stream != NULL)
    cr_save_stream_abort (chunk->stream);
  g_free (chunk);
}

static void
save_free (gpointer data)
{
  Save *save = data;

  g_object_unref (save->roster);
  g_object_unref (save->file);
  g_clear_object (&save->cancellable);
  g_main_context_unref (save->context);
  g_async_queue_unref (save->queue);
  g_string_free (save->out, TRUE);
  g_clear_error (&save->error);
  g_clear_pointer (&save->summary, cr_roster_summary_sheet_free);
  g_clear_pointer (&save->created, g_date_time_unref);
  if (save->stream != NULL)
    cr_save_stream_abort (save->stream);
  if (save->source != NULL)
    {
      g_source_destroy (save->source);
      g_source_unref (save->source);
    }
}

static Save *
save_ref (Save *save)
{
  return g_atomic_rc_box_acquire (save);
}

static void
save_unref (gpointer save)
{
  g_atomic_rc_box_release_full (save, save_free);
}

static void
push (Save      *save,
      ChunkKind  kind)
{
  Chunk *chunk = g_new0 (Chunk, 1);

  chunk->kind = kind;
  if (kind == CHUNK_DATA)
    {
      chunk->bytes = g_bytes_new (save->out->str, save->out->len);
      g_string_truncate (save->out, 0);
      g_atomic_int_inc (&save->pending);
    }
  g_async_queue_push (save->queue, chunk);
}

static void
start_rows (Save *save)
{
  save->next = 0;
  save->generation = cr_i18n_get_generation ();
  save->language = cr_i18n_get_language ();
  g_string_truncate (save->out, 0);
  if (save->format != CR_ROSTER_FORMAT_JSONL)
    cr_roster_append_csv_header (save->out);
}

static gboolean make_rows (gpointer data);

static void
schedule_rows (Save *save)
{
  if (save->source != NULL)
    {
      g_source_destroy (save->source);
      g_source_unref (save->source);
    }
  save->source = g_idle_source_new ();
  g_source_set_priority (save->source, G_PRIORITY_DEFAULT_IDLE);
  g_source_set_callback (save->source, make_rows, save_ref (save), save_unref);
  g_source_set_static_name (save->source, "[creator-role] roster rows");
  g_source_attach (save->source, save->context);
}

/* In the writer: wakes the maker up again, in the main thread. */
static gboolean
resume_cb (gpointer data)
{
  schedule_rows (data);

  return G_SOURCE_REMOVE;
}

/* In the main thread: makes rows for a few milliseconds. */
static gboolean
make_rows (gpointer data)
{
  Save *save = data;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (save->roster));
  gint64 deadline = g_get_monotonic_time () + 8 * G_TIME_SPAN_MILLISECOND;

  if (g_atomic_int_get (&save->failed) || g_cancellable_is_cancelled (save->cancellable))
    {
      push (save, CHUNK_END);
      g_clear_pointer (&save->source, g_source_unref);
      return G_SOURCE_REMOVE;
    }

  /* Texts in one language: the one shown at the end. The new file is
   * opened here, so that the writer does nothing but write. */
  if (save->format == CR_ROSTER_FORMAT_JSONL && save->generation != cr_i18n_get_generation ())
    {
      CrSaveStream *stream = cr_save_stream_new (save->file, save->cancellable, &save->error);
      Chunk *chunk;

      if (stream == NULL)
        {
          push (save, CHUNK_END);
          g_clear_pointer (&save->source, g_source_unref);
          return G_SOURCE_REMOVE;
        }
      chunk = g_new0 (Chunk, 1);
      chunk->kind = CHUNK_RESTART;
      chunk->stream = stream;
      g_async_queue_push (save->queue, chunk);
      start_rows (save);
    }

  while (save->next < n)
    {
      g_autoptr(CrCreator) creator = NULL;

      if (g_atomic_int_get (&save->pending) >= SAVE_QUEUE_MAX)
        {
          /* Woken up by the writer; unless it emptied the queue since. */
          g_atomic_int_set (&save->waiting, 1);
          if (g_atomic_int_get (&save->pending) >= SAVE_QUEUE_MAX ||
              !g_atomic_int_compare_and_exchange (&save->waiting, 1, 0))
            {
              g_clear_pointer (&save->source, g_source_unref);
              return G_SOURCE_REMOVE;
            }
        }

      creator = g_list_model_get_item (G_LIST_MODEL (save->roster), save->next++);
      append_creator_row (save->out, creator, save->format, save->language);
      if (save->out->len >= SAVE_CHUNK)
        push (save, CHUNK_DATA);

      if (g_get_monotonic_time () >= deadline)
        return G_SOURCE_CONTINUE;
    }

  if (save->out->len > 0)
    push (save, CHUNK_DATA);
  push (save, CHUNK_END);
  g_clear_pointer (&save->source, g_source_unref);

  return G_SOURCE_REMOVE;
}

/* In the writer: writes a chunk of rows, giving the file up when that
 * fails, and wakes the maker up once the queue has room again. */
static void
write_chunk (Save          *save,
             CrSaveStream **stream,
             CrRosterXlsx  *xlsx,
             Chunk         *chunk,
             GCancellable  *cancellable,
             GError       **error)
{
  gsize length;
  const void *bytes = g_bytes_get_data (chunk->bytes, &length);

  if (*stream != NULL && !write_rows (*stream, xlsx, bytes, length, cancellable, error))
    {
      cr_save_stream_abort (*stream);
      *stream = NULL;
      g_atomic_int_set (&save->failed, 1);
    }
  if (g_atomic_int_dec_and_test (&save->pending) ||
      g_atomic_int_get (&save->pending) <= SAVE_QUEUE_MAX / 2)
    if (g_atomic_int_compare_and_exchange (&save->waiting, 1, 0))
      g_main_context_invoke_full (save->context, G_PRIORITY_DEFAULT_IDLE, resume_cb,
                                  save_ref (save), save_unref);
}

/* In the writer, once the last chunk is taken: commits the file, or gives
 * it up, and returns how the saving went. */
static void
finish_write (GTask         *task,
              Save          *save,
              CrSaveStream  *stream,
              CrRosterXlsx  *xlsx,
              GCancellable  *cancellable,
              GError       **error)
{
  /* The maker's failure, to open a new file. */
  if (*error == NULL && save->error != NULL)
    *error = g_error_copy (save->error);

  if (stream != NULL && *error == NULL && !g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      if (!finish_rows (stream, xlsx, cancellable, error))
        cr_save_stream_abort (stream);
      else if (cr_save_stream_commit (stream, cancellable, error))
        {
          g_task_return_boolean (task, TRUE);
          return;
        }
    }
  else if (stream != NULL)
    cr_save_stream_abort (stream);
  g_assert (*error != NULL);

  g_task_return_error (task, g_steal_pointer (error));
}

/* In the writer thread: writes what the maker made, and nothing else. */
static void
write_thread (GTask        *task,
              gpointer      source_object G_GNUC_UNUSED,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Save *save = task_data;
  CrSaveStream *stream = g_steal_pointer (&save->stream);
  g_autoptr(CrRosterXlsx) xlsx = NULL;
  g_autoptr(GError) error = NULL;

  if (save->format == CR_ROSTER_FORMAT_XLSX && (xlsx = cr_roster_xlsx_new (save->created, &error)) == NULL)
    {
      cr_save_stream_abort (stream);
      stream = NULL;
      g_atomic_int_set (&save->failed, 1);
    }
  else if (xlsx != NULL && save->summary != NULL)
    cr_roster_xlsx_take_summary (xlsx, cr_roster_summary_sheet_copy (save->summary));

  for (;;)
    {
      Chunk *chunk = g_async_queue_pop (save->queue);
      ChunkKind kind = chunk->kind;

      if (kind == CHUNK_DATA)
        write_chunk (save, &stream, xlsx, chunk, cancellable, &error);
      else if (kind == CHUNK_RESTART)
        {
          if (stream != NULL)
            cr_save_stream_abort (stream);
          stream = g_steal_pointer (&chunk->stream);
          if (xlsx != NULL)
            {
              /* The rows start again: so does the workbook. */
              cr_roster_xlsx_free (g_steal_pointer (&xlsx));
              xlsx = cr_roster_xlsx_new (save->created, error == NULL ? &error : NULL);
              if (xlsx != NULL && save->summary != NULL)
                cr_roster_xlsx_take_summary (xlsx, cr_roster_summary_sheet_copy (save->summary));
            }
          if (error != NULL)
            {
              /* It failed before: this one is not written either. */
              cr_save_stream_abort (stream);
              stream = NULL;
            }
        }

      chunk_free (chunk);
      if (kind == CHUNK_END)
        break;
    }

  finish_write (task, save, stream, xlsx, cancellable, &error);
}

/**
 * cr_roster_save_async:
 * @file: where to write
 * @format: CSV, JSON Lines, or XLSX where libxlsxwriter is built in
 * @cancellable: (nullable): stops the writing
 *
 * Writes @self to @file as cr_roster_save() does, atomically, without
 * blocking: the rows are made in the calling thread's main context, which
 * must be the main thread's, when it is idle, and only their bytes are
 * written in another thread, which neither translates nor opens files
 * (GIO's own message, should a write fail, is the one text made there). A
 * JSON Lines file is in the language shown when the last row is made: a
 * switch meanwhile starts it again.
 */
void
cr_roster_save_async (CrRoster            *self,
                      GFile               *file,
                      CrRosterFormat       format,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  cr_roster_save_with_summary_async (self, file, format, NULL, cancellable, callback, user_data);
}

/**
 * cr_roster_save_with_summary_async:
 * @summary: (nullable): for XLSX, the roster's summary (its figures, their
 *   words and its chart, made in this thread), written as a second sheet;
 *   other formats have none
 *
 * Does what cr_roster_save_async() does, with the summary.
 */
void
cr_roster_save_with_summary_async (CrRoster                   *self,
                                   GFile                      *file,
                                   CrRosterFormat              format,
                                   const CrRosterSummarySheet *summary,
                                   GCancellable               *cancellable,
                                   GAsyncReadyCallback         callback,
                                   gpointer                    user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  CrSaveStream *stream;
  Save *save;

  g_return_if_fail (CR_IS_ROSTER (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, cr_roster_save_async);

  if (!check_format (format, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  /* Opened here: GIO makes its classes, and their texts, the first time. */
  if ((stream = cr_save_stream_new (file, cancellable, &error)) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  save = g_atomic_rc_box_new0 (Save);
  save->roster = g_object_ref (self);
  save->file = g_object_ref (file);
  save->format = format;
  save->created = cr_document_dup_source_date ();
  save->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  save->context = g_main_context_ref_thread_default ();
  save->queue = g_async_queue_new_full (chunk_free);
  save->out = g_string_sized_new (2 * SAVE_CHUNK);
  save->stream = stream;
  if (summary != NULL && format == CR_ROSTER_FORMAT_XLSX)
    save->summary = cr_roster_summary_sheet_copy (summary);
  start_rows (save);

  g_task_set_task_data (task, save_ref (save), save_unref);
  schedule_rows (save);
  save_unref (save);
  g_task_run_in_thread (task, write_thread);
}

/**
 * cr_roster_save_finish:
 *
 * Returns: %TRUE when the whole roster was written
 */
gboolean
cr_roster_save_finish (CrRoster      *self,
                       GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (CR_IS_ROSTER (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * cr_roster_to_data:
 * @format: CSV, JSON Lines, or XLSX where libxlsxwriter is built in
 * @cancellable: (nullable): stops the writing; %NULL is then returned
 * @length: (out) (optional): the length of what is returned
 *
 * Writes every creator of @self, in order, with its result: for CSV the
 * summary each creator keeps, for JSON Lines its whole result document,
 * scored again in the language current now. For JSON Lines, it translates:
 * call it in the thread that switches language, or where the language
 * does not switch (the command line).
 *
 * Returns: (transfer full) (nullable): the text
 */
char *
cr_roster_to_data (CrRoster       *self,
                   CrRosterFormat  format,
                   GCancellable   *cancellable,
                   gsize          *length)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *language = cr_i18n_get_language ();
  guint n;

  g_return_val_if_fail (CR_IS_ROSTER (self), NULL);
  g_return_val_if_fail (format == CR_ROSTER_FORMAT_CSV || format == CR_ROSTER_FORMAT_JSONL, NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self));
  if (format == CR_ROSTER_FORMAT_CSV)
    cr_roster_append_csv_header (out);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrCreator) creator = g_list_model_get_item (G_LIST_MODEL (self), i);

      if ((i & 1023) == 0 && g_cancellable_is_cancelled (cancellable))
        return NULL;

      append_creator_row (out, creator, format, language);
    }

  if (length != NULL)
    *length = out->len;

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * cr_roster_append_jsonl_row:
 * @out: where to append
 * @answers: a creator's answers and name
 * @result: their result
 * @language: the language of the result's texts
 *
 * Appends the result document of one creator on one line.
 */
void
cr_roster_append_jsonl_row (GString    *out,
                            CrAnswers  *answers,
                            CrResult   *result,
                            const char *language)
{
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root = NULL;
  gsize start;

  g_return_if_fail (out != NULL);
  g_return_if_fail (CR_IS_ANSWERS (answers));
  g_return_if_fail (result != NULL);

  root = cr_document_build (answers, result, language, NULL);
  generator = json_generator_new ();
  json_generator_set_root (generator, root);
  start = out->len;
  json_generator_to_gstring (generator, out);
  cr_name_escape_in_json (out, start);
  g_string_append_c (out, '\n');
}

/**
 * cr_roster_template_to_data:
 * @length: (out) (optional): the length of what is returned
 *
 * Returns: (transfer full): a CSV roster to fill in: the header row a
 *   roster is read with (name and the questions, without the result's
 *   columns) and one example row, the full-time creator of the product
 *   specification
 */
char *
cr_roster_template_to_data (gsize *length)
{
  static const struct { const char *question; const char *answer; } example[] = {
    { "compensation", "per-campaign" },
    { "agreement", "per-campaign" },
    { "brands", "many" },
    { "exclusivity", "yes" },
    { "audience", "100k-1m" },
    { "content", "create" },
    { "customer", "no" },
    { "effort", "job" },
    { "notoriety", "niche" },
    { "platforms", "instagram youtube blog" },
  };
  GString *out = g_string_new ("name");

  for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
    {
      g_string_append_c (out, ',');
      g_string_append (out, cr_questionnaire_get_question (q)->id);
    }
  g_string_append_c (out, '\n');
  append_cell (out, "@example-creator");

  for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
    {
      const char *id = cr_questionnaire_get_question (q)->id;

      g_string_append_c (out, ',');
      for (guint i = 0; i < G_N_ELEMENTS (example); i++)
        if (g_str_equal (example[i].question, id))
          g_string_append (out, example[i].answer);
    }
  g_string_append_c (out, '\n');

  if (length != NULL)
    *length = out->len;

  return g_string_free (out, FALSE);
}

#define STOPPED_EXPORTS_NAME "stopped-exports"

static char *
stopped_exports_path (const char *state_dir)
{
  g_autofree char *default_dir = state_dir == NULL ? cr_draft_dup_default_state_dir () : NULL;

  return g_build_filename (state_dir != NULL ? state_dir : default_dir, "creator-role",
                           STOPPED_EXPORTS_NAME, NULL);
}

/**
 * cr_roster_note_stopped_export:
 * @state_dir: (nullable): the folder of the app's state folder, %NULL for
 *   cr_draft_dup_default_state_dir()
 * @file: where the export was to go
 *
 * Keeps, for the next start, that an export to @file was stopped before
 * its end, and @file left as it was.
 *
 * Returns: %TRUE when the note is on the disk
 */
gboolean
cr_roster_note_stopped_export (const char  *state_dir,
                               GFile       *file,
                               GError     **error)
{
  g_autofree char *path = stopped_exports_path (state_dir);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *uri = NULL;
  g_autofree char *previous = NULL;
  g_autoptr(GString) text = NULL;
  g_autoptr(GFile) notes = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "%s: %s", folder, g_strerror (saved_errno));
      return FALSE;
    }

  text = g_string_new (NULL);
  if (g_file_get_contents (path, &previous, &length, NULL))
    g_string_append_len (text, previous, (gssize) length);
  uri = g_file_get_uri (file);
  g_string_append (text, uri);
  g_string_append_c (text, '\n');

  notes = g_file_new_for_path (path);

  return cr_document_save (notes, text->str, text->len, NULL, error);
}

/**
 * cr_roster_take_stopped_exports:
 * @state_dir: (nullable): as for cr_roster_note_stopped_export()
 *
 * Returns the exports noted as stopped, and forgets them, so that each is
 * said once.
 *
 * Returns: (transfer full) (nullable): the files they were to go to, as
 *   URIs; %NULL when there are none
 */
GStrv
cr_roster_take_stopped_exports (const char *state_dir)
{
  g_autofree char *path = stopped_exports_path (state_dir);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GStrvBuilder) uris = g_strv_builder_new ();
  gboolean any = FALSE;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return NULL;

  if (g_unlink (path) != 0)
    {
      /* Said at every start otherwise. */
      g_debug ("Cannot remove %s: %s", path, g_strerror (errno));
      return NULL;
    }

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (*lines[i] != '\0' && g_utf8_validate (lines[i], -1, NULL))
      {
        g_strv_builder_add (uris, lines[i]);
        any = TRUE;
      }

  return any ? g_strv_builder_end (uris) : NULL;
}
