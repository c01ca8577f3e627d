/* Field extraction internals: a table being read (table.c finds headers
 * and lines, table-head.c reads a header's columns, table-geo.c cells by
 * their geometry, row.c reads rows, table-check.c checks the table). */
#ifndef LR_TABLE_INT_H
#define LR_TABLE_INT_H

#include "extract-private.h"

#define LR_TAB_MAXCOL 16
#define LR_TAB_MAXLOST 32

struct lr_table {
	int cols[LR_TAB_MAXCOL], ncol;	/* column labels, enum lr_lab */
	int ha[LR_TAB_MAXCOL];		/* per column: areas in hectares */
	char use[LR_TAB_MAXCOL][4];	/* per column: the land use of the
					 * areas in it ("ONT" heading one
					 * area column per use), or "" */
	int prev_owner;			/* holder of the row above, or -1 */
	int first_parcel;		/* the parcel of the first row */
	int rows, damaged, gaps;	/* rows read, with damage, misnumbered */
	int bad_area, nbad_area;	/* a parcel with a doubtful area; how many */
	double total;			/* the printed total area, or -1 */
	int geo;			/* cells found by their geometry (2:
					 * drawn by rules) */
	int households;			/* its holders' column is headed "Hộ
					 * ..." ("Hộ ông (bà)"): households */
	int page;			/* the page its header is on */
	int ndec[3], dots;		/* well-formed areas with 0, 1, 2
					 * decimals; with a thousands dot */
	int zeros;			/* well-formed areas whose decimals
					 * are zeros ("299,0") */
	int lost[LR_TAB_MAXLOST], nlost; /* parcels whose area lost its
					 * separators ("53028", "5.4041") */
	double lostv[LR_TAB_MAXLOST];	/* their digits as one number */
	int lost_dec[LR_TAB_MAXLOST];	/* the decimals a thousands group
					 * of more than three digits shows
					 * ("5.4041": 1), else 0 */
	int short_lost[LR_TAB_MAXLOST];	/* 1: a short whole number read
					 * well-formed ("967"), lost only
					 * when the total says so */
	int odd, nodd;			/* a doubtful area not among the
					 * lost; how many */
	int odds[LR_TAB_MAXLOST];	/* those doubtful areas (the first */
	int odd_dec[LR_TAB_MAXLOST];	/* LR_TAB_MAXLOST), their decimals */
};

/* Has token k letters or digits (is it more than a stray mark)? */
int lr_tab_content(const lr_tok *k);
/* Is line [a, b) a row of tb: a row number, or a name, numbers and a
 * land-use code (under a header, tb->ncol > 0, one number will do: OCR
 * lost the others; and specks may come before the name)? */
int lr_tab_is_row(const lr_xctx *c, const struct lr_table *tb, int a, int b);
/* Read row [a, b) of tb into a new parcel (and its owner). */
void lr_tab_row(lr_xctx *c, struct lr_table *tb, int a, int b);
/* The same with the cells known: cell k runs from token starts[k] to
 * starts[k + 1] - 1 (a separator); NULL: cells found by their types. */
void lr_tab_row_cut(lr_xctx *c, struct lr_table *tb, int a, int b,
    const int *starts);
/* The column labels of the line of words [a, b) in cols (LR_TAB_MAXCOL),
 * read word by word whatever else the line holds: of the runs of up to
 * four words from each word, the longest that names a column
 * (table-columns.tsv), a label repeated next to itself counted once; the
 * token each starts at in at (may be NULL).  How many (table-head.c). */
int lr_tab_head_words(const lr_xctx *c, int a, int b, int *cols, int *at);
/* Do tokens [i, e), a cell, name a parcel with labels, "Tờ bản đồ số 31,
 * thửa số 316" (either order)?  The tokens of its sheet and number in
 * *sheet and *num (-1 when not) (row.c). */
int lr_tab_located(const lr_xctx *c, int i, int e, int *sheet, int *num);
/* Do tokens [a, e) start with an article and its number ("Điều 2."; not
 * the surname "Điêu" OCR reads alike) (table-head.c)? */
int lr_tab_article(const lr_xctx *c, int a, int e);
/* The columns of the header line [a, b) into cols (LR_TAB_MAXCOL), their
 * count; 0 when it is no header of a table of parcels (table-head.c). */
