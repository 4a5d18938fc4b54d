/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-roster.c: a list of creators, filled from a file in another thread
 *
 * A roster is a GListModel of CrCreator. cr_roster_load_async() reads and
 * scores a stream in a worker thread of low priority (cr-roster-read.c),
 * which hands the creators over in batches: each time the main loop is
 * idle, whatever has been scored since the last time is appended, with a
 * single ::items-changed a batch, so that the first rows show at once and
 * a long roster costs the main thread little. A table makes the widgets of its
 * first couple of hundred rows as they are added, which is what costs
 * most: after a first few, those rows come four a frame; later ones ten
 * times a second, or as soon as the main loop is idle when more are
 * waiting, at most a few thousand a batch, so that no frame waits long
 * for a batch. The last ones too, before the loading ends. The rows that
 * cannot be read, and the columns ignored, come the same way. Cancelling
 * stops the filling at once: nothing the worker scores after that is
 * added, and the worker stops at its next row.
 *
 * The roster holds the creators in one array: a pointer a row, beside the
 * creator itself (see cr-creator.c).
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <gio/gunixinputstream.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "cr-roster-private.h"

struct _CrRoster
{
  GObject         parent_instance;

  GPtrArray      *creators;
  GPtrArray      *problems;
  GStrv           ignored;
  /* Beside each of @ignored, the id it was likely meant to be, or "". */
  GStrv           suggested;
  /* What to read each column as, for the next load. */
  CrRosterColumns *map;
  CrRosterFormat  format;
  CrRosterEncoding encoding;
  double          progress;
  gboolean        loading;
  gboolean        header_read;
  /* Every row of the file was read: it can be saved over. */
  gboolean        complete;
  /* The creators edited since the roster was read or saved. */
  guint           n_edited;
  /* Its rows are not its file's (cr_roster_mark_modified()). */
  gboolean        marked;

  /* The file's own text, as cr-roster-document.c writes it back. */
  CrRosterText    text;

  struct _Load   *load;
};

/* What the worker and the main thread share while a roster loads. */
typedef struct _Load
{
  gatomicrefcount  refs;
  GMutex           lock;
  GMainContext    *context;
  GCancellable    *cancellable;
  gulong           cancelled_id;

  /* Under @lock. */
  GPtrArray       *creators;
  GPtrArray       *problems;
  GStrv            ignored;
  GStrv            suggested;
  CrRosterFormat   format;
  CrRosterEncoding encoding;
  guint64          bytes_read;
  gboolean         header_read;
  /* Once the header is read; the tail once the whole file is. */
  CrRosterText    *text;
  gboolean         flush_pending;
  gboolean         flushed_once;
  gboolean         rows_shown;
  /* The roster, or NULL once it has stopped listening (cancelled or
   * finalized). */
  CrRoster        *roster;

  /* The worker's own. */
  GInputStream    *stream;
  GFile           *file;
  goffset          size;
  CrRosterColumns *map;
} Load;

/* How often the worker's creators are handed over, after the first. */
#define FLUSH_INTERVAL_MS 100

/* The most creators handed over in the first batch. A list view makes
 * the widgets of up to 200 rows at once, and those of a first batch delay
 * its first frame. */
#define FIRST_BATCH 8

/* Until the roster holds RAMP_ROWS creators, the most handed over at a
 * time, once a frame: the table makes the widgets of its first 205 rows
 * as they come, a third of a millisecond a row, and lays them out again
 * in the next frame. */
#define RAMP_ROWS 224
#define RAMP_BATCH 4
#define FRAME_MS 16

/* After that, the most handed over at a time, the rest at the next idle
 * moment: a filter, a search, has each row to match. */
#define LATER_BATCH 4096

/* How much the worker's thread gives way to the main thread. */
#define LOAD_NICE 10

/* When the rest of what the worker handed over is taken. */
typedef enum {
  FLUSH_LATER,
  FLUSH_NEXT_FRAME,
  FLUSH_IDLE,
} FlushWhen;

static void cr_roster_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CrRoster, cr_roster, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      cr_roster_list_model_init))

enum {
  PROP_0,
  PROP_N_ITEMS,
  PROP_LOADING,
  PROP_PROGRESS,
  PROP_N_PROBLEMS,
  PROP_HEADER_READ,
  PROP_COMPLETE,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CREATOR_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
problem_free (CrRosterProblem *problem)
{
  g_free (problem->message);
  g_clear_error (&problem->error);
  g_free (problem->text);
  g_free (problem);
}

void
_cr_roster_text_clear (CrRosterText *text)
{
  g_clear_pointer (&text->header, g_free);
  g_clear_pointer (&text->tail, g_free);
  g_clear_pointer (&text->columns, g_free);
  text->n_columns = 0;
}

static void
text_free (CrRosterText *text)
{
  _cr_roster_text_clear (text);
  g_free (text);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrRosterText, text_free)

static Load *
load_ref (Load *load)
{
  g_atomic_ref_count_inc (&load->refs);
  return load;
}

static void
load_unref (Load *load)
{
  if (!g_atomic_ref_count_dec (&load->refs))
    return;

  if (load->cancelled_id != 0)
    g_cancellable_disconnect (load->cancellable, load->cancelled_id);
  g_mutex_clear (&load->lock);
  g_main_context_unref (load->context);
  g_clear_object (&load->cancellable);
  g_ptr_array_unref (load->creators);
  g_ptr_array_unref (load->problems);
  g_strfreev (load->ignored);
  g_strfreev (load->suggested);
  g_clear_pointer (&load->map, cr_roster_columns_unref);
  g_clear_pointer (&load->text, text_free);
  g_clear_object (&load->stream);
  g_clear_object (&load->file);
  g_free (load);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Load, load_unref)

static GType
cr_roster_get_item_type (GListModel *model G_GNUC_UNUSED)
{
  return CR_TYPE_CREATOR;
}

static guint
cr_roster_get_n_items (GListModel *model)
{
  return CR_ROSTER (model)->creators->len;
}

static gpointer
cr_roster_get_item (GListModel *model,
                    guint       position)
{
  CrRoster *self = CR_ROSTER (model);

  if (position >= self->creators->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->creators, position));
}

