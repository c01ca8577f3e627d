/* Resolution from the text: the median letter height of a page against
 * that of typed records at a known resolution. */
#include <stdlib.h>

#include "resolution.h"

#define MIN_LETTERS 40		/* fewer blobs tell nothing */
#define MIN_HEIGHT 4		/* blobs lower than this are specks */
#define MARK_SHARE 0.6		/* of the first median: lower are marks */
#define BELIED 0.67		/* text and tag further apart than this */
#define MAX_DPI 1200
#define INK_LEVEL 165		/* under this after background norm (to 200) */

static int
cmp_int(const void *a, const void *b)
{
	return *(const int *)a - *(const int *)b;
}

/* pix as 1 bpp ink, its background evened (photos), NULL on failure. */
static PIX *
ink_of(PIX *pix)
{
	PIX *g, *n, *b;

	if (pixGetDepth(pix) == 1)
		return pixClone(pix);
	g = pixGetDepth(pix) == 32 ? pixConvertRGBToLuminance(pix) :
	    pixConvertTo8(pix, 0);
	n = g != NULL ? pixBackgroundNormSimple(g, NULL, NULL) : NULL;
	b = n != NULL ? pixThresholdToBinary(n, INK_LEVEL) : NULL;
	pixDestroy(&g);
	pixDestroy(&n);
	return b;
}

/* Is box b a letter's size and shape (not a rule, a speck or a block) on
 * a page page_h high? */
static int
letter_shaped(const BOX *b, int page_h)
{
	return b->h >= MIN_HEIGHT && b->h <= page_h / 20 && b->w <= 4 * b->h &&
	    b->h <= 4 * b->w;
}

/* A blob's box, as plain numbers. */
struct blob {
	l_int32 x, y, w, h;
};

/* The letter-sized and -shaped boxes of boxa (letter_shaped()), in its
 * order, into b; their number.  The specks under MIN_HEIGHT, which on a
 * worn copy's page number tens of thousands, are left out here, once,
 * rather than passed over for every letter near them. */
static int
letter_blobs(BOXA *boxa, int page_h, struct blob *b)
{
	l_int32 nb = boxaGetCount(boxa);
	int n = 0;

	for (l_int32 i = 0; i < nb; i++) {
		BOX *a = boxaGetValidBox(boxa, i, L_CLONE);
		if (a != NULL && letter_shaped(a, page_h))
			b[n++] = (struct blob){ a->x, a->y, a->w, a->h };
		boxDestroy(&a);
	}
	return n;
}

/* Do a and b (a no further left) stand side by side as the letters of a
 * line do: heights within a factor of two, overlapping down the page, and
 * the gap across under the taller one's height? */
static int
side_by_side(const struct blob *a, const struct blob *b)
{
	int hi = a->h > b->h ? a->h : b->h, lo = a->h + b->h - hi;

	return 2 * lo >= hi && b->x - (a->x + a->w) < hi &&
	    b->y < a->y + a->h && a->y < b->y + b->h;
}

/* The heights of the letter-shaped blobs of boxa (sorted left to right)
 * that have another beside them (side_by_side()), into h; their number.
 * A letter stands in a word or a line; the specks of a worn copy, many
 * more than its letters and lower, stand alone, and would make its text
 * look three times smaller (a 200-dpi page read as 67 dpi, scaled up 4.5
 * times and read in minutes). */
static int
letter_heights(BOXA *boxa, int page_h, int *h)
{
	l_int32 nb = boxaGetCount(boxa);
	struct blob *b = malloc(sizeof(*b) * ((size_t)nb + 1));
	unsigned char *paired = calloc((size_t)nb + 1, 1);
	int nl = b != NULL && paired != NULL ? letter_blobs(boxa, page_h, b) :
	    0, n = 0;

	for (int i = 0; i < nl; i++) {
		for (int j = i + 1; j < nl &&
		    b[j].x <= b[i].x + b[i].w + 2 * b[i].h; j++)
			if (side_by_side(&b[i], &b[j]))
				paired[i] = paired[j] = 1;
		if (paired[i])
			h[n++] = b[i].h;
	}
	free(b);
	free(paired);
	return n;
}

