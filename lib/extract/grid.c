/* Field extraction: the geometry of tables: the grids that a page's rules
 * draw (rules that touch one another make one table; its vertical rules cut
 * the columns, its horizontal ones the rows, an outer border may be
 * missing), the columns of an unruled table from the gaps that run down
 * through its lines, and the cell a word's box falls in. */
#include <stdlib.h>
#include <string.h>

#include "grid-int.h"

static int
int_cmp(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return (x > y) - (x < y);
}

static int
is_horizontal(const lr_rule *r)
{
	return r->w > 4 * r->h;
}

int
lr_grid_median(int *v, int n)
{
	qsort(v, (size_t)n, sizeof(*v), int_cmp);
	return v[n / 2];
}

/* Widen [*lo, *hi) to take in [s, e). */
static void
edge_grow(int *lo, int *hi, int s, int e)
{
	if (s < *lo)
		*lo = s;
	if (e > *hi)
		*hi = e;
}

/* Do rules a and b touch (within tol)? */
static int
touch(const lr_rule *a, const lr_rule *b, int tol)
{
	return a->x - tol <= b->x + b->w && b->x - tol <= a->x + a->w &&
	    a->y - tol <= b->y + b->h && b->y - tol <= a->y + a->h;
}

static int
root(int *up, int i)
{
	while (up[i] != i)
		i = up[i] = up[up[i]];
	return i;
}

/* The positions v[0..n) sorted, those within tol of the one before
 * dropped; the count kept. */
static int
edges(int *v, int n, int tol)
{
	int k = 0;

	qsort(v, (size_t)n, sizeof(*v), int_cmp);
	for (int i = 0; i < n; i++)
		if (k == 0 || v[i] - v[k - 1] > tol)
			v[k++] = v[i];
	return k;
}

/* Widen [*lo, *hi) to the outer ends of grid g's rules r[i] across its
 * edges (horizontal: their ends on x), but for one rule that runs on past
 * all the others by no more than stub pixels: a letter's stroke the
 * unruling joined to the rule ("ị" over the top border), too short for a
 * row of text; further, it is a border drawn where the others were lost. */
static void
outer(const lr_rule *r, int n, int *up, int g, int horiz, int stub, int *lo,
    int *hi)
{
	int a[2] = { 1 << 30, 1 << 30 }, z[2] = { -1, -1 };

	for (int i = 0; i < n; i++) {
		if (root(up, i) != g || is_horizontal(&r[i]) != horiz)
			continue;
		int s = horiz ? r[i].x : r[i].y, e = s + (horiz ? r[i].w :
		    r[i].h);
		if (s < a[0])
			a[1] = a[0], a[0] = s;
		else if (s < a[1])
			a[1] = s;
		if (e > z[0])
			z[1] = z[0], z[0] = e;
		else if (e > z[1])
			z[1] = e;
	}
	edge_grow(lo, hi, a[1] - a[0] > stub ? a[0] : a[1], z[0] - z[1] >
	    stub ? z[0] : z[1]);
}

/* The grid of the rules r[i] with root(up, i) == g; 0 when they are no
 * table (under two columns or two rows). */
static int
grid_of(const lr_rule *r, int n, int *up, int g, int tol, lr_grid *out)
{
	int xs[2 * LR_GRID_MAX], ys[2 * LR_GRID_MAX], nx = 0, ny = 0;
	int b[4] = { 1 << 30, 1 << 30, -1, -1 };	/* x0, y0, x1, y1 */

	for (int i = 0; i < n; i++) {
		if (root(up, i) != g)
			continue;
		if (is_horizontal(&r[i]) && ny < 2 * LR_GRID_MAX - 2)
			ys[ny++] = r[i].y + r[i].h / 2;
		else if (!is_horizontal(&r[i]) && nx < 2 * LR_GRID_MAX - 2)
			xs[nx++] = r[i].x + r[i].w / 2;
		if (is_horizontal(&r[i]))
			edge_grow(&b[1], &b[3], r[i].y, r[i].y + r[i].h);
		else
			edge_grow(&b[0], &b[2], r[i].x, r[i].x + r[i].w);
	}
	outer(r, n, up, g, 1, 4 * tol, &b[0], &b[2]);
	outer(r, n, up, g, 0, 4 * tol, &b[1], &b[3]);
	xs[nx++] = b[0], xs[nx++] = b[2];	/* an outer border may be
						 * missing */
	ys[ny++] = b[1], ys[ny++] = b[3];
	nx = edges(xs, nx, tol);
	ny = edges(ys, ny, tol);
	if (nx < 3 || ny < 3 || nx > LR_GRID_MAX || ny > LR_GRID_MAX)
		return 0;
	memcpy(out->xs, xs, (size_t)nx * sizeof(*xs));
	memcpy(out->ys, ys, (size_t)ny * sizeof(*ys));
	out->ncol = nx - 1, out->nrow = ny - 1;
	return 1;
}

