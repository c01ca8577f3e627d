/* Photos: the sheet found against the background around it, mapped onto an
 * upright page and its light evened. */
#include <math.h>
#include <stdlib.h>

#include "photo.h"

#define SMALL 320		/* width of the view the sheet is found on */
#define CONTRAST 50		/* grey levels from the frame to the middle */
/* The threshold's places from frame to middle, tried in turn until the
 * paper is a quadrilateral: the middle one first; a higher one where a
 * light table joins the paper, a lower one where a shadow cuts a corner
 * off it (gen-real's phone12 photos). */
static const double PAPER_SHARE[] = { 0.35, 0.5, 0.2 };
#define MIN_COVER 0.25		/* of the picture the sheet covers at least */
#define MAX_COVER 0.92		/* and at most (more: the table taken too) */
#define QUAD_FIT 0.92		/* sheet's area over its corners' at least */
#define PAPER 235		/* grey of the paper once evened */
#define EDGE_STEP 0.2		/* a sheet's edge: the grey steps by this
				 * share of the brighter side from one pixel
				 * to the next but one (paper on the lightest
				 * table: 0.27; a shadow's soft edge, under
				 * 0.1: light multiplies both sides alike) */
#define GROWN 1.08		/* a sheet's edges hold this much more than the
				 * threshold's paper when it left some out */
#define FRAME_GAP 2		/* a corner this near the view's border is on
				 * it (pixels of the SMALL view) */
#define VIVID 2			/* colours made this much further from grey */

/* The median grey of the pixels of g (8 bpp) inside the box x0..x1 by
 * y0..y1 (inside: 1; outside: 0). */
static int
median(PIX *g, int x0, int y0, int x1, int y1, int inside)
{
	int w = pixGetWidth(g), h = pixGetHeight(g), hist[256] = { 0 }, n = 0;
	l_uint32 *d = pixGetData(g);
	int wpl = pixGetWpl(g);

	for (int y = 0; y < h; y++)
		for (int x = 0; x < w; x++) {
			int in = x >= x0 && x < x1 && y >= y0 && y < y1;
			if (in == inside)
				hist[GET_DATA_BYTE(d + y * wpl, x)]++, n++;
		}
	for (int v = 0, c = 0; v < 256; v++)
		if ((c += hist[v]) * 2 >= n)
			return v;
	return 255;
}

/* The grey view of pix, SMALL pixels wide; *scale gets its scale. */
static PIX *
small_grey(PIX *pix, double *scale)
{
	PIX *g, *s;

	*scale = (double)SMALL / pixGetWidth(pix);
	g = pixGetDepth(pix) == 32 ? pixConvertRGBToLuminance(pix) :
	    pixClone(pix);
	if (g == NULL)
		return NULL;
	s = pixScale(g, (float)*scale, (float)*scale);
	pixDestroy(&g);
	return s;
}

/* The paper of grey view g, 1 bpp: pixels brighter than thr, its holes
 * (the text) filled, only the component holding the middle. */
static PIX *
paper(PIX *g, int thr)
{
	PIX *b = pixThresholdToBinary(g, thr), *f = NULL, *m = NULL;
	int w = pixGetWidth(g), h = pixGetHeight(g);

	if (b != NULL && pixInvert(b, b) != NULL &&
	    (f = pixHolesByFilling(b, 8)) != NULL && pixOr(f, f, b) != NULL &&
	    (m = pixCreateTemplate(f)) != NULL) {
		pixSetPixel(m, w / 2, h / 2, 1);
		pixSeedfillBinary(m, m, f, 4);
	}
	pixDestroy(&b);
	pixDestroy(&f);
	return m;
}

/* The corners of the ink of m (1 bpp) into s: the extremes of x + y and
 * x - y.  Returns the number of its pixels. */
