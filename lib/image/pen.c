/* Pen ink: the share of blue ballpoint ink in a part of a colour page. */
#include "pen.h"

#define INK 170			/* a pixel whose darkest channel is under
				 * this is ink */
#define BLUE_OVER_RED 40	/* pen blue: blue this far above red */
#define BLUE_OVER_GREEN 20	/* and this far above green */

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
			l_int32 r, g, b, lo;
			extractRGBValues(d[j * wpl + i], &r, &g, &b);
			lo = r < g ? (r < b ? r : b) : (g < b ? g : b);
			if (lo >= INK)
				continue;
			ink++;
			blue += b - r >= BLUE_OVER_RED && b - g >= BLUE_OVER_GREEN;
		}
	return ink > 0 ? (double)blue / ink : -1;
}
