/* Field extraction: tables read by their geometry.  The grids that a page's
 * rules draw give the cells; the words fall in cells by their boxes, the
 * lines of a wrapped cell joined.  Each table becomes a token stream of its
 * own, one line a row and a "|" after every cell, that the row reader
 * (row.c) reads cell by cell, so that a cell is never read from the next
 * column.  The header cells name the columns (table-columns.tsv): the
 * lowest header cell of a column first, else all its header cells joined
 * (merged and two-line cells).  A table whose columns cannot be named is
 * put under review whole; a table without a header continues the one
 * before it (a table running on over a page). */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract-private.h"
#include "grid-int.h"
#include "table-int.h"
#include "util/util.h"

#define MAXGRIDS 8

/* A table's tokens cell by cell: shallow copies of the document's tokens
 * (their strings are the document's), one line a row. */
struct gtab {
	lr_toks t;
	int (*cut)[LR_TAB_MAXCOL + 1];	/* per row: the first token of each
					 * cell, then one past the last "|" */
	int nrow;
	size_t cap;
	int ruled;			/* its cells drawn by rules */
};

static char bar[] = "|";

/* Append token k (copied) to g; -1 when out of memory. */
static int
push(struct gtab *g, const lr_tok *k)
{
	if (lr_reserve(&g->t.v, &g->t.cap, (size_t)g->t.n, sizeof(*g->t.v),
	    256) != 0)
		return -1;
	g->t.v[g->t.n++] = *k;
	return 0;
}

/* Append the separator after a cell, placed where the cell ends. */
static int
push_bar(struct gtab *g, int page, int line)
{
	lr_tok k = { .text = bar, .fold = bar, .key = bar, .conf = 100,
	    .page = page, .line = line, .flags = TOK_PUNCT };

	return push(g, &k);
}

/* Append a row of ncol cells: the tokens of c->t whose cell (cells[i],
 * row * LR_TAB_MAXCOL + col, or -1) has a row in [r0, r1).  -1 when out
 * of memory. */
static int
add_row(struct gtab *g, const lr_xctx *c, const int *cells, int ncol,
    int r0, int r1, int page)
{
	int first = g->t.n, line = 0;

	if (lr_reserve(&g->cut, &g->cap, (size_t)g->nrow, sizeof(*g->cut), 16)
	    != 0)
		return -1;
	for (int k = 0; k < ncol; k++) {
		g->cut[g->nrow][k] = g->t.n;
		for (int i = 0; i < c->t->n; i++)
			if (cells[i] >= 0 && cells[i] % LR_TAB_MAXCOL == k &&
			    cells[i] / LR_TAB_MAXCOL >= r0 &&
			    cells[i] / LR_TAB_MAXCOL < r1) {
				line = c->t->v[i].line;
				if (push(g, &c->t->v[i]) != 0)
					return -1;
			}
		if (push_bar(g, page, line) != 0)
			return -1;
	}
	g->cut[g->nrow++][ncol] = g->t.n;
	for (int i = first; i < g->t.n; i++)
		g->t.v[i].flags = (g->t.v[i].flags & ~(unsigned)TOK_BOL) |
		    (i == first ? TOK_BOL : 0);
	return 0;
}

/* Is token i a stray mark: no letter or digit, and not the "|" that
 * parts a text table's cells ("_", "__")? */
static int
stray(const lr_toks *t, int i)
{
	return !lr_tab_content(&t->v[i]) && !lr_tok_is(t, i, '|');
}

/* Does a column edge of gr fall between token a, a number, and the word
 * b after it (no digit in it): an area and its land-use code a few spaces
 * apart, in columns of their own ("1.491,6  ONT")? */
static int
number_edge(const lr_grid *gr, const lr_tok *a, const lr_tok *b)
{
	if (!(a->flags & TOK_DIGIT) || (b->flags & TOK_DIGIT))
		return 0;
	for (int k = 1; k < gr->ncol; k++)
		if (gr->xs[k] > a->x + a->w && gr->xs[k] < b->x)
			return 1;
	return 0;
}

/* The end of the run of words from token i: words on its line apart by
 * under gap pixels (a header cell's words, wider than its column), but
 * for a number and a word an edge of gr parts.  A stray mark is a run of
 * its own: it never joins a row number to the name beside it. */
static int
run_end(const lr_toks *t, const lr_grid *gr, int i, int gap)
{
	int e = i + 1;

	while (e < t->n && !(t->v[e].flags & TOK_BOL) && t->v[e].x -
	    (t->v[e - 1].x + t->v[e - 1].w) < gap && !stray(t, e - 1) &&
	    !stray(t, e) && !number_edge(gr, &t->v[e - 1], &t->v[e]))
		e++;
	return e;
}

/* The cell of every token of c->t in grid gr of page (-1: outside), each
 * run of words apart by under gap pixels placed by its middle (gap 0:
 * each word by its own); its lines marked in c->in_table when mark.
 * Returns how many fall in. */
static int
place(const lr_xctx *c, const lr_grid *gr, int page, int gap, int *cells,
    int mark)
{
	int row, col, n = 0;

	for (int i = 0, e; i < c->t->n; i = e) {
		const lr_tok *k = &c->t->v[i], *l;
		e = gap > 0 ? run_end(c->t, gr, i, gap) : i + 1;
		l = &c->t->v[e - 1];
		for (int j = i; j < e; j++)
			cells[j] = -1;
		if (k->page != page || lr_grid_cell(gr, k->x, k->y, l->x +
		    l->w - k->x, k->h, &row, &col) != 0 || col >= LR_TAB_MAXCOL)
			continue;
		for (int j = i; j < e; j++) {
			cells[j] = row * LR_TAB_MAXCOL + col;
			if (mark)
				c->in_table[c->t->v[j].line] = 1;
		}
		n += e - i;
	}
	return n;
}

/* How many cells of row r of g have a token with a digit; with content. */
static int
row_digits(const struct gtab *g, int r, int ncol, int *content)
{
	int n = 0;

	*content = 0;
	for (int k = 0; k < ncol; k++) {
		int d = 0, any = 0;
		for (int i = g->cut[r][k]; i < g->cut[r][k + 1] - 1; i++) {
			d |= (g->t.v[i].flags & TOK_DIGIT) != 0;
			any |= lr_tab_content(&g->t.v[i]);
		}
		n += d, *content += any;
	}
	return n;
}

/* Is row r of g the columns' numbers under a header, "(1) (2) (3) ...":
 * each cell with content holds its column's number, three or more do? */
static int
numbering(const struct gtab *g, int r, int ncol)
{
	int n = 0;

	for (int k = 0; k < ncol; k++) {
		int v = -1;
		for (int i = g->cut[r][k]; i < g->cut[r][k + 1] - 1; i++)
			if (lr_tab_content(&g->t.v[i]))
				v = v == -1 && (g->t.v[i].flags & TOK_DIGIT) ?
				    atoi(g->t.v[i].text) : -2;
		if (v != -1 && v != k + 1)
			return 0;
		n += v == k + 1;
	}
	return n >= 3;
}

/* Does row r of g start with a row number, its first cell a number of
 * up to three digits alone ("1", "2."), and hold words besides (a
 * holder's row, "1 | Bà Đàm Thị Nga", its parcels in the rows under it)?
 * No header's first cell holds a number: its column's label, or
 * nothing, or the column's number in a row of them ("(1)"). */
static int
numbered(const struct gtab *g, int r, int ncol)
{
	int n = 0, num = 0, words = 0;

	for (int i = g->cut[r][0]; i < g->cut[r][1] - 1; i++)
		if (lr_tab_content(&g->t.v[i])) {
			const char *x = g->t.v[i].text;
			size_t d = strspn(x, "0123456789");
			n++;
			num = d > 0 && d <= 3 && (x[d] == '\0' || strcmp(x + d,
			    ".") == 0);
		}
	for (int i = g->cut[r][1]; i < g->cut[r][ncol]; i++)
		words |= (g->t.v[i].flags & TOK_ALPHA) != 0;
	return n == 1 && num && words;
}

/* How many cells of row r of g name a column (table-columns.tsv). */
static int
named_cells(lr_xctx *c, struct gtab *g, int r, int ncol)
{
	lr_toks *doc = c->t;
	int n = 0, ha;

	c->t = &g->t;
	for (int k = 0; k < ncol; k++)
		n += lr_tab_column(c, g->cut[r][k], g->cut[r][k + 1] - 1, &ha)
		    >= 0;
	c->t = doc;
	return n;
}

/* Is row r of g one run of words across its cells with no figure, its
 * words a word's space apart from cell to cell (a hamlet's heading, "Ấp
 * Tân Thành", the columns cut into pieces)? */
static int
run_across(const struct gtab *g, int r, int ncol)
{
	const lr_tok *prev = NULL;

	for (int i = g->cut[r][0]; i < g->cut[r][ncol]; i++) {
		const lr_tok *k = &g->t.v[i];
		if (!lr_tab_content(k))
			continue;
		if ((k->flags & TOK_DIGIT) || (prev != NULL && (k->x < prev->x ||
		    k->x - prev->x - prev->w > prev->h)))
			return 0;
		prev = k;
	}
	return prev != NULL;
}

/* Does row r of g start with an article ("Điều 2."), the text after a
 * table that its grid of columns took in?  c->t must be g's tokens. */
static int
article_row(const lr_xctx *c, const struct gtab *g, int r, int ncol)
{
	return lr_tab_article(c, g->cut[r][0], g->cut[r][ncol]);
}

/* The header rows of g: those before the first with numbers in two
 * cells but for a row of column numbers (counted in) and a row whose
 * cells name two columns or more (a header with specks OCR read as
 * digits, "š 3 C2"); *named: those that name the columns, not a row
 * under them with one cell of content or one run of words across
 * (run_across): a hamlet's row across. */
static int
header_rows(lr_xctx *c, struct gtab *g, int ncol, int *named)
{
	int h, content;

	for (h = 0; h < g->nrow && h < 4; h++)
		if ((row_digits(g, h, ncol, &content) >= 2 || (h > 0 &&
		    numbered(g, h, ncol))) && !numbering(g, h, ncol) &&
		    named_cells(c, g, h, ncol) < 2)
			break;
	*named = h > 0 && numbering(g, h - 1, ncol) ? h - 1 : h;
	while (*named > 1 && ((row_digits(g, *named - 1, ncol, &content),
	    content <= 1) || run_across(g, *named - 1, ncol)))
		(*named)--;	/* a row across under the header: no cells */
	return h;
}

static int column_values(const lr_xctx *c, const struct gtab *g, int k,
    int from, int to);

/* Is lab a label of whole numbers (sheet, parcel number)? */
static int
whole_label(int lab)
{
	return lab == LAB_P_NUMBER || lab == LAB_P_SHEET;
}

static int column_kinds(const lr_xctx *c, const struct gtab *g, int k,
    int from, int to, int *n);

/* Does column k of g, body rows [from, to), hold areas (column_values()
 * 'a') with half its cells at least marked ("1.954,3"), not sheets or
 * parcel numbers a few of which OCR glued or misread ("15.832")? */
static int
holds_areas(const lr_xctx *c, const struct gtab *g, int k, int from, int to)
{
	int n[128];

	return column_kinds(c, g, k, from, to, n) == 'a' && n['a'] * 2 >= n[1];
}

/* Is header cell [a, b) of g a land-use code alone ("ONT" under
 * "Diện tích thu hồi": one area column per use)?  Its code in code. */
