/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-roster-private.h: what a roster and its creators share
 *
 * A creator read from a file keeps its row's text, and knows its roster,
 * which it tells when it is first edited; the roster writes the row back
 * as it was until then.
 */
#pragma once

#include "cr-roster.h"

G_BEGIN_DECLS

/* What a roster read from a file keeps of its text, beside its rows'. */
typedef struct
{
  /* CSV: the header row as read, a byte-order mark and blank rows before
   * it included; "" for JSON Lines. NULL for a roster not read. */
  char  *header;
  /* What follows the last row. */
  char  *tail;
  char   separator;
  /* What each CSV column holds (_cr_roster_reader_get_columns()). */
  int   *columns;
  guint  n_columns;
} CrRosterText;

void          _cr_roster_text_clear     (CrRosterText *text);

/* cr-creator.c */
void         _cr_creator_set_text      (CrCreator  *self,
                                        char       *text,
                                        guint       gap);
const char  *_cr_creator_get_text      (CrCreator  *self,
                                        guint      *gap);
void         _cr_creator_set_roster    (CrCreator  *self,
                                        CrRoster   *roster);
CrRoster    *_cr_creator_get_roster    (CrCreator  *self);
void         _cr_creator_clear_edited  (CrCreator  *self);

/* cr-roster.c */
void         _cr_roster_creator_edited (CrRoster   *self,
                                        CrCreator  *creator);
void         _cr_roster_creator_changed (CrRoster  *self,
                                         CrCreator *creator);
void         _cr_roster_clear_modified (CrRoster   *self);
CrRosterText *_cr_roster_get_text      (CrRoster   *self);
GPtrArray   *_cr_roster_get_creators   (CrRoster   *self);

/* cr-roster-labels.c */
char        *_cr_roster_normalize_words     (const char *text,
                                             gssize      length);
gboolean     _cr_roster_match_question_text (const char *words,
                                             guint      *question);
gboolean     _cr_roster_match_option_label  (guint       question,
                                             const char *words,
                                             guint      *option);
const char  *_cr_roster_suggest_question    (const char *key);

/* cr-roster-columns.c */
void         _cr_roster_columns_set         (CrRosterColumns *columns,
                                             guint            column,
                                             const char      *header,
                                             int              question,
                                             CrRosterMatch    match,
                                             int              suggestion);
void         _cr_roster_columns_set_sample  (CrRosterColumns *columns,
                                             guint            column,
                                             const char      *cell,
                                             gsize            length);

/* cr-roster-read.c */
void         _cr_roster_reader_set_columns_only (CrRosterReader *reader);

G_END_DECLS
