/* The cells of a ruled table's narrow numeric columns read again one by
 * one: the columns from the page's vertical rules, the cells from the
 * lines' words in them, each cut out and read as one line of figures. */
#include <stdlib.h>
#include <string.h>

#include "cells.h"
#include "clock.h"
#include "cutout.h"
#include "text/text.h"

/* Vertical rules within EDGE_TOL pixels across, and GAP_PART of the page's
 * height down, of one another are one rule drawn in pieces. */
enum { MAX_EDGES = 64, MAX_BANDS = 48, EDGE_TOL = 8, GAP_PART = 40 };

/* A column is a quarter of the page wide at most (WIDE_PART) and a
 * hundredth at least (NARROW_PART). */
enum { WIDE_PART = 4, NARROW_PART = 100 };

/* The most cells read again on a page and in one line; a reading needs
 * MIN_CONF to be kept, and is kept at SURE_CONF whatever the page's
 * reading's confidence was (the two are a different model's: the page's
 * read a rounded face's 3 as a 5 at 93, figures read it right at 88); a
 * cell is cut INSET pixels inside its rules and read with BORDER pixels
 * of white around it; a cell of a few figures read under LOW_CONF is read
 * again too. */
enum { MAX_CELLS = 256, LINE_CELLS = 16, MIN_CONF = 50, SURE_CONF = 85,
	INSET = 3, BORDER = 10, LOW_CONF = 80 };

/* A vertical rule, or the pieces of one: x from xl to xr, y from y0 to y1. */
struct edge {
	int xl, xr, y0, y1;
};

/* A column between two vertical rules (xl, xr: their near sides; ml, mr:
 * their middles), and whether it holds figures. */
struct band {
	int xl, xr, ml, mr, y0, y1, numeric;
};

static int
max_int(int a, int b)
{
	return a > b ? a : b;
}

static int
min_int(int a, int b)
{
	return a < b ? a : b;
}

static int
edge_cmp(const void *a, const void *b)
{
	const struct edge *x = a, *y = b;

	return x->xl != y->xl ? (x->xl > y->xl) - (x->xl < y->xl) :
	    (x->y0 > y->y0) - (x->y0 < y->y0);
}

/* The vertical rules of p, pieces of one joined, into e (up to max), left
 * to right.  Returns how many. */
static int
find_edges(const lr_page_words *p, struct edge *e, int max)
{
	int n = 0, k = 0, gap = p->height / GAP_PART;

	for (int i = 0; i < p->nrules && n < max; i++) {
		const lr_rule *r = &p->rules[i];
		if (r->h > 4 * r->w)
			e[n++] = (struct edge){ r->x, r->x + r->w, r->y,
			    r->y + r->h };
	}
	qsort(e, (size_t)n, sizeof(*e), edge_cmp);
	for (int i = 0; i < n; i++) {
		struct edge *last = k > 0 ? &e[k - 1] : NULL;
		if (last != NULL && e[i].xl - last->xl <= EDGE_TOL &&
		    e[i].y0 <= last->y1 + gap) {
			last->xr = max_int(last->xr, e[i].xr);
			last->y1 = max_int(last->y1, e[i].y1);
		} else
			e[k++] = e[i];
	}
	return k;
}

/* Do edges a and b run beside each other over half the shorter's length? */
static int
beside(const struct edge *a, const struct edge *b)
{
	int over = min_int(a->y1, b->y1) - max_int(a->y0, b->y0);

	return 2 * over >= min_int(a->y1 - a->y0, b->y1 - b->y0);
}

/* The narrow columns of p between its vertical rules into b (up to max),
 * each between a rule and the nearest one right of it beside it.  Returns
 * how many. */
static int
find_bands(const lr_page_words *p, struct band *b, int max)
{
	struct edge e[MAX_EDGES];
	int ne = find_edges(p, e, MAX_EDGES), n = 0, best;

	for (int i = 0; i < ne && n < max; i++) {
		best = -1;
		for (int j = 0; j < ne; j++)
			if (e[j].xl > e[i].xr + p->width / NARROW_PART &&
			    beside(&e[i], &e[j]) && (best < 0 ||
			    e[j].xl < e[best].xl))
				best = j;
		if (best >= 0 && e[best].xl - e[i].xr <= p->width / WIDE_PART)
			b[n++] = (struct band){ e[i].xr, e[best].xl,
			    (e[i].xl + e[i].xr) / 2,
			    (e[best].xl + e[best].xr) / 2,
			    max_int(e[i].y0, e[best].y0),
			    min_int(e[i].y1, e[best].y1), 0 };
	}
	return n;
}