static int
use_head(const lr_xctx *c, const struct gtab *g, int a, int b, char code[4])
{
	int n = 0, at = -1;

	for (int i = a; i < b; i++)
		if (lr_tab_content(&g->t.v[i]))
			n++, at = i;
	if (n != 1 || strlen(g->t.v[at].text) != 3)
		return 0;
	for (int k = 0; k < c->s->ncodes; k++)
		if (strcmp(g->t.v[at].text, c->s->codes[k]) == 0) {
			memcpy(code, c->s->codes[k], 4);
			return 1;
		}
	return 0;
}

/* Name the columns of tb from header rows [0, h) of g (h == 0: none), its
 * body rows [from, join): the lowest header cell of a column first, else
 * its header cells joined; the joined cells too when the lowest names
 * sheets or parcel numbers over a column of areas ("Diện tích (m²)" over
 * "Thửa đất | Thu hồi").  A column named only by joined cells gives way
 * to one its own cell names so; a land-use code alone ("ONT | CLN |
 * LUC" under "Diện tích thu hồi") names a column of that use's areas.
 * Returns how many are named.  c->t must be g's tokens. */
static int
name_columns(const lr_xctx *c, const struct gtab *g, int h, int from,
    int join, struct lr_table *tb)
{
	int known = 0, own[LR_TAB_MAXCOL];

	for (int k = 0; k < tb->ncol && h > 0; k++) {
		const int *low = g->cut[h - 1], *all = g->cut[join];
		tb->cols[k] = lr_tab_column(c, low[k], low[k + 1] - 1,
		    &tb->ha[k]);
		if (use_head(c, g, low[k], low[k + 1] - 1, tb->use[k]))
			tb->cols[k] = LAB_P_AREA;
		if (whole_label(tb->cols[k]) && holds_areas(c, g, k, from,
		    join))
			tb->cols[k] = -1;
		own[k] = tb->cols[k] >= 0;
		if (tb->cols[k] < 0)
			tb->cols[k] = lr_tab_column(c, all[k], all[k + 1] - 1,
			    &tb->ha[k]);
		if (whole_label(tb->cols[k]) && holds_areas(c, g, k, from,
		    join))
			tb->cols[k] = -1;
	}
	for (int k = 0; k < tb->ncol && h > 0; k++) {
		for (int j = 0; j < tb->ncol && !own[k]; j++)
			if (j != k && own[j] && tb->cols[j] == tb->cols[k])
				tb->cols[k] = -1;	/* gives way */
		known += tb->cols[k] >= 0;
	}
	return known;
}

/* Is token k a land-use code with a speck after it ("BHK_", "LUC.")? */
static int
code_with_speck(const lr_xctx *c, int k)
{
	const char *x = c->t->v[k].text;
	size_t len = strlen(x);

	while (len > 3 && ispunct((unsigned char)x[len - 1]))
		len--;
	for (int j = 0; len == 3 && x[len] != '\0' && j < c->s->ncodes; j++)
		if (strncmp(x, c->s->codes[j], 3) == 0)
			return 1;
	return 0;
}

/* The kind of value token k is: 'a' an area (a number with a thousands
 * dot or a decimal comma), 'y' a birth year, 'i' an ID number (9 or 12
 * digits), 'n' another whole number, 'u' a land-use code; 0 none. */
static int
value_kind(const lr_xctx *c, int k)
{
	const char *x = c->t->v[k].text;
	size_t len = strlen(x), digits = strspn(x, "0123456789");
	char code[4];
	lr_span sp;
	double v;
	int amb;

	if (digits == len && (len == 9 || len == 12))
		return 'i';
	if (digits == len && len == 4 && atoi(x) >= 1900 && atoi(x) <= 2030)
		return 'y';
	if (digits == len && len > 0 && len <= 5)
		return 'n';
	if (lr_read_vnnum(x, &v, &amb) == len && len > 0)
		return strpbrk(x, ".,") != NULL ? 'a' : 'n';
	return lr_parse_landuse(c->s, c->t, k, k + 1, code, &sp) == 0 ||
	    code_with_speck(c, k) ? 'u' : 0;
}

/* Are tokens [a, e) people's names: after a row number, if any, words of
 * letters, the first and two at least starting with a capital ("Võ Thị
 * Thuý Hằng", "Bà Khúc Ngọc Hạnh và chồng là ông Đỗ Ngọc Việt")? */
static int
person_cell(const lr_xctx *c, int a, int e)
{
	int caps = 0, words = 0;

	if (a < e && value_kind(c, a) == 'n' && strlen(c->t->v[a].text) <= 3)
		a++;
	for (int i = a; i < e; i++) {
		unsigned f = c->t->v[i].flags;
		if (!lr_tab_content(&c->t->v[i]))
			continue;
		if ((f & (TOK_ALPHA | TOK_DIGIT)) != TOK_ALPHA || (words++ ==
		    0 && !(f & TOK_UPPER)))
			return 0;
		caps += (f & TOK_UPPER) != 0;
	}
	return caps >= 2;
}

/* Is token k a short whole number OCR damaged ("I0", "3%", "1ó7"): five
 * characters at most, half of them digits or more, yet no value_kind()? */
static int
damaged_whole(const lr_xctx *c, int k)
{
	const char *x = c->t->v[k].text;
	int chars = 0, digits = 0;

	for (; *x != '\0'; x++)
		if ((*x & 0xc0) != 0x80)	/* a character's first byte */
			chars++, digits += isdigit((unsigned char)*x) != 0;
	return chars <= 5 && digits > 0 && 2 * digits >= chars &&
	    value_kind(c, k) == 0;
}

/* The kind of a cell of one token k: value_kind(), 'd' a whole number
 * OCR damaged (damaged_whole), 'p' a name whose words OCR glued
 * ("VàngThịPả": lr_x_name_glued). */
static int
one_value(const lr_xctx *c, int k)
{
	int v = damaged_whole(c, k) ? 'd' : value_kind(c, k);

	return v == 0 && lr_x_name_glued(c->t->v[k].text) ? 'p' : v;
}

/* Is the cell of tokens [a, e) a term of use, the whole cell ("50 năm",
 * "Lâu dài", "Đến ngày 16/02/2064")? */
static int
term_value(const lr_xctx *c, int a, int e)
{
	char *term = NULL;
	int ymd[3];
	lr_span sp;

	if (lr_parse_term(c->s, c->t, a, e, &term, ymd, &sp) != 0)
		return 0;
	free(term);
	return sp.b >= e;
}

/* column_values() with the counts of each kind of cell in n[128] (by
 * value_kind()), n[1] the cells with content, n['d'] the whole numbers
 * OCR damaged (damaged_whole()). */
static int
column_kinds(const lr_xctx *c, const struct gtab *g, int k, int from,
    int to, int *n)
{
	int cells = 0, last = 0, seq = 1, sheet, num;

	memset(n, 0, 128 * sizeof(*n));
	for (int r = from; r < to; r++) {
		int a = g->cut[r][k], e = g->cut[r][k + 1] - 1;
		while (a < e && !lr_tab_content(&g->t.v[a]))
			a++;
		while (e > a && !lr_tab_content(&g->t.v[e - 1]))
			e--;	/* a speck after the value ("135 °") */
		if (a >= e)
			continue;
		cells++;
		if (term_value(c, a, e))
			n['t']++;
		else if (e - a == 1)
			n[one_value(c, a)]++;
		else if (lr_tab_located(c, a, e, &sheet, &num))
			n['L']++;
		else
			n['p'] += person_cell(c, a, e);
		seq &= e - a == 1 && atoi(g->t.v[a].text) == last + 1;
		last = atoi(g->t.v[a].text);
	}
	n[1] = cells;
	if (cells < 2)
		return 0;
	if (seq && n['n'] == cells)	/* 1, 2, 3...: the row numbers */
		return 's';
	if (n['a'] > 0 && (n['a'] + n['n'] + n['y']) * 4 >= cells * 3)
		return 'a';
	for (const char *v = "yinupLt"; *v != '\0'; v++)
		if (n[(int)*v] * 4 >= cells * 3)
			return *v;
	/* a narrow column of numbers some of which OCR garbled */
	if (n['n'] * 2 >= cells && (n['n'] + n['d']) * 4 >= cells * 3)
		return 'n';
	return 0;
}

/* What the content cells of column k in rows [from, to) of g hold, three
 * in four of them at least (OCR damages some): of cells of one word, a
 * kind of value_kind(), areas counting whole numbers among them when one
 * at least is marked, 's' when all are 1, 2, 3... (row numbers); of
 * cells of words, 'p' people's names (person_cell), 'L' a parcel's sheet
 * and number after their labels (lr_tab_located); of either, 't' terms
 * of use (term_value: "50 năm", "Lâu dài"); 0 none of these, or
 * under two cells.  c->t must be g's tokens. */
static int
column_values(const lr_xctx *c, const struct gtab *g, int k, int from,
    int to)
{
	int n[128];

	return column_kinds(c, g, k, from, to, n);
}

/* The column of tb labelled lab, or -1. */
static int
column_of(const struct lr_table *tb, int lab)
{
	for (int k = 0; k < tb->ncol; k++)
		if (tb->cols[k] == lab)
			return k;
	return -1;
}

/* Has tb a column labelled lab? */
static int
has_column(const struct lr_table *tb, int lab)
{
	return column_of(tb, lab) >= 0;
}

/* The column label values of kind v (column_values, sheet_by_size) give
 * in tb: areas, land uses, terms, birth years, ID numbers, row numbers, names, sheets
 * and parcel numbers told apart by size, both labelled in one cell; whole numbers are parcel numbers
 * when only the sheet column is named, sheets when only the number
 * column is.  -1 when none. */
static int
label_of_values(const struct lr_table *tb, int v)
{
	int sheet = has_column(tb, LAB_P_SHEET), num = has_column(tb,
	    LAB_P_NUMBER);

	switch (v) {
	case 'a': return LAB_P_AREA;
	case 'u': return LAB_P_USE;
	case 'y': return LAB_BIRTH_YEAR;
	case 'i': return LAB_ID_CMND;
	case 's': return LAB_T_STT;
	case 'p': return LAB_T_NAME;
	case 'S': return LAB_P_SHEET;
	case 'N': return LAB_P_NUMBER;
	case 'L': return LAB_T_SHEETNUM;
	case 't': return LAB_P_TERM;
	case 'n': return sheet && !num ? LAB_P_NUMBER : num && !sheet ?
	    LAB_P_SHEET : -1;
	}
	return -1;
}

/* The field under "parcels[i]." or "owners[i]." that column label lab
 * fills, and which of the two (*owner 1); NULL for the row numbers. */
static const char *
label_path(int lab, int *owner)
{
	*owner = lab == LAB_BIRTH_YEAR || lab == LAB_ID_CMND;
	switch (lab) {
	case LAB_P_AREA: return "area";
	case LAB_P_USE: return "land_use";
	case LAB_P_NUMBER: return "number";
	case LAB_P_SHEET: return "sheet";
	case LAB_P_TERM: return "term";
	case LAB_BIRTH_YEAR: return "birth_year";
	case LAB_ID_CMND: return "id_number";
	}
	return NULL;
}

/* The median of the whole numbers alone in their cells of column k of
 * g, body rows [from, to); 0 when none. */
static int
column_median(const lr_xctx *c, const struct gtab *g, int k, int from,
    int to)
{
	int v[LR_GRID_MAX], n = 0;

	for (int r = from; r < to && n < LR_GRID_MAX; r++) {
		int a = g->cut[r][k], e = g->cut[r][k + 1] - 1;
		while (a < e && !lr_tab_content(&g->t.v[a]))
			a++;
		if (e - a == 1 && value_kind(c, a) == 'n')
			v[n++] = atoi(g->t.v[a].text);
	}
	return n > 0 ? lr_grid_median(v, n) : 0;
}

