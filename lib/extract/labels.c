/* Finding labels and phrases in the token stream, tolerant of OCR damage:
 * folded comparison, a small edit distance, words split or merged. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "labels-int.h"
#include "parse-int.h"
#include "text/text.h"
#include "util/util.h"

#define MAXLEN 96

/* What must follow a label for it to count. */
enum { NEED_NOTHING, NEED_NAME, NEED_DIGIT, NEED_AREA, NEED_USE, NEED_GRANTEE,
    NOT_SCANNED };

static const unsigned char lab_need[LAB_N] = {
	[LAB_DEC_NUMBER] = NOT_SCANNED, [LAB_ID_PLACE] = NOT_SCANNED,
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
};

int
lr_label_tolerance(size_t n)
{
	return n <= 7 ? 0 : n <= 12 ? 1 : 2;
}

/* Match phrase p against the keys of the tokens from i: the token after the
 * closest match (the longer one on a tie), *dist set; or -1. */
static int
match(const lr_phrase *p, const lr_toks *t, int i, int end, int commas,
    int *dist)
{
	size_t plen = strlen(p->joined), len = 0;
	int tol = lr_label_tolerance(plen), best = -1, d;
	char buf[MAXLEN + 1];

	for (int j = i; j < end; j++) {
		const char *k = t->v[j].key;
		if (lr_tok_is(t, j, ';') || lr_tok_is(t, j, '|') ||
		    lr_tok_is(t, j, ':') || (!commas && lr_tok_is(t, j, ',')))
			break;
		if (j > i && lr_tok_speck(&t->v[j]))
			continue;	/* "hộ» ông": a speck between words */
		if (len + strlen(k) > MAXLEN || len + strlen(k) > plen + tol)
			break;
		memcpy(buf + len, k, strlen(k) + 1);
		len += strlen(k);
		if (k[0] == '\0' || len + tol < plen)
			continue;
		if ((d = lr_edit_distance(buf, p->joined, tol)) <= tol &&
		    (best < 0 || d <= *dist)) {
			*dist = d;
			best = j + 1;
		}
	}
	return best;
}

int
lr_phrase_at(const lr_phrases *ph, const lr_toks *t, int i, int end,
    int *next, int *dist)
{
	int best = -1, bscore = 0, d, n;
	const char *k;

	if (i >= end || (t->v[i].flags & TOK_PUNCT))
		return -1;
	k = t->v[i].key;
	for (int p = 0; p < ph->n; p++) {
		const char *j = ph->v[p].joined;
		if (j[0] == '\0')
			continue;	/* an empty variant (an edited file) */
		if (k[0] != j[0] && (k[0] == '\0' || k[1] != j[1]))
			continue;
		if ((n = match(&ph->v[p], t, i, end, ph->commas, &d)) < 0)
			continue;
		int score = (int)strlen(j) * 4 - d * 10;
		if (best < 0 || score > bscore) {
			best = p, bscore = score, *next = n;
			if (dist != NULL)
				*dist = d;
		}
	}
	return best;
}

int
lr_phrase_find(const lr_phrases *ph, const lr_toks *t, int a, int b, int *at)
{
	return lr_phrase_find_by(ph, t, a, b, b - 1, at);
}

int
lr_phrase_find_by(const lr_phrases *ph, const lr_toks *t, int a, int b,
    int last, int *at)
{
	int d;

	for (int p = 0; p < ph->n; p++)
		for (int j = a; j < b && j <= last; j++)
			if (match(&ph->v[p], t, j, b, ph->commas, &d) > 0) {
				*at = j;
				return p;
			}
	return -1;
}

/* text folded as phrases are (lr_ascii, no spaces, lr_fold_key) when
 * ascii, else lower case without tone marks: NULL when not UTF-8. */
static char *
phrase_key(const char *text, int ascii)
{
	char *k = ascii ? lr_ascii(text) : lr_toneless(text), *o = k;

	for (char *p = k; p != NULL && *p != '\0'; p++)
		if (*p != ' ')
			*o++ = *p;
	if (k != NULL)
		*o = '\0', lr_fold_key(k);
	return k;
}

/* The distance of key k from phrase p without tone marks (the vowel
 * shapes kept: "hàng" is nearer "hang" than "hằng" is), or a bound. */
static int
shape_distance(const char *k, const lr_phrase *p, int max)
{
	char *pk = phrase_key(p->text, 0);
	int d = pk ? lr_edit_distance(k, pk, max * 4) : max * 4 + 1;

	free(pk);
	return d;
}

int
lr_phrase_nearest(const lr_phrases *ph, const char *text, int max)
{
	char *k = phrase_key(text, 1), *tk = phrase_key(text, 0);
	int best = -1, bd = max + 1, bs = 0, ties = 0;

	for (int p = 0; k != NULL && tk != NULL && p < ph->n; p++) {
		int d = lr_edit_distance(k, ph->v[p].joined, max), sd;
		if (d > max || d > bd)
			continue;
		sd = shape_distance(tk, &ph->v[p], max);
		if (d < bd || sd < bs)
			best = p, bd = d, bs = sd, ties = 0;
		else if (sd == bs)
			ties++;
	}
	free(k), free(tk);
	return ties ? -1 : best;
}

