/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-roster-summary.c: what a roster adds up to, kept up to date
 *
 * A CrRosterSummary follows a GListModel of CrCreator (a CrRoster): the
 * rows appended while it loads (::items-changed), and every creator's own
 * changes (CrRoster::creator-changed, or each creator's notify in another
 * model), as when a creator opened in a window of its own is edited. It keeps, for each row, only what it counted it as, so that a
 * change is counted out and in again without going over the whole roster;
 * nothing of it is a copy a view could show stale, since every figure is
 * notified when it changes.
 *
 * Names are compared as people read them: with spaces around and between
 * words collapsed, in Unicode's compatibility form (NFKC), without case
 * (g_utf8_casefold()), so that “Zoé”, “ZOÉ” and “Zoe\u0301” are one name.
 * Rows without a name are never counted as the same.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "cr-roster.h"
#include "cr-roster-summary.h"

/* What a row was counted as: a roster holds hundreds of thousands. */
typedef struct
{
  CrCreator *creator;
  guint64    line;
  /* cr_roster_name_dup_key() of its name, or %NULL. */
  char      *key;
  guint8     role;
  guint8     close_call : 1;
  guint8     complete : 1;
} Entry;

struct _CrRosterSummary
{
  GObject         parent_instance;

  GListModel     *model;
  /* The model, when it is a roster: which tells of its creators' changes
   * with one signal. Any other model's creators each get a handler. */
  CrRoster       *roster;
  /* Entry, in the model's order. */
  GPtrArray      *entries;
  /* A key on one row → its Entry; a key on several → GPtrArray of their
   * Entry (not owned), by line. A table's key is one of its entries'
   * own. */
  GHashTable     *singles;
  GHashTable     *groups;
  CrRosterCounts  counts;
  /* Changes whenever which rows share a name changes. */
  guint           revision;
};

G_DEFINE_FINAL_TYPE (CrRosterSummary, cr_roster_summary, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MODEL,
  PROP_TOTAL,
  PROP_REVISION,
  PROP_COUNT_FIRST,
  N_PROPS = PROP_COUNT_FIRST + CR_ROSTER_N_COUNTS
};

static GParamSpec *properties[N_PROPS];

static const char * const count_ids[CR_ROSTER_N_COUNTS] = {
  [CR_ROSTER_COUNT_INFLUENCER] = "influencer",
  [CR_ROSTER_COUNT_AMBASSADOR] = "ambassador",
  [CR_ROSTER_COUNT_CONTRACTED_AMBASSADOR] = "contracted-ambassador",
  [CR_ROSTER_COUNT_NONE] = "none",
  [CR_ROSTER_COUNT_UNDECIDED] = "undecided",
  [CR_ROSTER_COUNT_CLOSE_CALLS] = "close-calls",
  [CR_ROSTER_COUNT_INCOMPLETE] = "incomplete",
  [CR_ROSTER_COUNT_DUPLICATE_NAMES] = "duplicate-names",
  [CR_ROSTER_COUNT_DUPLICATE_ROWS] = "duplicate-rows",
};

/**
 * cr_roster_count_to_id:
 *
 * Returns: the figure's id, the same in every language (a property's
 *   name, a sheet's cell): "influencer", "close-calls", "duplicate-names"…
 */
const char *
cr_roster_count_to_id (CrRosterCount count)
{
  g_return_val_if_fail (count < CR_ROSTER_N_COUNTS, NULL);

  return count_ids[count];
}

/**
 * cr_roster_count_get_label:
 *
 * Returns: what the figure counts, translated: a verdict's name, or
 *   “Close calls”, “With unanswered questions”…
 */
const char *
cr_roster_count_get_label (CrRosterCount count)
{
  static const char * const labels[CR_ROSTER_N_COUNTS] = {
    /* Translators: in a roster's summary, the creators whose verdict is
     * a close call */
    [CR_ROSTER_COUNT_CLOSE_CALLS] = N_("Close calls"),
    /* Translators: in a roster's summary, the creators who left a
     * question unanswered */
    [CR_ROSTER_COUNT_INCOMPLETE] = N_("With unanswered questions"),
    /* Translators: in a roster's summary, how many names appear on two
     * rows or more */
    [CR_ROSTER_COUNT_DUPLICATE_NAMES] = N_("Names on more than one row"),
    /* Translators: in a roster's summary, how many rows have a name that
     * another row has too */
    [CR_ROSTER_COUNT_DUPLICATE_ROWS] = N_("Rows whose name is on another row"),
  };

  g_return_val_if_fail (count < CR_ROSTER_N_COUNTS, NULL);

  if (count < CR_ROSTER_N_VERDICTS)
    return cr_role_get_name ((CrRole) count);

  return _(labels[count]);
}

