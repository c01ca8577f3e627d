/* The units a certificate's address names, checked against the unit list
 * with their marks: a name listed only once its marks are taken off
 * ("Thừa Thiên Huề" for "Huế"), or with a word's capital read small
 * ("huyện cẩm Giàng"), is misread and mended. */
#include <stdlib.h>
#include <string.h>

#include "cert-int.h"
#include "text/text.h"

enum { MAX_UNITS = 20000 };

/* The names of one level: folded (lr_x_fold), spelt (lr_tonekey: marks
 * kept, case and the tone's seat not) and as listed (borrowed). */
struct level {
	char **fold, **key;
	const char **name;
	int n;
};

struct lr_unitnames {
	struct level lv[3];	/* enum lr_unit_level */
};

static int
level_load(const lr_units *u, enum lr_unit_level level, struct level *v)
{
	int m;

	v->n = 0;
	v->fold = calloc(MAX_UNITS + 1, sizeof(*v->fold));
	v->key = calloc(MAX_UNITS + 1, sizeof(*v->key));
	v->name = calloc(MAX_UNITS + 1, sizeof(*v->name));
	if (v->fold == NULL || v->key == NULL || v->name == NULL)
		return -1;
	m = lr_units_names_in(u, level, LR_ERA_ANY, NULL, NULL, v->name,
	    MAX_UNITS);
	for (int i = 0; i < m && i < MAX_UNITS; i++, v->n++)
		if ((v->fold[i] = lr_x_fold(v->name[i])) == NULL ||
		    (v->key[i] = lr_tonekey(v->name[i])) == NULL)
			return -1;
	return 0;
}

static void
level_free(struct level *v)
{
	for (int i = 0; i <= v->n && v->fold != NULL; i++)
		free(v->fold[i]), free(v->key ? v->key[i] : NULL);
	free(v->fold), free(v->key), free(v->name);
}

lr_unitnames *
lr_x_unitnames_new(const lr_units *u)
{
	lr_unitnames *t = calloc(1, sizeof(*t));
	int bad = t == NULL;

	for (int k = 0; !bad && k < 3; k++)
		bad = level_load(u, (enum lr_unit_level)k, &t->lv[k]) != 0;
	if (bad)
		lr_x_unitnames_free(t), t = NULL;
	return t;
}

void
lr_x_unitnames_free(lr_unitnames *t)
{
	if (t == NULL)
		return;
	for (int k = 0; k < 3; k++)
		level_free(&t->lv[k]);
	free(t);
}

/* The level of a unit whose folded part of an address p begins with its
 * type word (lr_unit_type: a commune's, a district's or a city's, a
 * province's), the type's words in *words; -1 when p names no unit. */
static int
part_level(const char *p, int *words)
{
	const lr_unit_word *t = lr_unit_type(p);
	int lv = t == NULL ? -1 : t->level == LR_TYPE_COMMUNE ? LR_UNIT_COMMUNE :
	    t->level == LR_TYPE_DISTRICT || t->level == LR_TYPE_CITY ?
	    LR_UNIT_DISTRICT : t->level == LR_TYPE_PROVINCE ? LR_UNIT_PROVINCE :
	    -1;

	*words = 1;
	for (const char *c = t != NULL ? t->folded : ""; *c != '\0'; c++)
		*words += *c == ' ';
	return lv;
}

/* The index in v of the name whose fold is f (and whose spelling is key,
 * when key is not NULL); -1. */
static int
listed(const struct level *v, const char *f, const char *key)
{
	for (int i = 0; i < v->n; i++)
		if (strcmp(v->fold[i], f) == 0 && (key == NULL ||
		    strcmp(v->key[i], key) == 0))
			return i;
	return -1;
}

/* Is a syllable of v's names (any of their words) the spelling
 * of syllable w (folded f, spelt key) without its marks only? */
static int
syllable_marks(const struct level *v, const char *f, const char *key)
{
	int fold = 0, spelt = 0;

	for (int i = 0; i < v->n; i++) {
		char *c = strdup(v->name[i]), *save = NULL;
		for (char *s = c ? strtok_r(c, " ", &save) : NULL; s != NULL;
		    s = strtok_r(NULL, " ", &save)) {
			char *sf = lr_x_fold(s), *sk = lr_tonekey(s);
			int same = sf != NULL && strcmp(sf, f) == 0;
			fold |= same;
			spelt |= same && sk != NULL && strcmp(sk, key) == 0;
			free(sf), free(sk);
		}
		free(c);
	}
	return fold && !spelt;
}

/* Does p (a part of an address, a unit of v's level the list does not
 * hold: a province since renamed, "tỉnh Thừa Thiên Huế") hold a syllable
 * that v's names write only with other marks ("Huề": "Huế")? */
static int
misspelt(const struct level *v, const char *p)
{
	char *c = strdup(p), *save = NULL;
	int bad = 0;

	for (char *s = c ? strtok_r(c, " ", &save) : NULL; s != NULL && !bad;
	    s = strtok_r(NULL, " ", &save)) {
		char *sf = lr_x_fold(s), *sk = lr_tonekey(s);
		bad = sf != NULL && sk != NULL && syllable_marks(v, sf, sk);
		free(sf), free(sk);
	}
	free(c);
	return bad;
}

/* The listed name of p (a part of an address, its unit's type first in
 * words words), p's own type words kept: a new string; NULL. */
