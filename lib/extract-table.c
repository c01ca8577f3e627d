/* Field extraction: tables of holders and parcels (thu-hoi lists, several
 * parcels): a header line of column labels, then one numbered row a line,
 * cells split at "|" or read in column order by their types. */
#include <stdlib.h>
#include <string.h>

#include "extract-private.h"

#define MAXCOL 16

/* The labels that may head a column. */
static const int column_labs[] = { LAB_T_STT, LAB_T_NAME, LAB_P_SHEET,
    LAB_P_NUMBER, LAB_P_AREA, LAB_P_USE, LAB_BIRTH_YEAR, LAB_ID_CCCD,
    LAB_ID_DD, LAB_ID_CMND, LAB_ADDRESS, LAB_P_ADDRESS, LAB_T_NOTE };

/* A row being read: its owner and parcel. */
struct row {
	int owner, parcel, prev_owner;
	char pre[32], opre[32];
};

static int
is_column(int lab)
{
	for (size_t i = 0; i < sizeof(column_labs) / sizeof(*column_labs); i++)
		if (column_labs[i] == lab)
			return 1;
	return 0;
}

/* The tokens [*a, *b) of the line starting at token from. */
static void
line_range(const lr_toks *t, int from, int *a, int *b)
{
	*a = from;
	for (*b = from + 1; *b < t->n && !(t->v[*b].flags & TOK_BOL); (*b)++)
		;
}

/* The column labels of the line of hit k, in *cols; how many. */
static int
header_cols(const lr_xctx *c, int k, int *cols, int *next_k)
{
	int line = c->t->v[c->h.v[k].a].line, n = 0, parcel = 0, values = 0;

	for (; k < c->h.n && c->t->v[c->h.v[k].a].line == line; k++) {
		int v = lr_tok_skip(c->t, c->h.v[k].b, c->t->n, ":");
		char num[16];
		lr_span sp;
		if (v < c->t->n && c->t->v[v].line == line && lr_parse_int(c->s,
		    c->t, v, v + 1, num, sizeof(num), &sp) == 0)
			values++;	/* "Thửa đất số: 125": a field, no header */
		if (is_column(c->h.v[k].lab) && n < MAXCOL) {
			parcel |= c->h.v[k].lab == LAB_P_NUMBER ||
			    c->h.v[k].lab == LAB_P_SHEET;
			cols[n++] = c->h.v[k].lab;
		}
	}
	*next_k = k;
	return parcel && n >= 3 && values == 0 ? n : 0;
}

/* The owner of the row from the name cell at i. */
static int
row_owner(lr_xctx *c, struct row *r, int i, int end)
{
	int g = 0, n;
	lr_span sp;
	char *name;

	if ((n = lr_label_at(c->s, c->t, i, end, LAB_OWNER_M, NULL)) > 0 ||
	    (n = lr_label_at(c->s, c->t, i, end, LAB_HH_M, NULL)) > 0)
		g = 'M', i = n;
	else if ((n = lr_label_at(c->s, c->t, i, end, LAB_OWNER_F, NULL)) > 0 ||
	    (n = lr_label_at(c->s, c->t, i, end, LAB_HH_F, NULL)) > 0)
		g = 'F', i = n;
	if (lr_parse_name(c->s, c->t, i, end, &name, &sp) != 0)
		return i;
	r->owner = lr_x_owner(c, name, g, 0, &sp);
	lr_x_prefix(r->opre, sizeof(r->opre), "owners", r->owner);
	free(name);
	return sp.b;
}

/* Read the cell of column lab from token i; the token after it. */
static int
cell(lr_xctx *c, struct row *r, int lab, int i, int end)
{
	json_t *p = json_array_get(c->parcels, (size_t)r->parcel);
	json_t *o = json_array_get(c->owners, (size_t)r->owner);
	char buf[16], id[13], code[4], *text;
	lr_span sp;
	double v;
	int y;

	if (lab == LAB_T_NAME)
		return row_owner(c, r, i, end);
	if (lab == LAB_T_STT)	/* the row number, read or not */
		return i + 1;
	if ((lab == LAB_P_SHEET || lab == LAB_P_NUMBER) &&
	    lr_parse_int(c->s, c->t, i, end, buf, sizeof(buf), &sp) == 0)
		lr_x_put(c, p, r->pre, lab == LAB_P_SHEET ? "sheet" : "number",
		    json_string(buf), &sp, 0);
	else if (lab == LAB_P_AREA && lr_parse_area(c->s, c->t, i, end, &v,
	    &sp) == 0)
		lr_x_put(c, p, r->pre, "area", json_real(v), &sp, 0);
	else if (lab == LAB_P_USE && lr_parse_landuse(c->s, c->t, i, end, code,
	    &sp) == 0)
		lr_x_put(c, p, r->pre, "land_use", json_string(code), &sp, 0);
	else if (lab == LAB_BIRTH_YEAR && o != NULL && lr_parse_year(c->s, c->t,
	    i, end, &y, &sp) == 0)
		lr_x_put(c, o, r->opre, "birth_year", json_integer(y), &sp, 0);
	else if ((lab == LAB_ID_CCCD || lab == LAB_ID_DD || lab == LAB_ID_CMND)
	    && o != NULL && lr_parse_id(c->s, c->t, i, end, id, &sp) == 0) {
		lr_x_put(c, o, r->opre, "id_number", json_string(id), &sp, 0);
		lr_x_put(c, o, r->opre, "id_type", json_string(strlen(id) == 9 ?
		    "cmnd" : "cccd"), &sp, 0);
	} else if ((lab == LAB_ADDRESS || lab == LAB_P_ADDRESS) &&
	    lr_parse_address(c->s, c->t, i, end, &text, &sp) == 0) {
		lr_x_put(c, lab == LAB_ADDRESS && o != NULL ? o : p, lab ==
		    LAB_ADDRESS && o != NULL ? r->opre : r->pre, "address",
		    json_string(text), &sp, 1);
		free(text);
	} else
		return i;
	return sp.b;
}