/* Does point x, y stand in band b, up to the middles of its rules? */
static int
inside(const struct band *b, int x, int y)
{
	return x >= b->ml && x < b->mr && y >= b->y0 && y < b->y1;
}

/* Does word w's middle stand in band b? */
static int
centred_in(const lr_word *w, const struct band *b)
{
	return inside(b, w->x + w->w / 2, w->y + w->h / 2);
}

/* The band of bs (nb of them) x, y stands in, or NULL. */
static const struct band *
band_at(const struct band *bs, int nb, int x, int y)
{
	for (int i = 0; i < nb; i++)
		if (inside(&bs[i], x, y))
			return &bs[i];
	return NULL;
}

/* How far past a border a word may run and still be within it. */
static int
slack(const lr_word *w)
{
	return max_int(3, w->h / 4);
}

/* How many pixels of word w stand between x0 and x1. */
static int
overlap(const lr_word *w, int x0, int x1)
{
	return min_int(w->x + w->w, x1) - max_int(w->x, x0);
}

/* The words of line l whose middles stand in band b: the first in *first,
 * their count returned (those between the first and the last). */
static int
members(const lr_line *l, const struct band *b, int *first)
{
	int last = -1;

	*first = -1;
	for (int i = 0; i < l->nwords; i++)
		if (centred_in(&l->words[i], b)) {
			if (*first < 0)
				*first = i;
			last = i;
		}
	return *first < 0 ? 0 : last - *first + 1;
}

/* Is s a number in brackets, as a header's column numbers "(1)", "(2)"
 * are? */
static int
numbered(const char *s)
{
	size_t n = strlen(s);

	return n > 2 && s[0] == '(' && s[n - 1] == ')' &&
	    strpbrk(s, "0123456789") != NULL;
}

/* What words first .. first + n - 1 of l are: TEXT when one is a word
 * (word()); FIGS, figures (digits, half their letters and digits at
 * least, or any digit when read under LOW_CONF); SCRAPS, read under
 * LOW_CONF, no digit and two letters at most ("))", "Ị": figures read as
 * marks); else 0, as a number in brackets is (numbered()). */
enum { SCRAPS = 1, FIGS = 2, TEXT = 3 };

/* Is w a word of letters read with confidence: two letters or more, no
 * digit, read at LOW_CONF or over ("CMND", "số:" of "CMND số: 191335411",
 * a certificate's owner table)?  A cell holding one is not read again:
 * the reading keeps figures alone, and would drop it. */
static int
word(const lr_word *w)
{
	return w->conf >= LOW_CONF && strpbrk(w->text, "0123456789") == NULL &&
	    lr_alnums(w->text) >= 2;
}

static int
cell_kind(const lr_line *l, int first, int n)
{
	int digits = 0, alnums = 0, low;
	double conf = 0;

	for (int i = first; i < first + n; i++)
		if (word(&l->words[i]))
			return TEXT;
	for (int i = first; i < first + n; i++) {
		if (numbered(l->words[i].text))
			return 0;
		for (const char *s = l->words[i].text; *s != '\0'; s++)
			digits += *s >= '0' && *s <= '9';
		alnums += lr_alnums(l->words[i].text);
		conf += l->words[i].conf;
	}
	low = n > 0 && conf / n < LOW_CONF;
	if (n > 0 && digits > 0 && (2 * digits >= alnums || low))
		return FIGS;
	return low && digits == 0 && alnums <= 2 ? SCRAPS : 0;
}

/* Mark the bands of bs that hold figures: two lines of p or more with
 * figures in the band, more than lines of other words (its header). */
