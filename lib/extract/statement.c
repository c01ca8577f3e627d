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

int
lr_x_statement(lr_xctx *c, int k, int end)
{
	int b = statement_end(c, k, end), last = k;

	while (last < c->h.n && c->h.v[last].a < b)
		last++;
	int prev = c->stmt.on ? c->stmt.first : c->stmt.prev;

	lr_x_statement_end(c);
	c->stmt = (struct lr_stmt){ 0, (int)json_array_size(c->parcels), prev,
	    "", "", -1, { 0 }, { 0 }, { 0 }, b, 0 };
	stated_area(c, c->h.v[k].b, b);
	stated_uses(c, k + 1, last, b);
	c->stmt.on = c->stmt.area >= 0 || c->stmt.use[0] || c->stmt.use_to[0];
	if (c->stmt.on)
		c->parcel = -1;	/* the next parcel label starts a parcel */
	/* "..., thời hạn sử dụng: Lâu dài, cụ thể như sau:": its last label a
	 * term, which holds for the parcels it states of: read as theirs */
	c->stmt.term = c->stmt.on && last - 1 > k &&
	    c->h.v[last - 1].lab == LAB_P_TERM;
	return c->stmt.term ? last - 1 : last;
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

/* Do the rows of a table read before the prose start within three lines
 * under the statement ("..., cụ thể như sau:" over the table)? */
static int
table_after(const lr_xctx *c)
{
	int lines = 0, line = -1;

	if (c->table_parcels == 0)
		return 0;
	for (int j = c->stmt.end + 1; j < c->t->n && lines <= 3; j++) {
		if (c->t->v[j].line == line)
			continue;
		line = c->t->v[j].line, lines++;
		if (c->in_table[line])
			return 1;
	}
	return 0;
}

void
lr_x_statement_end(lr_xctx *c)
{
	int a = c->stmt.first, b = (int)json_array_size(c->parcels), from;

	if (!c->stmt.on)
		return;
	c->stmt.on = 0;
	/* none follows: "..., chuyển mục đích sang đất ở" is of the parcel
	 * before; "Tổng diện tích ..." under a list, of the list; "..., cụ
	 * thể như sau:" over a table, of its rows */
	from = table_after(c) ? 0 : a == b && a > 0 ? a - 1 : a;
	for (int i = from; c->stmt.term && a < b && i < b; i++) {
		lr_x_carry(c, a, i, "term");
		lr_x_carry(c, a, i, "term_end");
	}
	for (int i = from; i < b; i++) {
		put_use(c, i, "land_use", c->stmt.use, &c->stmt.use_sp);
		put_use(c, i, "land_use_to", c->stmt.use_to, &c->stmt.to_sp);
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

void
lr_x_carry(lr_xctx *c, int j, int i, const char *key)
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
			lr_x_carry(c, j, i, shared[k]);
		if (one_holder(c))	/* a table with no holder column */
			lr_x_carry(c, j, i, "holder");
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

/* The y of field path's box, its page in *page; -1 when it has none. */
static int
field_y(const lr_xctx *c, const char *path, int *page)
{
	json_t *f = json_object_get(c->fields, path);
	json_t *y = json_array_get(json_object_get(f, "bbox"), 1);

	*page = (int)json_integer_value(json_object_get(f, "page"));
	return json_is_integer(y) ? (int)json_integer_value(y) : -1;
}

/* Does a label lab stand among the items of parcels [i, j) of a list, on
 * the lines from parcel i's number down to parcel j's: an item that
 * states the field itself, though its value could not be read? */
static int
items_state(const lr_xctx *c, int lab, int i, int j)
{
	char pa[64], pb[64];
	int pga, pgb, ya, yb;

	snprintf(pa, sizeof(pa), "parcels[%d].number", i);
	snprintf(pb, sizeof(pb), "parcels[%d].number", j);
	if ((ya = field_y(c, pa, &pga)) < 0 || (yb = field_y(c, pb, &pgb)) < 0 ||
	    pga != pgb)
		return 0;
	for (int k = 0; k < c->h.n; k++) {
		const lr_tok *t = &c->t->v[c->h.v[k].a];
		if (c->h.v[k].lab == lab && t->page == pga && t->y >= ya &&
		    t->y < yb)
			return 1;
	}
	return 0;
}

/* Does a label lab open an item of its own on the line of field path
 * ("c) Vị trí khu đất: ..."): only an item's mark (a letter or figure,
 * punctuation) before it on its line? */
static int
own_item(const lr_xctx *c, int lab, const char *path)
{
	int page, y = field_y(c, path, &page);

	for (int k = 0; y >= 0 && k < c->h.n; k++) {
		int a = c->h.v[k].a, i = a;
		if (c->h.v[k].lab != lab || c->t->v[a].page != page ||
		    abs(c->t->v[a].y - y) > c->t->v[a].h / 2)
			continue;
		while (i > 0 && !(c->t->v[i].flags & TOK_BOL))
			i--;
		if (a - i <= 2 && (a == i || (c->t->v[a - 1].flags &
		    TOK_PUNCT)) && (a - i < 2 || strlen(c->t->v[i].text) <= 2))
			return 1;
	}
	return 0;
}

void
lr_x_list_terms(lr_xctx *c)
{
	static const char *const shared[] = { "land_use", "term", "origin",
	    "address" };
	static const int lab[] = { LAB_P_USE, LAB_P_TERM, LAB_P_ORIGIN,
	    LAB_P_ADDRESS };
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
		if (!lack || !below(c, named, path) ||
		    items_state(c, lab[k], c->table_parcels, j) ||
		    (lab[k] == LAB_P_ADDRESS && !own_item(c, lab[k], path)))
			continue;
		for (int i = c->table_parcels; i < j; i++)
			lr_x_carry(c, j, i, shared[k]);
	}
}