static void
cr_roster_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = cr_roster_get_item_type;
  iface->get_n_items = cr_roster_get_n_items;
  iface->get_item = cr_roster_get_item;
}

/* Stops listening to the load: what it still scores is dropped. */
static void
detach (CrRoster *self)
{
  Load *load = self->load;

  if (load == NULL)
    return;

  g_mutex_lock (&load->lock);
  load->roster = NULL;
  g_mutex_unlock (&load->lock);

  /* The cancellable's handler is disconnected with the load's last
   * reference: not here, which can be inside it. */
  self->load = NULL;
  load_unref (load);
}

static void
set_loading (CrRoster *self,
             gboolean  loading)
{
  if (self->loading == loading)
    return;

  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
cr_roster_dispose (GObject *object)
{
  CrRoster *self = CR_ROSTER (object);

  if (self->load != NULL)
    {
      g_cancellable_cancel (self->load->cancellable);
      detach (self);
    }

  G_OBJECT_CLASS (cr_roster_parent_class)->dispose (object);
}

static void
cr_roster_finalize (GObject *object)
{
  CrRoster *self = CR_ROSTER (object);

  /* Creators held elsewhere, by a window say, no longer tell it. */
  for (guint i = 0; i < self->creators->len; i++)
    if (_cr_creator_get_roster (self->creators->pdata[i]) == self)
      _cr_creator_set_roster (self->creators->pdata[i], NULL);
  _cr_roster_text_clear (&self->text);
  g_ptr_array_unref (self->creators);
  g_ptr_array_unref (self->problems);
  g_strfreev (self->ignored);
  g_strfreev (self->suggested);
  g_clear_pointer (&self->map, cr_roster_columns_unref);

  G_OBJECT_CLASS (cr_roster_parent_class)->finalize (object);
}

static void
cr_roster_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CrRoster *self = CR_ROSTER (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->creators->len);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    case PROP_PROGRESS:
      g_value_set_double (value, self->progress);
      break;

    case PROP_N_PROBLEMS:
      g_value_set_uint (value, self->problems->len);
      break;

    case PROP_HEADER_READ:
      g_value_set_boolean (value, self->header_read);
      break;

    case PROP_COMPLETE:
      g_value_set_boolean (value, self->complete);
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, cr_roster_get_modified (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_roster_class_init (CrRosterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = cr_roster_dispose;
  object_class->finalize = cr_roster_finalize;
  object_class->get_property = cr_roster_get_property;

  properties[PROP_N_ITEMS] = g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_LOADING] = g_param_spec_boolean ("loading", NULL, NULL, FALSE, flags);

  /**
   * CrRoster:progress:
   *
   * How much of the file has been read while loading, from 0 to 1; -1
   * when its size is not known (standard input, a pipe).
   */
  properties[PROP_PROGRESS] = g_param_spec_double ("progress", NULL, NULL, -1, 1, 0, flags);

  properties[PROP_N_PROBLEMS] = g_param_spec_uint ("n-problems", NULL, NULL, 0, G_MAXUINT, 0,
                                                   flags);

  /**
   * CrRoster:header-read:
   *
   * The file proved to be a roster: its header row (CSV) or a first line
   * (JSON Lines) was read. Until then, a roster that fails to load has
   * nothing to show.
   */
  properties[PROP_HEADER_READ] = g_param_spec_boolean ("header-read", NULL, NULL, FALSE, flags);

  /**
   * CrRoster:complete:
   *
   * Every row of the file was read (those that could not be read
   * included): the roster can be saved over its file without losing a
   * line. %FALSE while loading and after a loading stopped early.
   */
  properties[PROP_COMPLETE] = g_param_spec_boolean ("complete", NULL, NULL, TRUE, flags);

  /**
   * CrRoster:modified:
   *
   * A creator was edited since the roster was read or saved
   * (#CrCreator:edited), or its rows are not its file's
   * (cr_roster_mark_modified()).
   */
  properties[PROP_MODIFIED] = g_param_spec_boolean ("modified", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CrRoster::creator-changed:
   * @creator: the creator of the roster whose answers or name changed
   *
   * Emitted after each change to a creator of the roster, once its
   * properties are notified: one signal for the roster, rather than a
   * handler on each of its creators.
   */
  signals[CREATOR_CHANGED] =
    g_signal_new ("creator-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                  NULL, NULL, G_TYPE_NONE, 1, CR_TYPE_CREATOR);
}

static void
cr_roster_init (CrRoster *self)
{
  self->creators = g_ptr_array_new_with_free_func (g_object_unref);
  self->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) problem_free);
  self->complete = TRUE;
  self->text.separator = ',';
}

CrRoster *
cr_roster_new (void)
{
  return g_object_new (CR_TYPE_ROSTER, NULL);
}

static void schedule_flush (Load      *load,
                            FlushWhen  when);

/* With @load->lock held: the most creators a flush hands over to @self
 * now (not at the end, @last), and when the rest follow. */
static guint
batch_size (Load      *load,
            CrRoster  *self,
            gboolean   last,
            FlushWhen *when)
{
  *when = FLUSH_LATER;
  if (last)
    return G_MAXUINT;

  *when = FLUSH_NEXT_FRAME;
  /* The first rows alone, the rest with the next batch: every row
   * handed over at once gets its widgets before the first frame. */
  if (!load->rows_shown)
    return FIRST_BATCH;
  if (self != NULL && self->creators->len < RAMP_ROWS)
    return RAMP_BATCH;

  *when = FLUSH_IDLE;
  return LATER_BATCH;
}

/* What a flush takes over from the worker at once, under its lock. */
typedef struct
{
  GPtrArray       *creators;
  GPtrArray       *problems;
  GStrv            ignored;
  GStrv            suggested;
  CrRosterText    *text;
  CrRosterFormat   format;
  CrRosterEncoding encoding;
  guint64          bytes_read;
  gboolean         header_read;
} Batch;

/* Frees what a batch still holds, once flushed. */
static void
batch_clear (Batch *batch)
{
  g_clear_pointer (&batch->creators, g_ptr_array_unref);
  g_clear_pointer (&batch->problems, g_ptr_array_unref);
  g_clear_pointer (&batch->ignored, g_strfreev);
  g_clear_pointer (&batch->suggested, g_strfreev);
  g_clear_pointer (&batch->text, text_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Batch, batch_clear)

/* With @load->lock held: takes the first @most of the worker's
 * creators, or all of them when there are no more. */
static GPtrArray *
take_creators (Load  *load,
               guint  most)
{
  GPtrArray *creators;

  if (load->creators->len > most)
    {
      creators = g_ptr_array_new_full (most, g_object_unref);
      for (guint i = 0; i < most; i++)
        g_ptr_array_add (creators, load->creators->pdata[i]);
      g_ptr_array_set_free_func (load->creators, NULL);
      g_ptr_array_remove_range (load->creators, 0, most);
      g_ptr_array_set_free_func (load->creators, g_object_unref);
    }
  else
    {
      creators = g_steal_pointer (&load->creators);
      load->creators = g_ptr_array_new_with_free_func (g_object_unref);
    }

  return creators;
}

/* With @load->lock held: takes what the worker has handed over into
 * @batch, a batch of its creators at most, and has the rest follow. */
static void
take_batch (Load     *load,
            CrRoster *self,
            gboolean  last,
            Batch    *batch)
{
  FlushWhen when;
  guint most = batch_size (load, self, last, &when);

  batch->creators = take_creators (load, most);
  load->rows_shown = load->rows_shown || batch->creators->len > 0;
  batch->problems = g_steal_pointer (&load->problems);
  load->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) problem_free);
  batch->ignored = g_steal_pointer (&load->ignored);
  batch->suggested = g_steal_pointer (&load->suggested);
  batch->text = g_steal_pointer (&load->text);
  batch->header_read = load->header_read;
  batch->format = load->format;
  batch->encoding = load->encoding;
  batch->bytes_read = load->bytes_read;
  load->flush_pending = FALSE;
  if (!last && load->creators->len > 0)
    schedule_flush (load, when);
}

