/* Field extraction: the reading order of a page's lines, a block of prose
 * set in two columns read left column first, then the right one. */
#include <stdlib.h>

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

/* The one white gutter that runs down lines [a, b) of pg, at least min
 * wide, through the middle third of their extent: 0 with *g set, or -1
 * when there is none, or more than one (a table's columns). */
static int
gutter(const lr_page_words *pg, int a, int b, int min, struct span *g)
{
	struct span *ink;
	int n = 0, gaps = 0, x1;

	*g = (struct span){ 0, 0 };
	for (int l = a; l < b; l++)
		n += pg->lines[l].nwords;
	if (n == 0 || (ink = malloc((size_t)n * sizeof(*ink))) == NULL)
		return -1;
	n = 0;
	for (int l = a; l < b; l++)
		for (int k = 0; k < pg->lines[l].nwords; k++) {
			const lr_word *w = &pg->lines[l].words[k];
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

/* Are the lines [a, b) of pg on side (0 left, 1 right) of gutter g prose:
 * three or more, of five words or more on average, at least half of them
 * filling seven tenths of the column's width or more?  The column's width
 * in *width. */
static int
prose_side(const lr_page_words *pg, int a, int b, struct span g, int side,
    int *width)
{
	int n = 0, words = 0, full = 0, x0 = 1 << 30, x1 = 0;

	for (int pass = 0; pass < 2; pass++)
		for (int l = a; l < b; l++) {
			struct span k = ink_of(&pg->lines[l]);
			if ((k.x0 >= g.x1) != side)
				continue;
			if (pass == 0) {
				x0 = k.x0 < x0 ? k.x0 : x0;
				x1 = k.x1 > x1 ? k.x1 : x1;
				n++, words += pg->lines[l].nwords;
			} else
				full += 10 * (k.x1 - k.x0) >= 7 * (x1 - x0);
		}
	*width = x1 - x0;
	return n >= 3 && words >= 5 * n && 2 * full >= n;
}

/* Is block [a, b) of pg, a body's or a table's, prose in two columns: a
 * gutter (the median line height wide or more) no line crosses, prose on
 * both sides, in columns of about the same width (a list's names beside
 * their parcels are not)?  Its gutter in *g. */
static int
two_columns(const lr_page_words *pg, int a, int b, struct span *g)
{
	int *hs, min, w[2];

	if (b - a < 6 || (pg->lines[a].kind != LR_BLOCK_BODY &&
	    pg->lines[a].kind != LR_BLOCK_TABLE) ||
	    (hs = malloc((size_t)(b - a) * sizeof(*hs))) == NULL)
		return 0;
	for (int l = a; l < b; l++)
		hs[l - a] = pg->lines[l].h;
	min = lr_grid_median(hs, b - a);
	min = min > 0 ? min : 1;
	free(hs);
	if (gutter(pg, a, b, min, g) != 0)
		return 0;
	for (int l = a; l < b; l++) {
		struct span k = ink_of(&pg->lines[l]);
		if (k.x0 < g->x1 && k.x1 > g->x0)
			return 0;	/* a line across the gutter */
	}
	return prose_side(pg, a, b, *g, 0, &w[0]) &&
	    prose_side(pg, a, b, *g, 1, &w[1]) && 5 * w[0] >= 4 * w[1] &&
	    5 * w[1] >= 4 * w[0];
}

void
lr_x_line_order(const lr_page_words *pg, int *order, lr_block_kind *kind)
{
	for (int a = 0, b; a < pg->nlines; a = b) {
		struct span g = { 0, 0 };
		for (b = a + 1; b < pg->nlines && pg->lines[b].block ==
		    pg->lines[a].block; b++)
			;
		int cols = pg->lines[a].block > 0 && two_columns(pg, a, b, &g),
		    n = a;
		for (int side = 0; side < 1 + cols; side++)
			for (int l = a; l < b; l++)
				if (!cols || (ink_of(&pg->lines[l]).x0 >= g.x1) ==
				    side) {
					order[n++] = l;
					kind[l] = cols ? LR_BLOCK_BODY :
					    pg->lines[l].kind;
				}
	}
}