int lr_tab_header(const lr_xctx *c, int a, int b, int *cols);
/* The columns a header of two or three lines names, line [a, b) its first
 * (no line of it a header alone: OCR damaged the labels of one, "Thửa ,Ở
 * pin !ừ Sang" over "TT Họ và tên ... đất bản tích (m²) loại"): the labels
 * of its lines together, in cols; how many when they name a holders'
 * column (STT, name) and make a header, else 0.  Which column is which is
 * the geometry's to say (lr_x_geo_unruled) (table-head.c). */
int lr_tab_stacked_header(const lr_xctx *c, int a, int b, int *cols);
/* Where the header row of line a (its lines within a word's height of
 * it) repeats its first two words ("STT Họ ... STT Họ ...", at a greater
 * x, a word's height or more right of the words before): the x between
 * two tables side by side, else -1 (table-head.c). */
int lr_tab_repeat_at(const lr_xctx *c, int a);
/* The tokens [*a, *b) of the line starting at token from. */
void lr_tab_line_range(const lr_toks *t, int from, int *a, int *b);
/* The column label (enum lr_lab) a header cell [a, b) names, with *ha set
 * when it gives areas in hectares; -1 when none. */
int lr_tab_column(const lr_xctx *c, int a, int b, int *ha);
/* Is the header with columns cols[0..n), known of them named, a table of
 * parcels?  n when it is, else 0. */
int lr_tab_header_ok(const int *cols, int n, int known);
/* Tables found by their geometry (table-geo.c): ruled grids and unruled
 * columns; their lines are marked in c->in_table. */
void lr_x_geo_tables(lr_xctx *c);
/* An unruled table left open for its rows on the next page (table-geo.c):
 * NULL before the first, closed by lr_x_geo_close(). */
struct lr_tab_open;
/* Read the unruled table whose header line starts at token a by the
 * columns its words line up in; 1 when it was read (its lines marked in
 * c->in_table), 0 when it is left to the reader of lines.  A table under
 * the same header at the top of the next page goes on with the table *o
 * left open (made when NULL; the caller's, for lr_x_geo_close()). */
int lr_x_geo_unruled(lr_xctx *c, int a, struct lr_tab_open **o);
/* Numbered lists of holders whose parcels stand apart in a column of
 * their own, read as tables (table-list.c); their lines are marked in
 * c->in_table. */
void lr_x_list_tables(lr_xctx *c);
/* Check the table *o left open, free it, set *o NULL. */
void lr_x_geo_close(lr_xctx *c, struct lr_tab_open **o);
/* If line [a, b) is the total line ("Tổng cộng ... 9.236,3"), note the
 * total in tb and return 1; else 0. */
int lr_tab_total(const lr_xctx *c, struct lr_table *tb, int a, int b);
/* Areas whose separators OCR lost, read again with the decimals of the
 * column's well-formed areas ("53028" among "2.974,2" and "3.489,6" is
 * 5302,8), else with those that make the table's areas add up to its
 * total or the area Điều 1 states, each put under review. */
void lr_tab_area_repair(lr_xctx *c, struct lr_table *tb);
/* The area Điều 1 states ("Thu hồi 7.620,6 m² đất", "tổng diện tích
 * 14.692,8 m²"): its first number with a unit, read clean; -1 when none. */
double lr_tab_stated_area(const lr_xctx *c);
/* Flag table tb whole for why: one review entry naming its page and
 * columns, standing for its parcels and holders, whose confidences are
 * lowered. */
void lr_tab_flag(lr_xctx *c, const struct lr_table *tb, const char *why);
/* Why a header with columns cols[0..n), known of them named, is no table
 * of parcels ("no sheet or parcel-number column"); NULL when it is one. */
const char *lr_tab_header_why(const int *cols, int n, int known);
/* The land use the sentence before table tb says once for all its rows
 * ("Thu hồi đất trồng lúa (LUC) của các hộ sau:"; the lines of its
 * article before token a, the table's first) given to its parcels that
 * have none; nothing when it names none or several. */
void lr_tab_use_said(lr_xctx *c, const struct lr_table *tb, int a);
/* Checks once the rows of tb are read: areas against the total, row
 * numbers, damaged rows, the counts Điều 1 announces. */
void lr_tab_checks(lr_xctx *c, struct lr_table *tb);

#endif
