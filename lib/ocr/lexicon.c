/* Known phrases, and the OCR words whose marks are restored from them. */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "util/util.h"
#include "lexicon.h"
#include "text/text.h"

/* A word without the punctuation at its ends: its spelling as listed or
 * read, its key (lr_tonekey: case and tone placement aside) and its
 * skeleton (lr_ascii: every mark aside); whether punctuation stood before
 * it (head) and after it (tail). */
struct form {
	char *text, *key, *skel;
	int head, tail;
};

struct phrase {
	struct form *w;
	int n;
};

/* The index: a phrase under the skeleton of its first word. */
struct entry {
	const char *skel;
	int phrase;
};

struct lr_lexicon {
	struct phrase *v;
	int n;
	size_t cap;
	struct entry *idx;	/* n entries, by skeleton, once finished */
	lr_sha256 *h;		/* of the phrases added */
	char sig[17];
};

lr_lexicon *
lr_lexicon_new(void)
{
	lr_lexicon *lx = calloc(1, sizeof(*lx));

	if (lx != NULL && (lx->h = lr_sha256_new()) == NULL) {
		free(lx);
		return NULL;
	}
	return lx;
}

/* The bytes [*a, *b) of s from its first letter or digit to its last;
 * empty when it has none.  Returns -1 when s is not UTF-8. */
static int
core(const char *s, size_t *a, size_t *b)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	utf8proc_int32_t c;
	utf8proc_ssize_t n;
	size_t i;
	int seen = 0;

	*a = *b = 0;
	for (i = 0; p[i] != '\0'; i += (size_t)n) {
		if ((n = utf8proc_iterate(p + i, -1, &c)) <= 0)
			return -1;
		if (lr_alnum(c)) {
			if (!seen)
				*a = i;
			seen = 1;
			*b = i + (size_t)n;
		}
	}
	return 0;
}

static void
form_free(struct form *f)
{
	free(f->text);
	free(f->key);
	free(f->skel);
}

/* Fill f from bytes [a, b) of s.  Returns 0, or -1 when memory ran out. */
static int
form_of(struct form *f, const char *s, size_t a, size_t b)
{
	f->head = a > 0;
	f->tail = s[b] != '\0';
	f->text = strndup(s + a, b - a);
	f->key = f->text ? lr_tonekey(f->text) : NULL;
	f->skel = f->text ? lr_ascii(f->text) : NULL;
	if (f->key == NULL || f->skel == NULL) {
		form_free(f);
		return -1;
	}
	return 0;
}

/* The words of phrase (modified: split at spaces) with letters into *ph.
 * Returns 0, or -1 (not UTF-8, out of memory). */
static int
split_phrase(char *phrase, struct phrase *ph)
{
	size_t a, b, cap = 0;
	char *save = NULL;

	ph->w = NULL;
	ph->n = 0;
	for (char *t = strtok_r(phrase, " \t", &save); t != NULL;
	    t = strtok_r(NULL, " \t", &save)) {
		if (core(t, &a, &b) != 0)
			return -1;
		if (a == b)
			continue;
		if (lr_reserve(&ph->w, &cap, (size_t)ph->n, sizeof(*ph->w), 8)
		    != 0)
			return -1;
		if (form_of(&ph->w[ph->n], t, a, b) != 0)
			return -1;
		ph->n++;
	}
	return 0;
}

static void
phrase_free(struct phrase *ph)
{
	for (int i = 0; i < ph->n; i++)
		form_free(&ph->w[i]);
	free(ph->w);
}

int
lr_lexicon_add(lr_lexicon *lx, const char *phrase)
{
	char *copy = strdup(phrase);
	struct phrase ph = { NULL, 0 };
	int rc = copy != NULL ? split_phrase(copy, &ph) : -1;

	free(copy);
	if (rc != 0 || ph.n < 2) {
		phrase_free(&ph);
		return rc;
	}
	if (lr_reserve(&lx->v, &lx->cap, (size_t)lx->n, sizeof(*lx->v), 256)
	    != 0) {
		phrase_free(&ph);
		return -1;
	}
	lx->v[lx->n++] = ph;
	lr_sha256_add(lx->h, phrase, strlen(phrase) + 1);
	return 0;
}

/* Where the phrases of a data file are. */
struct column {
	lr_lexicon *lx;
	int col;
};

static int
phrase_row(void *ctx, char **f, int n, lr_err *err)
{
	struct column *c = ctx;

	if (n > c->col && lr_lexicon_add(c->lx, f[c->col]) != 0) {
		lr_err_set(err, "not UTF-8, or out of memory");
		return -1;
	}
	return 0;
}

