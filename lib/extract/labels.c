/* Finding labels and phrases in the token stream, tolerant of OCR damage:
 * folded comparison, a small edit distance, words split or merged. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "labels-int.h"
#include "text/text.h"
#include "util/util.h"

#define MAXLEN 96

int
lr_label_tolerance(size_t n)
{
	return n <= 7 ? 0 : n <= 12 ? 1 : 2;
}

/* The letters of key k that are an 'a' of phrase key p (of plen letters,
 * three or more) read as 'o' or 'u' (lr_a_misread), when no other differs
 * and they are at most one in four; else 0. */
static int
a_misread(const char *k, const char *p, size_t plen)
{
	int n = plen < 3 ? -1 : lr_a_misread(k, p);

	return n > 0 && (size_t)n * 4 <= plen + 3 ? n : 0;
}

static char *phrase_key(const char *text, int ascii);

/* Do folded k and p, of one length, differ only where p has an 'a' and k
 * an 'e', 'o' or 'u', with one 'e' at least? */
static int
hat_maybe(const char *k, const char *p)
{
	int e = 0;

	if (strlen(k) != strlen(p))
		return 0;
	for (; *p != '\0'; k++, p++)
		if (*k != *p && (*p != 'a' || strchr("eou", *k) == NULL))
			return 0;
		else
			e |= *k != *p && *k == 'e';
	return e;
}

/* The letters of tokens [i, j] (keys k) that are an 'a' of phrase p read
 * as o or u, or its â as ê (lr_a_misread_shaped: "đết" for "đất"), when
 * no other differs and they are at most one in four; else 0. */
static int
hat_misread(const lr_phrase *p, const lr_toks *t, int i, int j,
    const char *k)
{
	char buf[4 * MAXLEN + 1] = "", *w, *pk;
	size_t plen = strlen(p->joined);
	int n = -1;

	if (plen < 3 || !hat_maybe(k, p->joined))
		return 0;
	for (int x = i; x <= j; x++) {
		if (x > i && lr_tok_speck(&t->v[x]))
			continue;
		if ((w = phrase_key(t->v[x].text, 0)) != NULL &&
		    strlen(buf) + strlen(w) < sizeof(buf))
			strcat(buf, w);
		free(w);
	}
	if ((pk = phrase_key(p->text, 0)) != NULL)
		n = lr_a_misread_shaped(buf, pk);
	free(pk);
	return n > 0 && (size_t)n * 4 <= plen + 3 ? n : 0;
}

/* Match phrase p against the keys of the tokens from i: the token after the
 * closest match (the longer one on a tie), *dist set (an 'a' misread counts
 * one edit, past the tolerance); or -1. */
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
		if (((d = lr_edit_distance(buf, p->joined, tol)) <= tol ||
		    (d = a_misread(buf, p->joined, plen)) > 0 ||
		    (d = hat_misread(p, t, i, j, buf)) > 0) &&
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