/* Takes the file's text over: the header's, then the tail's at the end. */
static void
take_text (CrRoster     *self,
           CrRosterText *text)
{
  if (text->header != NULL)
    {
      _cr_roster_text_clear (&self->text);
      self->text = *text;
    }
  else
    {
      g_free (self->text.tail);
      self->text.tail = g_steal_pointer (&text->tail);
    }
  memset (text, 0, sizeof *text);
}

/* Appends the rows that could not be read. */
static void
append_problems (CrRoster  *self,
                 GPtrArray *problems)
{
  if (problems->len == 0)
    return;

  for (guint i = 0; i < problems->len; i++)
    g_ptr_array_add (self->problems, g_steal_pointer (&problems->pdata[i]));
  g_ptr_array_set_free_func (problems, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PROBLEMS]);
}

/* Sets the progress from how much of the file the worker has read. */
static void
update_progress (CrRoster *self,
                 Load     *load,
                 guint64   bytes_read)
{
  double progress;

  if (load->size <= 0)
    return;

  progress = MIN (1.0, (double) bytes_read / (double) load->size);
  if (progress != self->progress)
    {
      self->progress = progress;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
    }
}

/* Appends the creators, with a single ::items-changed. */
static void
append_creators (CrRoster   *self,
                 GPtrArray **creators)
{
  guint position = self->creators->len;

  if ((*creators)->len == 0)
    return;

  for (guint i = 0; i < (*creators)->len; i++)
    _cr_creator_set_roster ((*creators)->pdata[i], self);
  g_ptr_array_extend_and_steal (self->creators, g_steal_pointer (creators));
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0,
                              self->creators->len - position);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

/* In the main thread: appends what the worker has handed over. */
static void
flush (Load     *load,
       gboolean  last)
{
  g_auto(Batch) batch = { 0 };
  CrRoster *self;

  g_mutex_lock (&load->lock);
  self = load->roster != NULL ? g_object_ref (load->roster) : NULL;
  take_batch (load, self, last, &batch);
  g_mutex_unlock (&load->lock);

  if (self == NULL)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  self->format = batch.format;
  self->encoding = batch.encoding;

  if (batch.text != NULL)
    take_text (self, batch.text);

  if (batch.ignored != NULL)
    {
      g_strfreev (self->ignored);
      self->ignored = g_steal_pointer (&batch.ignored);
      g_strfreev (self->suggested);
      self->suggested = g_steal_pointer (&batch.suggested);
    }

  append_problems (self, batch.problems);
  update_progress (self, load, batch.bytes_read);
  append_creators (self, &batch.creators);

  if (batch.header_read && !self->header_read)
    {
      self->header_read = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEADER_READ]);
    }

  g_object_thaw_notify (G_OBJECT (self));
  g_object_unref (self);
}

static gboolean
flush_cb (gpointer user_data)
{
  flush (user_data, FALSE);

  return G_SOURCE_REMOVE;
}

/* In the worker, or in the main thread with a batch left, with
 * @load->lock held: makes sure the main loop takes what has been handed
 * over, once it is idle (@when). */
