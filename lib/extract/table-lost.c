/* Field extraction: tables the readers lost.  A line of table words (three
 * column labels or more, a sheet or parcel-number one among them, no
 * values) over rows of figures is a table, whatever its rules, a crease or
 * OCR made of it; when fewer parcels were read from its rows than it has,
 * it is put under review whole, its rows missing, so that the clerk is
 * told of every holder it lost. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract-private.h"
#include "table-int.h"

enum { MAX_ROWS = 128 };

/* A table found by its header and rows: its page, the header's columns
 * (the middle of each label's first word, and whether it holds a sheet,
 * a parcel number or an area), and the rows under it, each a band of
 * heights [y0, y1). */
struct found {
	int page, ncol, nrows, nparcel;
	int colx[LR_TAB_MAXCOL];
	char parcel[LR_TAB_MAXCOL];
	int y0[MAX_ROWS], y1[MAX_ROWS];
};

/* Is token k a figure: a digit, and at least as many digits as letters
 * ("1968", "[1872", "45406)", "19á"; not "thôn6a")? */
static int
figure(const lr_tok *k)
{
	int digits = 0, letters = 0;

	for (const char *p = k->key; *p != '\0'; p++)
		if (*p >= '0' && *p <= '9')
			digits++;
		else if (*p >= 'a' && *p <= 'z')
			letters++;
	return digits > 0 && digits >= letters;
}

/* How many figures line [a, b) holds. */
static int
figures(const lr_xctx *c, int a, int b)
{
	int n = 0;

	for (int j = a; j < b; j++)
		n += figure(&c->t->v[j]);
	return n;
}

/* Does column label lab say where a parcel is (sheet or number)? */
static int
parcel_label(int lab)
{
	return lab == LAB_P_NUMBER || lab == LAB_P_SHEET ||
	    lab == LAB_T_NUMSHEET || lab == LAB_T_SHEETNUM;
}

/* Is line [a, b) the header of a table: three column labels or more, one
 * of them a sheet or a parcel number, one a holder's ("STT", "Họ và
 * tên") unless sheet, number and area all are (a list of parcels), and
 * at most one figure?  Prose gives its labels their values, and names no
 * holders' column ("Địa chỉ thửa đất: tổ 13, ...").  Its columns into f. */
static int
head_line(const lr_xctx *c, int a, int b, struct found *f)
{
	int cols[LR_TAB_MAXCOL], at[LR_TAB_MAXCOL], parcel = 0, seen = 0;
	int n = lr_tab_head_words(c, a, b, cols, at);

	if (n < 3 || figures(c, a, b) > 1)
		return 0;
	for (int k = 0; k < n; k++) {
		parcel |= parcel_label(cols[k]);
		seen |= cols[k] == LAB_T_STT || cols[k] == LAB_T_NAME ? 8 :
		    cols[k] == LAB_P_SHEET ? 1 : cols[k] == LAB_P_NUMBER ? 2 :
		    cols[k] == LAB_P_AREA ? 4 : 0;
	}
	if (!parcel || (!(seen & 8) && (seen & 7) != 7))
		return 0;
	f->page = c->t->v[a].page, f->ncol = n, f->nrows = 0, f->nparcel = 0;
	for (int k = 0; k < n; k++) {
		const lr_tok *w = &c->t->v[at[k]];
		f->colx[k] = w->x + w->w / 2;
		f->parcel[k] = (char)(parcel_label(cols[k]) ||
		    cols[k] == LAB_P_AREA);
		f->nparcel += f->parcel[k];
	}
	return 1;
}

/* The header column of f whose label's first word stands nearest token
 * k's middle. */
static int
column_of(const struct found *f, const lr_tok *k)
{
	int col = 0, mid = k->x + k->w / 2;

	for (int i = 1; i < f->ncol; i++)
		if (abs(f->colx[i] - mid) < abs(f->colx[col] - mid))
			col = i;
	return col;
}

/* Is line [a, b) a row of f: figures in two of its columns of sheets,
 * parcel numbers and areas or more (in its one such column when it has
 * one)?  A wrapped cell ("thôn 6, tổ 3") and a term ("50 năm") are no
 * such column's. */
static int
figure_row(const lr_xctx *c, const struct found *f, int a, int b)
{
	unsigned seen = 0;
	int n = 0;

	for (int j = a; j < b; j++) {
		const lr_tok *k = &c->t->v[j];
		int col = column_of(f, k);
		if (figure(k) && f->parcel[col] && !(seen & (1u << col)))
			seen |= 1u << col, n++;
	}
	return n >= (f->nparcel < 2 ? f->nparcel : 2);
}