int
lr_lexicon_add_file(lr_lexicon *lx, const char *path, int col, lr_err *err)
{
	struct column c = { lx, col };

	return lr_tsv_read_data(path, phrase_row, &c, err);
}

/* Add the units of level: their names, then the count asked for is grown
 * until all fit. */
static int
add_level(lr_lexicon *lx, const lr_units *u, enum lr_unit_level level)
{
	const char **names = NULL, **more;
	int max = 1024, n;

	for (;;) {
		if ((more = realloc(names, (size_t)max * sizeof(*more))) == NULL)
			break;
		names = more;
		if ((n = lr_units_names_in(u, level, LR_ERA_ANY, NULL, NULL,
		    names, max)) <= max) {
			int rc = 0;
			for (int i = 0; i < n && rc == 0; i++)
				rc = lr_lexicon_add(lx, names[i]);
			free(names);
			return rc;
		}
		max *= 4;
	}
	free(names);
	return -1;
}

int
lr_lexicon_add_units(lr_lexicon *lx, const lr_units *u)
{
	if (add_level(lx, u, LR_UNIT_COMMUNE) != 0 ||
	    add_level(lx, u, LR_UNIT_DISTRICT) != 0 ||
	    add_level(lx, u, LR_UNIT_PROVINCE) != 0)
		return -1;
	return 0;
}

static int
entry_cmp(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;
	int c = strcmp(x->skel, y->skel);

	return c != 0 ? c : (x->phrase > y->phrase) - (x->phrase < y->phrase);
}

int
lr_lexicon_finish(lr_lexicon *lx)
{
	char hex[65];

	free(lx->idx);
	if ((lx->idx = malloc((size_t)(lx->n + 1) * sizeof(*lx->idx))) == NULL)
		return -1;
	for (int i = 0; i < lx->n; i++)
		lx->idx[i] = (struct entry){ lx->v[i].w[0].skel, i };
	qsort(lx->idx, (size_t)lx->n, sizeof(*lx->idx), entry_cmp);
	/* the rules of lr_lexicon_restore() too: change with them */
	lr_sha256_add(lx->h, "restore 2", 9);
	lr_sha256_hex(lx->h, hex);
	memcpy(lx->sig, hex, 16);
	lx->sig[16] = '\0';
	return 0;
}

const char *
lr_lexicon_signature(const lr_lexicon *lx)
{
	return lx->sig;
}

/* A word of a line as read: its core [a, b) and the core's form. */
struct tok {
	lr_word *w;
	int at;			/* w's place among the page's words */
	size_t a, b;
	struct form f;
};

/* The words of page p with letters into t (room for all its words), in
 * reading order; returns how many, or -1 when memory ran out (t then holds
 * nothing to free). */
static int
page_toks(lr_page_words *p, struct tok *t)
{
	int n = 0, at = 0;

	for (int i = 0; i < p->nlines; i++)
		for (int j = 0; j < p->lines[i].nwords; j++) {
			struct tok *k = &t[n];
			k->w = &p->lines[i].words[j];
			k->at = at++;
			if (core(k->w->text, &k->a, &k->b) != 0 || k->a == k->b)
				continue;
			if (form_of(&k->f, k->w->text, k->a, k->b) != 0) {
				while (n > 0)
					form_free(&t[--n].f);
				return -1;
			}
			n++;
		}
	return n;
}

/* Is read word w, to be written as phrase word f, rather part of a name:
 * a capital first, after a word so written, where f has none ("Chu Văn
 * Nam, sinh" is no "năm sinh")? */
static int
in_name(const struct form *f, const struct form *w, const struct tok *before)
{
	return before != NULL && lr_case_of(w->text) == LR_CASE_TITLE &&
	    lr_case_of(f->text) == LR_CASE_SMALL &&
	    lr_case_of(before->f.text) == LR_CASE_TITLE;
}

/* How many words of ph, at t[0..] (after the word before, or NULL), differ
 * from it in their marks or are written in an odd mix of cases ("MƯỜng");
 * -1 when it does not fit there: other letters, punctuation inside the
 * phrase where it has none ("Nam, sinh"), a word that would lose its marks
 * to a phrase word without, or a word of a name. */
static int
differs(const struct phrase *ph, const struct tok *t, int left,
    const struct tok *before)
{
	int d = 0;

	if (ph->n > left)
		return -1;
	for (int k = 0; k < ph->n; k++) {
		const struct form *f = &ph->w[k], *w = &t[k].f;
		if (strcmp(f->skel, w->skel) != 0 || (k > 0 && w->head !=
		    f->head) || (k + 1 < ph->n && w->tail != f->tail))
			return -1;
		if (strcmp(f->key, w->key) == 0) {
			d += lr_case_of(w->text) == LR_CASE_ODD;
			continue;
		}
		if (strcmp(f->key, f->skel) == 0 ||
		    in_name(f, w, k > 0 ? &t[k - 1] : before))
			return -1;
		d++;
	}
	return d;
}