/* Two or three columns of whole numbers, neither sheet nor parcel
 * number named (v[k] 'n' for them, whole of them), in a table of land
 * whose header names its areas or land uses: a commune's map sheets
 * are few, its parcels many, and an area whose separators OCR lost is
 * larger still, so when each column's median is three times the one
 * before or more, the columns hold, from the smallest, the sheets ('S' in
 * v[]), the parcel numbers ('N') and, when no column is named so, the
 * areas ('a').  Else v[] is left as it is. */
static void
sheet_by_size(const lr_xctx *c, const struct gtab *g, int from, int to,
    const struct lr_table *tb, int *v, int whole)
{
	int k[3], m[3], n = 0;
	static const char kind[] = "SNa";

	if (whole < 2 || whole > 3 || !(has_column(tb, LAB_P_AREA) ||
	    has_column(tb, LAB_P_USE)) || has_column(tb, LAB_P_SHEET) ||
	    has_column(tb, LAB_P_NUMBER) || (whole == 3 && has_column(tb,
	    LAB_P_AREA)))
		return;
	for (int j = 0; j < tb->ncol && n < 3; j++)
		if (v[j] == 'n') {	/* insert by median */
			int x = column_median(c, g, j, from, to), i = n++;
			for (; i > 0 && m[i - 1] > x; i--)
				k[i] = k[i - 1], m[i] = m[i - 1];
			k[i] = j, m[i] = x;
		}
	for (int i = 0; i < n; i++)
		if (m[i] <= 0 || (i > 0 && m[i] < 3 * m[i - 1]))
			return;
	for (int i = 0; i < n; i++)
		v[k[i]] = kind[i];
}

/* A column whose header cell names nothing ("DT thu hồi", or a header
 * OCR damaged) is named by its values in body rows [from, to) when three
 * in four are of one kind (label_of_values) and no column is named so;
 * so is any column whose cells name their parcels with labels ("Tờ
 * bản đồ số 31, thửa số 316" under "Vị trí thửa đất": 'L').
 * The labels so named in by[] (LAB_NONE-ended, up to LR_TAB_MAXCOL);
 * returns how many. */
static int
column_by_values(const lr_xctx *c, const struct gtab *g, int from, int to,
    struct lr_table *tb, int *by)
{
	int named = 0, v[LR_TAB_MAXCOL], whole = 0;

	for (int k = 0; k < tb->ncol; k++) {
		/* "Vị trí thửa đất" over "Tờ bản đồ số 31, thửa số 316" */
		v[k] = column_values(c, g, k, from, to);
		v[k] = tb->cols[k] >= 0 && v[k] != 'L' ? 0 : v[k];
		whole += v[k] == 'n';
	}
	sheet_by_size(c, g, from, to, tb, v, whole);
	for (int k = 0; k < tb->ncol; k++) {
		/* whole numbers name a column only when one column has them */
		int lab = v[k] != 0 && (v[k] != 'n' || whole == 1) ?
		    label_of_values(tb, v[k]) : -1;
		if (lab >= 0 && (!has_column(tb, lab) || v[k] == 'L')) {
			tb->cols[k] = lab;
			by[named++] = lab;
		}
	}
	by[named] = -1;
	return named;
}

/* Every row read into tb from its first parcel on: the fields of the
 * columns named by their values (by[], -1-ended) doubted. */
static void
doubt_columns(lr_xctx *c, const struct lr_table *tb, const int *by)
{
	char path[64];
	int owner;

	for (size_t i = (size_t)tb->first_parcel; i < json_array_size(
	    c->parcels); i++) {
		json_t *h = json_object_get(json_array_get(c->parcels, i),
		    "holder");
		for (int k = 0; by[k] >= 0; k++) {
			const char *f = label_path(by[k], &owner);
			if (f == NULL || (owner && !json_is_integer(h)))
				continue;
			snprintf(path, sizeof(path), "%s[%zu].%s", owner ?
			    "owners" : "parcels", owner ? (size_t)
			    json_integer_value(h) : i, f);
			lr_x_doubt(c, path, c->s->set[SET_AMBIGUOUS],
			    "column named by its values, its header not read");
		}
	}
}

/* Does tb give its areas in hectares (and so its total)? */
static int
in_hectares(const struct lr_table *tb)
{
	for (int k = 0; k < tb->ncol; k++)
		if (tb->cols[k] == LAB_P_AREA && tb->ha[k])
			return 1;
	return 0;
}

/* Has g a row with two cells of content or more in [from, to)? */
static int
rows_after(const struct gtab *g, int from, int to, int ncol)
{
	int content;

	for (int r = from; r < to; r++) {
		row_digits(g, r, ncol, &content);
		if (content >= 2)
			return 1;
	}
	return 0;
}

/* Has the table tb of rows [from, to) of g a total row with rows after
 * it (a household's "Cộng")?  c->t must be g's tokens. */
static int
subtotals(lr_xctx *c, const struct gtab *g, int from, int to,
    const struct lr_table *tb)
{
	struct lr_table t = *tb;

	for (int r = from; r < to; r++)
		if (lr_tab_total(c, &t, g->cut[r][0], g->cut[r][tb->ncol]) &&
		    rows_after(g, r + 1, to, tb->ncol))
			return 1;
	return 0;
}

/* Is parcel p empty of its own values: no sheet, number or area (a row
 * that holds only a name)? */
static int
no_values(const json_t *p)
{
	return json_is_null(json_object_get(p, "sheet")) &&
	    json_is_null(json_object_get(p, "number")) &&
	    json_is_null(json_object_get(p, "area"));
}

/* Drop parcel last, the row just read into tb that is no parcel, with
 * the damage and review items it made (damaged, items: tb's count and the
 * items before it). */
static void
drop_row(lr_xctx *c, struct lr_table *tb, int last, int damaged,
    size_t items)
{
	lr_x_parcel_drop(c, last);
	tb->rows--;
	tb->damaged = damaged;
	while (json_array_size(c->review) > items)
		json_array_remove(c->review, items);
}

/* After the row just read into tb, whose holder was held before: in a
 * table of households closed by their own "Cộng" rows, a name cell
 * merged over several rows stands beside the middle of them, so the rows
 * of the block since the last "Cộng" (from parcel block on) that showed
 * no name of their own are the next name's; a row of nothing but that
 * name is no parcel, nor a damaged row (damaged: tb's count before it;
 * items: the review items before it, those it added dropped with it).
 * Returns the block's first parcel for the next row. */
static int
household_row(lr_xctx *c, struct lr_table *tb, int block, int held,
    int damaged, size_t items)
{
	int last = (int)json_array_size(c->parcels) - 1;
	json_t *p = json_array_get(c->parcels, (size_t)last), *h;

	h = json_object_get(p, "holder");
	if (!json_is_integer(h) || json_integer_value(h) == held)
		return block;		/* no name of its own */
	for (int i = block; i < last; i++)
		json_object_set(json_array_get(c->parcels, (size_t)i), "holder",
		    h);
	if (no_values(p))	/* a name alone: its values not missed */
		drop_row(c, tb, last, damaged, items);
	return (int)json_array_size(c->parcels);
}

/* Is cell k of row r of g empty (no letter nor digit)? */
static int
empty_cell(const struct gtab *g, int r, int k)
{
	for (int i = g->cut[r][k]; i < g->cut[r][k + 1] - 1; i++)
		if (lr_tab_content(&g->t.v[i]))
			return 0;
	return 1;
}

/* After row r of g just read into tb: a holder's own row ("1 | Bà Đàm
 * Thị Nga", in bold), its parcels in the rows under it with no name of
 * their own ("1.1", "1.2"), is no parcel; the next row's holder is its.
 * The row's parcel is dropped, with the damage and review items its
 * missing values made (damaged, items: as before it).  (A table of
 * households closed by "Cộng" rows: household_row.) */
static void
holder_row(lr_xctx *c, const struct gtab *g, int r, int to,
    struct lr_table *tb, int damaged, size_t items)
{
	int last = (int)json_array_size(c->parcels) - 1, name = -1;
	json_t *p = json_array_get(c->parcels, (size_t)last);

	for (int k = 0; k < tb->ncol; k++)
		if (tb->cols[k] == LAB_T_NAME)
			name = k;
	if (name < 0 || r + 1 >= to || empty_cell(g, r, name) ||
	    !empty_cell(g, r + 1, name) || !no_values(p) ||
	    !json_is_integer(json_object_get(p, "holder")))
		return;
	for (int k = 0; k < tb->ncol; k++)
		if (k != name && tb->cols[k] != LAB_T_STT && !empty_cell(g, r,
		    k))
			return;		/* values OCR could not read */
	drop_row(c, tb, last, damaged, items);
}

/* Is the total of tb the sum of the areas of its last holder's parcels
 * alone, not of all its parcels (the last household's own "Cộng", its
 * rows perhaps on the page before)? */
static int
last_holders(const lr_xctx *c, const struct lr_table *tb)
{
	int n = (int)json_array_size(c->parcels);
	double all = 0, own = 0, tol = c->s->set[SET_TOTAL_TOLERANCE];
	json_t *h = json_object_get(json_array_get(c->parcels, (size_t)n - 1),
	    "holder");

	if (tb->total <= 0 || !json_is_integer(h))
		return 0;
	for (int i = tb->first_parcel; i < n; i++) {
		json_t *p = json_array_get(c->parcels, (size_t)i);
		double v = json_number_value(json_object_get(p, "area"));
		all += v;
		own += json_equal(json_object_get(p, "holder"), h) ? v : 0;
	}
	return fabs(own - tb->total) <= tol && fabs(all - tb->total) > tol;
}

/* Read the rows [from, to) of g into tb, up to a total row or an article;
 * blank rows, rows with one cell of content (a stray mark, a lone
 * number) and runs of words across (a hamlet's heading) are passed
 * over.  A total row with rows after it closes a household
 * (household_row).  c->t must be g's tokens. */
static void
read_rows(lr_xctx *c, const struct gtab *g, int from, int to,
    struct lr_table *tb)
{
	int content, block = subtotals(c, g, from, to, tb) ?
	    (int)json_array_size(c->parcels) : -1;

	for (int r = from; r < to; r++) {
		int a = g->cut[r][0], b = g->cut[r][tb->ncol];
		row_digits(g, r, tb->ncol, &content);
		if (lr_tab_total(c, tb, a, b) && rows_after(g, r + 1, to,
		    tb->ncol)) {
			tb->total = -1;	/* a household's own "Cộng" */
			block = (int)json_array_size(c->parcels);
			continue;
		} else if (lr_tab_total(c, tb, a, b)) {
			tb->total *= tb->total > 0 && in_hectares(tb) ? 10000 : 1;
			if (last_holders(c, tb))
				tb->total = -1;	/* its last household's */
			break;
		}
		if (article_row(c, g, r, tb->ncol))
			break;
		if (content < 2 || run_across(g, r, tb->ncol))
			continue;	/* a hamlet's heading across */
		int held = tb->prev_owner, damaged = tb->damaged;
		size_t items = json_array_size(c->review);
		lr_tab_row_cut(c, tb, a, b, g->cut[r]);
		if (block >= 0)
			block = household_row(c, tb, block, held, damaged,
			    items);
		else
			holder_row(c, g, r, to, tb, damaged, items);
	}
}

/* A table being read over one or more grids. */
struct open {
	struct lr_table tb;
	int on;			/* a table is open */
	lr_grid gr;		/* its last grid */
	int tol;		/* how far its edges may move, in pixels */
	int last;		/* the page of its last grid */
};

struct lr_tab_open {
	struct open o;
};

