/* Field extraction, private: the reading order of a page's lines
 * (columns.c). */
#ifndef LR_COLUMNS_INT_H
#define LR_COLUMNS_INT_H

#include "record/record.h"

/* The order to read pg's lines in, into order[] (pg->nlines indices): as
 * they are, but for notes in the left margin (all their ink left of where
 * the text's lines start), which come after the text, and for a block of
 * prose set in two columns (a white gutter down all its lines, prose both
 * sides of it: "Điều 1. Giao đất ..." on the left, "Điều 2. ..." on the
 * right), whose left column's lines come before its right one's.  kind[]
 * (pg->nlines, the caller's) gets each line's kind: such a block's lines
 * are the body's, not a table's. */
void lr_x_line_order(const lr_page_words *pg, int *order,
    lr_block_kind *kind);

#endif
