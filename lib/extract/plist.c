/* Field extraction: several parcels listed in one sentence ("các thửa số
 * 227, 342 và 566 tờ bản đồ số 16, diện tích lần lượt là 120,5 m², 96 m²
 * và 210 m²"): a parcel for each number, the areas paired with them in
 * order, and what the sentence says once (sheet, use, term) given to all. */
#include <stdio.h>
#include <string.h>

#include "extract-private.h"

static const char why_short[] = "the sentence lists more parcels than were read";

/* The token after a list's separator at token i (",", ";", "và",
 * ", và"), or -1 when none is there. */
static int
list_sep(const lr_xctx *c, int i, int end)
{
	int j = lr_tok_skip(c->t, i, end, ",;"), n;

	if ((n = lr_label_at(c->s, c->t, j, end, LAB_LIST_AND, NULL)) > 0)
		return n;
	return j > i ? j : -1;
}

/* Does token i open its line as a list item's number ("2. Bà B")? */
static int
item_number(const lr_xctx *c, int i, int end)
{
	return i + 1 < end && (c->t->v[i].flags & TOK_BOL) &&
	    (lr_tok_is(c->t, i + 1, '.') || lr_tok_is(c->t, i + 1, ')'));
}

/* Is token i a figure of an area, its unit after it ("96 m²")? */
static int
area_figure(const lr_xctx *c, int i, int end)
{
	return lr_label_at(c->s, c->t, i + 1, end, LAB_UNIT_M2, NULL) > 0 ||
	    lr_label_at(c->s, c->t, i + 1, end, LAB_UNIT_HA, NULL) > 0;
}

/* Is token i a parcel's number standing alone: digits only, no area's
 * figure ("342", not "96 m²" nor "1.234"), no list item's number? */
static int
bare_number(const lr_xctx *c, int i, int end)
{
	const char *x = i < end ? c->t->v[i].text : "";

	return x[0] != '\0' && strspn(x, "0123456789") == strlen(x) &&
	    !item_number(c, i, end) && !area_figure(c, i, end);
}

/* Does a list item that could not be read follow token i: a separator,
 * then a token with a digit that is no list item's number nor an area's
 * figure ("227, 3A2 và 566")? */
static int
unread_item(const lr_xctx *c, int i, int end)
{
	int j = list_sep(c, i, end);

	return j > 0 && j < end && strpbrk(c->t->v[j].text,
	    "0123456789") != NULL && !item_number(c, j, end) &&
	    !area_figure(c, j, end);
}

/* Review key of parcel j: the sentence said more than was read. */
static void
doubt_short(lr_xctx *c, int j, const char *key)
{
	char path[64];

	snprintf(path, sizeof(path), "parcels[%d].%s", j, key);
	lr_x_doubt(c, path, c->s->set[SET_CHECK_FAILED], why_short);
}

int
lr_x_plist_numbers(lr_xctx *c, int a, int i, int end)
{
	char num[16], pre[32];
	int first = c->parcel, n = 1, j, k;
	lr_span sp;

	while ((j = list_sep(c, i, end)) > 0 && bare_number(c, j, end) &&
	    lr_parse_int(c->s, c->t, j, end, num, sizeof(num), &sp) == 0) {
		k = lr_x_parcel(c, c->head);
		lr_x_prefix(pre, sizeof(pre), "parcels", k);
		lr_x_put(c, json_array_get(c->parcels, (size_t)k), pre,
		    "number", json_string(num), &sp, 0);
		i = sp.b, n++;
	}
	/* "các thửa số 227" with no more number read, or "227, 3A2" */
	if (unread_item(c, i, end) || (n == 1 && a > 0 && lr_label_at(c->s,
	    c->t, a - 1, a, LAB_LIST_MANY, NULL) == a))
		doubt_short(c, first, "number");
	if (n > 1) {
		c->plist = (struct lr_plist){ first, n, 0 };
		c->parcel = first;
	}
	return i;
}

int
lr_x_plist_respectively(const lr_xctx *c, int a, int i, int end, int *resp)
{
	int j = lr_tok_skip(c->t, i, end, ":,"), n;

	for (int k = a; k < i; k++)	/* the label's last words */
		if (lr_label_at(c->s, c->t, k, i, LAB_RESPECTIVELY, NULL) == i) {
			*resp = 1;
			return i;
		}
	*resp = (n = lr_label_at(c->s, c->t, j, end, LAB_RESPECTIVELY,
	    NULL)) > 0;
	return *resp ? n : i;
}

int
lr_x_plist_areas(lr_xctx *c, int i, int end, int resp)
{
	struct lr_plist *l = &c->plist;
	char pre[32];
	double m2;
	lr_span sp;
	int j;

	if (l->n < 2 || c->parcel != l->first) {
		/* "diện tích lần lượt là ..." after one parcel read */
		if (resp && c->parcel >= 0)
			doubt_short(c, c->parcel, "number");
		return i;
	}
	l->areas = 1;	/* the first parcel's, read by the caller */
	while ((j = list_sep(c, i, end)) > 0 && j < end &&
	    (c->t->v[j].flags & TOK_DIGIT) && !item_number(c, j, end) &&
	    lr_parse_area(c->s, c->t, j, end, &m2, &sp) == 0) {
		int k = l->first + l->areas++;
		if (l->areas > l->n) {
			doubt_short(c, l->first, "number");
			break;
		}
		lr_x_prefix(pre, sizeof(pre), "parcels", k);
		lr_x_put(c, json_array_get(c->parcels, (size_t)k), pre, "area",
		    json_real(m2), &sp, 0);
		i = sp.b;
	}
	return i;
}

void
lr_x_plist_close(lr_xctx *c)
{
	static const char *const shared[] = { "sheet", "land_use",
	    "land_use_to", "term", "term_end", "origin", "address" };
	struct lr_plist *l = &c->plist;

	if (l->n < 2)
		return;
	for (int i = l->first + 1; i < l->first + l->n; i++)
		for (size_t k = 0; k < sizeof(shared) / sizeof(*shared); k++)
			lr_x_carry(c, l->first, i, shared[k]);
	/* one area for several parcels: their total, or the others lost */
	if (l->areas < l->n && !json_is_null(json_object_get(json_array_get(
	    c->parcels, (size_t)l->first), "area"))) {
		char path[64];
		snprintf(path, sizeof(path), "parcels[%d].area", l->first);
		lr_x_doubt(c, path, c->s->set[SET_CHECK_FAILED],
		    "one area said for several parcels");
	}
	l->n = 0;
}
