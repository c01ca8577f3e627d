/* Field extraction: checks of a whole table once its rows are read: the
 * areas against the printed total, the row numbers, the share of damaged
 * rows and the counts of households and parcels Điều 1 announces.  What
 * fails puts the lists under review, so that rows lost or misread in OCR
 * are not taken for right. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "extract-private.h"
#include "table-int.h"

int
lr_tab_total(const lr_xctx *c, struct lr_table *tb, int a, int b)
{
	int first = a, amb;
	double v;

	while (first < b && !lr_tab_content(&c->t->v[first]))
		first++;
	if (lr_label_at(c->s, c->t, first, b, LAB_T_TOTAL, NULL) < 0)
		return 0;
	for (int j = b - 1; j > first; j--)
		if (lr_read_vnnum(c->t->v[j].text, &v, &amb) > 0) {
			tb->total = v;
			break;
		}
	return 1;
}

/* Put key of every parcel of tb under review for why. */
static void
doubt_all(lr_xctx *c, const struct lr_table *tb, const char *key,
    const char *why)
{
	char path[64];

	for (int i = tb->first_parcel; i < (int)json_array_size(c->parcels);
	    i++) {
		snprintf(path, sizeof(path), "parcels[%d].%s", i, key);
		lr_x_doubt(c, path, c->s->set[SET_CHECK_FAILED], why);
	}
}

/* The areas of tb against its printed total: one doubtful area is what
 * the total leaves; else every area is doubted. */
static void
check_total(lr_xctx *c, struct lr_table *tb)
{
	double sum = 0, other;
	char path[64];

	if (tb->total <= 0)
		return;
	for (int i = tb->first_parcel; i < (int)json_array_size(c->parcels);
	    i++)
		sum += json_real_value(json_object_get(json_array_get(
		    c->parcels, (size_t)i), "area"));
	if (fabs(sum - tb->total) <= c->s->set[SET_TOTAL_TOLERANCE])
		return;
	json_t *p = json_array_get(c->parcels, (size_t)tb->bad_area);
	other = sum - json_real_value(json_object_get(p, "area"));
	if (tb->nbad_area == 1 && tb->gaps == 0 && tb->total - other > 0) {
		json_object_set_new(p, "area", json_real(round((tb->total -
		    other) * 100) / 100));
		snprintf(path, sizeof(path), "parcels[%d].area", tb->bad_area);
		lr_x_doubt(c, path, c->s->set[SET_EVIDENCE_REPAIR],
		    "area taken from the table's total");
		return;
	}
	doubt_all(c, tb, "area", "areas do not add up to the table's total");
}

/* The first 40 tokens of Điều 1 in [*a, *end); 0, or -1 when there is
 * no article. */
static int
article_start(const lr_xctx *c, int *a, int *end)
{
	*a = -1;
	for (int k = 0; k < c->h.n && *a < 0; k++)
		if (c->h.v[k].lab == LAB_ARTICLE)
			*a = c->h.v[k].b;
	*end = *a + 40 < c->t->n ? *a + 40 : c->t->n;
	return *a < 0 ? -1 : 0;
}

/* The count Điều 1 announces before a label lab ("của 12 hộ gia đình"),
 * or -1. */
static int
announced(const lr_xctx *c, int lab)
{
	int a, end;

	if (article_start(c, &a, &end) != 0)
		return -1;
	for (int j = a; j + 1 < end; j++) {
		const char *s = c->t->v[j].text;
		if (strspn(s, "0123456789") == strlen(s) && strlen(s) <= 4 &&
		    lr_label_at(c->s, c->t, j + 1, end, lab, NULL) > 0)
			return atoi(s);
	}
	return -1;
}

double
lr_tab_stated_area(const lr_xctx *c)
{
	int a, end;
	double m2;
	lr_span sp;

	if (article_start(c, &a, &end) != 0)
		return -1;
	for (int j = a; j + 1 < end; j++)
		if ((c->t->v[j].flags & TOK_DIGIT) && (lr_label_at(c->s, c->t,
		    j + 1, end, LAB_UNIT_M2, NULL) > 0 || lr_label_at(c->s,
		    c->t, j + 1, end, LAB_UNIT_HA, NULL) > 0) &&
		    lr_parse_area(c->s, c->t, j, end, &m2, &sp) == 0)
			return sp.why == NULL ? m2 : -1;
	return -1;
}

