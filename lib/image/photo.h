/* Photos: a page photographed, not scanned, told by the darker background
 * around its sheet; the sheet found, its perspective taken off and its
 * light evened before cleanup. */
#ifndef LR_PHOTO_H
#define LR_PHOTO_H

#include <leptonica/allheaders.h>

/* The corners of a sheet in a photo's pixels: top left, top right, bottom
 * left, bottom right, as x[k], y[k]. */
typedef struct lr_sheet {
	double x[4], y[4];
} lr_sheet;

/* Whether pix (8 or 32 bpp; borrowed; a bilevel page is a scan) is a
 * photo of a sheet: the frame of the picture is much darker than its
 * middle, and the bright region holding the middle is a quadrilateral
 * covering a quarter of the picture or more.  Fills *s with its corners
 * then (the picture's own when the sheet runs off it) and returns 1; 0
 * when not (or out of memory). */
int lr_photo_sheet(PIX *pix, lr_sheet *s);

/* The sheet s of photo pix (borrowed) as a page of its own: mapped onto
 * an upright rectangle of about its size (bilinearly: the point at (u, v)
 * of the page, each a share of its width and height, comes from
 * (1-u)(1-v) tl + u(1-v) tr + (1-u)v bl + uv br), its light evened to
 * white paper, at pix's depth and resolution.  Returns a new image the
 * caller frees with pixDestroy(), NULL when out of memory. */
PIX *lr_photo_flatten(PIX *pix, const lr_sheet *s);

/* A copy of flat (32 bpp, borrowed; a sheet from lr_photo_flatten()) with
 * each pixel's channels twice as far from their mean: a photo's blur,
 * downscaling and JPEG wash the colour of thin strokes out (a pen's blue
 * stands some 30 levels above its red on gen-real's photos, where a
 * scan's stands 100 or more), and grey stays grey.  Returns a new image
 * the caller frees with pixDestroy(), NULL when flat is not in colour or
 * out of memory. */
PIX *lr_photo_vivid(PIX *flat);

#endif