static void
schedule_flush (Load      *load,
                FlushWhen  when)
{
  g_autoptr(GSource) source = NULL;

  if (load->flush_pending)
    return;

  load->flush_pending = TRUE;
  /* The first rows at once; then a batch every FLUSH_INTERVAL_MS, so that
   * the table is laid out and drawn ten times a second, not once a row. */
  if (when == FLUSH_NEXT_FRAME)
    {
      source = g_timeout_source_new (FRAME_MS);
      g_source_set_priority (source, G_PRIORITY_DEFAULT_IDLE);
    }
  else if (when == FLUSH_IDLE)
    {
      source = g_idle_source_new ();
      g_source_set_priority (source, G_PRIORITY_DEFAULT_IDLE);
    }
  else if (load->flushed_once)
    {
      source = g_timeout_source_new (FLUSH_INTERVAL_MS);
      g_source_set_priority (source, G_PRIORITY_DEFAULT_IDLE);
    }
  else
    {
      source = g_idle_source_new ();
      g_source_set_priority (source, G_PRIORITY_DEFAULT);
    }
  load->flushed_once = TRUE;
  g_source_set_callback (source, flush_cb, load_ref (load), (GDestroyNotify) load_unref);
  g_source_set_static_name (source, "[creator-role] roster flush");
  g_source_attach (source, load->context);
}

static void
hand_over_problem (Load           *load,
                   CrRosterReader *reader,
                   guint64         line,
                   const GError   *error)
{
  CrRosterProblem *problem = g_new0 (CrRosterProblem, 1);

  problem->line = line;
  problem->message = g_strdup (error->message);
  problem->error = g_error_copy (error);
  problem->text = cr_roster_reader_take_row_text (reader, &problem->gap);

  g_mutex_lock (&load->lock);
  g_ptr_array_add (load->problems, problem);
  schedule_flush (load, FLUSH_LATER);
  g_mutex_unlock (&load->lock);
}

static gboolean
set_errno_error (GError **error,
                 int      saved_errno)
{
  g_set_error (error, CR_ROSTER_ERROR, CR_ROSTER_ERROR_READ, "cannot be read: %s",
               g_strerror (saved_errno));
  return FALSE;
}

/* Opens the file, read-only, and finds its size for the progress. */
static gboolean
open_file (Load          *load,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *path = g_file_peek_path (load->file);
  struct stat st;
  int fd;

  if (path != NULL)
    {
      /* A local file says why it cannot be read without repeating its
       * name, which the caller gives. */
      if ((fd = g_open (path, O_RDONLY | O_CLOEXEC, 0)) < 0)
        return set_errno_error (error, errno);

      if (fstat (fd, &st) != 0 || S_ISDIR (st.st_mode))
        {
          int saved_errno = S_ISDIR (st.st_mode) ? EISDIR : errno;

          close (fd);
          return set_errno_error (error, saved_errno);
        }

      if (S_ISREG (st.st_mode))
        load->size = st.st_size;
      load->stream = g_unix_input_stream_new (fd, TRUE);
      return TRUE;
    }

  if ((stream = g_file_read (load->file, cancellable, &local_error)) == NULL)
    {
      g_set_error (error, CR_ROSTER_ERROR, CR_ROSTER_ERROR_READ, "cannot be read: %s",
                   local_error->message);
      return FALSE;
    }

  info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_SIZE, cancellable,
                                         NULL);
  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE))
    load->size = g_file_info_get_size (info);
  load->stream = G_INPUT_STREAM (g_steal_pointer (&stream));

  return TRUE;
}

/* What the file's text needs to be written back, once its header is read. */
static CrRosterText *
take_header (CrRosterReader *reader)
{
  CrRosterText *text = g_new0 (CrRosterText, 1);
  const int *columns;
  guint n_columns;

  text->header = g_strdup (cr_roster_reader_get_header_text (reader));
  text->separator = cr_roster_reader_get_separator (reader);
  columns = _cr_roster_reader_get_columns (reader, &n_columns);
  if (columns != NULL)
    {
      text->columns = g_memdup2 (columns, n_columns * sizeof *columns);
      text->n_columns = n_columns;
    }
  /* For JSON Lines: known to be read all the same. */
  if (text->header == NULL)
    text->header = g_strdup ("");

  return text;
}

/* In the worker: a reader of the file, keeping its text to write it
 * back, with the columns read as the roster's map says. */
static CrRosterReader *
make_reader (Load *load)
{
  CrRosterReader *reader = cr_roster_reader_new (load->stream, load->format);

  /* A spreadsheet is read from its file. */
  if (load->file != NULL)
    cr_roster_reader_set_path (reader, g_file_peek_path (load->file));
  cr_roster_reader_set_keep_text (reader, TRUE);
  if (load->map != NULL)
    cr_roster_reader_set_column_map (reader, load->map);

  return reader;
}

/* In the worker, once the header is read: hands over what it says. */
static void
hand_over_header (Load           *load,
                  CrRosterReader *reader)
{
  const char * const *ignored = cr_roster_reader_get_ignored_columns (reader);

  g_mutex_lock (&load->lock);
  load->format = cr_roster_reader_get_format (reader);
  load->encoding = cr_roster_reader_get_encoding (reader);
  load->ignored = g_strdupv ((char **) ignored);
  load->suggested = g_strdupv ((char **) cr_roster_reader_get_suggested_columns (reader));
  load->header_read = TRUE;
  load->text = take_header (reader);
  g_mutex_unlock (&load->lock);
}

/* In the worker: scores a row read and hands its creator over. */
static void
hand_over_creator (Load           *load,
                   CrRosterReader *reader,
                   CrAnswers      *answers,
                   guint64         line)
{
  CrScoreSummary summary;
  CrCreator *creator;
  char *text;
  guint gap;

  /* No text here: the language may switch meanwhile, and only the
   * main thread translates. */
  cr_score_summary (answers, &summary);
  creator = cr_creator_new (answers, &summary, line);
  text = cr_roster_reader_take_row_text (reader, &gap);
  _cr_creator_set_text (creator, text, gap);

  g_mutex_lock (&load->lock);
  g_ptr_array_add (load->creators, creator);
  load->bytes_read = cr_roster_reader_get_bytes_read (reader);
  schedule_flush (load, FLUSH_LATER);
  g_mutex_unlock (&load->lock);
}