/* Does the line from token a stand within a row of f already (OCR cut a
 * row into lines, or read it twice)? */
static int
in_row(const struct found *f, const lr_tok *k)
{
	int mid = k->y + k->h / 2;

	for (int r = 0; r < f->nrows; r++)
		if (mid >= f->y0[r] && mid < f->y1[r])
			return 1;
	return 0;
}

/* Does line [a, b) end the rows of a table: an article, a total, or a
 * page of its own? */
static int
ends_rows(const lr_xctx *c, const struct found *f, int a, int b)
{
	while (a < b && !lr_tab_content(&c->t->v[a]))
		a++;
	return a < b && (c->t->v[a].page != f->page ||
	    lr_tab_article(c, a, b) ||
	    lr_label_at(c->s, c->t, a, b, LAB_T_TOTAL, NULL) > 0);
}

/* Add line [a, b) to the rows of f when it is a new one. */
static void
add_row(const lr_xctx *c, struct found *f, int a, int b)
{
	const lr_tok *k = &c->t->v[a];
	int y0 = k->y, y1 = k->y + k->h;

	if (in_row(f, k) || f->nrows == MAX_ROWS)
		return;
	for (int j = a; j < b; j++) {
		y0 = c->t->v[j].y < y0 ? c->t->v[j].y : y0;
		if (c->t->v[j].y + c->t->v[j].h > y1)
			y1 = c->t->v[j].y + c->t->v[j].h;
	}
	f->y0[f->nrows] = y0, f->y1[f->nrows] = y1;
	f->nrows++;
}

/* The rows of f from the line at token from on, up to what ends them
 * (ends_rows), the next header or three lines that are no row.  The token
 * after the last line looked at. */
static int
rows_of(const lr_xctx *c, struct found *f, int from)
{
	struct found next;
	int a, b, misses = 0;

	for (; from < c->t->n && misses < 3; from = b) {
		lr_tab_line_range(c->t, from, &a, &b);
		if (ends_rows(c, f, a, b) || head_line(c, a, b, &next))
			return a;
		if (figure_row(c, f, a, b))
			add_row(c, f, a, b), misses = 0;
		else if (figures(c, a, b) > 0)
			misses++;
	}
	return from;
}

/* Does the field at path lie in a row of f? */
static int
field_in(const lr_xctx *c, const struct found *f, const char *path)
{
	json_t *m = json_object_get(c->fields, path);
	json_t *box = json_object_get(m, "bbox");
	int mid;

	if (!json_is_array(box) || json_integer_value(json_object_get(m,
	    "page")) != f->page)
		return 0;
	mid = (int)(json_integer_value(json_array_get(box, 1)) +
	    json_integer_value(json_array_get(box, 3)) / 2);
	for (int r = 0; r < f->nrows; r++)
		if (mid >= f->y0[r] && mid < f->y1[r])
			return 1;
	return 0;
}

/* How many parcels were read from the rows of f: a sheet, a number or an
 * area in one of them. */
static int
read_in(const lr_xctx *c, const struct found *f)
{
	static const char *const keys[] = { "sheet", "number", "area" };
	char path[64];
	int n = 0;

	for (size_t i = 0; i < json_array_size(c->parcels); i++) {
		int in = 0;
		for (size_t k = 0; k < sizeof(keys) / sizeof(*keys); k++) {
			snprintf(path, sizeof(path), "parcels[%zu].%s", i,
			    keys[k]);
			in |= field_in(c, f, path);
		}
		n += in;
	}
	return n;
}

/* Flag f whole when fewer parcels were read from its rows than it has. */
static void
check_found(lr_xctx *c, const struct found *f)
{
	char why[160];
	int got = read_in(c, f);

	if (f->nrows < 2 || got >= f->nrows)
		return;
	if (got == 0)
		snprintf(why, sizeof(why), "page %d: a table of holders (%d "
		    "rows): no row could be read", f->page, f->nrows);
	else
		snprintf(why, sizeof(why), "page %d: a table of holders (%d "
		    "rows): only %d read, rows missing", f->page, f->nrows,
		    got);
	lr_x_table_item(c, why);
}

void
lr_x_tables_lost(lr_xctx *c)
{
	struct found f;
	int a, b;

	for (int from = 0; from < c->t->n && !lr_x_table_flagged(c);
	    from = b) {
		lr_tab_line_range(c->t, from, &a, &b);
		if (head_line(c, a, b, &f)) {
			b = rows_of(c, &f, b);
			check_found(c, &f);
		}
	}
}