static void
finish(lr_xctx *c, struct open *o)
{
	if (o->on)
		lr_tab_checks(c, &o->tb);
	o->on = 0;
}

/* One review item for table tb whose columns could not be named: which
 * column is missing.  It is not read, so its holders are in doubt too. */
static void
flag_table(lr_xctx *c, const struct lr_table *tb, int known)
{
	char why[128];

	snprintf(why, sizeof(why), "its columns could not be mapped (%s), so "
	    "it was not read", lr_tab_header_why(tb->cols, tb->ncol, known));
	lr_tab_flag(c, tb, why);
}

/* Does tb name a column of holders or of parcels' values by its header:
 * names, IDs, birth years, sheets, parcel numbers, areas, uses before and
 * after a change, terms (by[], -1 ended: those named by their values
 * only, which do not count but people's names)?  A table whose header
 * names only row numbers, land uses or notes, and no column of which
 * holds people's names ("STT | Loại đất | Mã | Đơn giá", the unit prices
 * after the holders', prices that read like areas) is no table of
 * holders. */
static int
names_holdings(const struct lr_table *tb, const int *by)
{
	static const int labs[] = { LAB_T_NAME, LAB_P_SHEET, LAB_P_NUMBER,
	    LAB_T_NUMSHEET, LAB_T_SHEETNUM, LAB_P_AREA, LAB_ID_CCCD,
	    LAB_ID_CMND, LAB_ID_DD, LAB_BIRTH_YEAR, LAB_BIRTH_DATE,
	    LAB_USE_FROM, LAB_USE_TO, LAB_P_TERM };

	for (size_t k = 0; k < sizeof(labs) / sizeof(*labs); k++) {
		int valued = 0;
		for (int j = 0; by[j] >= 0 && labs[k] != LAB_T_NAME; j++)
			valued |= by[j] == labs[k];
		if (!valued && has_column(tb, labs[k]))
			return 1;
	}
	return 0;
}

/* Does tb continue the open table: the same columns, no total yet? */
static int
continues(const struct open *o, const struct lr_table *tb)
{
	return o->on && o->tb.total < 0 && o->tb.ncol == tb->ncol &&
	    memcmp(o->tb.cols, tb->cols, (size_t)tb->ncol * sizeof(int)) == 0;
}

/* Have grids a and b the same columns: as many, each edge within tol
 * pixels (one table drawn again on the next page)? */
static int
same_columns(const lr_grid *a, const lr_grid *b, int tol)
{
	if (a->ncol != b->ncol)
		return 0;
	for (int k = 0; k <= a->ncol; k++)
		if (abs(a->xs[k] - b->xs[k]) > tol)
			return 0;
	return 1;
}

/* The columns of a table whose header names too few of them: those of
 * the table it continues (the open one, in the same columns, no total
 * yet: 1), else those of twin, the same columns on the next page whose
 * header names them (2); 0 when neither. */
static int
borrow_columns(const struct open *o, const lr_grid *gr,
    const struct lr_table *twin, struct lr_table *tb)
{
	const struct lr_table *from = twin;
	int ret = 2;

	if (o->on && o->tb.total < 0 && same_columns(&o->gr, gr, o->tol))
		from = &o->tb, ret = 1;
	if (from == NULL || from->ncol != tb->ncol)
		return 0;
	memcpy(tb->cols, from->cols, sizeof(tb->cols));
	memcpy(tb->ha, from->ha, sizeof(tb->ha));
	return ret;
}

/* Do tokens [a, e), a holders' header cell, name individuals too ("Hộ
 * gia đình, cá nhân"), or more kinds than one, their words OCR damaged
 * ("Hộ gio đình, có nhôn": a comma, "và" or "hoặc" after its first
 * words)? */
static int
names_either(const lr_xctx *c, int a, int e)
{
	for (int j = a; j < e; j++)
		if (lr_label_at(c->s, c->t, j, e, LAB_T_EITHER, NULL) > 0 ||
		    (j > a + 1 && j + 1 < e && (lr_tok_is(c->t, j, ',') ||
		    strcmp(c->t->v[j].fold, "va") == 0 ||
		    strcmp(c->t->v[j].fold, "hoac") == 0)))
			return 1;
	return 0;
}

/* Does tb's holders' column have a header cell (in g's joined header
 * row join) starting "Hộ" ("Hộ ông (bà)", "Hộ gia đình"; not "Họ và
 * tên", nor "Hộ gia đình, cá nhân", households and individuals alike):
 * its holders are households?  c->t must be g's tokens. */
static int
households_head(const lr_xctx *c, const struct gtab *g, int join,
    const struct lr_table *tb)
{
	for (int k = 0; k < tb->ncol; k++) {
		int a = g->cut[join][k], e = g->cut[join][k + 1] - 1;
		while (a < e && !lr_tab_content(&g->t.v[a]))
			a++;
		if (tb->cols[k] == LAB_T_NAME && names_either(c, a, e))
			return 0;
		if (tb->cols[k] == LAB_T_NAME && a < e && strcasecmp(
		    g->t.v[a].fold, "ho") == 0 && (strstr(g->t.v[a].text, "ộ")
		    != NULL || strstr(g->t.v[a].text, "Ộ") != NULL))
			return 1;
	}
	return 0;
}

/* Name the columns of tb, table of g with h header rows (named of them
 * naming the columns): by its header cells, then those it leaves unnamed
 * by their values (their labels in by[], -1-ended).  Returns how many
 * are named; *by_values: of them by their values. */
static int
header_of(lr_xctx *c, struct gtab *g, int h, int named, struct lr_table *tb,
    int *by, int *by_values)
{
	lr_toks *doc = c->t;
	int known;

	c->t = &g->t;
	by[0] = -1;
	known = name_columns(c, g, named, h, g->nrow - 1, tb);
	*by_values = known > 0 ? column_by_values(c, g, h, g->nrow - 1, tb,
	    by) : 0;
	tb->households = h > 0 && households_head(c, g, g->nrow - 1,
	    tb);
	c->t = doc;
	return known + *by_values;
}

/* How many columns of tb are named. */
static int
named_count(const struct lr_table *tb)
{
	int n = 0;

	for (int k = 0; k < tb->ncol; k++)
		n += tb->cols[k] >= 0;
	return n;
}

/* Does row r of g start with a label of an owner's or a parcel's field
 * ("Thửa đất số", "Diện tích", "Năm sinh")?  c->t must be g's tokens. */
static int
labelled_row(const lr_xctx *c, const struct gtab *g, int r)
{
	static const int labs[] = { LAB_P_NUMBER, LAB_P_SHEET, LAB_P_AREA,
	    LAB_P_ADDRESS, LAB_P_USE, LAB_P_TERM, LAB_P_ORIGIN, LAB_P_FORM,
	    LAB_USE_FROM, LAB_USE_TO, LAB_BIRTH_YEAR, LAB_BIRTH_DATE,
	    LAB_ID_CCCD, LAB_ID_CMND, LAB_ID_DD, LAB_ADDRESS, LAB_OWNER_M,
	    LAB_OWNER_F };
	int a = g->cut[r][0], e = g->cut[r][1];

	while (a < e && !lr_tab_content(&c->t->v[a]))
		a++;
	for (size_t k = 0; k < sizeof(labs) / sizeof(*labs); k++)
		if (lr_label_at(c->s, c->t, a, e, labs[k], NULL) > 0)
			return 1;
	return 0;
}

/* Is g (its last row the header joined) a two-column table of labels and
 * values ("Thửa đất số | 765", "Diện tích | 172,3 m²"): one parcel or
 * holder described, row by row, not a list of holders?  Three rows or more,
 * and most start with a label.  c->t must be g's tokens. */
static int
label_value(const lr_xctx *c, const struct gtab *g, int ncol)
{
	int n = 0, rows = g->nrow - 1;

	for (int r = 0; ncol == 2 && r < rows; r++)
		n += labelled_row(c, g, r);
	return n >= 3 && 2 * n >= rows;
}

/* Row r of g, the lowest of the header drawn again over a table tb going
 * on over a page: when it holds no figure and no name, and words in the
 * holders' address column that name no column, it is the rest of the last
 * row of the page before, cut by the page break ("Phú Thọ" under "huyện
 * Tam Nông, tỉnh"): its words go on the last holder's address, doubted.
 * 1 when so.  c->t must be g's tokens. */
static int
rest_of_row(lr_xctx *c, const struct gtab *g, int r, struct lr_table *tb)
{
	int k = column_of(tb, LAB_ADDRESS), name = column_of(tb, LAB_T_NAME),
	    content, n = (int)json_array_size(c->parcels), specks;
	json_t *h = n > tb->first_parcel ? json_object_get(json_array_get(
	    c->parcels, (size_t)n - 1), "holder") : NULL;
	json_t *o = json_is_integer(h) ? json_array_get(c->owners,
	    (size_t)json_integer_value(h)) : NULL;
	const char *was = json_string_value(json_object_get(o, "address"));
	char *more, *joined, path[64];

	if (k < 0 || was == NULL || row_digits(g, r, tb->ncol, &content) >
	    0 || empty_cell(g, r, k) || (name >= 0 && !empty_cell(g, r,
	    name)) || lr_tab_column(c, g->cut[r][k], g->cut[r][k + 1] - 1,
	    &specks) >= 0)
		return 0;	/* a header's own row ("thường trú") */
	if ((more = lr_tok_join_unspecked(&g->t, g->cut[r][k],
	    g->cut[r][k + 1] - 1, &specks)) == NULL)
		return 0;
	if ((joined = malloc(strlen(was) + strlen(more) + 2)) != NULL) {
		sprintf(joined, "%s %s", was, more);
		json_object_set_new(o, "address", json_string(joined));
		snprintf(path, sizeof(path), "owners[%lld].address",
		    (long long)json_integer_value(h));
		lr_x_doubt(c, path, c->s->set[SET_REPAIR],
		    "its last words on the next page, under the header");
	}
	free(joined);
	free(more);
	return 1;
}

/* Read the table of g (grid gr), h header rows (named of them naming the
 * columns) then its body, the naming rows joined last (its rows on page):
 * a new table when its header names its columns, the open one continued
 * when its header repeats or it has none and as many columns, else the
 * columns borrowed (borrow_columns: twin, or NULL) when its header names
 * too few or some only by their values, else flagged.
 * Returns 0, or -1 when it is no table of holders (nothing named,
 * nothing continued) left to the text reader. */
static int
read_grid(lr_xctx *c, struct gtab *g, const lr_grid *gr, int h, int named,
    int page, const struct lr_table *twin, struct open *o)
{
	lr_toks *doc = c->t;
	int ncol = gr->ncol < LR_TAB_MAXCOL ? gr->ncol : LR_TAB_MAXCOL;
	struct lr_table tb = { .ncol = ncol, .prev_owner = -1, .total = -1,
	    .geo = g->ruled ? 2 : 1, .page = page };
	int known, ret = 0, cont, by_values, by[LR_TAB_MAXCOL + 1], lent;

	c->t = &g->t;
	ret = label_value(c, g, ncol);
	c->t = doc;
	if (ret)
		return -1;	/* read as lines of labels */
	known = header_of(c, g, h, named, &tb, by, &by_values);
	cont = continues(o, &tb) || (o->on && h == 0 && o->tb.ncol == ncol);
	if (!cont && (lr_tab_header_ok(tb.cols, ncol, known) <= 0 ||
	    by_values > 0) && (lent = borrow_columns(o, gr, twin, &tb)) != 0) {
		cont = lent == 1, by_values = 0;
		known = named_count(&tb);
	}
	c->t = &g->t;
	if (!cont && lr_tab_header_ok(tb.cols, ncol, known) > 0) {
		c->t = doc;
		finish(c, o);
		c->t = &g->t;
		tb.first_parcel = (int)json_array_size(c->parcels);
		o->tb = tb, o->on = 1;
	} else if (!cont)	/* named in part, with a body: flagged */
		ret = known > 0 && h < g->nrow - 1 && names_holdings(&tb,
		    by) ? 1 : -1;
	if (ret == 0 && cont && h >= 2)	/* a row cut by the page */
		rest_of_row(c, g, h - 1, &o->tb);
	if (ret == 0)
		read_rows(c, g, h, g->nrow - 1, &o->tb);
	c->t = doc;
	if (ret == 0 && by_values != 0 && !cont)
		doubt_columns(c, &o->tb, by);
	if (ret == 1) {
		tb.first_parcel = (int)json_array_size(c->parcels);
		flag_table(c, &tb, known);
	}
	if (ret == 0)
		o->gr = *gr, o->last = page;
	return ret < 0 ? -1 : 0;
}

