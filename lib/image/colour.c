/* Colour separation: red seals and stamps and tinted backgrounds off a
 * colour page, mostly by taking each pixel's brightest channel. */
#include "colour.h"
#include "rgb-int.h"

#define INK_CHROMA 90		/* max - min of a strongly coloured pixel */
#define TINT_CHROMA 18		/* ... of a pale tinted one */
#define PALE 170		/* a tint's darkest channel is over this */
#define SEAL_SHARE 0.0005	/* of the pixels: the page has coloured ink */
#define TINT_SHARE 0.3		/* of the pixels: the paper is tinted */
#define PALE_LOW 100		/* a darkest channel over this: a pale mark */
#define MARK_CHROMA 60		/* a pixel of a mark, or of text under one */
#define UNDER_STRETCH 4		/* darkness under a mark, stretched */
#define RED_EDGE 30		/* red over the other two channels: a mark's
				 * edge whose colour a JPEG blurred */
#define INK_NEAR 15		/* percent: a luminance this near the marks'
				 * ink's, or lighter, is the ink's */

/* A pixel's channels, brightest and darkest, its luminance, whether red
 * is its brightest (the ink of seals and stamps) or blue is (the ink of
 * pens: handwriting and signatures), and by how much red stands over the
 * other two channels. */
struct px {
	int hi, lo, lum, red, blue, redness;
};

static struct px
px_of(l_uint32 v)
{
	int r = (v >> 24) & 0xff, g = (v >> 16) & 0xff, b = (v >> 8) & 0xff;
	struct px p;

	p.hi = lr_rgb_brightest(r, g, b);
	p.lo = lr_rgb_darkest(r, g, b);
	p.lum = (77 * r + 150 * g + 29 * b) >> 8;
	p.red = p.hi == r;
	p.blue = !p.red && p.hi == b;
	p.redness = r - (g > b ? g : b);
	return p;
}

/* Shares of coloured ink and of pale tint among pix's pixels into *ink
 * and *tint. */
static void
colour_shares(PIX *pix, double *ink, double *tint)
{
	l_int32 w = pixGetWidth(pix), h = pixGetHeight(pix);
	l_int32 wpl = pixGetWpl(pix);
	l_uint32 *data = pixGetData(pix);
	long ni = 0, nt = 0;

	for (l_int32 y = 0; y < h; y += 2) {
		const l_uint32 *line = data + (size_t)y * wpl;
		for (l_int32 x = 0; x < w; x += 2) {
			struct px p = px_of(line[x]);
			ni += p.hi - p.lo >= INK_CHROMA && p.red;
			nt += p.hi - p.lo >= TINT_CHROMA && p.lo > PALE;
		}
	}
	*ink = (double)ni / ((double)((w + 1) / 2) * ((h + 1) / 2));
	*tint = (double)nt / ((double)((w + 1) / 2) * ((h + 1) / 2));
}

/* How the marks' ink looks on paper: the median brightest channel and
 * the median luminance of the strongly red pixels of a page (the
 * luminance keeps a JPEG's full resolution, where its colour is halved);
 * hi 255 when there are too few to be a mark. */
struct ink {
	int hi, lum;
};

/* The median of the n values counted in hist; 255 when n is 0. */
static int
median_of(const long hist[256], long n)
{
	long seen = 0;

	for (int v = 0; v < 256; v++)
		if ((seen += hist[v]) * 2 >= n && n > 0)
			return v;
	return 255;
}

/* The ink of the strongly red pixels of pix (struct ink). */
static struct ink
ink_level(PIX *pix)
{
	l_int32 w = pixGetWidth(pix), h = pixGetHeight(pix);
	l_int32 wpl = pixGetWpl(pix);
	l_uint32 *data = pixGetData(pix);
	long hi[256] = { 0 }, lum[256] = { 0 }, n = 0;
	struct ink k = { 255, 255 };

	for (l_int32 y = 0; y < h; y += 2)
		for (l_int32 x = 0; x < w; x += 2) {
			struct px p = px_of(data[(size_t)y * wpl + x]);
			if (p.hi - p.lo >= INK_CHROMA && p.red) {
				hi[p.hi]++, lum[p.lum]++;
				n++;
			}
		}
	if (n >= SEAL_SHARE * w * h / 4)
		k.hi = median_of(hi, n), k.lum = median_of(lum, n);
	return k;
}

/* Is luminance lum near the ink's k (INK_NEAR), or lighter when lighter
 * counts? */
static int
ink_light(int lum, struct ink k, int lighter)
{
	return lum >= k.lum * (100 - INK_NEAR) / 100 &&
	    (lighter || lum <= k.lum * (100 + INK_NEAR) / 100);
}

