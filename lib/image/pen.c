/* Pen ink: the share of blue ballpoint ink in a part of a colour page. */
#include "pen.h"
#include "rgb-int.h"

#define INK 170			/* a pixel whose darkest channel is under
				 * this is ink */
#define BLUE_OVER_RED 40	/* pen blue: blue this far above red */
#define BLUE_OVER_GREEN 20	/* and this far above green */
#define EDGE_SHARE 2		/* a pen stroke's pale edge: blue over red
				 * and green by this fraction of the above */

/* Is r, g, b pen blue (with edge: the paler, less blue edge of a stroke
 * too)? */
static int
pen_blue(l_int32 r, l_int32 g, l_int32 b, int edge)
{
	int k = edge ? EDGE_SHARE : 1;

	return b - r >= BLUE_OVER_RED / k && b - g >= BLUE_OVER_GREEN / k;
}

double
lr_pen_share(PIX *pix, int x, int y, int w, int h)
{
	int pw, ph, wpl, ink = 0, blue = 0;
	l_uint32 *d;

	if (pix == NULL || pixGetDepth(pix) != 32)
		return -1;
	pw = pixGetWidth(pix), ph = pixGetHeight(pix), wpl = pixGetWpl(pix);
	d = pixGetData(pix);
	for (int j = y < 0 ? 0 : y; j < y + h && j < ph; j++)
		for (int i = x < 0 ? 0 : x; i < x + w && i < pw; i++) {
			l_int32 r, g, b;
			extractRGBValues(d[j * wpl + i], &r, &g, &b);
			if (lr_rgb_darkest(r, g, b) >= INK)
				continue;
			ink++;
			blue += pen_blue(r, g, b, 0);
		}
	return ink > 0 ? (double)blue / ink : -1;
}

PIX *
lr_pen_layer(PIX *pix, const int box[4], int pen)
{
	BOX *b = boxCreate(box[0], box[1], box[2], box[3]);
	PIX *c = b != NULL && pix != NULL && pixGetDepth(pix) == 32 ?
	    pixClipRectangle(pix, b, NULL) : NULL;
	PIX *g = c != NULL ? pixConvertRGBToLuminance(c) : NULL;
	l_uint32 *d, *gd;
	int w, h, wpl, gwpl;

	boxDestroy(&b);
	if (g == NULL) {
		pixDestroy(&c);
		return NULL;
	}
	d = pixGetData(c), gd = pixGetData(g);
	w = pixGetWidth(c), h = pixGetHeight(c);
	wpl = pixGetWpl(c), gwpl = pixGetWpl(g);
	for (int j = 0; j < h; j++)
		for (int i = 0; i < w; i++) {
			l_int32 r, gr, bl;
			extractRGBValues(d[j * wpl + i], &r, &gr, &bl);
			if (pen_blue(r, gr, bl, 1) != pen)
				SET_DATA_BYTE(gd + j * gwpl, i, 255);
		}
	pixDestroy(&c);
	return g;
}