static char *
as_listed(const char *p, int words, const char *name)
{
	const char *a = p, *b = name;
	char *out;

	for (int k = 0; k < words && a != NULL && b != NULL; k++)
		a = strchr(a + 1, ' '), b = strchr(b + 1, ' ');
	if (a == NULL || b == NULL || (out = malloc(strlen(name) +
	    strlen(p) + 1)) == NULL)
		return NULL;
	memcpy(out, p, (size_t)(a - p));
	strcpy(out + (a - p), b);
	return out;
}

/* p with each word after its first (the unit's type) that begins with a
 * small "l" begun with "I", the capital OCR reads as "l" ("xã la Phí" for
 * the Jrai "Ia Phí"): a new string; NULL when there is none. */
static char *
capital_i(const char *p)
{
	char *c = strdup(p);
	int n = 0;

	for (char *w = c ? strchr(c, ' ') : NULL; w != NULL;
	    w = strchr(w + 1, ' '))
		if (w[1] == 'l')
			w[1] = 'I', n++;
	if (n == 0)
		free(c), c = NULL;
	return c;
}

/* Does a word of p's name (after its type's words words) stand in small
 * letters where the listed name begins that word with a capital ("huyện
 * cẩm Giàng" for "Cẩm Giàng", OCR's case)? */
static int
small_word(const char *p, int words, const char *name)
{
	char *a = strdup(p), *b = strdup(name), *sa = NULL, *sb = NULL;
	char *x = a ? strtok_r(a, " ", &sa) : NULL;
	char *y = b ? strtok_r(b, " ", &sb) : NULL;
	int small = 0;

	for (int k = 0; x != NULL && y != NULL && k < words; k++)
		x = strtok_r(NULL, " ", &sa), y = strtok_r(NULL, " ", &sb);
	for (; x != NULL && y != NULL && !small; x = strtok_r(NULL, " ",
	    &sa), y = strtok_r(NULL, " ", &sb))
		small = lr_case_of(x) == LR_CASE_SMALL &&
		    lr_case_of(y) != LR_CASE_SMALL;
	free(a), free(b);
	return small;
}

/* Check part p (trimmed) of an address: LR_UNITS_OK, LR_UNITS_UNLISTED,
 * or LR_UNITS_MARKS with the listed name in *mend (new): p listed once
 * its marks are taken off, or once its "l" are capital "I" (capital_i). */
static int
check_part(const lr_unitnames *t, const char *p, char **mend)
{
	char *f = lr_x_fold(p), *key = lr_tonekey(p), *cap;
	int lv = -1, words = 0, i = -1, out = LR_UNITS_OK;

	if (f != NULL && key != NULL && (lv = part_level(f, &words)) >= 0 &&
	    listed(&t->lv[lv], f, NULL) < 0 && (cap = capital_i(p)) != NULL) {
		if (check_part(t, cap, mend) == LR_UNITS_OK)
			*mend = cap, cap = NULL;
		free(cap);
		if (*mend != NULL) {
			free(f), free(key);
			return LR_UNITS_MARKS;
		}
	}
	if (f != NULL && key != NULL && lv >= 0) {
		const struct level *v = &t->lv[lv];
		/* a district's "thành phố" may be a province's */
		const struct level *w = lv == LR_UNIT_DISTRICT ?
		    &t->lv[LR_UNIT_PROVINCE] : v;
		if (listed(v, f, key) < 0 && listed(w, f, key) < 0) {
			out = lv != LR_UNIT_PROVINCE || misspelt(v, p) ?
			    LR_UNITS_UNLISTED : LR_UNITS_OK;
			if ((i = listed(v, f, NULL)) >= 0 ||
			    (i = listed(v = w, f, NULL)) >= 0) {
				out = LR_UNITS_MARKS;
				*mend = as_listed(p, words, v->name[i]);
			}
		} else if (((i = listed(v, f, key)) >= 0 ||
		    (i = listed(v = w, f, key)) >= 0) &&
		    small_word(p, words, v->name[i])) {
			out = LR_UNITS_MARKS;	/* its case misread */
			*mend = as_listed(p, words, v->name[i]);
		}
	}
	free(f), free(key);
	return out;
}

int
lr_x_address_units(const lr_unitnames *t, const char *a, char **mended)
{
	char *copy = a != NULL ? strdup(a) : NULL, *out = NULL;
	int worst = LR_UNITS_OK;
	size_t at = 0, parts = 1;

	*mended = NULL;
	for (const char *c = a; c != NULL && (c = strchr(c, ',')) != NULL; c++)
		parts++;
	/* a listed name is under 128 bytes longer than the part it mends */
	if (copy == NULL || (out = calloc(1, strlen(a) + 128 * parts)) ==
	    NULL) {
		free(copy);
		return LR_UNITS_OK;
	}
	for (char *p = copy, *e; p != NULL; p = e != NULL ? e + 1 : NULL) {
		char *mend = NULL;
		size_t lead = strspn(p, " ");
		int got;
		if ((e = strchr(p, ',')) != NULL)
			*e = '\0';
		got = check_part(t, p + lead, &mend);
		worst = got > worst ? got : worst;
		at += (size_t)sprintf(out + at, "%s%.*s%s", p == copy ? "" :
		    ",", (int)lead, p, mend != NULL ? mend : p + lead);
		free(mend);
	}
	free(copy);
	if (worst == LR_UNITS_MARKS)
		*mended = out;
	else
		free(out);
	return worst;
}
