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

/* The heights of the blobs in boxa shaped like letters (not rules, not
 * specks, not blocks) into h; their number. */
static int
letter_heights(BOXA *boxa, int page_h, int *h)
{
	int n = 0;

	for (l_int32 i = 0; i < boxaGetCount(boxa); i++) {
		l_int32 x, y, bw, bh;
		boxaGetBoxGeometry(boxa, i, &x, &y, &bw, &bh);
		if (bh >= MIN_HEIGHT && bh <= page_h / 20 && bw <= 4 * bh &&
		    bh <= 4 * bw)
			h[n++] = bh;
	}
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

double
lr_letter_height(PIX *pix)
{
	PIX *b = ink_of(pix);
	BOXA *boxa = b != NULL ? pixConnCompBB(b, 8) : NULL;
	int *h = boxa != NULL ? malloc(sizeof(int) *
	    (size_t)(boxaGetCount(boxa) + 1)) : NULL;
	double m = 0;
	int n;

	if (h != NULL && (n = letter_heights(boxa, pixGetHeight(pix), h)) >=
	    MIN_LETTERS) {
		qsort(h, (size_t)n, sizeof(int), cmp_int);
		m = median_from(h, n, MARK_SHARE * median_from(h, n, 0));
	}
	free(h);
	boxaDestroy(&boxa);
	pixDestroy(&b);
	return m;
}

double
lr_resolution(PIX *pix, double dpi, int *estimated)
{
	double lh = lr_letter_height(pix), est = lh / LR_LETTER_PER_DPI;

	*estimated = 0;
	if (lh <= 0 || est > MAX_DPI || (dpi > 0 && est >= BELIED * dpi &&
	    dpi >= BELIED * est))
		return dpi;
	*estimated = 1;
	return est;
}