static void
mark_numeric(const lr_page_words *p, struct band *bs, int nb)
{
	for (int k = 0; k < nb; k++) {
		int figs = 0, text = 0, first, n, kind;
		for (int i = 0; i < p->nlines; i++)
			if ((n = members(&p->lines[i], &bs[k], &first)) > 0) {
				kind = cell_kind(&p->lines[i], first, n);
				figs += kind == FIGS;
				text += kind == 0 || kind == TEXT;
			}
		bs[k].numeric = figs >= 2 && figs > text;
	}
}

/* How many numeric bands of bs (nb) hold figures in line l. */
static int
row_figures(const lr_line *l, const struct band *bs, int nb)
{
	int count = 0, first, n;

	for (int k = 0; k < nb; k++)
		if (bs[k].numeric && (n = members(l, &bs[k], &first)) > 0)
			count += cell_kind(l, first, n) == FIGS;
	return count;
}

/* Is point x of word w's height in a numeric band of bs (nb): a column
 * read again too? */
static int
figures_at(const lr_word *w, int x, const struct band *bs, int nb)
{
	const struct band *b = band_at(bs, nb, x, w->y + w->h / 2);

	return b != NULL && b->numeric;
}

/* Word w of a line, one of band b's when mine, else run into b from
 * beside: set *crossed when it runs over b's borders.  Returns 0 when it
 * runs over into columns read again too, or not at all; -1 when into
 * others (the word would be cut). */
static int
crossing(const lr_word *w, int mine, const struct band *b,
    const struct band *bs, int nb, int *crossed)
{
	int s = slack(w), ok = 1, right = w->x + w->w;

	if (!mine) {
		*crossed = 1;
		return figures_at(w, w->x + w->w / 2, bs, nb) ? 0 : -1;
	}
	if (right > b->xr + s) {
		*crossed = 1;
		ok = figures_at(w, (b->xr + right) / 2, bs, nb);
	}
	if (w->x < b->xl - s) {
		*crossed = 1;
		ok = ok && figures_at(w, (w->x + b->xl) / 2, bs, nb);
	}
	return ok ? 0 : -1;
}

/* Grow box c->box, whose words' extent down is y0..y1, by a third of a
 * line's height each way, but not over the horizontal rules of p across
 * its middle. */
static void
cell_rows(const lr_page_words *p, lr_cell *c, int y0, int y1)
{
	int pad = (y1 - y0) / 3, top = max_int(0, y0 - pad),
	    bottom = min_int(p->height, y1 + pad), mid = (y0 + y1) / 2,
	    xmid = c->box[0] + c->box[2] / 2;

	for (int i = 0; i < p->nrules; i++) {
		const lr_rule *r = &p->rules[i];
		if (r->w <= 4 * r->h || xmid < r->x || xmid >= r->x + r->w)
			continue;
		if (r->y + r->h <= mid && r->y + r->h > top)
			top = r->y + r->h;
		if (r->y >= mid && r->y < bottom)
			bottom = r->y;
	}
	c->box[1] = top;
	c->box[3] = bottom - top;
}

/* Does a word of p stand in band b between y0 and y1? */
static int
taken(const lr_page_words *p, const struct band *b, int y0, int y1)
{
	for (int i = 0; i < p->nlines; i++)
		for (int j = 0; j < p->lines[i].nwords; j++) {
			const lr_word *w = &p->lines[i].words[j];
			if (overlap(w, b->xl, b->xr) > 0 && w->y < y1 &&
			    w->y + w->h > y0)
				return 1;
		}
	return 0;
}

/* Cell c of band b, where line c->line of p has no word, as a cell to read
 * again when the line holds figures in two other numeric columns of bs
 * (nb) or more (a row whose figure here went unread), its extent down
 * theirs, and no other line has a word there (the engine may read a
 * row's cells as lines of their own): 1 when it is, 0 when not. */
static int
empty_cell(const lr_page_words *p, const struct band *bs, int nb,
    const struct band *b, lr_cell *c)
{
	const lr_line *l = &p->lines[c->line];
	int y0 = p->height, y1 = 0, mid;

	if (row_figures(l, bs, nb) < 2)
		return 0;
	for (int i = 0; i < l->nwords; i++) {
		const lr_word *w = &l->words[i];
		if (figures_at(w, w->x + w->w / 2, bs, nb)) {
			y0 = min_int(y0, w->y);
			y1 = max_int(y1, w->y + w->h);
		}
	}
	mid = (y0 + y1) / 2;
	if (y1 <= y0 || mid < b->y0 || mid >= b->y1 || taken(p, b, y0, y1))
		return 0;
	cell_rows(p, c, y0, y1);
	return c->box[2] > 0 && c->box[3] > 0;
}