/* Read one row, tokens [a, b). */
static void
row(lr_xctx *c, struct row *r, const int *cols, int ncol, int a, int b)
{
	int pipes = 0, i = a;

	for (int j = a; j < b; j++)
		pipes += lr_tok_is(c->t, j, '|');
	r->owner = -1;
	r->parcel = lr_x_parcel(c, -1);
	lr_x_prefix(r->pre, sizeof(r->pre), "parcels", r->parcel);
	i = lr_tok_skip(c->t, i, b, "|");
	for (int k = 0; k < ncol && i < b; k++) {
		int e = b;
		if (pipes)
			for (e = i; e < b && !lr_tok_is(c->t, e, '|'); e++)
				;
		int n = cell(c, r, cols[k], i, e);
		i = pipes ? e + 1 : lr_tok_skip(c->t, n, b, ",");
	}
	if (r->owner < 0)
		r->owner = r->prev_owner;
	if (r->owner >= 0)
		json_object_set_new(json_array_get(c->parcels,
		    (size_t)r->parcel), "holder", json_integer(r->owner));
	r->prev_owner = r->owner;
}

/* Is line [a, b) a row: does it start with a row number, maybe OCR'd as
 * a letter ("l", "I", "O"), and go on (a page number does not)? */
static int
is_row(const lr_xctx *c, int a, int b)
{
	int first = lr_tok_skip(c->t, a, b, "|");
	const char *s = first < b ? c->t->v[first].text : "";

	return s[0] != '\0' && strlen(s) <= 3 && b - first > 2 &&
	    strspn(s, "0123456789lIiOoSB.") == strlen(s);
}

/* The column label a header cell [a, b) starts: "Tờ bản" of a header cut
 * over two lines is the start of "tờ bản đồ số".  -1 when none. */
static int
cell_label(const lr_xctx *c, int a, int b)
{
	char key[64] = "";
	size_t len = 0;

	for (int j = a; j < b && len + strlen(c->t->v[j].key) < sizeof(key); j++) {
		strcat(key, c->t->v[j].key);
		len += strlen(c->t->v[j].key);
	}
	if (len < 2)
		return -1;
	for (int p = 0; p < c->s->labels.n; p++) {
		const lr_phrase *ph = &c->s->labels.v[p];
		size_t n = strlen(ph->joined) < len ? strlen(ph->joined) : len;
		/* either may run on: "Tờ bản" (cut), "Diện tích (m²)" */
		if (is_column(ph->key) && strncmp(ph->joined, key, n) == 0 &&
		    (n >= 4 || strlen(ph->joined) == len))
			return ph->key;
	}
	return -1;
}

/* The columns of a header whose cells are cut by "|", tokens [a, b). */
static int
pipe_header(const lr_xctx *c, int a, int b, int *cols)
{
	int n = 0, known = 0, parcel = 0, e;

	for (a = lr_tok_skip(c->t, a, b, "|"); a < b && n < MAXCOL; a = e + 1) {
		for (e = a; e < b && !lr_tok_is(c->t, e, '|'); e++)
			;
		cols[n] = cell_label(c, a, e);
		known += cols[n] >= 0;
		parcel |= cols[n] == LAB_P_NUMBER || cols[n] == LAB_P_SHEET;
		n++;
	}
	return known >= 3 && parcel ? n : 0;
}

/* Read the rows after the header line ending at token from. */
static void
rows(lr_xctx *c, const int *cols, int ncol, int from)
{
	struct row r = { .prev_owner = -1 };
	int a, b, misses = 0, hcols[MAXCOL];

	for (; from < c->t->n && misses < 3; from = b) {
		line_range(c->t, from, &a, &b);
		if (is_row(c, a, b)) {
			c->in_table[c->t->v[a].line] = 1;
			row(c, &r, cols, ncol, a, b);
			misses = 0;
		} else if (pipe_header(c, a, b, hcols) > 0)
			c->in_table[c->t->v[a].line] = 1;	/* repeated */
		else
			misses++;
	}
}

void
lr_x_tables(lr_xctx *c)
{
	int cols[MAXCOL], n, next, a, b;

	for (int k = 0; k < c->h.n; k = next) {
		next = k + 1;
		if (c->in_table[c->t->v[c->h.v[k].a].line])
			continue;
		for (a = c->h.v[k].a; a > 0 && !(c->t->v[a].flags & TOK_BOL); a--)
			;
		line_range(c->t, a, &a, &b);
		n = pipe_header(c, a, b, cols);
		if (n == 0 && (n = header_cols(c, k, cols, &next)) == 0)
			continue;
		for (next = k; next < c->h.n && c->h.v[next].a < b; next++)
			;
		c->in_table[c->t->v[c->h.v[k].a].line] = 1;
		rows(c, cols, n, b);
	}
}