/**
 * cr_roster_counts_dup_text:
 *
 * Returns: (transfer full): every figure in words, a line each, the total
 *   first: what a screen reader says of the chart and a report prints
 */
char *
cr_roster_counts_dup_text (const CrRosterCounts *counts)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (counts != NULL, NULL);

  /* Translators: the first line of a roster's summary, e.g. “12 creators” */
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u creator", "%u creators",
                                             counts->total),
                          counts->total);
  for (CrRosterCount c = 0; c < CR_ROSTER_N_COUNTS; c++)
    {
      g_string_append_c (text, '\n');
      /* Translators: a line of a roster's summary: what is counted, then
       * how many, e.g. “Close calls: 2” */
      g_string_append_printf (text, _("%s: %u"), cr_roster_count_get_label (c),
                              counts->counts[c]);
    }

  return g_string_free (text, FALSE);
}

static gboolean
is_ascii (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p >= 0x80)
      return FALSE;

  return TRUE;
}

/* The key made, in a block of its own size (a roster keeps one a row), or
 * %NULL for none. */
static char *
key_or_null (GString *key)
{
  char *text = key->len > 0 ? g_strndup (key->str, key->len) : NULL;

  g_string_free (key, TRUE);

  return text;
}

/**
 * cr_roster_name_dup_key:
 * @name: (nullable): a creator's name
 *
 * Returns: (transfer full) (nullable): what two names that read as the
 *   same have in common (see the top of this file), or %NULL for no name
 */
char *
cr_roster_name_dup_key (const char *name)
{
  g_autofree char *valid = NULL;
  g_autofree char *normal = NULL;
  g_autofree char *folded = NULL;
  GString *key;
  gboolean space = FALSE;

  if (name == NULL)
    return NULL;

  /* Most names are ASCII, whose compatibility form is itself and whose
   * case folds to lower case. */
  if (is_ascii (name))
    {
      key = g_string_sized_new (strlen (name));
      for (const char *p = name; *p != '\0'; p++)
        {
          if (g_ascii_isspace (*p))
            {
              space = key->len > 0;
              continue;
            }
          if (space)
            g_string_append_c (key, ' ');
          space = FALSE;
          g_string_append_c (key, g_ascii_tolower (*p));
        }

      return key_or_null (key);
    }

  valid = g_utf8_make_valid (name, -1);
  normal = g_utf8_normalize (valid, -1, G_NORMALIZE_ALL_COMPOSE);
  folded = g_utf8_casefold (normal, -1);
  g_free (normal);
  normal = g_utf8_normalize (folded, -1, G_NORMALIZE_ALL_COMPOSE);

  key = g_string_sized_new (strlen (normal));
  for (const char *p = normal; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_type (c) == G_UNICODE_FORMAT)
        {
          space = key->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (key, ' ');
      space = FALSE;
      g_string_append_unichar (key, c);
    }

  return key_or_null (key);
}

/* Counting a row in and out. */

static GPtrArray *
group_of (CrRosterSummary *self,
          Entry           *entry)
{
  return entry->key != NULL ? g_hash_table_lookup (self->groups, entry->key) : NULL;
}

