/* CSV and TSV files read row by row with Debian's libcsv: quoted fields,
 * embedded delimiters and newlines, a UTF-8 byte-order mark. */
#ifndef LR_CSVFILE_H
#define LR_CSVFILE_H

#include <stddef.h>

#include "err.h"

/* An open CSV file. */
typedef struct lr_csv lr_csv;

/* Open path ("-" for stdin) with the field delimiter delim (',' or '\t').
 * Returns NULL with err set when it cannot be opened. */
lr_csv *lr_csv_open(const char *path, char delim, lr_err *err);

/* Read the next row: *fields points to its NUL-terminated fields (borrowed
 * until the next call).  Returns the number of fields, 0 at the end, or -1
 * with err set (naming the line) on a read or parse error. */
int lr_csv_next(lr_csv *c, char ***fields, lr_err *err);

/* The line on which the row last returned started (1-based). */
size_t lr_csv_line(const lr_csv *c);

/* Index of the column called name in a header row of n fields, or -1.  The
 * comparison ignores case and surrounding white space. */
int lr_csv_column(char *const *header, int n, const char *name);

/* Close the file and free c. */
void lr_csv_close(lr_csv *c);

#endif
