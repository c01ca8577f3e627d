/* Certificates: the parcel's ruled table, read cell by cell from the grid
 * its rules draw (grid.c): the red book's one row per purpose and its
 * "Cộng" total, the 2024 form's number, sheet, area and use form.  The
 * header cells name the columns by the "column" rows of
 * schemas/certificates.tsv. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cert-int.h"
#include "certdata-int.h"
#include "certline-int.h"
#include "grid-int.h"
#include "parse-int.h"

#define MAXGRIDS 8
#define MAXCOL 12
#define MAXROW 24

/* One table's cells: text (words joined in reading order), mean word
 * confidence (0..1), box. */
struct cell {
	char *text;
	double conf;
	int nw;
	lr_line box;
};

struct ctable {
	struct cell c[MAXROW][MAXCOL];
	int nrow, ncol;
	int page;
	int key[MAXCOL];	/* index into data's columns, -1 unnamed */
};

static void
cell_add(struct cell *c, const lr_word *w)
{
	char *t = NULL;

	if (asprintf(&t, "%s%s%s", c->text ? c->text : "", c->text ? " " :
	    "", w->text) < 0)
		return;
	free(c->text);
	c->text = t;
	int b[4] = { c->box.x, c->box.y, c->nw > 0 ? c->box.w : -1, c->box.h };

	lr_box_grow(b, w->x, w->y, w->w, w->h);
	c->box = (lr_line){ .x = b[0], .y = b[1], .w = b[2], .h = b[3] };
	c->conf = (c->conf * c->nw + w->conf / 100) / (c->nw + 1);
	c->nw++;
}

static void
ctable_fill(struct ctable *t, const lr_grid *g, const lr_page_words *p)
{
	memset(t, 0, sizeof(*t));
	t->nrow = g->nrow < MAXROW ? g->nrow : MAXROW;
	t->ncol = g->ncol < MAXCOL ? g->ncol : MAXCOL;
	t->page = p->n;
	for (int i = 0; i < p->nlines; i++)
		for (int k = 0; k < p->lines[i].nwords; k++) {
			const lr_word *w = &p->lines[i].words[k];
			int r, c;
			if (lr_grid_cell(g, w->x, w->y, w->w, w->h, &r, &c) == 0 &&
			    r < t->nrow && c < t->ncol)
				cell_add(&t->c[r][c], w);
		}
}

static void
ctable_free(struct ctable *t)
{
	for (int r = 0; r < t->nrow; r++)
		for (int c = 0; c < t->ncol; c++)
			free(t->c[r][c].text);
}

/* Name the columns by the header row (row 0); how many are named. */
static int
ctable_header(struct ctable *t, const lr_certdata *d)
{
	int named = 0;

	for (int c = 0; c < t->ncol; c++) {
		char *f = t->c[0][c].text ? lr_x_fold(t->c[0][c].text) : NULL;
		t->key[c] = -1;
		for (size_t k = 0; f != NULL && t->key[c] < 0 && k < d->ncols;
		    k++)
			if (lr_x_head_holds(f, d->cols[k].phrase))
				t->key[c] = (int)k;
		named += t->key[c] >= 0;
		free(f);
	}
	return named;
}

/* The cell of row r whose column is named key, or NULL when none or
 * empty. */
static const struct cell *
cell_of(const struct ctable *t, const lr_certdata *d, int r, const char *key)
{
	for (int c = 0; c < t->ncol; c++)
		if (t->key[c] >= 0 && strcmp(d->cols[t->key[c]].what, key) == 0)
			return t->c[r][c].text ? &t->c[r][c] : NULL;
	return NULL;
}

static int
has_column(const struct ctable *t, const lr_certdata *d, const char *key)
{
	for (int c = 0; c < t->ncol; c++)
		if (t->key[c] >= 0 && strcmp(d->cols[t->key[c]].what, key) == 0)
			return 1;
	return 0;
}

/* Set obj[key] from cell e when obj has no value there yet. */
static void
put(json_t *obj, const char *key, json_t *v, json_t *fields,
    const char *path, const struct ctable *t, const struct cell *e)
{
	lr_cline at = { .ln = &e->box, .page = t->page };

	if (v == NULL)
		return;
	if (!json_is_null(json_object_get(obj, key))) {
		json_decref(v);
		return;
	}
	lr_cfield(obj, key, v, fields, path, e->conf, &at);
}

static json_t *
digits_of(const struct cell *e)
{
	char num[16];
	size_t n = strspn(e->text, "0123456789");

	if (n == 0 || n >= sizeof(num))
		return NULL;
	snprintf(num, sizeof(num), "%.*s", (int)n, e->text);
	return json_string(num);
}

static json_t *
area_of(const struct cell *e)
{
	double a;
	int amb = 0;

	return lr_read_vnnum(e->text, &a, &amb) > 0 ? json_real(a) : NULL;
}

/* Is row r the total ("Cộng"): its first cell with text starts so? */
static int
total_row(const struct ctable *t, int r)
{
	for (int c = 0; c < t->ncol; c++)
		if (t->c[r][c].text != NULL) {
			char *f = lr_x_fold(t->c[r][c].text);
			int yes = f != NULL && strncmp(f, "cong", 4) == 0;
			free(f);
			return yes;
		}
	return 0;
}