/* Are the words of phrases a and b the same, tone placement aside? */
static int
same_phrase(const struct phrase *a, const struct phrase *b)
{
	if (a->n != b->n)
		return 0;
	for (int k = 0; k < a->n; k++)
		if (strcmp(a->w[k].key, b->w[k].key) != 0)
			return 0;
	return 1;
}

/* The first index entry for skeleton skel (n when none). */
static int
first_entry(const lr_lexicon *lx, const char *skel)
{
	int lo = 0, hi = lx->n;

	while (lo < hi) {
		int mid = lo + (hi - lo) / 2;
		if (strcmp(lx->idx[mid].skel, skel) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The phrase that fits best at t[0..left-1] (after the word before, or
 * NULL): most words, then fewest differences, with *diff its differences;
 * NULL when none fits or two different ones fit as well. */
static const struct phrase *
best_at(const lr_lexicon *lx, const struct tok *t, int left,
    const struct tok *before, int *diff)
{
	const struct phrase *best = NULL;
	int tie = 0;

	*diff = 0;
	for (int e = first_entry(lx, t[0].f.skel); e < lx->n &&
	    strcmp(lx->idx[e].skel, t[0].f.skel) == 0; e++) {
		const struct phrase *ph = &lx->v[lx->idx[e].phrase];
		int d = differs(ph, t, left, before);
		if (d < 0 || 2 * d > ph->n)
			continue;
		if (best == NULL || ph->n > best->n || (ph->n == best->n &&
		    d < *diff)) {
			best = ph, *diff = d, tie = 0;
		} else if (ph->n == best->n && d == *diff &&
		    !same_phrase(ph, best))
			tie = 1;
	}
	return tie ? NULL : best;
}

/* Write the core of t in the spelling f, in t's own case.  Returns 0, or
 * -1 when memory ran out. */
static int
rewrite(struct tok *t, const struct form *f)
{
	char *w = lr_case_as(f->text, t->f.text), *s;
	size_t len = strlen(t->w->text), wl = w ? strlen(w) : 0;

	if (w == NULL || (s = malloc(len - (t->b - t->a) + wl + 1)) == NULL) {
		free(w);
		return -1;
	}
	memcpy(s, t->w->text, t->a);
	memcpy(s + t->a, w, wl);
	strcpy(s + t->a + wl, t->w->text + t->b);
	free(w);
	free(t->w->text);
	t->w->text = s;
	return 0;
}

/* Restore the words of a page's toks, marking each rewritten in changed
 * (NULL: not); returns how many were rewritten, or -1. */
static int
restore_toks(const lr_lexicon *lx, struct tok *t, int n,
    unsigned char *changed)
{
	int done = 0, d;

	for (int i = 0; i < n;) {
		const struct phrase *ph = best_at(lx, &t[i], n - i,
		    i > 0 ? &t[i - 1] : NULL, &d);
		if (ph == NULL || d == 0) {
			i += ph != NULL ? ph->n : 1;
			continue;
		}
		for (int k = 0; k < ph->n; k++, i++) {
			if (strcmp(ph->w[k].key, t[i].f.key) == 0 &&
			    lr_case_of(t[i].f.text) != LR_CASE_ODD)
				continue;
			if (rewrite(&t[i], &ph->w[k]) != 0)
				return -1;
			if (changed != NULL)
				changed[t[i].at] = 1;
			done++;
		}
	}
	return done;
}

int
lr_lexicon_restore(const lr_lexicon *lx, lr_page_words *p)
{
	return lr_lexicon_restore_marked(lx, p, NULL);
}

int
lr_lexicon_restore_marked(const lr_lexicon *lx, lr_page_words *p,
    unsigned char *changed)
{
	size_t words = 1;
	struct tok *t;
	int n, done;

	for (int i = 0; i < p->nlines; i++)
		words += (size_t)p->lines[i].nwords;
	if ((t = malloc(words * sizeof(*t))) == NULL)
		return -1;
	n = page_toks(p, t);
	done = n > 0 ? restore_toks(lx, t, n, changed) : n;
	for (int k = 0; k < n; k++)
		form_free(&t[k].f);
	free(t);
	return done;
}

void
lr_lexicon_free(lr_lexicon *lx)
{
	if (lx == NULL)
		return;
	for (int i = 0; i < lx->n; i++)
		phrase_free(&lx->v[i]);
	free(lx->v);
	free(lx->idx);
	lr_sha256_free(lx->h);
	free(lx);
}