/* The cell of band b (of bs, nb) in line li of p into *c: 1 when it is to
 * be read again (see lr_cells_find()), 0 when not, or when a word there
 * runs over into a column that is not read again (it would be cut). */
static int
make_cell(const lr_page_words *p, const struct band *bs, int nb,
    const struct band *b, int li, lr_cell *c)
{
	const lr_line *l = &p->lines[li];
	int y0 = p->height, y1 = 0, first, kind;
	int n = members(l, b, &first);

	*c = (lr_cell){ li, first, n, { b->xl + INSET, 0, b->xr - b->xl -
	    2 * INSET, 0 }, 0 };
	for (int i = 0; i < l->nwords; i++) {
		const lr_word *w = &l->words[i];
		int mine = i >= first && i < first + n, mid = w->y + w->h / 2;
		if (!mine && (overlap(w, b->xl, b->xr) <= slack(w) ||
		    mid < b->y0 || mid >= b->y1))
			continue;
		if (crossing(w, mine, b, bs, nb, &c->crossed) != 0)
			return 0;
		y0 = min_int(y0, w->y);
		y1 = max_int(y1, w->y + w->h);
	}
	if (n == 0 && !c->crossed)
		return empty_cell(p, bs, nb, b, c);
	kind = cell_kind(l, first, n);
	if (y1 <= y0 || kind == TEXT || (!c->crossed && kind != FIGS &&
	    (kind != SCRAPS || row_figures(l, bs, nb) < 2)))
		return 0;
	cell_rows(p, c, y0, y1);
	return c->box[2] > 0 && c->box[3] > 0;
}

static int
band_cmp(const void *a, const void *b)
{
	const struct band *x = a, *y = b;

	return (x->xl > y->xl) - (x->xl < y->xl);
}

int
lr_cells_find(const lr_page_words *p, lr_cell *out, int max)
{
	struct band bs[MAX_BANDS];
	int nb = find_bands(p, bs, MAX_BANDS), n = 0;

	qsort(bs, (size_t)nb, sizeof(*bs), band_cmp);
	mark_numeric(p, bs, nb);
	for (int i = 0; i < p->nlines; i++)
		for (int k = 0; k < nb && n < max; k++)
			if (bs[k].numeric && make_cell(p, bs, nb, &bs[k], i,
			    &out[n]))
				n++;
	return n;
}

/* A cell's reading: its words, their mean confidence, kept or not. */
struct reading {
	lr_doc_words *d;	/* one page of one line, or NULL */
	double conf;		/* -1: nothing read */
	int ok;
};

/* The words of w that are figures (a digit, and only LR_OCR_FIGURES),
 * their boxes moved by dx, dy and kept within box, onto a new line of page
 * p.  Returns their mean confidence,
 * -1 when there are none, -2 when out of memory. */
static double
keep_figures(const lr_page_words *w, int dx, int dy, const int box[4],
    lr_page_words *p)
{
	lr_line *l = lr_words_add_line(p, box[0], box[1], box[2], box[3]);
	double sum = 0;

	if (l == NULL)
		return -2;
	for (int i = 0; i < w->nlines; i++)
		for (int j = 0; j < w->lines[i].nwords; j++) {
			const lr_word *o = &w->lines[i].words[j];
			int x = max_int(box[0], o->x + dx),
			    y = max_int(box[1], o->y + dy),
			    x1 = min_int(box[0] + box[2], o->x + dx + o->w),
			    y1 = min_int(box[1] + box[3], o->y + dy + o->h);
			if (strpbrk(o->text, "0123456789") == NULL ||
			    o->text[strspn(o->text, LR_OCR_FIGURES)] != '\0' ||
			    x1 <= x || y1 <= y)
				continue;
			if (lr_words_add_word(l, o->text, o->conf, x, y, x1 - x,
			    y1 - y) == NULL)
				return -2;
			sum += o->conf;
		}
	return l->nwords > 0 ? sum / l->nwords : -1;
}

