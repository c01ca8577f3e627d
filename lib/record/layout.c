/* Page layout: the blocks of a page (header columns, title, body, table,
 * recipients, signature) found from the geometry of its words. */
#include <stdlib.h>
#include <string.h>

#include "words-int.h"

enum { MAX_GAPS = 8 };

/* An x interval [x0, x1): of ink, or of a gap free of ink. */
struct span {
	int x0, x1;
};

/* A row: lines [a, b) standing side by side; its ink, merged, left to
 * right; its top and bottom. */
struct row {
	int a, b, y0, y1;
	struct span *ink;
	int nink;
};

/* A band: rows [a, b) with the gaps that run through them all, and the
 * kinds of its left and right columns (the same for a table). */
struct band {
	int a, b, ngaps;
	struct span gap[MAX_GAPS];
	lr_block_kind left, right;
};

/* What the layout works with. */
struct page {
	lr_page_words *p;
	struct row *rows;
	int nrows, minh;	/* the widest gap between words of a column */
	int x0, x1, y0, y1;	/* the extent of the text */
};

static int
span_cmp(const void *a, const void *b)
{
	const struct span *x = a, *y = b;

	return (x->x0 > y->x0) - (x->x0 < y->x0);
}

/* The merged ink of row r; -1 when out of memory. */
static int
row_ink(struct page *g, struct row *r)
{
	int n = 0;

	for (int i = r->a; i < r->b; i++)
		n += g->p->lines[i].nwords > 0 ? g->p->lines[i].nwords : 1;
	if ((r->ink = malloc((size_t)n * sizeof(*r->ink))) == NULL)
		return -1;
	r->y0 = 1 << 30, r->y1 = 0, n = 0;
	for (int i = r->a; i < r->b; i++) {
		const lr_line *l = &g->p->lines[i];
		r->y0 = l->y < r->y0 ? l->y : r->y0;
		r->y1 = l->y + l->h > r->y1 ? l->y + l->h : r->y1;
		for (int k = 0; k < l->nwords; k++)
			r->ink[n++] = (struct span){ l->words[k].x,
			    l->words[k].x + l->words[k].w };
		if (l->nwords == 0)
			r->ink[n++] = (struct span){ l->x, l->x + l->w };
	}
	qsort(r->ink, (size_t)n, sizeof(*r->ink), span_cmp);
	r->nink = n > 0;
	for (int k = 1; k < n; k++)
		if (r->ink[k].x0 <= r->ink[r->nink - 1].x1) {
			if (r->ink[k].x1 > r->ink[r->nink - 1].x1)
				r->ink[r->nink - 1].x1 = r->ink[k].x1;
		} else
			r->ink[r->nink++] = r->ink[k];
	return 0;
}

/* The rows of the page, their ink, the text's extent and the least width
 * of a gap between columns (the median line height). */
static int
find_rows(struct page *g)
{
	lr_page_words *p = g->p;
	int *hs = malloc(((size_t)p->nlines + 1) * sizeof(*hs));
	int b[4] = LR_BOX_NONE;

	g->rows = calloc((size_t)p->nlines + 1, sizeof(*g->rows));
	if (hs == NULL || g->rows == NULL) {
		free(hs);
		return -1;
	}
	for (int i = 0; i < p->nlines; i++) {
		const lr_line *l = &p->lines[i];
		if (i == 0 || !lr_side_by_side(&p->lines[i - 1], l))
			g->rows[g->nrows++] = (struct row){ i, i + 1, 0, 0, NULL, 0 };
		else
			g->rows[g->nrows - 1].b = i + 1;
		hs[i] = l->h;
		lr_box_grow(b, l->x, l->y, l->w, l->h);
	}
	g->x0 = b[0], g->y0 = b[1], g->x1 = b[0] + b[2], g->y1 = b[1] + b[3];
	qsort(hs, (size_t)p->nlines, sizeof(*hs), lr_int_cmp);
	g->minh = p->nlines > 0 && hs[p->nlines / 2] > 0 ? hs[p->nlines / 2] : 1;
	free(hs);
	for (int i = 0; i < g->nrows; i++)
		if (row_ink(g, &g->rows[i]) != 0)
			return -1;
	return 0;
}