static long
corners(PIX *m, lr_sheet *s)
{
	int w = pixGetWidth(m), h = pixGetHeight(m), wpl = pixGetWpl(m);
	double best[4] = { 1e9, -1e9, 1e9, -1e9 };	/* tl tr bl br */
	l_uint32 *d = pixGetData(m);
	long n = 0;

	for (int y = 0; y < h; y++)
		for (int x = 0; x < w; x++) {
			if (!GET_DATA_BIT(d + y * wpl, x))
				continue;
			double v[4] = { x + y, x - y, x - y, x + y };
			n++;
			for (int k = 0; k < 4; k++)
				if ((k & 1) ? v[k] > best[k] : v[k] < best[k])
					best[k] = v[k], s->x[k] = x, s->y[k] = y;
		}
	return n;
}

/* The area inside the corners of s (shoelace, tl tr br bl). */
static double
quad_area(const lr_sheet *s)
{
	static const int order[4] = { 0, 1, 3, 2 };
	double a = 0;

	for (int i = 0; i < 4; i++) {
		int p = order[i], q = order[(i + 1) % 4];
		a += s->x[p] * s->y[q] - s->x[q] * s->y[p];
	}
	return fabs(a) / 2;
}

/* How much the paper m (1 bpp) of grey view g is like a quadrilateral:
 * its area over its corners' or their inverse, whichever is smaller (1
 * for a perfect one); 0 when it covers too little or too much of g.  Its
 * corners into *s. */
static double
mask_quad(PIX *g, PIX *m, lr_sheet *s)
{
	long n = corners(m, s);
	double quad = n > 0 ? quad_area(s) : 0;

	if (n < MIN_COVER * pixGetWidth(g) * pixGetHeight(g) ||
	    n > MAX_COVER * pixGetWidth(g) * pixGetHeight(g) || quad <= 0)
		return 0;
	return n < quad ? n / quad : quad / n;
}

/* How much the paper of grey view g, thresholded at thr, is like a
 * quadrilateral (mask_quad()); its corners into *s. */
static double
paper_quad(PIX *g, int thr, lr_sheet *s)
{
	PIX *m = paper(g, thr);
	double fit = m != NULL ? mask_quad(g, m, s) : 0;

	pixDestroy(&m);
	return fit;
}

/* The edges of grey view g, 1 bpp: where the grey steps by EDGE_STEP of
 * the brighter side between a pixel's neighbours either way. */
static PIX *
edges(PIX *g)
{
	int w = pixGetWidth(g), h = pixGetHeight(g), wpl = pixGetWpl(g);
	PIX *e = pixCreate(w, h, 1);
	l_uint32 *d = pixGetData(g), *ed = e != NULL ? pixGetData(e) : NULL;
	int ewpl = e != NULL ? pixGetWpl(e) : 0;

	for (int y = 1; e != NULL && y < h - 1; y++)
		for (int x = 1; x < w - 1; x++) {
			int v[4] = { GET_DATA_BYTE(d + y * wpl, x - 1),
			    GET_DATA_BYTE(d + y * wpl, x + 1),
			    GET_DATA_BYTE(d + (y - 1) * wpl, x),
			    GET_DATA_BYTE(d + (y + 1) * wpl, x) };
			for (int k = 0; k < 4; k += 2) {
				int lo = v[k] < v[k + 1] ? v[k] : v[k + 1];
				int hi = v[k] + v[k + 1] - lo;
				if (hi - lo > EDGE_STEP * (hi + 1)) {
					SET_DATA_BIT(ed + y * ewpl, x);
					break;
				}
			}
		}
	return e;
}

/* The paper of grey view g told by its edges, 1 bpp: what the closed
 * outline of sharp steps holding the middle encloses.  Light and shadow
 * multiply the paper and what is around it alike, so a sheet half in
 * shadow keeps its edges where a threshold takes the lit table with it. */