/* Is rule i in a set of its own (no rule touches it)? */
static int
single(int *up, int n, int i)
{
	for (int j = 0; j < n; j++)
		if (root(up, j) == root(up, i) && j != i)
			return 0;
	return 1;
}

/* Are rules a and b, both vertical, as tall: tops and bottoms within
 * tol? */
static int
level(const lr_rule *a, const lr_rule *b, int tol)
{
	return !is_horizontal(a) && !is_horizontal(b) && abs(a->y - b->y) <=
	    tol && abs(a->y + a->h - b->y - b->h) <= tol;
}

/* The grid of a table ruled by its columns only, from the vertical rules
 * r[i] in sets of their own (single(): no rule across touches them)
 * level with rule i (level()): three rules or more make its columns, its
 * one row their height, for the words to cut into rows.  0 when none. */
static int
column_grid(const lr_rule *r, int n, int *up, int i, int tol, lr_grid *out)
{
	int xs[LR_GRID_MAX], nx = 0;

	for (int j = 0; j < n && nx < LR_GRID_MAX; j++)
		if (level(&r[i], &r[j], tol) && single(up, n, j)) {
			if (j < i)
				return 0;	/* made from rule j already */
			xs[nx++] = r[j].x + r[j].w / 2;
		}
	if ((nx = edges(xs, nx, tol)) < 3)
		return 0;
	memcpy(out->xs, xs, (size_t)nx * sizeof(*xs));
	out->ys[0] = r[i].y, out->ys[1] = r[i].y + r[i].h;
	out->ncol = nx - 1, out->nrow = 1;
	return 1;
}

int
lr_grids_of_rules(const lr_rule *r, int n, int tol, lr_grid *out, int max)
{
	int *up = malloc((size_t)(n > 0 ? n : 1) * sizeof(*up)), k = 0;

	if (up == NULL)
		return -1;
	for (int i = 0; i < n; i++)
		up[i] = i;
	for (int i = 0; i < n; i++)
		for (int j = i + 1; j < n; j++)
			if (is_horizontal(&r[i]) != is_horizontal(&r[j]) &&
			    touch(&r[i], &r[j], tol))
				up[root(up, i)] = root(up, j);
	for (int i = 0; i < n && k < max; i++)
		if (root(up, i) == i && grid_of(r, n, up, i, tol, &out[k]))
			k++;
	for (int i = 0; i < n && k < max; i++)
		if (!is_horizontal(&r[i]) && single(up, n, i) &&
		    column_grid(r, n, up, i, tol, &out[k]))
			k++;
	free(up);
	return k;
}

/* The index of the band of edges e[0..n] that v falls in, or -1. */
static int
band(const int *e, int n, int v)
{
	for (int i = 0; i < n; i++)
		if (v >= e[i] && v < e[i + 1])
			return i;
	return -1;
}

int
lr_grid_cell(const lr_grid *g, int x, int y, int w, int h, int *row,
    int *col)
{
	*col = band(g->xs, g->ncol, x + w / 2);
	*row = band(g->ys, g->nrow, y + h / 2);
	return *row >= 0 && *col >= 0 ? 0 : -1;
}

int
lr_grid_merged(const lr_grid *g, const lr_rule *r, int n, int tol, int row,
    int col)
{
	int y = g->ys[row], mid = (g->xs[col] + g->xs[col + 1]) / 2, drawn = 0;

	for (int i = 0; i < n; i++) {
		if (!is_horizontal(&r[i]) || abs(r[i].y + r[i].h / 2 - y) > tol ||
		    r[i].x + r[i].w < g->xs[0] || r[i].x > g->xs[g->ncol])
			continue;
		if (r[i].x <= mid && r[i].x + r[i].w >= mid)
			return 0;
		drawn = 1;
	}
	return drawn;
}

int
lr_grid_spans(const lr_grid *g, const lr_rule *r, int n, int tol, int row)
{
	int mid = (g->ys[row] + g->ys[row + 1]) / 2;

	for (int i = 0; i < n; i++)
		if (!is_horizontal(&r[i]) && r[i].y <= mid && r[i].y + r[i].h >=
		    mid && r[i].x > g->xs[0] + tol && r[i].x + r[i].w <
		    g->xs[g->ncol] - tol)
			return 0;
	return g->ncol >= 2;
}

/* Is there a rule of r[0..n) along the top y of a box from x0 to x1 (each
 * end within tol), running no further? */
static int
lid(const lr_rule *r, int n, int tol, int x0, int x1, int y)
{
	for (int i = 0; i < n; i++)
		if (is_horizontal(&r[i]) && abs(r[i].y - y) <= tol &&
		    abs(r[i].x - x0) <= tol && abs(r[i].x + r[i].w - x1) <= tol)
			return 1;
	return 0;
}

/* The box closed by vertical rules a and b of r[0..n) (a left of b), in
 * *box; 1 when they close one (lid()). */