static void
count_in (CrRosterSummary *self,
          Entry           *entry)
{
  CrCreator *creator = entry->creator;
  GPtrArray *group;
  guint i;

  entry->role = (guint8) cr_creator_get_role (creator);
  entry->close_call = cr_creator_is_close_call (creator) ? 1 : 0;
  entry->complete = cr_creator_is_complete (creator) ? 1 : 0;
  entry->key = cr_roster_name_dup_key (cr_creator_get_name (creator));

  self->counts.total++;
  if (entry->role <= CR_ROLE_UNDECIDED)
    self->counts.counts[entry->role]++;
  if (entry->close_call)
    self->counts.counts[CR_ROSTER_COUNT_CLOSE_CALLS]++;
  if (!entry->complete)
    self->counts.counts[CR_ROSTER_COUNT_INCOMPLETE]++;

  if (entry->key == NULL)
    return;

  if ((group = g_hash_table_lookup (self->groups, entry->key)) == NULL)
    {
      Entry *single = g_hash_table_lookup (self->singles, entry->key);

      /* A name on one row so far. */
      if (single == NULL)
        {
          g_hash_table_insert (self->singles, entry->key, entry);
          return;
        }

      /* Now on two. */
      g_hash_table_remove (self->singles, entry->key);
      group = g_ptr_array_sized_new (2);
      g_ptr_array_add (group, single);
      g_hash_table_insert (self->groups, single->key, group);
    }

  /* By line: a row renamed to another's name goes where it is. */
  for (i = group->len; i > 0; i--)
    if (((Entry *) group->pdata[i - 1])->line <= entry->line)
      break;
  g_ptr_array_insert (group, (gint) i, entry);

  if (group->len == 2)
    {
      self->counts.counts[CR_ROSTER_COUNT_DUPLICATE_NAMES]++;
      self->counts.counts[CR_ROSTER_COUNT_DUPLICATE_ROWS] += 2;
    }
  else if (group->len > 2)
    self->counts.counts[CR_ROSTER_COUNT_DUPLICATE_ROWS]++;
  if (group->len >= 2)
    self->revision++;
}

static void
count_out (CrRosterSummary *self,
           Entry           *entry)
{
  GPtrArray *group = group_of (self, entry);

  self->counts.total--;
  if (entry->role <= CR_ROLE_UNDECIDED)
    self->counts.counts[entry->role]--;
  if (entry->close_call)
    self->counts.counts[CR_ROSTER_COUNT_CLOSE_CALLS]--;
  if (!entry->complete)
    self->counts.counts[CR_ROSTER_COUNT_INCOMPLETE]--;

  if (group == NULL)
    {
      if (entry->key != NULL)
        g_hash_table_remove (self->singles, entry->key);
    }
  else
    {
      gpointer table_key = NULL;

      if (group->len == 2)
        {
          self->counts.counts[CR_ROSTER_COUNT_DUPLICATE_NAMES]--;
          self->counts.counts[CR_ROSTER_COUNT_DUPLICATE_ROWS] -= 2;
        }
      else
        self->counts.counts[CR_ROSTER_COUNT_DUPLICATE_ROWS]--;
      self->revision++;

      g_ptr_array_remove (group, entry);
      g_hash_table_lookup_extended (self->groups, entry->key, &table_key, NULL);
      if (group->len == 1)
        {
          /* On one row again. */
          Entry *last = group->pdata[0];

          g_hash_table_remove (self->groups, entry->key);
          g_hash_table_insert (self->singles, last->key, last);
        }
      else if (table_key == entry->key)
        {
          /* The table's key goes with the entry: another member's takes
           * its place. */
          g_hash_table_steal (self->groups, entry->key);
          g_hash_table_insert (self->groups, ((Entry *) group->pdata[0])->key, group);
        }
    }

  g_clear_pointer (&entry->key, g_free);
}

/* Notifies each figure that changed since @before. */
static void
publish (CrRosterSummary      *self,
         const CrRosterCounts *before,
         guint                 revision)
{
  g_object_freeze_notify (G_OBJECT (self));
  if (before->total != self->counts.total)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL]);
  for (CrRosterCount c = 0; c < CR_ROSTER_N_COUNTS; c++)
    if (before->counts[c] != self->counts.counts[c])
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNT_FIRST + c]);
  if (revision != self->revision)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVISION]);
  g_object_thaw_notify (G_OBJECT (self));
}

/* @creator changed: counted again. */
static void
recount (CrRosterSummary *self,
         CrCreator       *creator)
{
  CrRosterCounts before = self->counts;
  guint revision = self->revision;

  /* From the end: the rows read last are those most likely edited,
   * and an edit is a person's, once in a while. */
  for (guint i = self->entries->len; i > 0; i--)
    {
      Entry *entry = self->entries->pdata[i - 1];

      if (entry->creator == creator)
        {
          count_out (self, entry);
          count_in (self, entry);
          break;
        }
    }

  publish (self, &before, revision);
}

