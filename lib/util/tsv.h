/* Tab-separated sheets: cells escaped so that a value may hold any text.
 * In a cell, backslash is written \\, tab \t, newline \n, carriage
 * return \r; nothing else is escaped. */
#ifndef LR_TSV_H
#define LR_TSV_H

#include <stdio.h>

#include "err.h"

/* Write s (NULL: empty) escaped to fp, followed by sep (a tab, a newline,
 * or 0 for nothing). */
void lr_tsv_put(FILE *fp, const char *s, int sep);

/* Split line (modified in place; no newline) into at most max cells at
 * tabs, unescaping each; cells[i] point into line.  Returns the number of
 * cells (more than max when there were more), or -1 when a cell holds an
 * unknown escape or a trailing backslash. */
int lr_tsv_split(char *line, char **cells, int max);

/* Called with the cells of each data line (at most 4) and ctx; returns 0
 * to go on, or -1 with err set to stop. */
typedef int (*lr_tsv_row)(void *ctx, char **cells, int n, lr_err *err);

/* Read the data file at path (the .tsv files of schemas/: cells split at
 * tabs, not escaped; lines starting with # and blank lines skipped) and call
 * fn for each line.  Returns 0, or -1 with err set, naming the file and
 * line when fn failed. */
int lr_tsv_read_data(const char *path, lr_tsv_row fn, void *ctx, lr_err *err);

#endif
