/* Field extraction: addresses mended against the official unit names, the
 * type words ("thành phế") and the names of communes, districts and
 * provinces ("huyện Mường ẢẲng") that OCR damaged. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "extract-private.h"
#include "text/text.h"

#define MAXSEGS 16
#define MAXNAMES 2048
#define NLEVELS 3

/* A part of an address between commas: bytes [a, b) of the text, its type
 * words [a, n) and its name [n, b). */
struct seg {
	size_t a, n, b;
	unsigned levels;	/* bits 1 << enum lr_unit_level its type names */
	const char *type;	/* the type words to write instead, or NULL */
	const char *name;	/* the name to write instead, or NULL */
	int done, cut;
};

struct addr {
	const char *text;
	struct seg v[MAXSEGS];
	int n;
	const char *ctx[NLEVELS];	/* official names by level: the units the
					 * address is known to lie in */
	int known;		/* ctx is the commune found and its units */
};

static size_t
skip_sp(const char *s, size_t i, size_t end)
{
	while (i < end && s[i] == ' ')
		i++;
	return i;
}

/* The end of the word at i (before end). */
static size_t
word_end(const char *s, size_t i, size_t end)
{
	while (i < end && s[i] != ' ')
		i++;
	return i;
}

/* Folded letters and digits of bytes [a, b) of s ("Điện: Biên" ->
 * "dienbien"), words kept apart by spaces when spaced; NULL when out of
 * memory. */
static char *
key_of(const char *s, size_t a, size_t b, int spaced)
{
	char *raw = strndup(s + a, b - a), *k = raw ? lr_ascii(raw) : NULL, *o;

	free(raw);
	if ((o = k) == NULL)
		return NULL;
	for (char *p = k; *p != '\0'; p++)
		if (isalnum((unsigned char)*p) || (spaced && *p == ' ' &&
		    o > k && o[-1] != ' '))
			*o++ = *p;
	while (o > k && o[-1] == ' ')
		o--;
	*o = '\0';
	return k;
}

/* Do bytes [0, n) of x and y spell alike (lr_tonekey)? */
static int
same_spelling(const char *x, size_t n, const char *y)
{
	char *xs = strndup(x, n), *kx = xs ? lr_tonekey(xs) : NULL;
	char *ky = lr_tonekey(y);
	int same = kx && ky && strcmp(kx, ky) == 0;

	free(xs), free(kx), free(ky);
	return same;
}

/* The level bit of label key k, 0 for none. */
static unsigned
level_bit(int k)
{
	return k == LAB_UNIT_COMMUNE ? 1u << LR_UNIT_COMMUNE :
	    k == LAB_UNIT_DISTRICT ? 1u << LR_UNIT_DISTRICT :
	    k == LAB_UNIT_PROVINCE ? 1u << LR_UNIT_PROVINCE : 0;
}

static int
unit_key(int k)
{
	return level_bit(k) != 0 || k == LAB_UNIT_VILLAGE;
}

/* The levels the wording of phrase ph names ("thành phố": two). */
static unsigned
levels_of(const lr_xdata *s, const lr_phrase *ph)
{
	unsigned lv = 0;

	for (int q = 0; q < s->labels.n; q++)
		if (strcmp(s->labels.v[q].joined, ph->joined) == 0)
			lv |= level_bit(s->labels.v[q].key);
	return lv;
}

/* Does the word at p start with a capital or a digit (a name, a number)? */
static int
name_start(const char *p)
{
	utf8proc_int32_t c;

	return utf8proc_iterate((const utf8proc_uint8_t *)p, -1, &c) > 0 &&
	    (utf8proc_category(c) == UTF8PROC_CATEGORY_LU ||
	    (c >= '0' && c <= '9'));
}

/* Does a name follow at i (before b): a capital or a digit, or "số" and a
 * number ("tổ dân phố số 9")? */
static int
name_follows(const char *text, size_t i, size_t b)
{
	size_t e = word_end(text, i, b), nx = skip_sp(text, e, b);
	char *k;
	int so;

	if (i >= b)
		return 0;
	if (name_start(text + i))
		return 1;
	if (nx >= b || text[nx] < '0' || text[nx] > '9' ||
	    (k = key_of(text, i, e, 0)) == NULL)
		return 0;
	so = strcmp(k, "so") == 0;
	free(k);
	return so;
}

static int a_misread_in(const char *k, const char *ck);