/* A creator of a model that is no roster notified a property. */
static void
creator_notify_cb (CrCreator       *creator,
                   GParamSpec      *pspec,
                   CrRosterSummary *self)
{
  const char *name = pspec->name;

  /* Only what is counted: not the shares, the answers or the edited
   * mark. */
  if (g_str_equal (name, "name") || g_str_equal (name, "role") ||
      g_str_equal (name, "close-call") || g_str_equal (name, "complete"))
    recount (self, creator);
}

static Entry *
entry_new (CrRosterSummary *self,
           CrCreator       *creator)
{
  Entry *entry = g_new0 (Entry, 1);

  entry->creator = g_object_ref (creator);
  entry->line = cr_creator_get_line (creator);
  if (self->roster == NULL)
    g_signal_connect (creator, "notify", G_CALLBACK (creator_notify_cb), self);
  count_in (self, entry);

  return entry;
}

/* Lets go of @entry, counted out if @count_out. */
static void
entry_free (CrRosterSummary *self,
            Entry           *entry,
            gboolean         counted_out)
{
  if (counted_out)
    count_out (self, entry);
  else
    g_clear_pointer (&entry->key, g_free);
  if (self->roster == NULL)
    g_signal_handlers_disconnect_by_func (entry->creator, creator_notify_cb, self);
  g_object_unref (entry->creator);
  g_free (entry);
}

static void
items_changed_cb (GListModel      *model,
                  guint            position,
                  guint            removed,
                  guint            added,
                  CrRosterSummary *self)
{
  CrRosterCounts before = self->counts;
  guint revision = self->revision;

  for (guint i = 0; i < removed; i++)
    entry_free (self, self->entries->pdata[position + i], TRUE);
  g_ptr_array_remove_range (self->entries, position, removed);

  for (guint i = 0; i < added; i++)
    {
      g_autoptr(CrCreator) creator = g_list_model_get_item (model, position + i);

      g_ptr_array_insert (self->entries, (gint) (position + i), entry_new (self, creator));
    }

  publish (self, &before, revision);
}

static void
creator_changed_cb (CrRoster        *roster G_GNUC_UNUSED,
                    CrCreator       *creator,
                    CrRosterSummary *self)
{
  recount (self, creator);
}

/* Lets go of the model, and of every figure at once. */
static void
clear_model (CrRosterSummary *self)
{
  if (self->model == NULL)
    return;

  g_signal_handlers_disconnect_by_func (self->model, items_changed_cb, self);
  if (self->roster != NULL)
    g_signal_handlers_disconnect_by_func (self->roster, creator_changed_cb, self);
  g_hash_table_remove_all (self->groups);
  g_hash_table_remove_all (self->singles);
  for (guint i = 0; i < self->entries->len; i++)
    entry_free (self, self->entries->pdata[i], FALSE);
  g_ptr_array_set_size (self->entries, 0);
  memset (&self->counts, 0, sizeof self->counts);
  self->roster = NULL;
  g_clear_object (&self->model);
}

/**
 * cr_roster_summary_set_model:
 * @model: (nullable): a GListModel of CrCreator
 *
 * Sums up @model from now on, in place of the model before.
 */
void
cr_roster_summary_set_model (CrRosterSummary *self,
                             GListModel      *model)
{
  CrRosterCounts before;
  guint revision;
  guint n;

  g_return_if_fail (CR_IS_ROSTER_SUMMARY (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (model == self->model)
    return;

  before = self->counts;
  revision = self->revision;
  clear_model (self);

  if (model != NULL)
    {
      self->model = g_object_ref (model);
      g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), self);
      if (CR_IS_ROSTER (model))
        {
          self->roster = CR_ROSTER (model);
          g_signal_connect (model, "creator-changed", G_CALLBACK (creator_changed_cb), self);
        }
      n = g_list_model_get_n_items (model);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CrCreator) creator = g_list_model_get_item (model, i);

          g_ptr_array_add (self->entries, entry_new (self, creator));
        }
    }

  /* Which rows share a name is all new. */
  self->revision++;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
  publish (self, &before, revision);
}

/**
 * cr_roster_summary_get_counts:
 * @counts: (out): every figure, as it is now
 */
void
cr_roster_summary_get_counts (CrRosterSummary *self,
                              CrRosterCounts  *counts)
{
  g_return_if_fail (CR_IS_ROSTER_SUMMARY (self));
  g_return_if_fail (counts != NULL);

  *counts = self->counts;
}