static int
box_of(const lr_rule *r, int n, int tol, const lr_rule *a, const lr_rule *b,
    lr_rule *box)
{
	if (is_horizontal(a) || is_horizontal(b) || b->x <= a->x + a->w ||
	    abs(a->y - b->y) > tol || abs(a->y + a->h - b->y - b->h) > tol)
		return 0;
	*box = (lr_rule){ a->x, a->y, b->x + b->w - a->x, a->h };
	return lid(r, n, tol, box->x, box->x + box->w, box->y);
}

/* Do boxes a and b stand side by side: apart in x, each one's rows
 * overlapping half of the other's? */
static int
beside(const lr_rule *a, const lr_rule *b)
{
	int y0 = a->y > b->y ? a->y : b->y, y1 = a->y + a->h < b->y + b->h ?
	    a->y + a->h : b->y + b->h;

	return (a->x + a->w <= b->x || b->x + b->w <= a->x) &&
	    2 * (y1 - y0) >= a->h && 2 * (y1 - y0) >= b->h;
}

int
lr_grid_boxes(const lr_rule *r, int n, int tol, lr_rule *out, int max)
{
	lr_rule all[LR_GRID_MAX];
	int nb = 0, m = 0;

	for (int i = 0; i < n; i++)
		for (int j = 0; j < n && nb < LR_GRID_MAX; j++)
			if (box_of(r, n, tol, &r[i], &r[j], &all[nb]))
				nb++;
	for (int i = 0; i < nb && m < max; i++)
		for (int j = 0; j < nb; j++)
			if (j != i && beside(&all[i], &all[j])) {
				out[m++] = all[i];
				break;
			}
	return m;
}

/* Count in cover[0..span) the boxes over each pixel of box i (x, w, from
 * x0), and note i in who[]. */
static void
cover_box(unsigned short *cover, int *who, int span, int x0, int x, int w,
    int i)
{
	for (int k = x - x0; k < x - x0 + w; k++)
		if (k >= 0 && k < span)
			cover[k]++, who[k] = i;
}

/* The lines the boxes box[0..n) (in reading order) make: a box left of
 * the one before starts one. */
static int
count_lines(const lr_rule *box, int n)
{
	int lines = n > 0;

	for (int i = 1; i < n; i++)
		lines += box[i].x < box[i - 1].x;
	return lines;
}

/* Is the run [s, e) of pixels a gap: none covered (strict), or else
 * covered by one box only, that runs right across it (a row number and a
 * name OCR read as one word), the other lines leaving it empty? */
static int
is_gap(const unsigned short *cover, const int *who, const lr_rule *box,
    int x0, int s, int e, int strict)
{
	int b = -1;

	for (int k = s; k < e; k++)
		if (cover[k] > (strict ? 0 : 1) || (cover[k] == 1 && b >= 0 &&
		    who[k] != b))
			return 0;
		else if (cover[k] == 1)
			b = who[k];
	if (strict)
		return 1;
	return b >= 0 && box[b].x - x0 <= s && box[b].x - x0 + box[b].w >= e;
}

/* The middles of the runs of pixels over which cover[] is at most most,
 * at least mingap wide and gaps (is_gap), in xs from k on (below max);
 * the new k. */
static int
gaps(const unsigned short *cover, const int *who, const lr_rule *box,
    int x0, int span, int mingap, int most, int *xs, int k, int max)
{
	int start = -1;

	for (int i = 0; i <= span && k < max - 1; i++) {
		if (i < span && cover[i] <= most && start < 0)
			start = i;
		else if ((i == span || cover[i] > most) && start >= 0) {
			if (i - start >= mingap && i < span && is_gap(cover,
			    who, box, x0, start, i, most == 0))
				xs[k++] = x0 + (start + i) / 2;
			start = -1;
		}
	}
	return k;
}

int
lr_grid_columns(const lr_rule *box, int n, int mingap, int *xs, int max)
{
	int b[4] = LR_BOX_NONE, x0, x1, k = 0, *who;
	unsigned short *cover;

	for (int i = 0; i < n; i++)
		lr_box_grow(b, box[i].x, 0, box[i].w, 0);
	x0 = b[0], x1 = b[0] + b[2];
	if (n == 0 || (cover = calloc((size_t)(x1 - x0 + 1),
	    sizeof(*cover))) == NULL)
		return 0;
	if ((who = calloc((size_t)(x1 - x0 + 1), sizeof(*who))) == NULL) {
		free(cover);
		return 0;
	}
	for (int i = 0; i < n; i++)
		cover_box(cover, who, x1 - x0, x0, box[i].x, box[i].w, i);
	xs[k++] = x0;
	k = gaps(cover, who, box, x0, x1 - x0, mingap, 0, xs, k, max);
	if (count_lines(box, n) >= 4)	/* then the gaps one word bridges */
		k = gaps(cover, who, box, x0, x1 - x0, mingap, 1, xs, k, max);
	qsort(xs + 1, (size_t)(k - 1), sizeof(*xs), int_cmp);
	xs[k++] = x1 + 1;
	free(cover);
	free(who);
	return k - 1;
}

int
lr_grid_tol(const lr_page_words *p)
{
	return p->width > 0 ? p->width / 150 : 16;
}
