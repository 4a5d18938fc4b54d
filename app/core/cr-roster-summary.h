/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-roster-summary.h: what a roster adds up to, for a client to be shown:
 * how many creators of each verdict, close calls, unanswered questions,
 * and names that appear on more than one row
 */
#pragma once

#include <gio/gio.h>

#include "cr-creator.h"

G_BEGIN_DECLS

/* The figures of a summary, in the order they are shown. */
typedef enum
{
  /* One a verdict, in the order of CrRole: the three roles, "Neither,
   * yet" and no verdict. */
  CR_ROSTER_COUNT_INFLUENCER,
  CR_ROSTER_COUNT_AMBASSADOR,
  CR_ROSTER_COUNT_CONTRACTED_AMBASSADOR,
  CR_ROSTER_COUNT_NONE,
  CR_ROSTER_COUNT_UNDECIDED,
  CR_ROSTER_COUNT_CLOSE_CALLS,
  /* Creators with a question left unanswered. */
  CR_ROSTER_COUNT_INCOMPLETE,
  /* Names (compared without case, once normalised) on more than one row,
   * and the rows that have them. */
  CR_ROSTER_COUNT_DUPLICATE_NAMES,
  CR_ROSTER_COUNT_DUPLICATE_ROWS,
  CR_ROSTER_N_COUNTS,
} CrRosterCount;

/* The verdicts' figures are the first CR_ROSTER_N_VERDICTS. */
#define CR_ROSTER_N_VERDICTS (CR_ROLE_UNDECIDED + 1)

typedef struct
{
  /* Every creator of the roster. */
  guint total;
  guint counts[CR_ROSTER_N_COUNTS];
} CrRosterCounts;

const char *cr_roster_count_to_id      (CrRosterCount         count);
const char *cr_roster_count_get_label  (CrRosterCount         count);
char       *cr_roster_counts_dup_text  (const CrRosterCounts *counts);
char       *cr_roster_name_dup_key     (const char           *name);

#define CR_TYPE_ROSTER_SUMMARY (cr_roster_summary_get_type ())
G_DECLARE_FINAL_TYPE (CrRosterSummary, cr_roster_summary, CR, ROSTER_SUMMARY, GObject)

CrRosterSummary *cr_roster_summary_new          (GListModel      *model);
void             cr_roster_summary_set_model    (CrRosterSummary *self,
                                                 GListModel      *model);
void             cr_roster_summary_get_counts   (CrRosterSummary *self,
                                                 CrRosterCounts  *counts);
guint            cr_roster_summary_get_count    (CrRosterSummary *self,
                                                 CrRosterCount    count);
guint            cr_roster_summary_get_total    (CrRosterSummary *self);
guint            cr_roster_summary_get_revision (CrRosterSummary *self);
guint            cr_roster_summary_get_same_name (CrRosterSummary *self,
                                                  CrCreator       *creator,
                                                  guint64         *lines,
                                                  guint            max_lines);
char            *cr_roster_summary_dup_same_name_text (CrRosterSummary *self,
                                                       CrCreator       *creator);

/* The summary as a spreadsheet's sheet: its figures with their words, in
 * the language current when it is made, and its chart as a PNG image, so
 * that a writer in another thread translates nothing. */
typedef struct _CrRosterSummarySheet
{
  char           *title;
  char           *labels[CR_ROSTER_N_COUNTS];
  char           *total_label;
  CrRosterCounts  counts;
  GBytes         *chart_png;
} CrRosterSummarySheet;

CrRosterSummarySheet *cr_roster_summary_sheet_new  (const CrRosterCounts *counts,
                                                    GBytes               *chart_png);
CrRosterSummarySheet *cr_roster_summary_sheet_copy (const CrRosterSummarySheet *sheet);
void                  cr_roster_summary_sheet_free (CrRosterSummarySheet *sheet);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrRosterSummarySheet, cr_roster_summary_sheet_free)

G_END_DECLS