guint
cr_roster_summary_get_count (CrRosterSummary *self,
                             CrRosterCount    count)
{
  g_return_val_if_fail (CR_IS_ROSTER_SUMMARY (self), 0);
  g_return_val_if_fail (count < CR_ROSTER_N_COUNTS, 0);

  return self->counts.counts[count];
}

guint
cr_roster_summary_get_total (CrRosterSummary *self)
{
  g_return_val_if_fail (CR_IS_ROSTER_SUMMARY (self), 0);

  return self->counts.total;
}

/**
 * cr_roster_summary_get_revision:
 *
 * Returns: a number that changes (and #CrRosterSummary:revision is
 *   notified) whenever which rows share a name may have changed
 */
guint
cr_roster_summary_get_revision (CrRosterSummary *self)
{
  g_return_val_if_fail (CR_IS_ROSTER_SUMMARY (self), 0);

  return self->revision;
}

/**
 * cr_roster_summary_get_same_name:
 * @creator: a creator of the model
 * @lines: (out) (array length=max_lines) (optional): the lines of the
 *   other rows with the same name, in order, up to @max_lines of them
 *
 * Returns: how many other rows have @creator's name
 */
guint
cr_roster_summary_get_same_name (CrRosterSummary *self,
                                 CrCreator       *creator,
                                 guint64         *lines,
                                 guint            max_lines)
{
  g_autofree char *key = NULL;
  GPtrArray *group;
  Entry *entry = NULL;
  guint n = 0;

  g_return_val_if_fail (CR_IS_ROSTER_SUMMARY (self), 0);
  g_return_val_if_fail (CR_IS_CREATOR (creator), 0);

  key = cr_roster_name_dup_key (cr_creator_get_name (creator));
  if (key == NULL || (group = g_hash_table_lookup (self->groups, key)) == NULL ||
      group->len < 2)
    return 0;

  for (guint i = 0; i < group->len; i++)
    {
      Entry *other = group->pdata[i];

      if (other->creator == creator)
        {
          entry = other;
          continue;
        }
      if (lines != NULL && n < max_lines)
        lines[n] = other->line;
      n++;
    }

  return entry != NULL ? n : 0;
}

/**
 * cr_roster_summary_dup_same_name_text:
 *
 * Returns: (transfer full) (nullable): what a row says when its name is
 *   on another row too, e.g. “Name also on line 12”, or %NULL
 */
char *
cr_roster_summary_dup_same_name_text (CrRosterSummary *self,
                                      CrCreator       *creator)
{
  guint64 line;
  guint n = cr_roster_summary_get_same_name (self, creator, &line, 1);
  g_autofree char *number = NULL;

  if (n == 0)
    return NULL;

  number = g_strdup_printf ("%" G_GUINT64_FORMAT, line);
  if (n == 1)
    /* Translators: beside a roster row whose name another row has too,
     * e.g. “Name also on line 12” */
    return g_strdup_printf (_("Name also on line %s"), number);

  /* Translators: beside a roster row whose name several other rows have
   * too, e.g. “Name also on line 12 and 2 more rows” */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Name also on line %s and %u more row",
                                       "Name also on line %s and %u more rows", n - 1),
                          number, n - 1);
}

/* The sheet. */

/**
 * cr_roster_summary_sheet_new:
 * @chart_png: (nullable): the chart, as a PNG file's bytes
 *
 * Returns: (transfer full): the figures with their words, translated now
 */
CrRosterSummarySheet *
cr_roster_summary_sheet_new (const CrRosterCounts *counts,
                             GBytes               *chart_png)
{
  CrRosterSummarySheet *sheet;
  const char *title;

  g_return_val_if_fail (counts != NULL, NULL);

  sheet = g_new0 (CrRosterSummarySheet, 1);

  /* Translators: the name of a workbook's sheet that sums up its roster;
   * at most 31 characters */
  title = _("Summary");
  sheet->title = g_utf8_substring (title, 0, MIN (g_utf8_strlen (title, -1), 31));
  /* Translators: in a roster's summary sheet, the number of creators */
  sheet->total_label = g_strdup (_("Creators"));
  for (CrRosterCount c = 0; c < CR_ROSTER_N_COUNTS; c++)
    sheet->labels[c] = g_strdup (cr_roster_count_get_label (c));
  sheet->counts = *counts;
  sheet->chart_png = chart_png != NULL ? g_bytes_ref (chart_png) : NULL;

  return sheet;
}