/* The best unit-type phrase for key k of w words, better than *best;
 * past the labels' edits, one whose a's a font's one-storey a made o, u
 * or e ("xõ" for "xã"), a name following it. */
static void
best_type(const lr_xdata *s, const char *k, int w, int *best, int *bd)
{
	for (int p = 0; p < s->labels.n; p++) {
		const lr_phrase *ph = &s->labels.v[p];
		if (!unit_key(ph->key) || ph->nwords != w)
			continue;
		int tol = lr_label_tolerance(strlen(ph->joined));
		int d = lr_edit_distance(k, ph->joined, tol);
		if (d > tol && !a_misread_in(k, ph->joined))
			continue;
		if (*best < 0 || d <= *bd)
			*best = p, *bd = d;
	}
}

/* The unit-type phrase the words of [a, b) of text start with, a name
 * after it, within the labels' edits: its index, the name's start in *n;
 * -1 when none. */
static int
type_at(const lr_xdata *s, const char *text, size_t a, size_t b, size_t *n)
{
	int best = -1, bd = 0, prev;
	size_t end = a;

	for (int w = 1; w <= 3; w++) {
		end = word_end(text, skip_sp(text, end, b), b);
		size_t nx = skip_sp(text, end, b);
		char *k;
		if (!name_follows(text, nx, b) ||
		    (k = key_of(text, a, end, 0)) == NULL)
			continue;
		prev = best;
		best_type(s, k, w, &best, &bd);
		if (best != prev)
			*n = nx;
		free(k);
	}
	return best;
}

/* The official name without its type words ("Huyện Mường Ảng" ->
 * "Mường Ảng"), borrowed from full. */
static const char *
bare(const lr_xdata *s, const char *full)
{
	size_t n;

	return type_at(s, full, 0, strlen(full), &n) >= 0 ? full + n : full;
}

/* Split text into parts at commas; note the type words that differ from
 * the phrase they match. */
static void
parse(const lr_xdata *s, const char *text, struct addr *ad)
{
	size_t a = 0, len = strlen(text);

	memset(ad, 0, sizeof(*ad));
	ad->text = text;
	while (a <= len && ad->n < MAXSEGS) {
		size_t b = a + strcspn(text + a, ",");
		struct seg *g = &ad->v[ad->n++];
		int p;
		g->a = g->n = skip_sp(text, a, b);
		g->b = b;
		while (g->b > g->a && strchr(" .;", text[g->b - 1]))
			g->b--;
		if ((p = type_at(s, text, g->a, g->b, &g->n)) >= 0) {
			const lr_phrase *ph = &s->labels.v[p];
			size_t te = g->n;
			while (te > g->a && text[te - 1] == ' ')
				te--;
			g->levels = levels_of(s, ph);
			if (!same_spelling(text + g->a, te - g->a, ph->text))
				g->type = ph->text;
		}
		a = b + 1;
	}
}

/* Is key k an official name's key ck (NULL: none) with some of its a's,
 * of any shape (a, ă, â), read as o or u of any shape, and no other
 * letter changed? */
static int
a_misread_in(const char *k, const char *ck)
{
	char *ak = lr_ascii(k), *ack = ck ? lr_ascii(ck) : NULL;
	int n = ak && ack ? lr_a_misread(ak, ack) : -1;

	free(ak), free(ack);
	return n > 0;
}

/* Among the official names cands[0..n-1], the one whose bare name the key
 * k is closest to, within the labels' edits plus extra; NULL when none is
 * or two are. */
static const char *
closest(const lr_xdata *s, const char *k, const char *const *cands, int n,
    int extra)
{
	const char *best = NULL;
	int bd = 0, ties = 0;

	for (int i = 0; i < n; i++) {
		const char *b = bare(s, cands[i]);
		char *ck = key_of(b, 0, strlen(b), 0);
		int tol = ck ? lr_label_tolerance(strlen(ck)) + extra : -1;
		int d = ck ? lr_edit_distance(k, ck, tol) : 0;
		/* beyond: a match after every closer one when its a's are
		 * read as o ("Tôn Hòo" for "Tân Hòa"), at tol + 1 */
		int far = d > tol && !a_misread_in(k, ck);
		free(ck);
		if (far)
			continue;
		if (best == NULL || d < bd)
			best = cands[i], bd = d, ties = 0;
		else if (d == bd && strcmp(bare(s, best), b) != 0)
			ties++;
	}
	return ties ? NULL : best;
}

