/* Page images: measuring skew, ink, blank and upside-down pages. */
#include <math.h>

#include "measure.h"

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

/* Up-down confidence of the rows y to y + h of pix (binarised when grey;
 * reduced when over 500 dpi); 0 when it cannot tell. */
static double
updown_rows(PIX *pix, l_int32 y, l_int32 h)
{
	BOX *box = boxCreate(0, y, pixGetWidth(pix), h);
	l_float32 upconf = 0;
	PIX *b, *c;

	c = box != NULL ? pixClipRectangle(pix, box, NULL) : NULL;
	boxDestroy(&box);
	if (c == NULL)
		return 0;
	if (pixGetDepth(c) == 1)
		b = pixGetXRes(c) >= 500 ?
		    pixReduceRankBinaryCascade(c, 2, 0, 0, 0) : pixClone(c);
	else
		b = binarise(c);
	pixDestroy(&c);
	if (b == NULL || pixUpDownDetect(b, &upconf, 0, 0, 0) != 0)
		upconf = 0;
	pixDestroy(&b);
	return upconf;
}

/* Up-down confidence of pix (positive: upright) on a full-resolution binary
 * image (Vietnamese tone marks merge with letters at lower resolutions and
 * fool the test); 0 when it cannot tell.  The middle half of the page holds
 * enough text, at half the cost; when it does not tell (a short page, its
 * few lines at the top or the bottom), the whole page is looked at, which
 * costs far less than the engine's orientation detection would. */
static double
updown(PIX *pix)
{
	l_int32 h = pixGetHeight(pix);
	double conf = updown_rows(pix, h / 4, h / 2);

	return fabs(conf) > LR_UPDOWN_SURE ? conf : updown_rows(pix, 0, h);
}

/* Text lines run across a page: the skew search on the page turned a
 * quarter (bin, small) finds far stronger lines than on the page as it is
 * (confidence conf) when the page was scanned sideways. */
static int
sideways(PIX *bin, double conf)
{
	PIX *r = pixRotate90(bin, 1);
	l_float32 angle = 0, c90 = 0;

	if (r == NULL || pixFindSkewSweepAndSearch(r, &angle, &c90, 2, 1, 10.0,
	    1.0, 0.01) != 0)
		c90 = 0;
	pixDestroy(&r);
	return c90 > 4.0 && c90 > 3.0 * conf;
}

/* Under this resolution a grey page's letters are too few pixels high for
 * the up-down test (their ascenders and descenders blur into the x-height
 * once binarised): the test reads the page scaled up twice. */
#define UPDOWN_LOW_DPI 200

/* pix as the up-down test reads it: 1 bpp as it is; colour as grey (the
 * test binarises grey rows); grey under UPDOWN_LOW_DPI scaled up twice.
 * NULL when out of memory. */
static PIX *
updown_view(PIX *pix)
{
	l_int32 dpi = pixGetXRes(pix);
	PIX *g, *u;

	if (pixGetDepth(pix) == 1)
		return pixClone(pix);
	g = pixGetDepth(pix) == 8 && pixGetColormap(pix) == NULL ?
	    pixClone(pix) : pixConvertTo8(pix, 0);
	if (g == NULL || dpi <= 0 || dpi >= UPDOWN_LOW_DPI)
		return g;
	u = pixScaleGrayLI(g, 2.0, 2.0);
	pixDestroy(&g);
	if (u != NULL)
		pixSetResolution(u, 2 * dpi, 2 * dpi);
	return u;
}

/* Which way up the page stands (st->turn), from its lines (bin, small) and
 * the shapes of its letters (pix, full resolution: updown_view()). */
static void
measure_orientation(PIX *page, PIX *bin, lr_page_stats *st)
{
	PIX *r, *pix = updown_view(page);

	if (pix == NULL)
		return;

	if ((st->sideways = sideways(bin, st->skew_conf))) {
		r = pixRotate90(pix, 1);
		st->updown_conf = r != NULL ? updown(r) : 0;
		pixDestroy(&r);
		st->turn = st->updown_conf > LR_UPDOWN_SURE ? 1 :
		    st->updown_conf < -LR_UPDOWN_SURE ? 3 : 0;
	} else {
		st->updown_conf = updown(pix);
		st->upside_down = st->updown_conf < -LR_UPDOWN_SURE;
		st->turn = st->upside_down ? 2 : 0;
	}
	pixDestroy(&pix);
}

int
lr_image_measure(PIX *pix, int orient, lr_page_stats *st, lr_err *err)
{
	l_float32 angle = 0, conf = 0;
	PIX *bin;

	setMsgSeverity(L_SEVERITY_NONE);

	st->skew = st->skew_conf = st->ink = st->updown_conf = 0;
	st->blank = st->inverted = st->upside_down = st->sideways = 0;
	st->turn = 0;
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
		measure_orientation(pix, bin, st);
	pixDestroy(&bin);
	return 0;
}
