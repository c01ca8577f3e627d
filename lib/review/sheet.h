/* Correction sheets: the tab-separated file (see tsv.h for escaping) in
 * which a person corrects what OCR read and links owners to personal IDs.
 * Columns: id, field, value_read, corrected, candidates, reviewer, date;
 * the first line is that header. */
#ifndef LR_SHEET_H
#define LR_SHEET_H

#include <stdio.h>
#include <jansson.h>

#include "util/util.h"
#include "items.h"

/* The header line, without its newline. */
#define LR_SHEET_HEADER "id\tfield\tvalue_read\tcorrected\tcandidates\treviewer\tdate"

/* Write the header line to fp. */
void lr_sheet_write_header(FILE *fp);

/* Write one row per item of rec (from lr_items_of()) to fp: the value read,
 * an empty corrected column, and for owners the candidates as
 * "CITIZEN_ID (WEIGHT)" joined by ", ". */
void lr_sheet_write_rows(FILE *fp, const json_t *rec, const lr_item *items,
    size_t n);

/* The rows of a correction sheet that would unblock rec, which export-xml
 * refused for reasons ("owners[0].birth_year: missing", ...): a row for
 * each field a reason names, with the value read; and for an owner with no
 * citizen_id and match candidates, its owners[N].citizen_id row (a citizen
 * chosen there lets parcel-match take the missing birth year, sex and
 * address from the registry).  Each row is one string, without its
 * newline.  New reference; NULL when out of memory. */
json_t *lr_sheet_unblock_rows(const json_t *rec, const json_t *reasons);

/* Told of a problem on line of the sheet; msg names no personal ID. */
typedef void (*lr_sheet_fn)(size_t line, const char *msg, void *ctx);

/* A loaded sheet. */
typedef struct lr_sheet lr_sheet;

/* Load the sheet at path.  Malformed rows and repeated (id, field) rows are
 * told to fn and left out.  Returns NULL with err set when the file cannot
 * be read or does not start with the header. */
lr_sheet *lr_sheet_load(const char *path, lr_sheet_fn fn, void *ctx,
    lr_err *err);

/* Apply the rows for rec's id to rec: a corrected value replaces the value
 * at the row's field (typed as the old one); a corrected
 * owners[N].citizen_id links that owner with match status "manual"; a row
 * with a correction or a reviewer resolves the review items of its field
 * ("resolved": true, "reviewer", "date" when given, "value_read" when
 * corrected).  Rows naming an unknown field, or an ID that is not a 12-digit
 * personal ID, are told to fn and change nothing.  Returns how many rows
 * changed rec. */
int lr_sheet_apply(lr_sheet *s, json_t *rec, lr_sheet_fn fn, void *ctx);

/* Tell fn of every row whose id no record applied so far had.  Returns how
 * many there were. */
size_t lr_sheet_unused(const lr_sheet *s, lr_sheet_fn fn, void *ctx);

/* Free the sheet. */
void lr_sheet_free(lr_sheet *s);

#endif
