/* A sheet of cells as a spreadsheet shows it: rows with their row numbers,
 * cells as text with numbers marked, read from CSV or an XLSX worksheet. */
#ifndef LR_TGRID_H
#define LR_TGRID_H

#include <stddef.h>

#include "util/util.h"

/* One cell: its text (UTF-8, NFC; "" when empty) and whether the file
 * stores it as a number (an XLSX numeric cell), which Excel may have
 * damaged (leading zeros, scientific notation). */
typedef struct lr_cell {
	char *text;
	int number;
} lr_cell;

/* One row: n is the row number as Excel shows it (the line for CSV). */
typedef struct lr_grow {
	long n;
	int ncells;
	lr_cell *cells;
} lr_grow;

/* A sheet, or a window on one read a part at a time: rows are indexed
 * from the sheet's first (index 0) whatever was dropped.  Read-only for
 * its users once read; free with lr_tgrid_free(). */
typedef struct lr_tgrid {
	char *sheet;		/* the worksheet's name; NULL for CSV */
	lr_grow *rows;		/* the rows held, from index base, in order */
	size_t nrows, cap;	/* rows held */
	size_t base;		/* the index of rows[0]: rows dropped before it */
	int ncols;		/* the widest row */
} lr_tgrid;

/* The index after the last row read. */
size_t lr_tgrid_end(const lr_tgrid *g);

/* The row at index r, which must be held (base <= r < end). */
const lr_grow *lr_tgrid_row(const lr_tgrid *g, size_t r);

/* Free the rows before index upto; they are no longer held. */
void lr_tgrid_drop(lr_tgrid *g, size_t upto);

/* An empty sheet named sheet (NULL for none).  NULL when out of memory. */
lr_tgrid *lr_tgrid_new(const char *sheet);

/* Put a copy of text in column col (0-based) of row n, which must be the
 * last row added or a new one after it.  Returns 0, or -1 when out of
 * memory. */
int lr_tgrid_put(lr_tgrid *g, long n, int col, const char *text, int number);

/* The cell at row index r, column c; an empty cell when there is none
 * or row r is not held (borrowed from g). */
const lr_cell *lr_tgrid_cell(const lr_tgrid *g, size_t r, int c);

/* Copy the top-left cell of the merged range rows n0..n1, columns c0..c1
 * (Excel numbers and 0-based columns) into the range's other cells that
 * exist in g.  Returns 0, or -1 when out of memory. */
int lr_tgrid_merge(lr_tgrid *g, long n0, int c0, long n1, int c1);

/* Put a copy of text in the empty cells of columns c0..c1 (0-based) of
 * row number n when it is the last row added (a merged range streamed a
 * row at a time).  Returns 0, or -1 when out of memory. */
int lr_tgrid_fill(lr_tgrid *g, long n, int c0, int c1, const char *text,
    int number);

/* The rows of the CSV file at path (encoding and delim as for
 * lr_csvin_open() and lr_csvin_set_delim()); blank rows left out.  Returns
 * NULL with err set (naming the file, and "path:line: " for a bad row)
 * when it cannot be read. */
lr_tgrid *lr_tgrid_read_csv(const char *path, const char *encoding, int delim,
    lr_err *err);

/* A CSV file read a part at a time. */
typedef struct lr_tcsv lr_tcsv;

/* Open the CSV file at path as for lr_tgrid_read_csv().  NULL with err
 * set. */
lr_tcsv *lr_tcsv_open(const char *path, const char *encoding, int delim,
    lr_err *err);

/* Add up to n more non-blank rows of s to g.  Returns how many (0 at the
 * end), or -1 with err set as for lr_tgrid_read_csv(). */
long lr_tcsv_more(lr_tcsv *s, lr_tgrid *g, size_t n, lr_err *err);

/* Close s (NULL allowed). */
void lr_tcsv_close(lr_tcsv *s);

/* Free g (NULL allowed). */
void lr_tgrid_free(lr_tgrid *g);

#endif
