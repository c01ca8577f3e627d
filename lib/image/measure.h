/* Page images: measurements (skew, ink, blank, orientation) and cleanup,
 * with Leptonica. */
#ifndef LR_MEASURE_H
#define LR_MEASURE_H

#include <leptonica/allheaders.h>

#include "util/util.h"

/* What lr_image_measure() finds on a page. */
typedef struct lr_page_stats {
	double skew;		/* degrees; positive: text lines rise to the right */
	double skew_conf;	/* Leptonica's confidence; under 2 means unsure */
	double ink;		/* share of dark pixels, 0..1 */
	int blank;		/* no text-sized marks on the page */
	int inverted;		/* mostly dark: a negative or a wrong photometric */
	int upside_down;	/* text looks rotated 180 degrees */
	double updown_conf;	/* orientation confidence; sign: + upright */
	int sideways;		/* text lines run up or down the page */
	int turn;		/* quarter turns clockwise that make the page
				 * upright: 0 (or unsure), 1, 2 or 3 */
} lr_page_stats;

/* The up-down confidence past which a page is taken to stand upright (or
 * upside down, below its negative). */
#define LR_UPDOWN_SURE 6.0

/* A 1 bpp image (1 = ink) of pix at about 150 dpi, for measuring.  pix is
 * borrowed; the caller frees the result.  NULL on failure. */
PIX *lr_image_binary_small(PIX *pix);

/* Measure a decoded page (1 or 8 bpp, from lr_scan_decode()); with orient,
 * also test for text turned sideways or upside down (a little slower).
 * Returns 0, or -1 with err set. */
int lr_image_measure(PIX *pix, int orient, lr_page_stats *st, lr_err *err);

#endif
