/* Field extraction: statements that are not parcels.  "chuyển mục đích sử
 * dụng 1.234,5 m² đất từ đất ... sang đất ..., cụ thể:" and "tổng diện
 * tích ..." state an area and uses that hold for the parcels after them. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract-private.h"

/* Labels that end a statement: a parcel, an owner or an article begins. */
static int
ends_statement(int lab)
{
	return lab == LAB_P_NUMBER || lab == LAB_P_SHEET || lab == LAB_ARTICLE ||
	    lab == LAB_OWNER_M || lab == LAB_OWNER_F || lab == LAB_HH_M ||
	    lab == LAB_HH_F || lab == LAB_ANNEX;
}

/* The token ending the statement that starts at token a: ";", ".", a ":"
 * that ends its line (a list follows), a parcel's or owner's label, or
 * end. */
static int
statement_end(const lr_xctx *c, int k, int end)
{
	int j = c->h.v[k].b;

	for (k++; k < c->h.n && c->h.v[k].a < end && !ends_statement(
	    c->h.v[k].lab); k++)
		;
	if (k < c->h.n && c->h.v[k].a < end)
		end = c->h.v[k].a;
	for (; j < end; j++)
		if (lr_tok_is(c->t, j, ';') || lr_tok_is(c->t, j, '.') ||
		    (lr_tok_is(c->t, j, ':') && (j + 1 >= c->t->n ||
		    (c->t->v[j + 1].flags & TOK_BOL))))
			return j;
	return end;
}

/* The first area stated in tokens [a, b). */
static void
stated_area(lr_xctx *c, int a, int b)
{
	for (int i = a; i < b; i++)
		if ((c->t->v[i].flags & TOK_DIGIT) && lr_parse_area(c->s, c->t,
		    i, b, &c->stmt.area, &c->stmt.area_sp) == 0)
			return;
}

/* The uses "từ đất ..." and "sang đất ..." of hits [k, last) before token
 * b. */
static void
stated_uses(lr_xctx *c, int k, int last, int b)
{
	for (; k < last; k++) {
		const lr_hit *h = &c->h.v[k];
		int vend = k + 1 < last ? c->h.v[k + 1].a : b;
		if (h->lab == LAB_USE_FROM)
			lr_parse_landuse(c->s, c->t, h->b, vend, c->stmt.use,
			    &c->stmt.use_sp);
		else if (h->lab == LAB_USE_TO)
			lr_parse_landuse(c->s, c->t, h->b, vend, c->stmt.use_to,
			    &c->stmt.to_sp);
	}
}

/* Does the statement ending at token b open the rows of the tables read
 * before it, none read since ("chuyển mục đích ... sang đất ở tại đô thị
 * (ODT), thời hạn sử dụng: Lâu dài, cụ thể như sau:" over a table): a
 * ":" ending its line?  Then what it states holds for them all, its term
 * too (hits [k, last)). */
static void
table_rows(lr_xctx *c, int k, int last, int b)
{
	char *term;
	int ymd[3];

	if (c->table_parcels == 0 || c->stmt.first != c->table_parcels ||
	    b >= c->t->n || !lr_tok_is(c->t, b, ':') || (b + 1 < c->t->n &&
	    !(c->t->v[b + 1].flags & TOK_BOL)))
		return;
	c->stmt.rows = 1;
	for (; k < last; k++)
		if (c->h.v[k].lab == LAB_P_TERM && lr_parse_term(c->s, c->t,
		    c->h.v[k].b, b, &term, ymd, &c->stmt.term_sp) == 0) {
			if (ymd[0] == 0)
				snprintf(c->stmt.term, sizeof(c->stmt.term),
				    "%s", term);
			free(term);
		}
}

int
lr_x_statement(lr_xctx *c, int k, int end)
{
	int b = statement_end(c, k, end), last = k;

	while (last < c->h.n && c->h.v[last].a < b)
		last++;
	int prev = c->stmt.on ? c->stmt.first : c->stmt.prev;

	lr_x_statement_end(c);
	c->stmt = (struct lr_stmt){ 0, (int)json_array_size(c->parcels), prev,
	    "", "", -1, { 0 }, { 0 }, { 0 }, 0, "", { 0 } };
	stated_area(c, c->h.v[k].b, b);
	stated_uses(c, k + 1, last, b);
	table_rows(c, k + 1, last, b);
	c->stmt.on = c->stmt.area >= 0 || c->stmt.use[0] || c->stmt.use_to[0];
	if (c->stmt.on)
		c->parcel = -1;	/* the next parcel label starts a parcel */
	return last;
}

