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

/* Read worksheet i, its merged ranges filled with their top-left value.
 * Returns a grid the caller frees, or NULL with err set. */
lr_tgrid *lr_xlsx_read(lr_xlsx *x, int i, lr_err *err);

/* Close x (NULL allowed). */
void lr_xlsx_close(lr_xlsx *x);

#endif
