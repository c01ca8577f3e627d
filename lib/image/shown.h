/* Which of an image's eight turns and mirrorings is the one a page shows:
 * a PDF page may turn its embedded image (/Rotate, or a drawing matrix that
 * turns or mirrors it), and the page is read as it is shown.  Private to
 * lib/image/pdf.c. */
#ifndef LR_SHOWN_H
#define LR_SHOWN_H

#include <leptonica/allheaders.h>

/* The turn (0-3 quarter turns clockwise, +4 when mirrored left to right
 * first) under which img looks most like shown, a small rendering of the
 * page at any size; 0 when none is clearly better than img as it is, or
 * when out of memory.  Both are borrowed. */
int lr_shown_turn(PIX *img, PIX *shown);

/* img (borrowed) under turn t of lr_shown_turn(), as a new image: pixels
 * moved, never resampled.  NULL when out of memory. */
PIX *lr_shown_apply(PIX *img, int t);

#endif