/* In the worker: reads every row and hands each over, until the end, an
 * error or a cancelling. Returns whether the header was seen. */
static gboolean
read_rows (Load            *load,
           CrRosterReader  *reader,
           GCancellable    *cancellable,
           GError         **error)
{
  gboolean header_seen = FALSE;

  for (;;)
    {
      g_autoptr(CrAnswers) answers = NULL;
      g_autoptr(GError) row_error = NULL;
      guint64 line;
      CrRosterRow row = cr_roster_reader_next (reader, &answers, &line, &row_error,
                                               cancellable, error);

      if (!header_seen && row != CR_ROSTER_ROW_END)
        {
          header_seen = TRUE;
          hand_over_header (load, reader);
        }

      if (row == CR_ROSTER_ROW_END)
        break;

      if (row == CR_ROSTER_ROW_PROBLEM)
        hand_over_problem (load, reader, line, row_error);
      else
        hand_over_creator (load, reader, answers, line);
    }

  return header_seen;
}

/* In the worker, once the rows are read: hands over how far it read and,
 * when it read them all (@read_all), the file's tail. */
static void
hand_over_end (Load           *load,
               CrRosterReader *reader,
               gboolean        header_seen,
               gboolean        read_all)
{
  g_mutex_lock (&load->lock);
  load->format = cr_roster_reader_get_format (reader);
  load->bytes_read = cr_roster_reader_get_bytes_read (reader);
  if (read_all)
    {
      /* A header row and no row after it. */
      if (!header_seen)
        {
          load->header_read = TRUE;
          load->encoding = cr_roster_reader_get_encoding (reader);
          load->text = take_header (reader);
        }
      if (load->text == NULL)
        load->text = g_new0 (CrRosterText, 1);
      load->text->tail = cr_roster_reader_take_tail (reader);
      schedule_flush (load, FLUSH_LATER);
    }
  g_mutex_unlock (&load->lock);
}

static void
load_thread (GTask        *task,
             gpointer      source_object G_GNUC_UNUSED,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Load *load = task_data;
  g_autoptr(CrRosterReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  gboolean header_seen;

  if (load->stream == NULL && !open_file (load, cancellable, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  reader = make_reader (load);
  header_seen = read_rows (load, reader, cancellable, &error);
  hand_over_end (load, reader, header_seen, error == NULL);

  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/* The worker's thread, its own rather than one of GLib's pool: it runs
 * below the main thread, which draws the window, so that on a busy
 * machine a frame does not wait for rows being scored; a pool's thread
 * would keep that for the tasks after it. */
static gpointer
load_thread_run (gpointer data)
{
  g_autoptr(GTask) worker = data;

#ifdef SYS_gettid
  /* Linux's nice value is the thread's own. */
  (void) setpriority (PRIO_PROCESS, (id_t) syscall (SYS_gettid), LOAD_NICE);
#endif
  load_thread (worker, g_task_get_source_object (worker), g_task_get_task_data (worker),
               g_task_get_cancellable (worker));

  return NULL;
}

static void
cancelled_cb (GCancellable *cancellable G_GNUC_UNUSED,
              CrRoster     *self)
{
  /* Emitted in the thread that cancels: the main one, where the roster
   * lives. Once detached, the handler can never run again. */
  detach (self);
  set_loading (self, FALSE);
}

static void load_done_cb (GObject      *object,
                          GAsyncResult *result,
                          gpointer      user_data);

/* A loading whose worker is done, and whose creators are still being
 * handed over. */
typedef struct
{
  GObject      *object;
  GAsyncResult *result;
  GTask        *task;
} Done;

static gboolean
done_again_cb (gpointer user_data)
{
  Done *done = user_data;

  load_done_cb (done->object, done->result, g_steal_pointer (&done->task));
  g_object_unref (done->object);
  g_object_unref (done->result);
  g_free (done);

  return G_SOURCE_REMOVE;
}

static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  CrRoster *self = CR_ROSTER (object);
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  Load *load = g_task_get_task_data (G_TASK (result));
  FlushWhen when;
  gboolean more;

  /* What the worker handed over last, before anything else: still in
   * batches, the loading going on until the last. */
  g_mutex_lock (&load->lock);
  more = self->load == load &&
         load->creators->len > batch_size (load, self, FALSE, &when);
  g_mutex_unlock (&load->lock);
  if (more)
    {
      Done *done = g_new0 (Done, 1);

      flush (load, FALSE);
      done->object = g_object_ref (object);
      done->result = g_object_ref (result);
      done->task = g_steal_pointer (&task);
      g_timeout_add_full (G_PRIORITY_DEFAULT_IDLE, FRAME_MS, done_again_cb, done, NULL);
      return;
    }

  flush (load, TRUE);
  if (self->load == load)
    {
      detach (self);
      if (self->progress > 0 && self->progress < 1)
        {
          self->progress = 1;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
        }
      set_loading (self, FALSE);
    }

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else if (g_task_return_error_if_cancelled (task))
    ;
  else
    {
      if (self->load == NULL && self->header_read && !self->complete)
        {
          self->complete = TRUE;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETE]);
        }
      g_task_return_boolean (task, TRUE);
    }
}

static void
start_load (CrRoster            *self,
            GInputStream        *stream,
            GFile               *file,
            CrRosterFormat       format,
            goffset              size,
            GCancellable        *cancellable,
            GAsyncReadyCallback  callback,
            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) worker = NULL;
  g_autoptr(GCancellable) own = NULL;
  Load *load;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, cr_roster_load_async);

  if (cancellable == NULL)
    {
      own = g_cancellable_new ();
      cancellable = own;
    }

  load = g_new0 (Load, 1);
  g_atomic_ref_count_init (&load->refs);
  g_mutex_init (&load->lock);
  load->context = g_main_context_ref_thread_default ();
  load->cancellable = g_object_ref (cancellable);
  load->creators = g_ptr_array_new_with_free_func (g_object_unref);
  load->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) problem_free);
  load->format = format;
  load->roster = self;
  load->stream = stream != NULL ? g_object_ref (stream) : NULL;
  load->file = file != NULL ? g_object_ref (file) : NULL;
  load->size = size;
  load->map = self->map != NULL ? cr_roster_columns_ref (self->map) : NULL;

  self->load = load_ref (load);
  self->format = format;
  if (self->complete)
    {
      self->complete = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETE]);
    }
  self->progress = size > 0 || file != NULL ? 0 : -1;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
  set_loading (self, TRUE);

  load->cancelled_id = g_cancellable_connect (cancellable, G_CALLBACK (cancelled_cb), self, NULL);

  worker = g_task_new (self, cancellable, load_done_cb, g_steal_pointer (&task));
  g_task_set_task_data (worker, load, (GDestroyNotify) load_unref);
  g_thread_unref (g_thread_new ("cr-roster-load", load_thread_run, g_steal_pointer (&worker)));
}