/* Is there ink of row r in [x0, x1)? */
static int
inked(const struct row *r, int x0, int x1)
{
	for (int k = 0; k < r->nink; k++)
		if (r->ink[k].x0 < x1 && r->ink[k].x1 > x0)
			return 1;
	return 0;
}

/* The widest part of gap s free of the ink of row r, when at least min
 * wide; else {0, 0}. */
static struct span
narrow(struct span s, const struct row *r, int min)
{
	struct span best = { 0, 0 };
	int from = s.x0;

	for (int k = 0; k <= r->nink; k++) {
		int to = k < r->nink && r->ink[k].x0 < s.x1 ? r->ink[k].x0 : s.x1;
		if (to > from && to - from > best.x1 - best.x0)
			best = (struct span){ from, to };
		if (k < r->nink && r->ink[k].x1 > from)
			from = r->ink[k].x1;
		if (from >= s.x1 || to >= s.x1)
			break;
	}
	return best.x1 - best.x0 >= min ? best : (struct span){ 0, 0 };
}

/* Does row r have ink both sides of gap s? */
static int
two_sided(const struct row *r, struct span s)
{
	return inked(r, -(1 << 30), s.x0) && inked(r, s.x1, 1 << 30);
}

/* Keep the gaps of b that at least two rows have ink both sides of. */
static void
keep_crossed(const struct page *g, struct band *b)
{
	int n = 0;

	for (int k = 0; k < b->ngaps; k++) {
		int rows = 0;
		for (int i = b->a; i < b->b; i++)
			rows += two_sided(&g->rows[i], b->gap[k]);
		if (rows >= 2)
			b->gap[n++] = b->gap[k];
	}
	b->ngaps = n;
}

/* Is row r centred on the text and narrower than it? */
static int
centred(const struct page *g, const struct row *r)
{
	int x0, x1, w = g->x1 - g->x0;

	if (r->nink == 0)
		return 0;
	x0 = r->ink[0].x0, x1 = r->ink[r->nink - 1].x1;
	return 5 * (x1 - x0) < 4 * w &&
	    abs((x0 + x1) - (g->x0 + g->x1)) < w / 6;
}

/* The band starting at row i: the gaps between its ink, those the rows
 * below leave free, as long as one is and they follow closely; ngaps 0
 * when none. */
static struct band
band_at(const struct page *g, int i)
{
	const struct row *r = &g->rows[i];
	struct band b = { i, i + 1, 0, { { 0, 0 } }, LR_BLOCK_BODY,
	    LR_BLOCK_BODY };

	for (int k = 1; k < r->nink && b.ngaps < MAX_GAPS; k++)
		if (r->ink[k].x0 - r->ink[k - 1].x1 >= g->minh)
			b.gap[b.ngaps++] = (struct span){ r->ink[k - 1].x1,
			    r->ink[k].x0 };
	while (b.ngaps > 0 && b.b < g->nrows &&
	    2 * (g->rows[b.b].y0 - g->rows[b.b - 1].y1) < 5 * g->minh &&
	    !centred(g, &g->rows[b.b])) {
		struct span n[MAX_GAPS];
		int kept = 0;
		for (int k = 0; k < b.ngaps; k++)
			if ((n[kept] = narrow(b.gap[k], &g->rows[b.b],
			    g->minh)).x1 > 0)
				kept++;
		if (kept == 0)
			break;
		memcpy(b.gap, n, sizeof(n));
		b.ngaps = kept;
		b.b++;
	}
	keep_crossed(g, &b);
	return b;
}

/* The kinds of band b, the first of the page's bands when first: the
 * header at the top of the first page, the recipients and signature at the
 * foot of a page, else a table. */
static void
band_kinds(const struct page *g, struct band *b, int first, int last)
{
	int mid = (g->y0 + g->y1) / 2;

	if (b->ngaps == 1 && first && g->p->n == 1 && b->a <= 2)
		b->left = LR_BLOCK_HEADER_LEFT, b->right = LR_BLOCK_HEADER_RIGHT;
	else if (b->ngaps == 1 && last && g->rows[b->a].y0 > mid)
		b->left = LR_BLOCK_RECIPIENTS, b->right = LR_BLOCK_SIGNATURE;
	else
		b->left = b->right = LR_BLOCK_TABLE;
}

