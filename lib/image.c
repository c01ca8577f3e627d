/* Page images: measuring skew, ink, blank and upside-down pages. */
#include <math.h>

#include "image.h"

/* Grey to 1 bpp at the histogram's Otsu-like split. */
static PIX *
binarise(PIX *grey)
{
	NUMA *hist = pixGetGrayHistogram(grey, 2);
	l_int32 split = 128;

	if (hist != NULL)
		numaSplitDistribution(hist, 0.1, &split, NULL, NULL, NULL, NULL,
		    NULL);
	numaDestroy(&hist);
	if (split < 20 || split > 235)
		split = 128;
	return pixThresholdToBinary(grey, split);
}

PIX *
lr_image_binary_small(PIX *pix)
{
	l_int32 dpi = pixGetXRes(pix), f;
	PIX *g, *b;

	if (dpi <= 0)
		dpi = 300;
	f = dpi >= 500 ? 4 : dpi >= 250 ? 2 : 1;
	if (pixGetDepth(pix) == 1)
		return f == 1 ? pixCopy(NULL, pix) :
		    pixReduceRankBinaryCascade(pix, 1, f == 4 ? 1 : 0, 0, 0);
	g = pixGetDepth(pix) == 8 ? pixClone(pix) : pixConvertTo8(pix, 0);
	b = f == 1 ? pixClone(g) : pixScaleAreaMap2(g);
	pixDestroy(&g);
	if (f == 4) {
		g = pixScaleAreaMap2(b);
		pixDestroy(&b);
		b = g;
	}
	g = binarise(b);
	pixDestroy(&b);
	return g;
}

/* Share of ink, and whether anything text-sized is on the page. */
static void
measure_ink(PIX *bin, lr_page_stats *st)
{
	l_int32 count = 0, ncomp = 0, w = pixGetWidth(bin), h = pixGetHeight(bin);
	PIX *big;

	pixCountPixels(bin, &count, NULL);
	st->ink = (double)count / ((double)w * h);
	st->inverted = st->ink > 0.5;
	big = pixSelectBySize(bin, 4, 4, 8, L_SELECT_IF_EITHER, L_SELECT_IF_GTE,
	    NULL);
	if (big != NULL)
		pixCountConnComp(big, 8, &ncomp);
	pixDestroy(&big);
	st->blank = !st->inverted && ncomp < 12;
}

/* Orientation test on a full-resolution binary image (Vietnamese tone
 * marks merge with letters at lower resolutions and fool the test). */
static void
measure_updown(PIX *pix, lr_page_stats *st)
{
	l_int32 w = pixGetWidth(pix), h = pixGetHeight(pix);
	BOX *mid = boxCreate(0, h / 4, w, h / 2);
	l_float32 upconf = 0;
	PIX *b, *c;

	/* The middle half of the page holds enough text, at half the cost. */
	c = pixClipRectangle(pix, mid, NULL);
	boxDestroy(&mid);
	if (c == NULL)
		return;
	if (pixGetDepth(c) == 1)
		b = pixGetXRes(c) >= 500 ?
		    pixReduceRankBinaryCascade(c, 2, 0, 0, 0) : pixClone(c);
	else
		b = binarise(c);
	pixDestroy(&c);
	if (b != NULL && pixUpDownDetect(b, &upconf, 0, 0, 0) == 0) {
		st->updown_conf = upconf;
		st->upside_down = upconf < -6.0;
	}
	pixDestroy(&b);
}

int
lr_image_measure(PIX *pix, int orient, lr_page_stats *st, lr_err *err)
{
	l_float32 angle = 0, conf = 0;
	PIX *bin;

	setMsgSeverity(L_SEVERITY_NONE);

	st->skew = st->skew_conf = st->ink = st->updown_conf = 0;
	st->blank = st->inverted = st->upside_down = 0;
	if ((bin = lr_image_binary_small(pix)) == NULL) {
		lr_err_set(err, "cannot reduce the page image");
		return -1;
	}
	measure_ink(bin, st);
	if (st->inverted)
		pixInvert(bin, bin);
	if (!st->blank) {
		pixFindSkewSweepAndSearch(bin, &angle, &conf, 2, 1, 10.0, 1.0,
		    0.01);
		st->skew = angle;
		st->skew_conf = conf;
	}
	if (orient && !st->blank && !st->inverted)
		measure_updown(pix, st);
	pixDestroy(&bin);
	return 0;
}
