/* The cells of a ruled table's narrow numeric columns, read again one by
 * one.
 *
 * Read as a whole page, a ruled table's narrow columns of numbers (sheet
 * and parcel numbers, areas "1.234,5", birth years, ID numbers) come back
 * damaged: digits of two cells merged over the rule between them ("14"
 * and "91" read "1491"), a separator lost, a digit misread in an unusual
 * face.  Each such cell, cut out of the page between its rules, is read
 * again as one line of figures, and its words replaced by that reading
 * when it is surer or when the first reading ran over the cell's
 * borders. */
#ifndef LR_CELLS_H
#define LR_CELLS_H

#include <leptonica/allheaders.h>

#include "engine.h"
#include "record/record.h"

/* A cell to read again: the words first .. first + n - 1 of line line of
 * the page (n 0: none of the line's words stands in it, but one runs into
 * it from a cell beside it), and the box of the cell around them. */
typedef struct lr_cell {
	int line;		/* the line of the page, an index into lines */
	int first, n;		/* its words in that line */
	int box[4];		/* x, y, w, h in the page's pixels, inside the
				 * cell's rules */
	int crossed;		/* a word of the line runs over its borders */
} lr_cell;

/* The cells of p (borrowed) to read again, up to max of them, into out:
 * those of the narrow columns between p's vertical rules (a quarter of the
 * page wide at most) whose cells mostly hold figures, for each line of p
 * that has words in such a column, when the words there are figures, or
 * scraps read with a low confidence in a line of figures ("))" for "22"),
 * or one of the line's words runs over the column's rules; and for each
 * line of figures in two such columns or more, where it has no word in
 * another (a figure the page's reading lost).  A page without
 * vertical rules has none.  Returns how many are in out. */
int lr_cells_find(const lr_page_words *p, lr_cell *out, int max);

/* Read the cells lr_cells_find() gives of p again from page (borrowed; the
 * cleaned page p's words were read from, 1 or 8 bpp, its rules taken
 * away or not) with e, one line of figures each (digits , . / and space),
 * within timeout_ms (0: no limit), and put the reading of a cell in the
 * place of its words when it is surer than they were, or when they hold
 * a character no figure has, or ran over the cell's borders (where the
 * cell had none, when it is sure) (the cells a word ran over are then read
 * together, and none of them changed unless all were read).  The new
 * words' boxes are in p's pixels, inside their cell.  Returns the number
 * of cells whose words were replaced, or -1 with err set when out of
 * memory. */
int lr_cells_reread(lr_ocr *e, PIX *page, lr_page_words *p, int timeout_ms,
    lr_err *err);

#endif
