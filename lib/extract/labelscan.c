/* The scan of the token stream for labels that stand: a label found,
 * tolerant of OCR damage (labels.c), counts when what follows it is what
 * it needs (a name, a number, an area, a land use, a grantee), as the
 * value parsers read it. */
#include <stdlib.h>
#include <string.h>

#include "labels-int.h"
#include "parse-int.h"
#include "util/util.h"
#include "text/text.h"

/* "thửa 12", "tờ 8": a word that names a parcel's number or sheet only
 * when a digit follows stands for the label in full. */
static int
label_of(int lab)
{
	return lab == LAB_P_NUMBER_BARE ? LAB_P_NUMBER : lab == LAB_P_SHEET_BARE ?
	    LAB_P_SHEET : lab;
}

int
lr_misread_so(const lr_toks *t, int i, int end)
{
	const char *f = i + 1 < end ? t->v[i].fold : "";

	return (f[0] == 's' || f[0] == 'S') && f[1] != '\0' &&
	    strchr("aeiouAEIOU", f[1]) != NULL && f[2] == '\0' &&
	    (t->v[i + 1].flags & TOK_DIGIT);
}

/* What must follow a label for it to count. */
enum { NEED_NOTHING, NEED_NAME, NEED_DIGIT, NEED_AREA, NEED_USE, NEED_GRANTEE,
    NOT_SCANNED };

static const unsigned char lab_need[LAB_N] = {
	[LAB_DEC_NUMBER] = NOT_SCANNED, [LAB_ID_PLACE] = NOT_SCANNED,
	[LAB_CITATION] = NOT_SCANNED, [LAB_REPRESENT] = NOT_SCANNED,
	[LAB_DAY] = NOT_SCANNED, [LAB_MONTH] = NOT_SCANNED,
	[LAB_YEAR] = NOT_SCANNED, [LAB_TERM_FOREVER] = NOT_SCANNED,
	[LAB_TERM_UNTIL] = NOT_SCANNED, [LAB_TERM_YEARS] = NOT_SCANNED,
	[LAB_UNIT_M2] = NOT_SCANNED, [LAB_UNIT_HA] = NOT_SCANNED,
	[LAB_UNIT_TYPE] = NOT_SCANNED, [LAB_MIDDLE_M] = NOT_SCANNED,
	[LAB_MIDDLE_F] = NOT_SCANNED, [LAB_T_TOTAL] = NOT_SCANNED,
	[LAB_COUNT_HH] = NOT_SCANNED, [LAB_COUNT_PARCELS] = NOT_SCANNED,
	[LAB_SURNAME] = NOT_SCANNED, [LAB_SYL_ONSET] = NOT_SCANNED,
	[LAB_SYL_CODA] = NOT_SCANNED, [LAB_NAME_MIDDLE] = NOT_SCANNED,
	[LAB_UNIT_COMMUNE] = NOT_SCANNED, [LAB_UNIT_DISTRICT] = NOT_SCANNED,
	[LAB_UNIT_PROVINCE] = NOT_SCANNED, [LAB_UNIT_VILLAGE] = NOT_SCANNED,
	[LAB_OWNER_M] = NEED_NAME, [LAB_OWNER_F] = NEED_NAME,
	[LAB_HH_M] = NEED_NAME, [LAB_HH_F] = NEED_NAME,
	[LAB_ARTICLE] = NEED_DIGIT, [LAB_P_AREA_SAID] = NEED_AREA,
	[LAB_P_AREA_TAKEN] = NEED_AREA,
	[LAB_P_USE_SAID] = NEED_USE, [LAB_OWNER_ORG] = NEED_GRANTEE,
	[LAB_OWNER_BODY] = NOT_SCANNED, [LAB_DEC_SUFFIX] = NOT_SCANNED,
	[LAB_RESPECTIVELY] = NOT_SCANNED, [LAB_LIST_AND] = NOT_SCANNED,
	[LAB_LIST_MANY] = NOT_SCANNED, [LAB_P_NUMBER_BARE] = NEED_DIGIT,
	[LAB_P_SHEET_BARE] = NEED_DIGIT,
};

/* Do the tokens from i start as a name is written: a surname, then a word
 * with a capital ("Ngô Ngọc Thơ", which is a letter off "nguồn gốc")? */
static int
name_like(const lr_xdata *s, const lr_toks *t, int i)
{
	int d;

	return i + 1 < t->n && (t->v[i].flags & TOK_UPPER) &&
	    (t->v[i + 1].flags & TOK_UPPER) &&
	    lr_label_at(s, t, i, i + 1, LAB_SURNAME, &d) == i + 1 && d == 0;
}

/* Does token i follow a surname on its line ("Nguyễn Bá Phước": "Bá" is
 * a middle name there, never the title "bà")? */
static int
after_surname(const lr_xdata *s, const lr_toks *t, int i)
{
	int d;

	return i > 0 && !(t->v[i].flags & TOK_BOL) &&
	    (t->v[i].flags & TOK_UPPER) && (t->v[i - 1].flags & TOK_UPPER) &&
	    lr_label_at(s, t, i - 1, i, LAB_SURNAME, &d) == i && d == 0;
}

/* Does token i follow the type word of a unit, within its name ("thị trấn
 * Bá Hiến", "thôn Ông Đích", "phường Trà Bá": a place's name there, never
 * the title "bà" or "ông"): a type word, then up to two capitalised words
 * of the name before i? */
