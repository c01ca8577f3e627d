/* Field extraction internals: a table being read (table.c finds headers
 * and lines, row.c reads rows, table-check.c checks the table). */
#ifndef LR_TABLE_INT_H
#define LR_TABLE_INT_H

#include "extract-private.h"

#define LR_TAB_MAXCOL 16

struct lr_table {
	int cols[LR_TAB_MAXCOL], ncol;	/* column labels, enum lr_lab */
	int prev_owner;			/* holder of the row above, or -1 */
	int first_parcel;		/* the parcel of the first row */
	int rows, damaged, gaps;	/* rows read, with damage, misnumbered */
	int bad_area, nbad_area;	/* a parcel with a doubtful area; how many */
	double total;			/* the printed total area, or -1 */
};

/* Has token k letters or digits (is it more than a stray mark)? */
int lr_tab_content(const lr_tok *k);
/* Is line [a, b) a row of tb: a row number, or a name, numbers and a
 * land-use code? */
int lr_tab_is_row(const lr_xctx *c, const struct lr_table *tb, int a, int b);
/* Read row [a, b) of tb into a new parcel (and its owner). */
void lr_tab_row(lr_xctx *c, struct lr_table *tb, int a, int b);
/* If line [a, b) is the total line ("Tổng cộng ... 9.236,3"), note the
 * total in tb and return 1; else 0. */
int lr_tab_total(const lr_xctx *c, struct lr_table *tb, int a, int b);
/* Checks once the rows of tb are read: areas against the total, row
 * numbers, damaged rows, the counts Điều 1 announces. */
void lr_tab_checks(lr_xctx *c, struct lr_table *tb);

#endif
