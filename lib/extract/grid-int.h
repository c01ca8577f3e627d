/* Field extraction internals: the geometry of tables (grid.c): grids from
 * a page's rules, columns from the alignment of word boxes, the cell of a
 * box.  Plain functions of boxes, so that they are tested on their own. */
#ifndef LR_GRID_INT_H
#define LR_GRID_INT_H

#include "record/record.h"

#define LR_GRID_MAX 64		/* the most edges a grid has either way */

/* A table's cells: columns between xs[k] and xs[k + 1], rows between ys[r]
 * and ys[r + 1], in the words' pixels. */
typedef struct lr_grid {
	int xs[LR_GRID_MAX], ys[LR_GRID_MAX];
	int ncol, nrow;
} lr_grid;

/* How far, in pixels, rules of page p (its words' pixels) may miss each
 * other and still be one grid's edge: a 150th of the page's width, else
 * 16 when its width is not known. */
int lr_grid_tol(const lr_page_words *p);

/* The grids drawn by rules r[0..n): rules that touch (within tol pixels)
 * make one table, of at least two columns and two rows; its outer edges
 * are those of its rules, so a missing border does not matter.  Three or
 * more vertical rules that no rule touches, their tops and bottoms level
 * (within tol), make a table ruled by its columns only: one row, the
 * caller cuts it into rows.  Up to max
 * in out, top-down in the order of their first rule; returns how many, or
 * -1 when out of memory. */
int lr_grids_of_rules(const lr_rule *r, int n, int tol, lr_grid *out,
    int max);

/* The cell of g the middle of box x, y, w, h falls in, in *row and *col;
 * -1 when it is outside g. */
int lr_grid_cell(const lr_grid *g, int x, int y, int w, int h, int *row,
    int *col);

/* Is the edge above row row of g drawn by a rule of r[0..n) (within tol
 * pixels of it) in some column but by none across the middle of column
 * col: the cells above and below it one cell, merged (a holder's name
 * beside its parcel rows)?  1 when so, else 0. */
int lr_grid_merged(const lr_grid *g, const lr_rule *r, int n, int tol,
    int row, int col);

/* Is row row of g one cell across: no vertical rule of r[0..n) inside
 * its outer edges (by more than tol) crosses its middle (a hamlet's or a
 * zone's name over the rows of its holders, "Thôn Hòa Bình")?  1 when
 * so, else 0. */
int lr_grid_spans(const lr_grid *g, const lr_rule *r, int n, int tol,
    int row);

/* The boxes rules r[0..n) draw side by side (holders' cards set two by
 * two): a box is closed by two vertical rules, their tops and bottoms
 * level (within tol), and a rule along its top that runs no further than
 * they do (a table's rules run across its columns); it stands side by side
 * when another box's rows overlap half of its own, apart from it in x.
 * Up to max of them in out, as boxes; returns how many. */
int lr_grid_boxes(const lr_rule *r, int n, int tol, lr_rule *out, int max);

/* The column edges of an unruled table whose words have the boxes
 * box[0..n) (only x and w count): the middle of every gap of at least
 * mingap pixels that no box covers, between the leftmost and rightmost
 * ink, in xs (up to max edges).  Returns the number of columns. */
int lr_grid_columns(const lr_rule *box, int n, int mingap, int *xs, int max);

/* The median of v[0..n), n > 0 (v is sorted). */
int lr_grid_median(int *v, int n);

#endif
