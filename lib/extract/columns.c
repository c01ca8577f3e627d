/* Field extraction: the reading order of a page's lines: notes in the
 * margin after the text, a block of prose set in two columns read left
 * column first, then the right one, boxes side by side box by box. */
#include <stdlib.h>
#include <string.h>

#include "columns-int.h"
#include "grid-int.h"

/* An x interval [x0, x1). */
struct span {
	int x0, x1;
};

static int
span_cmp(const void *a, const void *b)
{
	const struct span *x = a, *y = b;

	return (x->x0 > y->x0) - (x->x0 < y->x0);
}

/* The one white gutter that runs down the nl lines ls[] of pg, at least
 * min wide, through the middle third of their extent: 0 with *g set, or
 * -1 when there is none, or more than one (a table's columns). */
static int
gutter(const lr_page_words *pg, const int *ls, int nl, int min,
    struct span *g)
{
	struct span *ink;
	int n = 0, gaps = 0, x1;

	*g = (struct span){ 0, 0 };
	for (int i = 0; i < nl; i++)
		n += pg->lines[ls[i]].nwords;
	if (n == 0 || (ink = malloc((size_t)n * sizeof(*ink))) == NULL)
		return -1;
	n = 0;
	for (int i = 0; i < nl; i++)
		for (int k = 0; k < pg->lines[ls[i]].nwords; k++) {
			const lr_word *w = &pg->lines[ls[i]].words[k];
			ink[n++] = (struct span){ w->x, w->x + w->w };
		}
	qsort(ink, (size_t)n, sizeof(*ink), span_cmp);
	x1 = ink[0].x1;
	for (int k = 1; k < n; k++) {
		if (ink[k].x0 - x1 >= min) {
			*g = (struct span){ x1, ink[k].x0 };
			gaps++;
		}
		x1 = ink[k].x1 > x1 ? ink[k].x1 : x1;
	}
	int mid = (g->x0 + g->x1) / 2, from = ink[0].x0;
	free(ink);
	return gaps == 1 && 3 * (mid - from) >= x1 - from &&
	    3 * (x1 - mid) >= x1 - from ? 0 : -1;
}

/* The x extent of the words of line l (its box when it has none): a
 * line's box may run past its ink. */
static struct span
ink_of(const lr_line *l)
{
	struct span s = { l->x, l->x + l->w };

	if (l->nwords > 0)
		s = (struct span){ l->words[0].x, l->words[l->nwords - 1].x +
		    l->words[l->nwords - 1].w };
	return s;
}

/* Are the nl lines ls[] of pg on side (0 left, 1 right) of gutter g
 * prose: three or more, of five words or more on average, at least half
 * of them filling seven tenths of the column's width or more?  The
 * column's width in *width. */
static int
prose_side(const lr_page_words *pg, const int *ls, int nl, struct span g,
    int side, int *width)
{
	int n = 0, words = 0, full = 0, x0 = 1 << 30, x1 = 0;

	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < nl; i++) {
			struct span k = ink_of(&pg->lines[ls[i]]);
			if ((k.x0 >= g.x1) != side)
				continue;
			if (pass == 0) {
				x0 = k.x0 < x0 ? k.x0 : x0;
				x1 = k.x1 > x1 ? k.x1 : x1;
				n++, words += pg->lines[ls[i]].nwords;
			} else
				full += 10 * (k.x1 - k.x0) >= 7 * (x1 - x0);
		}
	*width = x1 - x0;
	return n >= 3 && words >= 5 * n && 2 * full >= n;
}

/* The median height of the nl lines ls[] of pg, at least 1. */
static int
median_height(const lr_page_words *pg, const int *ls, int nl)
{
	int *hs = malloc((size_t)nl * sizeof(*hs)), h = 1;

	if (hs == NULL || nl == 0) {
		free(hs);
		return 1;
	}
	for (int i = 0; i < nl; i++)
		hs[i] = pg->lines[ls[i]].h;
	h = lr_grid_median(hs, nl);
	free(hs);
	return h > 0 ? h : 1;
}

/* Are the nl lines ls[] of pg, a block of the body's or a table's, prose
 * in two columns: a gutter (the median line height wide or more) no line
 * crosses, prose on both sides, in columns of about the same width (a
 * list's names beside their parcels are not)?  Its gutter in *g. */
static int
two_columns(const lr_page_words *pg, const int *ls, int nl, struct span *g)
{
	int w[2];

	if (nl < 6 || (pg->lines[ls[0]].kind != LR_BLOCK_BODY &&
	    pg->lines[ls[0]].kind != LR_BLOCK_TABLE) ||
	    gutter(pg, ls, nl, median_height(pg, ls, nl), g) != 0)
		return 0;
	for (int i = 0; i < nl; i++) {
		struct span k = ink_of(&pg->lines[ls[i]]);
		if (k.x0 < g->x1 && k.x1 > g->x0)
			return 0;	/* a line across the gutter */
	}
	return prose_side(pg, ls, nl, *g, 0, &w[0]) &&
	    prose_side(pg, ls, nl, *g, 1, &w[1]) && 5 * w[0] >= 4 * w[1] &&
	    5 * w[1] >= 4 * w[0];
}

/* Where the text of pg starts on the left: the left edge of its lines of
 * five words or more, a tenth of them further left (notes), or -1 when
 * fewer than three have them. */