static int body_row(const lr_xctx *c, const lr_grid *gr, int page);

/* The words of a body cell of gr (page pg) merged with the one above
 * (lr_grid_merged: a holder's name cell over its parcel rows) moved up
 * into the first cell of the merge, so that the name is read whole on
 * the first of its rows and the rows under it take its holder.  A row
 * whose first cell reads merged with the one above yet both hold a
 * number (row numbers: a merged cell holds one, centred in it) starts a
 * row of its own: the rule above it faded, none of its cells is merged. */
static void
merge_cells(const lr_xctx *c, const lr_grid *gr, const lr_page_words *pg,
    int *cells)
{
	int top[LR_GRID_MAX][LR_TAB_MAXCOL], body = body_row(c, gr, pg->n);
	int tol = lr_grid_tol(pg), own[LR_GRID_MAX] = { 0 };

	for (int i = 0; i < c->t->n; i++)
		if (cells[i] >= 0 && cells[i] % LR_TAB_MAXCOL == 0 &&
		    (c->t->v[i].flags & TOK_DIGIT))
			own[cells[i] / LR_TAB_MAXCOL] = 1;
	for (int r = gr->nrow - 1; r >= 0; r--)	/* one number a merged cell */
		own[r] = own[r] && r > 0 && r > body && own[r - 1] &&
		    lr_grid_merged(gr, pg->rules, pg->nrules, tol, r, 0);
	for (int r = 0; r < gr->nrow; r++)
		for (int k = 0; k < gr->ncol && k < LR_TAB_MAXCOL; k++)
			top[r][k] = r > body && !own[r] && lr_grid_merged(gr,
			    pg->rules, pg->nrules, tol, r, k) ? top[r - 1][k] : r;
	for (int i = 0; i < c->t->n; i++) {
		int row = cells[i] / LR_TAB_MAXCOL, col = cells[i] %
		    LR_TAB_MAXCOL;
		if (cells[i] >= 0)
			cells[i] = top[row][col] * LR_TAB_MAXCOL + col;
	}
}

/* The words of a row of gr (page pg) one cell across (lr_grid_spans: a
 * hamlet's name over its holders' rows) put in its first column, one
 * cell: no value of a column, a row the reader passes over. */
static void
spanning_rows(const lr_xctx *c, const lr_grid *gr, const lr_page_words *pg,
    int *cells)
{
	int tol = lr_grid_tol(pg);

	for (int i = 0; i < c->t->n; i++)
		if (cells[i] >= 0 && lr_grid_spans(gr, pg->rules, pg->nrules,
		    tol, cells[i] / LR_TAB_MAXCOL))
			cells[i] -= cells[i] % LR_TAB_MAXCOL;
}

/* The grid gr of page as a token stream in g: its rows, then its header
 * rows joined (the last row); *h its header rows, *named those that name
 * the columns.  gap: see place(); pg: the page whose rules drew gr
 * (merge_cells), NULL for an unruled table.  Returns 1 when built, 0 when
 * no word falls in gr, -1 when out of memory. */
static int
grid_build(lr_xctx *c, const lr_grid *gr, int page, int gap,
    const lr_page_words *pg, int *cells, struct gtab *g, int *h, int *named)
{
	int ncol = gr->ncol < LR_TAB_MAXCOL ? gr->ncol : LR_TAB_MAXCOL;
	int ret = 0;

	if (place(c, gr, page, gap, cells, 0) == 0)
		return 0;
	if ((g->ruled = pg != NULL)) {
		merge_cells(c, gr, pg, cells);
		spanning_rows(c, gr, pg, cells);
	}
	for (int r = 0; r < gr->nrow && ret == 0; r++)
		ret = add_row(g, c, cells, ncol, r, r + 1, page);
	*h = ret == 0 ? header_rows(c, g, ncol, named) : 0;
	if (ret == 0)
		ret = add_row(g, c, cells, ncol, 0, *named, page);
	return ret == 0 ? 1 : -1;
}

/* The grid gr of page read (grid_build, read_grid; pg: see grid_build;
 * twin: see borrow_columns).  Returns 1 when it was read or flagged, 0
 * when it is no table of holders, -1 when out of memory. */
static int
grid_table(lr_xctx *c, const lr_grid *gr, int page, int gap,
    const lr_page_words *pg, int *cells, const struct lr_table *twin,
    struct open *o)
{
	struct gtab g = { { NULL, 0, 0, 0 }, NULL, 0, 0, 0 };
	int ret, h, named;

	ret = grid_build(c, gr, page, gap, pg, cells, &g, &h, &named);
	if (ret == 1 && read_grid(c, &g, gr, h, named, page, twin, o) == 0)
		place(c, gr, page, gap, cells, 1);
	else if (ret == 1)
		ret = 0;
	free(g.t.v);
	free(g.cut);
	return ret;
}

/* The columns of grid gr of page pg named by its own header, in *tb; 1
 * when they make a table of parcels, else 0. */
static int
grid_columns(lr_xctx *c, const lr_grid *gr, const lr_page_words *pg,
    int *cells, struct lr_table *tb)
{
	struct gtab g = { { NULL, 0, 0, 0 }, NULL, 0, 0, 0 };
	int h, named, by[LR_TAB_MAXCOL + 1], by_values, ok = 0;

	*tb = (struct lr_table){ .ncol = gr->ncol < LR_TAB_MAXCOL ? gr->ncol :
	    LR_TAB_MAXCOL, .total = -1 };
	if (grid_build(c, gr, pg->n, 0, pg, cells, &g, &h, &named) == 1)
		ok = lr_tab_header_ok(tb->cols, tb->ncol, header_of(c, &g, h,
		    named, tb, by, &by_values)) > 0;
	free(g.t.v);
	free(g.cut);
	return ok;
}

/* The box of tokens [a, b) as a rule-sized box, and whether they hold a
 * digit. */
static int
line_box(const lr_toks *t, int a, int b, lr_rule *box)
{
	int u[4] = LR_BOX_NONE, digit = 0;

	for (int j = a; j < b; j++) {
		const lr_tok *k = &t->v[j];
		lr_box_grow(u, k->x, k->y, k->w, k->h);
		digit |= (k->flags & TOK_DIGIT) != 0;
	}
	*box = (lr_rule){ u[0], u[1], u[2], u[3] };
	return digit;
}

/* The end of the line of tokens starting at a. */
static int
line_end(const lr_toks *t, int a)
{
	int b = a + 1;

	while (b < t->n && !(t->v[b].flags & TOK_BOL))
		b++;
	return b;
}

/* Is the line of tokens from a, on page, a row of a table or its total
 * (after a household's "Cộng")? */
static int
row_next(const lr_xctx *c, int a, int page)
{
	struct lr_table none = { .ncol = 0 };
	int b = a < c->t->n ? line_end(c->t, a) : a;

	return a < c->t->n && c->t->v[a].page == page && (lr_tab_is_row(c,
	    &none, a, b) || lr_label_at(c->s, c->t, a, b, LAB_T_TOTAL, NULL) >
	    0);
}

/* Is the line of tokens [a, b) values only: two or more, each a number,
 * an area or a land-use code (a parcel's own sub-row under its holder's,
 * the holder's cells left blank)? */
static int
values_line(const lr_xctx *c, int a, int b)
{
	int n = 0;

	for (int j = a; j < b; j++) {
		if (!lr_tab_content(&c->t->v[j]))
			continue;
		if (value_kind(c, j) == 0)
			return 0;
		n++;
	}
	return n >= 2;
}

/* How many tokens of [a, b) hold letters. */
static int
words_in(const lr_toks *t, int a, int b)
{
	int n = 0;

	for (int j = a; j < b; j++)
		n += (t->v[j].flags & TOK_ALPHA) != 0;
	return n;
}

/* The rows of gr (row r > 0 from ys[r], its one line of figures ending at
 * ends[r]) made those of a table whose cells are centred on their rows:
 * the names and addresses wrapped on lines above the figures and under
 * them.  The first row starts at lead (the top of its first line, under
 * the header), each other one halfway between the line of figures above
 * and its own, the last one ends as far under its line as it starts
 * above it. */
static void
centre_rows(lr_grid *gr, const int *ends, int lead)
{
	int n = gr->nrow, last = gr->ys[n - 1];

	for (int r = n - 1; r > 1; r--)
		gr->ys[r] = (ends[r - 1] + gr->ys[r]) / 2;
	gr->ys[1] = lead < gr->ys[1] ? lead : gr->ys[1];
	if (n > 1 && ends[n - 1] + (last - gr->ys[n - 1]) > gr->ys[n])
		gr->ys[n] = ends[n - 1] + (last - gr->ys[n - 1]);
}

/* The rows of an unruled table whose header line starts at token a: row
 * edges in gr->ys at the tops of the header, of each line that is a row
 * and of the total line; lines between rows (a wrapped cell) stay with
 * the row above.  The boxes of the body's words in *box (*nbox of them),
 * for the columns: stray marks with no letter or digit ("_", "__") are
 * left out, so that they never bridge two columns; "|" stays, the
 * separator a text table gives.
 * head_line 0: line a is the table's first row, it has no header (a
 * table running on over a page).
 * Returns the number of rows, 0 when none. */
/* Is the line of box lb a row's cell wrapped under it (row line rb, the
 * table's lines so far ending at bottom): within a line's height under
 * them, starting right of where the row starts (in a later column), under
 * half as wide as the row (prose under a table runs across it)? */
static int
wraps(const lr_rule *lb, const lr_rule *rb, int bottom)
{
	return lb->y <= bottom + rb->h && lb->x > rb->x + rb->h &&
	    2 * lb->w < rb->w;
}

/* Where the first cell of the row line [a, b) of t ends (its key, the row
 * number): half a line's height before its second word. */
static int
row_key(const lr_toks *t, int a, int b)
{
	return b - a > 1 ? t->v[a + 1].x - t->v[a + 1].h / 2 :
	    t->v[a].x + t->v[a].w;
}

/* Has the line of tokens [a, b) a gap of gap pixels or more between two
 * words (cells apart, not the spaces of prose)? */
static int
wide_gap(const lr_toks *t, int a, int b, int gap)
{
	for (int j = a + 1; j < b; j++)
		if (t->v[j].x - (t->v[j - 1].x + t->v[j - 1].w) >= gap)
			return 1;
	return 0;
}

/* Is the line of tokens [a, b), box lb, the rest of the row above, whose
 * cells wrap over several lines (an address over three, a long "Ghi
 * chú" over four: row line rb, its first cell ending at key, the table's
 * lines so far ending at bottom): within a line's height under them,
 * nothing under the row's first cell, no further right than the row, and
 * cells apart, a gap of two lines' height between two of its words
 * (prose under a table runs across it, its words a space apart)? */