static PIX *
paper_by_edges(PIX *g)
{
	PIX *e = edges(g), *c = NULL, *f = NULL, *m = NULL;
	int w = pixGetWidth(g), h = pixGetHeight(g);

	if (e != NULL && (c = pixDilateBrick(NULL, e, 3, 3)) != NULL &&
	    (f = pixHolesByFilling(c, 8)) != NULL && pixOr(f, f, c) != NULL &&
	    (m = pixCreateTemplate(f)) != NULL) {
		pixSetPixel(m, w / 2, h / 2, 1);
		pixSeedfillBinary(m, m, f, 4);
		pixErodeBrick(m, m, 5, 5);
	}
	pixDestroy(&e);
	pixDestroy(&c);
	pixDestroy(&f);
	return m;
}

/* Does a corner of s lie on the border of view g? */
static int
on_frame(PIX *g, const lr_sheet *s)
{
	int w = pixGetWidth(g), h = pixGetHeight(g);

	for (int k = 0; k < 4; k++)
		if (s->x[k] < FRAME_GAP || s->x[k] >= w - 1 - FRAME_GAP ||
		    s->y[k] < FRAME_GAP || s->y[k] >= h - 1 - FRAME_GAP)
			return 1;
	return 0;
}

/* Is point (x, y) inside quadrilateral q, or within FRAME_GAP of it? */
static int
inside(const lr_sheet *q, double x, double y)
{
	static const int order[4] = { 0, 1, 3, 2 };
	int pos = 0, neg = 0;

	for (int i = 0; i < 4; i++) {
		int p = order[i], r = order[(i + 1) % 4];
		double ex = q->x[r] - q->x[p], ey = q->y[r] - q->y[p];
		double c = (ex * (y - q->y[p]) - ey * (x - q->x[p])) /
		    (hypot(ex, ey) + 1e-9);
		pos += c > -FRAME_GAP, neg += c < FRAME_GAP;
	}
	return pos == 4 || neg == 4;
}

/* Does quadrilateral q hold every corner of s? */
static int
holds(const lr_sheet *q, const lr_sheet *s)
{
	for (int k = 0; k < 4; k++)
		if (!inside(q, s->x[k], s->y[k]))
			return 0;
	return 1;
}

/* The sheet of grey view g found by thresholds (PAPER_SHARE) into *s, or
 * by its edges when those make a quadrilateral off the picture's border
 * and the thresholds' runs to the border (a shadow on the sheet, the lit
 * table taken with the paper) or lies within it, GROWN times smaller
 * (the shaded part of the sheet left out).  A sheet that still runs to
 * the border is the whole picture: the sheet runs off it (a photo taken
 * close), and the quadrilateral of what paper is left would cut text off
 * (a shadow's line taken for its edge).  A picture the thresholds find no sheet
 * in (a scan) is not searched by its edges: a certificate's frame would
 * make it a photo.  Returns the sheet's fit, 0 when none. */
static double
find_sheet(PIX *g, lr_sheet *s)
{
	int w = pixGetWidth(g), h = pixGetHeight(g), frame, mid;
	double best = 0, fit;
	PIX *m;
	lr_sheet t;

	frame = median(g, w / 50 + 1, h / 50 + 1, w - w / 50 - 1,
	    h - h / 50 - 1, 0);
	mid = median(g, w / 4, h / 4, 3 * w / 4, 3 * h / 4, 1);
	for (size_t i = 0; mid - frame >= CONTRAST &&
	    i < sizeof(PAPER_SHARE) / sizeof(PAPER_SHARE[0]); i++) {
		fit = paper_quad(g, frame + (int)(PAPER_SHARE[i] *
		    (mid - frame)), &t);
		if (fit >= QUAD_FIT) {
			best = fit, *s = t;
			break;
		}
	}
	if (best == 0)
		return 0;
	m = paper_by_edges(g);
	fit = m != NULL ? mask_quad(g, m, &t) : 0;
	pixDestroy(&m);
	if (fit >= QUAD_FIT && !on_frame(g, &t) && (on_frame(g, s) ||
	    (quad_area(&t) > GROWN * quad_area(s) && holds(&t, s))))
		best = fit, *s = t;
	if (on_frame(g, s))
		*s = (lr_sheet){ { 0, w - 1, 0, w - 1 }, { 0, 0, h - 1, h - 1 } };
	return best;
}