static int
text_left(const lr_page_words *pg)
{
	int *xs = malloc(((size_t)pg->nlines + 1) * sizeof(*xs)), n = 0, x;

	if (xs == NULL)
		return -1;
	for (int l = 0; l < pg->nlines; l++)
		if (pg->lines[l].nwords >= 5)
			xs[n++] = ink_of(&pg->lines[l]).x0;
	if (n >= 3)
		lr_grid_median(xs, n);	/* sorts them */
	x = n >= 3 ? xs[n / 10] : -1;
	free(xs);
	return x;
}

/* Is line l of pg a note in the left margin: all its ink left of where
 * the text starts (left), by a line's height or more? */
static int
in_margin(const lr_page_words *pg, int l, int left)
{
	return left >= 0 && ink_of(&pg->lines[l]).x1 + pg->lines[l].h < left;
}

/* Put the nl lines ls[] of a block in reading order into out[], their
 * kinds into kind[]. */
static void
block_order(const lr_page_words *pg, const int *ls, int nl, int *out,
    lr_block_kind *kind)
{
	struct span g = { 0, 0 };
	int cols = pg->lines[ls[0]].block > 0 && two_columns(pg, ls, nl, &g),
	    n = 0;

	for (int side = 0; side < 1 + cols; side++)
		for (int i = 0; i < nl; i++) {
			int l = ls[i];
			if (cols && (ink_of(&pg->lines[l]).x0 >= g.x1) != side)
				continue;
			out[n++] = l;
			kind[l] = cols ? LR_BLOCK_BODY : pg->lines[l].kind;
		}
}

/* The box of b[0..nb) line l of pg stands in (its ink within the box's
 * sides, its middle between its top and bottom), or -1. */
static int
box_at(const lr_page_words *pg, int l, const lr_rule *b, int nb, int tol)
{
	struct span k = ink_of(&pg->lines[l]);
	int mid = pg->lines[l].y + pg->lines[l].h / 2;

	for (int i = 0; i < nb; i++)
		if (k.x0 >= b[i].x - tol && k.x1 <= b[i].x + b[i].w + tol &&
		    mid > b[i].y && mid < b[i].y + b[i].h)
			return i;
	return -1;
}

/* The row of boxes b[0..nb) box i stands in: the least top of it and the
 * boxes whose rows overlap its own. */
static int
box_row(const lr_rule *b, int nb, int i)
{
	int top = b[i].y;

	for (int j = 0; j < nb; j++)
		if (b[j].y < b[i].y + b[i].h && b[i].y < b[j].y + b[j].h &&
		    b[j].y < top)
			top = b[j].y;
	return top;
}

/* Move the lines of order[i..n) in the boxes of row row of b[0..nb)
 * (at[] the box of each line of the page) to out[*m..], box by box from
 * the left, each box's lines in the order they had; done[] marks them. */
static void
take_row(const int *order, int i, int n, const int *at, const lr_rule *b,
    int nb, int row, int *out, int *m, char *done)
{
	for (int x = -1, next; ; x = b[next].x) {
		next = -1;
		for (int k = 0; k < nb; k++)	/* the next box from the left */
			if (box_row(b, nb, k) == row && b[k].x > x && (next <
			    0 || b[k].x < b[next].x))
				next = k;
		if (next < 0)
			return;
		for (int j = i; j < n; j++)
			if (!done[order[j]] && at[order[j]] == next)
				out[(*m)++] = order[j], done[order[j]] = 1;
	}
}

/* order[0..n) (pg's lines) with the lines in boxes side by side
 * (lr_grid_boxes: holders' cards two by two) read box by box: at the
 * first line of a row of boxes, every line of that row, the left box's
 * first; the other lines as they were. */
static void
box_order(const lr_page_words *pg, int *order, int n)
{
	lr_rule b[LR_GRID_MAX];
	int tol = lr_grid_tol(pg), m = 0, *at, *out,
	    nb = lr_grid_boxes(pg->rules, pg->nrules, tol, b, LR_GRID_MAX);
	char *done;

	if (nb < 2 || (at = malloc((size_t)n * sizeof(*at))) == NULL)
		return;
	out = malloc((size_t)n * sizeof(*out));
	done = calloc((size_t)n, 1);
	for (int l = 0; l < n; l++)
		at[l] = box_at(pg, l, b, nb, tol);
	for (int i = 0; out != NULL && done != NULL && i < n; i++) {
		int l = order[i];
		if (done[l])
			continue;
		if (at[l] < 0)
			out[m++] = l, done[l] = 1;
		else
			take_row(order, i, n, at, b, nb, box_row(b, nb,
			    at[l]), out, &m, done);
	}
	if (out != NULL && done != NULL && m == n)
		memcpy(order, out, (size_t)n * sizeof(*order));
	free(at);
	free(out);
	free(done);
}

void
lr_x_line_order(const lr_page_words *pg, int *order, lr_block_kind *kind)
{
	int *ls = malloc(((size_t)pg->nlines + 1) * sizeof(*ls)), n = 0,
	    left = text_left(pg);

	for (int l = 0; l < pg->nlines; l++) {	/* margin notes last */
		order[l] = l;
		kind[l] = pg->lines[l].kind;
	}
	if (ls == NULL)
		return;
	for (int pass = 0; pass < 2; pass++)
		for (int l = 0; l < pg->nlines; l++)
			if (in_margin(pg, l, left) == pass)
				ls[n++] = l;
	for (int a = 0, b; a < n; a = b) {
		for (b = a + 1; b < n && pg->lines[ls[b]].block ==
		    pg->lines[ls[a]].block; b++)
			;
		block_order(pg, ls + a, b - a, order + a, kind);
	}
	free(ls);
	box_order(pg, order, pg->nlines);
}