static int
row_rest(const lr_toks *t, int a, int b, const lr_rule *lb,
    const lr_rule *rb, int bottom, int key)
{
	return lb->y <= bottom + rb->h && lb->x >= key &&
	    lb->x + lb->w <= rb->x + rb->w + 2 * rb->h &&
	    wide_gap(t, a, b, 2 * rb->h);
}

/* The tops of the lines of page in (y0, y1), sorted, in tops (up to max);
 * how many. */
static int
line_tops(const lr_toks *t, int page, int y0, int y1, int *tops, int max)
{
	int n = 0;
	lr_rule lb;

	for (int a = 0; a < t->n && n < max; a = line_end(t, a)) {
		line_box(t, a, line_end(t, a), &lb);
		if (t->v[a].page == page && lb.y > y0 && lb.y < y1)
			tops[n++] = lb.y;
	}
	if (n > 0)
		lr_grid_median(tops, n);	/* sorts them */
	return n;
}

/* Move the edge above each row r >= from of unruled grid gr (page) to
 * the widest gap between the lines from the row above's first line to
 * its own, when it is half as wide again as the gap just above its own:
 * in a table whose cells are centred on their rows a name or an address
 * wrapped above a row's line of figures is that row's, and one wrapped
 * under it the row above's.  Where cells start at their rows' tops, the
 * widest gap is above the row's line, and nothing moves. */
static void
gap_rows(const lr_xctx *c, int page, lr_grid *gr, int from)
{
	int tops[LR_GRID_MAX];

	for (int r = from; r < gr->nrow; r++) {
		int n = line_tops(c->t, page, gr->ys[r - 1], gr->ys[r], tops,
		    LR_GRID_MAX - 1), last = gr->ys[r - 1], best = 0, at = n;

		tops[n] = gr->ys[r];
		for (int k = 0; k <= n; last = tops[k++])
			if (tops[k] - last >= best)
				best = tops[k] - last, at = k;
		if (n > 0 && at < n && 2 * best > 3 * (tops[n] - tops[n - 1]))
			gr->ys[r] = tops[at];
	}
}

/* Add the boxes of the words of the line of tokens [a, b) to box[*n]:
 * stray marks with no letter or digit ("_", "__") are left out. */
static void
box_line(const lr_toks *t, int a, int b, lr_rule *box, int *n)
{
	for (int j = a; j < b; j++)
		if (!stray(t, j))
			box[(*n)++] = (lr_rule){ t->v[j].x, t->v[j].y,
			    t->v[j].w, t->v[j].h };
}

/* Does the line of tokens [a, b) start a row of a table with no row
 * numbers: the holder's title first ("Ông", "Bà", "Hộ ông"), figures in
 * three words or more, a parcel's sheet, number and area (a couple's
 * second name, a wrapped name has none; a name centred on its row over
 * two lines, "Hộ ông Bế khối 9, xã ... 50", an address's or a term's
 * figure only)? */
static int
titled_row(const lr_xctx *c, int a, int b)
{
	static const int title[] = { LAB_OWNER_M, LAB_OWNER_F, LAB_HH_M,
	    LAB_HH_F };
	int digits = 0, first = -1;

	for (int j = a; j < b; j++)
		if (lr_tab_content(&c->t->v[j])) {
			first = first < 0 ? j : first;
			digits += (c->t->v[j].flags & TOK_DIGIT) != 0;
		}
	for (size_t k = 0; k < sizeof(title) / sizeof(*title) && digits >= 3;
	    k++)
		if (lr_label_at(c->s, c->t, first, b, title[k], NULL) > 0)
			return 1;
	return 0;
}

/* Is the line of tokens [a, b), box lb, the rest of a row that starts
 * with its holder's title (titled_row; row line rb, the table's lines so
 * far ending at bottom): within a line's height under them, from under
 * the row's first cell to no further right than the row, cells apart (a
 * gap of two lines' height between two of its words)?  Its figures are
 * the cells' wrapped ends ("năm 1970" under "Ông Tráng A Dê, sinh"). */
static int
titled_rest(const lr_toks *t, int a, int b, const lr_rule *lb,
    const lr_rule *rb, int bottom)
{
	return lb->y <= bottom + rb->h && lb->x >= rb->x - rb->h &&
	    lb->x + lb->w <= rb->x + rb->w + 2 * rb->h &&
	    wide_gap(t, a, b, 2 * rb->h);
}

static int
unruled_rows(const lr_xctx *c, int a, int head_line, lr_grid *gr,
    lr_rule **box, int *nbox)
{
	int page = c->t->v[a].page, b, ny = 0, misses = 0, bottom = 0, rows = 0,
	    head = 0, lead = -1, ends[LR_GRID_MAX], pend[4], npend = 0,
	    key = 1 << 30, titled = 0;
	struct lr_table under = { .ncol = 1 };	/* under a header */
	lr_rule lb, rb = { 0, 0, 0, 0 };

	line_box(c->t, a, line_end(c->t, a), &lb);
	if (head_line)
		gr->ys[ny++] = lb.y;
	for (a = head_line ? line_end(c->t, a) : a; a < c->t->n && misses < 2 + (lead >= 0) &&
	    c->t->v[a].page == page && ny < LR_GRID_MAX - 1; a = b) {
		b = line_end(c->t, a);
		int digit = line_box(c->t, a, b, &lb), row = lr_tab_is_row(c,
		    &under, a, b) || values_line(c, a, b) ||
		    titled_row(c, a, b), total = lr_label_at(c->s, c->t, a, b,
		    LAB_T_TOTAL, NULL) > 0;
		if (row || titled_row(c, a, b))
			titled = titled_row(c, a, b), row = 1;
		if (!row && lr_label_at(c->s, c->t, a, b, LAB_ARTICLE, NULL) >
		    0)
			break;
		/* a header of two or three lines: its lines under the
		 * first, no digit in them, before any row */
		head += rows == 0 && !digit && !row;
		if (rows == 0 && !row && !total && (digit || head > 2) &&
		    lead < 0 && words_in(c->t, a, b) >= 2)
			lead = lb.y;	/* a row's cells wrapped above it? */
		misses = row || total || (!digit && b - a <= 4) ||
		    (rows == 0 && !digit && head <= 2) || (rows > 0 && !digit &&
		    (wraps(&lb, &rb, bottom) || row_rest(c->t, a, b, &lb, &rb,
		    bottom, key))) || (rows > 0 && titled && titled_rest(c->t,
		    a, b, &lb, &rb, bottom)) ? 0 : misses + 1;
		if (misses > 0 && lead >= 0 && npend < 4)
			pend[npend++] = a;	/* boxed if a row follows */
		if (misses > 0)
			continue;
		if (rows == 0 && (row || total) && lead >= 0 &&
		    lb.y - lead > 2 * lb.h)
			lead = -1, npend = 0;	/* too far above: no row's */
		if (row || total)
			ends[ny] = lb.y + lb.h, gr->ys[ny++] = lb.y, rows++,
			    rb = lb, key = row_key(c->t, a, b);
		for (int k = 0; k < npend && rows > 0; k++)
			box_line(c->t, pend[k], line_end(c->t, pend[k]), *box,
			    nbox);
		npend = rows > 0 ? 0 : npend;
		if (!total && (rows > 0 || b - a <= 4))
			box_line(c->t, a, b, *box, nbox);	/* a long
				 * header line's words: no column */
		bottom = lb.y + lb.h + 1;
		if (total && !row_next(c, b, page))
			break;		/* a household's "Cộng" goes on */
	}
	gr->ys[ny] = bottom;
	gr->nrow = ny;
	if (lead >= 0 && rows > 0)
		centre_rows(gr, ends, lead);
	else if (rows > 0)
		gap_rows(c, page, gr, head_line ? 2 : 1);
	for (int k = 0; k < npend && lead >= 0 && rows > 0; k++)
		if (c->t->v[pend[k]].y < gr->ys[ny])	/* the last row's */
			box_line(c->t, pend[k], line_end(c->t, pend[k]), *box,
			    nbox);
	return rows > 0 ? rows : 0;
}

/* The gap that parts a header's cells on the line of tokens [a, b): half
 * as wide again as the median gap between its words (most of them are
 * spaces inside a cell), but at most twice the first quartile's (a
 * header of one-word cells, "Diện | Tờ | Thửa | Loại", whose median is a
 * gap between cells), at most max. */
static int
cell_gap(const lr_toks *t, int a, int b, int max)
{
	int gaps[64], n = 0, g, q;

	for (int j = a + 1; j < b && n < 64; j++)
		gaps[n++] = t->v[j].x - (t->v[j - 1].x + t->v[j - 1].w);
	if (n == 0)
		return max;
	g = lr_grid_median(gaps, n) * 3 / 2;	/* sorts gaps */
	q = gaps[n / 4] * 2;
	g = q > 0 && q < g ? q : g;
	return g < max ? g : max;
}

static int run_over(lr_xctx *c, int a, struct open *o, int gap);

/* An unruled table on page that reaches its last fifth (its bottom at
 * y), when the next page starts with a row of values (two or more
 * numbers or land-use codes in the band of its first word, however OCR
 * cut its lines): those rows, with no header over them, are read in the
 * columns of the table o left open (run_over); when they cannot be, one
 * review item says so, standing for their holders too.  gap: see
 * place(). */
static void
runs_on(lr_xctx *c, int page, int bottom, struct open *o, int gap)
{
	char why[96];
	int a = 0, nums = 0;

	if (c->w == NULL || page < 1 || page > c->w->npages ||
	    bottom * 5 < c->w->pages[page - 1].height * 4)
		return;
	while (a < c->t->n && (c->t->v[a].page <= page ||
	    !lr_tab_content(&c->t->v[a])))
		a++;
	for (int j = 0; j < c->t->n && a < c->t->n; j++)
		nums += c->t->v[j].page == c->t->v[a].page &&
		    abs(c->t->v[j].y - c->t->v[a].y) < c->t->v[a].h &&
		    value_kind(c, j) != 0;
	if (a >= c->t->n || nums < 2 || lr_label_at(c->s, c->t, a,
	    line_end(c->t, a), LAB_ARTICLE, NULL) > 0 || run_over(c, a, o, gap))
		return;
	snprintf(why, sizeof(why), "page %d: the table of page %d runs on: "
	    "its rows there were not read", c->t->v[a].page, page);
	lr_x_table_item(c, why);
}

static void split_kinds(const lr_xctx *c, lr_grid *gr, int page,
    int mingap, lr_rule *box);

/* Grid gr of an unruled table on page with a few rows only (three or
 * fewer, its total with them), whose words show fewer columns than the
 * table o left open on the page before: the rows it runs on with, in that
 * table's columns (a table printed over two pages keeps them). */
static void
run_on_columns(const struct open *o, int page, lr_grid *gr)
{
	if (o->on && o->last == page - 1 && gr->nrow <= 4 && gr->ncol <
	    o->gr.ncol) {
		memcpy(gr->xs, o->gr.xs, sizeof(gr->xs));
		gr->ncol = o->gr.ncol;
	}
}

/* The rows with no header from token a, the first line of the next page
 * after the unruled table o left open, read as its own (a table printed
 * over two pages, its header on the first only): their lines make the
 * rows (unruled_rows), its columns the columns.  Only when the page
 * starts with a whole row (a row number or a name before its values): a
 * parcel's line of values alone may be the sub-row of a holder named
 * under it, whom it must not be given to the holder before.  1 when
 * read. */
