/* Old Excel workbooks (.xls, BIFF8) read with FreeXL, each worksheet into
 * an lr_tgrid.  FreeXL gives no merged ranges: a merged label stands in its
 * first cell only, as in CSV. */
#ifndef LR_XLS_H
#define LR_XLS_H

#include "tgrid.h"

/* An open workbook. */
typedef struct lr_xls lr_xls;

/* Open the workbook at path.  NULL with err set when it is not a readable
 * .xls file (a password-protected one included). */
lr_xls *lr_xls_open(const char *path, lr_err *err);

/* The number of worksheets. */
int lr_xls_sheets(const lr_xls *x);

/* Read worksheet i (0-based).  A grid the caller frees, or NULL with err
 * set. */
lr_tgrid *lr_xls_read(lr_xls *x, int i, lr_err *err);

/* Close x (NULL allowed). */
void lr_xls_close(lr_xls *x);

#endif