/**
 * cr_roster_load_async:
 * @stream: where the roster comes from; read in another thread, and not
 *   closed
 * @format: its format, or %CR_ROSTER_FORMAT_UNKNOWN to tell from its first
 *   bytes
 * @size: its size in bytes if known, for #CrRoster:progress; 0 otherwise
 * @cancellable: (nullable): stops the loading: the creators scored until
 *   then stay, nothing more is added
 *
 * Reads and scores every row of @stream in another thread, appending the
 * creators as they come. Rows that cannot be read are listed by
 * cr_roster_get_problem(). A roster is loaded once.
 */
void
cr_roster_load_async (CrRoster            *self,
                      GInputStream        *stream,
                      CrRosterFormat       format,
                      goffset              size,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_return_if_fail (CR_IS_ROSTER (self));
  g_return_if_fail (G_IS_INPUT_STREAM (stream));
  g_return_if_fail (self->load == NULL);

  start_load (self, stream, NULL, format, size, cancellable, callback, user_data);
}

/**
 * cr_roster_load_file_async:
 * @file: the roster's file, opened in another thread and never written to
 * @format: its format, or %CR_ROSTER_FORMAT_UNKNOWN to tell from its name,
 *   or else from its first bytes
 *
 * Does what cr_roster_load_async() does, for a file.
 */
