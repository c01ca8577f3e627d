/* Which of an image's eight turns and mirrorings a page shows, found by
 * comparing small grey copies of each with a small rendering of the page. */
#include <math.h>
#include <stdlib.h>

#include "shown.h"

#define SIDE 128		/* the compared copies' longer side, pixels */
#define ASPECT 0.08	/* a turn whose shape is off the page's by more fails */
#define CLEARLY 0.9	/* a turn must differ by under this times img's own */

/* pix as 8 bpp grey, w x h; NULL when out of memory. */
static PIX *
grey_at(PIX *pix, int w, int h)
{
	PIX *s = pixScaleToSize(pix, w, h), *g;

	if (s == NULL)
		return NULL;
	g = pixConvertTo8(s, 0);
	pixDestroy(&s);
	return g;
}

PIX *
lr_shown_apply(PIX *img, int t)
{
	PIX *m = t >= 4 ? pixFlipLR(NULL, img) : pixClone(img), *r;

	if (m == NULL)
		return NULL;
	r = pixRotateOrth(m, t % 4);
	pixDestroy(&m);
	return r;
}

/* Mean absolute difference of two 8 bpp images of one size. */
static double
difference(PIX *a, PIX *b)
{
	int w = pixGetWidth(a), h = pixGetHeight(a);
	double sum = 0;

	for (int y = 0; y < h; y++)
		for (int x = 0; x < w; x++) {
			l_uint32 u, v;
			pixGetPixel(a, x, y, &u);
			pixGetPixel(b, x, y, &v);
			sum += abs((int)u - (int)v);
		}
	return sum / ((double)w * h);
}

/* How far turn t of img (small, grey) is from shown (same size as the
 * turned copy must be); HUGE_VAL when its shape is not the page's. */
static double
turn_distance(PIX *small, int t, PIX *shown)
{
	int w = pixGetWidth(shown), h = pixGetHeight(shown);
	int sw = pixGetWidth(small), sh = pixGetHeight(small);
	double d = HUGE_VAL, aspect = t % 2 ? (double)sh / sw : (double)sw / sh;
	PIX *turned, *fit;

	if (fabs(aspect / ((double)w / h) - 1) > ASPECT ||
	    (turned = lr_shown_apply(small, t)) == NULL)
		return HUGE_VAL;
	if ((fit = pixScaleToSize(turned, w, h)) != NULL)
		d = difference(fit, shown);
	pixDestroy(&fit);
	pixDestroy(&turned);
	return d;
}

int
lr_shown_turn(PIX *img, PIX *shown)
{
	int w = pixGetWidth(shown), h = pixGetHeight(shown), best = 0;
	int iw = pixGetWidth(img), ih = pixGetHeight(img);
	double k = (double)SIDE / (iw > ih ? iw : ih), d[8];
	PIX *s = NULL, *g = NULL;

	if (k > 1)
		k = 1;
	if (w > 0 && h > 0 && (g = grey_at(shown, w, h)) != NULL)
		s = grey_at(img, (int)ceil(iw * k), (int)ceil(ih * k));
	for (int t = 0; s != NULL && t < 8; t++) {
		d[t] = turn_distance(s, t, g);
		if (d[t] < d[best])
			best = t;
	}
	if (s == NULL || (best != 0 && d[0] != HUGE_VAL &&
	    d[best] >= CLEARLY * d[0]))
		best = 0;
	pixDestroy(&s);
	pixDestroy(&g);
	return best;
}