/* The grey of one pixel: a pale coloured one (a tint, or the soft edge of
 * a seal's red), its brightest channel, so that it is paper; blue ink
 * (handwriting, signatures), a neutral or mildly coloured dark one (black
 * text, its edges), its luminance, as on a page with nothing removed; but
 * strong red paper where it is as light as the ink k in its brightest
 * channel, and darker by the difference, stretched, where it is darker
 * (text under a seal).  On white, evenly lit paper (white 1), a red pixel
 * as light as the ink in luminance, or a red edge as dark as the ink (its
 * colour blurred by a JPEG: it outlined the marks in grey beside the
 * text), is paper too; a tinted pattern's red mixes with the text's
 * edges (certificates lost keys), and a photo's uneven light and cast
 * make the ink's one luminance no yardstick across the page (a photo of
 * a certificate lost its owners' table). */
static int
grey_of(struct px p, struct ink k, int white)
{
	int v, chroma = p.hi - p.lo;

	if (chroma >= TINT_CHROMA && p.lo >= PALE_LOW && !p.blue)
		return p.hi;
	if (k.hi == 255 || !p.red)
		return p.lum;
	if (chroma < MARK_CHROMA)
		return white && p.redness >= RED_EDGE &&
		    ink_light(p.lum, k, 0) ? 255 : p.lum;
	if (p.hi >= k.hi || (white && ink_light(p.lum, k, 1)))
		return 255;
	v = 255 - UNDER_STRETCH * (k.hi - p.hi) * 255 / k.hi;
	return v < 0 ? 0 : v;
}

/* The grey page of pix with its marks and tints taken off; white: its
 * paper is white and evenly lit (grey_of()). */
static PIX *
separate(PIX *pix, int white)
{
	l_int32 w = pixGetWidth(pix), h = pixGetHeight(pix);
	l_int32 wpl = pixGetWpl(pix);
	l_uint32 *data = pixGetData(pix), *gd;
	PIX *g = pixCreate(w, h, 8);
	struct ink level;

	if (g == NULL)
		return NULL;
	level = ink_level(pix);
	gd = pixGetData(g);
	for (l_int32 y = 0; y < h; y++) {
		const l_uint32 *line = data + (size_t)y * wpl;
		l_uint32 *out = gd + (size_t)y * pixGetWpl(g);
		for (l_int32 x = 0; x < w; x++)
			SET_DATA_BYTE(out, x, grey_of(px_of(line[x]), level,
			    white));
	}
	pixCopyResolution(g, pix);
	return g;
}

PIX *
lr_colour_grey(PIX *pix, int photo, int *removed)
{
	double ink, tint;

	*removed = 0;
	colour_shares(pix, &ink, &tint);
	if (ink >= SEAL_SHARE)
		*removed |= LR_REMOVED_SEAL;
	if (tint >= TINT_SHARE)
		*removed |= LR_REMOVED_BACKGROUND;
	return *removed ? separate(pix, !photo &&
	    !(*removed & LR_REMOVED_BACKGROUND)) :
	    pixConvertRGBToLuminance(pix);
}

/* A red pixel of this chroma (brightest less darkest channel) or more is
 * red ink or its soft edge (a pink paper's is under it); its luminance
 * from RED_DARK (black in the layer) to RED_LIGHT (paper) draws the
 * letters' shape: a JPEG keeps the colour at half the resolution of the
 * luminance, so that the chroma alone blurs small red print away. */
#define RED_CHROMA 40
#define RED_DARK 90
#define RED_LIGHT 190

/* The grey of one pixel in the red print layer. */
static int
red_of(struct px p)
{
	int v;

	if (!p.red || p.hi - p.lo < RED_CHROMA)
		return 255;
	v = (p.lum - RED_DARK) * 255 / (RED_LIGHT - RED_DARK);
	return v <= 0 ? 0 : v >= 255 ? 255 : v;
}

PIX *
lr_colour_red_print(PIX *pix)
{
	l_int32 w = pixGetWidth(pix), h = pixGetHeight(pix);
	l_int32 wpl = pixGetWpl(pix);
	l_uint32 *data = pixGetData(pix), *gd;
	PIX *g = pixGetDepth(pix) == 32 ? pixCreate(w, h, 8) : NULL;

	if (g == NULL)
		return NULL;
	gd = pixGetData(g);
	for (l_int32 y = 0; y < h; y++) {
		const l_uint32 *line = data + (size_t)y * wpl;
		l_uint32 *out = gd + (size_t)y * pixGetWpl(g);
		for (l_int32 x = 0; x < w; x++)
			SET_DATA_BYTE(out, x, red_of(px_of(line[x])));
	}
	pixCopyResolution(g, pix);
	return g;
}

int
lr_colour_removed_names(int removed, const char *names[2])
{
	int n = 0;

	if (removed & LR_REMOVED_SEAL)
		names[n++] = "seal";
	if (removed & LR_REMOVED_BACKGROUND)
		names[n++] = "background";
	return n;
}