/* The holder of row i of tb when no row of tb before it names the same
 * holder, else -1. */
static int
new_holder(const lr_xctx *c, const struct lr_table *tb, int i)
{
	json_t *h = json_object_get(json_array_get(c->parcels, (size_t)i),
	    "holder");

	if (!json_is_integer(h))
		return -1;
	for (int j = tb->first_parcel; j < i; j++)
		if (json_equal(h, json_object_get(json_array_get(c->parcels,
		    (size_t)j), "holder")))
			return -1;
	return (int)json_integer_value(h);
}

/* The holders of the rows of tb, each counted once. */
static int
holders(const lr_xctx *c, const struct lr_table *tb)
{
	int n = 0, np = (int)json_array_size(c->parcels);

	for (int i = tb->first_parcel; i < np; i++)
		n += new_holder(c, tb, i) >= 0;
	return n;
}

void
lr_tab_flag(lr_xctx *c, const struct lr_table *tb, const char *why)
{
	double f = c->s->set[SET_CHECK_FAILED];
	int np = (int)json_array_size(c->parcels), h;
	char what[256], pre[32];

	for (int i = tb->first_parcel; i < np; i++) {
		lr_x_lower_all(c, lr_x_prefix(pre, sizeof(pre), "parcels", i),
		    f);
		if ((h = new_holder(c, tb, i)) >= 0)
			lr_x_lower_all(c, lr_x_prefix(pre, sizeof(pre),
			    "owners", h), f);
	}
	snprintf(what, sizeof(what), "page %d: the table of holders "
	    "(%d columns): %s", tb->page, tb->ncol, why);
	lr_x_table_item(c, what);
}

/* The area of parcel i. */
static double
area_of(const lr_xctx *c, int i)
{
	return json_number_value(json_object_get(json_array_get(c->parcels,
	    (size_t)i), "area"));
}

/* The digits of v to two decimals, its trailing zeros dropped, in buf
 * (48 bytes): 4627,8 -> "46278". */
static void
sig_digits(double v, char *buf)
{
	size_t n;

	snprintf(buf, 48, "%.2f", v);
	n = strcspn(buf, ".");
	if (buf[n] != '\0')
		memmove(buf + n, buf + n + 1, strlen(buf + n + 1) + 1);
	while ((n = strlen(buf)) > 1 && buf[n - 1] == '0')
		buf[n - 1] = '\0';
}

/* Do the digits of v run on from those of x by one ("4627/88" for
 * 4.627,8: a speck read as a digit)? */
static int
one_digit_more(double v, double x)
{
	char a[48], b[48];

	sig_digits(v, a);
	sig_digits(x, b);
	return strlen(a) == strlen(b) + 1 && strncmp(a, b, strlen(b)) == 0;
}

/* Is v what OCR left of area x: x itself, a damaged cell read right
 * ("2149/00"), x with one digit too many, or x shifted down by a power
 * of ten and rounded when OCR lost the separators' place ("2/0826" read
 * 2,08 for 2.082,6)? */
static int
shifted(double v, double x)
{
	if (v > 0 && x > 0 && one_digit_more(v, x))
		return 1;
	for (double p = 1; p <= 100000; p *= 10)
		if (v > 0 && fabs(round(x / p * 100) / 100 - v) < 0.006)
			return 1;
	return 0;
}

/* With the lost areas of tb read with d decimals, the areas' sum but
 * parcel bad's (-1: none). */
static double
sum_with(const lr_xctx *c, const struct lr_table *tb, int d, int bad)
{
	int np = (int)json_array_size(c->parcels), k;
	double sum = 0;

	for (int i = tb->first_parcel; i < np; i++) {
		for (k = 0; k < tb->nlost && tb->lost[k] != i; k++)
			;
		if (k < tb->nlost)
			sum += tb->lostv[k] / (d == 1 ? 10 : 100);
		else if (i != bad)
			sum += area_of(c, i);
	}
	return sum;
}

