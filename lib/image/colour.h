/* Colour separation: coloured ink (red and blue seals, stamps, signatures)
 * and tinted or patterned backgrounds taken off a colour page before it
 * goes grey, the black text under them kept. */
#ifndef LR_COLOUR_H
#define LR_COLOUR_H

#include <leptonica/allheaders.h>

/* What lr_colour_grey() found and took off (flags). */
enum { LR_REMOVED_SEAL = 1, LR_REMOVED_BACKGROUND = 2 };

/* The 8 bpp grey page of 32 bpp RGB pix (borrowed).  When the page holds
 * red ink (seals, stamps) or a tinted background (most of the paper pale
 * but coloured), a pale or neutral pixel's grey is its brightest channel
 * (a tint is as light as paper in its own colour), red ink as light as the
 * seals' is paper, and red darker than that (black text under a seal) is
 * dark; blue ink (handwriting, signatures) keeps its luminance, as does
 * every pixel of a page with neither.  On white paper that is not a photo
 * (photo 0), red as light as the seals' ink in luminance is paper too.
 * *removed gets the LR_REMOVED_*
 * flags of what was taken off.  Returns a new image the caller frees with
 * pixDestroy(), NULL when out of memory. */
PIX *lr_colour_grey(PIX *pix, int photo, int *removed);

/* The red print of 32 bpp RGB pix (borrowed) alone, as 8 bpp grey: a
 * pixel whose brightest channel is red and whose colour is more than a
 * pink paper's keeps its luminance, stretched (titles and serials printed
 * in red, seals: black; a pink guilloche's lines: near paper; the shapes
 * sharp where a JPEG halves the colour's resolution); every other pixel
 * (the paper, black text, blue ink) is paper.  The layer lr_colour_grey() takes off, for reading red
 * print again.  Returns a new image, NULL when out of memory or pix is not
 * 32 bpp. */
PIX *lr_colour_red_print(PIX *pix);

/* The names of the flags in removed ("seal", "background"), in that order:
 * fills names (room for 2) and returns their number. */
int lr_colour_removed_names(int removed, const char *names[2]);

#endif