void
cr_roster_load_file_async (CrRoster            *self,
                           GFile               *file,
                           CrRosterFormat       format,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_return_if_fail (CR_IS_ROSTER (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->load == NULL);

  if (format == CR_ROSTER_FORMAT_UNKNOWN)
    {
      g_autofree char *name = g_file_get_basename (file);

      format = cr_roster_format_from_name (name);
    }

  start_load (self, NULL, file, format, 0, cancellable, callback, user_data);
}

/**
 * cr_roster_load_finish:
 *
 * Returns: %TRUE when the whole stream was read (some rows may still have
 *   been refused: see cr_roster_get_n_problems()); %FALSE with @error set
 *   when reading stopped early: the creators read until then stay
 */
gboolean
cr_roster_load_finish (CrRoster      *self,
                       GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (CR_IS_ROSTER (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
cr_roster_get_loading (CrRoster *self)
{
  g_return_val_if_fail (CR_IS_ROSTER (self), FALSE);

  return self->loading;
}

double
cr_roster_get_progress (CrRoster *self)
{
  g_return_val_if_fail (CR_IS_ROSTER (self), 0);

  return self->progress;
}

/**
 * cr_roster_get_format:
 *
 * Returns: the format the roster was read in, once known
 */
CrRosterFormat
cr_roster_get_format (CrRoster *self)
{
  g_return_val_if_fail (CR_IS_ROSTER (self), CR_ROSTER_FORMAT_UNKNOWN);

  return self->format;
}

guint
cr_roster_get_n_problems (CrRoster *self)
{
  g_return_val_if_fail (CR_IS_ROSTER (self), 0);

  return self->problems->len;
}

/**
 * cr_roster_get_problem:
 *
 * Returns: (transfer none): a row that could not be read: its line and why
 */
const CrRosterProblem *
cr_roster_get_problem (CrRoster *self,
                       guint     index)
{
  g_return_val_if_fail (CR_IS_ROSTER (self), NULL);
  g_return_val_if_fail (index < self->problems->len, NULL);

  return g_ptr_array_index (self->problems, index);
}

/* @question's options by their labels, each quoted, in the interface
 * language. */
static char *
dup_option_labels (const CrQuestion *question)
{
  GString *labels = g_string_new (NULL);

  for (guint o = 0; o < question->n_options; o++)
    {
      if (o > 0)
        g_string_append (labels, _(", "));
      /* Translators: an option quoted in a list of them, e.g. “Never” */
      g_string_append_printf (labels, _("“%s”"), _(question->options[o].label));
    }

  return g_string_free (labels, FALSE);
}

/* An answer that is not one of its question's options, and what to
 * write instead: in @column, when the roster has columns (CSV). */
static char *
describe_unknown_option (const CrInputDetail *detail,
                         const CrQuestion    *question,
                         const char          *column)
{
  g_autofree char *labels = NULL;
  g_autofree char *ids = NULL;
  g_autofree char *what = NULL;
  g_autofree char *next = NULL;

  if (question == NULL || detail->value == NULL)
    return NULL;
  labels = dup_option_labels (question);
  ids = cr_question_dup_option_ids (question);
  /* Translators: a roster's row that cannot be read: the answer
   * given, the question as the interface asks it, then its options
   * by their labels, e.g. “The answer “huge” to “Are you paid for
   * promoting brands?” is not one of its options: “Never”, “Free
   * products or gifts only”, …”. */
  what = g_strdup_printf (_("The answer “%s” to “%s” is not one of its options: %s."),
                          detail->value, _(question->title), labels);
  if (column != NULL && question->multiple)
    /* Translators: what to do about an unknown answer in a CSV
     * roster: the column as a spreadsheet names it, then the
     * options' ids, which the file must use, e.g. “In column K,
     * write the ids of the answers, separated by spaces, or none:
     * instagram, youtube, …”. */
    next = g_strdup_printf (_("In column %s, write the ids of the answers, separated by "
                              "spaces, or none: %s."), column, ids);
  else if (column != NULL)
    /* Translators: what to do about an unknown answer in a CSV
     * roster: the column as a spreadsheet names it, then the
     * options' ids, which the file must use, e.g. “In column B,
     * write the id of one of them: none, gifts, per-campaign,
     * retainer.” */
    next = g_strdup_printf (_("In column %s, write the id of one of them: %s."),
                            column, ids);
  else
    /* Translators: what to do about an unknown answer in a JSON
     * Lines roster: the options' ids, which the file must use */
    next = g_strdup_printf (_("Write the id of one of them: %s."), ids);

  return g_strconcat (what, " ", next, NULL);
}

/* What the row's problem is, in the reader's terms, and what to do, or
 * NULL when its detail says no more than its message. */
static char *
describe_problem (const CrInputDetail *detail,
                  gboolean             csv)
{
  const CrQuestion *question = detail->question >= 0
                                 ? cr_questionnaire_get_question ((guint) detail->question)
                                 : NULL;
  g_autofree char *column = detail->column >= 0
                              ? _cr_roster_dup_column_letters ((guint) detail->column) : NULL;

  switch (detail->problem)
    {
    case CR_INPUT_PROBLEM_UNKNOWN_OPTION:
      return describe_unknown_option (detail, question, column);
    case CR_INPUT_PROBLEM_LISTED_TWICE:
      if (question == NULL || detail->value == NULL)
        return NULL;
      /* Translators: an answer's id given twice to a question with
       * several answers, e.g. “The answer “blog” is given twice to “Where
       * are you active?”; give it once.” */
      return g_strdup_printf (_("The answer “%s” is given twice to “%s”; give it once."),
                              detail->value, _(question->title));
    case CR_INPUT_PROBLEM_NONE_NOT_ALONE:
      if (question == NULL)
        return NULL;
      /* Translators: “none” is the id a roster uses for no answer at all
       * to a question with several answers; keep it as it is. */
      return g_strdup_printf (_("The answers to “%s” are none and others at once; write either "
                                "none or the others."), _(question->title));
    case CR_INPUT_PROBLEM_NOT_UTF8:
      if (!csv || column == NULL)
        return NULL;
      if (question != NULL)
        /* Translators: a cell of a CSV roster that is not UTF-8 text:
         * its column as a spreadsheet names it, and the question */
        return g_strdup_printf (_("The answer to “%s”, in column %s, is not text in UTF-8; save "
                                  "the file as CSV in UTF-8 and open it again."),
                                _(question->title), column);
      /* Translators: the column as a spreadsheet names it */
      return g_strdup_printf (_("The name, in column %s, is not text in UTF-8; save the file as "
                                "CSV in UTF-8 and open it again."), column);
    case CR_INPUT_PROBLEM_NAME_TOO_LONG:
      /* Translators: the number is the most characters a name may have */
      return g_strdup_printf (_("The name is longer than %d characters; shorten it."),
                              CR_ANSWERS_NAME_MAX_CHARS);
    case CR_INPUT_PROBLEM_CELL_COUNT:
      /* Translators: a CSV row whose cells do not match the header row:
       * the numbers of cells in each */
      return g_strdup_printf (_("Cells in this row: %u; in the header row: %u. Check the "
                                "separators and the quotes of this row."),
                              detail->n_cells, detail->n_columns);
    case CR_INPUT_PROBLEM_ROW_TOO_LONG:
      return g_strdup (_("It is longer than 1 MiB, so it was left out."));
    case CR_INPUT_PROBLEM_OTHER:
    default:
      return NULL;
    }
}

/**
 * cr_roster_dup_problem_text:
 * @index: the problem's index, as for cr_roster_get_problem()
 *
 * Says a row that could not be read in the reader's terms, in the
 * interface language: its row (CSV, as a spreadsheet numbers it) or line
 * (JSON Lines), what is wrong with the questions as the interface asks
 * them and the options by their labels, and what to do. Where the reader
 * said no more than its message (a line that is not JSON, say), the
 * message follows the row. Main thread only: it translates.
 *
 * Returns: (transfer full): the text
 */
char *
cr_roster_dup_problem_text (CrRoster *self,
                            guint     index)
{
  const CrRosterProblem *problem;
  const CrInputDetail *detail;
  g_autofree char *number = NULL;
  g_autofree char *text = NULL;
  gboolean csv;

  g_return_val_if_fail (CR_IS_ROSTER (self), NULL);
  g_return_val_if_fail (index < self->problems->len, NULL);

  problem = g_ptr_array_index (self->problems, index);
  csv = self->format != CR_ROSTER_FORMAT_JSONL;
  detail = problem->error != NULL ? cr_input_error_get_detail (problem->error) : NULL;
  if (detail != NULL)
    text = describe_problem (detail, csv);
  if (text == NULL)
    text = g_strdup (problem->message);

  number = g_strdup_printf ("%" G_GUINT64_FORMAT, problem->line);
  if (csv)
    /* Translators: a row of a CSV roster that cannot be read: its number,
     * as a spreadsheet numbers it, and what is wrong, e.g. “Row 8: The
     * answer “lots” to …” */
    return g_strdup_printf (_("Row %s: %s"), number, text);

  /* Translators: a line of a JSON Lines roster that cannot be read: its
   * number and what is wrong, e.g. “Line 12: The answer “lots” to …” */
  return g_strdup_printf (_("Line %s: %s"), number, text);
}

/**
 * cr_roster_get_ignored_columns:
 *
 * Returns: (transfer none) (nullable): the CSV columns ignored, by the
 *   names the header row gives them
 */
const char * const *
cr_roster_get_ignored_columns (CrRoster *self)
{
  g_return_val_if_fail (CR_IS_ROSTER (self), NULL);

  return (const char * const *) self->ignored;
}

/**
 * cr_roster_get_suggested_columns:
 *
 * Returns: (transfer none) (nullable): beside each of
 *   cr_roster_get_ignored_columns(), the id of the question its header
 *   most likely misspells, or ""
 */
const char * const *
cr_roster_get_suggested_columns (CrRoster *self)
{
  g_return_val_if_fail (CR_IS_ROSTER (self), NULL);

  return (const char * const *) self->suggested;
}

/**
 * cr_roster_set_column_map:
 * @map: (nullable): what to read each CSV column as
 *   (cr_roster_reader_set_column_map())
 *
 * Reads each column of the roster's file as @map says, when it is loaded
 * (cr_roster_load_async(), cr_roster_load_file_async()): set before.
 */
void
cr_roster_set_column_map (CrRoster        *self,
                          CrRosterColumns *map)
{
  g_return_if_fail (CR_IS_ROSTER (self));

  g_clear_pointer (&self->map, cr_roster_columns_unref);
  if (map != NULL)
    self->map = cr_roster_columns_copy (map);
}

/**
 * cr_roster_get_column_map:
 *
 * Returns: (transfer none) (nullable): what the roster's CSV columns are
 *   read as, if set (cr_roster_set_column_map())
 */
CrRosterColumns *
cr_roster_get_column_map (CrRoster *self)
{
  g_return_val_if_fail (CR_IS_ROSTER (self), NULL);

  return self->map;
}

/**
 * cr_roster_get_encoding:
 *
 * Returns: how the CSV roster's bytes were read, known once its header row
 *   is: anything but %CR_ROSTER_ENCODING_UTF8 is worth saying, and
 *   %CR_ROSTER_ENCODING_WINDOWS_1252 is a guess (the file is not UTF-8)
 */
CrRosterEncoding
cr_roster_get_encoding (CrRoster *self)
{
  g_return_val_if_fail (CR_IS_ROSTER (self), CR_ROSTER_ENCODING_UTF8);

  return self->encoding;
}

/**
 * cr_roster_append:
 *
 * Adds @creator at the end of the roster.
 */
void
cr_roster_append (CrRoster  *self,
                  CrCreator *creator)
{
  g_return_if_fail (CR_IS_ROSTER (self));
  g_return_if_fail (CR_IS_CREATOR (creator));

  g_ptr_array_add (self->creators, g_object_ref (creator));
  _cr_creator_set_roster (creator, self);
  g_list_model_items_changed (G_LIST_MODEL (self), self->creators->len - 1, 0, 1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

gboolean
cr_roster_get_header_read (CrRoster *self)
{
  g_return_val_if_fail (CR_IS_ROSTER (self), FALSE);

  return self->header_read;
}

/**
 * cr_roster_get_complete:
 *
 * Returns: whether every row of the file was read: see #CrRoster:complete
 */
gboolean
cr_roster_get_complete (CrRoster *self)
{
  g_return_val_if_fail (CR_IS_ROSTER (self), FALSE);

  return self->complete;
}

/**
 * cr_roster_get_modified:
 *
 * Returns: whether a creator was edited since the roster was read or saved
 */
gboolean
cr_roster_get_modified (CrRoster *self)
{
  g_return_val_if_fail (CR_IS_ROSTER (self), FALSE);

  return self->n_edited > 0 || self->marked;
}

/**
 * cr_roster_mark_modified:
 *
 * Marks the roster modified (#CrRoster:modified) with no creator edited:
 * its rows are not those of the file it will be saved to, as when they
 * were read from that file's recovery file. Saving it clears the mark.
 */
void
cr_roster_mark_modified (CrRoster *self)
{
  gboolean was_modified;

  g_return_if_fail (CR_IS_ROSTER (self));

  was_modified = cr_roster_get_modified (self);
  self->marked = TRUE;
  if (!was_modified)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/* A creator of the roster was edited, for the first time since it was
 * read or saved. */
void
_cr_roster_creator_edited (CrRoster  *self,
                           CrCreator *creator G_GNUC_UNUSED)
{
  gboolean was_modified = cr_roster_get_modified (self);

  self->n_edited++;
  if (!was_modified)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/* A creator of the roster changed: its answers, its name or both. */
void
_cr_roster_creator_changed (CrRoster  *self,
                            CrCreator *creator)
{
  g_signal_emit (self, signals[CREATOR_CHANGED], 0, creator);
}

/* Saved: nothing is edited any more. */
void
_cr_roster_clear_modified (CrRoster *self)
{
  if (!cr_roster_get_modified (self))
    return;

  self->marked = FALSE;
  self->n_edited = 0;
  for (guint i = 0; i < self->creators->len; i++)
    _cr_creator_clear_edited (self->creators->pdata[i]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

CrRosterText *
_cr_roster_get_text (CrRoster *self)
{
  return &self->text;
}

GPtrArray *
_cr_roster_get_creators (CrRoster *self)
{
  return self->creators;
}