/* Are the words of [a, b) of text, type words and name, the first words,
 * not all, of the official name full ("huyện Điện" of "Huyện Điện Biên",
 * not "huyện Điện Biên" of "Thành phố Điện Biên Phủ")? */
static int
cut_short(const char *text, size_t a, size_t b, const char *full)
{
	char *k = key_of(text, a, b, 1), *f = key_of(full, 0, strlen(full), 1);
	size_t n = k ? strlen(k) : 0;
	int cut = k && f && n > 0 && strncmp(f, k, n) == 0 && f[n] == ' ';

	free(k), free(f);
	return cut;
}

/* The official names of level in the units known so far. */
static int
candidates(const lr_xctx *c, const struct addr *ad, enum lr_unit_level lv,
    enum lr_era era, const char **out)
{
	const char *prov = ad->ctx[LR_UNIT_PROVINCE];
	const char *dist = ad->ctx[LR_UNIT_DISTRICT];

	if (lv == LR_UNIT_COMMUNE && prov == NULL && dist == NULL)
		return 0;	/* too many to tell apart */
	return lr_units_names_in(c->units, lv, era,
	    lv == LR_UNIT_PROVINCE ? NULL : prov,
	    lv == LR_UNIT_COMMUNE ? dist : NULL, out, MAXNAMES);
}

/* The official name among cands[0..n-1] that the name of part g and the
 * next part, one capitalised word OCR cut off with a comma ("xã Huổi,
 * Só"), make together; then g takes in that part.  NULL when none. */
static const char *
comma_split(const lr_xctx *c, struct addr *ad, struct seg *g,
    const char *const *cands, int n)
{
	struct seg *g2 = g + 1;
	const char *best;
	char *k;

	if (g2 >= ad->v + ad->n || g2->levels != 0 || g2->a >= g2->b ||
	    memchr(ad->text + g2->a, ' ', g2->b - g2->a) != NULL ||
	    !name_start(ad->text + g2->a) ||
	    (k = key_of(ad->text, g->n, g2->b, 0)) == NULL)
		return NULL;
	best = closest(c->s, k, cands, n, 0);
	free(k);
	if (best != NULL)
		g->b = g2->b, g2->a = g2->n = g2->b;
	return best;
}

/* Mend the name of part g, of level lv, to the official name it is close
 * to among the units of lv in the units known: the one the commune found
 * lies in when known (also when g, the last part, is cut short). */
static void
snap(const lr_xctx *c, struct addr *ad, struct seg *g, enum lr_unit_level lv,
    enum lr_era era)
{
	const char *cands[MAXNAMES], *best, *want = ad->ctx[lv];
	int n = candidates(c, ad, lv, era, cands);
	char *k;

	if (n > MAXNAMES || (ad->known && want == NULL) ||
	    (k = key_of(ad->text, g->n, g->b, 0)) == NULL)
		return;
	best = closest(c->s, k, cands, n, ad->known ?
	    (int)c->s->set[SET_PLACE_KNOWN_EDITS] : 0);
	free(k);
	if (best == NULL && !ad->known)
		best = comma_split(c, ad, g, cands, n);
	if (ad->known && (best == NULL || strcmp(best, want) != 0)) {
		g->cut = g == &ad->v[ad->n - 1] &&
		    cut_short(ad->text, g->a, g->b, want);
		best = g->cut ? want : NULL;
	}
	if (best == NULL)
		return;
	g->done = 1;
	ad->ctx[lv] = best;
	best = bare(c->s, best);
	if (!same_spelling(ad->text + g->n, g->b - g->n, best))
		g->name = best;
}

/* Copy text from *at to from into out at *o, then str and tail; the text
 * goes on at to. */
static void
put(char *out, size_t *o, const char *text, size_t *at, size_t from,
    size_t to, const char *str, const char *tail)
{
	memcpy(out + *o, text + *at, from - *at);
	*o += from - *at;
	*o += (size_t)sprintf(out + *o, "%s%s", str, tail);
	*at = to;
}

/* The text of ad with the type words and names mended; *changes counts
 * them.  NULL when out of memory. */
