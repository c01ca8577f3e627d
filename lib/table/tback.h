/* A register written back for the clerks who keep it in Excel: each sheet
 * with its original cells at their own row numbers, then columns with the
 * cleaned values, the 12-digit personal ID linked, the row's status and
 * the problems found in it; a summary sheet first.  XLSX through
 * libxlsxwriter in constant memory (rows written in order). */
#ifndef LR_TBACK_H
#define LR_TBACK_H

#include <jansson.h>

#include "tmap.h"

/* A workbook being written. */
typedef struct lr_tback lr_tback;

/* Start the workbook path (the caller makes it atomic: give it a temporary
 * name and rename it after lr_tback_close()).  NULL with err set. */
lr_tback *lr_tback_new(const char *path, lr_err *err);

/* Note the values of rec (a record of table-import, or the same record
 * after parcel-match: borrowed) under its rows, for the next sheet
 * written.  Returns 0, or -1 when out of memory. */
int lr_tback_add(lr_tback *b, const json_t *rec);

/* Write sheet g of file source (its table found as m) with the values
 * noted since the last sheet, then forget them.  Returns 0, or -1 with err
 * set. */
int lr_tback_sheet(lr_tback *b, const lr_tgrid *g, const lr_tmap *m,
    const char *source, lr_err *err);

/* Write the summary, close the file and free b.  Returns 0, or -1 with
 * err set (the file is then incomplete). */
int lr_tback_close(lr_tback *b, lr_err *err);

/* Free b without finishing the file (NULL allowed). */
void lr_tback_free(lr_tback *b);

#endif