int
lr_photo_sheet(PIX *pix, lr_sheet *s)
{
	double scale, best;
	PIX *g;

	if (pixGetDepth(pix) != 8 && pixGetDepth(pix) != 32)
		return 0;
	if ((g = small_grey(pix, &scale)) == NULL)
		return 0;
	best = find_sheet(g, s);
	for (int k = 0; best > 0 && k < 4; k++)
		s->x[k] = (s->x[k] + 0.5) / scale, s->y[k] = (s->y[k] + 0.5) / scale;
	pixDestroy(&g);
	return best > 0;
}

/* The length from corner p to corner q of s. */
static double
edge(const lr_sheet *s, int p, int q)
{
	return hypot(s->x[q] - s->x[p], s->y[q] - s->y[p]);
}

/* The sheet s of pix mapped onto the rectangle of w by h at the origin. */
static PIX *
unwarp(PIX *pix, const lr_sheet *s, int w, int h)
{
	PTA *src = ptaCreate(4), *dst = ptaCreate(4);
	PIX *all = NULL, *out = NULL;
	BOX *b = boxCreate(0, 0, w, h);

	for (int k = 0; src != NULL && dst != NULL && k < 4; k++) {
		ptaAddPt(src, (float)s->x[k], (float)s->y[k]);
		ptaAddPt(dst, (k & 1) ? (float)w : 0, (k & 2) ? (float)h : 0);
	}
	if (src != NULL && dst != NULL && b != NULL &&
	    (all = pixBilinearPta(pix, dst, src, L_BRING_IN_WHITE)) != NULL)
		out = pixClipRectangle(all, b, NULL);
	ptaDestroy(&src);
	ptaDestroy(&dst);
	boxDestroy(&b);
	pixDestroy(&all);
	return out;
}

PIX *
lr_photo_flatten(PIX *pix, const lr_sheet *s)
{
	int w = (int)((edge(s, 0, 1) + edge(s, 2, 3)) / 2),
	    h = (int)((edge(s, 0, 2) + edge(s, 1, 3)) / 2);
	PIX *flat, *even;

	w = w < pixGetWidth(pix) ? w : pixGetWidth(pix);
	h = h < pixGetHeight(pix) ? h : pixGetHeight(pix);
	if ((flat = unwarp(pix, s, w, h)) == NULL)
		return NULL;
	even = pixBackgroundNorm(flat, NULL, NULL, 10, 15, 60, 40, PAPER, 2, 1);
	pixDestroy(&flat);
	if (even != NULL)
		pixCopyResolution(even, pix);
	return even;
}

/* A channel c of a pixel of mean m, its departure from m times VIVID,
 * kept within 0..255. */
static l_int32
vivid(l_int32 c, l_int32 m)
{
	l_int32 v = m + VIVID * (c - m);

	return v < 0 ? 0 : v > 255 ? 255 : v;
}

PIX *
lr_photo_vivid(PIX *flat)
{
	PIX *out = pixGetDepth(flat) == 32 ? pixCopy(NULL, flat) : NULL;
	l_uint32 *d = out != NULL ? pixGetData(out) : NULL;
	l_int32 n = out != NULL ? pixGetWpl(out) * pixGetHeight(out) : 0;

	for (l_int32 i = 0; i < n; i++) {
		l_int32 r, g, b, m;
		extractRGBValues(d[i], &r, &g, &b);
		m = (r + g + b) / 3;
		composeRGBPixel(vivid(r, m), vivid(g, m), vivid(b, m), d + i);
	}
	return out;
}