/* Does row r stand in the right half of the text? */
static int
right_half(const struct page *g, const struct row *r)
{
	return r->nink > 0 && 2 * r->ink[0].x0 >= g->x0 + g->x1 - (g->x1 -
	    g->x0) / 10;
}

/* The kinds of the rows outside bands: the title under the header, the
 * signature in the right half at the foot, else body.  kinds[] holds, per
 * row, the kind set so far (LR_BLOCK_NONE: outside bands). */
static void
row_kinds(const struct page *g, lr_block_kind *kinds)
{
	int i = 0;

	while (i < g->nrows && kinds[i] == LR_BLOCK_HEADER_LEFT)
		i++;
	for (; i > 0 && i < g->nrows && kinds[i] == LR_BLOCK_NONE &&
	    centred(g, &g->rows[i]); i++)
		kinds[i] = LR_BLOCK_TITLE;
	for (i = g->nrows - 1; i > 0 && kinds[i] == LR_BLOCK_NONE &&
	    right_half(g, &g->rows[i]); i--)
		kinds[i] = LR_BLOCK_SIGNATURE;
	for (i = 0; i < g->nrows; i++)
		if (kinds[i] == LR_BLOCK_NONE)
			kinds[i] = LR_BLOCK_BODY;
}

/* The lines being laid out anew: each with its own words array, the words'
 * texts shared with the page until the layout is committed. */
struct out {
	lr_line *v;
	int n, block;
	lr_block_kind last;
};

/* Append the words of line l on side (0 left, 1 right, -1 both) of x = mid
 * as a line of kind k.  Returns 0, or -1 when out of memory. */
static int
emit(struct out *o, const lr_line *l, int side, int mid, lr_block_kind k,
    int fresh)
{
	lr_line *n = &o->v[o->n];
	int x1 = 0, y1 = 0;

	*n = (lr_line){ .x = 1 << 30, .y = 1 << 30 };
	if (l->nwords > 0 && (n->words = malloc((size_t)l->nwords *
	    sizeof(*n->words))) == NULL)
		return -1;
	for (int i = 0; i < l->nwords; i++) {
		const lr_word *w = &l->words[i];
		if (side >= 0 && (2 * w->x + w->w >= 2 * mid) != side)
			continue;
		n->words[n->nwords++] = *w;
		n->x = w->x < n->x ? w->x : n->x, n->y = w->y < n->y ? w->y : n->y;
		x1 = w->x + w->w > x1 ? w->x + w->w : x1;
		y1 = w->y + w->h > y1 ? w->y + w->h : y1;
	}
	if (side >= 0 && n->nwords == 0) {
		free(n->words);
		return 0;
	}
	if (n->nwords == l->nwords || side < 0)
		n->x = l->x, n->y = l->y, n->w = l->w, n->h = l->h;
	else
		n->w = x1 - n->x, n->h = y1 - n->y;
	n->cap = n->nwords;
	o->block += fresh || k != o->last;
	o->last = k;
	n->block = o->block, n->kind = k;
	o->n++;
	return 0;
}

/* Lay out the rows [a, b) of band bd: the left column's lines, then the
 * right one's, cut at the gap. */
static int
emit_columns(struct out *o, const struct page *g, const struct band *bd)
{
	int mid = (bd->gap[0].x0 + bd->gap[0].x1) / 2;

	for (int side = 0; side < 2; side++)
		for (int r = bd->a, fresh = 1; r < bd->b; r++)
			for (int i = g->rows[r].a; i < g->rows[r].b; i++) {
				int n = o->n;
				if (emit(o, &g->p->lines[i], side, mid, side ?
				    bd->right : bd->left, fresh) != 0)
					return -1;
				fresh = fresh && o->n == n;
			}
	return 0;
}

/* The kind of line l of band bd: of the column its middle stands in. */
static lr_block_kind
side_kind(const lr_line *l, const struct band *bd)
{
	return 2 * l->x + l->w < bd->gap[0].x0 + bd->gap[0].x1 ? bd->left :
	    bd->right;
}