static int
after_unit_type(const lr_xdata *s, const lr_toks *t, int i)
{
	int d, k = i;

	if (!(t->v[i].flags & TOK_UPPER))
		return 0;
	for (int words = 0; words < 3 && k > 0; words++, k--) {
		for (int j = k - 1; j >= 0 && j >= k - 3; j--)
			if ((lr_label_at(s, t, j, k, LAB_UNIT_TYPE, &d) == k ||
			    lr_label_at(s, t, j, k, LAB_UNIT_VILLAGE, &d) == k) &&
			    d == 0)
				return 1;
		if ((t->v[k - 1].flags & (TOK_UPPER | TOK_ALPHA)) !=
		    (TOK_UPPER | TOK_ALPHA))
			return 0;
	}
	return 0;
}

/* Does a token of (i, n) start a line? */
static int
runs_across_lines(const lr_toks *t, int i, int n)
{
	while (++i < n)
		if (t->v[i].flags & TOK_BOL)
			return 1;
	return 0;
}

/* Does a label at tokens [i, n), found with dist edits, stand, and what
 * follows it satisfy its need?  An owner label must be exact: "hộ gia đình
 * bị" is no "hộ ... bà"; a label read off is no name, nor is a word of a
 * name; nor does a label read off run across lines ("PHÚ THỌ" / "ỦY BAN
 * NHÂN DÂN" is no "TM. ỦY BAN NHÂN DÂN"). */
static int
label_fits(const lr_xdata *s, const lr_toks *t, int lab, int i, int n,
    int dist)
{
	char code[4];
	double area;
	lr_span sp;

	if (dist > 0 && (name_like(s, t, i) || runs_across_lines(t, i, n)))
		return 0;
	if (lab_need[lab] == NEED_NAME && (after_surname(s, t, i) ||
	    after_unit_type(s, t, i)))
		return 0;
	n = lr_tok_skip_to_name(t, n, t->n);
	switch (lab_need[lab]) {
	case NEED_NAME:
		return dist == 0 && n < t->n && (t->v[n].flags & TOK_UPPER);
	case NEED_AREA:		/* "được sử dụng 312,5 m² đất" */
		return lr_parse_area(s, t, n, t->n, &area, &sp) == 0 &&
		    sp.a == n;
	case NEED_GRANTEE:	/* "Giao cho Hợp tác xã Tân Lập": given to;
				 * "cho Cộng đồng dân cư thôn Tân Hòa" */
		return dist == 0 && i > 0 && strcmp(t->v[i - 1].key, "cho") == 0 &&
		    n < t->n && ((t->v[n].flags & TOK_UPPER) ||
		    lr_label_at(s, t, n, t->n, LAB_UNIT_VILLAGE, NULL) > 0 ||
		    lr_label_at(s, t, n, t->n, LAB_UNIT_TYPE, NULL) > 0);
	case NEED_USE:		/* "vào mục đích đất trồng cây lâu năm" */
		return lr_parse_landuse(s, t, n, t->n, code, &sp) == 0 &&
		    sp.a == n;
	case NEED_DIGIT:	/* past a speck OCR made a mark ("Điều *1"),
				 * in Roman numerals ("Điều II"), or with a
				 * digit misread as a letter ("Điều I1."); a
				 * parcel's word past its "số" misread */
		n = lr_tok_skip(t, n, t->n, "*`^~_'\"");
		if (label_of(lab) != lab && lr_misread_so(t, n, t->n))
			n++;
		return n < t->n && ((t->v[n].flags & TOK_DIGIT) ||
		    lr_parse_roman(t->v[n].text) > 0 ||
		    lr_x_misread_number(t->v[n].text));
	default:
		return 1;
	}
}

/* The phrases of the labels that are scanned for, built once per call. */
static lr_phrases
scanned(const lr_xdata *s)
{
	lr_phrases ph = { 0 };

	ph.v = malloc((size_t)s->labels.n * sizeof(*ph.v));
	for (int p = 0; ph.v != NULL && p < s->labels.n; p++)
		if (lab_need[s->labels.v[p].key] != NOT_SCANNED)
			ph.v[ph.n++] = s->labels.v[p];
	return ph;
}

/* Is phrase p, when one word standing for a label, written at token i
 * with its marks ("tờ 8", not "tổ 8": the two fold alike)? */
static int
as_written(const lr_phrase *p, const lr_toks *t, int i)
{
	char *low;
	int same;

	if (label_of(p->key) == p->key)
		return 1;
	low = lr_lower(t->v[i].text);
	same = low != NULL && strcmp(low, p->text) == 0;
	free(low);
	return same;
}

static int
add_hit(lr_hits *h, int lab, int a, int b, int dist)
{
	lab = label_of(lab);
	if (lr_reserve(&h->v, &h->cap, (size_t)h->n, sizeof(*h->v), 64) != 0)
		return -1;
	h->v[h->n++] = (lr_hit){ lab, a, b, dist };
	return 0;
}

int
lr_labels_scan(const lr_xdata *s, const lr_toks *t, lr_hits *h)
{
	lr_phrases ph = scanned(s);
	int next, dist, p, rc = 0;

	memset(h, 0, sizeof(*h));
	if (ph.v == NULL)
		return -1;
	for (int i = 0; i < t->n && rc == 0;) {
		p = lr_phrase_at(&ph, t, i, t->n, &next, &dist);
		if (p >= 0 && label_fits(s, t, ph.v[p].key, i, next, dist) &&
		    as_written(&ph.v[p], t, i)) {
			rc = add_hit(h, ph.v[p].key, i, next, dist);
			i = next;
		} else
			i++;
	}
	free(ph.v);
	return rc;
}