/* Does row r hold text in a named column? */
static int
row_read(const struct ctable *t, int r)
{
	for (int c = 0; c < t->ncol; c++)
		if (t->key[c] >= 0 && t->c[r][c].text != NULL)
			return 1;
	return 0;
}

/* Row r, a purpose of the table: a new element of purposes. */
static void
purpose_row(const lr_extractor *x, const struct ctable *t, int r,
    json_t *purposes, json_t *fields)
{
	const lr_certdata *d = lr_x_certdata(x);
	const struct cell *u = cell_of(t, d, r, "use"), *a = cell_of(t, d, r,
	    "area"), *m = cell_of(t, d, r, "term");
	size_t i = json_array_size(purposes);
	json_t *p = json_pack("{s:n,s:n,s:n}", "land_use", "area", "term");
	char code[4], path[64];

	json_array_append_new(purposes, p);
	snprintf(path, sizeof(path), "parcel.purposes[%zu].land_use", i);
	if (u != NULL && lr_extract_land_use(x, u->text, code) == 0)
		put(p, "land_use", json_string(code), fields, path, t, u);
	snprintf(path, sizeof(path), "parcel.purposes[%zu].area", i);
	if (a != NULL)
		put(p, "area", area_of(a), fields, path, t, a);
	snprintf(path, sizeof(path), "parcel.purposes[%zu].term", i);
	if (m != NULL)
		put(p, "term", json_string(m->text), fields, path, t, m);
}

static json_t *
use_form_of(const struct cell *e)
{
	char *v = lr_x_use_form(strdup(e->text));
	json_t *j = v != NULL ? json_string(v) : NULL;

	free(v);
	return j;
}

/* parcel[key] from the cell of row r in the column named key, as conv
 * reads it. */
static void
put_col(json_t *parcel, const char *key, json_t *(*conv)(const struct cell *),
    const struct ctable *t, const lr_certdata *d, int r, json_t *fields)
{
	const struct cell *e = cell_of(t, d, r, key);
	char path[64];

	snprintf(path, sizeof(path), "parcel.%s", key);
	if (e != NULL)
		put(parcel, key, conv(e), fields, path, t, e);
}

/* The parcel's number or sheet, key, from the cell of row r in its
 * column: its figures, OCR's letters among them read as figures
 * (lr_x_old_number(): "16O3"), then for review; else the figures it
 * begins with. */
static void
put_number(json_t *parcel, const char *key, const struct ctable *t,
    const lr_certdata *d, int r, json_t *fields)
{
	const struct cell *e = cell_of(t, d, r, key);
	struct cell c;
	char num[16], path[64];
	int rep;

	if (e == NULL || (rep = lr_x_old_number(e->text, num, sizeof(num))) <=
	    0) {
		if (e != NULL)
			put_col(parcel, key, digits_of, t, d, r, fields);
		return;
	}
	c = *e;
	c.conf = e->conf / 2;
	snprintf(path, sizeof(path), "parcel.%s", key);
	put(parcel, key, json_string(num), fields, path, t, &c);
}

/* The parcel's fields from the table t: number and sheet from its first
 * row; a row per purpose when it has a purpose column (the parcel's area
 * from the total row), else the parcel's area and use form. */
static double
ctable_read(const lr_extractor *x, const struct ctable *t, json_t *parcel,
    json_t *fields)
{
	double total = 0;
	const lr_certdata *d = lr_x_certdata(x);
	json_t *purposes = json_object_get(parcel, "purposes");
	int uses = has_column(t, d, "use") &&
	    json_array_size(purposes) == 0;

	for (int r = 1; r < t->nrow; r++) {
		if (total_row(t, r)) {
			const struct cell *e = cell_of(t, d, r, "area");
			double a;
			int amb = 0;
			if (e != NULL && lr_read_vnnum(e->text, &a, &amb) > 0)
				total = a;
			put_col(parcel, "area", area_of, t, d, r, fields);
			continue;
		}
		if (!row_read(t, r))
			continue;
		put_number(parcel, "number", t, d, r, fields);
		put_number(parcel, "sheet", t, d, r, fields);
		if (uses)
			purpose_row(x, t, r, purposes, fields);
		else
			put_col(parcel, "area", area_of, t, d, r, fields);
		put_col(parcel, "use_form", use_form_of, t, d, r, fields);
	}
	return total;
}

double
lr_x_cert_tables(const lr_extractor *x, const lr_doc_words *d,
    json_t *parcel, json_t *fields)
{
	const lr_certdata *data = lr_x_certdata(x);
	double total = 0;
	lr_grid grids[MAXGRIDS];
	struct ctable *t = malloc(sizeof(*t));

	for (int i = 0; t != NULL && i < d->npages; i++) {
		const lr_page_words *p = &d->pages[i];
		int tol = lr_grid_tol(p);
		int n = lr_grids_of_rules(p->rules, p->nrules, tol, grids,
		    MAXGRIDS);
		for (int g = 0; g < n; g++) {
			ctable_fill(t, &grids[g], p);
			if (t->nrow >= 2 && ctable_header(t, data) >= 2 &&
			    (has_column(t, data, "number") ||
			    has_column(t, data, "use")))
				total = ctable_read(x, t, parcel, fields) ?: total;
			ctable_free(t);
		}
	}
	free(t);
	return total;
}