/* Set key of parcel i to code from sp unless it has a value. */
static void
put_use(lr_xctx *c, int i, const char *key, const char *code,
    const lr_span *sp)
{
	json_t *p = json_array_get(c->parcels, (size_t)i);
	char pre[32];

	if (code[0] == '\0' || !json_is_null(json_object_get(p, key)))
		return;
	lr_x_prefix(pre, sizeof(pre), "parcels", i);
	lr_x_put(c, p, pre, key, json_string(code), sp, 0);
}

/* Does parcel p name no parcel (no sheet, no number)? */
static int
unnamed(const json_t *p)
{
	return json_is_null(json_object_get(p, "sheet")) &&
	    json_is_null(json_object_get(p, "number"));
}

/* The digits of area x without its stop and trailing zeros, in buf. */
static const char *
digits_of(double x, char *buf, size_t n)
{
	char *o = buf;

	snprintf(buf, n, "%.2f", x);
	for (const char *q = buf; *q != '\0'; q++)
		if (*q != '.')
			*o++ = *q;
	while (o > buf && o[-1] == '0')
		o--;
	*o = '\0';
	return buf;
}

/* Do areas x and y show the same digits ("44618" and "4.461,8": OCR lost
 * the separators)? */
static int
same_digits(double x, double y)
{
	char a[48], b[48];

	return strcmp(digits_of(x, a, sizeof(a)), digits_of(y, b,
	    sizeof(b))) == 0;
}

/* The stated area: the area of a lone parcel that gives none; else the
 * sum of the parcels' areas, reviewed when they do not add up to it.
 * Under a table of parcels, a parcel that names none (only "Thời hạn sử
 * dụng đất: Lâu dài" follows) is no parcel: the total is the table's. */
static void
put_area(lr_xctx *c, int a, int b)
{
	double sum = 0;
	char pre[32];
	json_t *p;

	if (c->stmt.area < 0)
		return;
	if (b - a == 1 && c->table_parcels > 0 && a >= c->table_parcels &&
	    unnamed(json_array_get(c->parcels, (size_t)a)))
		a = 0, b = c->table_parcels;
	if (b - a == 1 && json_is_null(json_object_get(p = json_array_get(
	    c->parcels, (size_t)a), "area"))) {
		lr_x_prefix(pre, sizeof(pre), "parcels", a);
		lr_x_put(c, p, pre, "area", json_real(c->stmt.area),
		    &c->stmt.area_sp, 0);
		return;
	}
	for (int i = a; i < b; i++) {
		p = json_object_get(json_array_get(c->parcels, (size_t)i), "area");
		if (!json_is_number(p))
			return;
		sum += json_number_value(p);
	}
	if (fabs(sum - c->stmt.area) <= 0.05)
		return;
	if (b - a == 1 && same_digits(sum, c->stmt.area)) {
		lr_x_prefix(pre, sizeof(pre), "parcels", a);
		lr_x_put(c, json_array_get(c->parcels, (size_t)a), pre, "area",
		    json_real(c->stmt.area), &c->stmt.area_sp, 0);
		snprintf(pre + strlen(pre), sizeof(pre) - strlen(pre), ".area");
		lr_x_doubt(c, pre, c->s->set[SET_REPAIR], "separators lost in "
		    "OCR: the total stated taken");
	} else
		lr_x_doubt(c, "parcels", 1,
		    "the parcels' areas do not add up to the total stated");
}

void
lr_x_statement_end(lr_xctx *c)
{
	int a = c->stmt.first, b = (int)json_array_size(c->parcels);

	if (!c->stmt.on)
		return;
	c->stmt.on = 0;
	/* none follows: "..., chuyển mục đích sang đất ở" is of the parcel
	 * before; "Tổng diện tích ..." under a list, of the list */
	if (a == b && c->stmt.rows)	/* of the table's rows above it */
		a = 0;
	for (int i = a == b && a > 0 ? a - 1 : a; i < b; i++) {
		put_use(c, i, "land_use", c->stmt.use, &c->stmt.use_sp);
		put_use(c, i, "land_use_to", c->stmt.use_to, &c->stmt.to_sp);
		put_use(c, i, "term", c->stmt.term, &c->stmt.term_sp);
	}
	put_area(c, a == b ? c->stmt.prev : a, b);
}

/* Does parcel p hold none of what tells one parcel from another, only
 * values that hold for many (term, origin, use)? */