/* The doubtful area of tb to take from the total when its lost areas
 * have d decimals: the only one; of several, the only one whose
 * decimals are not d (the others read right); -1 when none is, -2 when
 * it cannot be told. */
static int
odd_one(const struct lr_table *tb, int d)
{
	int bad = -1;

	if (tb->nodd <= 1)
		return tb->nodd == 1 ? tb->odd : -1;
	if (tb->nodd > LR_TAB_MAXLOST)
		return -2;
	for (int k = 0; k < tb->nodd; k++)
		if (tb->odd_dec[k] != d) {
			if (bad >= 0)
				return -2;
			bad = tb->odds[k];
		}
	return bad;
}

/* The decimals (1 or 2) with which the lost areas of tb make its areas
 * add up to total: the one doubtful area, if any, taking what is left
 * when that is what OCR left of it (shifted); that area in *bad with the
 * rest in *rest.  0 when neither or both do. */
static int
decimals_by_total(const lr_xctx *c, const struct lr_table *tb, double total,
    int *bad, double *rest)
{
	int found = 0, b;
	double tol = c->s->set[SET_TOTAL_TOLERANCE];

	for (int d = 1; d <= 2 && total > 0 && tb->nlost > 0; d++) {
		if ((b = odd_one(tb, d)) == -2)
			continue;
		double left = total - sum_with(c, tb, d, b);
		if ((b < 0 && fabs(left) <= tol) || (b >= 0 &&
		    shifted(area_of(c, b), left))) {
			found = found ? -1 : d;
			*bad = b, *rest = left;
		}
	}
	return found > 0 ? found : 0;
}

/* The areas of tb whose separators OCR lost, four digits or more read
 * whole ("81212" for 8.121,2), put under review: neither the column nor
 * a total says where the separators were.  When no area of the column
 * reads whole ("415", "1.204"), they are read with one decimal, as areas
 * in m² are written ("8.121,2"); else they stay as read, but one whose
 * thousands group runs on past three digits ("1.7190"): its comma was
 * after them (1.719,0). */
static void
doubt_lost(lr_xctx *c, const struct lr_table *tb)
{
	char path[64];

	for (int k = 0; k < tb->nlost; k++) {
		json_t *p = json_array_get(c->parcels, (size_t)tb->lost[k]);
		if (tb->short_lost[k])
			continue;	/* "967": a whole number, likely */
		if (tb->lost_dec[k] > 0)
			json_object_set_new(p, "area", json_real(round(
			    tb->lostv[k] / pow(10, tb->lost_dec[k]) * 100) /
			    100));
		else if (tb->ndec[0] == 0)
			json_object_set_new(p, "area", json_real(tb->lostv[k] /
			    10));
		snprintf(path, sizeof(path), "parcels[%d].area", tb->lost[k]);
		lr_x_doubt(c, path, c->s->set[SET_AMBIGUOUS], "area "
		    "separators lost in OCR: where, neither the column nor a "
		    "total says");
	}
}

/* Does tb's column write d decimals in every area, whole ones too
 * ("299,0", "259,4" over "1503" and "783"): two with d decimals or more,
 * one of them whole ("299,0"; a column that writes "880" for whole areas
 * may write "1935" too), none with other decimals, no whole number with a
 * thousands dot, so its short whole numbers may have lost their commas
 * too? */
static int
decimals_but_short(const struct lr_table *tb, int d)
{
	int shorts = 0;

	for (int k = 0; k < tb->nlost; k++)
		shorts += tb->short_lost[k];
	return tb->ndec[d] >= 2 && tb->zeros > 0 && tb->ndec[3 - d] == 0 &&
	    tb->ndec[0] == shorts;
}

