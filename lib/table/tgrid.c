/* Sheets of cells: building them, merged ranges, reading CSV into one. */
#include <stdlib.h>
#include <string.h>

#include "tgrid.h"
#include "text/text.h"
#include "util/util.h"

static const lr_cell empty = { "", 0 };

lr_tgrid *
lr_tgrid_new(const char *sheet)
{
	lr_tgrid *g = calloc(1, sizeof(*g));

	if (g != NULL && sheet != NULL && (g->sheet = strdup(sheet)) == NULL) {
		free(g);
		return NULL;
	}
	return g;
}

/* Row n: the last row when it is n, else a new row appended. */
static lr_grow *
row_at(lr_tgrid *g, long n)
{
	lr_grow *r;

	if (g->nrows > 0 && g->rows[g->nrows - 1].n == n)
		return &g->rows[g->nrows - 1];
	if (lr_reserve(&g->rows, &g->cap, g->nrows, sizeof(*g->rows), 64) != 0)
		return NULL;
	r = &g->rows[g->nrows++];
	memset(r, 0, sizeof(*r));
	r->n = n;
	return r;
}

/* Make room for column col in row r, the new cells empty. */
static int
widen(lr_grow *r, int col)
{
	lr_cell *v;

	if (col < r->ncells)
		return 0;
	if ((v = realloc(r->cells, (size_t)(col + 1) * sizeof(*v))) == NULL)
		return -1;
	for (int i = r->ncells; i <= col; i++)
		v[i] = (lr_cell){ NULL, 0 };
	r->cells = v;
	r->ncells = col + 1;
	return 0;
}

/* Put a copy of text in column col of row r of g. */
static int
cell_set(lr_tgrid *g, lr_grow *r, int col, const char *text, int number)
{
	char *t;

	if (r == NULL || col < 0 || widen(r, col) != 0 ||
	    (t = strdup(text)) == NULL)
		return -1;
	free(r->cells[col].text);
	r->cells[col] = (lr_cell){ t, number };
	if (col + 1 > g->ncols)
		g->ncols = col + 1;
	return 0;
}

int
lr_tgrid_put(lr_tgrid *g, long n, int col, const char *text, int number)
{
	return cell_set(g, row_at(g, n), col, text, number);
}

size_t
lr_tgrid_end(const lr_tgrid *g)
{
	return g->base + g->nrows;
}

const lr_grow *
lr_tgrid_row(const lr_tgrid *g, size_t r)
{
	return &g->rows[r - g->base];
}

/* Free what row r holds. */
static void
row_free(lr_grow *r)
{
	for (int c = 0; c < r->ncells; c++)
		free(r->cells[c].text);
	free(r->cells);
}

void
lr_tgrid_drop(lr_tgrid *g, size_t upto)
{
	size_t n = upto > lr_tgrid_end(g) ? g->nrows : upto > g->base ?
	    upto - g->base : 0;

	for (size_t i = 0; i < n; i++)
		row_free(&g->rows[i]);
	memmove(g->rows, g->rows + n, (g->nrows - n) * sizeof(*g->rows));
	g->nrows -= n;
	g->base += n;
}

const lr_cell *
lr_tgrid_cell(const lr_tgrid *g, size_t r, int c)
{
	const lr_grow *row;

	if (r < g->base || r >= lr_tgrid_end(g))
		return &empty;
	row = lr_tgrid_row(g, r);
	if (c < 0 || c >= row->ncells || row->cells[c].text == NULL)
		return &empty;
	return &row->cells[c];
}

/* Row index of row number n, or -1. */
static long
index_of(const lr_tgrid *g, long n)
{
	size_t lo = 0, hi = g->nrows;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (g->rows[mid].n < n)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < g->nrows && g->rows[lo].n == n ? (long)lo : -1;
}

/* Fill the empty cells of held row r (rows[r]), columns c0..c1, with
 * top. */
static int
fill_row(lr_tgrid *g, size_t r, int c0, int c1, const lr_cell *top)
{
	for (int c = c0; c <= c1; c++) {
		if (lr_tgrid_cell(g, g->base + r, c)->text[0] != '\0')
			continue;
		if (cell_set(g, &g->rows[r], c, top->text, top->number) != 0)
			return -1;
	}
	return 0;
}

