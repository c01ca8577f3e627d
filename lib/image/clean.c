/* Page cleanup with Leptonica: scale up, deskew, take away table rules and
 * specks, turn. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "clean.h"
#include "colour.h"
#include "measure.h"
#include "photo.h"
#include "resolution.h"

#define UPSCALE_MIN 1.05	/* an image is scaled up by more than this */
#define SPECKLED 10.0		/* lone specks a square inch of a speckled
				 * page (a clean scan has under 0.1, a lightly
				 * speckled one 3 to 7) */
#define SCREENED 100.0		/* a tint's screen dots a square inch of a
				 * page with shaded cells (clean and noisy
				 * scans: see lr_clean_screened()) */
#define UNEVEN 40		/* a grey page is unevenly lit when its
				 * background spans this many levels (clean
				 * and mildly damaged scans: 20 at most,
				 * shadows and blur's haze 80 or more) */
#define PAPER_TILE 6	/* the paper's level is taken in tiles this many
				 * to the inch (paper_map()) */
#define DOTTED 1.0		/* lone round dots a square inch of a dotted
				 * page (worn photocopies 1.5 to 12, clean
				 * scans under 0.5) */

void
lr_clean_defaults(lr_clean_opts *o)
{
	o->orient = o->deskew = o->despeckle = o->unrule = o->upscale = 1;
	o->soften = 1;
	o->binarise = 0;
	o->max_skew = 12.0;
	o->min_dpi = 250;
	o->target_dpi = 300;
}

static void dots_of(const lr_clean_opts *o, PIX *pix, int *dotted,
    int *screened);

void
lr_clean_signature(const lr_clean_opts *o, PIX *pix, char *buf, size_t n)
{
	int dotted, screened;

	dots_of(o, pix, &dotted, &screened);
	snprintf(buf, n, "clean20 o%d d%d/%.1f b%d s%d u%d/%d/%d r%d f%d%s%s%s%s%s",
	    o->orient, o->deskew, o->max_skew, o->binarise, o->despeckle,
	    o->upscale, o->min_dpi, o->target_dpi, o->unrule, o->soften,
	    o->despeckle && lr_clean_speckled(o, pix) > 0 ? " speckled 2" : "",
	    dotted > 0 ? " dotted 1" : "", screened > 0 ? " screened 1" : "",
	    lr_clean_uneven(o, pix) > 0 ? " uneven 2" : "",
	    lr_clean_colruled(o, pix) > 0 ? " colruled 1" : "");
}

/* Put next in the place of *cur.  Returns -1 when next is NULL. */
static int
step(PIX **cur, PIX *next)
{
	if (next == NULL)
		return -1;
	pixDestroy(cur);
	*cur = next;
	return 0;
}

/* The ink (0 or 1) of the pixels of row y of bin (1 bpp, wpl words a
 * row) at x - 1, x and x + 1, added, for each x of a row w wide, into h. */
static void
row_ink(const l_uint32 *row, int w, unsigned char *h)
{
	for (int x = 0; x < w; x++)
		h[x] = 0;
	for (int x = 0; x < w; x++) {
		if (row[x >> 5] == 0) {		/* 32 pixels without ink */
			x |= 31;
			continue;
		}
		if (GET_DATA_BIT(row, x)) {
			h[x]++;
			if (x > 0)
				h[x - 1]++;
			if (x + 1 < w)
				h[x + 1]++;
		}
	}
}

/* Row y of a softened page (line of g, 8 bpp) from the ink of its rows
 * around it, hs[0..2] (rows y - 1, y and y + 1; NULL past the page's
 * edge): the share of white of the 3x3 window within the page. */
static void
soft_row(l_uint32 *line, int w, unsigned char *const hs[3])
{
	int rows = (hs[0] != NULL) + 1 + (hs[2] != NULL);

	for (int x = 0; x < w; x++) {
		int ink = hs[1][x] + (hs[0] ? hs[0][x] : 0) +
		    (hs[2] ? hs[2][x] : 0);
		int n = rows * (3 - (x == 0) - (x == w - 1));
		SET_DATA_BYTE(line, x, ink == 0 ? 255 :
		    (255 * (n - ink) * 2 + n) / (2 * n));
	}
}

/* A bilevel page as grey, its edges softened by a 3x3 mean as a grey scan
 * would have them: Tesseract's LSTM reads such pages better (on the corpus,
 * a quarter fewer character errors on clean 300 dpi pages, a sixth fewer
 * on 200 dpi ones scaled up).  The mean (the share of white of each pixel
 * and its neighbours within the page) is counted on the bits, at a
 * fraction of the cost of making the page grey first.  NULL on failure. */
static PIX *
soften(PIX *bin)
{
	l_int32 w = pixGetWidth(bin), h = pixGetHeight(bin), wpl = pixGetWpl(bin);
	PIX *g = pixCreate(w, h, 8);
	unsigned char *buf = malloc(3 * (size_t)w), *hs[3];
	l_uint32 *src = pixGetData(bin);

	if (g == NULL || buf == NULL) {
		pixDestroy(&g);
		free(buf);
		return NULL;
	}
	pixCopyResolution(g, bin);
	row_ink(src, w, buf);
	for (int y = 0; y < h; y++) {
		unsigned char *prev = buf + (size_t)((y + 2) % 3) * w,
		    *cur = buf + (size_t)(y % 3) * w,
		    *next = buf + (size_t)((y + 1) % 3) * w;
		if (y + 1 < h)
			row_ink(src + (y + 1) * wpl, w, next);
		hs[0] = y > 0 ? prev : NULL;
		hs[1] = cur;
		hs[2] = y + 1 < h ? next : NULL;
		soft_row(pixGetData(g) + y * pixGetWpl(g), w, hs);
	}
	free(buf);
	return g;
}

/* Low-resolution pages are scaled up as grey.  Bilevel ones become grey,
 * softened unless told not to: before scaling when it is by up to 1.6
 * (200 dpi), after when by more (150 dpi), where a 3x3 mean at the page's
 * own resolution blurs the letters. */
static int
upscale(PIX **cur, const lr_clean_opts *o, lr_clean_info *info)
{
	float f;

	if (!o->upscale || info->dpi <= 0 || info->dpi >= o->min_dpi)
		return 0;
	f = (float)o->target_dpi / (float)info->dpi;
	int bilevel = pixGetDepth(*cur) == 1, early = o->soften && f <= 1.6f;
	if (bilevel && step(cur, early ? soften(*cur) :
	    pixConvert1To8(NULL, *cur, 255, 0)) != 0)
		return -1;
	if (step(cur, pixScaleGrayLI(*cur, f, f)) != 0)
		return -1;
	if (bilevel && o->soften && !early &&
	    step(cur, pixBlockconvGray(*cur, NULL, 1, 1)) != 0)
		return -1;
	info->dpi = o->target_dpi;
	info->upscaled = 1;
	info->zoom = f;
	return 0;
}

/* A 1 bpp view of a grey page: the background evened out (to 200), the
 * noise smoothed, and a threshold at the valley of the histogram, kept
 * between 80 and 150 so that the noise of a nearly blank page stays white.
 * NULL on failure. */
static PIX *
threshold(PIX *grey)
{
	PIX *norm = pixBackgroundNormSimple(grey, NULL, NULL), *bin;
	l_int32 t = 130;

	if (norm == NULL)
		return NULL;
	if (pixSplitDistributionFgBg(norm, 0.1f, 2, &t, NULL, NULL, NULL) != 0)
		t = 130;
	t = t < 80 ? 80 : t > 150 ? 150 : t;
	bin = pixThresholdToBinary(norm, t);
	pixDestroy(&norm);
	return bin;
}

/* Colour page pix at half size, each pixel its brightest channel: light
 * and shade fall on every channel alike, while a tint or a pattern printed
 * in colour (a certificate's pink or yellow guilloche, a red seal) leaves
 * one bright.  NULL when out of memory. */
static PIX *
brightest_half(PIX *pix)
{
	PIX *max = pixConvertRGBToGrayMinMax(pix, L_CHOOSE_MAX), *half;

	half = max != NULL ? pixScaleAreaMap2(max) : NULL;
	pixDestroy(&max);
	return half;
}

int
lr_clean_uneven(const lr_clean_opts *o, PIX *pix)
{
	PIX *half, *map = NULL;
	l_uint32 lo, hi;
	int ret = -1;

	if (o->binarise || pix == NULL || (pixGetDepth(pix) != 8 &&
	    pixGetDepth(pix) != 32))
		return 0;
	if ((half = pixGetDepth(pix) == 32 ? brightest_half(pix) :
	    pixScaleAreaMap2(pix)) != NULL &&
	    pixGetBackgroundGrayMap(half, NULL, 50, 50, 100, 50, &map) == 0 &&
	    map != NULL && pixGetRankValue(map, 1, 0.05f, &lo) == 0 &&
	    pixGetRankValue(map, 1, 0.95f, &hi) == 0)
		ret = (int)hi - (int)lo >= UNEVEN;
	pixDestroy(&half);
	pixDestroy(&map);
	return ret;
}

/* The largest side, in pixels, of a lone speck among the pixels a 3x3
 * median changes: salt or pepper, one pixel or a few.  What it changes in
 * longer runs are strokes, letters thinner than 3 pixels: a thin or light
 * font at a low resolution (a 2024 certificate's cells at 100 dpi). */
#define SPECK_SIDE 3

/* The share of the pixels of a strip across the middle of grey page that
 * a 3x3 median changes by 80 levels or more: salt-and-pepper noise, as a
 * worn photocopy has it (a clean or blurred scan has next to none); in
 * *lone, the share of those changes that are lone specks (SPECK_SIDE).
 * -1 on failure. */
static double
pepper(PIX *grey, double *lone)
{
	l_int32 w = pixGetWidth(grey), h = pixGetHeight(grey), n = -1, k = 0;
	BOX *b = boxCreate(0, h / 2 - h / 32, w, h / 16 + 1);
	PIX *strip = b ? pixClipRectangle(grey, b, NULL) : NULL;
	PIX *med = strip ? pixMedianFilter(strip, 3, 3) : NULL;
	PIX *diff = med ? pixAbsDifference(strip, med) : NULL;
	PIX *big = diff ? pixThresholdToBinary(diff, 80) : NULL, *specks = NULL;

	if (big != NULL && pixInvert(big, big) != NULL &&
	    pixCountPixels(big, &n, NULL) == 0 &&
	    ((specks = pixSelectBySize(big, SPECK_SIDE, SPECK_SIDE, 8,
	    L_SELECT_IF_BOTH, L_SELECT_IF_LTE, NULL)) == NULL ||
	    pixCountPixels(specks, &k, NULL) != 0))
		n = -1;
	*lone = n > 0 ? (double)k / n : 0;
	boxDestroy(&b);
	pixDestroy(&strip);
	pixDestroy(&med);
	pixDestroy(&diff);
	pixDestroy(&big);
	pixDestroy(&specks);
	return n < 0 ? -1 : (double)n / ((double)w * (h / 16 + 1));
}

/* With o->despeckle, a grey page peppered with noise (over 3% of its
 * pixels) goes through a 3x3 median, which keeps strokes and takes lone
 * dots away, when most of what it changes are lone specks: a page whose
 * strokes are thinner than the median would lose its letters (peppered
 * pages' changes are 75-90% specks; 100-dpi cells of a sans font, 25%).
 * From 1% on (a clean or blurred scan has under half of that), the page
 * is said to be noisy: what is left of the noise must not reach the
 * engine's own thresholding. */
static int
depepper(PIX **cur, const lr_clean_opts *o, lr_clean_info *info)
{
	double share, lone;

	if (!o->despeckle || pixGetDepth(*cur) != 8 ||
	    (share = pepper(*cur, &lone)) < 0.01)
		return 0;
	info->noisy = 1;
	if (share < 0.03 || lone < 0.5)
		return 0;
	if (step(cur, pixMedianFilter(*cur, 3, 3)) != 0)
		return -1;
	info->denoised = 1;
	return 0;
}

/* With o->binarise, grey pages are thresholded here. */
static int
binarise(PIX **cur, const lr_clean_opts *o, lr_clean_info *info)
{
	if (pixGetDepth(*cur) != 8 || !o->binarise)
		return 0;
	if (step(cur, threshold(*cur)) != 0)
		return -1;
	info->binarised = 1;
	return 0;
}

/* The blobs of small (1 bpp) not within w / 2 across and h / 2 down of
 * any ink of big.  NULL on failure. */
static PIX *
apart(PIX *small, PIX *big, int w, int h)
{
	PIX *near, *seed = NULL, *kept = NULL, *lone = NULL;

	if ((near = pixDilateCompBrick(NULL, big, w, h)) != NULL &&
	    (seed = pixAnd(NULL, small, near)) != NULL &&
	    (kept = pixSeedfillBinary(NULL, seed, small, 8)) != NULL)
		lone = pixSubtract(NULL, small, kept);
	pixDestroy(&near);
	pixDestroy(&seed);
	pixDestroy(&kept);
	return lone;
}

/* Lone specks of bin: bits of ink under 1/40 inch away from bigger ink
 * (tone marks, dots, full stops and commas stand near letters).  NULL on
 * failure. */
static PIX *
specks(PIX *bin, int dpi)
{
	int s = dpi / 40;
	PIX *big, *small = NULL, *lone = NULL;

	big = pixSelectBySize(bin, s, s, 8, L_SELECT_IF_EITHER,
	    L_SELECT_IF_GT, NULL);
	if (big != NULL && (small = pixSubtract(NULL, bin, big)) != NULL)
		lone = apart(small, big, dpi / 7, dpi / 10);
	pixDestroy(&big);
	pixDestroy(&small);
	return lone;
}

/* The 8-connected blobs of one 1 bpp image, labelled once for all the
 * finders that select among them while the image stays the same (the
 * round dots of a worn copy, a tint's dots): each selection is made from
 * these blobs, not by labelling the image again.  Zero it to start; free
 * it with blobs_release(). */
struct blobs {
	PIX *of;		/* the image labelled (a clone: its memory is
				 * held, so no other image takes its place) */
	PIXA *a;		/* its blobs, in Leptonica's scanning order */
};

static void
blobs_release(struct blobs *b)
{
	pixaDestroy(&b->a);
	pixDestroy(&b->of);
}

/* The blobs of pix: those b holds when it labelled pix, else pix labelled
 * now (and held in b).  NULL on failure. */
static PIXA *
blobs_of(struct blobs *b, PIX *pix)
{
	BOXA *boxa;

	if (b->a != NULL && b->of == pix)
		return b->a;
	blobs_release(b);
	if ((boxa = pixConnComp(pix, &b->a, 8)) == NULL)
		return NULL;
	boxaDestroy(&boxa);
	b->of = pixClone(pix);
	return b->a;
}

/* The blobs sel (taken) painted on an image the size of pix, its
 * resolution: what pixSelectBySize() and its kin render.  NULL on
 * failure. */
static PIX *
blobs_render(PIX *pix, PIXA *sel)
{
	PIX *d = NULL;

	if (sel != NULL)
		d = pixaGetCount(sel) == 0 ? pixCreateTemplate(pix) :
		    pixaDisplay(sel, pixGetWidth(pix), pixGetHeight(pix));
	if (d != NULL)
		pixCopyResolution(d, pix);
	pixaDestroy(&sel);
	return d;
}

/* pixSelectBySize(pix, w, h, 8, L_SELECT_IF_BOTH, L_SELECT_IF_LTE): the
 * blobs of pix (b's) at most w across and h down, as a new PIXA (empty
 * for a blank page: Leptonica's selections refuse an empty PIXA). */
static PIXA *
blobs_within(struct blobs *b, PIX *pix, int w, int h)
{
	PIXA *all = blobs_of(b, pix);

	if (all == NULL || pixaGetCount(all) == 0)
		return all != NULL ? pixaCreate(0) : NULL;
	return pixaSelectBySize(all, w, h, L_SELECT_IF_BOTH, L_SELECT_IF_LTE,
	    NULL);
}

/* A finder of the lone marks of a page, from its blobs b: into *lone (the
 * caller's) when the page has enough of them to take off, 1; 0 (*lone
 * NULL) when not; -1 when out of memory. */
typedef int lone_finder(const lr_clean_opts *, PIX *, struct blobs *,
    PIX **);

/* Are n marks of page pix at dpi fewer than density a square inch? */
static int
too_few(PIX *pix, int dpi, double density, l_int32 n)
{
	return n < density * pixGetWidth(pix) / dpi * pixGetHeight(pix) / dpi;
}

/* Keep *lone, n marks of page pix at dpi, when they are density or more a
 * square inch, else free it: what a lone_finder returns (n < 0: out of
 * memory). */
static int
dense(PIX *pix, int dpi, double density, l_int32 n, PIX **lone)
{
	if (too_few(pix, dpi, density, n))
		pixDestroy(lone);
	return n < 0 ? -1 : *lone != NULL;
}

/* What find says of page pix (its blobs b), the marks it found let go. */
static int
has_lone(lone_finder *find, const lr_clean_opts *o, PIX *pix, struct blobs *b)
{
	PIX *lone;
	int ret = find(o, pix, b, &lone);

	pixDestroy(&lone);
	return ret;
}

/* Take the lone marks that find finds off *cur (its blobs b), when it
 * finds enough. */
static int
take_lone(lone_finder *find, PIX **cur, const lr_clean_opts *o,
    struct blobs *b)
{
	PIX *lone = NULL;
	int found = find(o, *cur, b, &lone);

	if (found > 0)
		found = step(cur, pixSubtract(NULL, *cur, lone));
	pixDestroy(&lone);
	return found;
}

/* The round dots of bin: blobs up to a fifteenth of an inch across, as
 * wide as tall within a third, filling three fifths of their box or more
 * as a disc does (a letter's ring or stroke does not).  NULL on failure. */
static PIX *
round_dots(struct blobs *b, PIX *bin, int dpi)
{
	PIXA *v = blobs_within(b, bin, dpi / 15, dpi / 15), *next;

	/* the small ones; as wide as tall within a third; discs */
	for (int k = 0; v != NULL && pixaGetCount(v) > 0 && k < 3; k++) {
		next = k == 0 ? pixaSelectByWidthHeightRatio(v, 0.75f,
		    L_SELECT_IF_GTE, NULL) : k == 1 ?
		    pixaSelectByWidthHeightRatio(v, 1.34f, L_SELECT_IF_LTE,
		    NULL) : pixaSelectByAreaFraction(v, 0.6f, L_SELECT_IF_GTE,
		    NULL);
		pixaDestroy(&v);
		v = next;
	}
	return blobs_render(bin, v);
}

/* The round dots dots of bin (round_dots()) with no other ink within a
 * twenty-fifth of an inch: a worn photocopy's toner dots, up to a
 * fifteenth of an inch across, too big for specks().  A full stop, a
 * comma, the dot of an i and the tone mark under a letter stand closer
 * to their letter.  NULL on failure. */
static PIX *
lone_dots(PIX *bin, PIX *dots, int dpi)
{
	int g = 2 * (dpi / 25) + 1;
	PIX *rest = pixSubtract(NULL, bin, dots), *lone = NULL;

	if (rest != NULL)
		lone = apart(dots, rest, g, g);
	pixDestroy(&rest);
	return lone;
}

/* Keep *dots (of page pix at dpi) when DOTTED or more of them a square
 * inch are a fortieth of an inch across or more (specks() takes the
 * smaller ones), else free it: what dense() returns. */
static int
dense_dots(PIX *pix, int dpi, PIX **dots)
{
	int s = dpi / 40;
	l_int32 n = -1;
	PIX *seen = pixSelectBySize(*dots, s, s, 8, L_SELECT_IF_EITHER,
	    L_SELECT_IF_GTE, NULL);

	if (seen == NULL || pixCountConnComp(seen, 8, &n) != 0)
		n = -1;
	pixDestroy(&seen);
	return dense(pix, dpi, DOTTED, n, dots);
}

/* The lone dots (lone_dots()) of page pix (1 bpp, its resolution tagged)
 * in *lone (the caller's) when it is dotted: dense_dots().  A lone dot is
 * a whole round one, so a page with too few round dots has too few lone
 * ones, and they are not sought (a clean page's cost of the test).  1; 0
 * (*lone NULL) when not; -1 when out of memory. */
static int
dotted_dots(const lr_clean_opts *o, PIX *pix, struct blobs *b, PIX **lone)
{
	int dpi = pix != NULL ? pixGetXRes(pix) : 0, ret;
	PIX *dots;

	*lone = NULL;
	if (!o->despeckle || dpi < LR_DPI_MIN || pixGetDepth(pix) != 1)
		return 0;
	if ((dots = round_dots(b, pix, dpi)) == NULL)
		return -1;
	if ((ret = dense_dots(pix, dpi, &dots)) <= 0)
		return ret;
	*lone = lone_dots(pix, dots, dpi);
	pixDestroy(&dots);
	return *lone == NULL ? -1 : dense_dots(pix, dpi, lone);
}

int
lr_clean_dotted(const lr_clean_opts *o, PIX *pix)
{
	struct blobs b = { NULL, NULL };
	int ret = has_lone(dotted_dots, o, pix, &b);

	blobs_release(&b);
	return ret;
}

/* The dots of a tint's screen on bin at dpi: blobs at most a hundredth
 * of an inch across (smaller than any tone mark or full stop) that stand
 * in solid fields, each dot within a twenty-fifth of an inch of others,
 * the field an inch wide and an eighth of an inch tall or more (a shaded
 * row or cell).  None, and no fields sought, when bin has too few dots of
 * that size to be screened (SCREENED a square inch: lr_clean_screened()),
 * as a clean page has.  NULL on failure. */
static PIX *
screen_dots(struct blobs *b, PIX *bin, int dpi)
{
	int s = dpi / 100 > 1 ? dpi / 100 : 1, g = dpi / 25 | 1;
	PIX *dots, *field = NULL, *wide = NULL, *under = NULL, *in = NULL;
	PIXA *small = blobs_within(b, bin, s, s);

	if (small != NULL && too_few(bin, dpi, SCREENED,
	    pixaGetCount(small))) {
		pixaDestroy(&small);
		return pixCreateTemplate(bin);
	}
	dots = blobs_render(bin, small);
	if (dots != NULL && (field = pixCloseBrick(NULL, dots, g, g)) !=
	    NULL && (wide = pixSelectBySize(field, dpi, dpi / 8, 8,
	    L_SELECT_IF_BOTH, L_SELECT_IF_GTE, NULL)) != NULL &&
	    (under = pixAnd(NULL, dots, wide)) != NULL)
		in = pixClone(under);
	pixDestroy(&dots);
	pixDestroy(&field);
	pixDestroy(&wide);
	pixDestroy(&under);
	return in;
}

/* Do dots (1 bpp) repeat across, as a screen's do: three in five of their
 * ink, or more, has ink a period of 3 pixels to a twentieth of an inch
 * (dpi) to its right, give or take a pixel (random specks: one in four
 * at most)? */
static int
periodic(PIX *dots, int dpi)
{
	PIX *wide = pixDilateBrick(NULL, dots, 3, 3), *moved, *both;
	l_int32 n = 0, m;
	int best = 0;

	if (wide == NULL || pixCountPixels(dots, &n, NULL) != 0 || n == 0) {
		pixDestroy(&wide);
		return 0;
	}
	for (int p = 3; p <= dpi / 20 && best * 5 < n * 3; p++) {
		moved = pixTranslate(NULL, wide, -p, 0, L_BRING_IN_WHITE);
		both = moved != NULL ? pixAnd(NULL, moved, dots) : NULL;
		if (both != NULL && pixCountPixels(both, &m, NULL) == 0 &&
		    m > best)
			best = m;
		pixDestroy(&moved);
		pixDestroy(&both);
	}
	pixDestroy(&wide);
	return best * 5 >= n * 3;
}

/* The screen dots (screen_dots()) of page pix (1 bpp, its resolution
 * tagged) in *lone (the caller's) when it has shaded fields: SCREENED or
 * more of them a square inch.  1; 0 (*lone NULL) when not; -1 when out
 * of memory. */
static int
screened_dots(const lr_clean_opts *o, PIX *pix, struct blobs *b, PIX **lone)
{
	int dpi = pix != NULL ? pixGetXRes(pix) : 0;
	l_int32 n = -1;

	*lone = NULL;
	if (!o->despeckle || dpi < LR_DPI_MIN || pixGetDepth(pix) != 1)
		return 0;
	if ((*lone = screen_dots(b, pix, dpi)) == NULL ||
	    pixCountConnComp(*lone, 8, &n) != 0)
		n = -1;
	if (dense(pix, dpi, SCREENED, n, lone) > 0 && !periodic(*lone, dpi))
		pixDestroy(lone);
	return n < 0 ? -1 : *lone != NULL;
}

int
lr_clean_screened(const lr_clean_opts *o, PIX *pix)
{
	struct blobs b = { NULL, NULL };
	int ret = has_lone(screened_dots, o, pix, &b);

	blobs_release(&b);
	return ret;
}

/* lr_clean_dotted() and lr_clean_screened() of pix into *dotted and
 * *screened, its blobs labelled once for both. */
static void
dots_of(const lr_clean_opts *o, PIX *pix, int *dotted, int *screened)
{
	struct blobs b = { NULL, NULL };

	*dotted = has_lone(dotted_dots, o, pix, &b);
	*screened = has_lone(screened_dots, o, pix, &b);
	blobs_release(&b);
}

/* The lone specks of page pix (1 bpp) in *lone (the caller's) when it is
 * speckled (lr_clean_speckled()): 1; 0 (*lone NULL) when not; -1 when out
 * of memory. */
static int
speckled_specks(const lr_clean_opts *o, PIX *pix, struct blobs *unused,
    PIX **lone)
{
	int dpi = pix != NULL ? pixGetXRes(pix) : 0, n;
	BOXA *b;

	(void)unused;	/* specks() labels the page its own way */
	*lone = NULL;
	if (!o->upscale || dpi < LR_DPI_MIN || dpi >= o->min_dpi ||
	    pixGetDepth(pix) != 1)
		return 0;
	if ((*lone = specks(pix, dpi)) == NULL)
		return -1;
	b = pixConnCompBB(*lone, 8);
	n = b != NULL ? boxaGetCount(b) : -1;
	boxaDestroy(&b);
	return dense(pix, dpi, SPECKLED, n, lone);
}

int
lr_clean_speckled(const lr_clean_opts *o, PIX *pix)
{
	return has_lone(speckled_specks, o, pix, NULL);
}

/* With o->despeckle, a speckled page to be scaled up (lr_clean_speckled())
 * loses its lone specks at its own resolution, before softening and
 * scaling make them grey blots that the cleanup at 300 dpi no longer
 * tells from letters (on family 4's and 6's speckled 200-dpi pages, 964
 * character edits against 3557, plain tesseract 2661). */
static int
unspeckle(PIX **cur, const lr_clean_opts *o)
{
	return o->despeckle ? take_lone(speckled_specks, cur, o, NULL) : 0;
}

/* A dotted page (lr_clean_dotted()) loses its lone dots at its own
 * resolution, before they are scaled and softened: Tesseract reads them
 * as marks stuck to the words next to them ("Hữu'", "°*", "đô”"), which
 * split names and hide the terms after them. */
static int
undot(PIX **cur, const lr_clean_opts *o, struct blobs *b)
{
	return take_lone(dotted_dots, cur, o, b);
}

/* A page with cells shaded by a tint (lr_clean_screened()) loses the
 * tint's dots at its own resolution: Tesseract reads a word over them as
 * noise and drops the shaded rows of a table whole. */
static int
unscreen(PIX **cur, const lr_clean_opts *o, struct blobs *b)
{
	return take_lone(screened_dots, cur, o, b);
}

/* undot() then unscreen() *cur, its blobs labelled once for both while
 * it stays the same (a page with no lone dots to take off). */
static int
take_dots(PIX **cur, const lr_clean_opts *o)
{
	struct blobs b = { NULL, NULL };
	int ret = undot(cur, o, &b) != 0 || unscreen(cur, o, &b) != 0;

	blobs_release(&b);
	return ret ? -1 : 0;
}

/* The boxes of the pieces of horizontal rules h and vertical rules v
 * (1 bpp): those over an inch wide, or a fifth of an inch tall.  NULL
 * when there are none or on failure. */
static BOXA *
segments(PIX *h, PIX *v, int dpi)
{
	BOXA *bh = pixConnCompBB(h, 8), *bv = pixConnCompBB(v, 8), *all;

	all = boxaCreate(0);
	for (int i = 0; bh != NULL && i < boxaGetCount(bh); i++) {
		BOX *b = boxaGetBox(bh, i, L_CLONE);
		if (b->w >= dpi)
			boxaAddBox(all, b, L_COPY);
		boxDestroy(&b);
	}
	for (int i = 0; bv != NULL && i < boxaGetCount(bv); i++) {
		BOX *b = boxaGetBox(bv, i, L_CLONE);
		if (b->h >= dpi / 5 && b->w < dpi / 10)
			boxaAddBox(all, b, L_COPY);
		boxDestroy(&b);
	}
	boxaDestroy(&bh);
	boxaDestroy(&bv);
	if (all != NULL && boxaGetCount(all) == 0)
		boxaDestroy(&all);
	return all;
}

/* The width in pixels of the grey halo a rule leaves beside its erased
 * ink on a page scaled up by zoom: a pixel of the scan's own (its blur,
 * its JPEG's ringing), zoom pixels of the cleaned page's.  At 150 dpi and
 * below, a one-pixel margin left the halo to join the letters beside the
 * rule (the C of "CCCD" under a register's rule read "ŒC"). */
static int
halo(double zoom)
{
	return zoom > 1 ? (int)ceil(zoom) : 1;
}

/* The straight ink of one 1 bpp page, made once for all the finders of
 * its rules (rules(), column_rules(), across()): the page with its gaps
 * closed across and down, and its ink running straight across an inch.
 * Zero all but bin and dpi to start; free with lines_release(). */
struct lines {
	PIX *bin;		/* the page (borrowed) */
	int dpi;
	PIX *closed[2];		/* bin, gaps closed across [0], down [1]
				 * (straight()); NULL: not yet */
	PIX *across;		/* straight(l, dpi, 1); NULL: not yet */
};

static void
lines_release(struct lines *l)
{
	pixDestroy(&l->closed[0]);
	pixDestroy(&l->closed[1]);
	pixDestroy(&l->across);
}

/* l's page with gaps of cw across and ch down closed: made once for each
 * way, a new image (a clone of the one kept), or NULL on failure. */
static PIX *
closed(struct lines *l, int cw, int ch)
{
	int k = cw > 1 ? 0 : 1;

	if ((cw > 1) == (ch > 1))	/* not one way: not kept */
		return pixCloseSafeCompBrick(NULL, l->bin, cw, ch);
	if (l->closed[k] == NULL)
		l->closed[k] = pixCloseSafeCompBrick(NULL, l->bin, cw, ch);
	return l->closed[k] != NULL ? pixClone(l->closed[k]) : NULL;
}

/* The ink of l's page running straight for over len pixels across (w, 1)
 * or down (1, h), after gaps of a sixtieth of an inch along that way are
 * closed: the white specks of a noisy scan cut a thin rule into pieces
 * shorter than any rule, and the gaps between words are wider.  NULL on
 * failure. */
static PIX *
straight(struct lines *l, int w, int h)
{
	int gap = l->dpi / 60 > 3 ? l->dpi / 60 : 3;
	PIX *c, *run;

	if ((c = closed(l, w > 1 ? gap : 1, h > 1 ? gap : 1)) == NULL)
		return NULL;
	run = pixOpenCompBrick(NULL, c, w, h);
	pixDestroy(&c);
	return run;
}

/* The ink of l's page running straight across an inch (straight()), made
 * once: a clone, or NULL on failure. */
static PIX *
straight_across(struct lines *l)
{
	if (l->across == NULL)
		l->across = straight(l, l->dpi, 1);
	return l->across != NULL ? pixClone(l->across) : NULL;
}

/* Is box b one of at least two others of bs that stand as tall, top and
 * bottom within tol: the rules of one table's columns? */
static int
aligned(BOXA *bs, BOX *b, int tol)
{
	int n = 0;

	for (int i = 0; i < boxaGetCount(bs); i++) {
		BOX *o = boxaGetBox(bs, i, L_CLONE);
		n += abs(o->y - b->y) <= tol && abs(o->y + o->h - b->y - b->h) <=
		    tol;
		boxDestroy(&o);
	}
	return n >= 3;		/* b itself and two more */
}

/* Take off mask the vertical rules a rule across l's page meets (a
 * grid's, found with it by rules()).  -1 when out of memory. */
static int
across(struct lines *l, PIX *mask)
{
	PIX *h = straight_across(l), *both = NULL, *met = NULL;
	int ret = -1;

	if (h != NULL && (both = pixOr(NULL, h, mask)) != NULL &&
	    (met = pixSeedfillBinary(NULL, h, both, 8)) != NULL &&
	    pixSubtract(mask, mask, met) != NULL)
		ret = 0;
	pixDestroy(&h);
	pixDestroy(&both);
	pixDestroy(&met);
	return ret;
}

/* The vertical rules of a table ruled by its columns only, no rule across
 * (l's page, 1 bpp): straight ink an inch tall or more, thin, three or
 * more of them as tall, their tops and bottoms level (a seal's side or a
 * signature's stroke stands alone).  A mask of them, NULL when none. */
static PIX *
column_rules(struct lines *l)
{
	int dpi = l->dpi;
	PIX *v = straight(l, 1, dpi), *mask = NULL;
	BOXA *bs = v != NULL ? pixConnCompBB(v, 8) : NULL, *thin;
	int kept = 0;

	thin = boxaCreate(0);
	for (int i = 0; bs != NULL && thin != NULL && i < boxaGetCount(bs);
	    i++) {
		BOX *b = boxaGetBox(bs, i, L_CLONE);
		if (b->w < dpi / 10)
			boxaAddBox(thin, b, L_COPY);
		boxDestroy(&b);
	}
	for (int i = 0; thin != NULL && i < boxaGetCount(thin); i++) {
		BOX *b = boxaGetBox(thin, i, L_CLONE);
		if (aligned(thin, b, dpi / 10) && (mask != NULL || (mask =
		    pixCreateTemplate(v)) != NULL)) {
			pixRasterop(mask, b->x, b->y, b->w, b->h, PIX_SRC, v,
			    b->x, b->y);
			kept++;
		}
		boxDestroy(&b);
	}
	boxaDestroy(&bs);
	boxaDestroy(&thin);
	pixDestroy(&v);
	if (kept > 0 && across(l, mask) != 0)
		kept = 0;
	if (kept == 0 || pixZero(mask, &kept) != 0 || kept)
		pixDestroy(&mask);
	return mask;
}

int
lr_clean_colruled(const lr_clean_opts *o, PIX *pix)
{
	int dpi = pixGetXRes(pix) > 0 ? pixGetXRes(pix) : 300;
	PIX *grey = NULL, *bin, *mask;
	struct lines l = { NULL, 0, { NULL, NULL }, NULL };
	int found;

	if (!o->unrule || pix == NULL)
		return 0;
	if (pixGetDepth(pix) == 1)
		bin = pixClone(pix);
	else
		bin = (grey = pixConvertTo8(pix, 0)) != NULL ? threshold(grey) :
		    NULL;
	pixDestroy(&grey);
	if (bin == NULL)
		return -1;
	l.bin = bin, l.dpi = dpi;
	mask = column_rules(&l);
	found = mask != NULL;
	lines_release(&l);
	pixDestroy(&bin);
	pixDestroy(&mask);
	return found;
}

/* The rules of tables and long underlines on bin: ink running straight for
 * over an inch across (a signature's stroke is shorter), and for over a
 * third of an inch down where it meets such a rule (as the rules of a table
 * do; the side of a seal does not), which no letter does.  Found by opening
 * with long bricks, small gaps along them closed first; grown by the
 * halo of a page scaled up by zoom (halo()) to take their ragged edges and
 * their blur.  The pieces of h and of v within the rules are
 * kept in *segs (when segs is not NULL) as boxes.  NULL on failure. */
static PIX *
rules(PIX *bin, int dpi, double zoom, BOXA **segs)
{
	PIX *h, *v, *hv = NULL, *lines = NULL, *vin = NULL, *cols;
	struct lines l = { bin, dpi, { NULL, NULL }, NULL };

	h = straight_across(&l);
	v = straight(&l, 1, dpi / 5);
	cols = column_rules(&l);
	lines_release(&l);
	if (h != NULL && v != NULL && (hv = pixOr(NULL, h, v)) != NULL &&
	    (lines = pixSeedfillBinary(NULL, h, hv, 8)) != NULL &&
	    (cols == NULL || pixOr(lines, lines, cols) != NULL) &&
	    segs != NULL && (vin = pixAnd(NULL, v, lines)) != NULL)
		*segs = segments(h, vin, dpi);
	pixDestroy(&cols);
	if (lines != NULL)
		pixDilateBrick(lines, lines, 2 * halo(zoom) + 1,
		    2 * halo(zoom) + 1);
	pixDestroy(&h);
	pixDestroy(&v);
	pixDestroy(&hv);
	pixDestroy(&vin);
	return lines;
}

/* The median of the n levels counted in hist (256 bins). */
static int
hist_median(const unsigned *hist, unsigned n)
{
	unsigned seen = 0;
	int v = 0;

	while (v < 255 && (seen += hist[v]) * 2 < n)
		v++;
	return v;
}

/* The paper's level of grey page (8 bpp) tile by tile, the tiles side
 * pixels square: the median of its pixels that are not ink in bin (every
 * other row and column), or the whole page's where a tile has too few of
 * them (under a seal, a rule, a block of text).  An 8 bpp map, a pixel a
 * tile; NULL when out of memory. */
static PIX *
paper_map(PIX *page, PIX *bin, int side)
{
	int w = pixGetWidth(page), h = pixGetHeight(page);
	int tw = (w + side - 1) / side, th = (h + side - 1) / side;
	unsigned *hist = calloc((size_t)tw * th * 256, sizeof(*hist));
	unsigned all[256] = { 0 }, total = 0, few = (unsigned)(side * side / 16);
	PIX *map = hist != NULL ? pixCreate(tw, th, 8) : NULL;

	for (int y = 0; map != NULL && y < h; y += 2) {
		l_uint32 *pl = pixGetData(page) + y * pixGetWpl(page);
		l_uint32 *bl = pixGetData(bin) + y * pixGetWpl(bin);
		unsigned *row = hist + (size_t)(y / side) * tw * 256;
		for (int x = 0; x < w; x += 2)
			if (!GET_DATA_BIT(bl, x))
				row[(x / side) * 256 + GET_DATA_BYTE(pl, x)]++;
	}
	for (size_t i = 0; map != NULL && i < (size_t)tw * th * 256; i++)
		all[i % 256] += hist[i], total += hist[i];
	for (int t = 0; map != NULL && t < tw * th; t++) {
		unsigned n = 0;
		for (int v = 0; v < 256; v++)
			n += hist[(size_t)t * 256 + v];
		pixSetPixel(map, t % tw, t / tw, (l_uint32)(n >= few && n > 0 ?
		    hist_median(hist + (size_t)t * 256, n) : total > 0 ?
		    hist_median(all, total) : 255));
	}
	free(hist);
	return map;
}

/* Paint the pixels of grey page under mask (1 bpp) with the paper's level
 * of their tile (side pixels square) in map (paper_map()), not white: a
 * white patch on a grey or grainy page has edges OCR reads as marks. */
static void
paint_paper(PIX *page, PIX *mask, PIX *map, int side)
{
	int w = pixGetWidth(mask), h = pixGetHeight(mask), wpl = pixGetWpl(mask);

	for (int y = 0; y < h; y++) {
		l_uint32 *ml = pixGetData(mask) + y * wpl;
		l_uint32 *pl = pixGetData(page) + y * pixGetWpl(page);
		for (int x = 0; x < w; x++) {
			l_uint32 v;
			if (ml[x / 32] == 0) {
				x |= 31;	/* a word without a pixel */
				continue;
			}
			if (GET_DATA_BIT(ml, x) && pixGetPixel(map, x / side,
			    y / side, &v) == 0)
				SET_DATA_BYTE(pl, x, v);
		}
	}
}

/* Take the ink under mask (1 bpp; freed) off page and bin: on a grey page
 * to the paper's level (map of tiles side pixels square, paper_map();
 * white when NULL).  -1 when mask is NULL. */
static int
erase(PIX *page, PIX *bin, PIX *mask, PIX *map, int side)
{
	if (mask == NULL)
		return -1;
	if (pixGetDepth(page) == 1)
		pixSubtract(page, page, mask);
	else if (map != NULL)
		paint_paper(page, mask, map, side);
	else
		pixSetMasked(page, mask, 255);
	if (bin != page)
		pixSubtract(bin, bin, mask);
	pixDestroy(&mask);
	return 0;
}

/* Find the rules (kept in info), remove them (o->unrule), then the lone
 * specks (o->despeckle), found on the page or, when it is grey, on a
 * thresholded view of it; that view, cleaned too, is kept in info->bin. */
static int
tidy(PIX *page, const lr_clean_opts *o, lr_clean_info *info)
{
	int dpi = info->dpi > 0 ? info->dpi : 300, ret = 0;
	int side = dpi / PAPER_TILE > 8 ? dpi / PAPER_TILE : 8;
	PIX *bin, *mask, *map = NULL;

	bin = pixGetDepth(page) == 1 ? pixClone(page) : threshold(page);
	if (bin == NULL)
		return -1;
	if (pixGetDepth(page) == 8 && (o->unrule || o->despeckle) &&
	    (map = paper_map(page, bin, side)) == NULL)
		ret = -1;
	mask = rules(bin, dpi, info->zoom, &info->rules);
	if (ret == 0 && o->unrule)
		ret = erase(page, bin, mask, map, side);
	else
		pixDestroy(&mask);
	if (ret == 0 && o->despeckle)
		ret = erase(page, bin, specks(bin, dpi), map, side);
	pixDestroy(&map);
	if (ret == 0)
		info->bin = bin;	/* on a bilevel page, a clone of it */
	else
		pixDestroy(&bin);
	return ret;
}

/* pix turned deg degrees clockwise about its middle, area-mapped, white
 * brought in: a new image, or NULL when out of memory. */
static PIX *
skewed(PIX *pix, double deg)
{
	return pixRotate(pix, (float)(deg * M_PI / 180.0), L_ROTATE_AREA_MAP,
	    L_BRING_IN_WHITE, 0, 0);
}

/* Rotate by deg degrees; a bilevel page is rotated as grey and
 * thresholded again, which keeps strokes smooth. */
static int
rotate(PIX **cur, double deg)
{
	int bilevel = pixGetDepth(*cur) == 1;

	if (bilevel && step(cur, pixConvert1To8(NULL, *cur, 255, 0)) != 0)
		return -1;
	if (step(cur, skewed(*cur, deg)) != 0)
		return -1;
	return bilevel ? step(cur, pixThresholdToBinary(*cur, 128)) : 0;
}

PIX *
lr_clean_geometry(PIX *pix, int rotation, double deskew, double scale)
{
	PIX *cur = pix != NULL ? pixRotateOrth(pix,
	    (rotation % 360 + 360) % 360 / 90) : NULL;

	/* The page's deskew is rounded to 0.01 degree: any is a turn. */
	if (cur != NULL && fabs(deskew) >= 0.005 &&
	    step(&cur, skewed(cur, deskew)) != 0)
		pixDestroy(&cur);
	if (cur != NULL && scale > UPSCALE_MIN &&
	    step(&cur, pixScaleGrayLI(cur, (float)scale, (float)scale)) != 0)
		pixDestroy(&cur);
	return cur;
}

/* Rotate the skew measured in st away when Leptonica is sure of it. */
static int
deskew(PIX **cur, const lr_page_stats *st, const lr_clean_opts *o,
    lr_clean_info *info)
{
	if (!o->deskew || st->blank || st->skew_conf < 2.0 ||
	    fabs(st->skew) < 0.1 || fabs(st->skew) > o->max_skew)
		return 0;
	if (rotate(cur, st->skew) != 0)
		return -1;
	info->deskew = round((info->deskew + st->skew) * 100.0) / 100.0;
	return 0;
}

/* Turn the page upright when its lines and letters say it stands turned
 * (with orient), then deskew it. */
static int
straighten(PIX **cur, int orient, const lr_clean_opts *o, lr_clean_info *info,
    lr_err *err)
{
	lr_page_stats st;

	if (!o->deskew && !orient)
		return 0;
	if (lr_image_measure(*cur, orient, &st, err) != 0)
		return -1;
	if (orient)
		info->orient_known = st.turn != 0 || (!st.sideways &&
		    fabs(st.updown_conf) > LR_UPDOWN_SURE);
	if (st.turn != 0) {
		if (step(cur, pixRotateOrth(*cur, st.turn)) != 0)
			return -1;
		info->rotation = (info->rotation + 90 * st.turn) % 360;
		if (lr_image_measure(*cur, 0, &st, err) != 0)
			return -1;
	}
	return deskew(cur, &st, o, info);
}

/* The resolution the letters of page pix imply when its file gives none,
 * so that it is scaled up to be read as a tagged page is (a photo's sheet
 * too, once flat: gen-real's phone12 photos, ~100-170 dpi, gain keys);
 * 0 when they tell nothing. */
static int
text_dpi(PIX *pix)
{
	int est;
	double dpi = lr_resolution(pix, 0, &est);

	return est ? (int)(dpi + 0.5) : 0;
}

/* pix, or when it is a photo its sheet flattened (info->photo and sheet
 * say so); NULL when out of memory. */
static PIX *
flat_sheet(PIX *pix, lr_clean_info *info)
{
	info->photo = lr_photo_sheet(pix, &info->sheet);
	return info->photo ? lr_photo_flatten(pix, &info->sheet) :
	    pixClone(pix);
}

/* *cur made the cleanup's own when it is still the caller's page (a clone
 * of it: no step before tidy() changed it), so that tidy() erases rules
 * and specks, and the end sets the resolution, on a copy.  -1 when out of
 * memory. */
static int
own(PIX **cur)
{
	return pixGetRefcount(*cur) > 1 ? step(cur, pixCopy(NULL, *cur)) : 0;
}

PIX *
lr_clean_page(PIX *pix, const lr_clean_opts *o, lr_clean_info *info,
    lr_err *err)
{
	PIX *cur;

	/* A photo's sheet is read flat; colour is kept to here, and seals and
	 * tints go before it turns grey. */
	info->removed = 0;
	cur = flat_sheet(pix, info);
	if (cur != NULL && pixGetDepth(cur) == 32 &&
	    step(&cur, lr_colour_grey(cur, info->photo,
	    &info->removed)) != 0)
		pixDestroy(&cur);
	info->rotation = info->binarised = info->upscaled = info->denoised = 0;
	info->zoom = 1;
	info->orient_known = info->noisy = 0;
	/* a colour photo's sheet was evened as it was flattened */
	info->uneven = !(info->photo && pixGetDepth(pix) == 32) &&
	    lr_clean_uneven(o, pix) > 0;
	info->deskew = 0;
	info->rules = NULL;
	info->bin = NULL;
	info->dpi = pixGetXRes(pix) >= LR_DPI_MIN ? pixGetXRes(pix) : 0;
	if (cur != NULL && info->dpi == 0)
		info->dpi = text_dpi(cur);
	lr_err_clear(err);
	if (cur == NULL || depepper(&cur, o, info) != 0 ||
	    take_dots(&cur, o) != 0 ||
	    unspeckle(&cur, o) != 0 ||
	    upscale(&cur, o, info) != 0 ||
	    binarise(&cur, o, info) != 0 ||
	    straighten(&cur, o->orient, o, info, err) != 0 ||
	    own(&cur) != 0 || tidy(cur, o, info) != 0 || (o->soften && !o->binarise &&
	    pixGetDepth(cur) == 1 && step(&cur, soften(cur)) != 0)) {
		pixDestroy(&cur);
		boxaDestroy(&info->rules);
		pixDestroy(&info->bin);
		if (err != NULL && err->msg[0] == '\0')
			lr_err_set(err, "page cleanup failed");
		return NULL;
	}
	pixSetResolution(cur, info->dpi, info->dpi);
	if (info->bin != NULL)
		pixSetResolution(info->bin, info->dpi, info->dpi);
	return cur;
}

PIX *
lr_clean_turn(PIX *pix, int quads, const lr_clean_opts *o, lr_clean_info *info,
    lr_err *err)
{
	PIX *cur = pixRotateOrth(pix, quads & 3);

	lr_err_clear(err);
	if (cur == NULL || straighten(&cur, 0, o, info, err) != 0) {
		pixDestroy(&cur);
		if (err != NULL && err->msg[0] == '\0')
			lr_err_set(err, "cannot turn the page");
		return NULL;
	}
	info->rotation = (info->rotation + 90 * (quads & 3)) % 360;
	pixSetResolution(cur, info->dpi, info->dpi);
	return cur;
}
