/* Pen ink: how much of the ink in a part of a colour page is a ballpoint's
 * blue, as handwriting on a typed page is. */
#ifndef LR_PEN_H
#define LR_PEN_H

#include <leptonica/allheaders.h>

/* The share of the ink pixels (darker than the paper) in the box x, y, w,
 * h of pix (32 bpp RGB; borrowed; the box clipped to it) that are pen blue:
 * blue well above red and green.  -1 when pix is not in colour or the box
 * holds no ink. */
double lr_pen_share(PIX *pix, int x, int y, int w, int h);

/* The box (x, y, w, h) of pix (32 bpp RGB; borrowed; the box clipped to
 * it) as grey: with pen, only its pen ink (blue, the pale edges of the
 * strokes too), the rest white; without, the rest, the pen ink white.  A
 * new image; NULL when pix is not in colour or the box is outside it. */
PIX *lr_pen_layer(PIX *pix, const int box[4], int pen);

#endif