/* Read cell c of page with e into *r.  Returns 0, or -1 when out of
 * memory. */
static int
read_cell(lr_ocr *e, PIX *page, const lr_cell *c, struct reading *r)
{
	lr_doc_words *tmp;
	int ret = lr_cutout_figures(e, page, c->box, BORDER, &tmp);
	lr_page_words *rp;

	r->conf = -1;
	r->ok = 0;
	r->d = lr_words_new();
	rp = r->d != NULL ? lr_words_add_page(r->d, 1, 0, 0) : NULL;
	if (ret == 0 && rp != NULL)
		r->conf = keep_figures(&tmp->pages[0], c->box[0] - BORDER,
		    c->box[1] - BORDER, c->box, rp);
	lr_words_free(tmp);
	return rp != NULL && ret >= 0 && r->conf > -2 ? 0 : -1;
}

/* The mean confidence of the words of cell c of p; 0 for none. */
static double
old_conf(const lr_page_words *p, const lr_cell *c)
{
	double sum = 0;

	for (int i = c->first; i < c->first + c->n; i++)
		sum += p->lines[c->line].words[i].conf;
	return c->n > 0 ? sum / c->n : 0;
}

/* Do the words of cell c of p hold a character no figure has (a letter
 * or mark read for a digit: "I0", "3.óó42")? */
static int
misread(const lr_page_words *p, const lr_cell *c)
{
	for (int i = c->first; i < c->first + c->n; i++) {
		const char *s = p->lines[c->line].words[i].text;
		if (s[strspn(s, LR_OCR_FIGURES)] != '\0')
			return 1;
	}
	return 0;
}

/* Is word i of the cells' line one of cell c's? */
static int
is_member(const lr_cell *c, int i)
{
	return c->n > 0 && i >= c->first && i < c->first + c->n;
}

/* The cell of cs (n) word i of their line is one of, or -1. */
static int
home_of(const lr_cell *cs, int n, int i)
{
	for (int k = 0; k < n; k++)
		if (is_member(&cs[k], i))
			return k;
	return -1;
}

/* Is word w, past cell c's borders, in a cell of cs (n) whose reading is
 * kept, on each side it runs over? */
static int
covered(const lr_word *w, const lr_cell *c, const lr_cell *cs,
    const struct reading *r, int n)
{
	int s = slack(w), left = w->x < c->box[0] - INSET - s,
	    right = w->x + w->w > c->box[0] + c->box[2] + INSET + s;

	for (int k = 0; k < n; k++) {
		int x0 = cs[k].box[0], x1 = x0 + cs[k].box[2];
		if (!r[k].ok || &cs[k] == c || overlap(w, x0, x1) <= s)
			continue;
		if (x1 <= c->box[0])
			left = 0;
		if (x0 >= c->box[0] + c->box[2])
			right = 0;
	}
	return !left && !right;
}

/* Can cell k of cs (n, on line l) be changed with the readings r: every
 * word of it that runs over its borders lands in a cell changed too, and
 * every word run into it from beside comes from one? */
static int
consistent(const lr_line *l, const lr_cell *cs, const struct reading *r,
    int n, int k)
{
	const lr_cell *c = &cs[k];
	int x0 = c->box[0] - INSET, x1 = c->box[0] + c->box[2] + INSET, h;

	for (int i = 0; i < l->nwords; i++) {
		const lr_word *w = &l->words[i];
		if (is_member(c, i) && !covered(w, c, cs, r, n))
			return 0;
		if (!is_member(c, i) && overlap(w, x0, x1) > slack(w) &&
		    ((h = home_of(cs, n, i)) < 0 || !r[h].ok))
			return 0;
	}
	return 1;
}

/* Keep the readings r of cells cs (n, on line l) that are sure enough and
 * surer than the words they replace, or whose words were misread or ran
 * over the cell's borders, or that are SURE_CONF in a cell where nothing
 * was read, then drop those that would cut a word read over a border in
 * two. */