static int
run_over(lr_xctx *c, int a, struct open *o, int gap)
{
	lr_grid gr;
	lr_rule *box = malloc((size_t)c->t->n * sizeof(*box));
	int *cells = malloc((size_t)(c->t->n + 1) * sizeof(*cells));
	int nbox = 0, ret = 0, page = c->t->v[a].page;

	struct lr_table none = { .ncol = 0 };

	if (box != NULL && cells != NULL && o->on && o->last == page - 1 &&
	    lr_tab_is_row(c, &none, a, line_end(c->t, a)) &&
	    !values_line(c, a, line_end(c->t, a)) &&
	    unruled_rows(c, a, 0, &gr, &box, &nbox) > 0) {
		memcpy(gr.xs, o->gr.xs, sizeof(gr.xs));
		gr.ncol = o->gr.ncol;
		ret = grid_table(c, &gr, page, gap, NULL, cells, NULL, o) > 0;
	}
	free(box);
	free(cells);
	return ret;
}

void
lr_x_geo_close(lr_xctx *c, struct lr_tab_open **o)
{
	if (*o != NULL)
		finish(c, &(*o)->o);
	free(*o);
	*o = NULL;
}

/* Read the unruled table whose header line starts at token a of c->t
 * into the table o left open (see lr_x_geo_unruled); 1 when read. */
static int
unruled(lr_xctx *c, int a, struct open *o)
{
	lr_grid gr;
	lr_rule *box = malloc((size_t)c->t->n * sizeof(*box));
	int *cells = malloc((size_t)(c->t->n + 1) * sizeof(*cells));
	int nbox = 0, ret = 0, mingap = c->t->v[a].h, page = c->t->v[a].page,
	    gap;

	if (box != NULL && cells != NULL &&
	    unruled_rows(c, a, 1, &gr, &box, &nbox) > 0 &&
	    (gr.ncol = lr_grid_columns(box, nbox, mingap, gr.xs,
	    LR_GRID_MAX)) >= 3) {
		gr.xs[0] = 0;
		gr.xs[gr.ncol] = 1 << 30;
		split_kinds(c, &gr, page, mingap, box);
		run_on_columns(o, page, &gr);
		gap = cell_gap(c->t, a, line_end(c->t, a), mingap);
		if (grid_table(c, &gr, page, gap, NULL, cells, NULL, o) > 0)
			ret = 1;
		if (ret)
			runs_on(c, page, gr.ys[gr.nrow], o, gap);
	}
	free(box);
	free(cells);
	return ret;
}

/* The tokens of the page of token a, from a on, that stand left of x
 * (right: at x or right of it), into half (its own lines, each starting
 * TOK_BOL; the strings are the document's); -1 when out of memory. */
static int
half_of(const lr_toks *t, int a, int x, int right, struct gtab *half)
{
	int line = -1;

	for (int j = a; j < t->n && t->v[j].page == t->v[a].page; j++) {
		lr_tok k = t->v[j];
		if ((k.x + k.w / 2 >= x) != right)
			continue;
		k.flags = k.line != line ? k.flags | TOK_BOL :
		    k.flags & ~(unsigned)TOK_BOL;
		line = k.line;
		if (push(half, &k) != 0)
			return -1;
	}
	return 0;
}

/* Two unruled tables side by side under the header row of line a, cut
 * at x (lr_tab_repeat_at): each half read with its own
 * columns, the left's rows first; the right one goes on with the left
 * (one list cut in two) unless the left closed with its total.  The
 * checks of a table are made on the document's tokens.  1 when either
 * half was read. */
static int
side_by_side(lr_xctx *c, int a, int x, struct open *o)
{
	lr_toks *doc = c->t;
	int ret = 0;

	finish(c, o);
	for (int right = 0; right < 2; right++) {
		struct gtab half = { { NULL, 0, 0, 0 }, NULL, 0, 0, 0 };
		if (o->on && o->tb.total >= 0)
			finish(c, o);
		if (half_of(doc, a, x, right, &half) == 0 && half.t.n > 0) {
			c->t = &half.t;
			ret |= unruled(c, 0, o);
			c->t = doc;
		}
		free(half.t.v);
	}
	return ret;
}

int
lr_x_geo_unruled(lr_xctx *c, int a, struct lr_tab_open **op)
{
	struct lr_tab_open local = { .o = { .on = 0 } }, *lo;
	int x = lr_tab_repeat_at(c, a), ret;

	if (*op == NULL)
		*op = calloc(1, sizeof(**op));
	lo = *op != NULL ? *op : &local;
	if (lo->o.on && lo->o.last != c->t->v[a].page - 1)
		finish(c, &lo->o);	/* not the page before: no run-on */
	ret = x > 0 ? side_by_side(c, a, x, &lo->o) : unruled(c, a, &lo->o);
	if (lo == &local)
		finish(c, &local.o);
	return ret;
}

/* Put edge v in e[0..*n] (sorted) unless one is within tol of it; *n
 * counts the bands, at most LR_GRID_MAX - 1. */
static void
add_edge(int *e, int *n, int v, int tol)
{
	int i;

	if (*n >= LR_GRID_MAX - 1)
		return;
	for (i = 0; i <= *n && e[i] < v; i++)
		;
	if ((i <= *n && e[i] - v < tol) || (i > 0 && v - e[i - 1] < tol))
		return;
	memmove(e + i + 1, e + i, (size_t)(*n + 1 - i) * sizeof(*e));
	e[i] = v;
	(*n)++;
}

/* The lines of page's tokens in band [y0, y1) of gr, left to right in
 * [x0, x1): for each line that starts at token i, *ndig tokens with a
 * digit, *top its top.  Calls back per line: fn(c, arg, first token, end
 * token, digits, top). */
static void
band_lines(const lr_xctx *c, int page, int x0, int x1, int y0, int y1,
    void (*fn)(const lr_xctx *, void *, int, int, int, int), void *arg)
{
	for (int i = 0, e; i < c->t->n; i = e) {
		int digits = 0, top = 1 << 30, any = -1;
		for (e = i + 1; e < c->t->n && !(c->t->v[e].flags & TOK_BOL);
		    e++)
			;
		for (int j = i; j < e; j++) {
			const lr_tok *k = &c->t->v[j];
			int cx = k->x + k->w / 2, cy = k->y + k->h / 2;
			if (k->page != page || cx < x0 || cx >= x1 || cy < y0 ||
			    cy >= y1 || !lr_tab_content(k))
				continue;
			any = any < 0 ? j : any;
			digits += (k->flags & TOK_DIGIT) != 0;
			top = k->y < top ? k->y : top;
		}
		if (any >= 0)
			fn(c, arg, i, e, digits, top);
	}
}

/* What the refinement of a grid gathers over a band: its lines, those
 * with numbers in two cells or more, the tops of those that start rows;
 * the boxes of its words in [x0, x1). */
struct gather {
	int lines, rowlines, tops[LR_GRID_MAX], ntop;
	lr_rule *box;
	int nbox, x0, x1;
};

/* Does the line of tokens [i, e), with digits words that have a digit,
 * start a row: numbers in two cells or more, and a row number first, or
 * "Ông", "Bà", "Hộ ông", "Hộ bà" first? */
static int
starts_row(const lr_xctx *c, int i, int e, int digits)
{
	static const int title[] = { LAB_OWNER_M, LAB_OWNER_F, LAB_HH_M,
	    LAB_HH_F };
	struct lr_table none = { .ncol = 0 };

	while (i < e && !lr_tab_content(&c->t->v[i]))
		i++;
	if (digits < 2)		/* "3 Thưởng": a stray mark, a wrapped name */
		return 0;
	if (lr_tab_is_row(c, &none, i, e))
		return 1;
	for (size_t k = 0; k < sizeof(title) / sizeof(*title); k++)
		if (lr_label_at(c->s, c->t, i, e, title[k], NULL) > 0)
			return 1;
	return 0;
}

/* Note a line of a ruled row: one that starts a row (starts_row) is a row
 * of its own (a rule between rows lost); one with numbers in two cells
 * or more is of the body. */
static void
row_line(const lr_xctx *c, void *arg, int i, int e, int digits, int top)
{
	struct gather *g = arg;

	if (starts_row(c, i, e, digits) && g->ntop < LR_GRID_MAX)
		g->tops[g->ntop++] = top;
	g->rowlines += digits >= 2;
	g->lines++;
}

/* Is token j a unit of area ("ha", "m2"), which goes with the number
 * before it in its cell ("0,1235 ha")? */
static int
area_unit(const lr_xctx *c, int j)
{
	return lr_label_at(c->s, c->t, j, j + 1, LAB_UNIT_HA, NULL) > 0 ||
	    lr_label_at(c->s, c->t, j, j + 1, LAB_UNIT_M2, NULL) > 0;
}

/* Note the word boxes of a line in a column, for its gaps; a box's
 * height is its word's kind: 'n' a number or a unit of area after one,
 * 'u' a land-use code, 'w' other words. */
static void
col_line(const lr_xctx *c, void *arg, int i, int e, int digits, int top)
{
	struct gather *g = arg;

	(void)digits, (void)top;
	for (int j = i; j < e; j++) {
		const lr_tok *k = &c->t->v[j];
		int cx = k->x + k->w / 2;
		if (cx >= g->x0 && cx < g->x1 && lr_tab_content(k))
			g->box[g->nbox++] = (lr_rule){ k->x, k->y, k->w,
			    k->flags & TOK_DIGIT || area_unit(c, j) ? 'n' :
			    value_kind(c, j) == 'u' ? 'u' : 'w' };
	}
	g->lines++;
}

/* The kind of the boxes box[0..n) in [x0, x1) (col_line()): the kind of
 * three in four of them, two or more, codes counted with other words when
 * too few of them alone (OCR misread some: "ONI"); 0 when mixed or too
 * few. */
static int
kind_of(const lr_rule *box, int n, int x0, int x1)
{
	int all = 0, num = 0, code = 0;

	for (int i = 0; i < n; i++)
		if (box[i].x + box[i].w / 2 >= x0 && box[i].x + box[i].w / 2 <
		    x1) {
			all++;
			num += box[i].h == 'n';
			code += box[i].h == 'u';
		}
	if (num >= 2 && num * 4 >= all * 3)
		return 'n';
	if (code >= 2 && code * 4 >= all * 3)
		return 'u';
	return all - num >= 2 && (all - num) * 4 >= all * 3 ? 'w' : 0;
}

/* The gap at x between the boxes box[0..n) in [x0, x) and those in
 * [x, x1) (by their middles): from the right end of the first to the
 * left end of the second. */
static int
gap_at(const lr_rule *box, int n, int x0, int x, int x1)
{
	int right = x0, left = x1;

	for (int i = 0; i < n; i++) {
		int cx = box[i].x + box[i].w / 2;
		if (cx >= x0 && cx < x && box[i].x + box[i].w > right)
			right = box[i].x + box[i].w;
		else if (cx >= x && cx < x1 && box[i].x < left)
			left = box[i].x;
	}
	return left - right;
}

/* Cut column k of gr (edges in xs, *nx columns) where, in the body rows
 * from body on, its words leave a gap of mingap pixels down three lines
 * or more between two sides each of one kind, numbers on one side at
 * least (columns whose rule was lost: "616,8 | 589,8", "3 | Bà Lê Thị
 * Hoa | 12", "LUC | 521,7"); never between two of words (the words of
 * one cell).  box: room for every token. */