static int
shared_only(const json_t *p)
{
	static const char *const own[] = { "sheet", "number", "area",
	    "address" };

	for (size_t i = 0; i < sizeof(own) / sizeof(*own); i++)
		if (!json_is_null(json_object_get(p, own[i])))
			return 0;
	return 1;
}

/* Give table parcel i key from parcel j where it lacks it, with j's
 * confidence and box. */
static void
carry(lr_xctx *c, int j, int i, const char *key)
{
	json_t *from = json_array_get(c->parcels, (size_t)j);
	json_t *to = json_array_get(c->parcels, (size_t)i);
	char pa[64], pb[64];

	if (json_is_null(json_object_get(from, key)) ||
	    !json_is_null(json_object_get(to, key)))
		return;
	json_object_set(to, key, json_object_get(from, key));
	snprintf(pa, sizeof(pa), "parcels[%d].%s", j, key);
	snprintf(pb, sizeof(pb), "parcels[%d].%s", i, key);
	json_object_set_new(c->fields, pb, json_deep_copy(json_object_get(
	    c->fields, pa)));
}

/* Do the owners read make one holder: one person, or one and a spouse? */
static int
one_holder(const lr_xctx *c)
{
	size_t n = json_array_size(c->owners);
	json_t *sp = json_object_get(json_array_get(c->owners, 0), "spouse");

	return n == 1 || (n == 2 && json_is_integer(sp) &&
	    json_integer_value(sp) == 1);
}

/* The parcels [0, n) of tables, none of them with a holder (a table with
 * no holder column), held by the one holder the prose names. */
static void
one_holder_rows(lr_xctx *c, int n)
{
	json_t *h = json_integer(0);

	for (int i = 0; i < n; i++)
		if (!json_is_null(json_object_get(json_array_get(c->parcels,
		    (size_t)i), "holder")))
			n = 0;
	for (int i = 0; i < n && one_holder(c); i++)
		json_object_set(json_array_get(c->parcels, (size_t)i), "holder",
		    h);
	json_decref(h);
}

void
lr_x_table_terms(lr_xctx *c)
{
	/* what holds for every row; and for the one row of a one-row table,
	 * also what a statement and the lines under it give ("chuyển mục
	 * đích sử dụng 4.461,8 m² ..., cụ thể:", "- Vị trí thửa đất: ...") */
	static const char *const shared[] = { "term", "term_end", "origin",
	    "land_use", "land_use_to", "address", "area", "holder" };
	int n = (int)json_array_size(c->parcels), j = c->table_parcels;
	const json_t *p = json_array_get(c->parcels, (size_t)j);
	size_t keys = 4;

	if (j > 0 && j == n)
		one_holder_rows(c, j);
	if (j == 0 || j != n - 1)
		return;
	if (j == 1 && unnamed(p))
		keys = sizeof(shared) / sizeof(*shared);
	else if (!shared_only(p))
		return;
	for (int i = 0; i < j; i++) {
		for (size_t k = 0; k < keys; k++)
			carry(c, j, i, shared[k]);
		if (one_holder(c))	/* a table with no holder column */
			carry(c, j, i, "holder");
	}
	lr_x_parcel_drop(c, j);
}

/* Does field b of the fields read start below field a, on the same page? */
static int
below(const lr_xctx *c, const char *a, const char *b)
{
	json_t *fa = json_object_get(c->fields, a), *fb = json_object_get(
	    c->fields, b);
	json_t *ya = json_array_get(json_object_get(fa, "bbox"), 1);
	json_t *yb = json_array_get(json_object_get(fb, "bbox"), 1);

	return json_is_integer(ya) && json_is_integer(yb) &&
	    json_equal(json_object_get(fa, "page"), json_object_get(fb,
	    "page")) && json_integer_value(yb) > json_integer_value(ya);
}

void
lr_x_list_terms(lr_xctx *c)
{
	static const char *const shared[] = { "land_use", "term", "origin" };
	int n = (int)json_array_size(c->parcels), j = n - 1;
	char named[64], path[64];

	if (n - c->table_parcels < 2)
		return;
	snprintf(named, sizeof(named), "parcels[%d].number", j);
	for (size_t k = 0; k < sizeof(shared) / sizeof(*shared); k++) {
		int lack = 1;
		for (int i = c->table_parcels; i < j; i++)
			lack &= json_is_null(json_object_get(json_array_get(
			    c->parcels, (size_t)i), shared[k]));
		snprintf(path, sizeof(path), "parcels[%d].%s", j, shared[k]);
		if (!lack || !below(c, named, path))
			continue;
		for (int i = c->table_parcels; i < j; i++)
			carry(c, j, i, shared[k]);
	}
}

