/* Tab-separated sheets: cells escaped so that a value may hold any text.
 * In a cell, backslash is written \\, tab \t, newline \n, carriage
 * return \r; nothing else is escaped. */
#ifndef LR_TSV_H
#define LR_TSV_H

#include <stdio.h>

/* Write s (NULL: empty) escaped to fp, followed by sep (a tab, a newline,
 * or 0 for nothing). */
void lr_tsv_put(FILE *fp, const char *s, int sep);

/* Split line (modified in place; no newline) into at most max cells at
 * tabs, unescaping each; cells[i] point into line.  Returns the number of
 * cells (more than max when there were more), or -1 when a cell holds an
 * unknown escape or a trailing backslash. */
int lr_tsv_split(char *line, char **cells, int max);

#endif
