/* XLSX workbooks (Office Open XML spreadsheets): the zip read with libzip,
 * its parts (workbook, relationships, shared strings, worksheets) with
 * libxml2's streaming reader, each worksheet into an lr_tgrid. */
#ifndef LR_XLSX_H
#define LR_XLSX_H

#include "tgrid.h"

/* An open workbook. */
typedef struct lr_xlsx lr_xlsx;

/* Open the workbook at path and read its sheet list and shared strings.
 * Returns NULL with err set when it is not a readable XLSX file. */
lr_xlsx *lr_xlsx_open(const char *path, lr_err *err);

/* The number of worksheets. */
int lr_xlsx_sheets(const lr_xlsx *x);

/* The name of worksheet i (0-based; borrowed from x). */
const char *lr_xlsx_sheet_name(const lr_xlsx *x, int i);

/* Read worksheet i whole, its merged ranges filled with their top-left
 * value.
 * Returns a grid the caller frees, or NULL with err set. */
lr_tgrid *lr_xlsx_read(lr_xlsx *x, int i, lr_err *err);

/* A worksheet read a part at a time. */
typedef struct lr_xsheet lr_xsheet;

/* Open worksheet i of x (borrowed until closed) to read a part at a time.
 * A first pass over the part keeps its merged ranges only (they come
 * after the rows); the rows are then streamed, so memory does not grow
 * with them.  NULL with err set. */
lr_xsheet *lr_xsheet_open(lr_xlsx *x, int i, lr_err *err);

/* Add up to n more rows of s to g (whole rows, merged ranges filled
 * with their top-left value), fewer at the end.  Returns how many (0 at
 * the end), or -1 with err set. */
long lr_xsheet_more(lr_xsheet *s, lr_tgrid *g, size_t n, lr_err *err);

/* Close s (NULL allowed). */
void lr_xsheet_close(lr_xsheet *s);

/* Close x (NULL allowed). */
void lr_xlsx_close(lr_xlsx *x);

#endif