void
lr_tab_area_repair(lr_xctx *c, struct lr_table *tb)
{
	int d = tb->ndec[1] > tb->ndec[2] ? 1 : 2, n = tb->ndec[0] +
	    tb->ndec[1] + tb->ndec[2], bad = -1, by_total = 0;
	const char *why = "area separators lost in OCR: decimals as the "
	    "column's other areas";
	double rest = 0;
	char path[64];

	/* the column writes d decimals and thousands dots: two of its
	 * well-formed areas or more, and two thirds of them; or d decimals
	 * in every one of them ("407,2" over "17119": a column that writes
	 * no whole number), short whole numbers aside; else the decimals
	 * that make the areas add up to the total */
	if ((tb->ndec[d] < 2 || tb->ndec[d] * 3 < n * 2 || tb->dots == 0) &&
	    (tb->ndec[d] < 1 || tb->ndec[d] < n) &&
	    !decimals_but_short(tb, d)) {
		why = "area separators lost in OCR: decimals that make the "
		    "areas add up to the total";
		by_total = 1;
		if ((d = decimals_by_total(c, tb, tb->total > 0 ? tb->total :
		    lr_tab_stated_area(c), &bad, &rest)) == 0) {
			doubt_lost(c, tb);
			return;
		}
	}
	for (int k = 0; k < tb->nlost; k++) {
		json_t *p = json_array_get(c->parcels, (size_t)tb->lost[k]);
		if (tb->short_lost[k] && !by_total)
			continue;	/* "967" stays when the column says */
		json_object_set_new(p, "area", json_real(tb->lostv[k] /
		    (d == 1 ? 10 : 100)));
		snprintf(path, sizeof(path), "parcels[%d].area", tb->lost[k]);
		lr_x_doubt(c, path, c->s->set[SET_AMBIGUOUS], why);
	}
	if (bad < 0)
		return;
	json_object_set_new(json_array_get(c->parcels, (size_t)bad), "area",
	    json_real(round(rest * 100) / 100));
	snprintf(path, sizeof(path), "parcels[%d].area", bad);
	lr_x_doubt(c, path, c->s->set[SET_EVIDENCE_REPAIR],
	    "area taken from the total");
}

void
lr_tab_checks(lr_xctx *c, struct lr_table *tb)
{
	int hh = announced(c, LAB_COUNT_HH), np = announced(c,
	    LAB_COUNT_PARCELS);
	const char *why = NULL;

	if (tb->rows == 0)
		return;
	lr_tab_area_repair(c, tb);
	check_total(c, tb);
	if (tb->gaps > 0)
		why = "rows missing or misnumbered";
	else if (tb->damaged > tb->rows * c->s->set[SET_TABLE_DAMAGED_SHARE])
		why = "many rows damaged in OCR";
	else if (hh > 0 && hh != holders(c, tb))
		why = "fewer or more holders than Điều 1 announces";
	else if (np > 0 && np != tb->rows)
		why = "fewer or more parcels than Điều 1 announces";
	if (why != NULL)
		lr_tab_flag(c, tb, why);
}

/* The land-use code said in tokens [a, b): its code in code, 1 when one
 * and only one is said (several times or not), else 0. */
static int
one_use(const lr_xctx *c, int a, int b, char code[4])
{
	char got[4];
	lr_span sp;
	int n = 0;

	for (int i = a; i < b; i++)
		if (lr_parse_landuse(c->s, c->t, i, b, got, &sp) == 0 &&
		    sp.b > i) {
			if (n++ > 0 && strcmp(got, code) != 0)
				return 0;
			memcpy(code, got, 4);
			i = sp.b - 1;
		}
	return n > 0;
}

void
lr_tab_use_said(lr_xctx *c, const struct lr_table *tb, int a)
{
	char code[4], pre[32];
	int art = a;

	while (art > 0 && !((c->t->v[art].flags & TOK_BOL) && lr_label_at(
	    c->s, c->t, art, a, LAB_ARTICLE, NULL) > 0))
		art--;
	if (art == 0 || !one_use(c, art, a, code))
		return;
	for (size_t i = (size_t)tb->first_parcel; i < json_array_size(
	    c->parcels); i++) {
		json_t *p = json_array_get(c->parcels, i);
		lr_span sp = { art, a, 1, NULL };
		if (!json_is_null(json_object_get(p, "land_use")))
			continue;
		lr_x_prefix(pre, sizeof(pre), "parcels", (int)i);
		lr_x_put(c, p, pre, "land_use", json_string(code), &sp, 0);
	}
}