static void
settle(const lr_page_words *p, const lr_cell *cs, struct reading *r, int n)
{
	int changed = 1;

	for (int k = 0; k < n; k++)
		r[k].ok = cs[k].n == 0 && !cs[k].crossed ?
		    r[k].conf >= SURE_CONF :	/* an empty cell */
		    r[k].conf >= MIN_CONF && (cs[k].crossed ||
		    misread(p, &cs[k]) || r[k].conf >= SURE_CONF ||
		    r[k].conf > old_conf(p, &cs[k]));
	while (changed) {
		changed = 0;
		for (int k = 0; k < n; k++)
			if (r[k].ok && !consistent(&p->lines[cs[k].line], cs,
			    r, n, k))
				r[k].ok = 0, changed = 1;
	}
}

static int
word_cmp(const void *a, const void *b)
{
	const lr_word *x = a, *y = b;

	return (x->x > y->x) - (x->x < y->x);
}

/* The words of line l but those of the cells cs (n) whose readings r are
 * kept, and those readings' words (taken from them), left to right, in
 * l's place; l's box grown to hold them.  Returns the number of cells
 * changed, or -1 when out of memory (l unchanged). */
static int
replace(lr_line *l, const lr_cell *cs, struct reading *r, int n)
{
	int count = 0, changed = 0, b[4] = { l->x, l->y, l->w, l->h };
	lr_word *v;

	for (int i = 0; i < l->nwords; i++)
		count += home_of(cs, n, i) < 0 || !r[home_of(cs, n, i)].ok;
	for (int k = 0; k < n; k++)
		count += r[k].ok ? r[k].d->pages[0].lines[0].nwords : 0;
	if ((v = calloc((size_t)count + 1, sizeof(*v))) == NULL)
		return -1;
	count = 0;
	for (int i = 0, h; i < l->nwords; i++)
		if ((h = home_of(cs, n, i)) < 0 || !r[h].ok)
			v[count++] = l->words[i];
		else
			free(l->words[i].text);
	for (int k = 0; k < n; k++) {
		lr_line *nl = &r[k].d->pages[0].lines[0];
		for (int j = 0; r[k].ok && j < nl->nwords; j++) {
			v[count++] = nl->words[j];
			nl->words[j].text = NULL;	/* now l's */
		}
		changed += r[k].ok;
	}
	qsort(v, (size_t)count, sizeof(*v), word_cmp);
	free(l->words);
	l->words = v;
	l->nwords = count;
	l->cap = (size_t)count + 1;
	for (int i = 0; i < count; i++)
		lr_box_grow(b, v[i].x, v[i].y, v[i].w, v[i].h);
	l->x = b[0], l->y = b[1], l->w = b[2], l->h = b[3];
	return changed;
}

/* Read the cells cs (n, LINE_CELLS at most, all on one line of p) again
 * from page with e, and change those whose readings are kept.  Returns
 * the number changed, or -1 when out of memory. */
static int
reread_line(lr_ocr *e, PIX *page, lr_page_words *p, const lr_cell *cs,
    int n)
{
	struct reading r[LINE_CELLS];
	int ret = 0, k;

	for (k = 0; k < n && ret == 0; k++)
		ret = read_cell(e, page, &cs[k], &r[k]);
	if (ret == 0) {
		settle(p, cs, r, n);
		ret = replace(&p->lines[cs[0].line], cs, r, n);
	}
	while (k-- > 0)
		lr_words_free(r[k].d);
	return ret;
}

int
lr_cells_reread(lr_ocr *e, PIX *page, lr_page_words *p, int timeout_ms,
    lr_err *err)
{
	lr_cell cs[MAX_CELLS];
	int n = lr_cells_find(p, cs, MAX_CELLS), done = 0, r = 0, j;
	double end = lr_clock_cpu_ms() + timeout_ms;

	for (int i = 0; i < n && r >= 0; i = j) {
		for (j = i; j < n && cs[j].line == cs[i].line; j++)
			;
		if (timeout_ms > 0 && lr_clock_cpu_ms() >= end)
			break;
		if ((r = reread_line(e, page, p, &cs[i], min_int(j - i,
		    LINE_CELLS))) > 0)
			done += r;
	}
	if (r < 0) {
		lr_err_sys(err, "out of memory");
		return -1;
	}
	return done;
}