/* The median of the n sorted heights h that are at least floor. */
static double
median_from(const int *h, int n, double floor)
{
	int i = 0;

	while (i < n && h[i] < floor)
		i++;
	return i < n ? h[i + (n - i) / 2] : 0;
}

void
lr_pix_set_dpi(PIX *pix, double xdpi, double ydpi)
{
	pixSetXRes(pix, xdpi >= LR_DPI_MIN ? (l_int32)(xdpi + 0.5) : 0);
	pixSetYRes(pix, ydpi >= LR_DPI_MIN ? (l_int32)(ydpi + 0.5) : 0);
}

/* boxa's boxes sorted left to right, or (down) their mirror images
 * across the diagonal sorted top to bottom: the letters of lines that run
 * down a page as those of lines across.  NULL on failure. */
static BOXA *
boxes_along(BOXA *boxa, int down)
{
	BOXA *t;
	l_int32 x, y, w, h;

	if (!down)
		return boxaSort(boxa, L_SORT_BY_X, L_SORT_INCREASING, NULL);
	if ((t = boxaCreate(boxaGetCount(boxa))) == NULL)
		return NULL;
	for (l_int32 i = 0; i < boxaGetCount(boxa); i++)
		if (boxaGetBoxGeometry(boxa, i, &x, &y, &w, &h) == 0)
			boxaAddBox(t, boxCreate(y, x, h, w), L_INSERT);
	boxa = boxaSort(t, L_SORT_BY_X, L_SORT_INCREASING, NULL);
	boxaDestroy(&t);
	return boxa;
}

/* The heights of the letters of cc (a page w wide and h high) read along
 * its lines, into *hs (the caller frees it): the lines run across the page
 * or, on a page lying sideways, down it, and the way that pairs more
 * letters side by side is theirs (measured across them, a sideways page's
 * letters are their widths, and it would be read as a lower resolution
 * and scaled up too far).  Returns their number. */
static int
line_letters(BOXA *cc, int w, int h, int **hs)
{
	int n = 0, *best = NULL;

	*hs = NULL;
	for (int down = 0; down < 2; down++) {
		BOXA *b = boxes_along(cc, down);
		int *t = b != NULL ? malloc(sizeof(int) *
		    (size_t)(boxaGetCount(b) + 1)) : NULL;
		int k = t != NULL ? letter_heights(b, down ? w : h, t) : 0;
		if (t != NULL && (best == NULL || k > n)) {
			free(best);
			best = t, n = k;
		} else
			free(t);
		boxaDestroy(&b);
	}
	*hs = best;
	return n;
}

/* The blobs of 1 bpp pix (NULL: none) either side of which is
 * MIN_HEIGHT or more, of which letters may be, across the page or down
 * it; a worn copy's hundreds of thousands of specks are left out before
 * they are sorted.  NULL on failure. */
static BOXA *
blobs_of(PIX *pix)
{
	BOXA *all = pix != NULL ? pixConnCompBB(pix, 8) : NULL;
	BOXA *some = all != NULL ? boxaSelectBySize(all, MIN_HEIGHT,
	    MIN_HEIGHT, L_SELECT_IF_EITHER, L_SELECT_IF_GTE, NULL) : NULL;

	boxaDestroy(&all);
	return some;
}

double
lr_letter_height(PIX *pix)
{
	PIX *b = ink_of(pix);
	BOXA *cc = blobs_of(b);
	int *h = NULL, n = cc != NULL ? line_letters(cc, pixGetWidth(pix),
	    pixGetHeight(pix), &h) : 0;
	double m = 0;

	if (n >= MIN_LETTERS) {
		qsort(h, (size_t)n, sizeof(int), cmp_int);
		m = median_from(h, n, MARK_SHARE * median_from(h, n, 0));
	}
	free(h);
	boxaDestroy(&cc);
	pixDestroy(&b);
	return m;
}

double
lr_resolution(PIX *pix, double dpi, int *estimated)
{
	double lh = lr_letter_height(pix), est = lh / LR_LETTER_PER_DPI;

	*estimated = 0;
	if (lh <= 0 || est > MAX_DPI || (dpi > 0 && est >= BELIED * dpi &&
	    (dpi >= LR_DPI_SOFT || dpi >= BELIED * est)))
		return dpi;
	*estimated = 1;
	return est;
}