/* Lay out the rows of foot band bd as they come, each line of the block
 * of the column its middle stands in. */
static int
emit_foot(struct out *o, const struct page *g, const struct band *bd)
{
	int base = o->block + 1;

	for (int r = bd->a; r < bd->b; r++)
		for (int i = g->rows[r].a; i < g->rows[r].b; i++) {
			lr_block_kind k = side_kind(&g->p->lines[i], bd);
			if (emit(o, &g->p->lines[i], -1, 0, k, 0) != 0)
				return -1;
			o->v[o->n - 1].block = base + (k == bd->right);
		}
	o->block = base + 1;
	o->last = LR_BLOCK_NONE;
	return 0;
}

/* The page's lines in reading order, block by block (the header's
 * columns one after the other; the foot's and tables' rows as they
 * come, not to part what a row pairs), in o (room for twice
 * the lines).  kinds[] and bands[] (the band of each row, or -1) are as
 * band_kinds() and row_kinds() left them. */
static int
emit_page(struct out *o, const struct page *g, const lr_block_kind *kinds,
    const struct band *bands, const int *band_of)
{
	for (int r = 0; r < g->nrows;) {
		const struct band *bd = band_of[r] >= 0 ? &bands[band_of[r]] : NULL;
		if (bd != NULL && bd->left == LR_BLOCK_HEADER_LEFT) {
			if (emit_columns(o, g, bd) != 0)
				return -1;
			r = bd->b;
			continue;
		}
		if (bd != NULL && bd->left != bd->right) {
			if (emit_foot(o, g, bd) != 0)
				return -1;
			r = bd->b;
			continue;
		}
		for (int i = g->rows[r].a; i < g->rows[r].b; i++)
			if (emit(o, &g->p->lines[i], -1, 0, kinds[r], 0) != 0)
				return -1;
		r++;
	}
	return 0;
}

/* Find the bands of g's rows, setting kinds[] and band_of[]; the number
 * of bands. */
static int
find_bands(const struct page *g, struct band *bands, lr_block_kind *kinds,
    int *band_of)
{
	int nb = 0;

	for (int r = 0; r < g->nrows;) {
		struct band b = band_at(g, r);
		if (b.ngaps == 0) {
			band_of[r++] = -1;
			continue;
		}
		for (int i = b.a; i < b.b; i++)
			band_of[i] = nb;
		bands[nb++] = b;
		r = b.b;
	}
	for (int k = 0; k < nb; k++) {
		band_kinds(g, &bands[k], k == 0, k == nb - 1);
		for (int i = bands[k].a; i < bands[k].b; i++)
			kinds[i] = bands[k].left;
	}
	return nb;
}

/* Replace p's lines by the n laid out in v, freeing the old word arrays
 * (the words' texts move). */
static void
commit(lr_page_words *p, lr_line *v, int n)
{
	for (int i = 0; i < p->nlines; i++)
		free(p->lines[i].words);
	free(p->lines);
	p->lines = v;
	p->nlines = p->cap = n;
}

int
lr_words_layout(lr_page_words *p)
{
	struct page g = { p, NULL, 0, 1, 0, 0, 0, 0 };
	size_t n = (size_t)p->nlines + 1;
	struct out o = { calloc(2 * n, sizeof(lr_line)), 0, 0, LR_BLOCK_NONE };
	lr_block_kind *kinds = calloc(n, sizeof(*kinds));
	struct band *bands = calloc(n, sizeof(*bands));
	int *band_of = calloc(n, sizeof(*band_of)), ret = -1;

	if (o.v != NULL && kinds != NULL && bands != NULL && band_of != NULL &&
	    find_rows(&g) == 0) {
		find_bands(&g, bands, kinds, band_of);
		row_kinds(&g, kinds);
		ret = emit_page(&o, &g, kinds, bands, band_of);
	}
	if (ret == 0)
		commit(p, o.v, o.n);
	else {
		for (int i = 0; o.v != NULL && i < o.n; i++)
			free(o.v[i].words);
		free(o.v);
	}
	for (int i = 0; g.rows != NULL && i < g.nrows; i++)
		free(g.rows[i].ink);
	free(g.rows), free(kinds), free(bands), free(band_of);
	return ret;
}