int
lr_phrase_extends(const lr_phrases *ph, const char *text)
{
	char *k = phrase_key(text, 1);
	size_t n = k ? strlen(k) : 0;
	int found = -1;

	for (int p = 0; n > 0 && p < ph->n && found < 0; p++)
		if (strlen(ph->v[p].joined) > n &&
		    strncmp(ph->v[p].joined, k, n) == 0)
			found = p;
	free(k);
	return found;
}

int
lr_phrase_ending(const lr_phrases *ph, const char *text)
{
	char *k = text ? phrase_key(text, 1) : NULL;
	size_t n = k ? strlen(k) : 0, m;
	int found = -1;

	for (int p = 0; k != NULL && p < ph->n; p++)
		if ((m = strlen(ph->v[p].joined)) <= n &&
		    strcmp(k + n - m, ph->v[p].joined) == 0)
			found = p;
	free(k);
	return found;
}

int
lr_label_at(const lr_xdata *s, const lr_toks *t, int i, int end, int lab,
    int *dist)
{
	int next = -1, d, best = -1;

	for (int p = 0; p < s->labels.n; p++) {
		const lr_phrase *ph = &s->labels.v[p];
		int n;
		if (ph->key != lab || (n = match(ph, t, i, end, 0, &d)) <= next)
			continue;
		next = n, best = d;
	}
	if (dist != NULL)
		*dist = best;
	return next;
}

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

/* Does token i follow the type word of a unit ("thị trấn Bá Hiến", "thôn
 * Ông Đích": a place's name there, never the title "bà" or "ông")? */
static int
after_unit_type(const lr_xdata *s, const lr_toks *t, int i)
{
	int d;

	if (!(t->v[i].flags & TOK_UPPER))
		return 0;
	for (int j = i - 1; j >= 0 && j >= i - 3; j--)
		if ((lr_label_at(s, t, j, i, LAB_UNIT_TYPE, &d) == i ||
		    lr_label_at(s, t, j, i, LAB_UNIT_VILLAGE, &d) == i) &&
		    d == 0)
			return 1;
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
				 * digit misread as a letter ("Điều I1.") */
		n = lr_tok_skip(t, n, t->n, "*`^~_'\"");
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

static int
add_hit(lr_hits *h, int lab, int a, int b, int dist)
{
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
		if (p >= 0 && label_fits(s, t, ph.v[p].key, i, next, dist)) {
			rc = add_hit(h, ph.v[p].key, i, next, dist);
			i = next;
		} else
			i++;
	}
	free(ph.v);
	return rc;
}

char *
lr_label_text(const lr_xdata *s, int lab)
{
	for (int i = 0; i < s->labels.n; i++)
		if (s->labels.v[i].key == lab)
			return lr_sentence_case(s->labels.v[i].text);
	return NULL;
}

/* The bytes of the title ("Ông", "Bà": a one-word owner.male or
 * owner.female variant) that text starts with, written with a capital
 * and small letters and run into a word with a capital ("ÔngHứaCôngLực",
 * never "BAN"); 0 when none. */
static size_t
title_run_in(const lr_xdata *s, const char *text)
{
	const utf8proc_uint8_t *u = (const utf8proc_uint8_t *)text;
	utf8proc_int32_t ch;
	utf8proc_ssize_t k;

	for (int p = 0; p < s->labels.n; p++) {
		const lr_phrase *ph = &s->labels.v[p];
		size_t n = strlen(ph->joined), b = 0, i;
		if ((ph->key != LAB_OWNER_M && ph->key != LAB_OWNER_F) ||
		    ph->nwords != 1 || n == 0)
			continue;
		for (i = 0; i <= n; i++, b += (size_t)k)
			if ((k = utf8proc_iterate(u + b, -1, &ch)) <= 0 ||
			    (utf8proc_category(ch) == UTF8PROC_CATEGORY_LU) !=
			    (i == 0 || i == n))
				break;
		if (i <= n)
			continue;
		char *head = strndup(text, b - (size_t)k), *f = head ?
		    lr_ascii(head) : NULL;
		int same = f != NULL && strcasecmp(f, ph->joined) == 0;
		free(head), free(f);
		if (same)
			return b - (size_t)k;
	}
	return 0;
}

int
lr_titles_split(const lr_xdata *s, lr_toks *t)
{
	size_t n;

	for (int i = 0; i < t->n; i++)
		if ((t->v[i].flags & (TOK_UPPER | TOK_PUNCT)) == TOK_UPPER &&
		    (n = title_run_in(s, t->v[i].text)) > 0 &&
		    lr_tok_split(t, i, n) != 0)
			return -1;
	return 0;
}