static void
split_column(const lr_xctx *c, const lr_grid *gr, int k, int body,
    int page, int mingap, lr_rule *box, int *xs, int *nx)
{
	struct gather g = { .box = box, .x0 = gr->xs[k], .x1 = gr->xs[k + 1] };
	int sub[LR_GRID_MAX], n;

	band_lines(c, page, gr->xs[k], gr->xs[k + 1], gr->ys[body],
	    gr->ys[gr->nrow], col_line, &g);
	n = g.lines >= 3 ? lr_grid_columns(box, g.nbox, mingap, sub,
	    LR_GRID_MAX) : 1;
	for (int e = 1; e < n; e++) {
		int l = kind_of(box, g.nbox, sub[e - 1], sub[e]);
		int r = kind_of(box, g.nbox, sub[e], sub[e + 1]);
		if (l != 0 && r != 0 && (l == 'n' || r == 'n'))
			add_edge(xs, nx, sub[e], mingap);
	}
}

/* Cut the columns of unruled grid gr (its body rows from 1 on) where
 * two kinds of words (col_line()) stand a narrow gap apart down three
 * lines or more: an area and its land-use code columns set apart by a few
 * spaces ("1.491,6  ONT"), a code and a note ("CLN  Đã kê khai"), under
 * the gap (mingap) that parts columns; and where numbers stand mingap
 * apart from numbers in the body, a header word having bridged the gap
 * ("Diện tích | Tờ bản đồ" over "1.030,5 | 14").  box: room for every
 * token. */
static void
split_kinds(const lr_xctx *c, lr_grid *gr, int page, int mingap,
    lr_rule *box)
{
	int xs[LR_GRID_MAX], nx = gr->ncol, sub[LR_GRID_MAX], n;

	memcpy(xs, gr->xs, sizeof(xs));
	for (int k = 0; k < gr->ncol; k++) {
		struct gather g = { .box = box, .x0 = gr->xs[k],
		    .x1 = gr->xs[k + 1] };
		band_lines(c, page, g.x0, g.x1, gr->ys[1], gr->ys[gr->nrow],
		    col_line, &g);
		n = g.lines >= 3 ? lr_grid_columns(box, g.nbox, mingap / 3,
		    sub, LR_GRID_MAX) : 1;
		for (int e = 1; e < n; e++) {
			int l = kind_of(box, g.nbox, sub[e - 1], sub[e]);
			int r = kind_of(box, g.nbox, sub[e], sub[e + 1]);
			if (l != 0 && r != 0 && (l != r || (l == 'n' &&
			    gap_at(box, g.nbox, sub[e - 1], sub[e], sub[e + 1])
			    >= mingap)))
				add_edge(xs, &nx, sub[e], mingap / 3);
		}
	}
	memcpy(gr->xs, xs, sizeof(xs));
	gr->ncol = nx;
}

/* The ruled row of gr where the body starts: the first with a line of
 * numbers in two cells or more; nrow when none. */
static int
body_row(const lr_xctx *c, const lr_grid *gr, int page)
{
	for (int r = 0; r < gr->nrow; r++) {
		struct gather g = { .lines = 0 };
		band_lines(c, page, gr->xs[0], gr->xs[gr->ncol], gr->ys[r],
		    gr->ys[r + 1], row_line, &g);
		if (g.rowlines > 0)
			return r;
	}
	return gr->nrow;
}

/* The median height of the words on page (a line's height, the gap that
 * parts columns); 16 when it has none. */
static int
mingap(const lr_xctx *c, int page)
{
	int *h = malloc((size_t)(c->t->n + 1) * sizeof(*h)), n = 0, m;

	for (int i = 0; h != NULL && i < c->t->n; i++)
		if (c->t->v[i].page == page && lr_tab_content(&c->t->v[i]))
			h[n++] = c->t->v[i].h;
	m = n > 0 ? lr_grid_median(h, n) : 16;
	free(h);
	return m;
}

/* A grid whose rules were partly lost (a faint scan): a body row that
 * holds two lines or more that start rows (starts_row) is cut above each,
 * so that rows are anchored on their own values; a column that holds two
 * columns of numbers is cut between them (split_column). */
static void
refine_grid(const lr_xctx *c, lr_grid *gr, int page, int mingap)
{
	int body = body_row(c, gr, page), ny = gr->nrow, nx = gr->ncol;
	int ys[LR_GRID_MAX], xs[LR_GRID_MAX];
	lr_rule *box = malloc((size_t)(c->t->n + 1) * sizeof(*box));

	memcpy(ys, gr->ys, sizeof(ys));
	memcpy(xs, gr->xs, sizeof(xs));
	for (int k = 0; box != NULL && body < gr->nrow && k < gr->ncol; k++)
		split_column(c, gr, k, body, page, mingap, box, xs, &nx);
	free(box);
	for (int r = body; r < gr->nrow; r++) {
		struct gather g = { .lines = 0 };
		band_lines(c, page, gr->xs[0], gr->xs[gr->ncol], gr->ys[r],
		    gr->ys[r + 1], row_line, &g);
		for (int k = 1; k < g.ntop; k++)
			add_edge(ys, &ny, g.tops[k] - 2, mingap / 2);
	}
	memcpy(gr->ys, ys, sizeof(ys));
	memcpy(gr->xs, xs, sizeof(xs));
	gr->nrow = ny, gr->ncol = nx;
}

static int
span_cmp(const void *a, const void *b)
{
	const int *x = a, *y = b;

	return (x[0] > y[0]) - (x[0] < y[0]);
}

/* The rows of grid gr of page, one row as its rules draw none across (a
 * table ruled by its columns only), from its words: a row ends where a
 * band free of words, over half a line's height (mingap) tall, runs across
 * the table (the padding between rows; the lines of a wrapped cell stand
 * closer, and cells centred on their row overlap its other lines). */
static void
rows_by_gaps(const lr_xctx *c, lr_grid *gr, int page, int mingap)
{
	int (*sp)[2] = malloc((size_t)(c->t->n + 1) * sizeof(*sp)), n = 0;
	int top = gr->ys[0], bottom = gr->ys[1], ny = 1;

	for (int i = 0; sp != NULL && i < c->t->n; i++) {
		const lr_tok *k = &c->t->v[i];
		int x = k->x + k->w / 2, y = k->y + k->h / 2;
		if (k->page == page && lr_tab_content(k) && x >= gr->xs[0] &&
		    x < gr->xs[gr->ncol] && y >= top && y < bottom)
			sp[n][0] = k->y, sp[n++][1] = k->y + k->h;
	}
	if (sp != NULL)
		qsort(sp, (size_t)n, sizeof(*sp), span_cmp);
	for (int i = 1, end = n > 0 ? sp[0][1] : 0; i < n; i++) {
		if (sp[i][0] - end > mingap / 2 && ny < LR_GRID_MAX - 1)
			gr->ys[ny++] = (end + sp[i][0]) / 2;
		end = sp[i][1] > end ? sp[i][1] : end;
	}
	gr->ys[ny] = bottom;
	gr->nrow = ny;
	free(sp);
}

/* A grid and the page it is on. */
struct pgrid {
	lr_grid gr;
	const lr_page_words *pg;
	int page, tol;
};

/* The first word of page in the top row of grid gr (its header), or -1. */
static int
head_token(const lr_xctx *c, const lr_grid *gr, int page)
{
	for (int j = 0; j < c->t->n; j++) {
		const lr_tok *k = &c->t->v[j];
		if (k->page == page && lr_tab_content(k) && k->x + k->w / 2 >
		    gr->xs[0] && k->x + k->w / 2 < gr->xs[gr->ncol] &&
		    k->y + k->h / 2 > gr->ys[0] && k->y + k->h / 2 <
		    gr->ys[1])
			return j;
	}
	return -1;
}

/* Grid gr of page cut in two when its header repeats its first columns
 * (lr_tab_repeat_at: two tables side by side, one row of rules across
 * both): gr keeps the columns left of the cut, *right those right of it
 * (a column between two rules at the cut, empty, in neither).  1 when
 * cut, each half three columns or more. */
static int
split_sides(const lr_xctx *c, lr_grid *gr, int page, lr_grid *right)
{
	int a = head_token(c, gr, page), x, l = gr->ncol, r = 0;

	if (a < 0 || (x = lr_tab_repeat_at(c, a)) < 0)
		return 0;
	while (l > 0 && gr->xs[l] > x)
		l--;
	while (r < gr->ncol && gr->xs[r] < x)
		r++;
	if (l < 3 || gr->ncol - r < 3)
		return 0;
	*right = *gr;
	right->ncol = gr->ncol - r;
	memmove(right->xs, gr->xs + r, (size_t)(right->ncol + 1) *
	    sizeof(int));
	gr->ncol = l;
	return 1;
}

/* Is rule r of page pg a scanner's streak, not a table's rule: a line
 * down nine tenths of the page's height or more, which no table's rule
 * runs (a table leaves the heading and the signature above and below)? */
static int
streak(const lr_page_words *pg, const lr_rule *r)
{
	return pg->height > 0 && r->h * 10 >= pg->height * 9 && r->w * 20 <
	    r->h;
}

/* The grids of every page of c, refined (refine_grid), in reading order
 * (two tables side by side in one grid cut, the left first: split_sides),
 * in *out (to free); how many, -1 when out of memory. */
static int
all_grids(const lr_xctx *c, struct pgrid **out)
{
	lr_grid grids[MAXGRIDS];
	int n = 0;

	*out = malloc((size_t)(2 * c->w->npages * MAXGRIDS + 1) *
	    sizeof(**out));
	for (int p = 0; *out != NULL && p < c->w->npages; p++) {
		const lr_page_words *pg = &c->w->pages[p];
		int tol = lr_grid_tol(pg), nr = 0, m = 0;
		lr_rule *kept = malloc((size_t)(pg->nrules + 1) *
		    sizeof(*kept));
		for (int i = 0; kept != NULL && i < pg->nrules; i++)
			if (!streak(pg, &pg->rules[i]))
				kept[nr++] = pg->rules[i];
		if (kept != NULL)
			m = lr_grids_of_rules(kept, nr, tol, grids, MAXGRIDS);
		free(kept);
		for (int i = 0; i < m; i++) {
			if (grids[i].nrow == 1)	/* ruled by its columns */
				rows_by_gaps(c, &grids[i], pg->n, mingap(c,
				    pg->n));
			refine_grid(c, &grids[i], pg->n, mingap(c, pg->n));
			lr_grid right;
			int two = split_sides(c, &grids[i], pg->n, &right);
			(*out)[n++] = (struct pgrid){ grids[i], pg, pg->n,
			    tol };
			if (two)
				(*out)[n++] = (struct pgrid){ right, pg,
				    pg->n, tol };
		}
	}
	return *out != NULL ? n : -1;
}

/* The twin of grid i of g[0..n): the first grid of the next page in the
 * same columns whose header names them, its columns in *tb; 1 when there
 * is one. */
static int
twin_of(lr_xctx *c, const struct pgrid *g, int n, int i, int *cells,
    struct lr_table *tb)
{
	for (int j = i + 1; j < n && g[j].page <= g[i].page + 1; j++)
		if (g[j].page == g[i].page + 1 && same_columns(&g[i].gr,
		    &g[j].gr, g[i].tol))
			return grid_columns(c, &g[j].gr, g[j].pg, cells, tb);
	return 0;
}

void
lr_x_geo_tables(lr_xctx *c)
{
	struct pgrid *g = NULL;
	struct lr_table twin;
	struct open o = { .on = 0 };
	int *cells, n;

	if (c->w == NULL || (cells = malloc((size_t)(c->t->n + 1) *
	    sizeof(*cells))) == NULL)
		return;
	n = all_grids(c, &g);
	for (int i = 0; i < n; i++) {
		int t = twin_of(c, g, n, i, cells, &twin);
		o.tol = g[i].tol;
		if (grid_table(c, &g[i].gr, g[i].page, 0, g[i].pg, cells,
		    t ? &twin : NULL, &o) < 0)
			break;
	}
	finish(c, &o);
	free(g);
	free(cells);
}