int
lr_tgrid_fill(lr_tgrid *g, long n, int c0, int c1, const char *text,
    int number)
{
	lr_cell top = { (char *)text, number };

	if (g->nrows == 0 || g->rows[g->nrows - 1].n != n)
		return 0;
	return fill_row(g, g->nrows - 1, c0, c1, &top);
}

int
lr_tgrid_merge(lr_tgrid *g, long n0, int c0, long n1, int c1)
{
	long r0 = index_of(g, n0);
	lr_cell top;
	int rc = 0;

	if (r0 < 0 || lr_tgrid_cell(g, g->base + (size_t)r0, c0)->text[0] == '\0')
		return 0;	/* the top-left cell is empty */
	top = *lr_tgrid_cell(g, g->base + (size_t)r0, c0);
	if ((top.text = strdup(top.text)) == NULL)
		return -1;
	for (size_t r = (size_t)r0; rc == 0 && r < g->nrows && g->rows[r].n <= n1; r++)
		rc = fill_row(g, r, c0, c1, &top);
	free(top.text);
	return rc;
}

/* 1 when every field of a CSV row is blank. */
static int
blank_row(char **f, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (f[i][strspn(f[i], " \t\r")] != '\0')
			return 0;
	return 1;
}

/* Add a CSV row to g.  Returns 0, or -1 when out of memory. */
static int
add_csv_row(lr_tgrid *g, char **f, size_t n, long line)
{
	for (size_t i = 0; i < n; i++)
		if (f[i][0] != '\0' && lr_tgrid_put(g, line, (int)i, f[i], 0) != 0)
			return -1;
	return 0;
}

struct lr_tcsv {
	lr_csvin *in;
	char *path;
};

lr_tcsv *
lr_tcsv_open(const char *path, const char *encoding, int delim, lr_err *err)
{
	lr_tcsv *s = calloc(1, sizeof(*s));

	if (s == NULL || (s->path = strdup(path)) == NULL) {
		free(s);
		lr_err_sys(err, "out of memory");
		return NULL;
	}
	if ((s->in = lr_csvin_open(path, encoding, err)) == NULL) {
		lr_tcsv_close(s);
		return NULL;
	}
	lr_csvin_set_delim(s->in, delim);
	return s;
}

long
lr_tcsv_more(lr_tcsv *s, lr_tgrid *g, size_t n, lr_err *err)
{
	enum lr_csv_read rd;
	char **f;
	size_t nf;
	long line, got = 0;

	while ((size_t)got < n && (rd = lr_csvin_next(s->in, &f, &nf, &line,
	    err)) != LR_CSV_EOF) {
		if (rd == LR_CSV_ROW && blank_row(f, nf))
			continue;
		if (rd == LR_CSV_ROW && add_csv_row(g, f, nf, line) == 0) {
			got++;
			continue;
		}
		if (rd == LR_CSV_ROW)
			lr_err_sys(err, "out of memory");
		lr_err_prefix(err, "%s:%ld: ", s->path, line);
		return -1;
	}
	return got;
}

void
lr_tcsv_close(lr_tcsv *s)
{
	if (s == NULL)
		return;
	lr_csvin_close(s->in);
	free(s->path);
	free(s);
}

lr_tgrid *
lr_tgrid_read_csv(const char *path, const char *encoding, int delim,
    lr_err *err)
{
	lr_tcsv *s = lr_tcsv_open(path, encoding, delim, err);
	lr_tgrid *g = s ? lr_tgrid_new(NULL) : NULL;

	if (s != NULL && g == NULL)
		lr_err_sys(err, "out of memory");
	if (g != NULL && lr_tcsv_more(s, g, (size_t)-1, err) < 0) {
		lr_tgrid_free(g);
		g = NULL;
	}
	lr_tcsv_close(s);
	return g;
}

void
lr_tgrid_free(lr_tgrid *g)
{
	if (g == NULL)
		return;
	for (size_t r = 0; r < g->nrows; r++)
		row_free(&g->rows[r]);
	free(g->rows);
	free(g->sheet);
	free(g);
}