CrRosterSummarySheet *
cr_roster_summary_sheet_copy (const CrRosterSummarySheet *sheet)
{
  CrRosterSummarySheet *copy;

  g_return_val_if_fail (sheet != NULL, NULL);

  copy = g_new0 (CrRosterSummarySheet, 1);
  copy->title = g_strdup (sheet->title);
  copy->total_label = g_strdup (sheet->total_label);
  for (CrRosterCount c = 0; c < CR_ROSTER_N_COUNTS; c++)
    copy->labels[c] = g_strdup (sheet->labels[c]);
  copy->counts = sheet->counts;
  copy->chart_png = sheet->chart_png != NULL ? g_bytes_ref (sheet->chart_png) : NULL;

  return copy;
}

void
cr_roster_summary_sheet_free (CrRosterSummarySheet *sheet)
{
  if (sheet == NULL)
    return;

  g_free (sheet->title);
  g_free (sheet->total_label);
  for (CrRosterCount c = 0; c < CR_ROSTER_N_COUNTS; c++)
    g_free (sheet->labels[c]);
  g_clear_pointer (&sheet->chart_png, g_bytes_unref);
  g_free (sheet);
}

/* The type. */

/**
 * cr_roster_summary_new:
 * @model: (nullable): a GListModel of CrCreator, a CrRoster
 */
CrRosterSummary *
cr_roster_summary_new (GListModel *model)
{
  return g_object_new (CR_TYPE_ROSTER_SUMMARY, "model", model, NULL);
}

static void
cr_roster_summary_dispose (GObject *object)
{
  CrRosterSummary *self = CR_ROSTER_SUMMARY (object);

  clear_model (self);

  G_OBJECT_CLASS (cr_roster_summary_parent_class)->dispose (object);
}

static void
cr_roster_summary_finalize (GObject *object)
{
  CrRosterSummary *self = CR_ROSTER_SUMMARY (object);

  g_ptr_array_unref (self->entries);
  g_hash_table_unref (self->groups);
  g_hash_table_unref (self->singles);

  G_OBJECT_CLASS (cr_roster_summary_parent_class)->finalize (object);
}

static void
cr_roster_summary_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CrRosterSummary *self = CR_ROSTER_SUMMARY (object);

  if (prop_id >= PROP_COUNT_FIRST && prop_id < N_PROPS)
    {
      g_value_set_uint (value, self->counts.counts[prop_id - PROP_COUNT_FIRST]);
      return;
    }

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;

    case PROP_TOTAL:
      g_value_set_uint (value, self->counts.total);
      break;

    case PROP_REVISION:
      g_value_set_uint (value, self->revision);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_roster_summary_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CrRosterSummary *self = CR_ROSTER_SUMMARY (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      cr_roster_summary_set_model (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_roster_summary_class_init (CrRosterSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cr_roster_summary_dispose;
  object_class->finalize = cr_roster_summary_finalize;
  object_class->get_property = cr_roster_summary_get_property;
  object_class->set_property = cr_roster_summary_set_property;

  /**
   * CrRosterSummary:model:
   *
   * The creators summed up.
   */
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CrRosterSummary:total:
   *
   * How many creators the model has.
   */
  properties[PROP_TOTAL] =
    g_param_spec_uint ("total", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CrRosterSummary:revision:
   *
   * See cr_roster_summary_get_revision().
   */
  properties[PROP_REVISION] =
    g_param_spec_uint ("revision", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* One a figure, named by its id: "influencer", "close-calls"… */
  for (CrRosterCount c = 0; c < CR_ROSTER_N_COUNTS; c++)
    properties[PROP_COUNT_FIRST + c] =
      g_param_spec_uint (count_ids[c], NULL, NULL, 0, G_MAXUINT, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cr_roster_summary_init (CrRosterSummary *self)
{
  self->entries = g_ptr_array_new ();
  self->singles = g_hash_table_new (g_str_hash, g_str_equal);
  self->groups = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                        (GDestroyNotify) g_ptr_array_unref);
}
