/* Resolution from the text: the dpi a page's letter height implies, for
 * pages with no resolution or one the text belies. */
#ifndef LR_RESOLUTION_H
#define LR_RESOLUTION_H

#include <leptonica/allheaders.h>

/* Letter height at 1 dpi: the median height of the letters of typed land
 * records (13-14 pt), in pixels per dot per inch. */
#define LR_LETTER_PER_DPI 0.09

/* Under this a resolution tag means none: JFIF's unitless density (1:1)
 * reads as 1 dpi. */
#define LR_DPI_MIN 20

/* Under this a resolution tag is a program's default (72, 96), not a
 * scanner's: a camera's picture, or one a program wrote. */
#define LR_DPI_SOFT 100

/* Give pix (borrowed) the resolution xdpi by ydpi, each under LR_DPI_MIN
 * as none (0).  Leptonica's pixSetResolution() leaves a resolution as it
 * was when told 0, so a 1-dpi tag would stay and be scaled up 300 times. */
void lr_pix_set_dpi(PIX *pix, double xdpi, double ydpi);

/* The median height in pixels of the letter-sized ink blobs of pix (1, 8
 * or 32 bpp; borrowed), its lines running across or down it, or 0 when
 * there are too few to tell. */
double lr_letter_height(PIX *pix);

/* The resolution to read pix at, given the dpi its file gives (0: none):
 * that dpi, unless the letters' height implies one under its two thirds
 * (a shrunk copy still tagged as the original), or the dpi is one no
 * scanner is set to (under 100: 72 or 96, a program's default) and the
 * letters imply over its three halves, or there is none; then the implied
 * one.  A scanner's tag is not overruled upwards: letters' height varies
 * with the font more than scanners lie about a resolution they were set
 * to.  *estimated is set when the answer is not the file's. */
double lr_resolution(PIX *pix, double dpi, int *estimated);

#endif
