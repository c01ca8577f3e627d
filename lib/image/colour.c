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
#define RED_EDGE 30		/* red over the other two channels: a mark,
				 * its JPEG-blurred edge, or text under it */
#define UNDER_DARK 20		/* percent of the marks' ink luminance: a
				 * pixel of red this dark is black under it */
#define UNDER_LIGHT 60		/* ... this light, the mark alone (paper) */

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

/* The median luminance of the strongly red pixels of pix: how dark the
 * seals' ink is where it lies on paper (the luminance keeps the JPEG's
 * full resolution, where the colour is halved); 255 when there are too
 * few to be a mark. */
static int
ink_level(PIX *pix)
{
	l_int32 w = pixGetWidth(pix), h = pixGetHeight(pix);
	l_int32 wpl = pixGetWpl(pix);
	l_uint32 *data = pixGetData(pix);
	long hist[256] = { 0 }, n = 0, seen = 0;

	for (l_int32 y = 0; y < h; y += 2)
		for (l_int32 x = 0; x < w; x += 2) {
			struct px p = px_of(data[(size_t)y * wpl + x]);
			if (p.hi - p.lo >= INK_CHROMA && p.red) {
				hist[p.lum]++;
				n++;
			}
		}
	for (int v = 0; v < 256 && n >= SEAL_SHARE * w * h / 4; v++)
		if ((seen += hist[v]) * 2 >= n)
			return v;
	return 255;
}

/* The grey of a red pixel of luminance lum, the marks' ink being m:
 * paper where it is UNDER_LIGHT of the ink's luminance or lighter (the
 * mark, its edges), black where UNDER_DARK or darker (black text under
 * the red), and between, the stroke's edge, in proportion. */
static int
under_red(int lum, int m)
{
	int dark = m * UNDER_DARK / 100, light = m * UNDER_LIGHT / 100;

	if (lum >= light)
		return 255;
	return lum <= dark ? 0 : (lum - dark) * 255 / (light - dark);
}

/* The grey of one pixel: a pale coloured one (a tint, or the soft edge of
 * a seal's red), its brightest channel, so that it is paper; blue ink
 * (handwriting, signatures), a neutral or mildly coloured dark one (black
 * text, its edges), its luminance, as on a page with nothing removed; but
 * red, where the page has marks of ink m: judged by its luminance against
 * the ink's (under_red()), which keeps black text under a seal and drops
 * the red and its JPEG-blurred edges. */
static int
grey_of(struct px p, int m)
{
	int chroma = p.hi - p.lo;

	if (chroma >= TINT_CHROMA && p.lo >= PALE_LOW && !p.blue)
		return p.hi;
	if (m == 255 || !p.red || p.redness < RED_EDGE)
		return p.lum;
	return under_red(p.lum, m);
}

/* The grey page of pix with its marks and tints taken off. */
static PIX *
separate(PIX *pix)
{
	l_int32 w = pixGetWidth(pix), h = pixGetHeight(pix);
	l_int32 wpl = pixGetWpl(pix);
	l_uint32 *data = pixGetData(pix), *gd;
	PIX *g = pixCreate(w, h, 8);
	int level;

	if (g == NULL)
		return NULL;
	level = ink_level(pix);
	gd = pixGetData(g);
	for (l_int32 y = 0; y < h; y++) {
		const l_uint32 *line = data + (size_t)y * wpl;
		l_uint32 *out = gd + (size_t)y * pixGetWpl(g);
		for (l_int32 x = 0; x < w; x++)
			SET_DATA_BYTE(out, x, grey_of(px_of(line[x]), level));
	}
	pixCopyResolution(g, pix);
	return g;
}

PIX *
lr_colour_grey(PIX *pix, int *removed)
{
	double ink, tint;

	*removed = 0;
	colour_shares(pix, &ink, &tint);
	if (ink >= SEAL_SHARE)
		*removed |= LR_REMOVED_SEAL;
	if (tint >= TINT_SHARE)
		*removed |= LR_REMOVED_BACKGROUND;
	return *removed ? separate(pix) : pixConvertRGBToLuminance(pix);
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