static char *
rebuild(const struct addr *ad, int *changes)
{
	size_t len = strlen(ad->text) + 1, at = 0, o = 0;
	char *out;

	for (int i = 0; i < ad->n; i++)
		len += (ad->v[i].type ? strlen(ad->v[i].type) + 1 : 0) +
		    (ad->v[i].name ? strlen(ad->v[i].name) : 0);
	if ((out = malloc(len)) == NULL)
		return NULL;
	for (int i = 0; i < ad->n; i++) {
		const struct seg *g = &ad->v[i];
		if (g->type != NULL)
			put(out, &o, ad->text, &at, g->a, g->n, g->type, " ");
		if (g->name != NULL)
			put(out, &o, ad->text, &at, g->n, g->b, g->name, "");
		*changes += (g->type != NULL) + (g->name != NULL);
	}
	strcpy(out + o, ad->text + at);
	return out;
}

/* Snap the parts of ad naming units, from the province down. */
static void
snap_all(const lr_xctx *c, struct addr *ad, enum lr_era era)
{
	static const enum lr_unit_level order[] = { LR_UNIT_PROVINCE,
	    LR_UNIT_DISTRICT, LR_UNIT_COMMUNE };

	for (size_t l = 0; l < sizeof(order) / sizeof(*order); l++)
		for (int i = 0; i < ad->n; i++)
			if (!ad->v[i].done && (ad->v[i].levels & (1u << order[l])))
				snap(c, ad, &ad->v[i], order[l], era);
}

/* Is the name of part g exactly an official name of a level its type
 * names, of any era, district or province?  Communes are too many to
 * ask. */
static int
listed_name(const lr_xctx *c, const struct addr *ad, const struct seg *g)
{
	const char *cands[MAXNAMES];
	char *k = key_of(ad->text, g->n, g->b, 0);
	int found = g->levels & (1u << LR_UNIT_COMMUNE);

	for (int lv = LR_UNIT_DISTRICT; k != NULL && lv <= LR_UNIT_PROVINCE &&
	    !found; lv++) {
		int n = (g->levels & (1u << lv)) == 0 ? 0 : lr_units_names_in(
		    c->units, (enum lr_unit_level)lv, LR_ERA_ANY, NULL, NULL,
		    cands, MAXNAMES);
		found = n > MAXNAMES;
		for (int i = 0; i < n && i < MAXNAMES && !found; i++) {
			const char *b = bare(c->s, cands[i]);
			char *ck = key_of(b, 0, strlen(b), 0);
			found = ck != NULL && strcmp(ck, k) == 0;
			free(ck);
		}
	}
	free(k);
	return found;
}

/* Is p a comma set against a letter (an ASCII one or a UTF-8 lead byte)? */
static int
glued_comma(const char *p)
{
	return p[0] == ',' && (isalpha((unsigned char)p[1]) ||
	    (unsigned char)p[1] >= 0xc0);
}

char *
lr_x_addr_spaced(const char *addr)
{
	size_t n = 0, o = 0;
	char *out;

	for (const char *p = addr; *p != '\0'; p++)
		n += glued_comma(p);
	if (n == 0 || (out = malloc(strlen(addr) + n + 1)) == NULL)
		return NULL;
	for (const char *p = addr; *p != '\0'; p++) {
		out[o++] = *p;
		if (glued_comma(p))
			out[o++] = ' ';
	}
	out[o] = '\0';
	return out;
}

char *
lr_x_addr_mend(const lr_xctx *c, const char *addr, enum lr_era era,
    lr_mend *m)
{
	struct addr ad;
	char *typed, *out;
	const char *code;
	int amb = 0;

	memset(m, 0, sizeof(*m));
	parse(c->s, addr, &ad);
	if ((typed = rebuild(&ad, &m->changes)) == NULL || c->units == NULL)
		return typed;
	parse(c->s, typed, &ad);
	if ((code = lr_units_find(c->units, typed, c->province, era,
	    &amb)) != NULL)
		ad.known = lr_units_names(c->units, code, era,
		    &ad.ctx[LR_UNIT_COMMUNE], &ad.ctx[LR_UNIT_DISTRICT],
		    &ad.ctx[LR_UNIT_PROVINCE]) == 0;
	if (!amb)
		snap_all(c, &ad, era);
	for (int i = 0; i < ad.n; i++)
		m->unknown += ad.v[i].levels && !ad.v[i].done &&
		    !listed_name(c, &ad, &ad.v[i]);
	out = rebuild(&ad, &m->changes);
	m->cut = ad.n > 0 && ad.v[ad.n - 1].cut;
	free(typed);
	return out;
}
